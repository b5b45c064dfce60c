"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname with
spaces closed up, the maiden name) in every obituary and news text, with the given names found in the same text
and the hand label (or '-' for none), so each mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py (prints every surname hit, not only those with a
matching given name). Run: .venv/bin/python tests/eval/parts/sgu/build/audit_mentions.py"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_ccbw  # noqa: E402
import news_rr11  # noqa: E402
import news_wcn  # noqa: E402
import obits_dsdn  # noqa: E402
import obits_lvd  # noqa: E402
import obits_vcfm  # noqa: E402


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return s.replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_vcfm, obits_dsdn, obits_lvd, news_ccbw, news_rr11, news_wcn)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    givens |= {fold(r["nickname"])} if r["nickname"] else set()
    givens |= {fold(r["middle_name"])} if r["middle_name"] else set()
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = sorted(x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text))
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits_last and not label:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        n += 1
        print(f"{r['client_id']} {r['first_name']:<12} {r['last_name']:<17} {r['city']:<12} {it['guid']:<24} "
              f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
print(f"{n} mentions")
