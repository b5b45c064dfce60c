"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the `pih` part (Pocatello and southeast
Idaho). Adapted from independent4/build/make_feeds.py.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/pih/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/pih/build/label_weather.py   (adds the weather rows)
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
import news_kpif  # noqa: E402
import news_pcb  # noqa: E402
import news_srbl  # noqa: E402
import obits_fhm  # noqa: E402
import obits_gcdn  # noqa: E402
import obits_pvj  # noqa: E402
import obits_ssr  # noqa: E402
from roster_data import ADV, ADV_NORTH, BLANK_COORDS, NO_PHONE, NORTH, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_pvj, obits_ssr, obits_gcdn, obits_fhm)
NEWS_MODULES = (news_kpif, news_srbl, news_pcb)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"pih{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "ID", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="ID")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(208) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "ID",
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@snakeriver-mail.example", "advisor_email": ADV_NORTH if zp in NORTH else ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:   # households linked both ways
        if r["spouse_first_name"]:
            mates = [m for m in rows if m["first_name"] == r["spouse_first_name"] and m["last_name"] == r["spouse_last_name"]]
            for m in mates:
                assert m["spouse_first_name"] == r["first_name"] and m["spouse_last_name"] == r["last_name"], r
    assert by_id
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

    # 1. daily newspaper obituaries: plain text
    items = [plain_item(it, f"https://www.portneufvalleyjournal.example/obituaries/{slug(it['title'])}-{it['guid'][-6:]}",
                        "Obituaries") for it in obits_pvj.ITEMS]
    rss(feeds / "pih_portneuf_valley_journal_obituaries.rss",
        dict(title="Portneuf Valley Journal - Obituaries", link="https://www.portneufvalleyjournal.example/obituaries/",
             description="Obituaries from the Portneuf Valley Journal, Pocatello, Idaho",
             built=rfc822("2026-06-25T06:05:00-06:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_ssr.ITEMS:
        link = obits_ssr.BASE + it["slug"]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Sagebrush &amp; Snake River Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}<p class=\"share\">Share a memory or send flowers</p></div>]]></content:encoded>\n</item>\n")
    rss(feeds / "pih_sagebrush_snake_river_funeral_chapels.rss",
        dict(title="Sagebrush & Snake River Funeral Chapels - Obituaries", link=obits_ssr.BASE,
             description="Obituaries: Pocatello, Blackfoot, Idaho Falls and Rexburg chapels",
             built=rfc822("2026-06-03T08:35:00-06:00")), items, NS_CONTENT + NS_DC)

    # 3. brief paid death notices, surname-first headings
    items = [plain_item(it, f"https://notices.gatecity.example/{it['guid']}", "Death Notices")
             for it in obits_gcdn.ITEMS]
    rss(feeds / "pih_gate_city_death_notices.rss",
        dict(title="Gate City Death Notices", link="https://notices.gatecity.example/",
             description="Paid death notices: Pocatello, Chubbuck, Blackfoot and eastern Idaho",
             built=rfc822("2026-06-10T07:05:00-06:00")), items)

    # 4. tribal community newsletter: "Walking On" notices
    items = [plain_item(it, f"https://www.forthallmessenger.example/walking-on/{slug(it['title'])}", "Walking On")
             for it in obits_fhm.ITEMS]
    rss(feeds / "pih_fort_hall_tribal_messenger_walking_on.rss",
        dict(title="Fort Hall Tribal Messenger - Walking On", link="https://www.forthallmessenger.example/",
             description="Community news of the Fort Hall Reservation: Walking On",
             built=rfc822("2026-04-23T12:05:00-06:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_kpif.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kpif6.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KPIF Local 6 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "pih_kpif_local6_news.rss",
        dict(title="KPIF Local 6 - Eastern Idaho News", link="https://www.kpif6.example/",
             description="Local news from Pocatello, Idaho Falls and southeast Idaho",
             built=rfc822("2026-06-17T21:15:00-06:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.snakeriverledger.example/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_srbl.ITEMS]
    rss(feeds / "pih_snake_river_business_ledger.rss",
        dict(title="Snake River Business Ledger", link="https://www.snakeriverledger.example/",
             description="Business news from eastern Idaho", built=rfc822("2026-06-05T06:05:00-06:00")), items)

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_pcb.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://bulletin.portneufbingham.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "pih_portneuf_bingham_community_bulletin.rss",
        dict(title="Portneuf & Bingham Community Bulletin", link="https://bulletin.portneufbingham.example/",
             description="Wards, schools, seniors and county-fair news from Bannock and Bingham Counties",
             built=rfc822("2026-08-21T08:05:00-06:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON (feature id = properties.id = "pih_urn:oid:...")
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
        "title": "Current watches, warnings, and advisories for Idaho",
        "updated": "2026-06-17T18:05:00+00:00",
    }
    (feeds / "pih_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("pih_"), it["guid"]
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
