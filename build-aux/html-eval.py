#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader on pages whose right answers are known.

Usage: build-aux/html-eval.py DOSSIER-CLI PAGES-DIR [-v] [--split tune|test|all]

PAGES-DIR holds one folder per page with source.html, expected.html and
expected-metadata.json, as in the test-pages folder of Mozilla's Readability
(https://github.com/mozilla/readability, Apache-2.0): a checkout of it is
enough. Nothing is downloaded. For each English page it compares the title
(a site suffix the reader dropped is allowed), the outlet (siteName), the
publication date (the day, or the instant when both dates have a time zone)
and the first and last six words of the body with Readability's. Readability
keeps standfirsts, captions and datelines in the body where Dossier keeps
them apart, so "start~" also accepts a body that starts with one of the
first three expected paragraphs, and "end~" a body that ends at an expected
paragraph followed only by lines Dossier leaves out on purpose: photo
credits, a one-line author bio, a "First published" signature, bare
addresses, the site's appeal to its reader ("let us know what you think on
our forum", "Follow us on Twitter"), a contributor's credit ("Ana Ruiz
contributed reporting"), a copyright notice, an affiliate-links notice. A title that is the whole headline where Readability kept only
what follows its colon ("Outside the web: standalone WebAssembly binaries" →
"standalone WebAssembly binaries · V8") counts too. Where Readability's
siteName is an address ("http://www.tmz.com") Dossier gives its host
("tmz.com"), and it drops a company's legal form ("Wikimedia Foundation,
Inc."): the outlet accepts both.

Pages count as English when their lang says so, or, without a lang, when
their expected text is English (or the Lorem ipsum of synthetic pages): the
pages in Chinese, Japanese and Spanish that declare no language are left
out.

The pages are split in two halves by a hash of their name (stable, whatever
the checkout): "tune" is the half to look at while changing the reader,
"test" the held-out half to report. Without --split both are scored, each
half apart and together.
"""
import json
import os
import re
import subprocess
import sys
import zlib
from urllib.parse import urlsplit
from datetime import datetime
from html.parser import HTMLParser

BLOCK = {'p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'td', 'th', 'tr', 'br',
         'figcaption', 'figure', 'section', 'article', 'dd', 'dt', 'table', 'ul', 'ol'}
SKIP = {'script', 'style', 'figcaption', 'figure'}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        self.skip += tag in SKIP
        if tag in BLOCK:
            self.parts.append('\n')

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        if tag in BLOCK:
            self.parts.append('\n')

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def words(s):
    # A soft hyphen is invisible: "Genesenen\xadnachweise" is one word.
    return re.findall(r"\w+", (s or '').replace('\xad', '').lower())


FUNCTION_WORDS = set('the of and to a in is that for it was on with as he by at be this are from or his have an '
                     'not but they which'.split())


def is_english(meta, text):
    lang = meta.get('lang')
    if lang:
        return str(lang).lower().startswith('en')
    w = words(text)
    if 'lorem' in w[:50]:
        return True
    return sum(x in FUNCTION_WORDS for x in w) >= 0.1 * max(1, len(w))


# What Readability keeps after the story and Dossier drops on purpose; see
# the module's docstring. Matched on the expected paragraph as it is.
AFTERWORD = [
    re.compile(r"^\(?(photos?|images?|illustrations?|pictures?|top image|credits?)\b[^.]{0,300}(\bby\b|:)", re.I),
    # Who else worked on the story: "Ana Ruiz contributed reporting from Lima.", "Contributing: Ana Ruiz".
    re.compile(r"\bcontributed (\w+ )?(reporting|to (this|the) (report|story|article))\b|^(contributing|additional "
               r"reporting)\b", re.I),
    # The page's notice: "Copyright 2019 Valley News. All rights reserved."
    re.compile(r"^(©|copyright\b|\(c\) )|\ball rights reserved\b", re.I),
    # "Follow Valley News on Facebook, Twitter and Instagram.", "We use affiliate links."
    re.compile(r"^follow\b.{0,60}\b(facebook|twitter|instagram)\b|\baffiliate links?\b", re.I),
    re.compile(r"^([A-Z][\w.'’-]* ){1,4}(is|was|covers|writes|reports|has written|has covered)\b"),
    re.compile(r"\b(first published|last updated|published|updated)\b[^.]{0,40}\b\d{4}\b", re.I),
    re.compile(r"^(https?://|www\.)\S+$"),
    # The site speaking to its reader: "let us know what you think on our forum".
    re.compile(r"^(?=.*\b(you|your|us|our|we)\b)(?=.*\b(let us know|join our|join us|sign up|subscribe|newsletters?"
               r"|share (it|this|your)|forums?)\b)", re.I),
]


def afterword(p):
    return len(words(p)) <= 40 and any(r.search(p) for r in AFTERWORD)


def colon_title(ot, et):
    """Readability's title is the part after the colon of Dossier's, with the site's name after it."""
    if ':' not in (ot or ''):
        return False
    after = words(ot.split(':', 1)[1])
    return len(after) >= 3 and words(et)[:len(after)] == after and len(words(et)) - len(after) <= 3


LEGAL_FORMS = {'inc', 'ltd', 'llc', 'gmbh', 'ag', 'plc', 'limited', 'corp', 'corporation'}


def same_outlet(ours, theirs):
    """The same words, or an address's host ("tmz.com" for "http://www.tmz.com"), or
    the name without its legal form ("Wikimedia Foundation" for "Wikimedia Foundation, Inc.")."""
    mine, given = words(ours), words(theirs)
    if mine and mine == given:
        return True
    host = re.sub(r'^(https?://)?(www\.)?', '', (theirs or '').strip()).split('/')[0].lower()
    if ours and '.' in host and ' ' not in host and ours.lower() == host:
        return True
    while given and given[-1] in LEGAL_FORMS:
        given = given[:-1]
    return bool(mine) and mine == given


def same_date(ours, theirs):
    """The same day, or the same instant when both give a time zone (2017-02-24T01:18:13Z is
    2017-02-23T17:18:13-08:00)."""
    ours = ours or ''
    try:
        a = datetime.fromisoformat(ours.replace('Z', '+00:00'))
        b = datetime.fromisoformat(theirs.replace('Z', '+00:00'))
        if a.tzinfo and b.tzinfo:
            return abs((a - b).total_seconds()) < 60
    except ValueError:
        pass
    return ours[:10] == theirs[:10]


def half(name):
    return 'tune' if zlib.crc32(name.encode()) % 2 else 'test'


# What the other scorers (html-eval-aeb.py, html-eval-traf*.py, html-eval-goose.py) share with this one.

def half_by_host(url):
    """The half of a page's site, so that one site's pages fall in the same half."""
    host = urlsplit(url).hostname or url
    if host.startswith('www.'):
        host = host[4:]
    return half(host)


def show(cli, path):
    """What `dossier-cli show --format=json` says of a page ({} when it says nothing)."""
    run = subprocess.run([cli, 'show', path, '--format=json'], capture_output=True, text=True, timeout=120)
    try:
        return json.loads(run.stdout)
    except ValueError:
        return {}


def show_all(cli, paths, jobs):
    """show() for each of @paths, @jobs at a time, in their order."""
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(jobs) as pool:
        return list(pool.map(lambda path: show(cli, path), paths))


def check_bounds(check, body, paras, expected, out, whole=True, words=words):
    """The body's start and end against the expected text: start (six words, or fewer when the
    expected text is shorter), start~ (a dateline Dossier found, or a standfirst the answer keeps,
    may come first), end and end~ (the answer may go on with what Dossier leaves out on purpose:
    see afterword()). With whole false (the expected text is only the story's start) no end."""
    n = min(6, len(expected))
    first, last = expected[:n], expected[-6:]
    check('start', body[:n] == first, (' '.join(body[:8]), ' '.join(first)))
    skip = 12 if out.get('place') else 3
    check('start~', body[:n] == first or any(body[:6] == words(p)[k:k + 6] for p in paras[:3] for k in range(skip)),
          (' '.join(body[:8]), ' '.join(first)))
    if not whole:
        return
    check('end', body[-6:] == last, (' '.join(body[-8:]), ' '.join(last)))
    k = len(paras)
    while k > 1 and afterword(paras[k - 1]):
        k -= 1
    check('end~', body[-6:] == last or any(body[-6:] == words(p)[-6:] for p in paras[k - 1:]),
          (' '.join(body[-8:]), ' '.join(last), [p[:60] for p in paras[k:]]))


def print_misses(misses):
    """-v: each field's misses, a line each: the half, the page, then what was found and expected."""
    for key, rows in misses.items():
        print('==', key)
        for row in rows:
            print('  ', *row[:-1], '|', row[-1])


class Tally:
    """Right answers by half and field, and the misses, for the scorers of this folder."""

    def __init__(self, keys):
        self.keys = keys
        self.score = {h: {k: [0, 0] for k in keys} for h in ('tune', 'test')}
        self.misses = {k: [] for k in keys}

    def checker(self, half, *where):
        """check(key, ok, info) for one page of a half; where names it in the misses."""
        def check(key, ok, info):
            self.score[half][key][1] += 1
            self.score[half][key][0] += bool(ok)
            if not ok:
                self.misses[key].append((half, *where, info))
        return check

    def report(self, split, count_key, verbose):
        print_table(self.score, self.keys, split, count_key)
        if verbose:
            print_misses(self.misses)


def print_table(score, keys, split, count_key):
    """One row per field, one column per half (and both), 'ok/n = %'."""
    halves = ('tune', 'test') if split == 'all' else (split,)
    pages = {h: score[h][count_key][1] for h in halves}
    print('field   ' + ''.join(f"{h + ' (' + str(pages[h]) + ' pages)':>22s}" for h in halves)
          + (f"{'all (' + str(sum(pages.values())) + ' pages)':>22s}" if len(halves) > 1 else ''))
    for key in keys:
        cells = [score[h][key] for h in halves]
        if len(halves) > 1:
            cells.append([sum(c[0] for c in cells), sum(c[1] for c in cells)])
        print(f"{key:7s} " + ''.join(f"{f'{ok}/{n} = {100 * ok / max(n, 1):.0f}%':>22s}" for ok, n in cells))


def options(argv, *flags):
    """The scorers' command line: -v, --split tune|test|all, -j N (2) and any of @flags taken out of
    @argv; returns (verbose, split, jobs, the @flags given, the other arguments)."""
    args = list(argv)
    split, jobs = 'all', 2
    if '--split' in args:
        split = args.pop(args.index('--split') + 1)
        args.remove('--split')
    if '-j' in args:
        jobs = int(args.pop(args.index('-j') + 1))
        args.remove('-j')
    given = {f for f in flags if f in args}
    rest = [a for a in args if a != '-v' and a not in flags]
    return '-v' in args, split, jobs, given, rest


def main():
    verbose, split, _, _, (cli, root) = options(sys.argv[1:])
    keys = ('title', 'outlet', 'date', 'start', 'start~', 'end', 'end~')
    score = {h: {k: [0, 0] for k in keys} for h in ('tune', 'test')}
    misses = {k: [] for k in keys}

    def check(key, ok, name, info):
        score[half(name)][key][1] += 1
        score[half(name)][key][0] += bool(ok)
        if not ok:
            misses[key].append((name, info))

    for name in sorted(os.listdir(root)):
        d = os.path.join(root, name)
        try:
            meta = json.load(open(os.path.join(d, 'expected-metadata.json'), encoding='utf-8'))
        except (OSError, ValueError):
            continue
        if not meta.get('readerable', True) or (split != 'all' and half(name) != split):
            continue
        t = Text()
        t.feed(open(os.path.join(d, 'expected.html'), encoding='utf-8').read())
        if not is_english(meta, ''.join(t.parts)):
            continue
        run = subprocess.run([cli, 'show', os.path.join(d, 'source.html'), '--format=json'],
                             capture_output=True, text=True, timeout=120)
        try:
            out = json.loads(run.stdout)
        except ValueError:
            out = {}
        paras = [p.strip() for p in ''.join(t.parts).split('\n') if len(words(p)) >= 6]
        body = words(out.get('body'))

        ot, et = ' '.join(words(out.get('title'))), ' '.join(words(meta.get('title')))
        check('title', ot and (ot == et or (et.startswith(ot + ' ') and len(ot) > 0.4 * len(et))
                               or et.endswith(' ' + ot) or colon_title(out.get('title'), meta.get('title'))), name, (out.get('title'), meta.get('title')))
        if meta.get('siteName'):
            check('outlet', same_outlet(out.get('outlet'), meta['siteName']), name,
                  (out.get('outlet'), meta['siteName']))
        if meta.get('publishedTime'):
            check('date', same_date(out.get('date'), meta['publishedTime']), name,
                  (out.get('date'), meta['publishedTime']))
        if paras:
            first, last = words(paras[0])[:6], words(paras[-1])[-6:]
            check('start', body[:6] == first, name, (' '.join(body[:8]), ' '.join(first)))
            # As check_bounds(): a dateline Dossier took out as the place may come first.
            skip = 12 if out.get('place') else 3
            check('start~', any(body[:6] == words(p)[k:k + 6] for p in paras[:3] for k in range(skip)), name,
                  (' '.join(body[:8]), ' '.join(first)))
            check('end', body[-6:] == last, name, (' '.join(body[-8:]), ' '.join(last)))
            k = len(paras)
            while k > 1 and afterword(paras[k - 1]):
                k -= 1
            check('end~', any(body[-6:] == words(p)[-6:] for p in paras[k - 1:]), name,
                  (' '.join(body[-8:]), ' '.join(last), [p[:60] for p in paras[k:]]))

    print_table(score, keys, split, 'title')
    if verbose:
        for key, rows in misses.items():
            print('==', key)
            for name, info in rows:
                print('  ', half(name), name, '|', info)


if __name__ == '__main__':
    main()
