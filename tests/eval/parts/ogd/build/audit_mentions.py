"""Audit: every occurrence of every roster client's surname (each part of it, the whole without spaces, and the
maiden name) in every text, with the sentence around it, the given names/nicknames found in the same text, and the
hand label ('-' for none), so each mention can be reviewed by a person. Adapted from independent4."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_kogd  # noqa: E402
import news_tub  # noqa: E402
import news_vn  # noqa: E402
import obits_blfm  # noqa: E402
import obits_faith  # noqa: E402
import obits_mensajero  # noqa: E402
import obits_wve  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
STOP = {"van", "de", "la", "del", "los"}
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_blfm, obits_wve, obits_faith, obits_mensajero, news_tub, news_kogd, news_vn)
items = [it for m in mods for it in m.ITEMS]
total = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2 and fold(p) not in STOP} | {fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    if fold(last).startswith("o") and last[1:2].isupper():          # ORourke-style: O'Bannon in the text
        lasts.add(fold(last))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    print(f"== {r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) dnc={r['do_not_contact']}")
    for it in items:
        text = fold(it["title"] + " \n " + it["body"]).replace("-", " ")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        hits = []
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                hits.append(text[max(0, m.start() - 60): m.end() + 40].replace("\n", " "))
        if not hits and not label:
            continue
        given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        total += len(hits)
        print(f"   {it['guid']:<28} label={label or '-'} given={given}")
        for h in hits:
            print(f"        ...{h}...")
        if label and not hits:
            print("        !! labelled but no surname found")
print(f"{total} mentions")
