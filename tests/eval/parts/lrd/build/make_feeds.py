"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the lrd part (Laredo, Texas).

Adapted from tests/eval/independent4/build/make_feeds.py.
Run: /work/main/.venv/bin/python tests/eval/parts/lrd/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/lrd/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
import news_azteca  # noqa: E402
import news_gcbw  # noqa: E402
import news_tv  # noqa: E402
import obits_bs  # noqa: E402
import obits_fll  # noqa: E402
import obits_nsrb  # noqa: E402
from roster_data import ADV, AREA, BLANK_COORDS, COORD_OVERRIDES, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_bs, obits_fll, obits_nsrb)
NEWS_MODULES = (news_tv, news_gcbw, news_azteca)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"lrd{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:
            lat = round(float(z["lat"]) + jitter(street + zp, "lat"), 4)   # one point per household
            lon = round(float(z["long"]) + jitter(street + zp, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            n = int(cid[3:]) % 100
            phone = f"({AREA.get(zp, '956')}) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@correo.example", "advisor_email": ADV[city],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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


def by_pub(items: list[dict]) -> list[dict]:
    return sorted(items, key=lambda it: datetime.fromisoformat(it["pub"]), reverse=True)


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper, legacy-style titles, plain text
    items = []
    for it in by_pub(obits_bs.ITEMS):
        name = it["title"].split(" Obituary")[0].split(" - Death Notice")[0]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://obituaries.laredoborder-sentinel.example/obituary/{slug(name)}-{it['guid'][-4:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "lrd_border_sentinel_obituaries.rss",
        dict(title="Laredo Border Sentinel - Obituaries", link="https://obituaries.laredoborder-sentinel.example/",
             description="Obituaries and death notices published in the Laredo Border Sentinel, Laredo, Texas",
             built=rfc822("2026-06-14T06:15:00-05:00")), items)

    # 2. funeral-home site, bilingual: one-sentence plain description, HTML in content:encoded
    items = []
    for it in by_pub(obits_fll.ITEMS):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>{obits_fll.BASE}{it['guid'][len('lrd_fll_'):]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Funeraria Los Laureles</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituario\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "lrd_funeraria_los_laureles.rss",
        dict(title="Funeraria Los Laureles - Obituarios / Obituaries",
             link="https://www.funerarialoslaureles.example/obituarios/",
             description="Obituarios y servicios: capillas en Laredo y Zapata, Texas", lang="es-us",
             built=rfc822("2026-07-08T10:45:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin: short bilingual notices, plain text
    items = []
    for it in by_pub(obits_nsrb.ITEMS):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.nsriobravo.example/boletin/{it['guid'][len('lrd_nsrb_'):]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Oremos por nuestros difuntos</category>\n"
            f"<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "lrd_nsrb_parish_bulletin.rss",
        dict(title="Nuestra Señora del Río Bravo - Boletín parroquial / Parish Bulletin",
             link="https://www.nsriobravo.example/boletin",
             description="Oremos por nuestros difuntos / Let us pray for our deceased - Laredo, Texas",
             built=rfc822("2026-07-19T07:05:00-05:00")), items)

    # 4. TV station: HTML descriptions
    items = []
    for it in by_pub(news_tv.ITEMS):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kxbr7.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KXBR 7 News Digital Desk</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "lrd_kxbr7_local_news.rss",
        dict(title="KXBR 7 News - Laredo & the Border", link="https://www.kxbr7.example/",
             description="Local news from Laredo, Webb and Zapata Counties",
             built=rfc822("2026-08-05T16:55:00-05:00")), items, NS_DC)

    # 5. business weekly: plain text
    items = []
    for it in by_pub(news_gcbw.ITEMS):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.gatewaycitybiz.example/{it['guid']}/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "lrd_gateway_city_business_weekly.rss",
        dict(title="Gateway City Business Weekly", link="https://www.gatewaycitybiz.example/",
             description="Trade, logistics and small business in Laredo and South Texas",
             built=rfc822("2026-06-16T07:35:00-05:00")), items)

    # 6. community paper: teaser description, HTML in content:encoded
    items = []
    for it in by_pub(news_azteca.ITEMS):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://lavozdelazteca.example/{it['guid'][len('lrd_azteca_'):]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Comunidad</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "lrd_voz_del_azteca_community.rss",
        dict(title="La Voz del Azteca - Comunidad", link="https://lavozdelazteca.example/",
             description="Community news, schools and milestones from El Azteca, the Heights and all of Laredo",
             built=rfc822("2026-07-08T09:05:00-05:00")), items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
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
            "references": [], "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
            "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
            "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
            "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
            "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
            "response": a["response"], "parameters": params,
        }
        # the feature id is what the item is called: it starts with the part's prefix, as the brief asks
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Texas",
        "updated": "2026-08-03T08:35:00+00:00",
    }
    (feeds / "lrd_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("lrd_"), it["guid"]
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
