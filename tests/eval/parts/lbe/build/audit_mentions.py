"""Audit: every occurrence of every roster client's surname (each part of it, the apostrophe-less and joined
forms, and the maiden name) in every obituary and news text, with the nearest given names found and the hand label
(or '-' for none), so each mention can be reviewed by a person. Adapted from independent4/build/audit_mentions.py
(which printed only mentions near a matching given name); this one prints every occurrence with its context."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_lhbw  # noqa: E402
import news_lvc  # noqa: E402
import news_wlht  # noqa: E402
import obits_dn  # noqa: E402
import obits_fh  # noqa: E402
import obits_sh  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "").replace("\u2019", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_dn, obits_sh, news_lhbw, news_wlht, news_lvc)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " \n " + it["body"])
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 60):m.end() + 40].replace("\n", " ")
                near = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", ctx)]
                total += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                      f"| {it['guid']} | '{x}' given={near} label={label or '-'}\n    ...{ctx}...")
print(f"{total} mentions", file=sys.stderr)
