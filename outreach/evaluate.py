"""`make eval`: score `outreach match` against labelled corpora (precision / recall / F1 per kind).

    python -m outreach.evaluate tests/eval [--split dev] [--show 30]

A corpus directory holds one folder per split (dev, test, ...), each with roster.csv, feeds/* and
gold.csv (client_id,item_id,kind,role). Every split is matched by running the real command
(`python -m outreach match --roster ... --feed ... --replay --format jsonl`) in a subprocess.
A prediction is correct when (client_id, item_id, kind, role) all agree with a gold row. For a storm
(Alert -> Update -> Cancel), the gold item_id is the alert that first covered the client; for an
obituary published in two feeds, the earliest-published copy.

Exits 1 when any split's overall precision < 0.98 or recall < 0.95 (issue 13's targets); a kind below them is
flagged "< target" on its line.
"""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

PRECISION_TARGET = 0.98
RECALL_TARGET = 0.95
KINDS = ("bereavement", "weather", "news")

Pair = tuple[str, str, str, str]


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def read_gold(path: Path) -> set[Pair]:
    """Gold pairs from a CSV with columns client_id,item_id,kind,role."""
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    missing = {"client_id", "item_id", "kind", "role"} - set(rows[0] if rows else {})
    if rows and missing:
        raise SystemExit(f"{path}: missing columns {sorted(missing)}")
    return {(r["client_id"].strip(), r["item_id"].strip(), r["kind"].strip(), r["role"].strip()) for r in rows}


def run_split(split_dir: Path) -> list[dict]:
    """Run `outreach match --replay` on one split; the JSON records it printed."""
    feeds = sorted(p for p in (split_dir / "feeds").iterdir() if p.is_file())
    cmd = [sys.executable, "-m", "outreach", "match", "--roster", str(split_dir / "roster.csv"), "--replay",
           "--format", "jsonl"]
    for f in feeds:
        cmd += ["--feed", str(f)]
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    # Exit 1 is "a feed could not be read" (the others were matched); a crash also exits 1, with a traceback.
    if proc.returncode not in (0, 1) or "Traceback (most recent call last)" in proc.stderr:
        raise SystemExit(f"outreach match failed on {split_dir} (exit {proc.returncode}):\n{proc.stderr}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def score(gold: set[Pair], predicted: set[Pair]) -> dict[str, Score]:
    """Per-kind and overall counts."""
    out: dict[str, Score] = {}
    for kind in (*KINDS, "overall"):
        g = {p for p in gold if kind == "overall" or p[2] == kind}
        q = {p for p in predicted if kind == "overall" or p[2] == kind}
        out[kind] = Score(len(g & q), len(q - g), len(g - q))
    return out


def explain(gold: set[Pair], records: list[dict], limit: int) -> list[str]:
    """Misses and false positives with a reason, for tuning."""
    predicted = {(r["client_id"], r["item_id"], r["kind"], r["role"]): r for r in records}
    by_client_item = defaultdict(list)
    for key in predicted:
        by_client_item[(key[0], key[2])].append(key)
    lines = []
    for p in sorted(gold - set(predicted)):
        near = [k for k in by_client_item.get((p[0], p[2]), []) if k not in gold]
        reason = f"proposed instead: {near[0][1]} {near[0][3]}" if near else "not proposed"
        lines.append(f"  MISS {p[2]:<11} {p[0]} {p[3]:<25} {p[1][-40:]}  ({reason})")
    for key in sorted(set(predicted) - gold):
        r = predicted[key]
        lines.append(f"  FP   {key[2]:<11} {key[0]} {key[3]:<25} {key[1][-40:]}  score={r['score']} "
                     f"{str(r.get('evidence', ''))[:160]}")
    return lines[:limit] if limit >= 0 else lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="outreach.evaluate", description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--split", action="append", help="only this split (repeatable); default: all")
    parser.add_argument("--show", type=int, default=40, help="misses/false positives to list per split (-1: all)")
    args = parser.parse_args(argv)
    splits = [args.corpus / s for s in args.split] if args.split else sorted(
        p for p in args.corpus.iterdir() if (p / "gold.csv").exists())
    if not splits:
        print(f"no split with gold.csv under {args.corpus}", file=sys.stderr)
        return 2
    ok = True
    for split in splits:
        gold = read_gold(split / "gold.csv")
        records = run_split(split)
        predicted = {(r["client_id"], r["item_id"], r["kind"], r["role"]) for r in records}
        scores = score(gold, predicted)
        print(f"== {split.name}: {len(gold)} gold pairs, {len(predicted)} proposed")
        print(f"   {'kind':<12}{'precision':>10}{'recall':>8}{'F1':>7}{'tp':>6}{'fp':>5}{'fn':>5}")
        for kind, s in scores.items():
            flag = "" if s.precision >= PRECISION_TARGET and s.recall >= RECALL_TARGET else "  < target"
            print(f"   {kind:<12}{s.precision:>10.3f}{s.recall:>8.3f}{s.f1:>7.3f}{s.tp:>6}{s.fp:>5}{s.fn:>5}{flag}")
        overall = scores["overall"]
        if overall.precision < PRECISION_TARGET or overall.recall < RECALL_TARGET:
            ok = False
        for line in explain(gold, records, args.show):
            print(line)
    print(f"targets: precision >= {PRECISION_TARGET}, recall >= {RECALL_TARGET}: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
