"""Audit for part sbm: every place a roster client's surname (or a part of it, the maiden name, or the surname with
its particle split, "TerBeeke" = "Ter Beeke") appears with a matching given name or nickname, and every labelled
client, with the hand label ('-' for none), so unlabelled mentions can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py.

Run: .venv/bin/python tests/eval/parts/sbm/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_lbw  # noqa: E402
import news_ln  # noqa: E402
import news_tv  # noqa: E402
import obits_hm  # noqa: E402
import obits_ll  # noqa: E402
import obits_rb  # noqa: E402
import obits_wr  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_ll, obits_wr, obits_rb, obits_hm, news_tv, news_lbw, news_ln)
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
        squashed = text.replace(" ", "")
        hits_last = [x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text)]
        hits_last += [x + "(split)" for x in lasts if x not in hits_last and len(x) > 6 and x in squashed]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits_last and not label:
            continue
        hits_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        if hits_given or label:
            n += 1
            print(f"{r['client_id']} {r['first_name']:<9} {r['last_name']:<19} {r['city']:<15} {it['guid']:<40} "
                  f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
print(f"{n} mention lines", file=sys.stderr)
