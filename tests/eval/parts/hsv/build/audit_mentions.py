"""Audit: every occurrence of every client surname (each part of a compound surname, apostrophe-folded, and the
maiden name) in the feed texts, with the given names/nickname seen nearby in the item and the hand label, so each
line can be reviewed by a person. Adapted from independent4/build/audit_mentions.py (lists every hit, not only
those with a matching given name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_mln  # noqa: E402
import news_nabl  # noqa: E402
import news_tv  # noqa: E402
import obits_tvc  # noqa: E402
import obits_vr  # noqa: E402
import obits_vw  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_vr, obits_tvc, obits_vw, news_nabl, news_tv, news_mln)
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
                ctx = text[max(0, m.start() - 45): m.end() + 30].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                n += 1
                print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<16} {r['city']:<12} "
                      f"{it['guid'][:30]:<30} given={hits_given} label={label or '-'} dnc={r['do_not_contact']} "
                      f"| ...{ctx}...")
        if label and not any(re.search(r"\b" + re.escape(x) + r"\b", text) for x in lasts):
            print(f"!! {r['client_id']} labelled {label} in {it['guid']} without a surname hit")
print(f"{n} mentions", file=sys.stderr)
