"""Audit: every occurrence of every client surname (each part of a compound surname, and the maiden name) in
the feed texts, with the nearest given names and the hand label, so each one can be reviewed by a person.
Adapted from independent4/build/audit_mentions.py (lists every occurrence, not only those near a given name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_cbl  # noqa: E402
import news_nsn  # noqa: E402
import news_tv  # noqa: E402
import obits_cwm  # noqa: E402
import obits_lvfh  # noqa: E402
import obits_tcdn  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_lvfh, obits_tcdn, obits_cwm, news_cbl, news_tv, news_nsn)
items = [it for m in mods for it in m.ITEMS]
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3 and p.lower() != "van"} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 45):m.end() + 25].replace("\n", " ")
                print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<18} {it['guid']:<26} "
                      f"label={','.join(label) or '-':<24} dnc={r['do_not_contact']:<5} ...{ctx}...")
