"""Audit: every place a roster client's surname (or a part of it, or the maiden name) appears in an item together
with a matching given name or nickname, with the hand label (or '-' for none), so unlabelled mentions can be
reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py.

Run: .venv/bin/python tests/eval/parts/wrl/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_b7  # noqa: E402
import news_bbbw  # noqa: E402
import news_wvc  # noqa: E402
import obits_bvf  # noqa: E402
import obits_hcb  # noqa: E402
import obits_nbhc  # noqa: E402
import obits_nbl  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_nbl, obits_bvf, obits_hcb, obits_nbhc, news_b7, news_bbbw, news_wvc)
items = [it for m in mods for it in m.ITEMS]
unlabelled = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    parts = re.split(r"[ -]", last)
    lasts = {fold(p) for p in parts if len(p) > 2} | {fold(last).replace(" ", "").replace("-", " ")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = sorted(x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text))
        if not hits_last:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if hits_given or label:
            unlabelled += not label
            print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<19} {r['city']:<12} {it['guid']:<40} "
                  f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
print(f"{unlabelled} mentions without a label (each reviewed by hand; see README 'Decoys')", file=sys.stderr)
