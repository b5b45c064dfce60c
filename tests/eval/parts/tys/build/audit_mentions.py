"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname with
particles or apostrophes restored/removed, and the maiden name) in every feed text, with the hand label (or '-'),
so that each mention can be reviewed by a person. Prints one line per occurrence with its context."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_fn  # noqa: E402
import news_kvbj  # noqa: E402
import news_wtys  # noqa: E402
import obits_kcs  # noqa: E402
import obits_me  # noqa: E402
import obits_sffh  # noqa: E402


def fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_sffh, obits_kcs, obits_me, news_kvbj, news_wtys, news_fn)
items = [it for m in mods for it in m.ITEMS]
items += [dict(guid=a["id"], title=a["headline"], body=a["description"], gold=[]) for a in alerts_data.ALERTS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    for it in items:
        text = fold(it["title"] + " \n " + it["body"])
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        for x in sorted(lasts):
            for m in re.finditer(r"\b" + re.escape(x) + r"\b", text):
                ctx = text[max(0, m.start() - 60):m.end() + 40].replace("\n", " ")
                n += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) | {it['guid'][:40]} | "
                      f"label={label or '-'} dnc={r['do_not_contact']} | ...{ctx}...")
print(f"{n} occurrences", file=sys.stderr)
