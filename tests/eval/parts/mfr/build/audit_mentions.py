"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname with
its suffix removed, and the maiden name) in every text, with the given names/nicknames found in the same text and
the hand label (or '-' for none), so each mention can be reviewed by a person.
Adapted from independent4/build/audit_mentions.py: here every surname hit is printed, with a snippet."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_rvn  # noqa: E402
import news_sobj  # noqa: E402
import news_tv  # noqa: E402
import obits_ecv  # noqa: E402
import obits_rvc  # noqa: E402
import obits_shf  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
PARTICLES = {"del", "de", "la", "van", "von"}
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_shf, obits_rvc, obits_ecv, news_sobj, news_tv, news_rvn)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2 and fold(p) not in PARTICLES}
    lasts.add(fold(last))
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", ""), fold(r["first_name"].split(" ")[0])}
    if r["nickname"]:
        givens.add(fold(r["nickname"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits = [(m.start(), x) for x in lasts for m in re.finditer(r"\b" + re.escape(x) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits and not label:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
              f"in {it['guid']}: label={label or '-'} given={hits_given}")
        for pos, x in sorted(hits):
            print(f"      ...{text[max(0, pos - 60):pos + 40].replace(chr(10), ' ')}...")
        n += 1
print(f"{n} client/item pairs with a surname mention or a label")
