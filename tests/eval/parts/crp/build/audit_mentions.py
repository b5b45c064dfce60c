"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname
without a particle's space, and the maiden name) in every text, with the given names/nicknames found in the
same text and the hand label (or '-' for none), so each mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py (here every surname hit is printed, with context)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_cbl  # noqa: E402
import news_nb  # noqa: E402
import news_tv  # noqa: E402
import obits_cbct  # noqa: E402
import obits_cdm  # noqa: E402
import obits_hw  # noqa: E402
import obits_vn  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s.replace("Đ", "D").replace("đ", "d")).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_cdm, obits_cbct, obits_vn, obits_hw, news_cbl, news_tv, news_nb)
items = [it for m in mods for it in m.ITEMS]
labelled = set()
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if fold(last).startswith("del"):
        lasts.add("del " + fold(last)[3:])
    if fold(last).startswith("o") and last[1:2].isupper():
        lasts.add(fold(last))   # OShaughnessy = O'Shaughnessy once apostrophes are folded
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if label:
            labelled.add((r["client_id"], it["guid"]))
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 50):m.end() + 40].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<18} {r['city']:<14} {it['guid']:<42} "
                      f"label={label or '-'} dnc={r['do_not_contact']} given={hits_given}\n      ...{ctx}...")
gold = {(cid, g) for it in items for cid, _ in it["gold"] for g in [it["guid"]]}
missing = gold - labelled
print(f"\n{len(gold)} labelled (client, item) pairs; not covered by the audit: {sorted(missing) or 'none'}")
