#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader on the L3S-GN1 news pages, whose headline and full text people marked.

Usage: build-aux/html-eval-l3s.py DOSSIER-CLI DIR [-v] [--split tune|test|all] [-j N]

DIR holds the dataset as its NOTE.txt describes it: original/UUID.html (the page as it was
fetched), annotated/UUID.html (the same page with each block of text wrapped in a span whose class
says what it is: x-nc-sel1 headline, x-nc-sel2 full text, x-nc-sel3 supplemental such as captions,
x-nc-sel4 related content, x-nc-sel5 comments) and url-mapping.txt. The set: 621 English news
pages from 408 sites, sampled from Google News in the first half of 2008 (Kohlschütter, Fankhauser
and Nejdl, "Boilerplate Detection using Shallow Text Features", WSDM 2010; research use only, not
part of this tree: a copy is in github.com/geodrome/page-signal, folder
L3S-GN1-20100130203947-00001).

For each page it compares the title with the text marked as headline, its first block or all of
it (the annotators often marked the deck under the headline too; a site suffix Dossier dropped is
allowed, as in html-eval.py) and the body's first and last six words with the text
marked as full text, with html-eval.py's start~ and end~. Pages with no headline or no full text
marked are not counted for that field. The halves are split by host name as in the other
scorers; no rule was tuned on this set when it was added (Nov 2026), so both halves were held out
then.
"""

import importlib
import os
import re
import sys
import tempfile
from html.parser import HTMLParser

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
html_eval = importlib.import_module('html-eval')
goose = importlib.import_module('html-eval-goose')
words = html_eval.words

BLOCKS = {'p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'td', 'table', 'blockquote', 'ul',
          'ol', 'section', 'article', 'dd', 'dt', 'pre', 'hr'}


class Marked(HTMLParser):
    """The headline's text and the full text's paragraphs of an annotated page."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.spans = []
        self.skip = 0
        self.headline = []
        self.paras = []
        self.cut = True
        self.space = False

    def label(self):
        for s in reversed(self.spans):
            if s is not None:
                return s
        return None

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style'):
            self.skip += 1
        if tag == 'span':
            m = re.search(r'x-nc-sel(\d)', dict(attrs).get('class') or '')
            self.spans.append(int(m.group(1)) if m else None)
        if tag in BLOCKS:
            self.cut = True

    def handle_startendtag(self, tag, attrs):
        if tag in BLOCKS:
            self.cut = True

    def handle_endtag(self, tag):
        if tag in ('script', 'style') and self.skip:
            self.skip -= 1
        if tag == 'span' and self.spans:
            self.spans.pop()
        if tag in BLOCKS:
            self.cut = True

    def handle_data(self, data):
        if self.skip:
            return
        if not data.strip():
            # The annotators' tool set each marked run in a span of its own, a line apart
            # ("<a><span>Fulham</span>\n</a>\n<span>have paid …"): the white space between
            # them is the page's space between the words.
            self.space = True
            return
        label = self.label()
        if label in (1, 2):
            runs = self.headline if label == 1 else self.paras
            if self.cut or not runs:
                runs.append('')
            elif self.space and runs[-1] and not runs[-1][-1].isspace() and not data[0].isspace():
                runs[-1] += ' '
            runs[-1] += data
            self.cut = False
        self.space = False


def marked(path):
    raw = open(path, 'rb').read()
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:4096], re.I)
    try:
        text = raw.decode(m.group(1).decode() if m else 'utf-8', errors='replace')
    except LookupError:
        text = raw.decode('utf-8', errors='replace')
    p = Marked()
    p.feed(text)
    headlines = [' '.join(x.split()) for x in p.headline if words(x)]
    paras = [' '.join(x.split()) for x in p.paras if words(x)]
    return headlines, paras


def cases(root):
    urls = {}
    mapping = os.path.join(root, 'url-mapping.txt')
    if os.path.exists(mapping):
        for line in open(mapping, encoding='utf-8', errors='replace'):
            parts = line.strip().split('\t')
            if len(parts) == 2:
                urls[parts[0].strip('<>').replace('urn:uuid:', '')] = parts[1]
    found = []
    for name in sorted(os.listdir(os.path.join(root, 'original'))):
        uuid = name[:-5]
        annotated = os.path.join(root, 'annotated', name)
        if name.endswith('.html') and os.path.exists(annotated):
            found.append((uuid, os.path.join(root, 'original', name), annotated, urls.get(uuid, uuid)))
    return found


def main():
    verbose, split, jobs, _, args = html_eval.options(sys.argv[1:])
    if len(args) != 2:
        sys.exit(__doc__.split('\n\n')[1])
    cli, root = args
    pages = [c for c in cases(root) if split == 'all' or html_eval.half_by_host(c[3]) == split]
    if not pages:
        sys.exit('no pages: give the folder with original/, annotated/ and url-mapping.txt')
    keys = ('title', 'start', 'start~', 'end', 'end~')
    tally = html_eval.Tally(keys)
    with tempfile.TemporaryDirectory():
        outs = html_eval.show_all(cli, [c[1] for c in pages], jobs)
    for (uuid, path, annotated, url), out in zip(pages, outs):
        h = html_eval.half_by_host(url)

        check = tally.checker(h, uuid + ' ' + url[:70])

        headlines, paras = marked(annotated)
        if headlines:
            # The marked headline may go on with a deck in a block of its own: the first block, or all.
            whole = ' '.join(headlines)
            check('title', goose.title_ok(out.get('title'), headlines[0]) or goose.title_ok(out.get('title'), whole),
                  (out.get('title'), headlines[0]))
        if paras:
            html_eval.check_bounds(check, words(out.get('body')), paras, words(' '.join(paras)), out)
    tally.report(split, 'start', verbose)


if __name__ == '__main__':
    main()
