"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the jbr part (northeast Arkansas).

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/jbr/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/jbr/build/label_weather.py   (adds the weather rows)
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
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits_data.COURIER, obits_data.FUNERAL_HOME, obits_data.BULLETIN, obits_data.NOTICES)
NEWS_LISTS = (news_data.TV, news_data.WEEKLY, news_data.BUSINESS)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"jbr{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.\-]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "AR", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="AR")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(870) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "AR",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@deltamail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:   # households are linked both ways
        if r["spouse_first_name"] and (r["spouse_first_name"], r["spouse_last_name"]) in by_name:
            o = by_name[(r["spouse_first_name"], r["spouse_last_name"])]
            assert (o["spouse_first_name"], o["spouse_last_name"]) == (r["first_name"], r["last_name"]), r["client_id"]
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


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper, plain text
    items = [plain_item(it, f"https://www.ridgecourier.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}",
                        "Obituaries") for it in obits_data.COURIER]
    rss(feeds / "jbr_ridge_courier_obituaries.rss",
        dict(title="The Crowley's Ridge Courier - Obituaries", link="https://www.ridgecourier.example/obituaries",
             description="Obituaries from The Crowley's Ridge Courier, Jonesboro, Ark.",
             built=rfc822("2026-05-14T06:05:00-05:00")), items)

    # 2. funeral home: one-sentence description, HTML in content:encoded
    items = []
    for it in obits_data.FUNERAL_HOME:
        link = f"https://www.sudburykell.example/obituary/{slug(it['title'])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Sudbury-Kell Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "jbr_sudbury_kell_funeral_home.rss",
        dict(title="Sudbury-Kell Funeral Home - Obituaries", link="https://www.sudburykell.example/obituaries",
             description="Paragould, Walnut Ridge and Jonesboro chapels",
             built=rfc822("2026-06-11T13:35:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin, plain text
    items = [plain_item(it, f"https://www.greaternewhopembc.example/bulletin/{it['guid'][-8:]}",
                        "Bereavement") for it in obits_data.BULLETIN]
    rss(feeds / "jbr_greater_new_hope_bulletin.rss",
        dict(title="Greater New Hope M.B. Church - Weekly Bulletin", link="https://www.greaternewhopembc.example/",
             description="Bereavement and prayer notices, Blytheville, Ark.",
             built=rfc822("2026-04-26T07:05:00-05:00")), items)

    # 4. paid death notices, plain text
    items = [plain_item(it, f"https://notices.deltaridge.example/{it['guid']}", "Death Notices")
             for it in obits_data.NOTICES]
    rss(feeds / "jbr_delta_ridge_death_notices.rss",
        dict(title="Delta Ridge Death Notices", link="https://notices.deltaridge.example/",
             description="Paid death notices for northeast Arkansas",
             built=rfc822("2026-06-04T05:05:00-05:00")), items)

    # 5. TV station: HTML in description
    items = []
    for it in news_data.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.knea7.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KNEA Delta 7 News</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "jbr_knea_delta7_local_news.rss",
        dict(title="KNEA Delta 7 News - Local", link="https://www.knea7.example/news/local",
             description="Local news for Jonesboro and northeast Arkansas",
             built=rfc822("2026-05-14T16:15:00-05:00")), items, NS_DC)

    # 6. community weekly: teaser description + content:encoded
    items = []
    for it in news_data.WEEKLY:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ridgeneighbor.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "jbr_ridge_neighbor_weekly.rss",
        dict(title="The Ridge Neighbor", link="https://www.ridgeneighbor.example/",
             description="Community weekly for Lawrence, Greene, Craighead and Poinsett counties",
             built=rfc822("2026-08-12T08:05:00-05:00")), items, NS_CONTENT)

    # 7. business paper, plain text
    items = [plain_item(it, f"https://www.deltaridgebiz.example/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_data.BUSINESS]
    rss(feeds / "jbr_delta_ridge_business_review.rss",
        dict(title="Delta Ridge Business Review", link="https://www.deltaridgebiz.example/",
             description="Business news from northeast Arkansas", built=rfc822("2026-05-20T07:05:00-05:00")), items)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-10-21T09:00:00+00:00",
    }
    (feeds / "jbr_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("jbr_") and it["guid"] not in guids, it["guid"]
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
