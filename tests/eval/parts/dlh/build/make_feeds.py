"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the dlh part.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/dlh/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/dlh/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
(Adapted from independent4/build/make_feeds.py.)
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
import news_hwv  # noqa: E402
import news_knld  # noqa: E402
import news_tpb  # noqa: E402
import obits_dht  # noqa: E402
import obits_fdl  # noqa: E402
import obits_gdb  # noqa: E402
import obits_lfw  # noqa: E402
import obits_skf  # noqa: E402
from roster_data import ADV, ADV_BY_CITY, AREA, BLANK_COORDS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_dht, obits_skf, obits_gdb, obits_lfw, obits_fdl)
NEWS_MODULES = (news_tpb, news_knld, news_hwv)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"dlh{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            n = int(cid[3:]) % 100
            phone = f"({AREA[st]}) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@northmail.example", "advisor_email": ADV_BY_CITY.get(city, ADV[st]),
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
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: death notices and obituaries, plain text
    items = [plain_item(it, f"https://www.harbortribune.example/obituaries/{slug(it['title'])}-{it['guid'][-6:]}",
                        "Obituaries") for it in obits_dht.ITEMS]
    rss(feeds / "dlh_harbor_tribune_obituaries.rss",
        dict(title="Duluth Harbor Tribune - Obituaries and Death Notices", link="https://www.harbortribune.example/obituaries",
             description="Obituaries and death notices from the Duluth Harbor Tribune, Duluth, Minn.",
             built=rfc822("2026-05-13T05:20:00-05:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_skf.ITEMS:
        link = obits_skf.BASE + it["guid"].removeprefix("dlh_skf_")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Sjoberg-Kallio Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "dlh_sjoberg_kallio_funeral_chapels.rss",
        dict(title="Obituaries | Sjoberg-Kallio Funeral Chapels", link=obits_skf.BASE,
             description="Obituaries: East Duluth, West Duluth, Cloquet and Superior chapels",
             built=rfc822("2026-09-15T14:25:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. Lutheran parish bulletin: plain text
    items = [plain_item(it, f"https://www.gloriadeibethlehem.example/bulletin/{it['guid']}", "In Memoriam")
             for it in obits_gdb.ITEMS]
    rss(feeds / "dlh_gloria_dei_bethlehem_bulletin.rss",
        dict(title="Gloria Dei & Bethlehem Lutheran - Weekly Bulletin", link="https://www.gloriadeibethlehem.example/bulletin",
             description="In Memoriam notices from the parish bulletin, Duluth, Minnesota",
             built=rfc822("2026-06-21T07:05:00-05:00")), items)

    # 4. Finnish-American community weekly: plain text
    items = [plain_item(it, f"https://www.lakeheadfinnweekly.example/muistokirjoitukset/{slug(it['title'])}",
                        "Muistokirjoitukset / Obituaries") for it in obits_lfw.ITEMS]
    rss(feeds / "dlh_lakehead_finnish_weekly_obituaries.rss",
        dict(title="Lakehead Finnish-American Weekly - Muistokirjoitukset", link="https://www.lakeheadfinnweekly.example/",
             description="Obituaries of the Finnish-American community of Duluth, Cloquet, Esko and the Iron Range",
             built=rfc822("2026-06-04T08:05:00-05:00")), items)

    # 5. reservation community newsletter: plain text
    items = [plain_item(it, f"https://news.fdlcommunity.example/walking-on/{it['guid']}", "Walking On")
             for it in obits_fdl.ITEMS]
    rss(feeds / "dlh_fond_du_lac_community_news_walking_on.rss",
        dict(title="Fond du Lac Community News - Walking On", link="https://news.fdlcommunity.example/",
             description="Walking On: notices from the Fond du Lac and Cloquet community",
             built=rfc822("2026-08-06T09:05:00-05:00")), items)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.twinportsbiz.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_tpb.ITEMS]
    rss(feeds / "dlh_twin_ports_business_weekly.rss",
        dict(title="Twin Ports Business Weekly", link="https://www.twinportsbiz.example/",
             description="Business news from Duluth, Superior and the North Shore",
             built=rfc822("2026-06-08T06:05:00-05:00")), items)

    # 7. TV station site: HTML descriptions
    items = []
    for it in news_knld.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.northland10.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Northland 10 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "dlh_northland10_knld_local_news.rss",
        dict(title="Northland 10 KNLD - Local News", link="https://www.northland10.example/",
             description="Local news from Duluth, Superior, the North Shore and the Iron Range",
             built=rfc822("2026-05-19T18:15:00-05:00")), items, NS_DC)

    # 8. neighborhood community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_hwv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://hillsidewestendvoice.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Neighbors</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "dlh_hillside_west_end_voice.rss",
        dict(title="Hillside & West End Voice - Neighbors", link="https://hillsidewestendvoice.example/",
             description="Neighborhood news from Duluth's Hillside, Lincoln Park, West Duluth and Gary-New Duluth, and Cloquet-Esko",
             built=rfc822("2026-07-27T08:05:00-05:00")), items, NS_CONTENT)

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
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Minnesota and Wisconsin",
        "updated": "2026-10-27T20:31:00+00:00",
    }
    (feeds / "dlh_nws_alerts_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                    encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("dlh_"), it["guid"]
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
