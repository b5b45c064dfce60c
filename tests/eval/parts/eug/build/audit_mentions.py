"""Audit: every occurrence of every client surname (each part of a compound surname, the maiden name, the roster
spouse's surname) in the obituary and news texts, with the hand label, so each mention is reviewed by a person.
Adapted from independent4/build/audit_mentions.py (which listed only hits near a matching given name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_kwvt  # noqa: E402
import news_lcw  # noqa: E402
import news_nol  # noqa: E402
import obits_cfs  # noqa: E402
import obits_htsi  # noqa: E402
import obits_llg  # noqa: E402
import obits_wgfc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_wgfc, obits_llg, obits_cfs, obits_htsi, news_lcw, news_kwvt, news_nol)
items = [it for m in mods for it in m.ITEMS]
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        raw = it["title"] + " " + it["body"]
        text = fold(raw).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 45): m.end() + 30].replace("\n", " ")
                near_given = any(re.search(r"\b" + re.escape(g) + r"\b", ctx) for g in givens)
                print(f"{r['client_id']} {it['guid'][:40]:<40} given={'Y' if near_given else '-'} "
                      f"label={','.join(label) or '-'} dnc={r['do_not_contact'][0]} | ...{ctx}...")
        if label and not any(re.search(r"\b" + re.escape(x) + r"\b", text) for x in lasts):
            print(f"{r['client_id']} {it['guid'][:40]:<40} LABEL WITHOUT SURNAME label={label}")
