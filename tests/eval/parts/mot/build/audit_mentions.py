"""Audit for the `mot` part (adapted from independent4's): every place a roster client's surname (or a part of a
compound surname, or the maiden name) appears in an item together with a matching given name or nickname, with the
hand label (or '-' for none), so that unlabelled mentions and labels without a mention can be reviewed by a person.

Run: .venv/bin/python tests/eval/parts/mot/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_mcb  # noqa: E402
import news_pp  # noqa: E402
import news_tv  # noqa: E402
import obits_nid  # noqa: E402
import obits_svc  # noqa: E402
import obits_tbf  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_svc, obits_tbf, obits_nid, news_tv, news_mcb, news_pp)
items = [it for m in mods for it in m.ITEMS]
labelled_seen = set()
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    parts = re.split(r"[ -]", last)
    lasts = {fold(p) for p in parts if len(p) > 2} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    first = r["first_name"]
    givens = {fold(first), fold(first).replace(" ", ""), fold(first.split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = [x for x in lasts if re.search(r"\b" + re.escape(x).replace("\\-", " ") + r"\b", text.replace("-", " "))]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if label:
            labelled_seen.add((r["client_id"], it["guid"]))
        if not hits_last and not label:
            continue
        hits_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        if hits_given or label:
            print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<17} {r['city']:<10} {it['guid'][:34]:<35} "
                  f"given={sorted(hits_given)} last={sorted(hits_last)} label={label or '-'} dnc={r['do_not_contact']}")
all_labels = {(cid, it["guid"]) for it in items for cid, _ in it["gold"]}
missing = all_labels - labelled_seen
print(f"{len(items)} items, {len(all_labels)} hand labels; labels not matched to a roster row: {sorted(missing) or 'none'}")
