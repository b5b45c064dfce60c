"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part smx.

Run: /work/main/.venv/bin/python tests/eval/parts/smx/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/smx/build/label_weather.py   (adds the weather rows)
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, BLANK_COORDS, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"smx{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows = []
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, ph, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "CA", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="CA")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' Jr[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "CA",
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@valleymail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false",
            "phone": f"(805) 555-01{ph}" if ph else "", "address_line": street, "birth_date": birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
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
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    (PART / "feeds" / name).write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def item(it: dict, link: str, category: str, description: str, extra: str = "") -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(description)}</description>\n"
            f"{extra}</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    # 1. daily newspaper, legacy-style titles, plain text
    rss("smx_santa_maria_valley_courier_obituaries.rss", "Santa Maria Valley Courier - Obituaries",
        "https://obits.smvcourier.example/", "Obituaries from the Santa Maria Valley Courier", "2026-06-11T06:00:00-07:00",
        [item(it, f"https://obits.smvcourier.example/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-4:]}",
              "Obituaries", it["body"].strip()) for it in obits.COURIER])
    # 2. funeral home: one-sentence description + HTML content:encoded
    rss("smx_valle_verde_mortuary.rss", "Valle Verde Mortuary & Chapel - Obituaries",
        "https://www.valleverdemortuary.example/obituaries/", "Santa Maria, Guadalupe and Nipomo",
        "2026-07-08T09:15:00-07:00",
        [item(it, f"https://www.valleverdemortuary.example/obituaries/{it['guid'][8:]}", "Obituaries",
              first_sentence(it["body"]),
              f"<dc:creator>Valle Verde Mortuary &amp; Chapel</dc:creator>\n"
              f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
              f"</content:encoded>\n") for it in obits.VVM], NS_CONTENT + NS_DC)
    # 3. church bulletin, plain text
    rss("smx_st_joseph_guadalupe_bulletin.rss", "St. Joseph & Our Lady of Guadalupe Parishes - Bulletin",
        "https://www.stjosepholg.example/bulletin", "Pray for our faithful departed / Oremos por nuestros difuntos",
        "2026-06-14T08:00:00-07:00",
        [item(it, f"https://www.stjosepholg.example/bulletin/{it['guid']}", "Faithful Departed", it["body"].strip())
         for it in obits.BULLETIN])
    # 4. paid death notices, plain text
    rss("smx_central_coast_death_notices.rss", "Central Coast Paid Death Notices", "https://notices.ccdn.example/",
        "Paid death notices, northern Santa Barbara and southern San Luis Obispo counties", "2026-05-20T05:00:00-07:00",
        [item(it, f"https://notices.ccdn.example/{it['guid']}", "Death Notices", it["body"].strip())
         for it in obits.NOTICES])
    # 5. TV station: HTML descriptions
    rss("smx_kcvt_central_coast7_local.rss", "Central Coast 7 KCVT - Local News", "https://www.kcvt7.example/",
        "Local news for Santa Maria, Lompoc and San Luis Obispo", "2026-04-15T16:20:00-07:00",
        [item(it, f"https://www.kcvt7.example/news/{slug(it['title'])}", "Local News", html(it["body"]),
              "<dc:creator>KCVT Digital Staff</dc:creator>\n") for it in news.TV], NS_DC)
    # 6. weekly: teaser + content:encoded
    rss("smx_valley_ledger_weekly.rss", "The Valley Ledger - Nipomo & Guadalupe", "https://valleyledger.example/",
        "Weekly community news from Nipomo and Guadalupe", "2026-06-18T07:00:00-07:00",
        [item(it, f"https://valleyledger.example/{it['guid']}", "Community", first_sentence(it["body"]),
              f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n") for it in news.LEDGER],
        NS_CONTENT)
    # 7. business paper: plain text
    rss("smx_central_coast_business_times.rss", "Central Coast Business Times", "https://www.ccbiztimes.example/",
        "Business news from the Central Coast", "2026-06-16T06:30:00-07:00",
        [item(it, f"https://www.ccbiztimes.example/{it['guid']}", "Business", it["body"].strip()) for it in news.BIZ])
    # 8. NWS alerts
    features = []
    for a in alerts_data.ALERTS:
        by_id = {x["id"]: x for x in alerts_data.ALERTS}
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} KLOX {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": "NWS Los Angeles/Oxnard CA",
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-06-02T12:00:00+00:00"}
    (feeds / "smx_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mod, kind in ((obits, "bereavement"), (news, "news")):
        for it in mod.ITEMS:
            assert it["guid"].startswith("smx_") and it["guid"] not in guids, it["guid"]
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
