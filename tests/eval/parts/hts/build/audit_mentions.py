"""Audit for part hts: every place a roster client's surname (or a part of a compound surname, the surname with
its apostrophe dropped, or the maiden name) appears in an obituary or news text, with the given names and
nicknames of that client found in the same text and the hand label ('-' for none), so that every mention can be
reviewed by a person. Adapted from independent4/build/audit_mentions.py (prints surname-only mentions too).

Run: .venv/bin/python tests/eval/parts/hts/build/audit_mentions.py"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_fcv  # noqa: E402
import news_tsbl  # noqa: E402
import news_wrvt  # noqa: E402
import obits_fcv  # noqa: E402
import obits_gvmc  # noqa: E402
import obits_rchc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_gvmc, obits_rchc, obits_fcv, news_tsbl, news_wrvt, news_fcv)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = sorted(x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text))
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits_last and not label:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        n += 1
        print(f"{r['client_id']} {r['first_name']:<11} {r['last_name']:<18} {r['city']:<13} {it['guid']:<26} "
              f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
print(f"{n} mentions")
