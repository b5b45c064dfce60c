"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part rut.

Adapted from tests/eval/independent4/build/make_feeds.py.
Run: /work/main/.venv/bin/python tests/eval/parts/rut/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/rut/build/label_weather.py   (adds the weather rows)
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
import news_ocv  # noqa: E402
import news_wrvt  # noqa: E402
import obits_rdc  # noqa: E402
import obits_stc  # noqa: E402
import obits_tmfh  # noqa: E402
from roster_data import ADV, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_rdc, obits_tmfh, obits_stc)
NEWS_MODULES = (news_wrvt, news_ocv)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"rut{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "VT" and z["city"] == city, (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state="VT")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(802) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.-]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "VT",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV, "do_not_contact": "true" if dnc else "false",
            "birth_date": "" if cid in NO_BIRTH else birth, "phone": phone,
            "address_line": "" if cid in NO_ADDRESS else street,
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


def rss(name: str, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n<description>{escape(desc)}</description>\n"
            f"<language>en-us</language>\n<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    (PART / "feeds" / name).write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def head(it: dict, link: str, permalink: bool = False) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="{"true" if permalink else "false"}">{it["guid"]}</guid>\n'
            f"<pubDate>{rfc822(it['pub'])}</pubDate>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: legacy-style titles, plain text
    items = [head(it, f"https://www.rutlandcourier.example/obituaries/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-8:]}")
             + f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in obits_rdc.ITEMS]
    rss("rut_rutland_daily_courier_obituaries.rss", "Rutland Daily Courier - Obituaries",
        "https://www.rutlandcourier.example/obituaries", "Obituaries from the Rutland Daily Courier, Rutland, Vt.",
        "2026-09-15T05:35:00-04:00", items)

    # 2. funeral home: one-sentence description, HTML in content:encoded
    items = [head(it, f"https://www.tuttlemarinofh.example/obituary/{slug(it['title'])}")
             + "<dc:creator>Tuttle-Marino Funeral Home</dc:creator>\n"
             + f"<description>{escape(first_sentence(it['body']))}</description>\n"
             + f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]></content:encoded>\n</item>\n"
             for it in obits_tmfh.ITEMS]
    rss("rut_tuttle_marino_funeral_home.rss", "Tuttle-Marino Funeral Home - Obituaries",
        "https://www.tuttlemarinofh.example/obituaries", "Obituaries: Rutland and Brandon, Vermont",
        "2026-07-29T14:05:00-04:00", items, NS_CONTENT + NS_DC)

    # 3. parish bulletin: plain text, short notices
    items = [head(it, f"https://www.stcasimirholyinnocents.example/bulletin/{it['guid']}")
             + f"<category>Pray for our Faithful Departed</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in obits_stc.ITEMS]
    rss("rut_st_casimir_holy_innocents_bulletin.rss", "St. Casimir & Holy Innocents Parish - Weekly Bulletin",
        "https://www.stcasimirholyinnocents.example/bulletin", "Notices from the parish bulletin, West Rutland and Rutland, Vt.",
        "2026-05-24T07:05:00-04:00", items)

    # 4. TV station: HTML in description
    items = [head(it, f"https://www.wrvt11.example/news/local/{slug(it['title'])}")
             + "<dc:creator>WRVT NewsChannel 11 Staff</dc:creator>\n"
             + f"<description>{escape(html(it['body']))}</description>\n</item>\n"
             for it in news_wrvt.ITEMS]
    rss("rut_wrvt_local_news.rss", "WRVT NewsChannel 11 - Local News", "https://www.wrvt11.example/news/local",
        "Local news from Rutland County and the Green Mountains", "2026-08-28T17:50:00-04:00", items, NS_DC)

    # 5. community weekly: teaser description, HTML in content:encoded
    items = [head(it, f"https://www.ottercreekweekly.example/community/{slug(it['title'])}")
             + f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
             + f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"
             for it in news_ocv.ITEMS]
    rss("rut_otter_creek_valley_weekly.rss", "Otter Creek Valley Weekly - Community",
        "https://www.ottercreekweekly.example/community", "People, schools and milestones in Rutland County",
        "2026-09-03T08:05:00-04:00", items, NS_CONTENT)

    # 6. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]]}
        if a.get("vtec"):
            params["VTEC"] = [a["vtec"]]
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-09-10T12:00:00+00:00"}
    (feeds / "rut_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("rut_") and it["guid"] not in guids, it["guid"]
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
