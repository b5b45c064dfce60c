"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the `lar` part.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/lar/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/lar/build/label_weather.py   (adds the weather rows)
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
from roster_data import ADV, COORD_OVERRIDES, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBITS = (obits_data.GCS, obits_data.PVSR, obits_data.BULLETIN, obits_data.NOTICES)
NEWS = (news_data.TV, news_data.PVR, news_data.GCN)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"lar{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "WY" and z["city"].lower() == city.lower(), (cid, z["city"])
        fips = AF.get_county_fips(z["county"], state="WY")
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:
            lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
            lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(307) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "WY",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@highplainsmail.example", "advisor_email": ADV[zp],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": birth,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:   # households linked both ways
        if r["spouse_first_name"] and (r["spouse_first_name"], r["spouse_last_name"]) in by_name:
            s = by_name[(r["spouse_first_name"], r["spouse_last_name"])]
            assert (s["spouse_first_name"], s["spouse_last_name"]) == (r["first_name"], r["last_name"]), r["client_id"]
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
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    # 1. Laramie daily newspaper: plain text
    rss(feeds / "lar_gem_city_sentinel_obituaries.rss", "The Gem City Sentinel - Obituaries",
        "https://www.gemcitysentinel.example/obituaries/", "Obituaries from The Gem City Sentinel, Laramie, Wyo.",
        "2026-06-11T06:05:00-06:00",
        [plain_item(it, f"https://www.gemcitysentinel.example/obituaries/{slug(it['title'])}", "Obituaries")
         for it in obits_data.GCS])
    # 2. funeral-home site: one-sentence description + HTML content:encoded
    items = []
    for it in obits_data.PVSR:
        link = f"https://www.pvsrfuneral.example/obituary/{slug(it['title'].split(' (')[0])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Platte Valley &amp; Snowy Range Funeral Service</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
            f"</content:encoded>\n</item>\n")
    rss(feeds / "lar_platte_valley_snowy_range_funeral.rss", "Platte Valley & Snowy Range Funeral Service - Obituaries",
        "https://www.pvsrfuneral.example/obituaries", "Wheatland and Saratoga chapels", "2026-07-02T10:05:00-06:00",
        items, NS_CONTENT + NS_DC)
    # 3. parish bulletin: plain text
    rss(feeds / "lar_st_joseph_st_ann_bulletin.rss", "St. Joseph (Rawlins) & St. Ann (Saratoga) - Parish Bulletin",
        "https://www.stjoseph-stann.example/bulletin", "Please remember in your prayers", "2026-05-24T08:05:00-06:00",
        [plain_item(it, f"https://www.stjoseph-stann.example/bulletin/{it['guid']}", "Prayers for the Departed")
         for it in obits_data.BULLETIN])
    # 4. paid death notices: plain text
    rss(feeds / "lar_carbon_albany_death_notices.rss", "Carbon & Albany County Death Notices",
        "https://notices.carbonalbany.example/", "Paid death notices: Rawlins, Saratoga, Laramie",
        "2026-07-08T07:05:00-06:00",
        [plain_item(it, f"https://notices.carbonalbany.example/{it['guid']}", "Death Notices")
         for it in obits_data.NOTICES])
    # 5. TV station: HTML in description
    items = []
    for it in news_data.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.cowboystate5.example/news/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Cowboy State News 5</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "lar_cowboy_state_news5_local.rss", "Cowboy State News 5 - Local", "https://www.cowboystate5.example/",
        "Local news from Cheyenne, Laramie and Carbon County", "2026-07-16T17:05:00-06:00", items, NS_DC)
    # 6. weekly newspaper: plain text
    rss(feeds / "lar_platte_valley_record.rss", "Platte Valley Record", "https://www.plattevalleyrecord.example/",
        "Weekly news from Wheatland, Saratoga and Encampment", "2026-08-13T09:05:00-06:00",
        [plain_item(it, f"https://www.plattevalleyrecord.example/{it['guid']}", "Local") for it in news_data.PVR])
    # 7. community newsletter: teaser + HTML content:encoded
    items = []
    for it in news_data.GCN:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://gemcitynewsletter.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "lar_gem_city_community_newsletter.rss", "Gem City Senior & Community Newsletter",
        "https://gemcitynewsletter.example/", "Community news from Laramie", "2026-05-21T08:05:00-06:00",
        items, NS_CONTENT)
    # 8. NWS alerts, /alerts/active GeoJSON
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]},
                 "affectedZones": [f"https://api.weather.gov/zones/county/{u}" for u in a["UGC"]],
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-09-18T20:15:00+00:00"}
    (feeds / "lar_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for groups, kind in ((OBITS, "bereavement"), (NEWS, "news")):
        for group in groups:
            for it in group:
                assert it["guid"].startswith("lar_") and it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in ids and cid not in dnc, cid
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
