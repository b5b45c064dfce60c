"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the shv part (no network).

Run from the repository root:
  .venv/bin/python tests/eval/parts/shv/build/make_feeds.py && .venv/bin/python tests/eval/parts/shv/label_weather.py
The obituary and news labels are the `gold=` lists written by hand next to each text (obits.py, news.py).
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits.FH, obits.NOTICES, obits.COMMUNITY)
NEWS_LISTS = (news.BIZ, news.TV, news.COMMUNITY)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"shv{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "LA", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="LA")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if household not in seen_phone:
            seen_phone[household] = f"(318) 555-01{int(cid[3:]) % 100:02d}"
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "LA",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@bayoumail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": seen_phone[household], "address_line": street,
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


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits.FH:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.cypressbendfh.example/obituaries/{it['guid'][9:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Cypress Bend Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "shv_cypress_bend_funeral_home.rss",
        dict(title="Cypress Bend Funeral Home - Obituaries", link="https://www.cypressbendfh.example/obituaries/",
             description="Obituaries: Shreveport, Bossier City and Benton chapels",
             built=rfc822("2026-05-14T13:15:00-05:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first, plain text
    items = []
    for it in obits.NOTICES:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.redrivertimes.example/deathnotices/{it['guid'][4:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "shv_red_river_times_death_notices.rss",
        dict(title="The Red River Times - Death Notices", link="https://www.redrivertimes.example/deathnotices/",
             description="Paid death notices, Shreveport-Bossier", built=rfc822("2026-06-10T05:05:00-05:00")), items)

    # 3. community & faith weekly, plain text
    items = []
    for it in obits.COMMUNITY:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://arklatexfaith.example/notes/{it['guid'][8:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Homegoings &amp; Sympathy</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "shv_arklatex_community_faith_notes.rss",
        dict(title="ArkLaTex Community & Faith Notes", link="https://arklatexfaith.example/",
             description="Church and community news of Shreveport, Bossier and Webster Parish",
             built=rfc822("2026-04-30T07:05:00-05:00")), items)

    # 4. business weekly, plain text
    items = []
    for it in news.BIZ:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.arklatexbizweekly.example/news/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "shv_arklatex_business_weekly.rss",
        dict(title="ArkLaTex Business Weekly", link="https://www.arklatexbizweekly.example/",
             description="Business news from Shreveport-Bossier and the ArkLaTex",
             built=rfc822("2026-05-20T06:05:00-05:00")), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in news.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kslv6.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KSLV 6 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "shv_kslv6_local_news.rss",
        dict(title="KSLV 6 News - Local", link="https://www.kslv6.example/",
             description="Local news for Shreveport, Bossier City and the ArkLaTex",
             built=rfc822("2026-05-18T18:15:00-05:00")), items, NS_DC)

    # 6. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news.COMMUNITY:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://wbsignal.example/{it['guid'][11:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "shv_webster_bossier_signal.rss",
        dict(title="Webster-Bossier Community Signal", link="https://wbsignal.example/",
             description="Community news: Minden, Benton, Haughton, Bossier City and Shreveport",
             built=rfc822("2026-06-11T08:05:00-05:00")), items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
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
            "references": [], "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
            "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
            "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
            "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
            "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
            "response": a["response"], "parameters": params,
        }
        # the item id (feature id) is the alert id, prefixed shv_ so parts do not collide when combined
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Louisiana",
        "updated": "2026-07-14T09:00:00+00:00",
    }
    (feeds / "shv_nws_alerts_la.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("shv_") and it["guid"] not in guids, it["guid"]
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
