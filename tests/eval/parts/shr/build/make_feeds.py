"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the shr part (Sheridan, Wyoming).

Run: /work/main/.venv/bin/python tests/eval/parts/shr/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/shr/label_weather.py   (adds the weather rows)
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
import news_prbw  # noqa: E402
import news_scn  # noqa: E402
import news_tv  # noqa: E402
import obits_hnb  # noqa: E402
import obits_sent  # noqa: E402
import obits_trfc  # noqa: E402
from roster_data import R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_trfc, obits_sent, obits_hnb)
NEWS_MODULES = (news_prbw, news_tv, news_scn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"shr{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    seen_coords: dict[str, tuple[float, float]] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "WY", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="WY")
        household = f"{street}|{zp}"
        if household in seen_coords:            # a household shares one place
            lat, lon = seen_coords[household]
        else:
            lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
            lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
            seen_coords[household] = (lat, lon)
        if household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(307) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "WY",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@bighornmail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:   # couples linked both ways, when the spouse is a client
        if r["spouse_first_name"]:
            mates = [o for o in rows if o["first_name"] == r["spouse_first_name"] and o["last_name"] == r["spouse_last_name"]]
            for o in mates:
                assert o["spouse_first_name"] == r["first_name"] and o["spouse_last_name"] == r["last_name"], (r, o)
    assert by_id
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


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_trfc.ITEMS:
        link = "https://www.tongueriverfuneral.example/obituaries/" + it["guid"].removeprefix("shr_trfc_")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Tongue River Funeral Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"tribute-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "shr_tongue_river_funeral_chapel.rss",
        dict(title="Tongue River Funeral Chapel - Obituaries", link="https://www.tongueriverfuneral.example/obituaries/",
             description="Obituaries and service times: Sheridan and Buffalo, Wyoming",
             built=rfc822("2026-08-05T16:00:00-06:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper death notices: plain text
    items = []
    for it in obits_sent.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.sheridansentinel.example/obituaries/{slug(it['title'])}-{it['guid'][-12:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "shr_sheridan_sentinel_obituaries.rss",
        dict(title="The Sheridan Sentinel - Obituaries", link="https://www.sheridansentinel.example/obituaries/",
             description="Obituaries and death notices, Sheridan County and northern Wyoming",
             built=rfc822("2026-08-20T05:05:00-06:00")), items)

    # 3. parish bulletin: plain text
    items = []
    for it in obits_hnb.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.holynamesheridan.example/bulletin/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Pray for the Faithful Departed</category>\n"
            f"<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "shr_holy_name_st_john_bulletin.rss",
        dict(title="Holy Name (Sheridan) & St. John the Baptist (Buffalo) - Parish Bulletin",
             link="https://www.holynamesheridan.example/bulletin",
             description="Pray for the faithful departed: notices from the weekly bulletin",
             built=rfc822("2026-09-02T16:05:00-06:00")), items)

    # 4. business weekly: plain text
    items = []
    for it in news_prbw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.powderriverbiz.example/news/{it['guid']}/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "shr_powder_river_business_weekly.rss",
        dict(title="Powder River Business Weekly", link="https://www.powderriverbiz.example/",
             description="Business news from Sheridan, Johnson and Campbell counties, Wyoming",
             built=rfc822("2026-09-15T06:05:00-06:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kxlb4.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[2]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KXLB 4 News Sheridan Bureau</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "shr_kxlb4_local_news.rss",
        dict(title="KXLB 4 News - Local", link="https://www.kxlb4.example/",
             description="Local news from Billings, south-central Montana and the Sheridan area",
             built=rfc822("2026-08-24T19:35:00-06:00")), items, NS_DC)

    # 6. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_scn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://sheridancountyneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "shr_sheridan_county_neighbors.rss",
        dict(title="Sheridan County Neighbors", link="https://sheridancountyneighbors.example/",
             description="Milestones, schools and volunteers in Sheridan County",
             built=rfc822("2026-09-25T08:05:00-06:00")), items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
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
            "@id": a["id"], "@type": "wx:Alert", "id": a["id"],
            "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
            "references": [], "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
            "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
            "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
            "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
            "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
            "response": a["response"], "parameters": params,
        }
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Wyoming",
        "updated": "2026-07-15T03:00:00+00:00",
    }
    (feeds / "shr_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("shr_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids, cid
                    assert cid not in dnc, cid
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
