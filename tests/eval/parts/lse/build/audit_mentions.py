"""Audit: every occurrence of every roster client's surname (each part of it, the apostrophe/accent-folded form, and
the maiden name) in every obituary and news text, with the given names/nicknames seen in the same text and the hand
label (or '-' for none), so every mention can be reviewed by a person. Adapted from independent4's audit.

Run: /work/main/.venv/bin/python tests/eval/parts/lse/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_biz  # noqa: E402
import news_cc  # noqa: E402
import news_tv  # noqa: E402
import obits_dn  # noqa: E402
import obits_fh  # noqa: E402
import obits_hm  # noqa: E402
import obits_wh  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_dn, obits_wh, obits_hm, news_biz, news_tv, news_cc)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    if r["spouse_first_name"]:
        givens.add(fold(r["spouse_first_name"]))   # "(Orrin)" notation and "Leonard (Bernadette)" forms
    for it in items:
        raw = it["title"] + " " + it["body"]
        text = fold(raw).replace("-", " ")
        hits = [(x, m.start()) for x in sorted(lasts) for m in re.finditer(r"\b" + re.escape(x) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits and not label:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        total += 1
        print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<19} {r['city']:<12} {it['guid']:<44} "
              f"label={label or '-'} dnc={r['do_not_contact']} given={hits_given}")
        for x, pos in hits:
            print(f"      {x!r}: ...{text[max(0, pos - 70):pos + 60]}...")
print(f"{total} client/item pairs with a mention or a label")
