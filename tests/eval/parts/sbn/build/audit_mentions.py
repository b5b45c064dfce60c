"""Audit: every occurrence of every roster client's surname (each part of a compound surname, the surname with
its particle or apostrophe restored, and the maiden name) in every obituary/news text and alert, with context
and the hand label (or '-'), so each one can be reviewed by a person. Adapted from independent4's."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_mbw  # noqa: E402
import news_mn  # noqa: E402
import news_wkvl  # noqa: E402
import obits_hth  # noqa: E402
import obits_sjvc  # noqa: E402
import obits_wlfh  # noqa: E402


def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return s.replace("'", "").replace("\u2019", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_wlfh, obits_sjvc, obits_hth, news_mbw, news_wkvl, news_mn)
items = [it for m in mods for it in m.ITEMS]
items += [dict(guid=a["id"], title=a["event"], body=a["description"] + " " + a["areaDesc"], gold=[])
          for a in alerts_data.ALERTS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    keys = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        keys.add(fold(r["maiden_name"]).replace(" ", ""))
    for it in items:
        raw = fold(it["title"] + " | " + it["body"]).replace("-", " ")
        flat = raw.replace("\n", " ")
        for key in sorted(keys):
            # a particle may be written apart ("de vleeschouwer" for roster DeVleeschouwer)
            pat = re.compile(re.escape(key).replace("\\ ", " ?") if " " in key else
                             r"\b" + re.sub(r"^(de|van|o)", r"\1 ?", re.escape(key)) + r"\b")
            for m in pat.finditer(flat):
                ctx = flat[max(0, m.start() - 60):m.end() + 60]
                label = [role for cid, role in it["gold"] if cid == r["client_id"]]
                n += 1
                print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}, dnc={r['do_not_contact']}) "
                      f"| {it['guid']} | label={label or '-'} | ...{ctx}...")
print(f"{n} mentions", file=sys.stderr)
