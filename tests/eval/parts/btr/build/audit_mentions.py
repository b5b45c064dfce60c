"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname with the
particle/apostrophe restored or dropped, and the maiden name) in every text, with the hand label of that client on
that item ('-' for none) and whether a given name or nickname of the client is also in the text, so every mention
can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py (prints every surname
hit, not only those with a given name nearby)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_biz  # noqa: E402
import news_comm  # noqa: E402
import news_tv  # noqa: E402
import obits_ccc  # noqa: E402
import obits_fh  # noqa: E402
import obits_ms  # noqa: E402


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return s.replace("'", "").replace("\u2019", "").replace("-", " ")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_ms, obits_ccc, news_biz, news_tv, news_comm)
items = [it for m in mods for it in m.ITEMS]
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last)}
    lasts |= {fold(last).replace(".", "").replace(" ", ""), fold(last).replace("st. ", "saint ")}
    if r["last_name"] == "DArmond":
        lasts.add("d armond")
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"].split(" ")[0])} | (
        {fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"])
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 60): m.end() + 40].replace("\n", " ")
                has_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
                print(f"{r['client_id']} {r['first_name']:<14} {r['last_name']:<19} {it['guid']:<45} "
                      f"label={','.join(label) or '-'} given={has_given} dnc={r['do_not_contact']}\n"
                      f"        ...{ctx}...")
        if label and not any(re.search(r"\b" + re.escape(x) + r"\b", text) for x in lasts):
            print(f"{r['client_id']} {it['guid']} label={label} WITHOUT A SURNAME MENTION")
