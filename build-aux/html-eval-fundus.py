#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader on the news pages of Fundus's test suite.

Usage: build-aux/html-eval-fundus.py DOSSIER-CLI FUNDUS-DIR [-v] [--split tune|test|all] [-j N] [--all-languages]

FUNDUS-DIR is a checkout of Fundus (https://github.com/flairNLP/fundus,
MIT; a `git archive` of tests/resources/parser/test_data is enough). Its
test_data/COUNTRY/ folders hold, for each of some 250 news sites, pages
saved on given days (PUBLISHER_YYYY_MM_DD.html.gz, their addresses in
meta.info) and in PUBLISHER.json what its hand-written parser for that
site must find in them, one entry per parser version (V1, V1_1 …, the
versions in the order of the pages' days): the headline ("title"), the
publication instant ("publishing_date") and the story's text ("body": a
summary, then sections of a headline and paragraphs). Nothing is
downloaded and none of these pages belong in this tree: keep the checkout
outside it.

Only English pages count, unless --all-languages (the page's <html lang>,
else its text's words). "title" accepts a site suffix Dossier dropped, as
html-eval.py does; "date" the same instant when both have a time zone, else
the same day, which may be the instant's day anywhere between UTC-12 and
UTC+14; "start", "start~", "end" and "end~" are html-eval.py's (Fundus
keeps a summary above the story and datelines in its text, Dossier keeps
them apart; after the story it may keep an author's note or a credit).

When FUNDUS-DIR also holds Fundus's src/fundus/publishers/ (a whole
checkout, or `git archive HEAD src/fundus/publishers` beside the test
data), "outlet" is scored too, against the name and address Fundus gives
each publisher: the same words as either (html-eval.py's same_outlet()),
and "outlet~" is outlet_loose(): the same name written another way
("Freie Presse", "FreiePresse"), one name the start of the other ("CBC
News", "CBC"), or the short name in brackets ("Norddeutscher Rundfunk
(NDR)", "NDR"). No outlet rule was tuned on Fundus when the field was
added (Nov 2026): both halves were held out then.

The pages are split in two halves by a hash of their site's host name, as
the other scorers do: "tune" is the half to look at while changing the
reader, "test" the held-out half to report.
"""
import glob
import gzip
import importlib
import json
import os
import re
import sys
import tempfile
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
html_eval = importlib.import_module('html-eval')
goose = importlib.import_module('html-eval-goose')
postlight = importlib.import_module('html-eval-postlight')
words = html_eval.words


def paragraphs(body):
    """The summary's paragraphs, then each section's headline and paragraphs, as text."""
    out = list(body.get('summary') or [])
    for section in body.get('sections') or []:
        out += list(section.get('headline') or [])
        out += list(section.get('paragraphs') or [])
    return [p.strip() for p in out if words(p)]


def cases(root):
    """(publisher, page path, url, expected) for every page whose parser version is known."""
    found = []
    base = os.path.join(root, 'tests', 'resources', 'parser', 'test_data')
    if not os.path.isdir(base):
        base = root
    for country in sorted(glob.glob(os.path.join(base, '*', 'meta.info'))):
        folder = os.path.dirname(country)
        try:
            meta = json.load(open(country, encoding='utf-8'))
        except ValueError:
            continue
        for answers in sorted(glob.glob(os.path.join(folder, '*.json'))):
            publisher = os.path.basename(answers)[:-5]
            try:
                versions = json.load(open(answers, encoding='utf-8'))
            except ValueError:
                continue
            pages = sorted(p for p in os.listdir(folder)
                           if p.endswith('.html.gz') and p.rsplit('_', 3)[0] == publisher)
            # One page per parser version, the versions in the order of the pages' days.
            if len(pages) != len(versions):
                continue
            for page, version in zip(pages, sorted(versions, key=version_key)):
                exp = versions[version]
                url = (meta.get(page) or {}).get('url')
                if url and isinstance(exp.get('body'), dict):
                    found.append((publisher, os.path.join(folder, page), url, exp))
    return found


def publishers(root):
    """{(country folder, publisher): (name, address)} read off Fundus's publisher tables, or {}."""
    found = {}
    for table in glob.glob(os.path.join(root, 'src', 'fundus', 'publishers', '*', '__init__.py')):
        country = os.path.basename(os.path.dirname(table))
        source = open(table, encoding='utf-8').read()
        for entry in re.finditer(r'\n\s+(\w+)\s*=\s*Publisher\(', source):
            fields = source[entry.end():entry.end() + 600]
            name = re.search(r'\bname\s*=\s*"([^"]+)"', fields)
            domain = re.search(r'\bdomain\s*=\s*"([^"]+)"', fields)
            if name:
                found[(country, entry.group(1))] = (name.group(1), domain.group(1) if domain else None)
    return found


def squash(name):
    """A name's letters and digits, lower case, without accents, spaces or a leading article."""
    folded = unicodedata.normalize('NFKD', name or '').lower()
    folded = re.sub(r'^(the|die|der|das|le|la|el|il)\s+', '', ''.join(c for c in folded if not unicodedata.combining(c)))
    return re.sub(r'\W|_', '', folded)


def outlet_loose(ours, name):
    """Dossier's outlet names the publisher as the site names itself: the same letters give or take spaces,
    accents and a leading article ("FreiePresse", "Freie Presse"; "Der Tagesspiegel"), one name the start
    of the other ("CBC" and "CBC News", "ZEIT ONLINE" and "Die Zeit"), or the short name in brackets
    ("Mitteldeutscher Rundfunk (MDR)" and "MDR"). Names in another script or another language's words
    ("20 Minuten", "Zwanzig Minuten") still count as misses."""
    mine = squash(ours)
    if not mine:
        return False
    names = [squash(re.sub(r'\([^)]*\)', ' ', name))] + [squash(a) for a in re.findall(r'\(([^)]*)\)', name)]
    for given in names:
        if given and (mine == given or (min(len(mine), len(given)) >= 2 and
                                        (mine.startswith(given) or given.startswith(mine)) and
                                        (len(mine) >= 3 or len(given) <= 3))):
            return True
    return False


def version_key(name):
    return [int(x) if x.isdigit() else x for x in name.lstrip('V').split('_')]


def main():
    verbose, split, jobs, flags, args = html_eval.options(sys.argv[1:], '--all-languages')
    every_language = '--all-languages' in flags
    if len(args) != 2:
        sys.exit(__doc__.split('\n\n')[1])
    cli, root = args

    with tempfile.TemporaryDirectory() as tmp:
        pages = []
        for publisher, path, url, exp in cases(root):
            if split != 'all' and html_eval.half_by_host(url) != split:
                continue
            plain = os.path.join(tmp, os.path.basename(path)[:-3])
            with gzip.open(path) as src, open(plain, 'wb') as dst:
                dst.write(src.read())
            if every_language or goose.english(None, plain):
                pages.append(((os.path.basename(os.path.dirname(path)), publisher), plain, url, exp))
        if not pages:
            sys.exit('no pages: give a checkout of flairNLP/fundus')
        outs = html_eval.show_all(cli, [c[1] for c in pages], jobs)

    names = publishers(root)
    keys = ('title', 'date', 'outlet', 'outlet~', 'start', 'start~', 'end', 'end~')
    tally = html_eval.Tally(keys)
    for (publisher, path, url, exp), out in zip(pages, outs):
        h = html_eval.half_by_host(url)

        check = tally.checker(h, os.path.basename(path))

        if exp.get('title'):
            check('title', goose.title_ok(out.get('title'), exp['title']), (out.get('title'), exp['title']))
        if exp.get('publishing_date'):
            instant = exp['publishing_date'].replace(' ', 'T')
            check('date', postlight.date_ok(out.get('date'), instant), (out.get('date'), instant))
        if publisher in names:
            name, domain = names[publisher]
            check('outlet', html_eval.same_outlet(out.get('outlet'), name)
                  or (domain is not None and html_eval.same_outlet(out.get('outlet'), domain)), (out.get('outlet'), name))
            check('outlet~', html_eval.same_outlet(out.get('outlet'), name) or outlet_loose(out.get('outlet'), name)
                  or (domain is not None and html_eval.same_outlet(out.get('outlet'), domain)), (out.get('outlet'), name))
        paras = paragraphs(exp['body'])
        if paras:
            html_eval.check_bounds(check, words(out.get('body')), paras, words(' '.join(paras)), out)

    tally.report(split, 'start', verbose)


if __name__ == '__main__':
    main()
