"""Audit for eval part cou: every occurrence of every client surname (each part of a compound surname, the
surname without a Jr./Sr. suffix, the maiden name) in every feed text, with whether a given name or nickname of
that client is also in the text, and the hand label ('-' for none). Review every line by hand."""

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
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower().replace("'", "")


ITEMS = [it for lst in (obits.FH, obits.DN, obits.CW, news.BIZ, news.TV, news.CC) for it in lst]

with open(HERE.parent / "roster.csv", newline="", encoding="utf-8") as fh:
    roster = list(csv.DictReader(fh))

for r in roster:
    last = re.sub(r" (Jr\.|Sr\.)$", "", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in ITEMS:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 45): m.end() + 30].replace("\n", " ")
                given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                print(f"{r['client_id']} {it['guid'][:34]:<34} given={'Y' if given else 'n'} "
                      f"label={','.join(label) or '-':<24} dnc={r['do_not_contact'][0]} ...{ctx}...")
