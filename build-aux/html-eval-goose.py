#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Scores the HTML reader on English news pages from two extractors' test suites.

Usage: build-aux/html-eval-goose.py DOSSIER-CLI DIR... [-v] [--split tune|test|all] [-j N]

Each DIR is a checkout (or a `git archive` of the tests/ folder) of one of:

- goose3 (https://github.com/goose3/goose3, Apache-2.0): tests/data/content/
  NAME.html (or .html.bz2) beside NAME.json, whose "expected" object gives
  the page's address, the beginning of its text ("cleaned_text": goose's
  own tests only check that the text starts so) and for a few pages the
  title (with the site's suffix, as in <title>);
- newspaper4k (https://github.com/AndyTheFactory/newspaper4k, MIT):
  tests/data/html/NAME.html beside tests/data/metadata/NAME.json, which
  gives the title, the whole text, the publication date and the site's
  name.

Nothing is downloaded and none of these pages belong in this tree: keep the
checkouts outside it. Only English pages count (the answer's language, else
the page's, else its text's words), and not the few made-up pages of goose's
(example.com) that test one configuration option each.

Both answers are the libraries' own output checked by their authors, so
they are lenient where a reader may differ: "title" accepts a site suffix
or prefix Dossier dropped, as html-eval.py does; "date" compares the day,
and also accepts an instant in UTC whose day is the expected one somewhere
between UTC-12 and UTC+14 (html-eval-traf.py's date~), and "urldate"
checks the day against the /YYYY/MM/DD/ (or /YYYY/mon/DD/) of the page's
address where it has one; "outlet" compares the site's name where the
answer gives one. "start" compares the first six words of Dossier's body
with the expected text's, "start~" as in html-eval-aeb.py also takes a
body that starts with one of the first three paragraphs, up to twelve
words in when Dossier found a dateline; "end" and "end~" (the last six
words) need the whole text, so only newspaper4k's pages have them.

The pages are split in two halves by a hash of their site's host name, as
html-eval-aeb.py and html-eval-traf.py do, so that a site's pages fall in
the same half: "tune" is the half to look at while changing the reader,
"test" the held-out half to report.
"""
import bz2
import glob
import importlib
import json
import os
import re
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlsplit

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
html_eval = importlib.import_module('html-eval')
traf = importlib.import_module('html-eval-traf')
afterword = html_eval.afterword
MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split()


# goose gives few titles: the others, read off each page's headline by hand (Nov 2026).
GOOSE_TITLES = {
    'test_aolNews': 'The Few. The Proud. The New Marines?',
    'test_businessWeek3': "Here Comes Apple's Real TV",
    'test_businessinsider3': "The Untold Story Of Larry Page's Incredible Comeback",
    'test_cbslocal': 'B&C Morning Show: American Hero Kelly Malloy',
    'test_cnbc1': "Fed's Statement on Operation Twist with a Twist",
    'test_cnet': 'Verizon shows off iPad TV app and more',
    'test_engadget': 'Verizon FiOS set-top boxes getting a new HD guide, external storage and more in Q4',
    'test_espn': 'Florida, Alabama grandstanding?',
    'test_foxNews': "Russia's Nuclear Help to Iran Stirs Questions About Its 'Improved' Relations With U.S.",
    'test_get_canonical_url': 'Marketplace Tech for Friday, April 19, 2013',
    'test_gizmodo1': 'The Gear and Apps You Need to Survive the Next Semester',
    'test_gizmodo2': 'The Gear and Apps You Need to Survive the Next Semester',
    'test_gizmodo3': 'The Gear and Apps You Need to Survive the Next Semester',
    'test_guardian1': "Kristen Wiig: 'My next movie – it's going to be a Porky's prequel'",
    'test_huffingtonPost2': 'Alabama Workers Leave State As Immigration Law Takes Effect',
    'test_issue115': 'Jessica Livingston: Why Startups Need to Focus on Sales, Not Marketing',
    'test_issue129': 'PyPy and the road towards SciPy',
    'test_issue25': 'Institutes get behind IFRS big bang',
    'test_issue28': "World's hottest chilli contest leaves two in hospital",
    'test_issue32': 'Plan to restrict public-records data draws mounting opposition',
    'test_marketplace': 'Marketplace Tech for Friday, April 19, 2013',
    'test_mashable_issue_74': 'Square Cofounder: Jack Dorsey Is Like Hello Kitty',
    'test_msn1': 'How to Save Money on Groceries',
    'test_okaymarketing': 'How to Add Schema Markup to a Page in WordPress',
    'test_politico': '2012 map takes unfamiliar shape',
    'test_time2': 'Washington Monument Closes to Repair Earthquake-Induced Crack',
    'test_usatoday_issue_74': "NAMM 2014: Use IK Multimedia's rings to make music",
    'test_yahoo': 'Apple says Steve Jobs resigning as CEO',
}


def words(s):
    """html-eval.py's words, less rules drawn with underscores."""
    return [w for w in html_eval.words(s) if w.strip('_')]


def half(url):
    return html_eval.half_by_host(url)


def url_day(url):
    m = re.search(r'/((?:19|20)\d\d)/(\d\d?|[a-z]{3})/(\d\d?)(?:/|$)', urlsplit(url).path.lower())
    if not m:
        return None
    month = m.group(2)
    month = MONTHS.index(month) + 1 if month in MONTHS else int(month)
    if not 1 <= month <= 12 or not 1 <= int(m.group(3)) <= 31:
        return None
    return f'{m.group(1)}-{month:02d}-{int(m.group(3)):02d}'


def english(lang, path):
    """The answer's language, else the page's <html lang>, else its visible text's words (goose's answers
    may hold a single sentence: too few words to tell)."""
    if lang:
        return str(lang).lower().startswith('en')
    opener = bz2.open if path.endswith('.bz2') else open
    with opener(path, 'rb') as f:
        page = f.read(400000).decode('utf-8', 'replace')
    m = re.search(r'<html[^>]*\slang\s*=\s*["\']?([\w-]+)', page, re.I)
    if m:
        return m.group(1).lower().startswith('en')
    t = html_eval.Text()
    t.feed(page)
    return html_eval.is_english({}, ''.join(t.parts))


def pages_in(root):
    """(source, name, path, url, expected) for every English page under root."""
    found = []
    for base in (root, os.path.join(root, 'tests', 'data')):
        for js in sorted(glob.glob(os.path.join(base, 'content', '*.json'))):
            name = os.path.basename(js)[:-5]
            path = next((p for p in (js[:-5] + '.html', js[:-5] + '.html.bz2') if os.path.exists(p)), None)
            try:
                data = json.load(open(js, encoding='utf-8'))
            except ValueError:
                continue
            exp, url = data.get('expected', {}), data.get('url') or ''
            host = urlsplit(url).hostname or ''
            if not path or not exp.get('cleaned_text') or host.endswith(('example.com', 'exemple.com')):
                continue
            if not english(exp.get('meta_lang'), path):
                continue
            found.append(('goose', name, path, url, {'title': exp.get('title') or GOOSE_TITLES.get(name), 'text': exp['cleaned_text'],
                                                      'whole': False}))
        for js in sorted(glob.glob(os.path.join(base, 'metadata', '*.json'))):
            name = os.path.basename(js)[:-5]
            path = os.path.join(base, 'html', name + '.html')
            try:
                data = json.load(open(js, encoding='utf-8'))
            except ValueError:
                continue
            text = data.get('text') or ''
            if not os.path.exists(path) or not text or not english(data.get('language') or data.get('meta_lang'), path):
                continue
            url = data.get('url') or data.get('canonical_link') or ''
            if not url.startswith('http'):
                url = 'http://' + name
            found.append(('np4k', name, path, url, {
                'title': data.get('title'), 'text': text, 'whole': True,
                'date': (data.get('publish_date') or '').replace(' ', 'T'), 'outlet': data.get('meta_site_name')}))
    return found


def run_one(cli, path, tmp):
    if path.endswith('.bz2'):
        plain = os.path.join(tmp, os.path.basename(path)[:-4])
        with bz2.open(path) as src, open(plain, 'wb') as dst:
            dst.write(src.read())
        path = plain
    return html_eval.show(cli, path)


def title_ok(ours, theirs):
    ot, et = ' '.join(words(ours)), ' '.join(words(theirs))
    return bool(ot) and (ot == et or (et.startswith(ot + ' ') and len(ot) > 0.4 * len(et))
                         or et.endswith(' ' + ot) or html_eval.colon_title(ours, theirs))


def main():
    verbose, split, jobs, _, (cli, *roots) = html_eval.options(sys.argv[1:])
    pages = [p for root in roots for p in pages_in(root) if split == 'all' or half(p[3]) == split]
    if not pages:
        sys.exit('no pages: give a goose3 or newspaper4k checkout (or its tests/data)')
    keys = ('title', 'date', 'urldate', 'outlet', 'start', 'start~', 'end', 'end~')
    tally = html_eval.Tally(keys)

    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(jobs) as pool:
        outs = list(pool.map(lambda p: run_one(cli, p[2], tmp), pages))

    for (source, name, path, url, exp), out in zip(pages, outs):
        h = half(url)

        check = tally.checker(h, source + '/' + name)

        if exp.get('title'):
            check('title', title_ok(out.get('title'), exp['title']), (out.get('title'), exp['title']))
        if exp.get('date'):
            check('date', traf.utc_day(out.get('date'), exp['date']), (out.get('date'), exp['date']))
        if url_day(url):
            check('urldate', traf.utc_day(out.get('date'), url_day(url)), (out.get('date'), url_day(url)))
        if exp.get('outlet'):
            check('outlet', words(out.get('outlet')) == words(exp['outlet']), (out.get('outlet'), exp['outlet']))
        paras = [p.strip() for p in exp['text'].split('\n') if words(p)]
        body = words(out.get('body'))
        expected = words(' '.join(paras))
        # goose's text may be shorter than six words ("Washington (CNN) -- Democrats pledged"), and
        # is only the story's start.
        html_eval.check_bounds(check, body, paras, expected, out, whole=exp['whole'], words=words)

    tally.report(split, 'start', verbose)


if __name__ == '__main__':
    main()
