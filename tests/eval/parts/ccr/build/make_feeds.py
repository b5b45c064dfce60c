"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the ccr part
(Coeur d'Alene and the Silver Valley, north Idaho). Adapted from independent4/build/make_feeds.py.

Run (repository root): /work/main/.venv/bin/python tests/eval/parts/ccr/build/make_feeds.py
then:                  /work/main/.venv/bin/python tests/eval/parts/ccr/build/label_weather.py
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
import news_inbj  # noqa: E402
import news_kxlc  # noqa: E402
import news_lvw  # noqa: E402
import obits_dn  # noqa: E402
import obits_htfc  # noqa: E402
import obits_lcl  # noqa: E402
import obits_stb  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_lcl, obits_htfc, obits_stb, obits_dn)
NEWS_MODULES = (news_kxlc, news_lvw, news_inbj)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ccr{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


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
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@silverlake-mail.example", "advisor_email": ADV[fips],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street, "birth_date": birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    rows.sort(key=lambda r: r["client_id"])
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

    # 1. daily newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.lakecityledger.example/obituaries/{slug(it['title'])}-{it['guid'][-6:]}",
                        "Obituaries") for it in obits_lcl.ITEMS]
    rss(feeds / "ccr_lake_city_ledger_obituaries.rss",
        dict(title="The Lake City Ledger - Obituaries", link="https://www.lakecityledger.example/obituaries/",
             description="Obituaries from Coeur d'Alene, Post Falls, Hayden, Rathdrum and the Silver Valley",
             built=rfc822("2026-04-28T05:35:00-07:00")), items)

    # 2. funeral home: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_htfc.ITEMS:
        link = f"https://www.hennesseytollefson.example/obituary/{slug(it['title'])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Hennessey-Tollefson Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ccr_hennessey_tollefson_funeral_chapels.rss",
        dict(title="Hennessey-Tollefson Funeral Chapels - Obituaries", link="https://www.hennesseytollefson.example/",
             description="Obituaries: Kellogg and Coeur d'Alene chapels",
             built=rfc822("2026-06-15T14:05:00-07:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin: plain text
    items = [plain_item(it, f"https://www.stbarbarakellogg.example/bulletin/{it['guid']}",
                        "Pray for Our Beloved Dead") for it in obits_stb.ITEMS]
    rss(feeds / "ccr_st_barbara_kellogg_bulletin.rss",
        dict(title="St. Barbara Parish, Kellogg - Weekly Bulletin", link="https://www.stbarbarakellogg.example/bulletin",
             description="Pray for Our Beloved Dead: notices from the parish bulletin, Kellogg, Idaho",
             built=rfc822("2026-06-07T08:05:00-07:00")), items)

    # 4. paid death notices: plain text
    items = [plain_item(it, f"https://notices.inlandnorth.example/{it['guid']}", "Death Notices")
             for it in obits_dn.ITEMS]
    rss(feeds / "ccr_inland_north_death_notices.rss",
        dict(title="Inland North Death Notices", link="https://notices.inlandnorth.example/",
             description="Paid death notices: Kootenai and Shoshone Counties",
             built=rfc822("2026-07-08T06:05:00-07:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_kxlc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kxlc4.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KXLC 4 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ccr_kxlc4_local_news.rss",
        dict(title="KXLC 4 Inland Northwest - Local News", link="https://www.kxlc4.example/",
             description="Local news from Spokane, Coeur d'Alene and the Silver Valley",
             built=rfc822("2026-07-19T19:45:00-07:00")), items, NS_DC)

    # 6. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_lvw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://lakesvalleyweekly.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ccr_lakes_valley_weekly.rss",
        dict(title="Lakes & Valley Weekly - Community", link="https://lakesvalleyweekly.example/",
             description="Community news for the Silver Valley and north Kootenai County",
             built=rfc822("2026-08-20T07:05:00-07:00")), items, NS_CONTENT)

    # 7. business paper: plain text
    items = [plain_item(it, f"https://www.inlandnorthbiz.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_inbj.ITEMS]
    rss(feeds / "ccr_inland_north_business_journal.rss",
        dict(title="Inland North Business Journal", link="https://www.inlandnorthbiz.example/",
             description="Business news from Spokane, Kootenai County and the Silver Valley",
             built=rfc822("2026-07-14T06:05:00-07:00")), items)

    # 8. NWS alerts, shaped like api.weather.gov /alerts/active (feature id = properties.id = "ccr_urn:oid:...")
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
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-10-05T21:00:00+00:00",
    }
    (feeds / "ccr_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ccr_") and it["guid"] not in guids, it["guid"]
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
