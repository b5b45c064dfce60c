"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the pbi part.

Run (from the repository root):
    .venv/bin/python tests/eval/parts/pbi/build/make_feeds.py
    .venv/bin/python tests/eval/parts/pbi/build/label_weather.py     (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
Adapted from tests/eval/independent4/build/make_feeds.py.
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
import news_gcbw  # noqa: E402
import news_lwl  # noqa: E402
import news_tv  # noqa: E402
import obits_flc  # noqa: E402
import obits_jc  # noqa: E402
import obits_pbs  # noqa: E402
import obits_rpm  # noqa: E402
from roster_data import ADV, BLANK_COORDS, COORD_OVERRIDES, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_pbs, obits_rpm, obits_jc, obits_flc)
NEWS_MODULES = (news_tv, news_gcbw, news_lwl)


def jitter(key: str, k: str) -> float:
    h = int(hashlib.md5(f"pbi{key}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m); one point per household


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "FL", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="FL")
        assert fips == "12099", (cid, fips)
        household = f"{street}|{zp}"
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:
            lat = round(float(z["lat"]) + jitter(household, "lat"), 4)
            lon = round(float(z["long"]) + jitter(household, "lon"), 4)
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(561) 555-01{int(cid[3:]) % 100:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "FL",
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


def plain_items(mod, link, category: str) -> list[str]:
    return [
        f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link(it)}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in mod.ITEMS]


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper paid death notices: surname-first headings, one run-on paragraph, plain text
    rss(feeds / "pbi_palm_beach_sentinel_death_notices.rss",
        dict(title="The Palm Beach Sentinel - Death Notices", link="https://legacy.pbsentinel.example/obituaries/",
             description="Paid death notices published in The Palm Beach Sentinel, West Palm Beach, Fla.",
             built=rfc822("2026-08-03T05:00:00-04:00")),
        plain_items(obits_pbs, lambda it: f"https://legacy.pbsentinel.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}",
                    "Death Notices"))

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_rpm.ITEMS:
        link = f"https://www.royalpalmmemorial.example/obituary/{slug(it['title'].split(' (')[0])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Royal Palm Memorial Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "pbi_royal_palm_memorial_chapels.rss",
        dict(title="Royal Palm Memorial Chapels - Obituaries", link="https://www.royalpalmmemorial.example/obituaries/",
             description="Obituaries: West Palm Beach and Lake Worth Beach chapels",
             built=rfc822("2026-09-02T10:30:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. Jewish community weekly, In Memoriam notices, plain text
    rss(feeds / "pbi_palm_beach_jewish_chronicle_memoriam.rss",
        dict(title="Palm Beach Jewish Chronicle - In Memoriam", link="https://www.pbjewishchronicle.example/memoriam/",
             description="Obituaries and In Memoriam notices of the Jewish community of the Palm Beaches",
             built=rfc822("2026-10-05T09:30:00-04:00")),
        plain_items(obits_jc, lambda it: f"https://www.pbjewishchronicle.example/memoriam/{it['guid']}", "In Memoriam"))

    # 4. Finnish-American Lutheran church bulletin, plain text
    rss(feeds / "pbi_kirkon_uutiset_bulletin.rss",
        dict(title="Kirkon Uutiset - Lake Worth Finnish-American Lutheran Church",
             link="https://www.lwfinnishlutheran.example/bulletin/",
             description="Weekly bulletin: In Memoriam, Lake Worth and Lantana",
             built=rfc822("2026-10-11T07:30:00-04:00")),
        plain_items(obits_flc, lambda it: f"https://www.lwfinnishlutheran.example/bulletin/{it['guid']}", "In Memoriam"))

    # 5. local TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wplm12.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WPLM NewsChannel 12 Digital Team</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "pbi_wplm_newschannel12_local.rss",
        dict(title="WPLM NewsChannel 12 - Local News", link="https://www.wplm12.example/",
             description="Local news from the Palm Beaches and the Treasure Coast",
             built=rfc822("2026-06-18T21:35:00-04:00")), items, NS_DC)

    # 6. business weekly: plain text
    rss(feeds / "pbi_gold_coast_business_weekly.rss",
        dict(title="Gold Coast Business Weekly", link="https://www.goldcoastbiz.example/",
             description="Business news of Palm Beach and Martin counties",
             built=rfc822("2026-06-02T06:05:00-04:00")),
        plain_items(news_gcbw, lambda it: f"https://www.goldcoastbiz.example/news/{it['guid']}/{slug(it['title'])}", "Business"))

    # 7. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_lwl.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://lakeworthlantern.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "pbi_lake_worth_lantern_community.rss",
        dict(title="The Lake Worth Lantern - Community", link="https://lakeworthlantern.example/",
             description="Community news of Lake Worth Beach, Lantana, Palm Springs and Greenacres",
             built=rfc822("2026-07-01T08:05:00-04:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/county/{u}" for u in a["UGC"]]
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
        # the brief asks every alert id to start with pbi_: the feature id and properties.id are the same string
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Florida",
        "updated": "2026-06-19T00:30:00+00:00",
    }
    (feeds / "pbi_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("pbi_"), it["guid"]
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
