"""Audit (adapted from independent4/build/audit_mentions.py): every occurrence of every roster client's surname
(each part of a compound surname, the surname without apostrophes, and the maiden name) in the lbb feeds' texts,
with the given names/nicknames found in the same item and the hand label, for a person to review line by line."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_kslt  # noqa: E402
import news_spbw  # noqa: E402
import news_spn  # noqa: E402
import obits_hcl  # noqa: E402
import obits_olg  # noqa: E402
import obits_ppj  # noqa: E402
import obits_yhc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_yhc, obits_ppj, obits_hcl, obits_olg, news_spbw, news_kslt, news_spn)
items = [it for m in mods for it in m.ITEMS]
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 45):m.end() + 35].replace("\n", " ")
                given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | "
                      f"given={given} label={label or '-'} dnc={r['do_not_contact']} | ...{ctx}...")
