"""Audit: every place a roster client's surname (or any part of it) appears near a matching given name/nickname,
with the hand label (or '-' for none), so unlabelled mentions can be reviewed by a person."""
import csv, re, sys, unicodedata
from pathlib import Path
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import obits_bvt, obits_gbfh, obits_htrib, obits_rrir, news_egcn, news_wpnw

def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace("'", "")

roster = list(csv.DictReader(open(HERE.parent / "roster.csv")))
items = [it for m in (obits_bvt, obits_gbfh, obits_htrib, obits_rrir, news_egcn, news_wpnw) for it in m.ITEMS]
for r in roster:
    lasts = {fold(p) for p in re.split(r"[ ]", r["last_name"].replace(" Jr.", "")) if len(p) > 2}
    lasts |= {fold(r["last_name"].replace(" Jr.", "")).replace(" ", "")}
    if r["maiden_name"]:
        lasts.add(fold(r["maiden_name"]))
    givens = {fold(r["first_name"]), fold(r["first_name"]).replace(" ", "")} | ({fold(r["nickname"])} if r["nickname"] else set())
    for it in items:
        text = fold(it["title"] + " " + it["body"])
        hits_last = [l for l in lasts if re.search(r"\b" + re.escape(l) + r"\b", text)]
        if not hits_last:
            continue
        hits_given = [g for g in givens if re.search(r"\b" + re.escape(g) + r"\b", text)]
        label = [role for cid, role in it["gold"] if cid == r["client_id"]]
        if hits_given or label:
            print(f"{r['client_id']} {r['first_name']} {r['last_name']:<16} {r['city']:<14} {it['guid'][-34:]:<36} given={hits_given} last={hits_last} label={label or '-'}")
