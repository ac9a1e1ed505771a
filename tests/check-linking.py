#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Linking floors on gold spans: runs link-eval on the gold files of
../shared and fails below the issue's floors. Exit 77 (skipped) when
../shared is not there.

  check-linking.py LINK_EVAL DATADIR SHARED_DIR
"""
import json
import os
import subprocess
import sys
import tempfile

FLOORS = [
    ("seeds/gold.jsonl", 1.0),
    ("corpus/gum/gold.jsonl", 0.88),
]


def main():
    link_eval, datadir, shared = sys.argv[1:4]
    scorer = os.path.join(shared, "tools", "ner-score")
    if not os.path.exists(scorer):
        print("skipped: no shared/tools/ner-score")
        return 77
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for rel, floor in FLOORS:
            gold = os.path.join(shared, rel)
            if not os.path.exists(gold):
                continue
            out = os.path.join(tmp, "pred.jsonl")
            scores = os.path.join(tmp, "scores.json")
            with open(out, "w") as f:
                subprocess.run([link_eval, datadir, gold], stdout=f, check=True)
            subprocess.run([sys.executable, scorer, gold, out, "--json", scores],
                           stdout=subprocess.DEVNULL, check=True)
            f1 = json.load(open(scores))["linking"]["pairwise"]["f1"]
            ok = f1 is not None and f1 >= floor - 1e-9
            print("%s: pairwise linking F1 %.4f (floor %.2f) %s" % (rel, f1 or 0, floor, "ok" if ok else "FAIL"))
            failed += not ok
    print("%d passed, %d failed" % (len(FLOORS) - failed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
