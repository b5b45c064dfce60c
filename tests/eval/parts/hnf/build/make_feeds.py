"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part hnf.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/hnf/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/hnf/build/label_weather.py   (appends the weather rows)
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
import news_kcn  # noqa: E402
import news_tv  # noqa: E402
import obits_hsb  # noqa: E402
import obits_kcc  # noqa: E402
import obits_sof  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_kcc, obits_sof, obits_hsb)
NEWS_MODULES = (news_tv, news_kcn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"hnf{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "CA", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="CA")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        hh = f"{street}|{zp}" if street else cid
        if cid in NO_PHONE:
            phone = ""
        elif hh in seen_phone:
            phone = seen_phone[hh]
        else:
            phone = f"(559) 555-01{int(cid[3:]):02d}"
            seen_phone[hh] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "CA",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@valleymail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street, "birth_date": birth,
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


def rss(path: Path, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n<description>{escape(desc)}</description>\n"
            f"<language>en-us</language>\n<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def item(it: dict, link: str, extra: str, desc: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"{extra}<description>{escape(desc)}</description>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper, legacy-style titles, plain text
    items = [item(it, f"https://www.kingscountycourier.example/obituaries/{slug(it['title'].split(' Obituary')[0])}",
                  "<category>Obituaries</category>\n", it["body"].strip()) + "</item>\n" for it in obits_kcc.ITEMS]
    rss(feeds / "hnf_kings_county_courier_obituaries.rss", "Kings County Courier - Obituaries",
        "https://www.kingscountycourier.example/obituaries", "Obituaries from the Kings County Courier, Hanford, Calif.",
        "2026-09-23T05:35:00-07:00", items)

    # 2. funeral home: one-sentence description, HTML in content:encoded
    items = [item(it, f"https://www.sequoiaoaksfc.example/obituary/{it['guid']}",
                  "<dc:creator>Sequoia Oaks Funeral Chapels</dc:creator>\n", first_sentence(it["body"]))
             + f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
               "</content:encoded>\n</item>\n" for it in obits_sof.ITEMS]
    rss(feeds / "hnf_sequoia_oaks_funeral_chapels.rss", "Sequoia Oaks Funeral Chapels - Obituaries",
        "https://www.sequoiaoaksfc.example/obituaries", "Visalia, Tulare, Lemoore and Corcoran chapels",
        "2026-08-18T10:05:00-07:00", items, NS_CONTENT + NS_DC)

    # 3. parish bulletin, plain text
    items = [item(it, f"https://www.holyspirithanford.example/bulletin/{it['guid']}",
                  "<category>Please Pray For</category>\n", it["body"].strip()) + "</item>\n" for it in obits_hsb.ITEMS]
    rss(feeds / "hnf_holy_spirit_parish_bulletin.rss", "Holy Spirit Portuguese-American Catholic Community - Bulletin",
        "https://www.holyspirithanford.example/bulletin", "Prayer requests and notices, Hanford and Lemoore",
        "2026-10-11T07:05:00-07:00", items)

    # 4. TV station: HTML descriptions
    items = [item(it, f"https://www.valley24.example/news/local/{slug(it['title'])}",
                  "<dc:creator>Valley 24 News Staff</dc:creator>\n", html(it["body"])) + "</item>\n"
             for it in news_tv.ITEMS]
    rss(feeds / "hnf_valley24_kvsq_local_news.rss", "Valley 24 News KVSQ - Local", "https://www.valley24.example/",
        "Local news for Visalia, Hanford, Tulare and Kings Counties", "2026-10-20T18:15:00-07:00", items, NS_DC)

    # 5. community newsletter: teaser description, HTML in content:encoded
    items = [item(it, f"https://kingstulareneighbors.example/{it['guid']}", "<category>Community</category>\n",
                  first_sentence(it["body"]))
             + f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n" for it in news_kcn.ITEMS]
    rss(feeds / "hnf_kings_tulare_neighbors.rss", "Kings & Tulare Neighbors", "https://kingstulareneighbors.example/",
        "Community, school and farm news from Kings and Tulare Counties", "2026-10-02T08:05:00-07:00", items,
        NS_CONTENT)

    # 6. NWS alerts
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} KHNX {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": "NWS Hanford CA",
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-07-13T10:10:00+00:00"}
    (feeds / "hnf_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                             encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("hnf_") and it["guid"] not in guids, it["guid"]
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
