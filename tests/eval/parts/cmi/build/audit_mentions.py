"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname without
a stored suffix or apostrophe, and the maiden name) in every obituary and news text, with a snippet, whether a
given name or nickname of that client appears in the text, and the hand label ('-' for none). Adapted from
tests/eval/independent4/build/audit_mentions.py. Run: .venv/bin/python tests/eval/parts/cmi/build/audit_mentions.py"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_cw  # noqa: E402
import news_nb  # noqa: E402
import news_tv  # noqa: E402
import obits_cb  # noqa: E402
import obits_dn  # noqa: E402
import obits_fh  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_dn, obits_cb, news_cw, news_tv, news_nb)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    givens |= {fold(r["first_name"]).replace("-", "")}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    print(f"== {r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) dnc={r['do_not_contact']}")
    for it in items:
        raw = it["title"] + " | " + it["body"].replace("\n", " ")
        text = fold(raw)
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        hits = []
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                hits.append((m.start(), text[max(0, m.start() - 60): m.end() + 40]))
        if not hits and not label:
            continue
        given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        print(f"  {it['guid']:<40} label={label or '-'} given={given} mentions={len(hits)}")
        for _, snip in sorted(hits):
            total += 1
            print(f"      ...{snip}...")
print(f"{total} surname/maiden mentions listed")
