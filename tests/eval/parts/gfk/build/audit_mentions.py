"""Audit for the gfk part: every place a roster client's surname (or a part of it, or the maiden name) appears
in an item together with a matching given name or nickname, or where the item carries a hand label for the
client, with the label (or '-' for none), so unlabelled mentions can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py.

Run: .venv/bin/python tests/eval/parts/gfk/build/audit_mentions.py
"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_pvb  # noqa: E402
import news_rrc  # noqa: E402
import news_tv  # noqa: E402
import obits_dn  # noqa: E402
import obits_frh  # noqa: E402
import obits_sbf  # noqa: E402
import obits_vlc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_frh, obits_sbf, obits_vlc, obits_dn, news_tv, news_pvb, news_rrc)
items = [it for m in mods for it in m.ITEMS]
unlabelled_items = [it["guid"] for it in items if not it["gold"]]
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    if r["first_name"] == "JoAnn":
        givens.add("jo ann")
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = [x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits_last and not label:
            continue
        hits_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        if hits_given or label:
            print(f"{r['client_id']} {r['first_name']:<15} {r['last_name']:<14} {r['city']:<16} {it['guid'][-34:]:<35} "
                  f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
print(f"\nitems with no label at all ({len(unlabelled_items)}): {', '.join(unlabelled_items)}")
