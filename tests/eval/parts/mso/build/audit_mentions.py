"""Audit (adapted from independent4/build/audit_mentions.py): every occurrence of every client surname (each part
of a compound surname, the surname without its suffix, apostrophe-folded) and maiden name in every obituary and
news text, with the given names/nicknames found in the same text and the hand label ('-' for none), so every
mention can be reviewed by a person. Surname hits are printed even without a given-name hit."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_gcbj  # noqa: E402
import news_kmtn  # noqa: E402
import news_ledger  # noqa: E402
import obits_cfb  # noqa: E402
import obits_mc  # noqa: E402
import obits_mvtv  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_cfb, obits_mc, obits_mvtv, news_gcbj, news_kmtn, news_ledger)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = [x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text)]
        if not hits_last:
            continue
        hits_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        n += 1
        print(f"{r['client_id']} {r['first_name']:<15} {r['last_name']:<19} {r['city']:<12} {it['guid']:<22} "
              f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
        for x in hits_last:
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                print(f"      ...{text[max(0, m.start() - 60):m.end() + 40]!r}")
print(f"{n} (client, item) pairs with a surname or maiden-name hit")
