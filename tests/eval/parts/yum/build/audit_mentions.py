"""Audit: every place a roster client's surname (each part of a compound surname, the particle surname as a whole,
or the maiden name) appears in any obituary or news text, with whether a matching given name or nickname is near
and the hand label (or '-' for none), so that every mention can be reviewed by a person.
Adapted from tests/eval/independent4/build/audit_mentions.py: prints every surname hit, not only those with a given
name, and the sentence around it."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_kswy  # noqa: E402
import news_ycn  # noqa: E402
import news_yvbw  # noqa: E402
import obits_ctr  # noqa: E402
import obits_esd  # noqa: E402
import obits_smfh  # noqa: E402
import obits_ytd  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
PARTICLES = {"de", "la", "del", "los", "van", "von"}
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_smfh, obits_ytd, obits_esd, obits_ctr, news_yvbw, news_kswy, news_ycn)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2 and fold(p) not in PARTICLES}
    lasts |= {fold(last).replace(" ", ""), fold(last)}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " \n\n" + it["body"]).replace("-", " ")
        hits = [x for x in sorted(lasts) if re.search(r"\b" + re.escape(x) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits and not label:
            continue
        n += 1
        given = [g for g in sorted(givens) if re.search(r"\b" + re.escape(g) + r"\b", text)]
        print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) dnc={r['do_not_contact']}"
              f"  {it['guid']}  given={given} last={hits}  LABEL={label or '-'}")
        for x in hits:
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                a, b = max(0, m.start() - 90), min(len(text), m.end() + 60)
                print("      ..." + text[a:b].replace("\n", " ") + "...")
print(f"{n} client/item pairs with a surname mention or a label")
