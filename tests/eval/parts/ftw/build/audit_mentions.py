"""Audit: every occurrence of every client surname (each part of it, and the maiden name) in the obituary and
news texts, with the given names/nicknames found in the same text and the hand label ('-' for none), so every
mention can be reviewed by a person. Adapted from independent4/build/audit_mentions.py (lists all surname hits)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news  # noqa: E402
import obits  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
items = obits.ITEMS + news.ITEMS
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 45):m.end() + 25].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", ctx))
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                print(f"{r['client_id']} {r['first_name']:<9} {last:<19} {it['guid']:<42} given={hits_given} "
                      f"label={label or '-'} dnc={r['do_not_contact']} | ...{ctx}...")
