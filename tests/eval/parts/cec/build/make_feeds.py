"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the cec part
(Crescent City and Del Norte County, Calif.; Brookings, Ore.). Adapted from independent4/build/make_feeds.py.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/cec/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/cec/build/label_weather.py   (adds the weather rows)
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
import news_dcn  # noqa: E402
import news_krwc  # noqa: E402
import news_wrbj  # noqa: E402
import obits_hvc  # noqa: E402
import obits_rcb  # noqa: E402
import obits_rcc  # noqa: E402
import obits_wrn  # noqa: E402
from roster_data import (ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH,  # noqa: E402
                         NO_PHONE, R)

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"CA": "707", "OR": "541"}
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_rcc, obits_hvc, obits_rcb, obits_wrn)
NEWS_MODULES = (news_krwc, news_wrbj, news_dcn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"cec{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
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
            n = int(cid[3:]) % 100
            phone = f"({AREA[st]}) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[st],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n"
            f"</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. weekly newspaper obituaries: plain text
    items = [plain_item(it, f"https://www.redwoodcoastcourier.example/obituaries/{slug(it['title'].split(' / ')[0])}",
                        "Obituaries") for it in obits_rcc.ITEMS]
    rss(feeds / "cec_redwood_coast_courier_obituaries.rss",
        dict(title="The Redwood Coast Courier - Obituaries", link="https://www.redwoodcoastcourier.example/obituaries",
             description="Obituaries from the Redwood Coast Courier, Crescent City, Calif.",
             built=rfc822("2026-06-17T06:05:00-07:00")), items)

    # 2. funeral-home site: one-sentence plain description, HTML in content:encoded
    items = []
    for it in obits_hvc.ITEMS:
        link = obits_hvc.BASE + it["slug"]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Harbor View Memorial Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}<p class=\"share\">Share a memory or light a candle for the family.</p></div>]]>"
            f"</content:encoded>\n</item>\n")
    rss(feeds / "cec_harbor_view_memorial_chapel.rss",
        dict(title="Harbor View Memorial Chapel - Obituaries", link=obits_hvc.BASE,
             description="Obituaries: Harbor View Memorial Chapel, Crescent City, Calif., and Brookings-Harbor, Ore.",
             built=rfc822("2026-07-08T10:15:00-07:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin: plain text
    items = [plain_item(it, f"https://www.redwoodcoastcatholic.example/bulletin/{it['guid']}",
                        "Pray for our Faithful Departed") for it in obits_rcb.ITEMS]
    rss(feeds / "cec_redwood_coast_catholic_bulletin.rss",
        dict(title="Redwood Coast Catholic Community - Weekly Bulletin",
             link="https://www.redwoodcoastcatholic.example/bulletin",
             description="St. Joseph, Crescent City; St. Thomas the Apostle Mission, Smith River; St. Kateri, Klamath",
             built=rfc822("2026-06-07T07:05:00-07:00")), items)

    # 4. paid death notices: plain text
    items = [plain_item(it, f"https://notices.wildriverscoast.example/{it['guid']}", "Death Notices")
             for it in obits_wrn.ITEMS]
    rss(feeds / "cec_wild_rivers_coast_death_notices.rss",
        dict(title="Wild Rivers Coast Death Notices", link="https://notices.wildriverscoast.example/",
             description="Paid death notices: Del Norte County, Calif., and Curry County, Ore.",
             built=rfc822("2026-07-22T08:05:00-07:00")), items)

    # 5. TV station site: HTML in description
    items = []
    for it in news_krwc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.northcoast7.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>North Coast 7 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "cec_northcoast7_krwc_local.rss",
        dict(title="North Coast 7 KRWC - Local News", link="https://www.northcoast7.example/",
             description="Local news from Del Norte and Humboldt counties and the southern Oregon coast",
             built=rfc822("2026-06-10T19:45:00-07:00")), items, NS_DC)

    # 6. business paper: plain text
    items = [plain_item(it, f"https://www.wildriversbiz.example/news/{slug(it['title'])}", "Business")
             for it in news_wrbj.ITEMS]
    rss(feeds / "cec_wild_rivers_business_journal.rss",
        dict(title="Wild Rivers Business Journal", link="https://www.wildriversbiz.example/",
             description="Business news from Del Norte County, Calif., and Curry County, Ore.",
             built=rfc822("2026-05-12T07:05:00-07:00")), items)

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_dcn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://delnortecommunitynotes.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "cec_del_norte_community_notes.rss",
        dict(title="Del Norte Community Notes", link="https://delnortecommunitynotes.example/",
             description="Schools, milestones, 4-H, library and neighbors in Del Norte County",
             built=rfc822("2026-08-26T09:05:00-07:00")), items, NS_CONTENT)

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
        # the part's rule: every alert id starts with cec_ (the top-level id is the item id)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-11-18T22:35:00+00:00",
    }
    (feeds / "cec_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("cec_"), it["guid"]
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
