"""Compute the weather rows of gold.csv from the labelling rules (not from the engine).

Copied from tests/eval/independent4/label_weather.py; only the part folder path changed.

Rules: only severity Severe/Extreme, status Actual, messageType Alert or Update count. A client is in the area
when inside the alert polygon (roster coordinates, or the ZIP centroid when blank); when the alert has no
polygon, when the client's county FIPS (or the ZIP's county when blank) is among the SAME codes ('0' + FIPS).
One outreach per client per storm (storm = office.phenomenon.significance.ETN from VTEC); the item_id is the
alert that first covered the client. do_not_contact clients get nothing.

Run after build/make_feeds.py: it drops any weather rows in gold.csv and appends freshly computed ones.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from datetime import datetime
from pathlib import Path

import addfips
import zipcodes
from shapely.geometry import Point, shape

SPLIT = Path(__file__).resolve().parent.parent   # tests/eval/parts/nat
AF = addfips.AddFIPS()


def client_place(r: dict) -> tuple[Point, str]:
    z = zipcodes.matching(r["postal_code"])[0]
    if r["latitude"] and r["longitude"]:
        pt = Point(float(r["longitude"]), float(r["latitude"]))
    else:
        pt = Point(float(z["long"]), float(z["lat"]))
    fips = r["county_fips"] or AF.get_county_fips(z["county"], state=z["state"])
    return pt, fips


def storm_key(p: dict) -> str:
    vtec = p["parameters"]["VTEC"][0]
    m = re.match(r"/[OTEX]\.[A-Z]{3}\.([A-Z]{4})\.([A-Z]{2})\.([A-Z])\.(\d{4})\.", vtec)
    return ".".join(m.groups())


def main() -> int:
    with open(SPLIT / "roster.csv", newline="", encoding="utf-8") as fh:
        roster = [r for r in csv.DictReader(fh)]
    clients = {r["client_id"]: client_place(r) for r in roster if r["do_not_contact"].lower() != "true"}
    feats = []
    for f in sorted((SPLIT / "feeds").glob("*.json")):
        feats += json.loads(f.read_text(encoding="utf-8"))["features"]
    feats.sort(key=lambda f: datetime.fromisoformat(f["properties"]["sent"]))
    covered: dict[str, set[str]] = {}
    rows = []
    for f in feats:
        p = f["properties"]
        counts = p["severity"] in ("Severe", "Extreme") and p["status"] == "Actual"
        if not counts or p["messageType"] not in ("Alert", "Update"):
            continue
        key = storm_key(p)
        done = covered.setdefault(key, set())
        geom = shape(f["geometry"]) if f["geometry"] else None
        same = {s[1:] for s in p["geocode"]["SAME"]}
        for cid, (pt, fips) in sorted(clients.items()):
            inside = geom.contains(pt) if geom is not None else fips in same
            if inside and cid not in done:
                done.add(cid)
                rows.append((cid, f["id"], "weather", "in_area"))  # the feature id: what the parser calls the item
                print(f"{cid} {p['event']:<28} {p['messageType']:<7} {p['id'][-22:]}", file=sys.stderr)
    gold_path = SPLIT / "gold.csv"
    with open(gold_path, newline="", encoding="utf-8") as fh:
        kept = [tuple(r.values()) for r in csv.DictReader(fh) if r["kind"] != "weather"]
    with open(gold_path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client_id", "item_id", "kind", "role"])
        w.writerows(kept + rows)
    print(f"{len(rows)} weather rows; {len(kept) + len(rows)} gold rows in all")
    return 0


if __name__ == "__main__":
    sys.exit(main())
