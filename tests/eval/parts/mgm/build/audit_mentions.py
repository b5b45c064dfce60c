"""Audit: every occurrence of every roster client's surname (each part of a compound surname, and the maiden name)
in the feeds' texts, with the given names/nickname found in the same item and the hand label, for review."""

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


roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
items = obits.ITEMS + news.ITEMS
for r in roster:
    last = re.sub(r" (Jr\.|Sr\.|III)$", "", r["last_name"])
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
                ctx = text[max(0, m.start() - 45):m.end() + 25].replace("\n", " ")
                g = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
                label = [role for cid, role in it["gold"] if cid == r["client_id"]] or "-"
                print(f"{r['client_id']} {it['guid']:<24} {label!s:<28} given={g} dnc={r['do_not_contact']} ...{ctx}...")
