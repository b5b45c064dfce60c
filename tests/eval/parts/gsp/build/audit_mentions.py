"""Audit: every occurrence of every client surname (each part of a compound surname, the maiden name) in the
gsp feeds' texts, with the sentence around it and the hand label, so each one can be reviewed by a person."""

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
items = [it for fs in (obits.FEEDS, news.FEEDS) for its in fs.values() for it in its]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    names = {fold(p) for p in last.split(" ") if len(p) > 2}
    if r["maiden_name"]:
        names.add(fold(r["maiden_name"]))
    for it in items:
        text = fold(it["title"] + " \n " + it["body"])
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        found = False
        for name in sorted(names):
            for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
                found = True
                n += 1
                ctx = text[max(0, m.start() - 60):m.end() + 40].replace("\n", " ")
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | "
                      f"label={label or '-'} dnc={r['do_not_contact']} | ...{ctx}...")
        if label and not found:
            print(f"!! {r['client_id']} labelled {label} in {it['guid']} but no surname occurrence")
print(f"{n} occurrences")
