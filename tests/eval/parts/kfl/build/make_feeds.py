"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part kfl (south-central Oregon).

Run (repository root): /work/main/.venv/bin/python tests/eval/parts/kfl/build/make_feeds.py
then:                  /work/main/.venv/bin/python tests/eval/parts/kfl/build/label_weather.py  (weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text. Pattern: independent4.
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_data  # noqa: E402
import obits_data  # noqa: E402
from roster_data import ADV, ADV_LAKE, LAKE, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBITS = (obits_data.SENTINEL, obits_data.JUNIPER, obits_data.NOTICES)
NEWS = (news_data.TV, news_data.BIZ, news_data.LEDGER, news_data.COURIER)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"kfl{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "OR", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="OR")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(541) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "OR",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@basinmail.example", "advisor_email": ADV_LAKE if zp in LAKE else ADV["OR"],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    with open(SPLIT / "roster.csv", "w", newline="", encoding="utf-8") as fh:
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
            f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper, legacy-style titles, plain text
    items = [plain_item(it, f"https://www.klamathsentinel.example/obituaries/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-4:]}",
                        "Obituaries") for it in obits_data.SENTINEL]
    rss(feeds / "kfl_klamath_sentinel_obituaries.rss",
        dict(title="Klamath Basin Sentinel - Obituaries", link="https://www.klamathsentinel.example/obituaries/",
             description="Obituaries published in the Klamath Basin Sentinel, Klamath Falls, Ore.",
             built=rfc822("2026-11-18T05:35:00-08:00")), items)

    # 2. funeral chapel: one-sentence description, HTML in content:encoded
    items = []
    for it in obits_data.JUNIPER:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.juniperpinechapel.example/obituaries/{it['guid'][8:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Juniper &amp; Pine Funeral Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "kfl_juniper_pine_funeral_chapel.rss",
        dict(title="Juniper & Pine Funeral Chapel - Obituaries", link="https://www.juniperpinechapel.example/obituaries/",
             description="Obituaries: Klamath Falls and Lakeview, Oregon",
             built=rfc822("2026-11-04T13:25:00-08:00")), items, NS_CONTENT + NS_DC)

    # 3. paid death notices and parish prayer notices, plain text
    items = [plain_item(it, f"https://notices.basinnotices.example/{it['guid']}", "Death Notices")
             for it in obits_data.NOTICES]
    rss(feeds / "kfl_basin_death_notices.rss",
        dict(title="Basin Death Notices", link="https://notices.basinnotices.example/",
             description="Paid death notices and parish prayer notices: Klamath and Lake Counties, Oregon",
             built=rfc822("2026-12-09T07:05:00-08:00")), items)

    # 4. TV station site: HTML descriptions
    items = []
    for it in news_data.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.basin7news.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Basin 7 News Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "kfl_basin7_kbsn_local_news.rss",
        dict(title="Basin 7 News KBSN - Local", link="https://www.basin7news.example/",
             description="Local news from the Klamath Basin and Lake County", built=rfc822("2026-10-05T18:05:00-07:00")),
        items, NS_DC)

    # 5. business journal, plain text
    items = [plain_item(it, f"https://www.kbbj.example/news/{slug(it['title'])}", "Business") for it in news_data.BIZ]
    rss(feeds / "kfl_klamath_basin_business_journal.rss",
        dict(title="Klamath Basin Business Journal", link="https://www.kbbj.example/",
             description="Business news from Klamath and Lake Counties", built=rfc822("2026-10-20T06:05:00-07:00")), items)

    # 6. weekly paper, plain text
    items = [plain_item(it, f"https://www.lakecountyledger.example/{it['guid']}", "Local") for it in news_data.LEDGER]
    rss(feeds / "kfl_lake_county_ledger.rss",
        dict(title="Lake County Ledger", link="https://www.lakecountyledger.example/",
             description="The weekly newspaper of Lakeview and Lake County, Oregon", built=rfc822("2026-12-10T08:05:00-08:00")),
        items)

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_data.COURIER:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://chiloquincourier.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "kfl_chiloquin_community_courier.rss",
        dict(title="Chiloquin Community Courier", link="https://chiloquincourier.example/",
             description="News and notes from Chiloquin, Sprague River and the Upper Klamath",
             built=rfc822("2026-09-02T12:05:00-07:00")), items, NS_CONTENT)

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
        "updated": "2026-07-09T18:15:00-07:00",
    }
    (feeds / "kfl_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for groups, kind in ((OBITS, "bereavement"), (NEWS, "news")):
        for group in groups:
            for it in group:
                assert it["guid"].startswith("kfl_") and it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids and cid not in dnc, cid
                    rows.append((cid, it["guid"], kind, role))
    assert len(rows) == len(set(rows))
    with open(SPLIT / "gold.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["client_id", "item_id", "kind", "role"])
        w.writerows(rows)


if __name__ == "__main__":
    write_roster()
    write_feeds()
    write_hand_gold()
    print("ok")
