"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the `apn` part.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/apn/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/apn/build/label_weather.py   (adds the weather rows)
Adapted from tests/eval/independent4/build/make_feeds.py.
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
from roster_data import ADVISER, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_FEEDS = (obits_data.TBC, obits_data.NOT, obits_data.BCFH, obits_data.SCB)
NEWS_FEEDS = (news_data.WTBA, news_data.HSA, news_data.SSN)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"apn{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "MI", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="MI")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}" if street else cid
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(989) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "MI",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@sunriseside.example", "advisor_email": ADVISER,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street, "birth_date": birth,
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

    # 1. daily newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.thunderbaycourier.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_data.TBC]
    rss(feeds / "apn_thunder_bay_courier_obituaries.rss", "Thunder Bay Courier - Obituaries",
        "https://www.thunderbaycourier.example/obituaries/", "Obituaries from the Thunder Bay Courier, Alpena, Mich.",
        "2026-05-05T06:05:00-04:00", items)

    # 2. paid death notices, terse surname-first
    items = [plain_item(it, f"https://www.huronshoreshopper.example/notices/{it['guid']}", "Death Notices")
             for it in obits_data.NOT]
    rss(feeds / "apn_huron_shore_shopper_death_notices.rss", "Huron Shore Shopper - Death Notices",
        "https://www.huronshoreshopper.example/notices/", "Paid death notices, Alpena, Alcona, Montmorency and Presque Isle Counties",
        "2026-05-12T05:05:00-04:00", items)

    # 3. funeral home site, HTML in content:encoded, permalink-style link, non-permalink guid
    items = []
    for it in obits_data.BCFH:
        link = f"https://www.bannistercleary.example/obituary/{slug(it['title'])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Bannister-Cleary Funeral Homes</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "apn_bannister_cleary_funeral_homes.rss", "Bannister-Cleary Funeral Homes - Obituaries",
        "https://www.bannistercleary.example/obituaries/", "Alpena, Rogers City and Oscoda chapels",
        "2026-06-12T09:35:00-04:00", items, NS_CONTENT + NS_DC)

    # 4. parish bulletin, plain text
    items = [plain_item(it, f"https://www.stcasimirposen.example/bulletin#{it['guid']}", "Remember in Prayer")
             for it in obits_data.SCB]
    rss(feeds / "apn_st_casimir_posen_bulletin.rss", "Sts. Casimir & Hyacinth Parish, Posen - Bulletin",
        "https://www.stcasimirposen.example/bulletin", "Remember in Prayer: from the weekly parish bulletin",
        "2026-05-17T07:05:00-04:00", items)

    # 5. TV station, HTML descriptions
    items = []
    for it in news_data.WTBA:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wtba11.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WTBA 11 News Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "apn_wtba11_local_news.rss", "WTBA 11 News - Local", "https://www.wtba11.example/",
        "Local news for northeast Michigan", "2026-06-28T17:45:00-04:00", items, NS_DC)

    # 6. weekly, plain text
    items = [plain_item(it, f"https://www.huronshoreadvance.example/news/{it['guid']}", "Local News")
             for it in news_data.HSA]
    rss(feeds / "apn_huron_shore_advance_news.rss", "Huron Shore Advance", "https://www.huronshoreadvance.example/",
        "Weekly news from Alcona and Presque Isle Counties", "2026-04-08T06:05:00-04:00", items)

    # 7. community newsletter: teaser + content:encoded
    items = []
    for it in news_data.SSN:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://sunrisesidenotes.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "apn_sunrise_side_community_notes.rss", "Sunrise Side Community Notes",
        "https://sunrisesidenotes.example/", "Community news from Michigan's Sunrise Side",
        "2026-06-10T08:05:00-04:00", items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
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
        props = {
            "@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
            "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
            "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
            "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
            "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
            "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
            "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
            "response": a["response"], "parameters": params,
        }
        # the brief asks every alert id to start with apn_: the feature id is the bare apn_ identifier
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for Michigan", "updated": "2026-07-14T21:15:00+00:00"}
    (feeds / "apn_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for feeds, kind in ((OBIT_FEEDS, "bereavement"), (NEWS_FEEDS, "news")):
        for feed in feeds:
            for it in feed:
                assert it["guid"].startswith("apn_") and it["guid"] not in guids, it["guid"]
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
