"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part ptx (Hale County, TX).

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/ptx/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/ptx/build/label_weather.py   (adds the weather rows)
Pattern: tests/eval/independent4/build/make_feeds.py.
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
import news_hch  # noqa: E402
import news_kpln  # noqa: E402
import obits_hpr  # noqa: E402
import obits_pdn  # noqa: E402
import obits_wcf  # noqa: E402
from roster_data import ADV, COORD_OVERRIDES, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_hpr, obits_wcf, obits_pdn)
NEWS_MODULES = (news_kpln, news_hch)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ptx{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "TX", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="TX")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(806) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "TX",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@llanomail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
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


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: plain text
    items = [plain_item(it, f"https://www.plainviewprairieherald.example/obituaries/{slug(it['title'])}-{it['guid'][-10:]}",
                        "Obituaries") for it in obits_hpr.ITEMS]
    rss(feeds / "ptx_plainview_prairie_herald_obituaries.rss", "Plainview Prairie Herald - Obituaries",
        "https://www.plainviewprairieherald.example/obituaries/", "Obituaries from the Plainview Prairie Herald",
        "2026-04-11T05:35:00-05:00", items)

    # 2. funeral home: HTML in content:encoded, one-sentence description
    items = []
    for it in obits_wcf.ITEMS:
        link = f"https://www.wheelercaprockfh.example/obituary/{slug(it['title'])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Wheeler-Caprock Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ptx_wheeler_caprock_funeral_home.rss", "Wheeler-Caprock Funeral Home - Obituaries",
        "https://www.wheelercaprockfh.example/obituaries", "Plainview and Hale Center chapels",
        "2026-04-28T10:05:00-05:00", items, NS_CONTENT + NS_DC)

    # 3. paid death notices: plain text
    items = [plain_item(it, f"https://notices.southplains.example/{it['guid']}", "Death Notices")
             for it in obits_pdn.ITEMS]
    rss(feeds / "ptx_south_plains_death_notices.rss", "South Plains Death Notices",
        "https://notices.southplains.example/", "Paid death notices: Hale, Floyd, Swisher and Lubbock Counties",
        "2026-06-17T07:05:00-05:00", items)

    # 4. TV station site: HTML descriptions
    items = []
    for it in news_kpln.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kpln11.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KPLN NewsChannel 11 Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ptx_kpln_newschannel11_local.rss", "KPLN NewsChannel 11 - South Plains Local News",
        "https://www.kpln11.example/", "Local news from Plainview, Lubbock and the South Plains",
        "2026-05-11T16:05:00-05:00", items, NS_DC)

    # 5. weekly paper: plain text
    items = [plain_item(it, f"https://www.halecountyharvester.example/{it['guid']}", "Community")
             for it in news_hch.ITEMS]
    rss(feeds / "ptx_hale_county_harvester.rss", "Hale County Harvester",
        "https://www.halecountyharvester.example/", "Weekly news of Hale Center, Abernathy and Petersburg",
        "2026-04-30T06:05:00-05:00", items)

    # 6. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Texas",
        "updated": "2026-05-20T23:31:00+00:00",
    }
    (feeds / "ptx_nws_alerts_active_tx.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ptx_") and it["guid"] not in guids, it["guid"]
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
