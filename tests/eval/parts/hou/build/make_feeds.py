"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part hou (no network).

Run from the repository root: .venv/bin/python tests/eval/parts/hou/build/make_feeds.py
then: .venv/bin/python tests/eval/parts/hou/label_weather.py   (adds the weather rows)
Structure adapted from independent4/build/make_feeds.py. Labels are the `gold=` lists beside each text.
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
import news_biz  # noqa: E402
import news_herald  # noqa: E402
import news_tv  # noqa: E402
import obits_courier  # noqa: E402
import obits_funeraria  # noqa: E402
import obits_rgfh  # noqa: E402
import obits_voice  # noqa: E402
from roster_data import BLANK_COORDS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"Sugar Land": "281", "Pearland": "281", "Katy": "281", "Baytown": "281", "Pasadena": "713",
        "Houston": "713", "The Woodlands": "832"}
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_rgfh, obits_courier, obits_voice, obits_funeraria)
NEWS_MODULES = (news_biz, news_tv, news_herald)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"hou{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, adv, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "TX", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="TX")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}|{spl}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone and street:
            phone = seen_phone[household]
        else:
            phone = f"({AREA[city]}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first.split(" ")[0], re.sub(r" (Jr\.|Sr\.|III)$", "", last).split(" ")[0])
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "TX",
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
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


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence description, permalink guids
    items = []
    for it in obits_rgfh.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{it['guid']}</link>\n"
            f'<guid isPermaLink="true">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Riverside Gardens Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "hou_riverside_gardens_funeral_home.rss",
        dict(title="Riverside Gardens Funeral Home - Obituaries", link="https://www.riversidegardensfh.example/",
             description="Obituaries from Riverside Gardens Funeral Home, Houston, Texas",
             built=rfc822("2026-06-15T10:05:00-05:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices: surname-first headings, plain text
    items = []
    for it in obits_courier.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://notices.houstoncourier.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "hou_houston_courier_death_notices.rss",
        dict(title="The Houston Courier - Death Notices", link="https://notices.houstoncourier.example/",
             description="Paid death notices published in The Houston Courier",
             built=rfc822("2026-06-22T05:35:00-05:00")), items)

    # 3. community paper: plain text
    items = []
    for it in obits_voice.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://bayoucityvoice.example/remembrances/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Remembrances</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "hou_bayou_city_community_voice_remembrances.rss",
        dict(title="Bayou City Community Voice - Remembrances", link="https://bayoucityvoice.example/",
             description="Community notices from Alief, Fort Bend and Katy",
             built=rfc822("2026-05-12T08:05:00-05:00")), items)

    # 4. bilingual funeral home: teaser description + content:encoded, permalink guids
    items = []
    for it in obits_funeraria.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{it['guid']}</link>\n"
            f'<guid isPermaLink="true">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "hou_funeraria_san_jacinto.rss",
        dict(title="Funeraria San Jacinto - Obituarios / Obituaries", link="https://www.funerariasanjacinto.example/",
             description="Pasadena y Katy, Texas", built=rfc822("2026-07-14T10:50:00-05:00")),
        items, NS_CONTENT)

    # 5. business weekly: plain text
    items = []
    for it in news_biz.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.gulfcoastbizweekly.example/news/{it['guid']}/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "hou_gulf_coast_business_weekly.rss",
        dict(title="Gulf Coast Business Weekly", link="https://www.gulfcoastbizweekly.example/",
             description="Business news from Greater Houston", built=rfc822("2026-05-27T06:05:00-05:00")), items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.gulfcoast11.example/news/local/{slug(it['title'])}/{it['guid'].split('-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Gulf Coast 11 Digital</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "hou_kgct_gulf_coast_11_local.rss",
        dict(title="KGCT Gulf Coast 11 - Local News", link="https://www.gulfcoast11.example/",
             description="Local news from Houston and the Gulf Coast", built=rfc822("2026-05-20T22:35:00-05:00")),
        items, NS_DC)

    # 7. community weekly: teaser description + content:encoded
    items = []
    for it in news_herald.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://brazosbayherald.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "hou_brazos_bay_hometown_herald.rss",
        dict(title="Brazos & Bay Hometown Herald", link="https://brazosbayherald.example/",
             description="Community news: Pearland, Pasadena, Katy, Baytown, The Woodlands",
             built=rfc822("2026-07-06T07:05:00-05:00")), items, NS_CONTENT)

    # 8. NWS alerts (api.weather.gov /alerts/active GeoJSON); feature id = the alert id (hou_urn:oid:...)
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/county/{u}" for u in a["UGC"]]
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
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Texas",
        "updated": "2026-08-24T20:00:00+00:00",
    }
    (feeds / "hou_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].split("/")[-1].startswith("hou_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids, cid
                    assert cid not in dnc, cid
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
