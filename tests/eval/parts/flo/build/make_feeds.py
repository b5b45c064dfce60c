"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the flo part (Florence and the Pee Dee, S.C.).

Run: /work/main/.venv/bin/python tests/eval/parts/flo/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/flo/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
Adapted from tests/eval/independent4/build/make_feeds.py.
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
import news_biz  # noqa: E402
import news_community  # noqa: E402
import news_tv  # noqa: E402
import obits_bulletin  # noqa: E402
import obits_courier  # noqa: E402
import obits_evergreen  # noqa: E402
import obits_notices  # noqa: E402
from roster_data import ADV, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_courier, obits_evergreen, obits_bulletin, obits_notices)
NEWS_MODULES = (news_tv, news_biz, news_community)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"flo{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree (< 350 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st and z["city"] == city, (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(843) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@peedeemail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": "" if cid in NO_BIRTH else birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    # households are linked both ways
    by_name = {(r["first_name"], re.sub(r" (Jr\.|Sr\.|III)$", "", r["last_name"])): r for r in rows}
    for r in rows:
        sp = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if sp is not None:
            assert sp["spouse_first_name"] == r["first_name"], (r["client_id"], sp["client_id"])
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
    items = [plain_item(it, f"https://obits.peedeecourier.example/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-4:]}",
                        "Obituaries") for it in obits_courier.ITEMS]
    rss(feeds / "flo_pee_dee_courier_obituaries.rss",
        dict(title="The Pee Dee Courier - Obituaries", link="https://obits.peedeecourier.example/",
             description="Obituaries published in The Pee Dee Courier, Florence, S.C.",
             built=rfc822("2026-04-04T05:35:00-04:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_evergreen.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.evergreenmagnoliafs.example/obituaries/{it['guid'][len(obits_evergreen.BASE):]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Evergreen &amp; Magnolia Funeral Service</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "flo_evergreen_magnolia_funeral_service.rss",
        dict(title="Evergreen & Magnolia Funeral Service - Obituaries",
             link="https://www.evergreenmagnoliafs.example/obituaries/",
             description="Obituaries: Florence, Lake City, Kingstree and Dillon, S.C.",
             built=rfc822("2026-04-08T10:10:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletins, plain text
    items = [plain_item(it, f"https://bulletins.peedeechurches.example/{it['guid']}", "Bereavement")
             for it in obits_bulletin.ITEMS]
    rss(feeds / "flo_pee_dee_church_bulletins.rss",
        dict(title="Pee Dee Church Bulletins - Bereavement and Prayer", link="https://bulletins.peedeechurches.example/",
             description="Bereavement notes from church bulletins of the Pee Dee",
             built=rfc822("2026-04-19T07:05:00-04:00")), items)

    # 4. paid death notices, terse
    items = [plain_item(it, f"https://classifieds.peedeecourier.example/notices/{it['guid']}", "Death Notices")
             for it in obits_notices.ITEMS]
    rss(feeds / "flo_pee_dee_death_notices.rss",
        dict(title="The Pee Dee Courier - Death Notices", link="https://classifieds.peedeecourier.example/notices/",
             description="Paid death notices, Florence and the Pee Dee",
             built=rfc822("2026-05-02T06:05:00-04:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wpdx13.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WPDX NewsChannel 13 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "flo_wpdx_newschannel13_local.rss",
        dict(title="WPDX NewsChannel 13 - Local News", link="https://www.wpdx13.example/",
             description="Local news from Florence, Myrtle Beach and the Pee Dee",
             built=rfc822("2026-05-12T18:10:00-04:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.peedeebizreview.example/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_biz.ITEMS]
    rss(feeds / "flo_pee_dee_business_review.rss",
        dict(title="Pee Dee Business Review", link="https://www.peedeebizreview.example/",
             description="Business news from Florence, Darlington, Hartsville and the Pee Dee",
             built=rfc822("2026-05-18T06:05:00-04:00")), items)

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_community.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://aroundthepeedee.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "flo_around_the_pee_dee_community.rss",
        dict(title="Around the Pee Dee - Community, Schools & Milestones", link="https://aroundthepeedee.example/",
             description="Births, anniversaries, school honors and church news from the Pee Dee",
             built=rfc822("2026-09-14T08:05:00-04:00")), items, NS_CONTENT)

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
        "updated": "2026-04-29T04:00:00+00:00",
    }
    (feeds / "flo_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("flo_"), it["guid"]
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
