#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader on the news pages of Postlight Parser's test suite.

Usage: build-aux/html-eval-postlight.py DOSSIER-CLI PARSER-DIR [-v] [--split tune|test|all] [-j N]

PARSER-DIR is a checkout of Postlight Parser (https://github.com/postlight/parser,
formerly Mercury, MIT; a `git archive` of fixtures/ and src/extractors/custom/
is enough). Its fixtures/ folder holds pages saved from about 140 sites, and
src/extractors/custom/SITE/index.test.js says what its authors checked by hand
for each: the page's address, the headline ("title"), the publication instant
in UTC ("date_published") and the first thirteen words of the story's text
("first13"). Nothing is downloaded and none of these pages belong in this
tree: keep the checkout outside it.

Only English pages count (the page's <html lang>, else its text's words).
"title" accepts a site suffix Dossier dropped, as html-eval.py does; "date"
compares the instant when Dossier gives one with a time zone, else the day,
which may be the UTC instant's day anywhere between UTC-12 and UTC+14 (the
page shows the local day); "start" compares the first six words, "start~"
also accepts a body that starts up to three words in (Postlight keeps a
dateline such as "WASHINGTON (Reuters) -" in the text, Dossier takes it
apart, up to twelve words then). Postlight's answers give no end, outlet
or byline to score.

The pages are split in two halves by a hash of their site's host name, as
the other scorers do: "tune" is the half to look at while changing the
reader, "test" the held-out half to report.
"""
import glob
import importlib
import os
import re
import sys
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
html_eval = importlib.import_module('html-eval')
goose = importlib.import_module('html-eval-goose')
words = html_eval.words

# One JavaScript string literal ('…', "…" or `…` without ${}), and literals joined by "+".
LITERAL = r"""(?:'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)"""
JOINED = LITERAL + r'(?:\s*\+\s*' + LITERAL + r')*'


def js_string(src):
    """The value of JOINED."""
    out = []
    for lit in re.findall(LITERAL, src):
        body = lit[1:-1]
        body = re.sub(r"\\u\{?([0-9a-fA-F]{4,6})\}?", lambda m: chr(int(m.group(1), 16)), body)
        body = re.sub(r"\\x([0-9a-fA-F]{2})", lambda m: chr(int(m.group(1), 16)), body)
        body = re.sub(r"\\(.)", lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), body)
        out.append(body)
    return ''.join(out)


def asserted(segment, name):
    """The value `assert.equal(NAME, …)` expects in segment, or None."""
    m = re.search(r'assert\.equal\(\s*' + name + r'\s*,\s*(' + JOINED + r')\s*\)', segment)
    return js_string(m.group(1)) if m else None


def cases(root):
    """(site, fixture path, url, {title, date, first13}) for every fixture a test file reads."""
    found = []
    for test in sorted(glob.glob(os.path.join(root, 'src', 'extractors', 'custom', '*', 'index.test.js'))):
        src = open(test, encoding='utf-8').read()
        reads = list(re.finditer(r"readFileSync\(\s*'\./fixtures/([^']+)'", src))
        for i, m in enumerate(reads):
            segment = src[m.end():reads[i + 1].start() if i + 1 < len(reads) else len(src)]
            before = src[reads[i - 1].end() if i else 0:m.start()]
            urls = re.findall(r"""['"`](https?://[^'"`\s]+)['"`]""", before[-600:]) or \
                re.findall(r"""['"`](https?://[^'"`\s]+)['"`]""", segment[:600])
            path = os.path.join(root, 'fixtures', m.group(1))
            if not urls or not os.path.exists(path):
                continue
            exp = {'title': asserted(segment, 'title'), 'date': asserted(segment, 'date_published'),
                   'first13': asserted(segment, 'first13')}
            found.append((os.path.basename(os.path.dirname(test)), path, urls[-1] if before[-600:] else urls[0], exp))
    return found


def date_ok(ours, instant):
    """The same instant (a minute apart at most) when both have a time zone, else the same day
    somewhere between UTC-12 and UTC+14."""
    if not ours:
        return False
    if html_eval.same_date(ours, instant):
        return True
    try:
        theirs = datetime.fromisoformat(instant.replace('Z', '+00:00'))
        mine = datetime.fromisoformat(ours.replace('Z', '+00:00'))
    except ValueError:
        return False
    if mine.tzinfo is not None and 'T' in ours:
        return False
    return any((theirs + timedelta(hours=h)).date().isoformat() == ours[:10] for h in range(-12, 15))


def main():
    verbose, split, jobs, _, args = html_eval.options(sys.argv[1:])
    if len(args) != 2:
        sys.exit(__doc__.split('\n\n')[1])
    cli, root = args
    pages = [c for c in cases(root) if (split == 'all' or html_eval.half_by_host(c[2]) == split)
             and goose.english(None, c[1])]
    if not pages:
        sys.exit('no pages: give a checkout of postlight/parser')
    keys = ('title', 'date', 'start', 'start~')
    tally = html_eval.Tally(keys)

    outs = html_eval.show_all(cli, [c[1] for c in pages], jobs)

    for (site, path, url, exp), out in zip(pages, outs):
        h = html_eval.half_by_host(url)

        check = tally.checker(h, os.path.basename(path))

        if exp['title']:
            check('title', goose.title_ok(out.get('title'), exp['title']), (out.get('title'), exp['title']))
        if exp['date']:
            check('date', date_ok(out.get('date'), exp['date']), (out.get('date'), exp['date']))
        if exp['first13'] and words(exp['first13']):
            html_eval.check_bounds(check, words(out.get('body')), [exp['first13']], words(exp['first13']), out,
                                   whole=False)

    tally.report(split, 'title', verbose)


if __name__ == '__main__':
    main()
