"""Audit: every occurrence of every client surname (each part of a compound surname, suffix dropped, apostrophes
folded) and maiden name in every obituary and news text, with the hand label of that client on that item (or '-').
Run: .venv/bin/python tests/eval/parts/avl/build/audit_mentions.py   (review each line by hand)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_brbj  # noqa: E402
import news_mn  # noqa: E402
import news_wbrt  # noqa: E402
import obits_brs  # noqa: E402
import obits_esc  # noqa: E402
import obits_lpfs  # noqa: E402
import obits_lvm  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "").replace("\u2019", "")


PARTICLES = {"van", "von", "de", "del", "la", "los", "der", "den"}
SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_lpfs, obits_brs, obits_esc, obits_lvm, news_brbj, news_wbrt, news_mn)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    names = {fold(p) for p in last.split(" ") if len(p) > 2 and fold(p) not in PARTICLES} | {fold(last)}
    if r["maiden_name"]:
        names.add(fold(r["maiden_name"]))
    for it in items:
        text = fold(it["title"] + "\n" + it["body"])
        label = [role for cid, role in it["gold"] if cid == r["client_id"]] or "-"
        spans = sorted({m.span() for name in names for m in re.finditer(r"\b" + re.escape(name) + r"\b", text)})
        spans = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
        for start, end in spans:
            if True:
                ctx = text[max(0, start - 45): end + 30].replace("\n", " ")
                total += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                      f"| {it['guid']} | label={label} | ...{ctx}...")
print(f"{total} mentions", file=sys.stderr)
