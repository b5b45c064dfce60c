"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the mcb part.

Run (from the repository root):
  /work/main/.venv/bin/python tests/eval/parts/mcb/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/mcb/build/label_weather.py   (adds the weather rows)
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
import news_data  # noqa: E402
import obits_data  # noqa: E402
from roster_data import ADV, ADV_LIBERTY, BLANK_COORDS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits_data.PSN, obits_data.HQF, obits_data.GMP, obits_data.SDN)
NEWS_LISTS = (news_data.TV, news_data.ACH, news_data.PCN)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"mcb{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(601) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        bare = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{bare}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@deltamail.example",
            "advisor_email": ADV_LIBERTY if z["county"] == "Amite County" else ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
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


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def rss(path: Path, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.pikecountysentinel.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_data.PSN]
    rss(feeds / "mcb_pike_county_sentinel_obituaries.rss", "The Pike County Sentinel - Obituaries",
        "https://www.pikecountysentinel.example/obituaries", "Obituaries from McComb, Magnolia, Summit and Pike County",
        "2026-05-04T06:05:00-05:00", items)

    # funeral home: HTML in content:encoded, one-sentence description
    items = []
    for it in obits_data.HQF:
        link = f"https://www.hartwellquin.example/obituary/{it['guid'][8:]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Hartwell &amp; Quin Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h1>{escape(it['title'])}</h1>{html(it['body'])}"
            f"</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "mcb_hartwell_quin_funeral_home.rss", "Hartwell & Quin Funeral Home - Obituaries",
        "https://www.hartwellquin.example/obituaries", "Hartwell & Quin Funeral Home, McComb and Liberty, Mississippi",
        "2026-05-26T14:05:00-05:00", items, NS_CONTENT + NS_DC)

    # church bulletin, plain text
    items = [plain_item(it, f"https://www.gmpmbchurch.example/bulletin#{it['guid'][4:]}", "Bereavement Ministry")
             for it in obits_data.GMP]
    rss(feeds / "mcb_greater_mount_pilgrim_bulletin.rss", "Greater Mount Pilgrim M.B. Church - Weekly Bulletin",
        "https://www.gmpmbchurch.example/bulletin", "Bereavement notices from the weekly bulletin, McComb, Miss.",
        "2026-08-16T07:05:00-05:00", items)

    # paid death notices, plain text
    items = [plain_item(it, f"https://classifieds.pikecountysentinel.example/notices/{it['guid']}", "Death Notices")
             for it in obits_data.SDN]
    rss(feeds / "mcb_southwest_ms_death_notices.rss", "Southwest Mississippi Death Notices",
        "https://classifieds.pikecountysentinel.example/notices", "Paid death notices, Pike, Amite and Walthall Counties",
        "2026-07-01T05:05:00-05:00", items)

    # TV station: HTML descriptions
    items = []
    for it in news_data.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wsmx12.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WSMX 12 News Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "mcb_wsmx12_local_news.rss", "WSMX 12 - Southwest Mississippi Local News", "https://www.wsmx12.example/",
        "Local news for McComb, Magnolia, Summit, Liberty and Tylertown", "2026-06-20T12:05:00-05:00", items, NS_DC)

    # weekly, plain text
    items = [plain_item(it, f"https://www.amitecountyherald.example/{slug(it['title'])}", "Local")
             for it in news_data.ACH]
    rss(feeds / "mcb_amite_county_herald.rss", "The Amite County Herald", "https://www.amitecountyherald.example/",
        "Weekly newspaper of Liberty and Amite County, Mississippi", "2026-08-06T08:05:00-05:00", items)

    # community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_data.PCN:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://pikecountyneighbors.example/{it['guid'][8:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Neighbors</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "mcb_pike_county_neighbors.rss", "Pike County Neighbors", "https://pikecountyneighbors.example/",
        "Community newsletter: milestones, schools, churches and clubs", "2026-08-20T09:05:00-05:00", items, NS_CONTENT)

    # NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {
            "AWIPSidentifier": [a["awips"]],
            "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
            "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
            "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]],
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
        "updated": "2026-04-08T03:10:00+00:00",
    }
    (feeds / "mcb_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("mcb_") and it["guid"] not in guids, it["guid"]
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
