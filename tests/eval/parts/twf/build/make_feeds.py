"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part twf (Magic Valley of Idaho).

Adapted from independent4/build/make_feeds.py. Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/twf/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/twf/build/label_weather.py   (adds the weather rows)
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
from roster_data import ADV, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBITS = obits_data.MVT + obits_data.RIM + obits_data.SIDN
NEWS = news_data.KSRV + news_data.LEDGER + news_data.GN


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"twf{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "ID" and z["city"] == city, (cid, zp, z["city"])
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        else:
            phone = seen_phone.setdefault(household, f"(208) 555-01{int(cid[3:]):02d}")
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "ID",
            "postal_code": zp, "county_fips": AF.get_county_fips(z["county"], state="ID"),
            "latitude": f"{float(z['lat']) + jitter(cid, 'lat'):.4f}",
            "longitude": f"{float(z['long']) + jitter(cid, 'lon'):.4f}",
            "email": f"{local}@magicvalleymail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:   # households linked both ways
        for o in rows:
            if o is not r and o["address_line"] == r["address_line"] and r["spouse_first_name"]:
                assert r["spouse_first_name"] == o["first_name"] and o["spouse_first_name"] == r["first_name"], r
    assert len(by_id) == len(rows) and len({r["email"] for r in rows}) == len(rows)
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
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    (PART / "feeds" / name).write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    (PART / "feeds").mkdir(exist_ok=True)
    for old in (PART / "feeds").glob("*"):
        old.unlink()
    # 1. newspaper obituaries, plain text
    rss("twf_magic_valley_times_register_obituaries.rss", "Magic Valley Times-Register - Obituaries",
        "https://www.mvtimesregister.example/obituaries/", "Obituaries from Twin Falls, Jerome, Buhl and the Magic Valley",
        "2026-08-10T06:05:00-07:00",
        [plain_item(it, f"https://www.mvtimesregister.example/obituaries/{slug(it['title'])}/{it['guid']}", "Obituaries")
         for it in obits_data.MVT])
    # 2. funeral home: one-sentence description, HTML in content:encoded
    items = []
    for it in obits_data.RIM:
        link = f"https://www.rimviewfuneral.example/obituary/{slug(it['title'])}-{it['guid']}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Rim View Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h1>{escape(it['title'])}</h1>{html(it['body'])}</div>]]>"
            f"</content:encoded>\n</item>\n")
    rss("twf_rim_view_funeral_chapels.rss", "Rim View Funeral Chapels - Obituaries",
        "https://www.rimviewfuneral.example/obituaries", "Twin Falls, Buhl and Gooding chapels",
        "2026-07-14T15:05:00-07:00", items, NS_CONTENT + NS_DC)
    # 3. brief paid death notices, plain text
    rss("twf_southern_idaho_death_notices.rss", "Southern Idaho Death Notices",
        "https://notices.southernidaho.example/", "Paid death notices, Magic Valley and southeast Idaho",
        "2026-06-05T07:05:00-07:00",
        [plain_item(it, f"https://notices.southernidaho.example/{it['guid']}", "Death Notices")
         for it in obits_data.SIDN])
    # 4. TV station site: HTML in description
    items = []
    for it in news_data.KSRV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ksrv11.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KSRV 11 News</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss("twf_ksrv11_local_news.rss", "KSRV 11 Magic Valley - Local News", "https://www.ksrv11.example/",
        "Local news for Twin Falls and the Magic Valley", "2026-09-03T18:35:00-07:00", items, NS_DC)
    # 5. business paper, plain text
    rss("twf_southern_idaho_business_ledger.rss", "Southern Idaho Business Ledger", "https://www.sibledger.example/",
        "Business news from the Magic Valley", "2026-06-16T06:05:00-07:00",
        [plain_item(it, f"https://www.sibledger.example/{it['guid']}", "Business") for it in news_data.LEDGER])
    # 6. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_data.GN:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://goodneighbor.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss("twf_good_neighbor_newsletter.rss", "Good Neighbor Newsletter - Kimberly, Hansen, Jerome & Buhl",
        "https://goodneighbor.example/", "Community and school news from the Magic Valley",
        "2026-07-08T08:05:00-07:00", items, NS_CONTENT)
    # 7. NWS alerts, shaped like api.weather.gov /alerts/active
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-06-21T23:15:00+00:00"}
    (PART / "feeds" / "twf_nws_alerts_active_2026.json").write_text(
        json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for items, kind in ((OBITS, "bereavement"), (NEWS, "news")):
        for it in items:
            assert it["guid"].startswith("twf_") and it["guid"] not in guids, it["guid"]
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
