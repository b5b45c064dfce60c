"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the bmi part
(central Illinois: Bloomington-Normal, Pontiac, Lincoln, Clinton). Adapted from independent4/build/make_feeds.py.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/bmi/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/bmi/build/label_weather.py   (adds the weather rows)
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_cbb  # noqa: E402
import news_tcw  # noqa: E402
import news_tv  # noqa: E402
import obits_cbc  # noqa: E402
import obits_opf  # noqa: E402
import obits_pdn  # noqa: E402
import obits_stp  # noqa: E402
from roster_data import ADV, AREA, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_cbc, obits_opf, obits_stp, obits_pdn)
NEWS_MODULES = (news_cbb, news_tv, news_tcw)
DOMAINS = ("prairienet.example", "mail.example", "cornbelt.example")


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"bmi{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "IL", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="IL")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"({AREA[zp]}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "IL",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@{DOMAINS[int(cid[3:]) % 3]}", "advisor_email": ADV[zp],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:   # couples linked both ways when both are clients
        for o in rows:
            if o is not r and o["first_name"] == r["spouse_first_name"] and o["last_name"] == r["spouse_last_name"]:
                assert (r["first_name"], r["last_name"]) == (o["spouse_first_name"], o["spouse_last_name"]), r
    assert by_id
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


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper, legacy-style titles, plain text
    items = [plain_item(it, f"https://obits.cornbeltcourier.example/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-5:]}",
                        "Obituaries") for it in obits_cbc.ITEMS]
    rss(feeds / "bmi_corn_belt_courier_obituaries.rss",
        dict(title="The Corn Belt Courier - Obituaries", link="https://obits.cornbeltcourier.example/",
             description="Obituaries published in The Corn Belt Courier, Bloomington, Ill.",
             built=rfc822("2026-11-18T05:35:00-06:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence description, permalink guids
    items = []
    for it in obits_opf.ITEMS:
        link = obits_opf.BASE + it["guid"][len("bmi_opf-"):]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Ostermeier-Pfaff Funeral Homes</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "bmi_ostermeier_pfaff_funeral_homes.rss",
        dict(title="Ostermeier-Pfaff Funeral Homes - Obituaries", link="https://www.ostermeierpfaff.example/obituaries/",
             description="Obituaries from our Pontiac, Lincoln and Clinton chapels",
             built=rfc822("2026-10-20T16:50:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletins: plain text
    items = [plain_item(it, f"https://bulletins.mclean-livingston-parishes.example/{it['guid']}", "In Our Prayers")
             for it in obits_stp.ITEMS]
    rss(feeds / "bmi_parish_bulletins_prayers.rss",
        dict(title="Parish Bulletins - In Our Prayers", link="https://bulletins.mclean-livingston-parishes.example/",
             description="Prayer notices from St. Patrick's (Bloomington), St. Mary's (Pontiac) and Trinity Lutheran (Normal)",
             built=rfc822("2026-09-11T12:05:00-05:00")), items)

    # 4. brief paid death notices
    items = [plain_item(it, f"https://notices.prairieregion.example/{it['guid']}", "Death Notices")
             for it in obits_pdn.ITEMS]
    rss(feeds / "bmi_prairie_region_death_notices.rss",
        dict(title="Prairie Region Death Notices", link="https://notices.prairieregion.example/",
             description="Paid death notices: Bloomington-Normal, Pontiac, Lincoln, Clinton",
             built=rfc822("2026-10-06T07:05:00-05:00")), items)

    # 5. business paper: plain text
    items = [plain_item(it, f"https://www.cornbeltbiz.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_cbb.ITEMS]
    rss(feeds / "bmi_corn_belt_business_monthly.rss",
        dict(title="Corn Belt Business Monthly", link="https://www.cornbeltbiz.example/",
             description="Business news from Bloomington-Normal and central Illinois",
             built=rfc822("2026-10-13T06:05:00-05:00")), items)

    # 6. TV station site: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wprl19.example/news/local/{slug(it['title'])}/{it['guid'].split('-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WPRL Prairieland 19 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "bmi_wprl_prairieland19_local.rss",
        dict(title="WPRL Prairieland 19 - Local News", link="https://www.wprl19.example/",
             description="Local news from Bloomington-Normal and central Illinois",
             built=rfc822("2026-09-09T17:35:00-05:00")), items, NS_DC)

    # 7. weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_tcw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://tricountyprairieweekly.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "bmi_tri_county_prairie_weekly.rss",
        dict(title="Tri-County Prairie Weekly - Community", link="https://tricountyprairieweekly.example/",
             description="Community news from Livingston, Logan and DeWitt Counties",
             built=rfc822("2026-08-26T08:05:00-05:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON (feature id = properties.id = "bmi_urn:oid:...")
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
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-10-27T12:00:00+00:00",
    }
    (feeds / "bmi_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("bmi_"), it["guid"]
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
