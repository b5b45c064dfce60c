"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for eval part `kal` (Flathead County, Mont.).

Run (repository root): /work/main/.venv/bin/python tests/eval/parts/kal/build/make_feeds.py
then:                  /work/main/.venv/bin/python tests/eval/parts/kal/build/label_weather.py   (weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
from roster_data import ADV, BLANK_COORDS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBITS = (obits_data.LEDGER, obits_data.CHAPEL, obits_data.NOTICES)
NEWS = (news_data.TV, news_data.WEEKLY, news_data.BIZ)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"kal{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "MT", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="MT")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(406) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        bare = re.sub(r" (Jr\.|Sr\.)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{bare}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "MT",
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV,
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


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
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
    items = [plain_item(it, f"https://www.flatheaddailyledger.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_data.LEDGER]
    rss(feeds / "kal_flathead_daily_ledger_obituaries.rss",
        dict(title="Flathead Daily Ledger - Obituaries", link="https://www.flatheaddailyledger.example/obituaries",
             description="Obituaries from the Flathead Daily Ledger, Kalispell, Mont.",
             built=rfc822("2026-08-08T06:05:00-06:00")), items)

    # 2. funeral-home site: one-sentence description, HTML in content:encoded, permalink guid = kal_ slug
    items = []
    for it in obits_data.CHAPEL:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.glacierlakeschapel.example/obituaries/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Glacier Lakes Funeral Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "kal_glacier_lakes_funeral_chapel.rss",
        dict(title="Glacier Lakes Funeral Chapel - Obituaries", link="https://www.glacierlakeschapel.example/obituaries",
             description="Obituaries and service times: Kalispell, Whitefish, Columbia Falls and Bigfork",
             built=rfc822("2026-09-03T12:05:00-06:00")), items, NS_CONTENT + NS_DC)

    # 3. brief paid death notices, plain text
    items = [plain_item(it, f"https://notices.flatheadvalley.example/{it['guid']}", "Death Notices")
             for it in obits_data.NOTICES]
    rss(feeds / "kal_flathead_valley_death_notices.rss",
        dict(title="Flathead Valley Death Notices", link="https://notices.flatheadvalley.example/",
             description="Paid death notices, Flathead and Lake counties", built=rfc822("2026-09-18T07:05:00-06:00")),
        items)

    # 4. TV station site: HTML descriptions
    items = []
    for it in news_data.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.knwm9.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KNWM 9 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "kal_knwm9_local_news.rss",
        dict(title="KNWM 9 Northwest Montana - Local News", link="https://www.knwm9.example/news/local",
             description="Local news from Kalispell and the Flathead Valley", built=rfc822("2026-11-20T21:35:00-07:00")),
        items, NS_DC)

    # 5. community weekly, plain text
    items = [plain_item(it, f"https://www.stumptownweekly.example/{it['guid']}", "Community") for it in news_data.WEEKLY]
    rss(feeds / "kal_stumptown_valley_weekly.rss",
        dict(title="Stumptown & Valley Weekly", link="https://www.stumptownweekly.example/",
             description="Community news: Whitefish, Columbia Falls and the upper Flathead Valley",
             built=rfc822("2026-10-08T08:05:00-06:00")), items)

    # 6. business paper, plain text
    items = [plain_item(it, f"https://www.flatheadbizreview.example/{it['guid']}", "Business") for it in news_data.BIZ]
    rss(feeds / "kal_flathead_business_review.rss",
        dict(title="Flathead Business Review", link="https://www.flatheadbizreview.example/",
             description="Business news from Northwest Montana", built=rfc822("2026-08-19T06:35:00-06:00")), items)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON (feature id = properties.id = the kal_ alert id)
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {
            "AWIPSidentifier": [a["awips"]],
            "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
            "NWSheadline": [a["headline"].upper()],
            "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
            "eventEndingTime": [a["ends"]],
            "VTEC": [a["vtec"]],
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
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Montana",
        "updated": "2026-11-04T10:15:00+00:00",
    }
    (feeds / "kal_nws_alerts_active_mt_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for groups, kind in ((OBITS, "bereavement"), (NEWS, "news")):
        for group in groups:
            for it in group:
                assert it["guid"].startswith("kal_") and it["guid"] not in guids, it["guid"]
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
