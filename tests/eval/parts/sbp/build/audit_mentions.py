"""Audit for eval part sbp: every occurrence of every client surname (each part of a compound surname, the
surname without spaces, the maiden name) in every obituary and news text, with the given names / nickname found
in the same text and the hand label (or '-'), so each mention can be reviewed by a person.

Run: .venv/bin/python tests/eval/parts/sbp/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_cbt  # noqa: E402
import news_crier  # noqa: E402
import news_tv  # noqa: E402
import obits_ccc  # noqa: E402
import obits_cofh  # noqa: E402
import obits_fcm  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_cofh, obits_ccc, obits_fcm, news_cbt, news_tv, news_crier)
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
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        text_nospace = text.replace(" ", "")
        hits_last = [x for x in sorted(lasts) if re.search(r"\b" + re.escape(x) + r"\b", text)
                     or (len(x) > 8 and x in text_nospace)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits_last and not label:
            continue
        hits_given = [g for g in sorted(givens) if re.search(r"\b" + re.escape(g) + r"\b", text)]
        n += 1
        print(f"{r['client_id']} {r['first_name']:<12} {r['last_name']:<18} {r['city']:<15} {it['guid']:<36} "
              f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
print(f"{n} mentions", file=sys.stderr)
