"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname without
its suffix, the apostrophe-restored form) or maiden name in every text, with the given names/nicknames found
near it and the hand label (or '-' for none), so that every mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py (prints every surname hit, not only those with a
matching given name, plus a short context)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_fmn  # noqa: E402
import news_rrbw  # noqa: E402
import news_v11  # noqa: E402
import obits_nlm  # noqa: E402
import obits_rlfc  # noqa: E402
import obits_rrvf  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_rlfc, obits_rrvf, obits_nlm, news_rrbw, news_v11, news_fmn)
items = [it for m in mods for it in m.ITEMS]
unlabelled_with_given = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(("maiden:", fold(r["maiden_name"])))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    if r["spouse_first_name"]:
        givens.add("spouse:" + fold(r["spouse_first_name"].split(" ")[0]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in lasts:
            word = x[1] if isinstance(x, tuple) else x
            for m in re.finditer(r"\b" + re.escape(word) + r"\b", text):
                ctx = text[max(0, m.start() - 60):m.end() + 40].replace("\n", " ")
                near = [g for g in givens if re.search(r"\b" + re.escape(g.split(":")[-1]) + r"\b", ctx)]
                if near and not label:
                    unlabelled_with_given += 1
                kind = "maiden" if isinstance(x, tuple) else "last"
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) dnc={r['do_not_contact']} "
                      f"| {it['guid']} | {kind}={word} near={near} label={label or '-'}\n      ...{ctx}...")
print(f"\nmentions with a given name nearby but no label: {unlabelled_with_given} (each reviewed by hand)")
