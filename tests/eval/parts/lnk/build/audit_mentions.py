"""Audit: every occurrence of every client surname (each part of a compound surname, the surname with spaces
removed, and the maiden name) in every text, with the given names/nickname found in the same text and the hand
label for that client (or '-'), so each mention can be reviewed by a person. Adapted from independent4's audit;
prints every surname hit, not only those with a given name nearby."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_lbl  # noqa: E402
import news_nbr  # noqa: E402
import news_tv  # noqa: E402
import obits_hy  # noqa: E402
import obits_lcc  # noqa: E402
import obits_phm  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "").replace("\u2019", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_hy, obits_lcc, obits_phm, news_lbl, news_tv, news_nbr)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 45):m.end() + 45].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                total += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | "
                      f"'{x}' given={hits_given} label={label or '-'} dnc={r['do_not_contact']}\n      ...{ctx}...")
print(f"{total} mentions")
