"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname without
its suffix) or maiden name in every obituary and news text, with a snippet, whether a given name or nickname of
that client occurs nearby, and the hand label (or '-' for none), so each mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py.

Run: /work/main/.venv/bin/python tests/eval/parts/tlh/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_bbbl  # noqa: E402
import news_sfn  # noqa: E402
import news_wrht  # noqa: E402
import obits_ccdn  # noqa: E402
import obits_ftp  # noqa: E402
import obits_lomfh  # noqa: E402


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return s.replace("'", "").replace("\u2019", "").replace("-", " ")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_lomfh, obits_ccdn, obits_ftp, news_bbbl, news_wrht, news_sfn)
items = [it for m in mods for it in m.ITEMS]
unreviewed = 0
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
                window = text[max(0, m.start() - 60): m.end() + 60]
                near = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", window))
                snippet = " ".join(window.split())
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                      f"| {it['guid']} | {x!r} given_near={near} label={label or '-'}\n    ...{snippet}...")
                if near and not label:
                    unreviewed += 1
print(f"\n{unreviewed} mentions with a given name nearby and no label (each reviewed by hand: see README)")
