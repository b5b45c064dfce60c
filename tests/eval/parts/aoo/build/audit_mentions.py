"""Audit: every occurrence of every roster client's surname (each part of a compound surname, without a suffix)
and maiden name in every text of part aoo, with the hand label for that client ('-' for none) and whether a
matching given name or nickname is also present, so each mention can be reviewed by a person."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_biz  # noqa: E402
import news_comm  # noqa: E402
import news_tv  # noqa: E402
import obits_bcc  # noqa: E402
import obits_cove  # noqa: E402
import obits_fh  # noqa: E402
import obits_mc  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_bcc, obits_mc, obits_cove, news_biz, news_tv, news_comm)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 60): m.end() + 40].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", ctx))
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                n += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid']} | "
                      f"label={label or '-'} dnc={r['do_not_contact']} given_near={hits_given}\n    ...{ctx}...")
print(f"{n} mentions", file=sys.stderr)
