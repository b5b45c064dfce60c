"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the hib part (Minnesota Iron Range).

Adapted from tests/eval/independent4/build/make_feeds.py.
Run: /work/main/.venv/bin/python tests/eval/parts/hib/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/hib/build/label_weather.py   (adds the weather rows)
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
import news_krng  # noqa: E402
import news_nbl  # noqa: E402
import news_rwp  # noqa: E402
import obits_bulletin  # noqa: E402
import obits_mdr  # noqa: E402
import obits_notices  # noqa: E402
import obits_ttfh  # noqa: E402
from roster_data import ADV, ADV_NORTH, BLANK_COORDS, NO_ADDRESS, NO_BIRTH, NO_PHONE, NORTH, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_mdr, obits_ttfh, obits_bulletin, obits_notices)
NEWS_MODULES = (news_krng, news_nbl, news_rwp)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"hib{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st and z["city"].lower() == city.lower(), (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(218) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@rangemail.example", "advisor_email": ADV_NORTH if cid in NORTH else ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:   # households linked both ways when both are clients
        for o in rows:
            if o is not r and o["first_name"] == r["spouse_first_name"] and o["last_name"] == r["spouse_last_name"]:
                assert o["spouse_first_name"] == r["first_name"] and o["spouse_last_name"] == r["last_name"], (r, o)
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


def plain_items(mod, link_base: str, category: str) -> list[str]:
    return [f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link_base}{slug(it['guid'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
            for it in mod.ITEMS]


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. Range daily newspaper: "Name, age, Town" titles, plain text
    rss(feeds / "hib_mesabi_daily_record_obituaries.rss",
        dict(title="Mesabi Daily Record - Obituaries", link="https://www.mesabidailyrecord.example/obituaries/",
             description="Obituaries from Hibbing, Virginia, Eveleth, Chisholm and the Iron Range",
             built=rfc822("2026-11-20T05:35:00-06:00")),
        plain_items(obits_mdr, "https://www.mesabidailyrecord.example/obituaries/", "Obituaries"))

    # 2. funeral-home site: permalink guids, one-sentence description, HTML in content:encoded
    items = []
    for it in obits_ttfh.ITEMS:
        link = obits_ttfh.BASE + it["guid"]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Taconite Trail Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "hib_taconite_trail_funeral_chapels.rss",
        dict(title="Taconite Trail Funeral Chapels - Obituaries", link="https://www.taconitetrailchapels.example/",
             description="Obituaries: Hibbing, Chisholm, Biwabik and Buhl chapels",
             built=rfc822("2026-10-15T14:10:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletins: plain text
    rss(feeds / "hib_range_parish_bulletins.rss",
        dict(title="Range Parishes - Weekly Bulletin: Remember in Prayer", link="https://www.rangeparishes.example/bulletin",
             description="Prayer notices from the parish bulletins of Hibbing, Eveleth and Gilbert",
             built=rfc822("2026-09-20T07:05:00-05:00")),
        plain_items(obits_bulletin, "https://www.rangeparishes.example/bulletin/", "Remember in Prayer"))

    # 4. paid death notices, terse
    rss(feeds / "hib_arrowhead_death_notices.rss",
        dict(title="Arrowhead Death Notices", link="https://notices.arrowheadpapers.example/",
             description="Paid death notices for the Iron Range newspapers",
             built=rfc822("2026-11-20T06:05:00-06:00")),
        plain_items(obits_notices, "https://notices.arrowheadpapers.example/", "Death Notices"))

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_krng.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.krng6.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KRNG 6 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "hib_krng6_local_news.rss",
        dict(title="KRNG 6 Iron Range News - Local", link="https://www.krng6.example/",
             description="Local news from Hibbing, Virginia and the Iron Range",
             built=rfc822("2026-10-03T16:25:00-05:00")), items, NS_DC)

    # 6. business paper: plain text
    rss(feeds / "hib_northland_business_ledger.rss",
        dict(title="Northland Business Ledger", link="https://www.northlandbizledger.example/",
             description="Business news from Duluth, the Iron Range and the Arrowhead",
             built=rfc822("2026-09-10T06:35:00-05:00")),
        plain_items(news_nbl, "https://www.northlandbizledger.example/news/", "Business"))

    # 7. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_rwp.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://rangeweeklypioneer.example/{slug(it['guid'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "hib_range_weekly_pioneer.rss",
        dict(title="Range Weekly Pioneer - Community", link="https://rangeweeklypioneer.example/",
             description="Milestones, schools and churches of the Mesabi Range",
             built=rfc822("2026-06-25T08:05:00-05:00")), items, NS_CONTENT)

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
        # the top-level id carries the part prefix (brief: every alert id starts with hib_)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Minnesota", "updated": "2026-09-24T04:15:00-05:00",
    }
    (feeds / "hib_nws_alerts_active_mn.json").write_text(json.dumps(doc, indent=1) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("hib_"), it["guid"]
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
