"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the independent3 split.

Run: /work/main/.venv/bin/python tests/eval/independent3/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/independent3/label_weather.py   (adds the weather rows)
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
import news_egcn  # noqa: E402
import news_wpnw  # noqa: E402
import obits_bvt  # noqa: E402
import obits_gbfh  # noqa: E402
import obits_htrib  # noqa: E402
import obits_rrir  # noqa: E402
from roster_data import (ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_BIRTH, NO_PHONE, R)  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"MA": "508", "RI": "401", "LA": "337", "TX": "830", "AZ": "520", "MI": "906", "OR": "541", "ND": "701",
        "MN": "218"}
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
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
            n = int(cid[1:]) % 100
            phone = f"({AREA[st]}) 555-01{n:02d}"
            seen_phone[household] = phone
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{email_local(first, last.replace(' Jr.', ''))}@mail.example", "advisor_email": ADV[st],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
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


AWIPS = {("Blizzard Warning", "Alert"): "WSW", ("Blizzard Warning", "Update"): "WSW",
         ("Winter Weather Advisory", "Alert"): "WSW", ("Tornado Warning", "Alert"): "TOR",
         ("Severe Thunderstorm Warning", "Alert"): "SVR", ("Flash Flood Warning", "Alert"): "FFW",
         ("Flash Flood Warning", "Update"): "FFS", ("Flash Flood Warning", "Cancel"): "FFS",
         ("Dense Fog Advisory", "Alert"): "NPW"}
NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper obituary section: plain-text descriptions
    items = []
    for it in obits_bvt.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.bvtelegraph.example/obituaries/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "blackstone_valley_telegraph_obituaries.rss",
        dict(title="Blackstone Valley Telegraph - Obituaries", link="https://www.bvtelegraph.example/obituaries",
             description="Obituaries from Worcester County and northern Rhode Island",
             built=rfc822("2026-06-02T06:05:00-04:00")), items)

    # 2. funeral-home site: HTML in content:encoded, short plain description
    items = []
    for it in obits_gbfh.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{it['guid']}</link>\n"
            f'<guid isPermaLink="true">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Guidry-Broussard Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\">{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "guidry_broussard_funeral_home.rss",
        dict(title="Guidry-Broussard Funeral Home | Obituaries", link="https://www.guidrybroussardfh.example/obituaries",
             description="Obituaries and service information - Broussard, Lafayette and Carencro",
             built=rfc822("2026-09-10T11:35:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. syndication: HTML (escaped) in description and in content:encoded
    items = []
    for it in obits_htrib.ITEMS:
        h = html(it["body"])
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.heartlandtributes.example/obituary/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Heartland Tributes</dc:creator>\n<category>Obituaries</category>\n"
            f"<description>{escape(h)}</description>\n<content:encoded><![CDATA[{h}]]></content:encoded>\n</item>\n")
    rss(feeds / "heartland_tributes_syndication.rss",
        dict(title="Heartland Tributes - Latest Obituaries", link="https://www.heartlandtributes.example/",
             description="Syndicated obituaries from partner newspapers and funeral homes",
             built=rfc822("2026-08-25T09:05:00-07:00")), items, NS_CONTENT + NS_DC)

    # 4. paid death notices: brief plain text
    items = []
    for it in obits_rrir.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://notices.redriverironrange.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "red_river_iron_range_death_notices.rss",
        dict(title="Red River & Iron Range Death Notices", link="https://notices.redriverironrange.example/",
             description="Paid death notices: Fargo-Moorhead, Marquette County and the Iron Range",
             built=rfc822("2026-07-12T07:05:00-04:00")), items)

    # 5. news wire, plain text
    items = []
    for it in news_egcn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://news.eastgulfcommunity.example/{it['guid']}/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Local News</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "east_gulf_community_news.rss",
        dict(title="Eastern & Gulf Community News", link="https://news.eastgulfcommunity.example/",
             description="Local news from central New England, Acadiana and the Texas Hill Country",
             built=rfc822("2026-10-08T08:05:00-04:00")), items)

    # 6. news wire, HTML descriptions
    items = []
    for it in news_wpnw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.westernplainswire.example/story/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Western Plains News Wire staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "western_plains_news_wire.rss",
        dict(title="Western Plains News Wire", link="https://www.westernplainswire.example/",
             description="Community news from the Southwest, the Pacific Northwest, the Upper Peninsula and the Red River Valley",
             built=rfc822("2026-09-23T07:35:00-07:00")), items, NS_DC)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
    features = []
    for a in alerts_data.ALERTS:
        by_id = {x["id"]: x for x in alerts_data.ALERTS}
        zones = [f"https://api.weather.gov/zones/{a['zone_kind']}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {
            "AWIPSidentifier": [AWIPS[(a["event"], a["messageType"])] + a["office"][1:]],
            "WMOidentifier": [f"WUUS5{len(features) % 10} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
            "NWSheadline": [a["headline"].upper()],
            "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
            "VTEC": [a["vtec"]],
            "eventEndingTime": [a["ends"]],
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
            "response": "Shelter" if a["event"].startswith("Tornado") else ("AllClear" if a["messageType"] == "Cancel" else "Prepare"),
            "parameters": params,
        }
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-11-17T11:10:00+00:00",
    }
    (feeds / "nws_active_alerts_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    for mod, kind in ((obits_bvt, "bereavement"), (obits_gbfh, "bereavement"), (obits_htrib, "bereavement"),
                      (obits_rrir, "bereavement"), (news_egcn, "news"), (news_wpnw, "news")):
        for it in mod.ITEMS:
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
