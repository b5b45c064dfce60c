"""Audit: every place a roster client's surname (or a part of a compound surname, or the maiden name) appears in an
item with a matching given name or nickname, or with a label, printed with the hand label ('-' for none), so a
labeller can review every unlabelled mention. Adapted from tests/eval/independent4/build/audit_mentions.py.

Run (repository root): .venv/bin/python tests/eval/parts/jst/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_hvc  # noqa: E402
import news_lhbw  # noqa: E402
import news_tv  # noqa: E402
import obits_cvh  # noqa: E402
import obits_hlfh  # noqa: E402
import obits_snb  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_hlfh, obits_cvh, obits_snb, news_tv, news_lhbw, news_hvc)
items = [it for m in mods for it in m.ITEMS]
labelled = {(cid, it["guid"]) for it in items for cid, _ in it["gold"]}
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in re.split(r"[ -]", last) if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = [x for x in lasts if re.search(r"\b" + re.escape(x.replace("-", " ")) + r"\b", text)]
        if not hits_last:
            continue
        hits_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<15} {r['city']:<12} {it['guid']:<42} "
              f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
