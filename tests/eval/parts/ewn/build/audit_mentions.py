"""Audit for eval part ewn: every occurrence of every client surname (each part of a compound surname, the surname
without its suffix or apostrophe, the maiden name) in every text, with the given names/nicknames of that client found
in the same text and the hand label ('-' for none), so each mention can be reviewed by a person.

Run: .venv/bin/python tests/eval/parts/ewn/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_debw  # noqa: E402
import news_nrn  # noqa: E402
import news_wcnb  # noqa: E402
import obits_chfs  # noqa: E402
import obits_hrp  # noqa: E402
import obits_nc  # noqa: E402
import obits_trv  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_chfs, obits_nc, obits_trv, obits_hrp, news_debw, news_wcnb, news_nrn)
items = [(m.FEED, it) for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for feed, it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits = []
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                hits.append(text[max(0, m.start() - 45):m.end() + 25].replace("\n", " "))
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits and not label:
            continue
        total += 1
        given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) dnc={r['do_not_contact']} | "
              f"{it['guid']} | label={label or '-'} | given={given}")
        for h in hits:
            print(f"      ...{h}...")
print(f"{total} client/item pairs with a surname or maiden-name mention or a label")
