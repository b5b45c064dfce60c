"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the pib part
(Hattiesburg / Pine Belt, Mississippi). Adapted from independent4/build/make_feeds.py.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/pib/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/pib/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
"""

from __future__ import annotations

import csv
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
import news_lpl  # noqa: E402
import news_pbbj  # noqa: E402
import news_tv  # noqa: E402
import obits_hgm  # noqa: E402
import obits_hrf  # noqa: E402
import obits_llf  # noqa: E402
import obits_pbc  # noqa: E402
from roster_data import ADV, BLANK_FIPS, JONES_COVINGTON, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_pbc, obits_llf, obits_hgm, obits_hrf)
NEWS_MODULES = (news_tv, news_pbbj, news_lpl)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, lat, lon, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "MS", (cid, zp)
        assert z["city"].lower() == city.lower(), (cid, z["city"], city)
        fips = AF.get_county_fips(z["county"], state="MS")
        if lat:
            # hand-set coordinates stay near the ZIP centroid
            assert abs(float(lat) - float(z["lat"])) < 0.11 and abs(float(lon) - float(z["long"])) < 0.11, cid
        if cid in NO_PHONE:
            phone = ""
        elif street in seen_phone:
            phone = seen_phone[street]
        else:
            phone = f"(601) 555-01{int(cid[3:]):02d}"
            seen_phone[street] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "MS",
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips, "latitude": lat, "longitude": lon,
            "email": f"{local}@pinebeltmail.example",
            "advisor_email": ADV["jones_covington" if zp in JONES_COVINGTON else "forrest_lamar"],
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
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def last_pub(mod) -> str:
    return rfc822(max(it["pub"] for it in mod.ITEMS))


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: legacy-style titles, plain text
    items = []
    for it in obits_pbc.ITEMS:
        name = it["title"].split(" Obituary")[0]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://obituaries.pinebeltcourier.example/obituary/{slug(name)}-{it['guid'][-5:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pib_pine_belt_courier_obituaries.rss",
        dict(title="Pine Belt Courier - Obituaries and Death Notices",
             link="https://obituaries.pinebeltcourier.example/",
             description="Obituaries and paid death notices published in the Pine Belt Courier, Hattiesburg, Miss.",
             built=last_pub(obits_pbc)), items)

    # 2. funeral home (Baptist/Methodist families): HTML in content:encoded, one-sentence description
    items = []
    for it in obits_llf.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{obits_llf.BASE}{it['slug']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Longleaf Pines Funeral Home &amp; Cremation</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "pib_longleaf_pines_funeral_home.rss",
        dict(title="Longleaf Pines Funeral Home & Cremation - Obituaries", link=obits_llf.BASE,
             description="Obituaries: Oak Grove (Hattiesburg), Petal, Purvis and Laurel chapels",
             built=last_pub(obits_llf)), items, NS_CONTENT + NS_DC)

    # 3. homegoing tributes: teaser description (first sentence), HTML in content:encoded
    items = []
    for it in obits_hgm.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{obits_hgm.BASE}{it['slug']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Tributes</category>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<article class=\"tribute\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</article>]]></content:encoded>\n</item>\n")
    rss(feeds / "pib_hinton_greer_mortuary_tributes.rss",
        dict(title="Hinton-Greer Mortuary Service - Tributes", link=obits_hgm.BASE,
             description="Homegoing celebrations and tributes, Hattiesburg and Laurel, Mississippi",
             built=last_pub(obits_hgm)), items, NS_CONTENT)

    # 4. parish bulletin: plain text, "Name - Town" headings
    items = []
    for it in obits_hrf.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.holyrosarystfabian.example/bulletin/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Pray for the Faithful Departed</category>\n"
            f"<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pib_holy_rosary_st_fabian_bulletin.rss",
        dict(title="Holy Rosary & St. Fabian Catholic Community - Weekly Bulletin",
             link="https://www.holyrosarystfabian.example/bulletin",
             description="Pray for the Faithful Departed: notices from the parish bulletin, Hattiesburg, Mississippi",
             built=last_pub(obits_hrf)), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.pinebelt9.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Pine Belt 9 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "pib_wpbx_pine_belt_9_local.rss",
        dict(title="Pine Belt 9 News WPBX - Local", link="https://www.pinebelt9.example/",
             description="Local news from Hattiesburg, Laurel, Petal and the Pine Belt",
             built=last_pub(news_tv)), items, NS_DC)

    # 6. business weekly: plain text
    items = []
    for it in news_pbbj.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.pinebeltbusiness.example/{it['guid'][-4:]}/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pib_pine_belt_business_journal.rss",
        dict(title="Pine Belt Business Journal", link="https://www.pinebeltbusiness.example/",
             description="Business news from Hattiesburg, Laurel and the Pine Belt",
             built=last_pub(news_pbbj)), items)

    # 7. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_lpl.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.lamarpetalleader.example/{it['guid'][8:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "pib_lamar_petal_leader_community.rss",
        dict(title="The Lamar-Petal Leader - Community", link="https://www.lamarpetalleader.example/",
             description="Schools, milestones and clubs: Lamar County, Petal and the Jones County line",
             built=last_pub(news_lpl)), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        # top-level id = properties.id, both starting "pib_" (the brief's id rule)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Mississippi",
        "updated": "2026-07-28T12:00:00+00:00",
    }
    (feeds / "pib_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[14]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("pib_"), it["guid"]
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
