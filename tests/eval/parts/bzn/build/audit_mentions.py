"""Audit: every occurrence of every client surname (each part of it, and the maiden name) in every text, with the
given names/nicknames found in the same text and the hand label (or '-' for none), so every mention can be reviewed
by a person. Adapted from tests/eval/independent4/build/audit_mentions.py (prints every surname hit, not only those
near a matching given name, with a snippet of context)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_gbw  # noqa: E402
import news_nbr  # noqa: E402
import news_tv  # noqa: E402
import obits_fh  # noqa: E402
import obits_gvt  # noqa: E402
import obits_vrm  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_gvt, obits_vrm, news_gbw, news_tv, news_nbr)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                total += 1
                ctx = text[max(0, m.start() - 45): m.end() + 30].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | "
                      f"label={label or '-'} dnc={r['do_not_contact']} given={hits_given}\n    ...{ctx}...")
        if label and not any(re.search(r"\b" + re.escape(x) + r"\b", text) for x in lasts):
            print(f"!! {r['client_id']} labelled {label} in {it['guid']} without a surname mention")
print(f"{total} surname mentions")
