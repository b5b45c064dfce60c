"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the pvu part.

Run (repository root):  .venv/bin/python tests/eval/parts/pvu/build/make_feeds.py
then:                   .venv/bin/python tests/eval/parts/pvu/label_weather.py   (adds the weather rows)
Adapted from tests/eval/independent4/build/make_feeds.py. The labels are the `gold=` lists beside each text.
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
import news_ktv  # noqa: E402
import news_tn  # noqa: E402
import news_uvb  # noqa: E402
import obits_mps  # noqa: E402
import obits_ndv  # noqa: E402
import obits_thm  # noqa: E402
import obits_uvh  # noqa: E402
from roster_data import R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_thm, obits_uvh, obits_mps, obits_ndv)
NEWS_MODULES = (news_uvb, news_ktv, news_tn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"pvu{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.01   # +/- 0.005 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, adv, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "UT", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="UT")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(801) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "UT",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@wasatchmail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": f"{street}",
            "birth_date": birth,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
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
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral home (Latter-day Saint style): teaser description, HTML in content:encoded
    items = []
    for it in obits_thm.ITEMS:
        link = f"https://www.timphillsmortuary.example/obituaries/{it['guid'].split('-2026-')[1]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Timpanogos Hills Mortuary</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "pvu_timphills_mortuary_obituaries.rss",
        dict(title="Timpanogos Hills Mortuary - Obituaries", link="https://www.timphillsmortuary.example/obituaries/",
             description="Obituaries from Timpanogos Hills Mortuary, Orem and Springville, Utah",
             built=rfc822("2026-06-02T10:05:00-06:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper obituaries and paid death notices, plain text
    items = [plain_item(it, f"https://www.uvherald.example/obituaries/{it['guid'][4:]}",
                        "Death Notices" if "-dn-" in it["guid"] else "Obituaries") for it in obits_uvh.ITEMS]
    rss(feeds / "pvu_utah_valley_herald_obituaries.rss",
        dict(title="Utah Valley Herald - Obituaries & Death Notices", link="https://www.uvherald.example/obituaries/",
             description="Obituaries and death notices from the Utah Valley Herald, Provo, Utah",
             built=rfc822("2026-04-22T05:05:00-06:00")), items)

    # 3. Tongan / Samoan community paper, plain text
    items = [plain_item(it, f"https://manapasifikautah.example/in-loving-memory/{it['guid'][4:]}", "In Loving Memory")
             for it in obits_mps.ITEMS]
    rss(feeds / "pvu_mana_pasifika_in_memoriam.rss",
        dict(title="Mana Pasifika Utah - In Loving Memory", link="https://manapasifikautah.example/",
             description="Tongan and Samoan community news from Utah Valley and Salt Lake",
             built=rfc822("2026-05-22T12:05:00-06:00")), items)

    # 4. Spanish-language weekly, esquelas, plain text
    items = [plain_item(it, f"https://noticiasdelvalle.example/esquelas/{it['guid'][4:]}", "Esquelas")
             for it in obits_ndv.ITEMS]
    rss(feeds / "pvu_noticias_del_valle_esquelas.rss",
        dict(title="Noticias del Valle - Esquelas", link="https://noticiasdelvalle.example/",
             description="Semanario en español de Provo y Orem, Utah", built=rfc822("2026-06-10T09:05:00-06:00"),
             lang="es-us"), items)

    # 5. business weekly, plain text
    items = [plain_item(it, f"https://www.uvbusinessweekly.example/news/{it['guid'][4:]}/{slug(it['title'])}", "Business")
             for it in news_uvb.ITEMS]
    rss(feeds / "pvu_utah_valley_business_weekly.rss",
        dict(title="Utah Valley Business Weekly", link="https://www.uvbusinessweekly.example/",
             description="Business news from Utah County", built=rfc822("2026-08-06T06:05:00-06:00")), items)

    # 6. TV station site: HTML descriptions
    items = []
    for it in news_ktv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ktmp4.example/news/local/{slug(it['title'])}/{it['guid'].split('-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KTMP 4 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "pvu_ktmp4_local_news.rss",
        dict(title="KTMP 4 Utah Valley - Local News", link="https://www.ktmp4.example/",
             description="Local news from Provo, Orem and Utah County", built=rfc822("2026-09-17T18:05:00-06:00")),
        items, NS_DC)

    # 7. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_tn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://timpneighbors.example/{it['guid'][4:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "pvu_timp_neighbors_community.rss",
        dict(title="Timp Neighbors - Community News", link="https://timpneighbors.example/",
             description="Community news for Orem, Lindon, Pleasant Grove and Provo",
             built=rfc822("2026-07-29T08:05:00-06:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        params = {
            "AWIPSidentifier": [a["awips"]],
            "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
            "NWSheadline": [a["headline"].upper()],
            "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
            "eventEndingTime": [a["ends"]],
            "VTEC": [a["vtec"]],
        }
        params.update(a.get("extra", {}))
        props = {
            "@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
            "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
            "references": [], "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
            "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
            "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
            "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
            "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
            "response": a["response"], "parameters": params,
        }
        # the feature id carries the part prefix (pvu_) as the brief asks; it is the item id
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Utah",
        "updated": "2026-08-08T21:15:00+00:00",
    }
    (feeds / "pvu_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("pvu_"), it["guid"]
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
