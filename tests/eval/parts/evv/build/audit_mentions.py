"""Audit: every occurrence of every client surname (each part of a compound surname, without Jr./Sr., and the maiden
name) in the obituary and news texts, with ~60 characters of context and the hand label for that client and item
('-' for none), so each mention can be reviewed by a person.
Run: /work/main/.venv/bin/python tests/eval/parts/evv/build/audit_mentions.py"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_biz  # noqa: E402
import news_cp  # noqa: E402
import news_tv  # noqa: E402
import obits_dn  # noqa: E402
import obits_fh  # noqa: E402
import obits_msg  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
items = [it for m in (obits_fh, obits_dn, obits_msg, news_biz, news_tv, news_cp) for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    keys = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last)}
    if r["maiden_name"]:
        keys.add(fold(r["maiden_name"]))
    for it in items:
        raw = (it["title"] + " || " + it["body"]).replace("\n", " ")
        text = fold(raw)
        label = [role for cid, role in it["gold"] if cid == r["client_id"]] or "-"
        for key in sorted(keys):
            for m in re.finditer(r"\b" + re.escape(key) + r"\b", text):
                n += 1
                ctx = text[max(0, m.start() - 60):m.end() + 40]
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                      f"| {it['guid']} | label={label} | ...{ctx}...")
print(f"{n} occurrences", file=sys.stderr)
