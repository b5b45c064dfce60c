"""Audit (adapted from independent4/build/audit_mentions.py): every place a roster client's surname (a part of it,
or the maiden name) appears with a matching given name or nickname, with the hand label ('-' for none)."""
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


items = [it for lst in (obits.COURIER, obits.FH, obits.NOTICES, news.TV, news.WEEKLY) for it in lst]
for r in csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")):
    last = re.sub(r" (Jr\.|Sr\.)$", "", r["last_name"])
    lasts = {fold(p) for p in re.split(r"[ -]", last) if len(p) > 2} | ({fold(r["maiden_name"])} if r["maiden_name"] else set())
    givens = {fold(r["first_name"]), fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hl = [x for x in lasts if re.search(r"\b" + re.escape(x) + r"\b", text)]
        if not hl:
            continue
        hg = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if hg or label:
            print(f"{r['client_id']} {r['first_name']:<11} {r['last_name']:<14} {it['guid']:<20} given={hg} last={hl} "
                  f"label={label or '-'} dnc={r['do_not_contact']}")
