"""Audit: every place a roster client's surname (or a part of a compound/hyphenated surname, or the maiden name)
appears in an item together with a matching given name or nickname, with the hand label ('-' for none), so
unlabelled mentions can be reviewed by a person. Hawaiian okina and kahako are folded away (Kaʻaihue = Kaaihue).
Adapted from tests/eval/independent4/build/audit_mentions.py.

Run: .venv/bin/python tests/eval/parts/ito/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_ehbw  # noqa: E402
import news_hpn  # noqa: E402
import news_tv  # noqa: E402
import obits_bifc  # noqa: E402
import obits_eht  # noqa: E402
import obits_kmc  # noqa: E402
import obits_whm  # noqa: E402


def fold(s: str) -> str:
    s = s.replace("\u02bb", "").replace("\u2018", "").replace("'", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_eht, obits_kmc, obits_whm, obits_bifc, news_tv, news_ehbw, news_hpn)
items = [it for m in mods for it in m.ITEMS]
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in re.split(r"[ -]", last) if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    if r["spouse_last_name"]:
        lasts.add(fold(SUFFIX.sub("", r["spouse_last_name"])))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = sorted(x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text))
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits_last and not label:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        if hits_given or label:
            print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<15} {r['city']:<11} {it['guid']:<34} "
                  f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
