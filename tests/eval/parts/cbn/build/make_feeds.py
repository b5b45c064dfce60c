"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part cbn.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/cbn/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/cbn/build/label_weather.py   (adds the weather rows)
Adapted from independent4/build/make_feeds.py.
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
import news_data  # noqa: E402
import obits_data  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"cbn{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "MS", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="MS")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{spl}|{zp}|{street}" if spf else cid
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(662) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "MS",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{email_local(first, re.sub(r' (Jr.|Sr.|III)$', '', last))}@mail.example",
            "advisor_email": ADV[zp], "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
        })
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:   # households linked both ways
        if r["spouse_first_name"]:
            partners = [o for o in rows if o["first_name"] == r["spouse_first_name"] and o["last_name"] == r["spouse_last_name"]]
            for o in partners:
                assert o["spouse_first_name"] == r["first_name"] and o["spouse_last_name"] == r["last_name"], r
    assert len(by_id) == len(rows) and len({r["email"] for r in rows}) == len(rows)
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
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper, legacy-style titles, plain text
    items = [plain_item(it, f"https://obits.gtcourier.example/obituary/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-6:]}",
                        "Obituaries") for it in obits_data.GTC]
    rss(feeds / "cbn_golden_triangle_courier_obituaries.rss",
        dict(title="The Golden Triangle Courier - Obituaries", link="https://obits.gtcourier.example/",
             description="Obituaries from Columbus, Starkville, West Point and the Golden Triangle",
             built=rfc822("2026-05-02T06:05:00-05:00")), items)

    # 2. funeral home: one-sentence description, HTML in content:encoded, permalink-style guid
    items = []
    for it in obits_data.TV:
        link = f"https://www.tombigbeevalleyfh.example/obituaries/{it['guid'][9:]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Tombigbee Valley Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "cbn_tombigbee_valley_funeral_home.rss",
        dict(title="Tombigbee Valley Funeral Home - Obituaries", link="https://www.tombigbeevalleyfh.example/",
             description="Obituaries: West Point and Columbus chapels", built=rfc822("2026-06-03T11:35:00-05:00")),
        items, NS_CONTENT + NS_DC)

    # 3. church bereavement notices, plain text
    items = [plain_item(it, f"https://www.mtzionmbc.example/bereavement/{it['guid']}", "Bereavement")
             for it in obits_data.MTZ]
    rss(feeds / "cbn_mt_zion_mbc_bereavement.rss",
        dict(title="Mt. Zion M.B. Church - Bereavement Notices", link="https://www.mtzionmbc.example/",
             description="Homegoing celebrations and bereavement notices of the Mt. Zion church family, Columbus, Miss.",
             built=rfc822("2026-05-27T07:05:00-05:00")), items)

    # 4. paid death notices, plain text
    items = [plain_item(it, f"https://notices.gtcourier.example/{it['guid']}", "Death Notices") for it in obits_data.DN]
    rss(feeds / "cbn_golden_triangle_death_notices.rss",
        dict(title="Golden Triangle Death Notices", link="https://notices.gtcourier.example/",
             description="Paid death notices, Lowndes, Oktibbeha and Clay Counties",
             built=rfc822("2026-05-11T05:05:00-05:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_data.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wgtv9.example/news/local/{slug(it['title'])}/{it['guid'][-4:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WGTV 9 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "cbn_wgtv9_local_news.rss",
        dict(title="WGTV 9 Golden Triangle - Local News", link="https://www.wgtv9.example/",
             description="Local news for Columbus, Starkville, West Point and north-east Mississippi",
             built=rfc822("2026-06-02T18:15:00-05:00")), items, NS_DC)

    # 6. weekly: plain text
    items = [plain_item(it, f"https://www.starkvillesentinel.example/{slug(it['title'])}", "Community")
             for it in news_data.SSW]
    rss(feeds / "cbn_starkville_sentinel_weekly.rss",
        dict(title="The Starkville Sentinel", link="https://www.starkvillesentinel.example/",
             description="Weekly newspaper of Starkville and Oktibbeha County",
             built=rfc822("2026-06-10T08:05:00-05:00")), items)

    # 7. business journal: plain text
    items = [plain_item(it, f"https://www.gtbizjournal.example/news/{it['guid']}", "Business") for it in news_data.GTBJ]
    rss(feeds / "cbn_golden_triangle_business_journal.rss",
        dict(title="Golden Triangle Business Journal", link="https://www.gtbizjournal.example/",
             description="Business news from Lowndes, Oktibbeha and Clay Counties",
             built=rfc822("2026-05-21T07:05:00-05:00")), items)

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
            "VTEC": [a["vtec"]],
        }
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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-06-10T12:00:00+00:00",
    }
    (feeds / "cbn_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for items, kind in ((obits_data.ITEMS, "bereavement"), (news_data.ITEMS, "news")):
        for it in items:
            assert it["guid"].startswith("cbn_") and it["guid"] not in guids, it["guid"]
            guids.add(it["guid"])
            for cid, role in it["gold"]:
                assert cid in roster_ids and cid not in dnc, cid
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
