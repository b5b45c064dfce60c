"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname
without a suffix or apostrophe, and the maiden name) in every text, with the hand label of that client on that
item (or '-'), so each mention can be reviewed by a person. Adapted from independent4/build/audit_mentions.py:
this version prints every occurrence with its context, not only those near a given name."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_recorder  # noqa: E402
import news_tcbw  # noqa: E402
import news_tv  # noqa: E402
import obits_herald  # noqa: E402
import obits_kd  # noqa: E402
import obits_ledger  # noqa: E402
import obits_puente  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_kd, obits_ledger, obits_herald, obits_puente, news_tcbw, news_tv, news_recorder)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    names = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last)}
    if r["maiden_name"]:
        names.add(fold(r["maiden_name"]))
    for it in items:
        text = fold(it["title"] + " | " + it["body"]).replace("\n", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        found = False
        for x in sorted(names):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                found = True
                n += 1
                ctx = text[max(0, m.start() - 60): m.end() + 40]
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                      f"{it['guid']} label={label or '-'}\n    ...{ctx}...")
        if label and not found:
            print(f"!! {r['client_id']} labelled {label} on {it['guid']} without a surname mention")
print(f"{n} mentions")
