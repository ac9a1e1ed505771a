#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader's metadata (title, date, byline) on a third set of real pages.

Usage: build-aux/html-eval-traf.py DOSSIER-CLI TRAFILATURA-TESTS-DIR [-v] [--split tune|test|all] [-j N]

TRAFILATURA-TESTS-DIR is the tests/ folder of a checkout of Adrien
Barbaresi's Trafilatura (https://github.com/adbar/trafilatura, Apache-2.0):
evaldata.json gives, for each page's address, its file (in eval/ or cache/)
and, for about 850 of them, the title, the publication day and the author
as a person read them on the page. Nothing is downloaded and none of its
pages belong in this tree: keep the checkout outside it.

News outlets, magazines, blogs, public bodies and firms; mostly German,
some English, French and Spanish. "title" compares the words of Dossier's
title with the expected one, as html-eval.py does (a site suffix the
reader dropped is not needed here: the expected titles have none, so the
comparison is exact). "date" compares the day; a page with no expected day
counts as right when Dossier gives none either ("nodate" scores those
pages alone); "date~" also accepts an instant given in UTC whose day is
the expected one somewhere between UTC-12 and UTC+14 (the annotator read
the local day on the page: 2022-11-06T23:00:00Z is 7 November in Berlin).
"article" counts the pages where Dossier found an article at all: a
page without one has no title, date or byline either. "byline" compares the set of names: each expected author
(they are separated by ";" or listed) must be in Dossier's byline, and the byline may
hold no more than a "By" and the names' joining words; "byline~" only asks
for the names to be there. "outlet" is scored on the few pages that give a
site name.

The pages are split in two halves by a hash of their site's host name, so
that one site's pages fall in the same half: "tune" is the half to look at
while changing the reader, "test" the held-out half to report.
"""
import importlib
import json
import os
import sys
from datetime import datetime, timedelta

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
html_eval = importlib.import_module('html-eval')
words = html_eval.words

# What may stand in a byline besides the names.
BYLINE_GLUE = {'by', 'von', 'par', 'por', 'and', 'und', 'et', 'y', 'with', 'mit', 'text', 'author', 'autor',
               'autorin', 'written'}


def half(url):
    return html_eval.half_by_host(url)


def find(root, name):
    for sub in ('eval', 'cache'):
        path = os.path.join(root, sub, name)
        if os.path.exists(path):
            return path
    return None


def utc_day(ours, day):
    """The same day, or, for an instant given in UTC ("2022-11-06T23:00:00Z"), the day it is somewhere
    between UTC-12 and UTC+14: the page's readers saw the local day (2022-11-07 in Berlin)."""
    if html_eval.same_date(ours, day):
        return True
    try:
        a = datetime.fromisoformat((ours or '').replace('Z', '+00:00'))
    except ValueError:
        return False
    if a.tzinfo is None or a.utcoffset() != timedelta(0) or 'T' not in ours:
        return False
    return any((a + timedelta(hours=h)).date().isoformat() == day[:10] for h in (-12, 14))


def byline_match(ours, theirs):
    """(every name there, nothing else there)"""
    if not isinstance(theirs, str):
        theirs = '; '.join(theirs)
    names = [words(n) for n in theirs.split(';') if words(n)]
    got = words(ours)
    text = ' ' + ' '.join(got) + ' '
    present = all(' ' + ' '.join(n) + ' ' in text for n in names)
    named = {w for n in names for w in n}
    return present, present and all(w in named or w in BYLINE_GLUE for w in got)


def main():
    verbose, split, jobs, _, (cli, root) = html_eval.options(sys.argv[1:])
    truth = json.load(open(os.path.join(root, 'evaldata.json'), encoding='utf-8'))
    keys = ('article', 'title', 'date', 'date~', 'nodate', 'byline', 'byline~', 'outlet')
    tally = html_eval.Tally(keys)
    pages = [(url, v, find(root, v['file'])) for url, v in sorted(truth.items())
             if 'title' in v and (split == 'all' or half(url) == split)]
    pages = [p for p in pages if p[2]]

    outs = html_eval.show_all(cli, [p[2] for p in pages], jobs)

    for (url, v, path), out in zip(pages, outs):
        h = half(url)

        check = tally.checker(h, v['file'])

        check('article', bool(out.get('body')), (None, v['file']))
        if v.get('title'):
            check('title', words(out.get('title')) == words(v['title']), (out.get('title'), v['title']))
        if v.get('date'):
            check('date', html_eval.same_date(out.get('date'), v['date']), (out.get('date'), v['date']))
            check('date~', utc_day(out.get('date'), v['date']), (out.get('date'), v['date']))
        elif 'date' in v:
            check('nodate', not out.get('date'), (out.get('date'), ''))
        if v.get('author'):
            loose, strict = byline_match(out.get('byline'), v['author'])
            check('byline', strict, (out.get('byline'), v['author']))
            check('byline~', loose, (out.get('byline'), v['author']))
        if v.get('sitename'):
            check('outlet', words(out.get('outlet')) == words(v['sitename']), (out.get('outlet'), v['sitename']))

    tally.report(split, 'title', verbose)


if __name__ == '__main__':
    main()
