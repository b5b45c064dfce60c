"""Audit: every occurrence of every roster client's surname (each part of it, and the maiden name) in the shv
feeds' texts, with the sentence around it, the hand label for that client on that item ('-' for none), and
whether a given name/nickname of the client is also in the item. Review every line by hand."""

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
items = [it for lst in (obits.FH, obits.NOTICES, obits.COMMUNITY, news.BIZ, news.TV, news.COMMUNITY) for it in lst]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 3} | {fold(last).replace(" ", "")}
    if fold(last).startswith("st. "):
        lasts = {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 60): m.end() + 40].replace("\n", " ")
                g = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
                n += 1
                print(f"{r['client_id']} {it['guid'][:34]:<34} {x:<12} label={label or '-'} given={g} dnc={r['do_not_contact']}\n    ...{ctx}...")
print(n, "occurrences")
