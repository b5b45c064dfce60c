"""Audit for part rdg: every occurrence of every client surname (each part of a compound surname, the surname
without its suffix or apostrophe) or maiden name in every text, with the given names/nicknames found nearby in
the same text and the hand label (or '-' for none), so that every mention can be reviewed by a person.
Adapted from independent4/build/audit_mentions.py; prints every hit, not only those with a given name."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_bbw  # noqa: E402
import news_bhp  # noqa: E402
import news_wrdg  # noqa: E402
import obits_bcn  # noqa: E402
import obits_blt  # noqa: E402
import obits_ksfh  # noqa: E402
import obits_lvb  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_ksfh, obits_blt, obits_lvb, obits_bcn, news_bbw, news_wrdg, news_bhp)
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
                ctx = text[max(0, m.start() - 60): m.end() + 40].replace("\n", " ")
                near = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", ctx)]
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                total += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | "
                      f"label={label or '-'} dnc={r['do_not_contact']} near={near}\n    ...{ctx}...")
print(f"{total} mentions")
