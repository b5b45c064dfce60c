"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the slw part.

Run: /work/main/.venv/bin/python tests/eval/parts/slw/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/slw/build/label_weather.py   (adds the weather rows)
Pattern: tests/eval/independent4/build/make_feeds.py, adapted.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from datetime import datetime
from email.utils import format_datetime
from pathlib import Path
from xml.sax.saxutils import escape

import addfips
import zipcodes

HERE = Path(__file__).resolve().parent
PART = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_data  # noqa: E402
import obits_data  # noqa: E402
from roster_data import ADVISER, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"slw{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(410) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@shoremail.example", "advisor_email": ADVISER[cid],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
    with open(PART / "roster.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=HEADER)
        w.writeheader()
        w.writerows(rows)


def rfc822(iso: str) -> str:
    return format_datetime(datetime.fromisoformat(iso))


def paras(body: str) -> list[str]:
    return [p.strip() for p in body.strip().split("\n\n") if p.strip()]


def html(body: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paras(body))


def first_sentence(body: str) -> str:
    p = paras(body)[0]
    m = re.match(r"(.+?[.!?])(\s|$)", p)
    return m.group(1) if m else p


def slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def rss(path: Path, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def head(it: dict, link: str, perma: bool = False) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="{"true" if perma else "false"}">{it["guid"]}</guid>\n'
            f"<pubDate>{rfc822(it['pub'])}</pubDate>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper obituaries: plain-text description
    items = [head(it, f"https://www.dailytidewater.example/obituaries/{slug(it['title'])}/{it['guid']}")
             + f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in obits_data.TIDEWATER]
    rss(feeds / "slw_daily_tidewater_obituaries.rss", "The Daily Tidewater - Obituaries",
        "https://www.dailytidewater.example/obituaries/", "Obituaries from Salisbury and the lower Eastern Shore",
        "2026-05-18T05:35:00-04:00", items)

    # 2. funeral-home site: one-sentence description, HTML in content:encoded
    items = [head(it, f"https://www.hollowaywongusfh.example/obituary/{it['guid']}")
             + "<dc:creator>Holloway &amp; Wongus Funeral Homes</dc:creator>\n"
             f"<description>{escape(first_sentence(it['body']))}</description>\n"
             f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
             "</content:encoded>\n</item>\n"
             for it in obits_data.FUNERAL_HOME]
    rss(feeds / "slw_holloway_wongus_funeral_homes.rss", "Holloway & Wongus Funeral Homes - Obituaries",
        "https://www.hollowaywongusfh.example/obituaries/", "Cambridge, Princess Anne, Fruitland and Pocomoke City",
        "2026-06-01T14:25:00-04:00", items, NS_CONTENT + NS_DC)

    # 3. paid death notices and church bulletin column: brief plain text
    items = [head(it, f"https://notices.baysidedeathnotices.example/{it['guid']}")
             + f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in obits_data.NOTICES]
    rss(feeds / "slw_bayside_death_notices.rss", "Bayside Death Notices",
        "https://notices.baysidedeathnotices.example/", "Paid death notices and church notices, Somerset, Wicomico and Dorchester",
        "2026-05-20T07:05:00-04:00", items)

    # 4. TV station site: HTML in description
    items = [head(it, f"https://www.delmarva16.example/news/local/{slug(it['title'])}")
             + "<dc:creator>Delmarva 16 Digital</dc:creator>\n"
             f"<description>{escape(html(it['body']))}</description>\n</item>\n"
             for it in news_data.TV]
    rss(feeds / "slw_delmarva16_local.rss", "Delmarva 16 - Local News", "https://www.delmarva16.example/",
        "Local news from Salisbury and Delmarva", "2026-07-08T18:05:00-04:00", items, NS_DC)

    # 5. community weekly: plain text
    items = [head(it, f"https://www.shoreweeklyledger.example/{it['guid']}")
             + f"<category>Community</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in news_data.WEEKLY]
    rss(feeds / "slw_shore_weekly_ledger.rss", "The Shore Weekly Ledger", "https://www.shoreweeklyledger.example/",
        "Community and business news from Dorchester, Wicomico, Somerset and Worcester",
        "2026-06-25T06:05:00-04:00", items)

    # 6. NWS alerts: api.weather.gov /alerts/active GeoJSON
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        fid = f"slw_{a['id']}"
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/slw_{r}", "identifier": f"slw_{r}",
                 "sender": "w-nws.webmaster@noaa.gov", "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{fid}", "@type": "wx:Alert", "id": fid,
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        # the feature's top-level id is what identifies the item; it starts with slw_ as the brief asks
        features.append({"id": fid, "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for Maryland", "updated": "2026-07-14T21:00:00+00:00"}
    (feeds / "slw_nws_alerts_active_md.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for items, kind in ((obits_data.ALL, "bereavement"), (news_data.ALL, "news")):
        for it in items:
            assert it["guid"].startswith("slw_") and it["guid"] not in guids, it["guid"]
            guids.add(it["guid"])
            for cid, role in it["gold"]:
                assert cid in ids and cid not in dnc, cid
                rows.append((cid, it["guid"], kind, role))
    assert len(rows) == len(set(rows))
    with open(PART / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client_id", "item_id", "kind", "role"])
        w.writerows(rows)


if __name__ == "__main__":
    write_roster()
    write_feeds()
    write_hand_gold()
    print("ok")
