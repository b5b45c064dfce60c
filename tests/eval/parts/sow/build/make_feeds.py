"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for eval part `sow`
(adapted from tests/eval/independent4/build/make_feeds.py).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/sow/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/sow/build/label_weather.py   (adds the weather rows)
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
import news_az9  # noqa: E402
import news_mrc  # noqa: E402
import news_stn  # noqa: E402
import obits_mrc  # noqa: E402
import obits_rcdn  # noqa: E402
import obits_scm  # noqa: E402
from roster_data import ADV, ADV_BY_ID, BLANK_COORDS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_mrc, obits_scm, obits_rcdn)
NEWS_MODULES = (news_az9, news_mrc, news_stn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"sow{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        if cid in BLANK_COORDS:
            lat = lon = ""
        else:
            lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
            lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}|{spl or last}"
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
            "postal_code": zp, "county_fips": fips, "latitude": lat, "longitude": lon,
            "email": f"{local}@mail.example", "advisor_email": ADV_BY_ID.get(cid, ADV[st]),
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


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. weekly newspaper obituaries: plain text
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.mogollonrimcourier.example/obituaries/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in obits_mrc.ITEMS]
    rss(feeds / "sow_mogollon_rim_courier_obituaries.rss",
        dict(title="Mogollon Rim Courier - Obituaries", link="https://www.mogollonrimcourier.example/",
             description="Obituaries from Show Low, Pinetop-Lakeside, Snowflake, Taylor and Heber",
             built=rfc822("2026-05-20T06:05:00-07:00")), items)

    # 2. funeral-home site: one-sentence description, HTML in content:encoded
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.silvercreekmortuary.example/obituaries/{it['guid'][8:]}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>Silver Creek Mortuary</dc:creator>\n"
        f"<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
        f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n"
        for it in obits_scm.ITEMS]
    rss(feeds / "sow_silver_creek_mortuary.rss",
        dict(title="Silver Creek Mortuary - Obituaries", link="https://www.silvercreekmortuary.example/obituaries/",
             description="Obituaries: Show Low and Snowflake chapels",
             built=rfc822("2026-06-02T12:05:00-07:00")), items, NS_CONTENT + NS_DC)

    # 3. paid death notices: surname-first headings, plain text
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://notices.rimcountry.example/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in obits_rcdn.ITEMS]
    rss(feeds / "sow_rim_country_death_notices.rss",
        dict(title="Rim Country Death Notices", link="https://notices.rimcountry.example/",
             description="Paid death notices: Navajo and Apache Counties, Arizona",
             built=rfc822("2026-06-04T07:05:00-07:00")), items)

    # 4. TV station site: HTML in description
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.az9news.example/news/local/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>AZ9 Digital Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n"
        for it in news_az9.ITEMS]
    rss(feeds / "sow_az9_news_local.rss",
        dict(title="AZ Nine News - Arizona", link="https://www.az9news.example/",
             description="News from across Arizona", built=rfc822("2026-06-12T20:10:00-07:00")), items, NS_DC)

    # 5. weekly newspaper local news: plain text
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.mogollonrimcourier.example/news/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Local</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in news_mrc.ITEMS]
    rss(feeds / "sow_mogollon_rim_courier_news.rss",
        dict(title="Mogollon Rim Courier - Local News", link="https://www.mogollonrimcourier.example/",
             description="Local news from the White Mountains", built=rfc822("2026-08-26T06:05:00-07:00")), items)

    # 6. community newsletter: teaser description, HTML in content:encoded
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://snowflaketaylorneighbors.example/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"
        for it in news_stn.ITEMS]
    rss(feeds / "sow_snowflake_taylor_neighbors.rss",
        dict(title="Snowflake-Taylor Neighbors", link="https://snowflaketaylorneighbors.example/",
             description="Community news for Snowflake and Taylor, Arizona",
             built=rfc822("2026-07-20T09:05:00-07:00")), items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        "updated": "2026-06-12T22:00:00+00:00",
    }
    (feeds / "sow_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("sow_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
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
