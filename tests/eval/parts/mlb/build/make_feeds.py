"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the mlb part (Melbourne and the Space
Coast, Florida). Adapted from independent4/build/make_feeds.py.

Run: .venv/bin/python tests/eval/parts/mlb/build/make_feeds.py
then: .venv/bin/python tests/eval/parts/mlb/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
import news_beacon  # noqa: E402
import news_scbw  # noqa: E402
import news_wscx  # noqa: E402
import obits_ecos  # noqa: E402
import obits_hnp  # noqa: E402
import obits_opf  # noqa: E402
import obits_sent  # noqa: E402
from roster_data import NO_BIRTH, NO_PHONE, NORTH, NORTH_CITIES, SOUTH, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_opf, obits_sent, obits_ecos, obits_hnp)
NEWS_MODULES = (news_scbw, news_wscx, news_beacon)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"mlb{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.01   # +/- 0.005 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            area = "772" if fips == "12061" else "321"
            phone = f"({area}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": NORTH if city in NORTH_CITIES else SOUTH,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": "" if cid in NO_BIRTH else birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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
            f"<description>{escape(channel['description'])}</description>\n<language>{channel.get('lang', 'en-us')}</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_opf.ITEMS:
        link = "https://www.ospreypalmfuneral.example/obituaries/" + it["guid"].removeprefix("mlb_opf-")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Osprey &amp; Palm Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "mlb_osprey_palm_funeral_chapels.rss",
        dict(title="Osprey & Palm Funeral Chapels - Obituaries", link="https://www.ospreypalmfuneral.example/obituaries/",
             description="Obituaries from our Melbourne, Palm Bay and Rockledge chapels",
             built=rfc822("2026-05-11T09:25:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first headings, plain text
    items = [plain_item(it, f"https://notices.spacecoastsentinel.example/{it['guid']}", "Death Notices")
             for it in obits_sent.ITEMS]
    rss(feeds / "mlb_space_coast_sentinel_death_notices.rss",
        dict(title="The Space Coast Sentinel - Death Notices", link="https://notices.spacecoastsentinel.example/",
             description="Paid death notices, Brevard and Indian River Counties",
             built=rfc822("2026-09-08T05:05:00-04:00")), items)

    # 3. Spanish-language community weekly: esquelas, plain text
    items = [plain_item(it, f"https://ecosdelacosta.example/esquelas/{it['guid']}", "Esquelas")
             for it in obits_ecos.ITEMS]
    rss(feeds / "mlb_ecos_de_la_costa_esquelas.rss",
        dict(title="Ecos de la Costa Espacial - Esquelas", link="https://ecosdelacosta.example/",
             description="Semanario de la comunidad hispana de Palm Bay, Melbourne y Kissimmee",
             built=rfc822("2026-06-04T07:05:00-04:00"), lang="es-us"), items)

    # 4. parish bulletin: plain text, "Name - Town" headings
    items = [plain_item(it, f"https://www.holynameindialantic.example/bulletin/{it['guid']}",
                        "Pray for the Faithful Departed") for it in obits_hnp.ITEMS]
    rss(feeds / "mlb_holy_name_parish_bulletin.rss",
        dict(title="Holy Name of Jesus Parish, Indialantic - Weekly Bulletin",
             link="https://www.holynameindialantic.example/bulletin",
             description="Pray for the Faithful Departed: notices from the parish bulletin",
             built=rfc822("2026-07-12T07:35:00-04:00")), items)

    # 5. business weekly: plain text
    items = [plain_item(it, f"https://www.spacecoastbiz.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_scbw.ITEMS]
    rss(feeds / "mlb_space_coast_business_weekly.rss",
        dict(title="Space Coast Business Weekly", link="https://www.spacecoastbiz.example/",
             description="Business news from Brevard and Indian River Counties",
             built=rfc822("2026-06-02T06:05:00-04:00")), items)

    # 6. TV station site: HTML descriptions
    items = []
    for it in news_wscx.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.spacecoast11.example/news/local/{slug(it['title'])}/{it['guid'].split('-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Space Coast 11 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "mlb_space_coast_11_local_news.rss",
        dict(title="Space Coast 11 News WSCX - Local", link="https://www.spacecoast11.example/",
             description="Local news from Brevard County and the Treasure Coast",
             built=rfc822("2026-07-15T17:35:00-04:00")), items, NS_DC)

    # 7. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_beacon.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://beachsidebeacon.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "mlb_beachside_beacon_community.rss",
        dict(title="The Beachside Beacon - People & Community", link="https://beachsidebeacon.example/",
             description="Community news for the beaches, Melbourne and Palm Bay",
             built=rfc822("2026-08-20T08:05:00-04:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON (ids carry the mlb_ prefix)
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": r, "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
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
            "@id": a["id"], "@type": "wx:Alert", "id": a["id"],
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
        "title": "Current watches, warnings, and advisories for Florida",
        "updated": "2026-08-03T18:00:00+00:00",
    }
    (feeds / "mlb_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("mlb_"), it["guid"]
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
