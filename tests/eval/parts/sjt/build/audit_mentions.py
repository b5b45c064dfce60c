"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname with
the apostrophe put back, the maiden name) in every obituary and news text, with the given names/nicknames found
in the same text and the hand label ('-' for none), so that each mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py (prints every surname hit, not only those near a
matching given name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_cvbj  # noqa: E402
import news_cvn  # noqa: E402
import news_kcvo  # noqa: E402
import obits_cvmc  # noqa: E402
import obits_heraldo  # noqa: E402
import obits_lutheran  # noqa: E402
import obits_sact  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_cvmc, obits_sact, obits_heraldo, obits_lutheran, news_cvbj, news_kcvo, news_cvn)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    givens |= {fold(r["nickname"])} if r["nickname"] else set()
    for it in items:
        raw = it["title"] + "\n" + it["body"]
        text = fold(raw).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        hits = []
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                hits.append(text[max(0, m.start() - 45):m.end() + 25].replace("\n", " "))
        if not hits and not label:
            continue
        given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        n += 1
        print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
              f"in {it['guid']}: label={label or '-'} given={given}")
        for h in hits:
            print(f"      ...{h}...")
        if label and not hits:
            print("      !! labelled but surname not found")
print(f"{n} client/item pairs with a mention or a label")
