"""Audit: every occurrence of every roster client's surname (each part of it, the whole without spaces) or maiden
name in every text, with the given names/nicknames found in the same text and the hand label (or '-' for none),
so every mention can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py (this one
prints every surname occurrence, with context, not only those near a matching given name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_bw  # noqa: E402
import news_tn  # noqa: E402
import news_tv  # noqa: E402
import obits_cc  # noqa: E402
import obits_dn  # noqa: E402
import obits_fh  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_dn, obits_cc, news_bw, news_tv, news_tn)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits = [m for x in lasts for m in re.finditer(r"\b" + re.escape(x) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits and not label:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
              f"in {it['guid']}: label={label or '-'} given={hits_given}")
        for m in sorted(hits, key=lambda m: m.start()):
            ctx = text[max(0, m.start() - 60):m.end() + 40].replace("\n", " ")
            print(f"      ...{ctx}...")
        n += 1
print(f"{n} client/item pairs with a mention or a label")
