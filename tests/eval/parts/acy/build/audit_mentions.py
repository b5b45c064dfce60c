"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname with its
suffix dropped and its apostrophe/space variants) or maiden name in every text, with the given names/nicknames found
in the same text and the hand label (or '-' for none), so each mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py (prints every surname hit, not only those with a
matching given name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_sbw  # noqa: E402
import news_smt  # noqa: E402
import news_wsjn  # noqa: E402
import obits_scl  # noqa: E402
import obits_sjc  # noqa: E402
import obits_smc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_smc, obits_scl, obits_sjc, news_sbw, news_wsjn, news_smt)
items = [it for m in mods for it in m.ITEMS]
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last).replace(" ", ""), fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        text_nospace = text.replace(" ", "")
        hits_last = [x for x in sorted(lasts) if re.search(r"\b" + re.escape(x) + r"\b", text)
                     or (" " not in x and len(x) > 8 and x in text_nospace)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits_last and not label:
            continue
        hits_given = [g for g in sorted(givens) if re.search(r"\b" + re.escape(g) + r"\b", text)]
        print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<16} {r['city']:<21} {it['guid']:<34} "
              f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
