"""Audit: every occurrence of every client surname (each part of a compound surname, the surname without its
suffix, the CRM form without apostrophe) and maiden name in every obituary and news text, with the hand label
for that client ('-' for none), the given names/nicknames found in the same text, and a snippet around the
mention, so each one can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py.

Run: .venv/bin/python tests/eval/parts/hvn/build/audit_mentions.py"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_bw  # noqa: E402
import news_cn  # noqa: E402
import news_tv  # noqa: E402
import obits_dn  # noqa: E402
import obits_ef  # noqa: E402
import obits_fh  # noqa: E402
import obits_jc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "").replace("\u2019", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_dn, obits_jc, obits_ef, news_bw, news_tv, news_cn)
items = [it for m in mods for it in m.ITEMS]
labelled = set()
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if label:
            labelled.add((r["client_id"], it["guid"]))
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                snip = text[max(0, m.start() - 60): m.end() + 40].replace("\n", " ")
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | "
                      f"label={label or '-'} dnc={r['do_not_contact']} given={hits_given}\n    ...{snip}...")
gold = {(cid, it["guid"]) for it in items for cid, _ in it["gold"]}
assert gold == labelled
print(f"{len(gold)} obituary/news labels, every one on an item that names the client's surname or maiden name:",
      all(any(re.search(r"\b" + re.escape(x) + r"\b", fold(it["title"] + " " + it["body"]).replace("-", " "))
              for r in roster if r["client_id"] == cid
              for x in ({fold(p) for p in SUFFIX.sub("", r["last_name"]).split(" ")} | {fold(r["maiden_name"])} - {""}))
          for it in items for cid, _ in it["gold"]))
