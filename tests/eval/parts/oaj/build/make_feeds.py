"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the oaj part (Jacksonville and Onslow
County, coastal North Carolina). Adapted from independent4/build/make_feeds.py.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/oaj/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/oaj/build/label_weather.py   (adds the weather rows)
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
import news_obr  # noqa: E402
import news_tideline  # noqa: E402
import news_tv  # noqa: E402
import obits_church  # noqa: E402
import obits_courier  # noqa: E402
import obits_cypress  # noqa: E402
import obits_notices  # noqa: E402
from roster_data import (BALLARD, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, DEFAULT_ADV, FIPS_OVERRIDES,  # noqa: E402
                         NO_BIRTH, NO_PHONE, R)

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_courier, obits_cypress, obits_church, obits_notices)
NEWS_MODULES = (news_tv, news_tideline, news_obr)
PREFIX = "oaj_"


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"oaj{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree (< 350 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = FIPS_OVERRIDES.get(cid) or AF.get_county_fips(z["county"], state=st)
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
            phone = f"(910) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example",
            "advisor_email": "w.ballard@newriverwealth.example" if cid in BALLARD else DEFAULT_ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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
    assert path.name.startswith(PREFIX), path
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

    # 1. daily newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.onslowcourier.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}",
                        "Obituaries") for it in obits_courier.ITEMS]
    rss(feeds / "oaj_onslow_courier_obituaries.rss",
        dict(title="The Onslow Courier - Obituaries", link="https://www.onslowcourier.example/obituaries/",
             description="Obituaries from The Onslow Courier, Jacksonville, N.C.",
             built=rfc822("2026-10-13T05:20:00-04:00")), items)

    # 2. funeral home: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_cypress.ITEMS:
        link = f"https://www.cypressgrovefs.example/obituary/{it['guid'].split('_')[-1]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Cypress Grove Funeral Service</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}<p class=\"obit-footer\">Online condolences may be left for the family at "
            f"cypressgrovefs.example.</p></div>]]></content:encoded>\n</item>\n")
    rss(feeds / "oaj_cypress_grove_funeral_service.rss",
        dict(title="Cypress Grove Funeral Service - Obituaries", link="https://www.cypressgrovefs.example/obituaries",
             description="Jacksonville, Richlands and Swansboro, North Carolina",
             built=rfc822("2026-09-02T10:15:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin: plain text
    items = [plain_item(it, f"https://www.mtcalvaryamez.example/bulletin/{it['guid'][-10:]}", "Bereaved Families")
             for it in obits_church.ITEMS]
    rss(feeds / "oaj_mount_calvary_amez_bulletin.rss",
        dict(title="Mount Calvary AME Zion Church - Bulletin: Bereaved Families",
             link="https://www.mtcalvaryamez.example/bulletin",
             description="Homegoing notices from the weekly bulletin of Mount Calvary AME Zion Church, Jacksonville, N.C.",
             built=rfc822("2026-11-08T07:35:00-05:00")), items)

    # 4. paid death notices: terse, plain text
    items = [plain_item(it, f"https://classifieds.coastalcarolinanotices.example/{it['guid']}", "Death Notices")
             for it in obits_notices.ITEMS]
    rss(feeds / "oaj_coastal_carolina_death_notices.rss",
        dict(title="Coastal Carolina Death Notices", link="https://classifieds.coastalcarolinanotices.example/",
             description="Paid death notices: Onslow, Jones, Pender and Carteret counties",
             built=rfc822("2026-11-04T06:05:00-05:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wccn9.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Coastal Carolina 9 Digital Team</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "oaj_wccn_coastal_carolina9_local.rss",
        dict(title="Coastal Carolina 9 WCCN - Local News", link="https://www.wccn9.example/",
             description="Local news for Jacksonville, New Bern, Morehead City and the Crystal Coast",
             built=rfc822("2026-08-29T12:20:00-04:00")), items, NS_DC)

    # 6. weekly paper: teaser description, HTML in content:encoded
    items = []
    for it in news_tideline.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://thetideline.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "oaj_tideline_weekly.rss",
        dict(title="The Tideline - Swansboro, Hubert, Sneads Ferry", link="https://thetideline.example/",
             description="Weekly news of eastern Onslow County and western Carteret County",
             built=rfc822("2026-12-03T08:05:00-05:00")), items, NS_CONTENT)

    # 7. business paper: plain text
    items = [plain_item(it, f"https://www.onslowbusinessreport.example/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_obr.ITEMS]
    rss(feeds / "oaj_onslow_business_report.rss",
        dict(title="Onslow Business Report", link="https://www.onslowbusinessreport.example/",
             description="Business news from Jacksonville, the Crystal Coast and the Cape Fear region",
             built=rfc822("2026-09-15T06:35:00-04:00")), items)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        assert a["id"].startswith(PREFIX)
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
        # the feature id is the alert id itself (not the https://api.weather.gov/alerts/... URL), so that it
        # starts with `oaj_` as the brief requires; "@id" keeps the URL form.
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for North Carolina",
        "updated": "2026-09-21T08:00:00+00:00",
    }
    (feeds / "oaj_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith(PREFIX), it["guid"]
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
