"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the `elm` part.

Run from the repository root:
    .venv/bin/python tests/eval/parts/elm/build/make_feeds.py
    .venv/bin/python tests/eval/parts/elm/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
PART = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_sccc  # noqa: E402
import news_stbw  # noqa: E402
import news_wttx  # noqa: E402
import obits_bfh  # noqa: E402
import obits_ccc  # noqa: E402
import obits_scsa  # noqa: E402
import obits_ttdn  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ccc, obits_bfh, obits_scsa, obits_ttdn)
NEWS_MODULES = (news_wttx, news_stbw, news_sccc)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"elm{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        st = z["state"]
        assert st == "NY", (cid, zp)
        county = z["county"].replace(" County", "")
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
            phone = f"(607) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[county],
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

    # 1. daily newspaper, legacy-style titles, plain text
    items = [plain_item(it, "https://obits.chemungvalleycourier.example/obituary/"
                        f"{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-4:]}", "Obituaries")
             for it in obits_ccc.ITEMS]
    rss(feeds / "elm_chemung_valley_courier_obituaries.rss",
        dict(title="Chemung Valley Courier - Obituaries", link="https://obits.chemungvalleycourier.example/",
             description="Obituaries published in the Chemung Valley Courier, Elmira, N.Y.",
             built=rfc822("2026-08-04T05:35:00-04:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_bfh.ITEMS:
        link = f"https://www.brockwayandsons.example/obituaries/{it['guid'].removeprefix('elm_bfh_')}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Brockway &amp; Sons Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "elm_brockway_sons_funeral_home.rss",
        dict(title="Brockway & Sons Funeral Home - Obituaries", link="https://www.brockwayandsons.example/obituaries/",
             description="Obituaries: Elmira and Corning chapels (and our Sayre, Pa. chapel)",
             built=rfc822("2026-07-22T09:15:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin, plain text
    items = [plain_item(it, f"https://www.stcasimirstanthony.example/bulletin/{it['guid']}", "Pray for our dead")
             for it in obits_scsa.ITEMS]
    rss(feeds / "elm_st_casimir_st_anthony_bulletin.rss",
        dict(title="St. Casimir & St. Anthony Parishes - Weekly Bulletin",
             link="https://www.stcasimirstanthony.example/bulletin",
             description="Pray for our dead: notices from the parish bulletin, Southside Elmira, N.Y.",
             built=rfc822("2026-06-14T07:05:00-04:00")), items)

    # 4. brief paid death notices
    items = [plain_item(it, f"https://notices.twintiers.example/{it['guid']}", "Death Notices")
             for it in obits_ttdn.ITEMS]
    rss(feeds / "elm_twin_tiers_death_notices.rss",
        dict(title="Twin Tiers Death Notices", link="https://notices.twintiers.example/",
             description="Paid death notices: Chemung, Steuben, Schuyler and Tioga Counties, N.Y., and Bradford County, Pa.",
             built=rfc822("2026-06-05T06:05:00-04:00")), items)

    # 5. local TV station site: HTML descriptions
    items = []
    for it in news_wttx.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.twintiers13.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Twin Tiers 13 Digital Desk</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "elm_wttx_twin_tiers_13_local.rss",
        dict(title="Twin Tiers 13 News (WTTX) - Local", link="https://www.twintiers13.example/",
             description="Local news from Elmira, Corning and the Twin Tiers of New York and Pennsylvania",
             built=rfc822("2026-07-18T19:05:00-04:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.southerntierbiz.example/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_stbw.ITEMS]
    rss(feeds / "elm_southern_tier_business_weekly.rss",
        dict(title="Southern Tier Business Weekly", link="https://www.southerntierbiz.example/",
             description="Business news from Elmira, Corning, Ithaca and the Twin Tiers",
             built=rfc822("2026-08-11T06:05:00-04:00")), items)

    # 7. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_sccc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://southsidecrystalcity.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "elm_southside_crystal_city_community.rss",
        dict(title="Southside Neighbors & Crystal City Courier - Community",
             link="https://southsidecrystalcity.example/",
             description="Schools, scouts, milestones and clubs: Elmira, Elmira Heights, Horseheads, Big Flats, Corning",
             built=rfc822("2026-08-23T08:05:00-04:00")), items, NS_CONTENT)

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
        "title": "Current watches, warnings, and advisories for New York and Pennsylvania",
        "updated": "2026-07-27T21:00:00+00:00",
    }
    (feeds / "elm_nws_alerts_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                     encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("elm_"), it["guid"]
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
