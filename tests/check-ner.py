#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""End-to-end entity floors: runs `dossier-cli entities --format=jsonl` on the
gold folders of ../shared (the real pipeline: reader, tagger, linker) and
fails below the floors. Exit 77 (skipped) when ../shared is not there.

  check-ner.py DOSSIER_CLI SHARED_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

# (articles, gold, span F1 floor, pairwise linking F1 floor)
# The seeds floors are the issue's targets. GUM (issue 5's target 0.72,
# reached: 0.726, linking 0.950) and CoNLL dev (0.918) are held at what the
# committed model and post-pass reach, so that a regression fails; raise
# them with the model.
FLOORS = [
    ("seeds", "seeds/gold.jsonl", 0.95, 1.0),
    ("corpus/gum/articles", "corpus/gum/gold.jsonl", 0.72, 0.94),
    ("corpus/conll2003/testa/articles", "corpus/conll2003/testa/gold.jsonl", 0.915, None),
]


def main():
    cli, shared = sys.argv[1:3]
    scorer = os.path.join(shared, "tools", "ner-score")
    if not os.path.exists(scorer):
        print("skipped: no shared/tools/ner-score")
        return 77
    failed = passed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for rel, gold_rel, f1_floor, link_floor in FLOORS:
            src = os.path.join(shared, rel)
            gold = os.path.join(shared, gold_rel)
            if not os.path.exists(gold):
                continue
            # Only the annotated files: a folder may hold a README too.
            files = {json.loads(l)["file"] for l in open(gold) if l.strip()}
            folder = os.path.join(tmp, rel.replace("/", "_"))
            os.makedirs(folder)
            for f in files:
                os.makedirs(os.path.dirname(os.path.join(folder, f)), exist_ok=True)
                shutil.copy(os.path.join(src, f), os.path.join(folder, f))
            out = os.path.join(tmp, "pred.jsonl")
            scores = os.path.join(tmp, "scores.json")
            with open(out, "w") as f:
                # 1 = some files could not be read (CoNLL has title-only documents).
                rc = subprocess.run([cli, "entities", folder, "--format=jsonl"], stdout=f,
                                    stderr=subprocess.DEVNULL).returncode
                if rc not in (0, 1):
                    raise SystemExit("dossier-cli entities failed with status %d" % rc)
            # The contract: one object per mention, in file order.
            last = {}
            disorder = 0
            for l in open(out):
                m = json.loads(l)
                disorder += m["start"] < last.get(m["file"], -1)
                last[m["file"]] = m["start"]
            if disorder:
                print("%s: %d mentions are not in file order FAIL" % (rel, disorder))
                failed += 1
            subprocess.run([sys.executable, scorer, gold, out, "--json", scores],
                           stdout=subprocess.DEVNULL, check=True)
            s = json.load(open(scores))
            f1 = s["micro"]["f1"] or 0
            link = (s.get("linking") or {}).get("pairwise", {}).get("f1") or 0
            ok = f1 >= f1_floor - 1e-9 and (link_floor is None or link >= link_floor - 1e-9)
            print("%s: PERSON/ORG/PLACE F1 %.4f (floor %.3f), linking pairwise F1 %.4f (floor %s) %s"
                  % (rel, f1, f1_floor, link, link_floor, "ok" if ok else "FAIL"))
            failed += not ok
            passed += ok
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
