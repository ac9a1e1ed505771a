#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader on WCXB's article pages: title, date, byline and the whole body.

Usage: build-aux/html-eval-wcxb.py DOSSIER-CLI DIR [-v] [--split tune|test|all] [-j N] [--all-types]

DIR is a checkout of WCXB, the Web Content eXtraction Benchmark
(https://github.com/Murrough-Foley/web-content-extraction-benchmark, CC BY 4.0; its pages do not
belong in this tree): metadata.json, and dev/ and test/, each with html/NNNN.html.gz (the page as it
was fetched in 2025) and ground-truth/NNNN.json (the page's title, author, publication day and
main text as people checked it, and a few snippets that must be in the text, "with", or must not,
"without"). Of its 2,008 pages from 1,613 sites, 968 are articles: news, blog posts, reviews and
guides. Only those count, unless --all-types (forums, products, listings... which Dossier does not
claim to read).

The halves are WCXB's own: its dev pages are "tune", its test pages "test" (held out). No rule was
tuned on this set when it was added (Nov 2026).

Fields: title (as in html-eval-goose.py), date (the day, or an instant in UTC whose day it is
somewhere, as html-eval-traf.py), byline and byline~ (as html-eval-traf.py), start, start~, end and
end~ (as html-eval.py, on the text's paragraphs), F1 (WCXB's word F1 of the body against the main
text, averaged), "with" (pages whose body holds every "with" snippet) and "clean" (pages whose body
holds no "without" snippet). Snippets are compared on their words.
"""
import gzip
import importlib
import json
import os
import re
import shutil
import sys
import tempfile
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
html_eval = importlib.import_module('html-eval')
goose = importlib.import_module('html-eval-goose')
traf = importlib.import_module('html-eval-traf')
words = html_eval.words


def word_f1(predicted, reference):
    """WCXB's own measure: F1 of the bags of lower-cased words."""
    pred = Counter(re.findall(r'\w+', (predicted or '').lower()))
    ref = Counter(re.findall(r'\w+', reference.lower()))
    if not ref:
        return float(not pred)
    overlap = sum((pred & ref).values())
    if not overlap:
        return 0.0
    p, r = overlap / sum(pred.values()), overlap / sum(ref.values())
    return 2 * p * r / (p + r)


def has(text, snippet):
    s = ' '.join(words(snippet))
    return bool(s) and s in text


def cases(root, all_types):
    meta = json.load(open(os.path.join(root, 'metadata.json'), encoding='utf-8'))['files']
    found = []
    for fid, v in sorted(meta.items()):
        if not all_types and v.get('page_type') != 'article':
            continue
        page = os.path.join(root, v['split'], 'html', fid + '.html.gz')
        truth = os.path.join(root, v['split'], 'ground-truth', fid + '.json')
        if os.path.exists(page) and os.path.exists(truth):
            found.append((fid, 'tune' if v['split'] == 'dev' else 'test', page, truth))
    return found


def main():
    verbose, split, jobs, flags, args = html_eval.options(sys.argv[1:], '--all-types')
    if len(args) != 2:
        sys.exit(__doc__.split('\n\n')[1])
    cli, root = args
    pages = [c for c in cases(root, '--all-types' in flags) if split in ('all', c[1])]
    if not pages:
        sys.exit('no pages: give a checkout of WCXB (metadata.json, dev/, test/)')
    keys = ('title', 'date', 'date~', 'byline', 'byline~', 'start', 'start~', 'end', 'end~', 'with', 'clean', 'F1')
    tally = html_eval.Tally(keys)
    tmp = tempfile.mkdtemp()
    try:
        paths = []
        for fid, _, page, _ in pages:
            paths.append(os.path.join(tmp, fid + '.html'))
            with gzip.open(page, 'rb') as src, open(paths[-1], 'wb') as dst:
                shutil.copyfileobj(src, dst)
        outs = html_eval.show_all(cli, paths, jobs)
    finally:
        shutil.rmtree(tmp)
    f1 = {'tune': [], 'test': []}
    for (fid, h, _, truth), out in zip(pages, outs):
        data = json.load(open(truth, encoding='utf-8'))
        gt = data['ground_truth']
        check = tally.checker(h, fid, (data.get('url') or '')[:70])
        if gt.get('title'):
            check('title', goose.title_ok(out.get('title'), gt['title']), (out.get('title'), gt['title']))
        day = gt.get('publish_date')
        if isinstance(day, str) and re.match(r'\d{4}-\d\d-\d\d', day):
            check('date', html_eval.same_date(out.get('date'), day), (out.get('date'), day))
            check('date~', traf.utc_day(out.get('date'), day), (out.get('date'), day))
        if gt.get('author'):
            loose, strict = traf.byline_match(out.get('byline'), gt['author'].replace(' and ', ';').replace(',', ';'))
            check('byline', strict, (out.get('byline'), gt['author']))
            check('byline~', loose, (out.get('byline'), gt['author']))
        text = gt.get('main_content') or ''
        paras = [' '.join(p.split()) for p in text.split('\n\n') if words(p)]
        if not paras:
            continue
        body = out.get('body') or ''
        html_eval.check_bounds(check, words(body), paras, words(text), out)
        found = ' ' + ' '.join(words(body)) + ' '
        missing = [s for s in gt.get('with') or [] if not has(found, s)]
        kept = [s for s in gt.get('without') or [] if has(found, s)]
        check('with', not missing, missing[:2])
        check('clean', not kept, kept[:2])
        score = word_f1(body, text)
        f1[h].append(score)
        check('F1', score >= 0.9, f'{score:.2f}')
    tally.report(split, 'start', verbose)
    for h in ('tune', 'test'):
        if f1[h]:
            print(f'mean F1 {h}: {100 * sum(f1[h]) / len(f1[h]):.1f}%')


if __name__ == '__main__':
    main()
