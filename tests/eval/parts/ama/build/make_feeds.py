"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the ama part (no network).

Run: /work/main/.venv/bin/python tests/eval/parts/ama/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/ama/label_weather.py   (adds the weather rows)
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
import news_chn  # noqa: E402
import news_kln  # noqa: E402
import news_pbw  # noqa: E402
import obits_cmfd  # noqa: E402
import obits_hcb  # noqa: E402
import obits_hdl  # noqa: E402
import obits_ppc  # noqa: E402
from roster_data import ADV_AMA, ADV_RUR, COORD_OVERRIDES, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_cmfd, obits_ppc, obits_hdl, obits_hcb)
NEWS_MODULES = (news_pbw, news_kln, news_chn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ama{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "TX", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="TX")
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:
            lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
            lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(806) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "TX",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@llanomail.example", "advisor_email": ADV_AMA if city == "Amarillo" else ADV_RUR,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
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
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence description
    items = []
    for it in obits_cmfd.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.caprockmemorial.example/obituaries/{it['guid'][9:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Caprock Memorial Funeral Directors</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "caprock_memorial_obituaries.rss",
        dict(title="Caprock Memorial Funeral Directors - Obituaries", link="https://www.caprockmemorial.example/obituaries/",
             description="Obituaries from our Amarillo and Canyon chapels", built=rfc822("2026-04-14T09:35:00-05:00")),
        items, NS_CONTENT + NS_DC)

    # 2. paid death notices, surname-first
    items = [plain_item(it, f"https://www.panhandleplainscourier.example/notices/{it['guid'][4:]}", "Death Notices")
             for it in obits_ppc.ITEMS]
    rss(feeds / "panhandle_plains_courier_death_notices.rss",
        dict(title="Panhandle Plains Courier - Death Notices", link="https://www.panhandleplainscourier.example/notices/",
             description="Paid death notices, Amarillo and the Texas Panhandle", built=rfc822("2026-06-05T06:05:00-05:00")),
        items)

    # 3. bilingual Hispanic weekly
    items = [plain_item(it, f"https://www.heraldodelllano.example/esquelas/{slug(it['title'])}", "Esquelas / Obituaries")
             for it in obits_hdl.ITEMS]
    rss(feeds / "heraldo_del_llano_esquelas.rss",
        dict(title="El Heraldo del Llano - Esquelas", link="https://www.heraldodelllano.example/esquelas/",
             description="Semanario bilingüe de Hereford y Amarillo: esquelas y obituarios",
             built=rfc822("2026-06-18T08:05:00-05:00")), items)

    # 4. parish bulletin
    items = [plain_item(it, f"https://www.holycrossamarillo.example/bulletin/{it['guid'][8:]}", "Pray for the Faithful Departed")
             for it in obits_hcb.ITEMS]
    rss(feeds / "holy_cross_parish_bulletin.rss",
        dict(title="Holy Cross Catholic Parish, Amarillo - Weekly Bulletin", link="https://www.holycrossamarillo.example/bulletin/",
             description="Pray for the Faithful Departed", built=rfc822("2026-05-24T07:35:00-05:00")), items)

    # 5. business weekly, plain text
    items = [plain_item(it, f"https://www.panhandlebizweekly.example/news/{slug(it['title'])}", "Business")
             for it in news_pbw.ITEMS]
    rss(feeds / "panhandle_business_weekly.rss",
        dict(title="Panhandle Business Weekly", link="https://www.panhandlebizweekly.example/",
             description="Business news from Amarillo and the Texas Panhandle", built=rfc822("2026-05-11T07:05:00-05:00")),
        items)

    # 6. TV station site, HTML descriptions
    items = []
    for it in news_kln.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.klno9.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>NewsChannel 9 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "klno_newschannel9_local.rss",
        dict(title="KLNO NewsChannel 9 Amarillo - Local News", link="https://www.klno9.example/",
             description="Local news from Amarillo and the Texas Panhandle", built=rfc822("2026-06-02T17:50:00-05:00")),
        items, NS_DC)

    # 7. community weekly: teaser + content:encoded
    items = []
    for it in news_chn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://canyonherefordnews.example/{it['guid'][4:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "canyon_hereford_community_news.rss",
        dict(title="Canyon & Hereford Community News", link="https://canyonherefordnews.example/",
             description="Community news from Canyon, Hereford and Randall and Deaf Smith Counties",
             built=rfc822("2026-05-28T09:05:00-05:00")), items, NS_CONTENT)

    # 8. NWS alerts (api.weather.gov /alerts/active GeoJSON)
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
            "VTEC": [a["vtec"]],
        }
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
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Texas",
        "updated": "2026-06-20T12:00:00+00:00",
    }
    (feeds / "nws_alerts_tx_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ama_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
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
