"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part jhw.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/jhw/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/jhw/build/label_weather.py   (adds the weather rows)
Adapted from tests/eval/independent4/build/make_feeds.py. The labels are the `gold=` lists next to each text.
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AREA = {"NY": "716", "PA": "814"}
AF = addfips.AddFIPS()
OBIT_FEEDS = (obits.PLC, obits.LEF, obits.AZL, obits.DN)
NEWS_FEEDS = (news.TV, news.STBR, news.CLN)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"jhw{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, dom) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st and z["city"].lower() == city.lower(), (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone and street:
            phone = seen_phone[household]
        else:
            phone = f"({AREA[st]}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@{dom}", "advisor_email": ADV[st], "do_not_contact": "true" if dnc else "false",
            "phone": phone, "address_line": street, "birth_date": birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:  # couples are linked both ways
        for o in rows:
            if o is not r and r["spouse_first_name"] == o["first_name"] and r["spouse_last_name"] == o["last_name"]:
                assert o["spouse_first_name"] == r["first_name"] and o["spouse_last_name"] == r["last_name"], r
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


def plain_items(its: list[dict], link: str, category: str) -> list[str]:
    return [f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}{slug(it['title'])}-{it['guid'][-12:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
            for it in its]


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper, plain text
    rss(feeds / "jhw_lakeshore_post_courier_obituaries.rss",
        dict(title="The Lakeshore Post-Courier - Obituaries", link="https://www.lakeshorepostcourier.example/obituaries/",
             description="Obituaries from The Lakeshore Post-Courier, Jamestown, N.Y.",
             built=rfc822("2026-05-06T05:35:00-04:00")),
        plain_items(obits.PLC, "https://www.lakeshorepostcourier.example/obituaries/", "Obituaries"))

    # 2. funeral home: teaser description, HTML in content:encoded, permalink in <link>
    items = []
    for it in obits.LEF:
        link = "https://www.lindquistekberg.example/obituary/" + it["guid"].removeprefix("jhw_lef_")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Lindquist &amp; Ekberg Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "jhw_lindquist_ekberg_funeral_home.rss",
        dict(title="Lindquist & Ekberg Funeral Home - Obituaries", link="https://www.lindquistekberg.example/obituaries",
             description="Obituaries and service information, Jamestown, N.Y.",
             built=rfc822("2026-06-08T10:15:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin, plain text
    rss(feeds / "jhw_zion_augustana_bulletin.rss",
        dict(title="Zion Augustana Lutheran Church - Weekly Bulletin", link="https://www.zionaugustana.example/bulletin",
             description="In memoriam and prayer notices from the weekly bulletin, Jamestown, N.Y.",
             built=rfc822("2026-05-10T07:05:00-04:00")),
        plain_items(obits.AZL, "https://www.zionaugustana.example/bulletin/", "Prayers and Memorials"))

    # 4. paid death notices, plain text
    rss(feeds / "jhw_chautauqua_death_notices.rss",
        dict(title="Chautauqua County Death Notices", link="https://notices.lakeshorepostcourier.example/",
             description="Paid death notices, Chautauqua County and the Southern Tier",
             built=rfc822("2026-06-24T06:05:00-04:00")),
        plain_items(obits.DN, "https://notices.lakeshorepostcourier.example/", "Death Notices"))

    # 5. TV station site: HTML descriptions
    items = []
    for it in news.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.lakeshore7.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Lakeshore 7 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "jhw_wlke_lakeshore7_local.rss",
        dict(title="WLKE Lakeshore 7 - Local News", link="https://www.lakeshore7.example/",
             description="Local news for Jamestown, Chautauqua County, Erie and Warren",
             built=rfc822("2026-06-19T12:10:00-04:00")), items, NS_DC)

    # 6. business paper, plain text
    rss(feeds / "jhw_southern_tier_business_review.rss",
        dict(title="Southern Tier Business Review", link="https://www.stbusinessreview.example/",
             description="Business news from Chautauqua, Cattaraugus and Warren counties",
             built=rfc822("2026-06-16T06:05:00-04:00")),
        plain_items(news.STBR, "https://www.stbusinessreview.example/news/", "Business"))

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news.CLN:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://chautauqualakeneighbors.example/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Neighbors</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "jhw_chautauqua_lake_neighbors.rss",
        dict(title="Chautauqua Lake Neighbors", link="https://chautauqualakeneighbors.example/",
             description="Milestones, schools and community news from Bemus Bay to the Lake Erie shore",
             built=rfc822("2026-08-12T08:05:00-04:00")), items, NS_CONTENT)

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
        # the feature id is the alert id (starts with jhw_); @id keeps the api.weather.gov URL shape
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-06-18T22:10:00+00:00",
    }
    (feeds / "jhw_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for feeds_, kind in ((OBIT_FEEDS, "bereavement"), (NEWS_FEEDS, "news")):
        for feed in feeds_:
            for it in feed:
                assert it["guid"].startswith("jhw_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids, cid
                    assert cid not in dnc, cid
                    rows.append((cid, it["guid"], kind, role))
    for a in alerts_data.ALERTS:
        assert a["id"].startswith("jhw_")
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
