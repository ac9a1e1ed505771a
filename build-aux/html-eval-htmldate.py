#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader's publication date on htmldate's evaluation pages.

Usage: build-aux/html-eval-htmldate.py DOSSIER-CLI DIR [-v] [--split tune|test|all] [-j N] [--news]

DIR is the tests/ folder of a checkout of htmldate (https://github.com/adbar/htmldate, Apache-2.0;
`git archive HEAD tests` is enough; the pages are research data and do not belong in this tree).
Its eval_default.json names about 800 pages in eval/ (blogs, news and other pages, mostly German,
collected at the BBAW) and eval_mediacloud_2020.json 200 news pages in test_set/ (from outlets
worldwide, by the Data Culture Group at Northeastern University), each with the day its text was
published, as people read it off the page. With --news only the second set counts.

"date" compares the day Dossier gives with that day; "date~" also accepts an instant in UTC whose
day is the expected one somewhere between UTC-12 and UTC+14, as html-eval-traf.py does; "given"
counts the pages where Dossier gives a day at all, and "wrong" (lower is better) those where it
gives another day: a page without a date is better than one with a wrong date. The halves are split
by host name as in the other scorers. No rule was tuned on this set when it was added (Nov 2026).
"""
import importlib
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
html_eval = importlib.import_module('html-eval')
traf = importlib.import_module('html-eval-traf')

SETS = (('eval_default.json', 'eval'), ('eval_mediacloud_2020.json', 'test_set'))


def cases(root, news_only):
    found = []
    for answers, folder in SETS[1:] if news_only else SETS:
        path = os.path.join(root, answers)
        if not os.path.exists(path):
            continue
        with open(path, encoding='utf-8') as f:
            for url, v in json.load(f).items():
                page = os.path.join(root, folder, v['file'])
                if isinstance(v.get('date'), str) and v['date'][:4].isdigit() and os.path.exists(page):
                    found.append((url, page, v['date']))
    return found


def main():
    verbose, split, jobs, flags, args = html_eval.options(sys.argv[1:], '--news')
    if len(args) != 2:
        sys.exit(__doc__.split('\n\n')[1])
    cli, root = args
    pages = [c for c in cases(root, '--news' in flags) if split == 'all' or html_eval.half_by_host(c[0]) == split]
    if not pages:
        sys.exit('no pages: give the tests/ folder of an htmldate checkout')
    keys = ('date', 'date~', 'given', 'wrong')
    tally = html_eval.Tally(keys)
    outs = html_eval.show_all(cli, [c[1] for c in pages], jobs)
    for (url, page, day), out in zip(pages, outs):
        check = tally.checker(html_eval.half_by_host(url), os.path.basename(page), url[:70])
        ours = out.get('date')
        right = traf.utc_day(ours, day)
        check('date', html_eval.same_date(ours, day), (ours, day))
        check('date~', right, (ours, day))
        check('given', bool(ours), (ours, day))
        # Counted the other way round: a hit here is a page given a wrong day.
        tally.score[html_eval.half_by_host(url)]['wrong'][0] += bool(ours) and not right
        tally.score[html_eval.half_by_host(url)]['wrong'][1] += 1
    tally.report(split, 'date', verbose)


if __name__ == '__main__':
    main()
