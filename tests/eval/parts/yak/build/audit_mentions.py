"""Audit: every occurrence of every client's surname (each part of a compound surname, the surname without
apostrophe/space, and the maiden name) in every obituary and news text, with a snippet and the hand label of
that client on that item ('-' for none), so each mention can be reviewed by a person."""

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
n = 0
for r in roster:
    last = re.sub(r" (Jr\.|Sr\.|III)$", "", r["last_name"])
    keys = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        keys.add(fold(r["maiden_name"]))
    for it in items:
        text = fold(it["title"] + " \n " + it["body"]).replace("-", " ")
        squeezed = text.replace("van wingerden", "vanwingerden")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]] or "-"
        for k in sorted(keys):
            for m in re.finditer(r"\b" + re.escape(k) + r"\b", squeezed):
                snip = squeezed[max(0, m.start() - 45): m.end() + 35].replace("\n", " ")
                print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<15} {it['guid'][:40]:<40} "
                      f"{label!s:<28} dnc={r['do_not_contact'][0]} ...{snip}...")
                n += 1
print(f"{n} mentions", file=sys.stderr)
