"""Audit: every occurrence of every client surname (each part of it, the whole, and the maiden name) in every
obituary and news text, with the given names/nicknames found in the same text and the hand label ('-' for none),
so that every mention can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py:
this version prints every surname occurrence (with a snippet), not only those near a matching given name."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_crier  # noqa: E402
import news_pbw  # noqa: E402
import news_wqbn  # noqa: E402
import obits_kvfh  # noqa: E402
import obits_pfh  # noqa: E402
import obits_pvd  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_kvfh, obits_pvd, obits_pfh, news_pbw, news_wqbn, news_crier)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                total += 1
                snippet = text[max(0, m.start() - 45):m.end() + 25].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | "
                      f"given={hits_given} | label={label or '-'} dnc={r['do_not_contact']} | ...{snippet}...")
    for it in items:   # labels on items where the audit found no surname at all (should not happen)
        if any(cid == r["client_id"] for cid, _ in it["gold"]):
            text = fold(it["title"] + " " + it["body"]).replace("-", " ")
            if not any(re.search(r"\b" + re.escape(x) + r"\b", text) for x in lasts):
                print(f"!! {r['client_id']} labelled on {it['guid']} without any surname mention")
print(f"{total} surname mentions")
