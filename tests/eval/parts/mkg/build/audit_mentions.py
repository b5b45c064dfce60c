"""Audit: every occurrence of every client surname (each part of a compound surname, the surname without the
CRM's dropped apostrophe, and the maiden name) in every obituary and news text, with the nearby given names
found and the hand label (or '-' for none), so that each mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py: it prints every occurrence, not only those near
a matching given name."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_lbw  # noqa: E402
import news_ln  # noqa: E402
import news_wlks  # noqa: E402
import obits_crc  # noqa: E402
import obits_hv  # noqa: E402
import obits_ledger  # noqa: E402
import obits_lvz  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_lvz, obits_ledger, obits_crc, obits_hv, news_lbw, news_wlks, news_ln)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last), fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]] or "-"
        spans = sorted({m.span() for x in lasts for m in re.finditer(r"\b" + re.escape(x) + r"\b", text)},
                       key=lambda sp: (sp[0], -sp[1]))
        kept = [sp for sp in spans if not any(o != sp and o[0] <= sp[0] and sp[1] <= o[1] for o in spans)]
        for start, end in kept:   # one line per occurrence
            ctx = text[max(0, start - 60): end + 40].replace("\n", " ")
            near = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", ctx)]
            total += 1
            print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                  f"| {it['guid']} | label={label} | given_near={near}\n    ...{ctx}...")
labelled = {(cid, it["guid"]) for it in items for cid, _ in it["gold"]}
print(f"\n{total} surname/maiden-name occurrences; {len(labelled)} hand-labelled (client, item) pairs")
