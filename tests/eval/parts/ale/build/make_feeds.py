"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for eval part ale (the Big Bend of Texas).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/ale/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/ale/build/label_weather.py   (adds the weather rows)
Adapted from independent4/build/make_feeds.py. The obituary and news labels are the `gold=` lists beside each text.
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
from roster_data import (ADV, ADV_BY_ID, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_BIRTH,  # noqa: E402
                         NO_PHONE, R)

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ale{cid}{k}".encode()).hexdigest()[:8], 16)
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
            phone = f"(432) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@bigbendmail.example", "advisor_email": ADV_BY_ID.get(cid, ADV[st]),
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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


def plain_items(items_in: list[dict], base: str, category: str) -> list[str]:
    return [f"<item>\n<title>{escape(it['title'])}</title>\n<link>{base}{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n"
            f"</item>\n" for it in items_in]


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. weekly newspaper obituaries, plain text
    rss(feeds / "ale_big_bend_sentinel_dispatch_obituaries.rss",
        dict(title="The Big Bend Sentinel-Dispatch - Obituaries", link="https://www.sentineldispatch.example/",
             description="Obituaries from the weekly newspaper of Marfa, Presidio and the Big Bend",
             built=rfc822("2026-08-13T07:05:00-05:00")),
        plain_items(obits_data.SENTINEL, "https://www.sentineldispatch.example/obituaries/", "Obituaries"))

    # 2. funeral home: one-sentence description, HTML in content:encoded
    items = []
    for it in obits_data.FUNERAL_HOME:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.transpecosfuneralhome.example/obituaries/{it['guid'][10:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Trans-Pecos Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ale_trans_pecos_funeral_home.rss",
        dict(title="Trans-Pecos Funeral Home - Obituaries", link="https://www.transpecosfuneralhome.example/",
             description="Obituaries: Alpine, Marfa and Fort Davis chapels",
             built=rfc822("2026-08-27T09:50:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletins, plain text
    rss(feeds / "ale_parish_bulletins_presidio_fort_davis.rss",
        dict(title="Santa Teresa de Jesus (Presidio) & St. Joseph (Fort Davis) - Bulletin",
             link="https://www.bigbendparishes.example/bulletin",
             description="Oremos por nuestros difuntos / Pray for our departed",
             built=rfc822("2026-06-21T08:05:00-05:00")),
        plain_items(obits_data.BULLETIN, "https://www.bigbendparishes.example/bulletin/", "Pray for the Departed"))

    # 4. paid death notices, plain text
    rss(feeds / "ale_permian_basin_courier_death_notices.rss",
        dict(title="Permian Basin Courier - Death Notices", link="https://notices.pbcourier.example/",
             description="Paid death notices: Permian Basin and the Big Bend",
             built=rfc822("2026-09-16T05:05:00-05:00")),
        plain_items(obits_data.NOTICES, "https://notices.pbcourier.example/", "Death Notices"))

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_data.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kbbx12.example/news/local/{slug(it['title'])}/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KBBX Big Bend 12 Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ale_kbbx_big_bend_12_local.rss",
        dict(title="KBBX Big Bend 12 - Local News", link="https://www.kbbx12.example/",
             description="Local news from Alpine, Marfa, Fort Davis, Presidio and the Big Bend",
             built=rfc822("2026-11-04T19:35:00-05:00")), items, NS_DC)

    # 6. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_data.WEEKLY:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://desertmountainweekly.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ale_desert_mountain_weekly.rss",
        dict(title="Desert Mountain Weekly - Community", link="https://desertmountainweekly.example/",
             description="Community news for Alpine, Fort Davis, Marfa and Marathon",
             built=rfc822("2026-09-17T09:05:00-05:00")), items, NS_CONTENT)

    # 7. business paper, plain text
    rss(feeds / "ale_trans_pecos_business_review.rss",
        dict(title="Trans-Pecos Business Review", link="https://www.tpbizreview.example/",
             description="Business news from Far West Texas", built=rfc822("2026-10-08T07:05:00-05:00")),
        plain_items(news_data.BUSINESS, "https://www.tpbizreview.example/news/", "Business"))

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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-06-15T12:00:00+00:00",
    }
    (feeds / "ale_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for items, kind in ((obits_data.ITEMS, "bereavement"), (news_data.ITEMS, "news")):
        for it in items:
            assert it["guid"].startswith("ale_"), it["guid"]
            assert it["guid"] not in guids, it["guid"]
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
