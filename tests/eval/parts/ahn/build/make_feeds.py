"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part ahn.

Run: /work/main/.venv/bin/python tests/eval/parts/ahn/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/ahn/build/label_weather.py   (adds the weather rows)
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))
import alerts_data  # noqa: E402
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits.COURIER, obits.FH, obits.NOTICES)
NEWS_LISTS = (news.TV, news.WEEKLY)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ahn{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, cid
        fips = AF.get_county_fips(z["county"], state=st)
        hh = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and hh in seen_phone:
            phone = seen_phone[hh]
        else:
            area = "770" if city == "Winder" else "706"
            phone = f"({area}) 555-01{int(cid[3:]):02d}"
            seen_phone[hh] = phone
        bare = re.sub(r" (Jr\.|Sr\.)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{bare}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": f"{float(z['lat']) + jitter(cid, 'lat'):.4f}",
            "longitude": f"{float(z['long']) + jitter(cid, 'lon'):.4f}",
            "email": f"{local}@piedmontmail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    assert len({r["email"] for r in rows}) == len(rows)
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


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'


def rss(name: str, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{link}</link>\n<description>{escape(desc)}</description>\n"
            f"<language>en-us</language>\n<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    (SPLIT / "feeds" / name).write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def item(it: dict, link: str, desc: str, extra: str = "") -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<description>{desc}</description>\n{extra}</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    rss("ahn_classic_city_courier_obituaries.rss", "Classic City Courier - Obituaries",
        "https://www.classiccitycourier.example/obituaries", "Obituaries from Athens and northeast Georgia",
        "2026-07-02T06:05:00-04:00",
        [item(it, f"https://www.classiccitycourier.example/obituaries/{slug(it['title'])}", escape(it["body"].strip()))
         for it in obits.COURIER])
    rss("ahn_mcwhorter_lord_funeral_home.rss", "McWhorter & Lord Funeral Home - Obituaries",
        "https://www.mcwhorterlord.example/obituaries", "Watkinsville and Athens, Georgia",
        "2026-08-22T10:05:00-04:00",
        [item(it, f"https://www.mcwhorterlord.example/obituary/{slug(it['title'])}", escape(first_sentence(it["body"])),
              f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
              "</content:encoded>\n") for it in obits.FH], NS_CONTENT)
    rss("ahn_jackson_barrow_herald_death_notices.rss", "Jackson-Barrow Herald - Death Notices",
        "https://www.jbherald.example/notices", "Paid death notices, Jackson and Barrow counties",
        "2026-07-15T05:05:00-04:00",
        [item(it, f"https://www.jbherald.example/notices/{it['guid']}", escape(it["body"].strip()))
         for it in obits.NOTICES])
    rss("ahn_wcls12_local_news.rss", "WCLS 12 Classic City News - Local", "https://www.wcls12.example/news",
        "Local news for Athens and northeast Georgia", "2026-08-01T16:05:00-04:00",
        [item(it, f"https://www.wcls12.example/news/{slug(it['title'])}", escape(html(it["body"]))) for it in news.TV])
    rss("ahn_oconee_jackson_enterprise.rss", "The Oconee-Jackson Enterprise", "https://www.ojenterprise.example/",
        "Community weekly for Oconee, Jackson and Barrow counties", "2026-08-13T06:05:00-04:00",
        [item(it, f"https://www.ojenterprise.example/{it['guid']}", escape(it["body"].strip())) for it in news.WEEKLY])
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]], "NWSheadline": [a["headline"].upper()],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
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
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-08-22T12:00:00+00:00"}
    (feeds / "ahn_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("ahn_") and it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in ids and cid not in dnc, cid
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
