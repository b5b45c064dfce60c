"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for eval part ktn (southeast Alaska).

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/ktn/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/ktn/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
import news_biz  # noqa: E402
import news_radio  # noqa: E402
import news_weekly  # noqa: E402
import obits_chapel  # noqa: E402
import obits_church  # noqa: E402
import obits_notices  # noqa: E402
import obits_tide  # noqa: E402
from roster_data import (ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH,  # noqa: E402
                         NO_PHONE, R)

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_tide, obits_chapel, obits_church, obits_notices)
NEWS_MODULES = (news_radio, news_weekly, news_biz)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ktn{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        assert fips, (cid, z["county"])
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:
            lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
            lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(907) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@inbox.example", "advisor_email": ADV[city],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:   # households linked both ways
        if r["spouse_first_name"]:
            mates = [m for m in rows if m["first_name"] == r["spouse_first_name"]
                     and m["last_name"] == r["spouse_last_name"] and m["spouse_first_name"] == r["first_name"]]
            assert len(mates) <= 1, r["client_id"]
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


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n"
            f"</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: "Name, age" titles, plain text
    items = [plain_item(it, f"https://www.tongasstide.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_tide.ITEMS]
    rss(feeds / "ktn_tongass_tide_obituaries.rss",
        dict(title="The Tongass Tide - Obituaries", link="https://www.tongasstide.example/obituaries",
             description="Obituaries from The Tongass Tide, Ketchikan, Alaska",
             built=rfc822("2026-08-20T06:05:00-08:00")), items)

    # 2. funeral home: HTML in content:encoded, one-sentence description
    items = []
    for it in obits_chapel.ITEMS:
        link = f"https://www.tongassnarrowschapel.example/obituaries/{it['guid'][len('ktn_chapel_'):]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Tongass Narrows Funeral Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ktn_tongass_narrows_funeral_chapel.rss",
        dict(title="Tongass Narrows Funeral Chapel - Obituaries", link="https://www.tongassnarrowschapel.example/",
             description="Obituaries: Ketchikan, Prince of Wales Island, Metlakatla and Wrangell",
             built=rfc822("2026-07-20T10:05:00-08:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletins: plain text
    items = [plain_item(it, f"https://firstcitychurches.example/bulletin/{it['guid']}", "Prayer List")
             for it in obits_church.ITEMS]
    rss(feeds / "ktn_first_city_church_bulletins.rss",
        dict(title="First City & Annette Island Church Bulletins", link="https://firstcitychurches.example/bulletin",
             description="Prayer lists and sympathy notices from Ketchikan and Metlakatla congregations",
             built=rfc822("2026-09-06T08:05:00-08:00")), items)

    # 4. paid death notices: surname-first headings
    items = [plain_item(it, f"https://notices.seakpapers.example/{it['guid']}", "Death Notices")
             for it in obits_notices.ITEMS]
    rss(feeds / "ktn_southeast_death_notices.rss",
        dict(title="Southeast Alaska Death Notices", link="https://notices.seakpapers.example/",
             description="Paid death notices: Ketchikan, Prince of Wales, Wrangell, Petersburg",
             built=rfc822("2026-08-04T07:05:00-08:00")), items)

    # 5. public radio newsroom: HTML descriptions
    items = []
    for it in news_radio.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kmskradio.example/news/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KMSK News</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ktn_kmsk_muskeg_radio_news.rss",
        dict(title="KMSK Muskeg Public Radio - Local News", link="https://www.kmskradio.example/news",
             description="News from Ketchikan, Metlakatla and Prince of Wales Island",
             built=rfc822("2026-06-08T18:25:00-08:00")), items, NS_DC)

    # 6. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_weekly.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://stikinenarrows.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ktn_stikine_narrows_weekly.rss",
        dict(title="The Stikine & Narrows Weekly", link="https://stikinenarrows.example/",
             description="Community news for Wrangell and Petersburg",
             built=rfc822("2026-08-20T09:05:00-08:00")), items, NS_CONTENT)

    # 7. business journal: plain text
    items = [plain_item(it, f"https://www.insidepassagebiz.example/{it['guid']}", "Business")
             for it in news_biz.ITEMS]
    rss(feeds / "ktn_inside_passage_business_journal.rss",
        dict(title="Inside Passage Business Journal", link="https://www.insidepassagebiz.example/",
             description="Business news from southern Southeast Alaska",
             built=rfc822("2026-09-03T06:05:00-08:00")), items)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON. The feature id and properties.id are the same
    #    ktn_-prefixed identifier (the real API uses the alert URL as the feature id; @id keeps that URL form).
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
        }
        if a.get("vtec"):
            params["VTEC"] = [a["vtec"]]
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
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-09-22T12:00:00+00:00",
    }
    (feeds / "ktn_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ktn_"), it["guid"]
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
