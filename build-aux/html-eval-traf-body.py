#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader's body on a third set of real pages: trafilatura's.

Usage: build-aux/html-eval-traf-body.py DOSSIER-CLI TESTS-DIR [-v] [--split tune|test|all] [-j N]

TESTS-DIR is the tests folder of a checkout of trafilatura
(https://github.com/adbar/trafilatura, Apache-2.0): evaldata.json names,
for each of about a thousand pages (cache/ and eval/, in a dozen
languages, German first), a few snippets that must be in the article's
text ("with") and a few that must not ("without": menus, dates, footers,
comments). Nothing is downloaded and none of its pages belong in this tree:
keep the checkout outside it.

Only Dossier's body is searched (its title, dateline and captions are
apart), spaces collapsed on both sides. Printed per half: recall (the
"with" snippets found), precision (found "with" snippets among all found
snippets, "without" ones counting against), F1, and the pages with every
"with" snippet found ("all-in") and with no "without" snippet ("clean").

The pages are split in two halves by a hash of their site's host name, as
in html-eval-aeb.py: read the misses of "--split tune -v" only, report
"test" as held out.
"""
import importlib
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
html_eval = importlib.import_module('html-eval')


def half(url):
    return html_eval.half_by_host(url)


def norm(s):
    return re.sub(r'\s+', ' ', s or '').strip()


def main():
    verbose, split, jobs, _, (cli, root) = html_eval.options(sys.argv[1:])
    data = json.load(open(os.path.join(root, 'evaldata.json'), encoding='utf-8'))
    pages = []
    for url, item in sorted(data.items()):
        if split != 'all' and half(url) != split:
            continue
        for sub in ('cache', 'eval'):
            path = os.path.join(root, sub, item['file'])
            if os.path.exists(path):
                pages.append((url, item, path))
                break

    outs = html_eval.show_all(cli, [p[2] for p in pages], jobs)

    halves = ('tune', 'test') if split == 'all' else (split,)
    score = {h: dict(tp=0, fn=0, fp=0, tn=0, pages=0, allin=0, clean=0) for h in ('tune', 'test')}
    misses = []
    for (url, item, path), out in zip(pages, outs):
        h = half(url)
        body = norm(out.get('body'))
        s = score[h]
        s['pages'] += 1
        lost = [w for w in item.get('with', []) if norm(w) not in body]
        kept = [w for w in item.get('without', []) if norm(w) in body]
        s['tp'] += len(item.get('with', [])) - len(lost)
        s['fn'] += len(lost)
        s['fp'] += len(kept)
        s['tn'] += len(item.get('without', [])) - len(kept)
        s['allin'] += not lost
        s['clean'] += not kept
        if lost or kept:
            misses.append((h, os.path.basename(path), url, lost, kept, len(body.split())))

    def cells(s):
        p = s['tp'] / max(1, s['tp'] + s['fp'])
        r = s['tp'] / max(1, s['tp'] + s['fn'])
        f = 2 * p * r / max(1e-9, p + r)
        n = s['pages']
        return [f"{100 * p:.1f}%", f"{100 * r:.1f}%", f"{100 * f:.1f}%",
                f"{s['allin']}/{n} = {100 * s['allin'] / max(1, n):.0f}%",
                f"{s['clean']}/{n} = {100 * s['clean'] / max(1, n):.0f}%"]

    cols = [score[h] for h in halves]
    names = [f"{h} ({score[h]['pages']} pages)" for h in halves]
    if len(halves) > 1:
        cols.append({k: sum(score[h][k] for h in halves) for k in score['tune']})
        names.append(f"all ({cols[-1]['pages']} pages)")
    table = [cells(s) for s in cols]
    print('field     ' + ''.join(f"{n:>22s}" for n in names))
    for i, key in enumerate(('prec', 'recall', 'F1', 'all-in', 'clean')):
        print(f"{key:9s} " + ''.join(f"{t[i]:>22s}" for t in table))
    if verbose:
        for h, name, url, lost, kept, n in misses:
            print('  ', h, name, url, f'({n} words)')
            for w in lost:
                print('      lost:', w[:100])
            for w in kept:
                print('      kept:', w[:100])


if __name__ == '__main__':
    main()
