"""Audit: every place a roster client's surname (or a part of a compound surname, or the maiden name) appears in an
item with a matching given name or nickname, with the hand label (or '-' for none), so unlabelled mentions can
be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py.

Run: /work/main/.venv/bin/python tests/eval/parts/ely/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_abw  # noqa: E402
import news_kqnr  # noqa: E402
import news_vcj  # noqa: E402
import obits_htsc  # noqa: E402
import obits_kz  # noqa: E402
import obits_mrt  # noqa: E402
import obits_rsv  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_mrt, obits_kz, obits_htsc, obits_rsv, news_kqnr, news_abw, news_vcj)
items = [it for m in mods for it in m.ITEMS]
unlabelled_surname_hits = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in re.split(r"[ -]", last) if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    givens |= {fold(r["spouse_first_name"])} if r["spouse_first_name"] else set()  # "Mrs. <spouse> <last>" forms
    for it in items:
        text = fold(it["title"] + " " + it["body"])
        hits_last = [x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text)]
        if not hits_last:
            continue
        hits_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not (hits_given or label):
            unlabelled_surname_hits += 1
        print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<15} {r['city']:<10} {it['guid']:<32} "
              f"given={sorted(hits_given)} last={sorted(hits_last)} label={label or '-'} dnc={r['do_not_contact']}")
print(f"(surname-only mentions with no given name and no label: {unlabelled_surname_hits})")
