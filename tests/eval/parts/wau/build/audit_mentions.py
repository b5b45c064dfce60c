"""Audit (adapted from independent4/build/audit_mentions.py): every place a roster client's surname (or a part of
it, or the maiden name) appears near a matching given name or nickname, with the hand label ('-' for none)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_data  # noqa: E402
import obits_data  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
items = obits_data.HS + obits_data.LFH + obits_data.BUL + news_data.TV + news_data.MCC
for r in roster:
    last = re.sub(r" (Jr\.|Sr\.|III)$", "", r["last_name"])
    lasts = {fold(p) for p in re.split(r"[ -]", last) if len(p) > 2} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"])
        hits_last = [x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text)]
        if not hits_last:
            continue
        hits_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if hits_given or label:
            print(f"{r['client_id']} {r['first_name']:<11} {r['last_name']:<14} {r['city']:<13} {it['guid']:<32} "
                  f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
