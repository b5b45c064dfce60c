"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname without
its suffix, apostrophe-folded, and the maiden name) in the part's feed texts, with a window of context and the
hand label for that client on that item ('-' for none), so each mention can be reviewed by a person."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_abw  # noqa: E402
import news_tn  # noqa: E402
import news_tv9  # noqa: E402
import obits_adv  # noqa: E402
import obits_lien  # noqa: E402
import obits_tof  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_tof, obits_adv, obits_lien, news_abw, news_tv9, news_tn)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("\n", " ")
        squashed = text.replace(" ", "")
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        hits = []
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                hits.append(text[max(0, m.start() - 45):m.end() + 25])
            if not hits and x in squashed:  # "de la houssaye" vs roster "DeLaHoussaye"
                hits.append(f"[squashed match of {x}]")
        if hits or label:
            n += 1
            print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                  f"{it['guid']} label={label or '-'}")
            for h in hits:
                print(f"      ...{h}...")
print(f"{n} client/item pairs", file=sys.stderr)
