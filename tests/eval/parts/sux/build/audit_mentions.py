"""Audit: every occurrence of every client surname (each part of a compound surname, and the maiden name) in the
obituary and news texts, with the given names found in the same text and the hand label ('-' for none), so each
mention can be reviewed by a person. Adapted from independent4/build/audit_mentions.py (prints every surname hit,
not only those with a matching given name)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news  # noqa: E402
import obits  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
items = [it for lst in (obits.FH, obits.SDT, obits.PCP, news.SBL, news.KTV, news.NBR) for it in lst]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"].split(" ")[0])}
    givens |= {fold(r["nickname"])} if r["nickname"] else set()
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        spans: list[tuple[int, int]] = []
        for x in sorted(lasts, key=len, reverse=True):   # a part inside an already-listed full surname is skipped
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                if any(a <= m.start() and m.end() <= b for a, b in spans):
                    continue
                spans.append(m.span())
                ctx = text[max(0, m.start() - 45):m.end() + 30].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                n += 1
                print(f"{r['client_id']} {last:<18} {it['guid']:<34} label={label or '-'} dnc={r['do_not_contact']} "
                      f"given={hits_given} | ...{ctx}...")
print(f"{n} surname occurrences", file=sys.stderr)
