"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the hob part.

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/hob/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/hob/build/label_weather.py   (adds the weather rows)
(patterned on tests/eval/independent4/build/make_feeds.py)
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
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits.SUNLEDGER, obits.CAPROCK, obits.BULLETIN, obits.NOTICES)
NEWS_LISTS = (news.TV, news.PBBR, news.PLAINSMAN)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"hob{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st and z["city"].lower() == city.lower(), (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(575) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@plainsmail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    # households linked both ways
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:
        sp = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if sp is not None:
            assert (sp["spouse_first_name"], sp["spouse_last_name"]) == (r["first_name"], r["last_name"]), r["client_id"]
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


def plain_items(lst, link, category):
    return [
        f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link(it)}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in lst]


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # A. daily newspaper obituaries, plain text
    rss(feeds / "hob_sun_ledger_obituaries.rss",
        dict(title="Lea County Sun-Ledger - Obituaries", link="https://www.leasunledger.example/obituaries/",
             description="Obituaries from the Lea County Sun-Ledger, Hobbs, N.M.", built=rfc822("2026-05-08T05:35:00-06:00")),
        plain_items(obits.SUNLEDGER, lambda it: f"https://www.leasunledger.example/obituaries/{slug(it['title'])}", "Obituaries"))

    # B. funeral home: HTML in content:encoded, one-sentence description, permalink-style links
    items = []
    for it in obits.CAPROCK:
        link = obits.CMC_BASE + it["guid"].removeprefix("hob_cmc_").replace("_", "-")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Caprock Memorial Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "hob_caprock_memorial_chapel.rss",
        dict(title="Caprock Memorial Chapel - Obituaries", link=obits.CMC_BASE,
             description="Obituaries: Caprock Memorial Chapel, Hobbs and Lovington, New Mexico",
             built=rfc822("2026-06-09T09:05:00-06:00")), items, NS_CONTENT + NS_DC)

    # C. parish bulletin, plain text
    rss(feeds / "hob_olg_parish_bulletin.rss",
        dict(title="Our Lady of Guadalupe Parish, Hobbs - Weekly Bulletin", link="https://www.olghobbs.example/bulletin",
             description="Pray for the Faithful Departed: Hobbs, with the Eunice and Jal missions",
             built=rfc822("2026-05-10T07:05:00-06:00")),
        plain_items(obits.BULLETIN, lambda it: f"https://www.olghobbs.example/bulletin/{it['guid']}", "Faithful Departed"))

    # D. paid death notices, plain text
    rss(feeds / "hob_sun_ledger_death_notices.rss",
        dict(title="Lea County Sun-Ledger - Death Notices", link="https://www.leasunledger.example/death-notices/",
             description="Paid death notices", built=rfc822("2026-07-01T05:35:00-06:00")),
        plain_items(obits.NOTICES, lambda it: f"https://www.leasunledger.example/death-notices/{it['guid']}", "Death Notices"))

    # E. TV station: HTML descriptions
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.kleanewswest7.example/news/local/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>NewsWest 7 Digital</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n"
        for it in news.TV]
    rss(feeds / "hob_klea_newswest7_local.rss",
        dict(title="KLEA NewsWest 7 - Local News", link="https://www.kleanewswest7.example/",
             description="Local news for Hobbs, Lea County and southeastern New Mexico",
             built=rfc822("2026-06-15T16:05:00-06:00")), items, NS_DC)

    # F. business paper, plain text
    rss(feeds / "hob_permian_basin_business_report.rss",
        dict(title="Permian Basin Business Report", link="https://www.pbbizreport.example/",
             description="Business news from Lea and Eddy counties and the Permian Basin",
             built=rfc822("2026-06-16T06:05:00-06:00")),
        plain_items(news.PBBR, lambda it: f"https://www.pbbizreport.example/{it['guid']}/{slug(it['title'])}", "Business"))

    # G. weekly paper: teaser description, HTML in content:encoded
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.lovingtonplainsman.example/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"
        for it in news.PLAINSMAN]
    rss(feeds / "hob_lovington_plainsman.rss",
        dict(title="The Lovington Plainsman", link="https://www.lovingtonplainsman.example/",
             description="Weekly newspaper of Lovington and northern Lea County",
             built=rfc822("2026-06-11T09:05:00-06:00")), items, NS_CONTENT)

    # H. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        # the feature id is the alert id itself (prefixed hob_), so the item id and alert id agree
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for New Mexico",
        "updated": "2026-08-12T03:00:00+00:00",
    }
    (feeds / "hob_nws_alerts_active_nm.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("hob_") and it["guid"] not in guids, it["guid"]
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
