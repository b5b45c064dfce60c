"""Audit: every occurrence of every client surname (each part of a compound surname, and the maiden name) in the
bgm feeds' texts, with the given names/nicknames found in the same item and the hand label ('-' for none), so each
mention can be reviewed by a person. Run: /work/main/.venv/bin/python tests/eval/parts/bgm/build/audit_mentions.py"""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_stbr  # noqa: E402
import news_tcn  # noqa: E402
import news_wbxt  # noqa: E402
import obits_ch  # noqa: E402
import obits_fh  # noqa: E402
import obits_sn  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_sn, obits_ch, news_stbr, news_wbxt, news_tcn)
items = [it for m in mods for it in m.ITEMS]
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    givens |= {fold(r["nickname"])} if r["nickname"] else set()
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 45):m.end() + 45].replace("\n", " ")
                hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                      f"| {it['guid']} | given={hits_given} | label={label or '-'} | ...{ctx}...")
