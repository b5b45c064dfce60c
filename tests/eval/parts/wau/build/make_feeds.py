"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the wau part (adapted from
independent4/build/make_feeds.py).

Run: /work/main/.venv/bin/python tests/eval/parts/wau/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/wau/build/label_weather.py   (adds the weather rows)
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
from roster_data import NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBITS = obits_data.HS + obits_data.LFH + obits_data.BUL
NEWS = news_data.TV + news_data.MCC


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"wau{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "WI", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="WI")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"715-555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' Jr.$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "WI",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": adv, "do_not_contact": "true" if dnc else "false",
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
            "birth_date": "" if cid in NO_BIRTH else birth,
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


def rss(path: Path, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def item(it: dict, link: str, desc: str, extra: str = "", perma: bool = False) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="{"true" if perma else "false"}">{escape(it["guid"])}</guid>\n'
            f"<pubDate>{rfc822(it['pub'])}</pubDate>\n<description>{escape(desc)}</description>\n{extra}</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    # 1. newspaper obituaries, plain text
    rss(feeds / "wau_herald_star_obituaries.rss", "The Wausau Herald-Star - Obituaries",
        "https://www.wausauheraldstar.example/obituaries/", "Obituaries from Wausau and Marathon County",
        "2026-04-11T06:00:00-05:00",
        [item(it, f"https://www.wausauheraldstar.example/obituaries/{it['guid']}", it["body"].strip()) for it in obits_data.HS])
    # 2. funeral home: one-sentence description, HTML in content:encoded
    rss(feeds / "wau_lindenhof_funeral_home.rss", "Lindenhof Funeral Home & Cremation Services - Obituaries",
        "https://www.lindenhoffh.example/obituaries/", "Obituaries: Lindenhof Funeral Home, Schofield and Merrill",
        "2026-04-20T11:00:00-05:00",
        [item(it, f"https://www.lindenhoffh.example/obituaries/{it['guid']}", first_sentence(it["body"]),
              "<dc:creator>Lindenhof Funeral Home</dc:creator>\n"
              f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]></content:encoded>\n")
         for it in obits_data.LFH], NS_CONTENT + NS_DC)
    # 3. parish bulletin / paid death notices, plain text
    rss(feeds / "wau_st_michael_st_therese_bulletin.rss", "St. Michael & St. Therese Parishes - Bulletin Notices",
        "https://www.stmichaelsttherese.example/bulletin", "Prayers for the departed and paid death notices",
        "2026-04-26T08:00:00-05:00",
        [item(it, f"https://www.stmichaelsttherese.example/bulletin/{it['guid']}", it["body"].strip()) for it in obits_data.BUL])
    # 4. TV station: HTML description
    rss(feeds / "wau_newschannel12_local.rss", "NewsChannel 12 WRVW - Local News", "https://www.wrvw12.example/",
        "Local news from Wausau and north central Wisconsin", "2026-05-15T18:00:00-05:00",
        [item(it, f"https://www.wrvw12.example/news/{slug(it['title'])}/{it['guid']}", html(it["body"]),
              "<dc:creator>NewsChannel 12 Digital Staff</dc:creator>\n") for it in news_data.TV], NS_DC)
    # 5. community weekly: teaser description + HTML content:encoded
    rss(feeds / "wau_marathon_county_courier.rss", "Marathon County Courier - Community",
        "https://www.mccourier.example/", "Community news from Marathon County", "2026-05-20T07:00:00-05:00",
        [item(it, f"https://www.mccourier.example/{it['guid']}", first_sentence(it["body"]),
              f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n") for it in news_data.MCC],
        NS_CONTENT)
    # 6. NWS alerts
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["event"][:3].upper() + "GRB"], "NWSheadline": [a["headline"].upper()],
                  "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"], "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
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
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-09-22T09:00:00+00:00"}
    (feeds / "wau_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for items, kind in ((OBITS, "bereavement"), (NEWS, "news")):
        for it in items:
            assert it["guid"].startswith("wau_") and it["guid"] not in guids, it["guid"]
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
