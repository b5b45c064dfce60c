"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the mkg part (Muskegon, Michigan).

Run from the repository root:
    .venv/bin/python tests/eval/parts/mkg/build/make_feeds.py
then:
    .venv/bin/python tests/eval/parts/mkg/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text. Adapted from
tests/eval/independent4/build/make_feeds.py.
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
import news_lbw  # noqa: E402
import news_ln  # noqa: E402
import news_wlks  # noqa: E402
import obits_crc  # noqa: E402
import obits_hv  # noqa: E402
import obits_ledger  # noqa: E402
import obits_lvz  # noqa: E402
from roster_data import ADV, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_lvz, obits_ledger, obits_crc, obits_hv)
NEWS_MODULES = (news_lbw, news_wlks, news_ln)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"mkg{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree


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
        if household in seen_phone:
            phone = seen_phone[household]
        else:
            area = "616" if fips == "26139" else "231"
            phone = f"({area}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first.split(" ")[0] if nick else first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@lakemail.example", "advisor_email": ADV[city],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": birth,
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


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: one-sentence plain description, HTML in content:encoded
    items = []
    for it in obits_lvz.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.lakeshorevanzyl.example/obituaries/{it['guid'].split('obit-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Lakeshore Van Zyl Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-text\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "mkg_lakeshore_van_zyl_chapel_obituaries.rss",
        dict(title="Lakeshore Van Zyl Chapel - Obituaries", link="https://www.lakeshorevanzyl.example/obituaries/",
             description="Obituaries from Lakeshore Van Zyl Chapel: Muskegon, Norton Shores and Spring Lake, Michigan",
             built=rfc822("2026-09-14T09:45:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices: plain text, surname-first headings
    items = []
    for it in obits_ledger.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.lakeshoreledger.example/death-notices/{it['guid'].split('-dn-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "mkg_lakeshore_ledger_death_notices.rss",
        dict(title="The Lakeshore Ledger - Death Notices", link="https://www.lakeshoreledger.example/death-notices/",
             description="Paid death notices published in The Lakeshore Ledger, Muskegon, Mich.",
             built=rfc822("2026-10-06T05:05:00-04:00")), items)

    # 3. church bulletin: plain text
    items = []
    for it in obits_crc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.springlakecrc.example/congregational-life/{it['guid'].split('-cl-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Congregational Life</category>\n"
            f"<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "mkg_spring_lake_crc_bulletin.rss",
        dict(title="Spring Lake Christian Reformed Church - Congregational Life",
             link="https://www.springlakecrc.example/congregational-life/",
             description="Prayer concerns, in memoriam and news of our members and sister churches",
             built=rfc822("2026-07-19T07:35:00-04:00")), items)

    # 4. community paper homegoing column: teaser description, HTML in content:encoded
    items = []
    for it in obits_hv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://theheightsvoice.example/homegoing/{slug(it['title'].split(': ')[-1])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Homegoing Celebrations</category>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "mkg_heights_voice_homegoing.rss",
        dict(title="The Heights Voice - Homegoing Celebrations", link="https://theheightsvoice.example/homegoing/",
             description="The community newspaper of Muskegon Heights",
             built=rfc822("2026-06-30T12:05:00-04:00")), items, NS_CONTENT)

    # 5. business weekly: plain text
    items = []
    for it in news_lbw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.lakeshorebizweekly.example/{it['guid'].split('-', 1)[-1]}/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "mkg_lakeshore_business_weekly.rss",
        dict(title="Lakeshore Business Weekly", link="https://www.lakeshorebizweekly.example/",
             description="Business news from Muskegon, Grand Haven and the West Michigan lakeshore",
             built=rfc822("2026-09-21T07:05:00-04:00")), items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_wlks.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wlks13.example/news/local/{slug(it['title'])}/{it['guid'].split('-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WLKS 13 Digital Team</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "mkg_wlks13_local_news.rss",
        dict(title="WLKS 13 Lakeshore - Local News", link="https://www.wlks13.example/news/local/",
             description="Local news for Muskegon, Ottawa and Oceana counties",
             built=rfc822("2026-06-23T12:15:00-04:00")), items, NS_DC)

    # 7. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_ln.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://lakeshoreneighbors.example/{it['guid'].split('-', 1)[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "mkg_lakeshore_neighbors.rss",
        dict(title="Lakeshore Neighbors - Community, Schools & Milestones", link="https://lakeshoreneighbors.example/",
             description="Community news for Muskegon, Grand Haven, Spring Lake and the White Lake area",
             built=rfc822("2026-08-20T08:05:00-04:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON (ids carry the mkg_ prefix: the feature id,
    #    properties.id and properties.@id are the same string, so whichever the parser takes is the item id)
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": r, "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
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
            "@id": a["id"], "@type": "wx:Alert", "id": a["id"],
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
        "title": "Current watches, warnings, and advisories for Michigan",
        "updated": "2026-07-30T08:10:00+00:00",
    }
    (feeds / "mkg_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("mkg_"), it["guid"]
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
