"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the mgw part.

Run: /work/main/.venv/bin/python tests/eval/parts/mgw/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/mgw/build/label_weather.py   (adds the weather rows)
Adapted from independent4/build/make_feeds.py. Labels are the `gold=` lists written by hand next to each text.
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
import news_tvm  # noqa: E402
import news_wmvx  # noqa: E402
import obits_mvc  # noqa: E402
import obits_pdn  # noqa: E402
import obits_rfc  # noqa: E402
from roster_data import ADV, BLANK_COORDS, NO_ADDRESS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_mvc, obits_rfc, obits_pdn)
NEWS_MODULES = (news_wmvx, news_tvm)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"mgw{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
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
            phone = f"(304) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[city],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
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


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper obituaries, plain text
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.monvalleycourier.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in obits_mvc.ITEMS]
    rss(feeds / "mgw_mon_valley_courier_obituaries.rss",
        dict(title="The Mon Valley Courier - Obituaries", link="https://www.monvalleycourier.example/obituaries",
             description="Obituaries from Morgantown, Monongalia, Marion, Preston and Harrison counties",
             built=rfc822("2026-05-06T05:35:00-04:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence description
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://www.ridgelinechapels.example/obituaries/{it['guid'][8:]}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>Ridgeline Funeral Chapels</dc:creator>\n"
        f"<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
        f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n"
        for it in obits_rfc.ITEMS]
    rss(feeds / "mgw_ridgeline_funeral_chapels.rss",
        dict(title="Ridgeline Funeral Chapels - Obituaries", link="https://www.ridgelinechapels.example/obituaries/",
             description="Fairmont, Clarksburg, Grafton and Mannington, West Virginia",
             built=rfc822("2026-05-12T12:35:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. paid death notices, terse, plain text
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://classifieds.monvalleycourier.example/notices/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in obits_pdn.ITEMS]
    rss(feeds / "mgw_mon_preston_death_notices.rss",
        dict(title="Mon-Preston Paid Death Notices", link="https://classifieds.monvalleycourier.example/notices",
             description="Paid death notices, Monongalia and Preston counties",
             built=rfc822("2026-06-09T06:05:00-04:00")), items)

    # 4. TV station site: HTML descriptions
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.wmvx12.example/news/local/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>12 News Digital Staff</dc:creator>\n"
        f"<description>{escape(html(it['body']))}</description>\n</item>\n"
        for it in news_wmvx.ITEMS]
    rss(feeds / "mgw_wmvx12_local_news.rss",
        dict(title="WMVX 12 News - Local", link="https://www.wmvx12.example/",
             description="Local news for Morgantown, Fairmont, Clarksburg and north-central West Virginia",
             built=rfc822("2026-06-11T18:45:00-04:00")), items, NS_DC)

    # 5. community weekly: teaser description, HTML in content:encoded
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.valleymessenger.example/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"
        for it in news_tvm.ITEMS]
    rss(feeds / "mgw_valley_messenger_community.rss",
        dict(title="The Valley Messenger - Community", link="https://www.valleymessenger.example/",
             description="Weekly news of Marion and Preston counties", built=rfc822("2026-10-14T07:05:00-04:00")),
        items, NS_CONTENT)

    # 6. NWS alerts, api.weather.gov /alerts/active GeoJSON. The feature id and properties.id are the same
    #    mgw_-prefixed string, so the item id is the same whichever the parser takes.
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
            "VTEC": [a["vtec"]],
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
        "updated": "2026-06-18T20:05:00+00:00",
    }
    (feeds / "mgw_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("mgw_") and it["guid"] not in guids, it["guid"]
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
