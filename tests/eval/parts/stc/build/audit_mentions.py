"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname without
its suffix, the maiden name) in every text, with the hand label for that client (or '-'), so that every mention
can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py; prints each occurrence
with its context rather than only the items where a given name also appears.

Run: <python> tests/eval/parts/stc/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_bsn  # noqa: E402
import news_gcbw  # noqa: E402
import news_ktv  # noqa: E402
import obits_bulletin  # noqa: E402
import obits_gvfc  # noqa: E402
import obits_scdc  # noqa: E402
import obits_unity  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_gvfc, obits_scdc, obits_bulletin, obits_unity, news_gcbw, news_ktv, news_bsn)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    names = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        names.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[-1])}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    print(f"== {r['client_id']} {r['first_name']} ({r['nickname']}) {r['last_name']} née {r['maiden_name'] or '-'}, "
          f"{r['city']}, b. {r['birth_date'] or '?'}, spouse {r['spouse_first_name']} {r['spouse_last_name']}, "
          f"dnc={r['do_not_contact']}")
    for it in items:
        raw = it["title"] + " || " + it["body"]
        text = fold(raw)
        label = [role for cid, role in it["gold"] if cid == r["client_id"]] or "-"
        for n in sorted(names):
            for m in re.finditer(r"\b" + re.escape(n) + r"\b", text):
                ctx = text[max(0, m.start() - 70): m.end() + 50].replace("\n", " ")
                given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", ctx)]
                total += 1
                print(f"   {it['guid']:<28} {n:<14} label={label} given_near={given}\n      ...{ctx}...")
print(f"{total} surname/maiden-name occurrences listed")
