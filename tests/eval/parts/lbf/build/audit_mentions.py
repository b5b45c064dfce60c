"""Audit for part lbf: every place a roster client's surname (or a part of a compound surname, or the maiden name)
appears in an item near a matching given name or nickname, with the hand label (or '-' for none), so that
unlabelled mentions can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py.

Run from the repository root: .venv/bin/python tests/eval/parts/lbf/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_kwcn  # noqa: E402
import news_lcc  # noqa: E402
import news_wcbw  # noqa: E402
import obits_ndc  # noqa: E402
import obits_olg  # noqa: E402
import obits_prfc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_ndc, obits_prfc, obits_olg, news_kwcn, news_lcc, news_wcbw)
items = [it for m in mods for it in m.ITEMS]
labelled = {(cid, it["guid"]) for it in items for cid, _ in it["gold"]}
seen = set()
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    parts = re.split(r"[ -]", last)
    lasts = {fold(p) for p in parts if len(p) > 2} | {fold(last).replace(" ", "").replace("-", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    if r["spouse_first_name"]:
        givens.add(fold(r["spouse_first_name"]))   # "Mrs. Ruben Zamarripa", "Darlene (Merle) Haumesser"
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        text_joined = fold(it["title"] + " " + it["body"]).replace("-", "")
        hits_last = [x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text)
                     or re.search(r"\b" + re.escape(x) + r"\b", text_joined)]
        if not hits_last:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if hits_given or label:
            seen.add((r["client_id"], it["guid"]))
            print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<17} {r['city']:<13} {it['guid'][-34:]:<35} "
                  f"given={hits_given} last={sorted(hits_last)} label={label or '-'} dnc={r['do_not_contact']}")
missing = labelled - seen
print(f"{len(seen)} mentions, {len(seen & labelled)} labelled; labels the audit did not find: {sorted(missing) or 'none'}")
