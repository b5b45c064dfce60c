"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part eug (no network).

Run from the repository root: .venv/bin/python tests/eval/parts/eug/build/make_feeds.py
then: .venv/bin/python tests/eval/parts/eug/label_weather.py   (adds the weather rows)
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
import news_kwvt  # noqa: E402
import news_lcw  # noqa: E402
import news_nol  # noqa: E402
import obits_cfs  # noqa: E402
import obits_htsi  # noqa: E402
import obits_llg  # noqa: E402
import obits_wgfc  # noqa: E402
from roster_data import ADV, BLANK_COORDS, NO_BIRTH, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_wgfc, obits_llg, obits_cfs, obits_htsi)
NEWS_MODULES = (news_lcw, news_kwvt, news_nol)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"eug{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "OR", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="OR")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        phone = seen_phone.setdefault(household, f"(541) 555-01{int(cid[3:]):02d}")
        bare = re.sub(r" (Jr|Sr)\.$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{nick or first}.{bare}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "OR",
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@willamettemail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
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

    # 1. funeral home: HTML in content:encoded, one-sentence description
    items = []
    for it in obits_wgfc.ITEMS:
        chapel = "row-river-chapel" if it["guid"].startswith("eug_rrc") else "willamette-grove"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.willamettegrovechapel.example/obituaries/{chapel}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Willamette Grove Funeral Chapel &amp; Row River Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "eug_willamette_grove_row_river_chapels.rss",
        dict(title="Willamette Grove Funeral Chapel & Row River Chapel - Obituaries",
             link="https://www.willamettegrovechapel.example/obituaries/",
             description="Obituaries: Eugene and Cottage Grove, Oregon", built=rfc822("2026-06-02T11:30:00-07:00")),
        items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first
    items = [plain_item(it, f"https://www.laneledgerguard.example/obituaries/death-notices/{it['guid']}",
                        "Death Notices") for it in obits_llg.ITEMS]
    rss(feeds / "eug_lane_ledger_guard_death_notices.rss",
        dict(title="The Lane Ledger-Guard - Death Notices", link="https://www.laneledgerguard.example/obituaries/",
             description="Paid death notices, Lane County, Oregon", built=rfc822("2026-07-10T05:35:00-07:00")), items)

    # 3. small-town weekly
    items = [plain_item(it, f"https://www.coastforksentinel.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_cfs.ITEMS]
    rss(feeds / "eug_coast_fork_sentinel_obituaries.rss",
        dict(title="Coast Fork Sentinel - Obituaries", link="https://www.coastforksentinel.example/",
             description="The weekly newspaper of Cottage Grove, Creswell and the Coast Fork",
             built=rfc822("2026-05-27T08:05:00-07:00")), items)

    # 4. parish bulletin
    items = [plain_item(it, f"https://www.holytrinitysanisidro.example/bulletin/{it['guid']}",
                        "Pray for the Faithful Departed / Oremos por los difuntos") for it in obits_htsi.ITEMS]
    rss(feeds / "eug_holy_trinity_san_isidro_bulletin.rss",
        dict(title="Holy Trinity & San Isidro Parish - Bulletin", link="https://www.holytrinitysanisidro.example/",
             description="Weekly bulletin notices, Springfield and Eugene, Oregon",
             built=rfc822("2026-06-14T07:05:00-07:00")), items)

    # 5. business weekly, plain text
    items = [plain_item(it, f"https://www.lanecommerceweekly.example/news/{slug(it['title'])}", "Business")
             for it in news_lcw.ITEMS]
    rss(feeds / "eug_lane_commerce_weekly.rss",
        dict(title="Lane Commerce Weekly", link="https://www.lanecommerceweekly.example/",
             description="Business news for Eugene, Springfield and Lane County",
             built=rfc822("2026-06-01T06:05:00-07:00")), items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_kwvt.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kwvt13.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KWVT 13 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "eug_kwvt13_local_news.rss",
        dict(title="KWVT 13 - Local News", link="https://www.kwvt13.example/",
             description="Local news from Eugene, Springfield and the southern Willamette Valley",
             built=rfc822("2026-07-11T18:10:00-07:00")), items, NS_DC)

    # 7. community paper: teaser description + content:encoded
    items = []
    for it in news_nol.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://neighborsoflane.example/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "eug_neighbors_of_lane_community.rss",
        dict(title="Neighbors of Lane - Community News", link="https://neighborsoflane.example/",
             description="Schools, churches and milestones: Springfield, Cottage Grove and Eugene neighborhoods",
             built=rfc822("2026-07-14T09:05:00-07:00")), items, NS_CONTENT)

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
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-06-18T23:55:00+00:00",
    }
    (feeds / "eug_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"] not in guids, it["guid"]
                assert it["guid"].startswith("eug_") and it["guid"] == it["guid"].lower(), it["guid"]
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
