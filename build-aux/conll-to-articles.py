#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Turn a CoNLL-2003 column file into article files and mentions JSONL.

The tagger must learn from text as it appears in articles, not from CoNLL's
pre-split tokens, so the tokens are joined back into prose ("U.S. 's" ->
"U.S.'s", '" quoted "' -> '"quoted"'), one sentence a line, one file per
-DOCSTART- document, and the gold spans are written as byte offsets in the
contract of ../shared/tools/README.md.  The output goes to a scratch folder
given on the command line: CoNLL text must never enter the repository.

Usage: conll-to-articles.py [--title-case] eng.train OUTDIR

--title-case also writes, for each document whose headline is in capitals,
a one-line document with the headline in title case ("Leicestershire Take
Over at Top"): CoNLL's headlines are all capitals, real ones rarely are, and
the tagger should learn what capitalisation means in a headline.
"""
import json
import os
import re
import sys

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'S",
                   "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}
LABELS = {"PER": "PERSON", "LOC": "PLACE", "ORG": "ORG", "MISC": "MISC"}


def detokenize(tokens):
    """Return the sentence text and each token's (start, end) in characters."""
    out = ""
    offsets = []
    quote_open = False
    glue_next = True
    for i, tok in enumerate(tokens):
        space = not glue_next
        glue_next = False
        if tok in NO_SPACE_BEFORE:
            space = False
        if tok == '"':
            # Quotes often span sentences: the position decides first.
            if i == len(tokens) - 1 or (i > 0 and tokens[i - 1] in {",", ".", "!", "?"}):
                quote_open = True
            elif i == 0:
                quote_open = False
            if quote_open:
                space = False
            else:
                glue_next = True
            quote_open = not quote_open
        if tok in NO_SPACE_AFTER:
            glue_next = True
        if space and out:
            out += " "
        offsets.append((len(out), len(out) + len(tok)))
        out += tok
    return out, offsets


def spans_of(tags):
    """IOB1 tags -> list of (first, last, label) token indices."""
    spans = []
    cur = None
    for i, tag in enumerate(tags):
        if tag == "O":
            cur = None
            continue
        prefix, label = tag.split("-", 1)
        if cur is not None and cur[2] == label and prefix == "I":
            cur[1] = i
            continue
        cur = [i, i, label]
        spans.append(cur)
    return spans


SMALL_WORDS = {"a", "an", "and", "as", "at", "but", "by", "for", "in", "of", "on",
               "or", "the", "to", "vs", "with", "from", "into", "over", "after"}


def title_case(line):
    """All-caps headline -> title case; same length, so offsets stay."""
    first = [True]

    def word(m):
        w = m.group(0)
        low = w.lower()
        if low in SMALL_WORDS and not first[0]:
            out = low
        elif len(w) <= 2 and low not in SMALL_WORDS:
            out = w  # "EU", "UN", "PM": most short capital words are acronyms
        else:
            out = w[0] + low[1:]
        first[0] = False
        return out
    # Only plain alphabetic words: "U.S." and "AT&T" keep their form.
    return re.sub(r"(?<![\w.&'])[A-Z]+(?![\w&]|\.\w)", word, line)


def is_caps(line):
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 6 and all(c.isupper() for c in letters)


def read_docs(path):
    docs = []
    sent = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                if sent:
                    docs[-1].append(sent)
                sent = []
                docs.append([])
                continue
            if not line.strip():
                if sent:
                    docs[-1].append(sent)
                sent = []
                continue
            cols = line.split(" ")
            sent.append((cols[0], cols[-1]))
    if sent:
        docs[-1].append(sent)
    return [d for d in docs if d]


def main():
    args = sys.argv[1:]
    titles = "--title-case" in args
    args = [a for a in args if a != "--title-case"]
    src, outdir = args
    os.makedirs(os.path.join(outdir, "articles"), exist_ok=True)
    with open(os.path.join(outdir, "gold.jsonl"), "w", encoding="utf-8") as gold:
        for n, doc in enumerate(read_docs(src), 1):
            name = "doc-%03d.txt" % n
            text = ""
            for sent in doc:
                toks = [t for t, _ in sent]
                line, offs = detokenize(toks)
                base = len(text.encode("utf-8"))
                for first, last, label in spans_of([t for _, t in sent]):
                    s = base + len(line[:offs[first][0]].encode("utf-8"))
                    e = base + len(line[:offs[last][1]].encode("utf-8"))
                    mention = line[offs[first][0]:offs[last][1]]
                    gold.write(json.dumps({"file": name, "start": s, "end": e,
                                           "label": LABELS[label], "text": mention,
                                           "entity": mention}) + "\n")
                if titles and not text and is_caps(line):
                    tname = "doc-%03d-title.txt" % n
                    tline = title_case(line)
                    with open(os.path.join(outdir, "articles", tname), "w", encoding="utf-8") as f:
                        f.write(tline + "\n")
                    for first, last, label in spans_of([t for _, t in sent]):
                        s = len(line[:offs[first][0]].encode("utf-8"))
                        e = len(line[:offs[last][1]].encode("utf-8"))
                        gold.write(json.dumps({"file": tname, "start": s, "end": e,
                                               "label": LABELS[label],
                                               "text": tline[offs[first][0]:offs[last][1]]}) + "\n")
                text += line + "\n"
            with open(os.path.join(outdir, "articles", name), "w", encoding="utf-8") as f:
                f.write(text)


if __name__ == "__main__":
    main()
