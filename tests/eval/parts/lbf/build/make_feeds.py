"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part lbf
(North Platte, Nebraska). Adapted from tests/eval/independent4/build/make_feeds.py.

Run from the repository root:
  .venv/bin/python tests/eval/parts/lbf/build/make_feeds.py
  .venv/bin/python tests/eval/parts/lbf/build/label_weather.py     (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
"""

from __future__ import annotations

import csv
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
import news_kwcn  # noqa: E402
import news_lcc  # noqa: E402
import news_wcbw  # noqa: E402
import obits_ndc  # noqa: E402
import obits_olg  # noqa: E402
import obits_prfc  # noqa: E402
from roster_data import ADV, ADV2, BLANK_COORDS, COORDS, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ndc, obits_prfc, obits_olg)
NEWS_MODULES = (news_kwcn, news_lcc, news_wcbw)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st and z["city"] == city, (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state=st)
        household = f"{street}|{zp}"
        if household not in seen_phone:
            seen_phone[household] = f"(308) 555-01{int(cid[3:]):02d}"
        lat, lon = COORDS.get(cid, ("", ""))
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@prairiemail.example", "advisor_email": ADV2 if city != "North Platte" else ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": seen_phone[household], "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert all(cid in COORDS or cid in BLANK_COORDS for cid in ids)
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

    # 1. daily newspaper obituaries: plain text, "Name, age" titles
    items = []
    for it in obits_ndc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.northplattecourier.example/obituaries/{slug(it['title'])}/{it['guid'][-4:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "lbf_north_platte_daily_courier_obituaries.rss",
        dict(title="North Platte Daily Courier - Obituaries", link="https://www.northplattecourier.example/obituaries/",
             description="Obituaries and death notices from the North Platte Daily Courier, North Platte, Neb.",
             built=rfc822("2026-08-05T05:35:00-05:00")), items)

    # 2. funeral-home site: one-sentence description, HTML in content:encoded
    items = []
    for it in obits_prfc.ITEMS:
        link = f"https://www.prairierestchapel.example/obituary/{it['guid'].split('_')[-1]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Prairie Rest Funeral Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "lbf_prairie_rest_funeral_chapel.rss",
        dict(title="Prairie Rest Funeral Chapel - Obituaries", link="https://www.prairierestchapel.example/obituaries",
             description="Obituaries: Prairie Rest Funeral Chapel, North Platte and Sutherland, Nebraska",
             built=rfc822("2026-08-11T08:35:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin: plain text, short notices (some bilingual)
    items = []
    for it in obits_olg.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.stpatolgnp.example/bulletin/{it['guid'][-5:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Pray for Our Faithful Departed</category>\n"
            f"<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "lbf_st_patrick_guadalupe_bulletin.rss",
        dict(title="St. Patrick & Our Lady of Guadalupe Parishes - Weekly Bulletin",
             link="https://www.stpatolgnp.example/bulletin",
             description="Pray for Our Faithful Departed / Oremos por nuestros difuntos - North Platte, Nebraska",
             built=rfc822("2026-08-30T07:05:00-05:00")), items)

    # 4. TV station: HTML descriptions
    items = []
    for it in news_kwcn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kwcn6.example/news/local/{slug(it['title'])}-{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KWCN NewsChannel 6 Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "lbf_kwcn_newschannel6_local.rss",
        dict(title="KWCN NewsChannel 6 - Local News", link="https://www.kwcn6.example/",
             description="Local news from North Platte and west central Nebraska",
             built=rfc822("2026-08-14T16:55:00-05:00")), items, NS_DC)

    # 5. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_lcc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://lincolncountycrossroads.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "lbf_lincoln_county_crossroads_community.rss",
        dict(title="Lincoln County Crossroads - Community", link="https://lincolncountycrossroads.example/",
             description="Weddings, milestones, schools and 4-H/FFA news from Lincoln County and the Sandhills",
             built=rfc822("2026-08-20T06:05:00-05:00")), items, NS_CONTENT)

    # 6. business weekly: plain text
    items = []
    for it in news_wcbw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wcnebizweekly.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "lbf_west_central_nebraska_business_weekly.rss",
        dict(title="West Central Nebraska Business Weekly", link="https://www.wcnebizweekly.example/",
             description="Business news from North Platte, Lincoln County and the Sandhills",
             built=rfc822("2026-07-21T06:35:00-05:00")), items)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        "title": "Current watches, warnings, and advisories for Nebraska",
        "updated": "2026-06-18T20:00:00-05:00",
    }
    (feeds / "lbf_nws_alerts_ne_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("lbf_"), it["guid"]
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
