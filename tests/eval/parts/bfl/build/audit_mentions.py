"""Audit for the bfl part: every place a roster client's surname (or a part of it, or the maiden name) appears in an
item near a matching given name, middle name or nickname, with the hand label (or '-' for none), so that unlabelled
mentions can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py.

Run: .venv/bin/python tests/eval/parts/bfl/build/audit_mentions.py"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_eocc  # noqa: E402
import news_kvkn  # noqa: E402
import news_svbw  # noqa: E402
import obits_kvs  # noqa: E402
import obits_mvfm  # noqa: E402
import obits_sil  # noqa: E402
import obits_vss  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_kvs, obits_mvfm, obits_sil, obits_vss, news_kvkn, news_svbw, news_eocc)
items = [it for m in mods for it in m.ITEMS]
unlabelled = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(p) for p in r["first_name"].split(" ")}
    givens |= {fold(r["nickname"])} if r["nickname"] else set()
    givens |= {fold(r["middle_name"])} if r["middle_name"] else set()
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = sorted(x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text))
        if not hits_last:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if hits_given or label:
            unlabelled += not label
            print(f"{r['client_id']} {r['first_name']:<15} {r['last_name']:<16} {r['city']:<12} {it['guid']:<38} "
                  f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
print(f"{unlabelled} mentions without a label (each reviewed by hand: see README 'Decoys and judgement calls')",
      file=sys.stderr)
