"""Audit: every occurrence of every roster client's surname (each part of it, or the maiden name) in every text,
with the given names / nickname found in the same text and the hand label (or '-' for none), so that every mention
can be reviewed by a person. Adapted from tests/eval/independent4/build/audit_mentions.py (prints every surname hit,
not only those with a matching given name, and the sentence around each)."""

import csv
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import news_biz  # noqa: E402
import news_cv  # noqa: E402
import news_tv  # noqa: E402
import obits_cv  # noqa: E402
import obits_dn  # noqa: E402
import obits_fh  # noqa: E402


def fold(s: str) -> str:
    s = s.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")


SUFFIX = re.compile(r" (Jr\.|Sr\.|III)$")
roster = list(csv.DictReader(open(HERE.parent / "roster.csv", encoding="utf-8")))
mods = (obits_fh, obits_dn, obits_cv, news_biz, news_tv, news_cv)
items = [it for m in mods for it in m.ITEMS]
n = 0
for r in roster:
    last = SUFFIX.sub("", r["last_name"])
    lasts = {fold(p) for p in last.split(" ") if len(p) > 2} | {fold(last).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")}
    givens |= {fold(r["first_name"].split(" ")[0])} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"]).replace("-", " ")
        hits = [(x, m.start()) for x in lasts for m in re.finditer(r"\b" + re.escape(x) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if not hits and not label:
            continue
        hits_given = sorted(g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text))
        n += 1
        print(f"{r['client_id']} {r['first_name']} {r['last_name']} ({r['city']}) dnc={r['do_not_contact']} "
              f"| {it['guid']} | given={hits_given} | label={label or '-'}")
        for x, pos in sorted(hits, key=lambda h: h[1]):
            print(f"      {x}: ...{text[max(0, pos - 70):pos + 60]}...".replace("\n", " "))
print(f"{n} client/item pairs with a surname or maiden-name mention or a label")
