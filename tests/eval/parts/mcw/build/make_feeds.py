"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the mcw part.

Run from the repository root:
    .venv/bin/python tests/eval/parts/mcw/build/make_feeds.py
    .venv/bin/python tests/eval/parts/mcw/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
Adapted from tests/eval/independent4/build/make_feeds.py.
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
import news_clsc  # noqa: E402
import news_kcgn  # noqa: E402
import news_nibl  # noqa: E402
import obits_bethany  # noqa: E402
import obits_dn  # noqa: E402
import obits_ngr  # noqa: E402
import obits_plfc  # noqa: E402
import obits_sth  # noqa: E402
from roster_data import ADV, BLANK_COORDS, NO_BIRTH, NO_PHONE, OFFSETS, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ngr, obits_dn, obits_plfc, obits_bethany, obits_sth)
NEWS_MODULES = (news_kcgn, news_nibl, news_clsc)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "IA" and z["city"] == city, (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state="IA")
        dlat, dlon = OFFSETS[cid]
        lat = round(float(z["lat"]) + dlat, 4)
        lon = round(float(z["long"]) + dlon, 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(641) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last).split(" ")[0])
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "IA",
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
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


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n"
            "</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper, legacy-style titles, plain text
    items = [plain_item(it, "https://obits.globeregister.example/obituary/"
                        + slug(it["title"].split(" Obituary")[0]) + "-" + it["guid"][-4:], "Obituaries")
             for it in obits_ngr.ITEMS]
    rss(feeds / "mcw_globe_register_obituaries.rss",
        dict(title="North Iowa Globe-Register - Obituaries", link="https://obits.globeregister.example/",
             description="Obituaries published in the North Iowa Globe-Register, Mason City, Iowa",
             built=rfc822("2026-06-11T05:35:00-05:00")), items)

    # 2. the same paper's paid death notices: surname-first headings, terse
    items = [plain_item(it, "https://obits.globeregister.example/notices/" + it["guid"], "Death Notices")
             for it in obits_dn.ITEMS]
    rss(feeds / "mcw_globe_register_death_notices.rss",
        dict(title="North Iowa Globe-Register - Death Notices", link="https://obits.globeregister.example/notices/",
             description="Paid death notices, North Iowa Globe-Register",
             built=rfc822("2026-06-19T05:05:00-05:00")), items)

    # 3. funeral-home site: HTML in content:encoded, one-sentence description
    items = []
    for it in obits_plfc.ITEMS:
        link = obits_plfc.BASE + it["guid"].removeprefix("mcw_plfc_")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Prairie Lakes Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}<p class=\"obit-links\">Send flowers | Share a memory</p></div>]]></content:encoded>\n"
            "</item>\n")
    rss(feeds / "mcw_prairie_lakes_funeral_chapels.rss",
        dict(title="Prairie Lakes Funeral Chapels - Obituaries", link="https://www.prairielakeschapels.example/",
             description="Obituaries: Mason City, Clear Lake and Rockwell chapels",
             built=rfc822("2026-07-08T15:05:00-05:00")), items, NS_CONTENT + NS_DC)

    # 4. Lutheran church newsletter
    items = [plain_item(it, "https://www.bethanymasoncity.example/newsletter/" + it["guid"], "Prayer Concerns")
             for it in obits_bethany.ITEMS]
    rss(feeds / "mcw_bethany_lutheran_newsletter.rss",
        dict(title="Bethany Lutheran Church, Mason City - The Bethany Beacon", link="https://www.bethanymasoncity.example/",
             description="Weekly e-newsletter: worship, prayer concerns, Entered the Church Triumphant",
             built=rfc822("2026-03-22T07:05:00-05:00")), items)

    # 5. Greek Orthodox parish bulletin
    items = [plain_item(it, "https://www.stharalambos-mc.example/bulletin/" + it["guid"], "Memory Eternal")
             for it in obits_sth.ITEMS]
    rss(feeds / "mcw_st_haralambos_bulletin.rss",
        dict(title="St. Haralambos Greek Orthodox Church - Weekly Bulletin", link="https://www.stharalambos-mc.example/",
             description="Parish bulletin of St. Haralambos Greek Orthodox Church, Mason City, Iowa",
             built=rfc822("2026-07-05T08:05:00-05:00")), items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_kcgn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kcgn9.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KCGN North Iowa 9 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "mcw_kcgn_north_iowa_9_news.rss",
        dict(title="KCGN North Iowa 9 - Local News", link="https://www.kcgn9.example/",
             description="Local news from Mason City, Clear Lake and North Iowa",
             built=rfc822("2026-08-14T18:05:00-05:00")), items, NS_DC)

    # 7. business weekly: plain text
    items = [plain_item(it, "https://www.niabizledger.example/" + it["guid"] + "/" + slug(it["title"]), "Business")
             for it in news_nibl.ITEMS]
    rss(feeds / "mcw_north_iowa_business_ledger.rss",
        dict(title="North Iowa Business Ledger", link="https://www.niabizledger.example/",
             description="Business news from Mason City, Clear Lake and the North Iowa counties",
             built=rfc822("2026-07-15T06:05:00-05:00")), items)

    # 8. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_clsc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.shorelinecourier.example/community/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "mcw_clear_lake_shoreline_courier.rss",
        dict(title="Clear Lake Shoreline Courier - Community", link="https://www.shorelinecourier.example/",
             description="Community, church and school news from Clear Lake and Ventura, Iowa",
             built=rfc822("2026-08-16T07:05:00-05:00")), items, NS_CONTENT)

    # 9. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Iowa",
        "updated": "2026-06-21T19:40:00-05:00",
    }
    (feeds / "mcw_nws_alerts_ia_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("mcw_"), it["guid"]
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
