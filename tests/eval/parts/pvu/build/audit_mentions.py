"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the whole surname,
and the maiden name) in every obituary and news text, with the given names/nicknames found in the same text, a
snippet, and the hand label (or '-' for none), so every mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py (which printed only mentions near a given name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_ktv  # noqa: E402
import news_tn  # noqa: E402
import news_uvb  # noqa: E402
import obits_mps  # noqa: E402
import obits_ndv  # noqa: E402
import obits_thm  # noqa: E402
import obits_uvh  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_thm, obits_uvh, obits_mps, obits_ndv, news_uvb, news_ktv, news_tn)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last)}
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
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                snip = text[max(0, m.start() - 45): m.end() + 35].replace("\n", " ")
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | '{x}' "
                      f"given={hits_given} label={label or '-'} dnc={r['do_not_contact']}\n    ...{snip}...")
        if label and not any(re.search(r"\b" + re.escape(x) + r"\b", text) for x in lasts):
            print(f"!! {r['client_id']} labelled {label} in {it['guid']} but no surname found")
print(f"{n} surname mentions")
