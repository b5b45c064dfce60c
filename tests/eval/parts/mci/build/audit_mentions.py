"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname without
a stored suffix, and the maiden name) in every feed text, with the hand label (or '-'), for review by a person."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_cbw  # noqa: E402
import news_nbr  # noqa: E402
import news_tv  # noqa: E402
import obits_hmc  # noqa: E402
import obits_herald  # noqa: E402
import obits_kclc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_hmc, obits_kclc, obits_herald, news_cbw, news_tv, news_nbr)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    for it in items:
        text = fold(it["title"] + "\n" + it["body"])
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 50): m.end() + 30].replace("\n", " ")
                n += 1
                print(f"{r['client_id']} {it['guid'][:34]:<34} label={','.join(label) or '-':<24} dnc={r['do_not_contact'][0]} ...{ctx}...")
print(f"{n} mentions", file=sys.stderr)
