"""Audit: every place a roster client's surname (or a part of a compound surname, or the maiden name) appears in
an item together with a matching given name or nickname, with the hand label (or '-' for none), so that
unlabelled mentions can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py
(folds accents so "Benoît" meets the roster's "Benoit"; splits hyphenated surnames and compound given names).

Run: .venv/bin/python tests/eval/parts/pqi/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_biz  # noqa: E402
import news_courier  # noqa: E402
import news_tv  # noqa: E402
import obits_chronicle  # noqa: E402
import obits_lutheran  # noqa: E402
import obits_parish  # noqa: E402
import obits_valleyrivers  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_chronicle, obits_valleyrivers, obits_parish, obits_lutheran, news_tv, news_courier, news_biz)
items = [it for m in mods for it in m.ITEMS]
unlabelled = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in re.split(r"[ \-]", last) if len(p) > 2} | {fold(last).replace("-", " ")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    first = fold(r["first_name"])
    givens = {first, first.replace(" ", ""), first.split(" ")[0]}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = sorted(x for x in lasts if re.search(r"\b" + re.escape(x.replace("-", " ")) + r"\b", text))
        if not hits_last:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if hits_given or label:
            unlabelled += 0 if label else 1
            print(f"{r['client_id']} {r['first_name']:<11} {r['last_name']:<15} {r['city']:<14} {it['guid']:<40} "
                  f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
print(f"{unlabelled} unlabelled mentions to review", file=sys.stderr)
