"""Audit (adapted from independent4's): every place a roster client's surname (a part of it, or the maiden name)
appears with a matching given name or nickname, or any hand label, so unlabelled mentions can be reviewed."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_kcn  # noqa: E402
import news_tv  # noqa: E402
import obits_hsb  # noqa: E402
import obits_kcc  # noqa: E402
import obits_sof  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
items = [it for m in (obits_kcc, obits_sof, obits_hsb, news_tv, news_kcn) for it in m.ITEMS]
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    givens |= {fold(r["nickname"])} if r["nickname"] else set()
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits_last = [x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text)]
        if not hits_last:
            continue
        hits_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if hits_given or label:
            print(f"{r['client_id']} {r['first_name']:<10} {r['last_name']:<16} {r['city']:<9} {it['guid'][4:]:<36} "
                  f"given={hits_given} last={hits_last} label={label or '-'} dnc={r['do_not_contact']}")
