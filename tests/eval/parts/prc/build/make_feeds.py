"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the prc part (Prescott / Yavapai County).

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/prc/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/prc/build/label_weather.py   (adds the weather rows)
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, BLANK_COORDS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"prc{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(928) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@highdesertmail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
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


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def item_plain(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def sel(items: list[dict], feed: str) -> list[dict]:
    return sorted((it for it in items if it["feed"] == feed), key=lambda it: it["pub"])


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper: legacy-style titles, plain text
    items = [item_plain(it, f"https://obituaries.granitedellscourier.example/obituary/{it['guid']}", "Obituaries")
             for it in sel(obits.ITEMS, "courier")]
    rss(feeds / "prc_granite_dells_courier_obituaries.rss",
        dict(title="The Granite Dells Courier - Obituaries", link="https://obituaries.granitedellscourier.example/",
             description="Obituaries published in The Granite Dells Courier, Prescott, Ariz.",
             built=rfc822("2026-06-02T05:35:00-07:00")), items)

    # 2. funeral home: HTML in content:encoded, one-sentence plain description
    items = []
    for it in sel(obits.ITEMS, "chapel"):
        link = f"https://www.thumbbutteverdechapels.example/obituaries/{it['guid']}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Thumb Butte &amp; Verde Valley Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "prc_thumb_butte_verde_valley_chapels.rss",
        dict(title="Thumb Butte & Verde Valley Funeral Chapels - Obituaries",
             link="https://www.thumbbutteverdechapels.example/obituaries/",
             description="Obituaries: Prescott and Cottonwood chapels", built=rfc822("2026-08-04T11:05:00-07:00")),
        items, NS_CONTENT + NS_DC)

    # 3. parish bulletin
    items = [item_plain(it, f"https://www.stgermainesacredheart.example/bulletin/{it['guid']}",
                        "Pray for the Faithful Departed") for it in sel(obits.ITEMS, "bulletin")]
    rss(feeds / "prc_st_germaine_sacred_heart_bulletin.rss",
        dict(title="St. Germaine & Sacred Heart Parishes - Bulletin", link="https://www.stgermainesacredheart.example/",
             description="Prayer requests from the weekly bulletin, Prescott Valley and Prescott",
             built=rfc822("2026-07-19T07:05:00-07:00")), items)

    # 4. paid death notices
    items = [item_plain(it, f"https://notices.verdequadcities.example/{it['guid']}", "Death Notices")
             for it in sel(obits.ITEMS, "notices")]
    rss(feeds / "prc_verde_quad_cities_death_notices.rss",
        dict(title="Verde Valley & Quad Cities Death Notices", link="https://notices.verdequadcities.example/",
             description="Paid death notices, Yavapai County", built=rfc822("2026-06-10T06:05:00-07:00")), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in sel(news.ITEMS, "tv"):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.khgh9.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Highlands 9 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "prc_khgh_highlands9_local.rss",
        dict(title="KHGH Highlands 9 - Local News", link="https://www.khgh9.example/",
             description="Local news from Prescott, the Quad Cities and the Verde Valley",
             built=rfc822("2026-07-22T21:35:00-07:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = [item_plain(it, f"https://www.qcbizweekly.example/news/{it['guid']}", "Business")
             for it in sel(news.ITEMS, "biz")]
    rss(feeds / "prc_quad_cities_business_weekly.rss",
        dict(title="Quad Cities Business Weekly", link="https://www.qcbizweekly.example/",
             description="Business news from Prescott, Prescott Valley, Chino Valley, Dewey-Humboldt and the Verde Valley",
             built=rfc822("2026-06-08T06:05:00-07:00")), items)

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in sel(news.ITEMS, "nbr"):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://verdehighlandsneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Neighbors</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "prc_verde_highlands_neighbors.rss",
        dict(title="Verde & Highlands Neighbors", link="https://verdehighlandsneighbors.example/",
             description="Community news, milestones and schools", built=rfc822("2026-07-11T08:05:00-07:00")),
        items, NS_CONTENT)

    # 8. NWS alerts
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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Arizona",
        "updated": "2026-10-27T21:31:00+00:00",
    }
    (feeds / "prc_nws_alerts_active_az.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mod, kind in ((obits, "bereavement"), (news, "news")):
        for it in mod.ITEMS:
            assert it["guid"].startswith("prc_") and it["guid"] not in guids, it["guid"]
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
