"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part `ena` (Kenai Peninsula, Alaska).

Adapted from tests/eval/independent4/build/make_feeds.py. Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/ena/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/ena/build/label_weather.py   (adds the weather rows)
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_cibj  # noqa: E402
import news_cpcn  # noqa: E402
import news_kpen  # noqa: E402
import obits_kpc  # noqa: E402
import obits_okb  # noqa: E402
import obits_pdn  # noqa: E402
import obits_shf  # noqa: E402
from roster_data import ADV, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH, NO_PHONE, SOUTH, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_kpc, obits_shf, obits_okb, obits_pdn)
NEWS_MODULES = (news_kpen, news_cibj, news_cpcn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ena{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st and z["city"].lower() == city.lower(), (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state=st)
        assert fips, (cid, z["county"])
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:
            lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
            lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(907) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(nick or first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@inletmail.example", "advisor_email": ADV["south" if city in SOUTH else "central"],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    # households are linked both ways
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:
        other = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if other:
            assert (other["spouse_first_name"], other["spouse_last_name"]) == (r["first_name"], r["last_name"]), r
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
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.kenaicourier.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_kpc.ITEMS]
    rss(feeds / "ena_kenai_peninsula_courier_obituaries.rss",
        dict(title="Kenai Peninsula Courier - Obituaries", link="https://www.kenaicourier.example/obituaries",
             description="Obituaries from the Kenai Peninsula Courier, Kenai and Soldotna, Alaska",
             built=rfc822("2026-06-01T06:05:00-08:00")), items)

    # 2. funeral-home site: one-sentence plain description, HTML in content:encoded
    items = []
    for it in obits_shf.ITEMS:
        link = obits_shf.BASE + it["guid"].removeprefix("ena_shf_")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Spruce Hollow Funeral Home &amp; Cremation Service</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ena_spruce_hollow_funeral_home.rss",
        dict(title="Spruce Hollow Funeral Home & Cremation Service - Obituaries",
             link="https://www.sprucehollowfh.example/obituaries/",
             description="Obituaries: Soldotna and Homer chapels, Kenai Peninsula, Alaska",
             built=rfc822("2026-07-15T10:10:00-08:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin, plain text
    items = [plain_item(it, f"https://www.kenaiorthodox.example/bulletin/{it['guid']}", "Memory Eternal")
             for it in obits_okb.ITEMS]
    rss(feeds / "ena_kenai_orthodox_parishes_bulletin.rss",
        dict(title="Orthodox Parishes of the Kenai Peninsula - Weekly Bulletin",
             link="https://www.kenaiorthodox.example/bulletin",
             description="Prayer requests and notices of the newly departed: Kenai, Ninilchik, Seldovia",
             built=rfc822("2026-09-20T08:05:00-08:00")), items)

    # 4. paid death notices, plain text
    items = [plain_item(it, f"https://notices.peninsuladeaths.example/{it['guid']}", "Death Notices")
             for it in obits_pdn.ITEMS]
    rss(feeds / "ena_peninsula_death_notices.rss",
        dict(title="Peninsula Death Notices", link="https://notices.peninsuladeaths.example/",
             description="Paid death notices, Kenai Peninsula Borough",
             built=rfc822("2026-08-05T07:05:00-08:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_kpen.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kpen7.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KPEN 7 Peninsula News</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ena_kpen7_peninsula_news.rss",
        dict(title="KPEN 7 Peninsula News - Local", link="https://www.kpen7.example/",
             description="Local news from Kenai, Soldotna and the Kenai Peninsula",
             built=rfc822("2026-08-31T18:15:00-08:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.cookinletbiz.example/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_cibj.ITEMS]
    rss(feeds / "ena_cook_inlet_business_journal.rss",
        dict(title="Cook Inlet Business Journal", link="https://www.cookinletbiz.example/",
             description="Business news from the Kenai Peninsula and Anchorage",
             built=rfc822("2026-09-15T06:35:00-08:00")), items)

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_cpcn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://centralpeninsulanotes.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ena_central_peninsula_community_notes.rss",
        dict(title="Central Peninsula Community Notes", link="https://centralpeninsulanotes.example/",
             description="Milestones, schools, volunteers and library news: Kenai, Soldotna, Sterling, Kasilof",
             built=rfc822("2026-07-22T09:05:00-08:00")), items, NS_CONTENT)

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
        # the feature's top-level id is the item id; the brief asks that it start with `ena_`
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-11-18T16:00:00-09:00",
    }
    (feeds / "ena_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ena_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids, cid
                    assert cid not in dnc, cid
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
