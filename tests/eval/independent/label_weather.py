"""Recompute the weather rows of gold.csv from the alert file and the roster, without the engine.

    .venv/bin/python tests/eval/independent/label_weather.py        # exit 1 if gold.csv disagrees

The rules are the issue's, written out independently: only Severe/Extreme, status Actual, msgType
Alert or Update; inside the polygon when the alert has one and the client has coordinates (roster or
ZIP centroid), otherwise the county's SAME code; one outreach per client per storm (storm = VTEC
office+phenomenon+ETN), credited to the alert that first covered the client; do_not_contact clients
and clients whose own obituary (a deceased_client gold row) was published earlier get nothing.
"""

from __future__ import annotations

import csv
import sys
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

import addfips
import zipcodes
from shapely.geometry import Point, Polygon

HERE = Path(__file__).parent
ATOM = "{http://www.w3.org/2005/Atom}"
CAP = "{urn:oasis:names:tc:emergency:cap:1.2}"


def alerts() -> list[dict]:
    """The entries of feeds/nws_alerts.atom in publication order (valueName/value sit in the Atom namespace)."""
    out = []
    for e in ET.parse(HERE / "feeds" / "nws_alerts.atom").getroot().iter(f"{ATOM}entry"):
        params = {p.findtext(f"{ATOM}valueName"): p.findtext(f"{ATOM}value") for p in e.iter(f"{CAP}parameter")}
        vtec = params["VTEC"].strip("/").split(".")  # O, NEW, KMPX, SV, W, 0187, times
        poly = (e.findtext(f"{CAP}polygon") or "").split()
        out.append({
            "id": e.findtext(f"{ATOM}id"),
            "published": datetime.fromisoformat(e.findtext(f"{ATOM}published")),
            "severity": e.findtext(f"{CAP}severity"), "status": e.findtext(f"{CAP}status"),
            "msg_type": e.findtext(f"{CAP}msgType"),
            "same": {g.findtext(f"{ATOM}value")[1:] for g in e.iter(f"{CAP}geocode")
                     if g.findtext(f"{ATOM}valueName") == "SAME"},
            "polygon": Polygon([(float(p.split(",")[1]), float(p.split(",")[0])) for p in poly]) if poly else None,
            "storm": ".".join(vtec[2:6]),
        })
    return sorted(out, key=lambda a: a["published"])


def deaths(gold: list[dict]) -> dict[str, datetime]:
    """client_id -> publication time of that client's own obituary."""
    published = {}
    for f in (HERE / "feeds").glob("*.rss"):
        for item in ET.parse(f).getroot().iter("item"):
            published[item.findtext("guid")] = parsedate_to_datetime(item.findtext("pubDate"))
    return {g["client_id"]: published[g["item_id"]] for g in gold if g["role"] == "deceased_client"}


def where(client: dict, fips: addfips.AddFIPS) -> tuple[str, Point | None]:
    """County FIPS and location: roster values first, ZIP centroid and county when blank."""
    county, lat, lon = client["county_fips"], client["latitude"], client["longitude"]
    if client["postal_code"]:
        z = zipcodes.matching(client["postal_code"])[0]
        lat, lon = lat or z["lat"], lon or z["long"]
        county = county or fips.get_county_fips(z["county"].removesuffix(" County"), z["state"])
    return county, Point(float(lon), float(lat)) if lat and lon else None


def label() -> list[tuple[str, str, str, str]]:
    with open(HERE / "gold.csv", newline="", encoding="utf-8") as fh:
        died = deaths(list(csv.DictReader(fh)))
    with open(HERE / "roster.csv", newline="", encoding="utf-8") as fh:
        clients = list(csv.DictReader(fh))
    fips = addfips.AddFIPS()
    places = {c["client_id"]: where(c, fips) for c in clients}
    reached: set[tuple[str, str]] = set()
    rows = []
    for a in alerts():
        if (a["severity"] not in ("Severe", "Extreme") or a["status"] != "Actual"
                or a["msg_type"] not in ("Alert", "Update")):
            continue
        for c in clients:
            cid = c["client_id"]
            if c["do_not_contact"].lower() == "true" or (cid in died and died[cid] <= a["published"]):
                continue
            county, point = places[cid]
            inside = county in a["same"] and (a["polygon"] is None or point is None or a["polygon"].contains(point))
            if inside and (cid, a["storm"]) not in reached:
                reached.add((cid, a["storm"]))
                rows.append((cid, a["id"], "weather", "in_area"))
    return rows


def main() -> int:
    computed = set(label())
    with open(HERE / "gold.csv", newline="", encoding="utf-8") as fh:
        labelled = {(r["client_id"], r["item_id"], r["kind"], r["role"]) for r in csv.DictReader(fh)
                    if r["kind"] == "weather"}
    for row in sorted(computed ^ labelled):
        print(("only computed: " if row in computed else "only in gold.csv: ") + ",".join(row))
    print(f"{len(computed)} weather rows computed, {len(labelled)} in gold.csv")
    return 0 if computed == labelled else 1


if __name__ == "__main__":
    sys.exit(main())
