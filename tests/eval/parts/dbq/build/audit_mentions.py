"""Audit: every occurrence of every client surname (each part of a compound surname, without a suffix; the
apostrophe-free form) and maiden name in every obituary and news text, with the given names/nicknames of that
client found in the same text and the hand label ('-' for none), so every mention can be reviewed by a person.
Adapted from independent4/build/audit_mentions.py (prints every surname hit, not only those near a given name).

Run: .venv/bin/python tests/eval/parts/dbq/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_biz  # noqa: E402
import news_cn  # noqa: E402
import news_tv  # noqa: E402
import obits_cc  # noqa: E402
import obits_fh  # noqa: E402
import obits_th  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_th, obits_cc, news_biz, news_tv, news_cn)
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
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                n += 1
                ctx = text[max(0, m.start() - 45): m.end() + 25].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                print(f"{r['client_id']} {r['first_name']} {r['last_name']:<16} {it['guid'][:30]:<31} "
                      f"label={label or '-'} dnc={r['do_not_contact']} given_in_text={hits_given}\n"
                      f"        ...{ctx}...")
        if label and not any(re.search(r"\b" + re.escape(x) + r"\b", text) for x in lasts):
            print(f"{r['client_id']} LABELLED WITHOUT A SURNAME HIT in {it['guid']}: {label}")
print(f"{n} surname/maiden-name occurrences")
