"""Audit: every occurrence of every client surname (each part of a compound surname, the surname without spaces,
the maiden name) in every obituary and news text, with the given names/nicknames found in the same text and the
hand label ('-' for none). Adapted from tests/eval/independent4/build/audit_mentions.py; prints every mention,
not only those next to a matching given name, so that each can be reviewed.

Run: .venv/bin/python tests/eval/parts/ecp/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_biz  # noqa: E402
import news_community  # noqa: E402
import news_tv  # noqa: E402
import obits_community  # noqa: E402
import obits_funeral  # noqa: E402
import obits_ledger  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_ledger, obits_funeral, obits_community, news_biz, news_tv, news_community)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 45):m.end() + 45].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                n += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | '{x}' "
                      f"| given={hits_given} | label={label or '-'} | dnc={r['do_not_contact']}\n    ...{ctx}...")
print(f"{n} mentions")
