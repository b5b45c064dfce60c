"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the bna part (no network).

Run from the repository root:  /work/main/.venv/bin/python tests/eval/parts/bna/build/make_feeds.py
then:                           /work/main/.venv/bin/python tests/eval/parts/bna/label_weather.py  (weather rows)
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
import news_cbj  # noqa: E402
import news_hp  # noqa: E402
import news_tv  # noqa: E402
import obits_chfh  # noqa: E402
import obits_jst  # noqa: E402
import obits_nbdn  # noqa: E402
import obits_nich  # noqa: E402
from roster_data import (ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH,  # noqa: E402
                         NO_PHONE, R)

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"37075": "615", "37066": "615", "37072": "615", "37208": "615", "37209": "615", "37211": "615",
        "37013": "615", "37027": "615", "37064": "615", "37130": "615", "37129": "615", "37167": "615"}
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_chfh, obits_nbdn, obits_jst, obits_nich)
NEWS_MODULES = (news_cbj, news_tv, news_hp)
NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"bna{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


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
            phone = f"({AREA[zp]}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    rows.sort(key=lambda r: r["client_id"])
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:   # couples linked both ways when both are clients
        sp = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if sp is not None:
            assert (sp["spouse_first_name"], sp["spouse_last_name"]) == (r["first_name"], r["last_name"]), r
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
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")[:80]


def rss(path: Path, ch: dict, items: list[str], ns: str = "") -> None:
    assert path.name.startswith("bna_")
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(ch['title'])}</title>\n<link>{ch['link']}</link>\n"
            f"<description>{escape(ch['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{ch['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.glob("*"):
        old.unlink()

    # 1. funeral-home site: teaser description, HTML in content:encoded
    items = []
    for it in obits_chfh.ITEMS:
        link = obits_chfh.BASE + it["slug"]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Cumberland &amp; Harpeth Funeral Homes</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "bna_cumberland_harpeth_funeral_homes.rss",
        dict(title="Cumberland & Harpeth Funeral Homes - Obituaries", link=obits_chfh.BASE,
             description="Obituaries from our Hendersonville, Franklin and Murfreesboro chapels",
             built=rfc822("2026-09-14T16:25:00-05:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices: surname-first headings, plain text
    items = []
    for it in obits_nbdn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://notices.banner-ledger.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "bna_banner_ledger_death_notices.rss",
        dict(title="Nashville Banner-Ledger - Paid Death Notices", link="https://notices.banner-ledger.example/",
             description="Death notices placed by families and funeral homes", built=rfc822("2026-11-05T06:05:00-06:00")),
        items)

    # 3. North Nashville church/community weekly: plain text
    items = []
    for it in obits_jst.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.jeffersonstreettribune.example/homegoing/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Homegoing Celebrations</category>\n<description>{escape(it['body'].strip())}</description>\n"
            f"</item>\n")
    rss(feeds / "bna_jefferson_street_tribune_homegoing.rss",
        dict(title="The Jefferson Street Tribune - Homegoing Celebrations",
             link="https://www.jeffersonstreettribune.example/", description="North Nashville's community weekly",
             built=rfc822("2026-07-13T08:05:00-05:00")), items)

    # 4. multilingual community weekly: teaser description + HTML content
    items = []
    for it in obits_nich.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.nashvilleinternationalherald.example/remembrances/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Remembrances</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "bna_international_community_herald_remembrances.rss",
        dict(title="Nashville International Community Herald - Remembrances",
             link="https://www.nashvilleinternationalherald.example/",
             description="Kurdish, Coptic, Latino and other community news from Middle Tennessee",
             built=rfc822("2026-08-06T12:05:00-05:00")), items, NS_CONTENT)

    # 5. business weekly: plain text
    items = []
    for it in news_cbj.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.cumberlandbizjournal.example/news/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "bna_cumberland_business_journal.rss",
        dict(title="Cumberland Business Journal", link="https://www.cumberlandbizjournal.example/",
             description="Business news from Nashville and Middle Tennessee", built=rfc822("2026-10-13T06:35:00-05:00")),
        items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wcmt6.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WCMT NewsChannel 6 Digital</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "bna_wcmt_newschannel6_local.rss",
        dict(title="WCMT NewsChannel 6 - Local News", link="https://www.wcmt6.example/",
             description="Nashville and Middle Tennessee local news", built=rfc822("2026-10-28T06:25:00-05:00")),
        items, NS_DC)

    # 7. community paper: teaser description + HTML content
    items = []
    for it in news_hp.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://hometownpress.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "bna_hometown_press_community.rss",
        dict(title="The Hometown Press - Community, Schools & Farm", link="https://hometownpress.example/",
             description="Sumner, Williamson and Rutherford Counties and North Nashville",
             built=rfc822("2026-11-12T08:05:00-06:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        assert a["id"].startswith("bna_urn:oid:")
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
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Tennessee",
        "updated": "2026-05-19T22:00:00+00:00",
    }
    (feeds / "bna_nws_alerts_ohx_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("bna_"), it["guid"]
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
