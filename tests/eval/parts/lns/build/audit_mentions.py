"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname without a
suffix, the maiden name) in every feed text, with a little context and the hand label for that client on that item
('-' for none), so each mention can be reviewed by a person.

Run: /work/main/.venv/bin/python tests/eval/parts/lns/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_rrbw  # noqa: E402
import news_wcr  # noqa: E402
import news_wlnc  # noqa: E402
import obits_ccv  # noqa: E402
import obits_ldc  # noqa: E402
import obits_srfh  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
items = [(m.__name__, it["guid"], it["title"] + " | " + it["body"], it["gold"])
         for m in (obits_srfh, obits_ldc, obits_ccv, news_rrbw, news_wlnc, news_wcr) for it in m.ITEMS]
items += [("alerts", a["id"], a["headline"] + " | " + a["description"], []) for a in alerts_data.ALERTS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    keys = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        keys.add(fold(r["maiden_name"]))
    for mod, guid, text, gold in items:
        t = fold(text).replace("\n", " ")
        label = [role for cid, role in gold if cid == r["client_id"]] or "-"
        for k in sorted(keys):
            for m in re.finditer(r"\b" + re.escape(k) + r"\b", t):
                ctx = t[max(0, m.start() - 45): m.end() + 30]
                n += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                      f"| {guid} | label={label} | ...{ctx}...")
print(f"{n} occurrences", file=sys.stderr)
