#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader's body boundaries on a second set of real pages.

Usage: build-aux/html-eval-aeb.py DOSSIER-CLI BENCHMARK-DIR [-v] [--split tune|test|all] [-j N]

BENCHMARK-DIR is a checkout of Zyte's (Scrapinghub's) article extraction
benchmark (https://github.com/scrapinghub/article-extraction-benchmark,
MIT): html/NAME.html.gz and ground-truth.json, which gives each page's
address and its article body as plain text, paragraphs apart. Nothing is
downloaded and none of its pages belong in this tree: keep the checkout
outside it, as with Readability's pages for html-eval.py.

About 180 pages from about 125 sites in a dozen languages. The ground truth
has no title, outlet or date, so only the body is scored: "start" compares
the first six words of Dossier's body with the benchmark's, "end" the last
six. As in html-eval.py, "start~" also accepts a body that starts with one
of the first three expected paragraphs (a standfirst or dateline Dossier
keeps apart), and "end~" one that ends at an expected paragraph followed
only by lines Dossier leaves out on purpose (photo credits, a one-line
author bio, a "First published" line, a bare address, the site's appeal to
its reader). When Dossier found a dateline (its "place"), "start~" lets the
body start up to twelve words into a paragraph: "BUFFALO, N.Y. (AP) — Hours
before" is a dateline and a body that starts at "Hours before".

The pages are split in two halves by a hash of their site's host name, so
that the two pages of one site fall in the same half: "tune" is the half to
look at while changing the reader, "test" the held-out half to report.
"""
import gzip
import importlib
import json
import os
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
html_eval = importlib.import_module('html-eval')
afterword = html_eval.afterword


def words(s):
    """html-eval.py's words, less rules drawn with underscores ("___" closes many wire stories)."""
    return [w for w in html_eval.words(s) if w.strip('_')]


def half(url):
    return html_eval.half_by_host(url)


def run_one(cli, root, name, tmp):
    path = os.path.join(tmp, name + '.html')
    with gzip.open(os.path.join(root, 'html', name + '.html.gz')) as src, open(path, 'wb') as dst:
        dst.write(src.read())
    out = html_eval.show(cli, path)
    os.unlink(path)
    return out


def main():
    verbose, split, jobs, _, (cli, root) = html_eval.options(sys.argv[1:])
    truth = json.load(open(os.path.join(root, 'ground-truth.json'), encoding='utf-8'))
    keys = ('start', 'start~', 'end', 'end~')
    tally = html_eval.Tally(keys)
    names = [n for n in sorted(truth)
             if os.path.exists(os.path.join(root, 'html', n + '.html.gz'))
             and (split == 'all' or half(truth[n]['url']) == split)]

    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(jobs) as pool:
        outs = list(pool.map(lambda n: run_one(cli, root, n, tmp), names))

    for name, out in zip(names, outs):
        url = truth[name]['url']
        h = half(url)
        paras = [p.strip() for p in truth[name]['articleBody'].split('\n') if words(p)]
        if not paras:
            continue
        body = words(out.get('body'))
        expected = words(' '.join(paras))

        check = tally.checker(h, name[:12], url)

        html_eval.check_bounds(check, body, paras, expected, out, words=words)

    tally.report(split, 'start', verbose)


if __name__ == '__main__':
    main()
