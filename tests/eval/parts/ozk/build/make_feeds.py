"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part ozk.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/ozk/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/ozk/build/label_weather.py   (adds the weather rows)
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits.LEDGER, obits.FUNERAL_HOME, obits.NOTICES)
NEWS_LISTS = (news.TV, news.WEEKLY, news.BUSINESS)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ozk{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows = []
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, ph, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "AR", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="AR")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        base = re.sub(r" Jr\.$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "AR",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@ozarkmail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": f"(870) 555-01{ph}" if ph else "", "address_line": street,
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
            f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.boonecountyledger.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits.LEDGER]
    rss(feeds / "ozk_boone_county_ledger_obituaries.rss", "Boone County Ledger - Obituaries",
        "https://www.boonecountyledger.example/obituaries", "Obituaries from Harrison and Boone County, Arkansas",
        "2026-07-21T06:05:00-05:00", items)

    # 2. funeral-home site: HTML content:encoded, one-sentence description; guid is not a URL
    items = []
    for it in obits.FUNERAL_HOME:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ridgelinefuneralhome.example/obituaries/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Ridgeline Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ozk_ridgeline_funeral_home.rss", "Ridgeline Funeral Home - Obituaries",
        "https://www.ridgelinefuneralhome.example/obituaries",
        "Harrison, Mountain Home and Yellville chapels", "2026-09-22T16:05:00-05:00", items, NS_CONTENT + NS_DC)

    # 3. paid death notices and church-bulletin prayer lists, plain text
    items = [plain_item(it, f"https://notices.twinlakes.example/{it['guid']}", "Death Notices")
             for it in obits.NOTICES]
    rss(feeds / "ozk_twin_lakes_notices.rss", "Twin Lakes Notices - Death Notices & Prayer Lists",
        "https://notices.twinlakes.example/", "Paid death notices and church bulletins, north Arkansas",
        "2026-09-08T05:05:00-05:00", items)

    # 4. TV station: HTML descriptions
    items = []
    for it in news.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.komt7.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KOMT Ozark Mountain 7</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ozk_komt7_local_news.rss", "KOMT Ozark Mountain 7 - Local News", "https://www.komt7.example/",
        "Local news from the Arkansas Ozarks", "2026-08-18T16:50:00-05:00", items, NS_DC)

    # 5. weekly: teaser description, HTML content:encoded
    items = []
    for it in news.WEEKLY:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.buffalorivercourier.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ozk_buffalo_river_courier.rss", "The Buffalo River Courier", "https://www.buffalorivercourier.example/",
        "Weekly news for Marion, Newton and Boone counties", "2026-09-03T08:05:00-05:00", items, NS_CONTENT)

    # 6. business paper, plain text
    items = [plain_item(it, f"https://www.twinlakesbiz.example/{it['guid']}", "Business") for it in news.BUSINESS]
    rss(feeds / "ozk_twin_lakes_business_ledger.rss", "Twin Lakes Business Ledger", "https://www.twinlakesbiz.example/",
        "Business news from north Arkansas", "2026-09-15T07:05:00-05:00", items)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {
            "AWIPSidentifier": [a["awips"]],
            "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
            "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
            "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]],
        }
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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-05-06T23:15:00+00:00",
    }
    (feeds / "ozk_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("ozk_") and it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids and cid not in dnc, cid
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
