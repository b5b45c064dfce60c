"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the mgm part (no network).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/mgm/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/mgm/label_weather.py     (adds the weather rows)
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
from roster_data import ADVISER, BLANK_COORDS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
AREA = {"Montgomery": "334", "Pike Road": "334", "Prattville": "334", "Wetumpka": "334", "Millbrook": "334"}


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"mgm{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st and z["city"].lower() == city.lower(), (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"({AREA[city]}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base}".lower().replace(" ", "").replace("ñ", "n"))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@riverbendclients.example", "advisor_email": ADVISER[cid],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
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
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def item(it: dict, link: str, extra: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n{extra}</item>\n')


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: one-sentence description, HTML in content:encoded
    items = [item(it, f"https://www.cypresshillfh.example/obituaries/{slug(it['title'])}",
                  "<dc:creator>Cypress Hill Funeral Home</dc:creator>\n"
                  f"<description>{escape(first_sentence(it['body']))}</description>\n"
                  f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}"
                  "<p class=\"sign\">Cypress Hill Funeral Home, Prattville &amp; Wetumpka</p></div>]]></content:encoded>\n")
             for it in obits.CHFH]
    rss(feeds / "cypress_hill_funeral_home.rss", "Cypress Hill Funeral Home - Obituaries",
        "https://www.cypresshillfh.example/obituaries/", "Obituaries: Prattville and Wetumpka chapels",
        "2026-07-09T09:15:00-05:00", items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first, plain text
    items = [item(it, f"https://www.capitalcourier.example/death-notices/{it['guid']}",
                  f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in obits.MCC]
    rss(feeds / "montgomery_capital_courier_death_notices.rss", "Montgomery Capital Courier - Death Notices",
        "https://www.capitalcourier.example/death-notices/", "Paid death notices, Montgomery and the River Region",
        "2026-08-05T06:05:00-05:00", items)

    # 3. community weekly: homegoing notices, plain text
    items = [item(it, f"https://riverregiontribune.example/obituaries/{slug(it['title'])}",
                  f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in obits.RRT]
    rss(feeds / "river_region_tribune_obituaries.rss", "The River Region Tribune - Homegoing & Remembrances",
        "https://riverregiontribune.example/", "Celebrations of life from Montgomery's community weekly",
        "2026-06-11T08:05:00-05:00", items)

    # 4. business weekly: plain text
    items = [item(it, f"https://www.rrbizledger.example/news/{slug(it['title'])}",
                  f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in news.RRBL]
    rss(feeds / "river_region_business_ledger.rss", "River Region Business Ledger",
        "https://www.rrbizledger.example/", "Business news from Montgomery, Prattville, Wetumpka and Pike Road",
        "2026-06-10T07:05:00-05:00", items)

    # 5. TV station: HTML descriptions
    items = [item(it, f"https://www.wmgv12.example/news/local/{slug(it['title'])}",
                  "<dc:creator>WMGV 12 News Digital Staff</dc:creator>\n"
                  f"<description>{escape(html(it['body']))}</description>\n")
             for it in news.WMGV]
    rss(feeds / "wmgv12_local_news.rss", "WMGV 12 News - Local", "https://www.wmgv12.example/",
        "Local news from Montgomery and the River Region", "2026-07-02T18:25:00-05:00", items, NS_DC)

    # 6. community paper: teaser description, HTML in content:encoded
    items = [item(it, f"https://elmoreautauganeighbors.example/{it['guid']}",
                  f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
                  f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n")
             for it in news.EAN]
    rss(feeds / "elmore_autauga_neighbors.rss", "Elmore-Autauga Neighbors", "https://elmoreautauganeighbors.example/",
        "Community news: Wetumpka, Millbrook, Prattville, Pike Road and Montgomery", "2026-08-12T08:05:00-05:00",
        items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        params = {
            "AWIPSidentifier": [a["awips"]],
            "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
            "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
            "eventEndingTime": [a["ends"]],
        }
        if a.get("vtec"):
            params["VTEC"] = [a["vtec"]]
        params.update(a.get("extra", {}))
        url = f"https://api.weather.gov/alerts/{a['id']}"
        props = {
            "@id": url, "@type": "wx:Alert", "id": a["id"], "areaDesc": a["areaDesc"],
            "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones, "references": [],
            "sent": a["sent"], "effective": a["sent"], "onset": a["onset"], "expires": a["expires"],
            "ends": a["ends"], "status": a["status"], "messageType": a["messageType"], "category": "Met",
            "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"], "event": a["event"],
            "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"], "headline": a["headline"],
            "description": a["description"], "instruction": a["instruction"], "response": a["response"],
            "parameters": params,
        }
        features.append({"id": url, "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Alabama",
        "updated": "2026-11-09T05:41:00+00:00",
    }
    (feeds / "nws_alerts_active_al_2026.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mod, kind in ((obits, "bereavement"), (news, "news")):
        for it in mod.ITEMS:
            assert it["guid"].startswith("mgm_") and it["guid"] not in guids, it["guid"]
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
