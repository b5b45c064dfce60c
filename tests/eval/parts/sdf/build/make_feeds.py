"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for blind part `sdf` (no network).

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/sdf/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/sdf/label_weather.py   (adds the weather rows)
Pattern: independent4/build/make_feeds.py.
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
from roster_data import BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"KY": "502", "IN": "812"}
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"sdf{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, adv) in R:
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
            phone = f"({AREA[st]}) 555-01{int(cid[3:]) % 100:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    byid = {r["client_id"]: r for r in rows}
    for r in rows:   # couples linked both ways when both are clients
        for o in rows:
            if o is not r and (o["first_name"], o["last_name"]) == (r["spouse_first_name"], r["spouse_last_name"]):
                assert (r["first_name"], r["last_name"]) == (o["spouse_first_name"], o["spouse_last_name"]), r
    assert byid
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


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: one-sentence description, HTML in content:encoded
    items = []
    for it in obits.FH:
        link = f"https://www.hermannvogtsons.example/obituaries/{slug(it['title'])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Hermann-Vogt &amp; Sons Funeral Homes</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "sdf_hermann_vogt_sons_obituaries.rss",
        dict(title="Hermann-Vogt & Sons Funeral Homes - Obituaries", link="https://www.hermannvogtsons.example/",
             description="Germantown, St. Matthews and New Albany chapels", built=rfc822("2026-10-05T10:35:00-04:00")),
        items, NS_CONTENT + NS_DC)

    # 2. paid death notices, surname-first headings, plain text
    items = [plain_item(it, f"https://notices.fallscitycourier.example/{it['guid']}", "Death Notices") for it in obits.DN]
    rss(feeds / "sdf_falls_city_courier_death_notices.rss",
        dict(title="The Falls City Daily Courier - Death Notices", link="https://notices.fallscitycourier.example/",
             description="Paid death notices, Louisville and Southern Indiana", built=rfc822("2026-11-04T05:05:00-05:00")),
        items)

    # 3. community register: plain text
    items = [plain_item(it, f"https://westendsouthsideregister.example/remembrances/{slug(it['title'])}", "Remembrances")
             for it in obits.CR]
    rss(feeds / "sdf_community_register_remembrances.rss",
        dict(title="The West End & Southside Community Register - Remembrances",
             link="https://westendsouthsideregister.example/",
             description="Homegoings, dzenaza notices and esquelas from Louisville's neighborhoods",
             built=rfc822("2026-09-15T08:05:00-04:00")), items)

    # 4. business weekly, plain text
    items = [plain_item(it, f"https://www.ohiofallsledger.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news.BL]
    rss(feeds / "sdf_ohio_falls_business_ledger.rss",
        dict(title="Ohio Falls Business Ledger", link="https://www.ohiofallsledger.example/",
             description="Business news for Louisville and Southern Indiana", built=rfc822("2026-09-09T06:05:00-04:00")),
        items)

    # 5. TV station, HTML descriptions
    items = []
    for it in news.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wfcv11.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WFCV 11 News Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "sdf_wfcv11_local_news.rss",
        dict(title="WFCV 11 News - Local", link="https://www.wfcv11.example/",
             description="Louisville and Southern Indiana local news", built=rfc822("2026-08-20T18:05:00-04:00")),
        items, NS_DC)

    # 6. small-town paper: teaser + content:encoded
    items = []
    for it in news.CT:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://oldhambullittcourier.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "sdf_oldham_bullitt_courier_times.rss",
        dict(title="Oldham & Bullitt Courier-Times", link="https://oldhambullittcourier.example/",
             description="Community news from La Grange, Crestwood, Shepherdsville and Mount Washington",
             built=rfc822("2026-11-05T08:05:00-05:00")), items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/county/{u}" for u in a["UGC"]]
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
        # feature id as the brief asks: "sdf_urn:oid:..." (the gold item_id)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Kentucky and Indiana",
        "updated": "2026-08-03T18:30:00+00:00",
    }
    (feeds / "sdf_nws_alerts_klmk_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                          encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for items, kind in ((obits.ITEMS, "bereavement"), (news.ITEMS, "news")):
        for it in items:
            assert it["guid"].startswith("sdf_"), it["guid"]
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
