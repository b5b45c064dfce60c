"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part bjd.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/bjd/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/bjd/build/label_weather.py   (adds the weather rows)
Adapted from the pattern of independent4/build/make_feeds.py.
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits.PIONEER, obits.LAKELAND, obits.NOTICES)
NEWS_LISTS = (news.TV, news.BIZ, news.COMMUNITY)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"bjd{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "MN", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="MN")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{spf}{spl}|{street}|{zp}" if not street else f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(218) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "MN",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@northmail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": birth,
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


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. regional daily, obituary page, plain text
    items = [plain_item(it, f"https://www.northstarpioneer.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits.PIONEER]
    rss(feeds / "bjd_north_star_pioneer_obituaries.rss", "North Star Pioneer - Obituaries",
        "https://www.northstarpioneer.example/obituaries", "Obituaries from Bemidji and the lakes country",
        "2026-06-02T06:05:00-05:00", items)

    # 2. funeral home: one-sentence plain description, HTML body in content:encoded, guid is not the link
    items = []
    for it in obits.LAKELAND:
        link = f"https://www.lakelandpinesfh.example/obituary/{it['guid'][len('bjd_lpfh_2026_'):]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Lakeland Pines Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "bjd_lakeland_pines_funeral_home.rss", "Lakeland Pines Funeral Home - Obituaries",
        "https://www.lakelandpinesfh.example/obituaries", "Bemidji, Cass Lake, Walker and Red Lake",
        "2026-06-09T09:05:00-05:00", items, NS_CONTENT + NS_DC)

    # 3. paid death notices and a church bulletin's prayer list, plain text
    items = [plain_item(it, f"https://notices.northcountry.example/{it['guid']}", "Death Notices")
             for it in obits.NOTICES]
    rss(feeds / "bjd_north_country_death_notices.rss", "North Country Death Notices",
        "https://notices.northcountry.example/", "Paid death notices and parish prayer lists, Beltrami and Cass Counties",
        "2026-06-11T07:05:00-05:00", items)

    # 4. TV station: HTML in description
    items = []
    for it in news.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.knlt12.example/news/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Northland 12 News</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "bjd_knlt_northland12_news.rss", "Northland 12 KNLT - Local News", "https://www.knlt12.example/",
        "Local news for Bemidji, Walker, Red Lake and the lakes country", "2026-06-13T21:15:00-05:00", items, NS_DC)

    # 5. business paper: plain text
    items = [plain_item(it, f"https://www.ncbizledger.example/{it['guid']}", "Business") for it in news.BIZ]
    rss(feeds / "bjd_north_central_business_ledger.rss", "North Central Business Ledger",
        "https://www.ncbizledger.example/", "Business news from north-central Minnesota",
        "2026-05-12T06:35:00-05:00", items)

    # 6. weekly community page + Red Lake community newsletter: teaser + HTML in content:encoded
    items = []
    for it in news.COMMUNITY:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://lakescommunity.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "bjd_lakes_community_news.rss", "Lakes Community News - Pilot Shoreline & Red Lake Nation Notes",
        "https://lakescommunity.example/", "Community, church and school news from Walker, Cass Lake, Blackduck and Red Lake",
        "2026-05-14T09:05:00-05:00", items, NS_CONTENT)

    # 7. NWS alerts, /alerts/active GeoJSON
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        # top-level id = properties.id so the item id starts with bjd_ whichever one a reader takes
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-06-13T06:00:00+00:00"}
    (feeds / "bjd_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("bjd_") and it["guid"] not in guids, it["guid"]
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
