"""Audit: every place a roster client's surname (or a part of it, or the maiden name) appears in any text, with the
given names/nicknames found there and the hand label (or '-' for none), so each mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py (prints every surname hit, not only those near a given
name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_neighbors  # noqa: E402
import news_nmbw  # noqa: E402
import news_wnmt  # noqa: E402
import obits_bulletin  # noqa: E402
import obits_gthc  # noqa: E402
import obits_hbfh  # noqa: E402
import obits_walking_on  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_hbfh, obits_gthc, obits_bulletin, obits_walking_on, news_nmbw, news_wnmt, news_neighbors)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last), fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(p) for p in r["first_name"].split(" ")} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = sorted(x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text))
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits_last and not label:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        n += 1
        print(f"{r['client_id']} {r['first_name']:<15} {r['last_name']:<19} {r['city']:<13} {it['guid']:<42} "
              f"given={hits_given} last={hits_last} label={label or '-'}"
              f"{' DNC' if r['do_not_contact'] == 'true' else ''}")
print(f"{n} mentions")
