"""Audit: every occurrence of every client surname (or a part of a compound surname, or the maiden name) in every
text of the fsd part, with the hand label for that client (or '-'), so each mention can be reviewed by a person.
Adapted from independent4/build/audit_mentions.py: prints every surname hit, not only those near a given name."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_hn  # noqa: E402
import news_sbl  # noqa: E402
import news_tv  # noqa: E402
import obits_bsm  # noqa: E402
import obits_prf  # noqa: E402
import obits_svc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_prf, obits_svc, obits_bsm, news_sbl, news_tv, news_hn)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        spans: list[tuple[int, int]] = []
        for x in sorted(lasts, key=len, reverse=True):   # longest first; a part inside a printed span is skipped
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                if any(a <= m.start() < b for a, b in spans):
                    continue
                spans.append((m.start(), m.end()))
                total += 1
                ctx = text[max(0, m.start() - 45):m.end() + 30].replace("\n", " ")
                near_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", ctx)]
                print(f"{r['client_id']} {r['first_name']} {r['last_name']:<19} {it['guid']:<34} "
                      f"label={','.join(label) or '-':<26} given={near_given} dnc={r['do_not_contact']} | ...{ctx}...")
        if label and not any(re.search(r"\b" + re.escape(x) + r"\b", text) for x in lasts):
            print(f"!! {r['client_id']} labelled {label} in {it['guid']} but no surname in the text")
print(f"{total} mentions")
