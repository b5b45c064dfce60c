"""Audit: every place a roster client's surname (or a part of it, or the maiden name) appears in a text, with
whether a matching given name or nickname is also there and the hand label (or '-' for none), so that every
mention can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py (this one
prints every surname/maiden-name occurrence, not only those near a given name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_prbw  # noqa: E402
import news_scn  # noqa: E402
import news_tv  # noqa: E402
import obits_hnb  # noqa: E402
import obits_sent  # noqa: E402
import obits_trfc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_trfc, obits_sent, obits_hnb, news_prbw, news_tv, news_scn)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    parts = last.split(" ")
    lasts = {fold(last)} | ({fold(p) for p in parts if len(p) > 2} if len(parts) == 2 and "Twice" not in last else set())
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 60): m.end() + 40].replace("\n", " ")
                near = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", ctx)]
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                n += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | "
                      f"label={label or '-'} dnc={r['do_not_contact']} given_near={near}\n    ...{ctx}...")
print(f"{n} mentions", file=sys.stderr)
