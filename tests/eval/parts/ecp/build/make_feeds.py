"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the ecp part.

Run from the repository root:
  .venv/bin/python tests/eval/parts/ecp/build/make_feeds.py
  .venv/bin/python tests/eval/parts/ecp/label_weather.py      (adds the weather rows)
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_biz  # noqa: E402
import news_community  # noqa: E402
import news_tv  # noqa: E402
import obits_community  # noqa: E402
import obits_funeral  # noqa: E402
import obits_ledger  # noqa: E402
from roster_data import ADV, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ledger, obits_funeral, obits_community)
NEWS_MODULES = (news_biz, news_tv, news_community)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ecp{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.01   # +/- 0.005 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if household not in seen_phone:
            seen_phone[household] = f"(850) 555-01{int(cid[3:]):02d}"
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@baymail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "phone": seen_phone[household],
            "address_line": street, "birth_date": birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n"
            f"</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: legacy-style obituary titles and paid death notices, plain text
    items = []
    for it in obits_ledger.ITEMS:
        cat = "Death Notices" if "_dn_" in it["guid"] else "Obituaries"
        link = f"https://www.baycountyledger.example/obituaries/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-6:]}"
        items.append(plain_item(it, link, cat))
    rss(feeds / "ecp_bay_county_ledger_obituaries.rss",
        dict(title="The Bay County Ledger - Obituaries & Death Notices", link="https://www.baycountyledger.example/obituaries",
             description="Obituaries and death notices published in The Bay County Ledger, Panama City, Fla.",
             built=rfc822("2026-06-12T05:35:00-05:00")), items)

    # 2. funeral-home site: one-sentence description, HTML in content:encoded
    items = []
    for it in obits_funeral.ITEMS:
        link = f"https://www.harrellpruett.example/obituary/{it['slug']}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Harrell-Pruett Funeral Home &amp; Crematory</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ecp_harrell_pruett_funeral_home.rss",
        dict(title="Harrell-Pruett Funeral Home & Crematory - Obituaries", link="https://www.harrellpruett.example/obituaries",
             description="Obituaries: Panama City, Lynn Haven and Wewahitchka chapels",
             built=rfc822("2026-07-15T13:40:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. community weekly: homegoing notices, Vietnamese and Spanish notices, plain text
    items = []
    for it in obits_community.ITEMS:
        link = f"https://www.gulfcoastcommunityvoice.example/notices/{it['guid'][4:]}"
        items.append(plain_item(it, link, "Homegoing & Memorial Notices"))
    rss(feeds / "ecp_gulf_coast_community_voice_notices.rss",
        dict(title="Gulf Coast Community Voice - Homegoing & Memorial Notices",
             link="https://www.gulfcoastcommunityvoice.example/notices",
             description="Community weekly for Glenwood and the churches of Bay County",
             built=rfc822("2026-06-07T07:05:00-05:00")), items)

    # 4. business weekly: plain text
    items = [plain_item(it, f"https://www.baybusinessweekly.example/news/{slug(it['title'])}", "Business")
             for it in news_biz.ITEMS]
    rss(feeds / "ecp_bay_business_weekly.rss",
        dict(title="Bay Business Weekly", link="https://www.baybusinessweekly.example/",
             description="Business news from Bay, Gulf and Walton counties", built=rfc822("2026-06-09T06:05:00-05:00")),
        items)

    # 5. TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.emeraldcoast9.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Emerald Coast 9 Digital Team</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ecp_wecn9_local_news.rss",
        dict(title="Emerald Coast 9 WECN - Local News", link="https://www.emeraldcoast9.example/",
             description="Local news for Panama City and the Emerald Coast", built=rfc822("2026-07-08T17:35:00-05:00")),
        items, NS_DC)

    # 6. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_community.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://bayneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ecp_bay_neighbors_community.rss",
        dict(title="Bay Neighbors - Churches, Schools & Milestones", link="https://bayneighbors.example/",
             description="Community news from Panama City, Lynn Haven, Callaway and the Beach",
             built=rfc822("2026-05-28T08:05:00-05:00")), items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        # the feature id (what the gold's item_id names) carries the part prefix: ecp_urn:oid:...
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-08-27T21:10:00+00:00",
    }
    (feeds / "ecp_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ecp_"), it["guid"]
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
