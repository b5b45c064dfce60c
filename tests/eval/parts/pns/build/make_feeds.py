"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the pns part.

Adapted from tests/eval/independent4/build/make_feeds.py.
Run from the repository root:
    .venv/bin/python tests/eval/parts/pns/build/make_feeds.py
    .venv/bin/python tests/eval/parts/pns/build/label_weather.py   (adds the weather rows)
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
import news_ecbw  # noqa: E402
import news_gbi  # noqa: E402
import news_wgcn  # noqa: E402
import obits_bcfc  # noqa: E402
import obits_bdb  # noqa: E402
import obits_gl  # noqa: E402
import obits_hagoc  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_gl, obits_bcfc, obits_bdb, obits_hagoc)
NEWS_MODULES = (news_wgcn, news_ecbw, news_gbi)
PREFIX = "pns_"


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"pns{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree (< 600 m)


def email_local(first: str, last: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", f"{first}.{last}").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z.]", "", s.lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, adv, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "FL", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="FL")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(850) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "FL",
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": f"{street}",
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


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: legacy-style titles, plain text
    items = []
    for it in obits_gl.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://obituaries.pensacolagulfledger.example/obituary/{slug(it['title'].split(' Obituary')[0].split(' - ')[0])}-{slug(it['guid'][-14:])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pns_gulf_ledger_obituaries.rss",
        dict(title="Pensacola Gulf Ledger - Obituaries and Death Notices",
             link="https://obituaries.pensacolagulfledger.example/",
             description="Obituaries and death notices published in the Pensacola Gulf Ledger, Pensacola, Fla.",
             built=rfc822("2026-10-20T06:05:00-05:00")), items)

    # 2. funeral-home site: one-sentence plain description, HTML in content:encoded
    items = []
    for it in obits_bcfc.ITEMS:
        link = obits_bcfc.BASE + it["slug"]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Bayou Chico &amp; Ferry Pass Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "pns_bayou_chico_ferry_pass_chapels.rss",
        dict(title="Bayou Chico & Ferry Pass Chapels - Obituaries", link=obits_bcfc.BASE,
             description="Obituaries: Bayou Chico Chapel (Barrancas Avenue) and Ferry Pass Chapel, Pensacola, Fla.",
             built=rfc822("2026-08-04T09:20:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. Black community weekly: homegoing notices, plain text
    items = []
    for it in obits_bdb.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.belmontdevilliersbeacon.example/homegoing/{slug(it['title'].split(': ')[-1])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Homegoing</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pns_belmont_devilliers_beacon_homegoing.rss",
        dict(title="The Belmont-DeVilliers Beacon - Homegoing Celebrations",
             link="https://www.belmontdevilliersbeacon.example/",
             description="Homegoing notices from Pensacola's Westside, Belmont-DeVilliers and the church community",
             built=rfc822("2026-09-08T07:05:00-05:00")), items)

    # 4. Greek Orthodox parish bulletin: "Memory Eternal", plain text
    items = []
    for it in obits_hagoc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.holyarchangelspensacola.example/bulletin/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Memory Eternal</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pns_holy_archangels_bulletin.rss",
        dict(title="Holy Archangels Greek Orthodox Church, Pensacola - Weekly Bulletin",
             link="https://www.holyarchangelspensacola.example/bulletin",
             description="Parish announcements: Memory Eternal",
             built=rfc822("2026-09-15T08:05:00-05:00")), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in news_wgcn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wgcn7.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WGCN Gulf Coast News 7 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "pns_wgcn7_local_news.rss",
        dict(title="WGCN Gulf Coast News 7 - Local News", link="https://www.wgcn7.example/",
             description="Local news for Pensacola, the Florida Panhandle and south Alabama",
             built=rfc822("2026-10-13T17:45:00-05:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = []
    for it in news_ecbw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.emeraldcoastbizweekly.example/news/{it['guid']}/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pns_emerald_coast_business_weekly.rss",
        dict(title="Emerald Coast Business Weekly", link="https://www.emeraldcoastbizweekly.example/",
             description="Business news for Escambia, Santa Rosa and Okaloosa counties",
             built=rfc822("2026-10-27T07:05:00-05:00")), items)

    # 7. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_gbi.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.gulfbreezeislander.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "pns_gulf_breeze_islander_community.rss",
        dict(title="The Gulf Breeze Islander & Santa Rosa Neighbors", link="https://www.gulfbreezeislander.example/",
             description="Community and school news: Gulf Breeze, Navarre, Pace, Milton and Pensacola",
             built=rfc822("2026-11-12T08:05:00-06:00")), items, NS_CONTENT)

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
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Florida",
        "updated": "2026-07-22T08:45:00+00:00",
    }
    (feeds / "pns_nws_alerts_kmob_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith(PREFIX), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids, cid
                    assert cid not in dnc, cid
                    rows.append((cid, it["guid"], kind, role))
    for a in alerts_data.ALERTS:
        assert a["id"].startswith(PREFIX), a["id"]
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
