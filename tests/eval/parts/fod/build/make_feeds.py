"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the fod part.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/fod/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/fod/build/label_weather.py   (adds the weather rows)
Adapted from independent4/build/make_feeds.py.
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
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"fod{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "IA", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="IA")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}" if street else cid
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(515) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "IA",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@prairiemail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
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


def rss(name: str, title: str, link: str, desc: str, items: list[str], ns: str = "") -> None:
    built = max(re.findall(r"<pubDate>(.*?)</pubDate>", "".join(items)), key=lambda d: datetime.strptime(d, "%a, %d %b %Y %H:%M:%S %z"))
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n<description>{escape(desc)}</description>\n"
            f"<language>en-us</language>\n<lastBuildDate>{built}</lastBuildDate>\n")
    (PART / "feeds" / name).write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    # 1. daily newspaper, plain text
    rss("fod_webster_county_courier_obituaries.rss", "The Webster County Courier - Obituaries",
        "https://www.webstercountycourier.example/obituaries", "Obituaries from The Webster County Courier, Fort Dodge, Iowa",
        [plain_item(it, f"https://www.webstercountycourier.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}", "Obituaries")
         for it in obits.COURIER])
    # 2. funeral-home site: one-sentence description + HTML in content:encoded
    items = []
    for it in obits.FUNERAL_HOME:
        link = f"https://www.hjelmelandsoper.example/obituaries/{it['guid']}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Hjelmeland-Soper Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss("fod_hjelmeland_soper_funeral_chapels.rss", "Hjelmeland-Soper Funeral Chapels - Obituaries",
        "https://www.hjelmelandsoper.example/obituaries", "Fort Dodge, Humboldt and Eagle Grove chapels", items, NS_CONTENT + NS_DC)
    # 3. church bulletins: plain text
    rss("fod_humboldt_lutheran_bulletins.rss", "Trinity & Zion Lutheran, Humboldt - Bulletin prayer concerns",
        "https://www.humboldtlutheran.example/bulletin", "Prayer concerns and sympathy notes from the weekly bulletins",
        [plain_item(it, f"https://www.humboldtlutheran.example/bulletin/{it['guid']}", "Prayer concerns") for it in obits.BULLETIN])
    # 4. paid death notices
    rss("fod_north_iowa_death_notices.rss", "North Iowa Death Notices", "https://notices.northiowa.example/",
        "Paid death notices: Webster, Hamilton, Humboldt, Wright and Kossuth counties",
        [plain_item(it, f"https://notices.northiowa.example/{it['guid']}", "Death Notices") for it in obits.NOTICES])
    # 5. TV station site: HTML descriptions
    rss("fod_kfdw6_local_news.rss", "KFDW 6 North Iowa - Local News", "https://www.kfdw6.example/",
        "Local news from Fort Dodge, Webster City and north-central Iowa",
        [(f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://www.kfdw6.example/news/{slug(it['title'])}</link>\n"
          f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
          f"<dc:creator>KFDW 6 News Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
         for it in news.TV], NS_DC)
    # 6. weekly: teaser description + HTML in content:encoded
    rss("fod_two_rivers_weekly.rss", "The Two Rivers Weekly - Community", "https://tworiversweekly.example/",
        "Humboldt, Dakota City and Eagle Grove community news",
        [(f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://tworiversweekly.example/{it['guid']}</link>\n"
          f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
          f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
          f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n") for it in news.WEEKLY], NS_CONTENT)
    # 7. business paper: plain text
    rss("fod_nci_business_record.rss", "North Central Iowa Business Record", "https://www.ncibusinessrecord.example/",
        "Business news from Fort Dodge, Webster City, Humboldt and Eagle Grove",
        [plain_item(it, f"https://www.ncibusinessrecord.example/{it['guid']}", "Business") for it in news.BUSINESS])
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
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": a["id"], "type": "Feature",  # top-level id = the alert id (starts with fod_)
                         "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States", "updated": "2026-10-29T09:00:00+00:00"}
    (feeds / "fod_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for items, kind in ((obits.ALL, "bereavement"), (news.ALL, "news")):
        for it in items:
            assert it["guid"].startswith("fod_") and it["guid"] not in guids, it["guid"]
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
