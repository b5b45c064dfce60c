"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part ftk (adapted from independent4's).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/ftk/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/ftk/build/label_weather.py   (adds the weather rows)
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
import news_lt  # noqa: E402
import news_tv  # noqa: E402
import obits_dn  # noqa: E402
import obits_kr  # noqa: E402
import obits_ne  # noqa: E402
import obits_sj  # noqa: E402
from roster_data import ADV, AREA, BLANK_COORDS, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ne, obits_kr, obits_sj, obits_dn)
NEWS_MODULES = (news_tv, news_lt)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ftk{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.-]", "", f"{first}.{last}".lower().replace(" ", ""))


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
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"({AREA.get(zp, '270')}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@heartlandmail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "phone": phone,
            "address_line": "" if cid in NO_ADDRESS else street, "birth_date": "" if cid in NO_BIRTH else birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
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

    # 1. newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.lincolntrailnewsenterprise.example/obituaries/{it['guid']}", "Obituaries")
             for it in obits_ne.ITEMS]
    rss(feeds / "ftk_news_enterprise_obituaries.rss",
        dict(title="The Lincoln Trail News-Enterprise - Obituaries", link="https://www.lincolntrailnewsenterprise.example/",
             description="Obituaries from Elizabethtown, Radcliff, Vine Grove and Hardin County, Ky.",
             built=rfc822("2026-05-21T06:05:00-04:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence description, page URL as link
    items = []
    for it in obits_kr.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{obits_kr.URL}{it['guid'][7:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Knob Creek &amp; Rolling Fork Funeral Homes</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ftk_knob_creek_rolling_fork_funeral_homes.rss",
        dict(title="Knob Creek & Rolling Fork Funeral Homes - Obituaries",
             link="https://www.knobcreekrollingforkfh.example/obituaries/",
             description="Chapels in Hodgenville, New Haven, Elizabethtown and Cecilia, Ky.",
             built=rfc822("2026-06-03T09:00:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin, plain text
    items = [plain_item(it, f"https://www.stjosephbardstown.example/bulletin/{it['guid']}", "Pray for the Dead")
             for it in obits_sj.ITEMS]
    rss(feeds / "ftk_st_joseph_st_thomas_bulletin.rss",
        dict(title="St. Joseph & St. Thomas Parishes, Bardstown - Bulletin",
             link="https://www.stjosephbardstown.example/bulletin",
             description="Prayers for the faithful departed from the weekly bulletin",
             built=rfc822("2026-05-10T07:05:00-04:00")), items)

    # 4. paid death notices, plain text
    items = [plain_item(it, f"https://notices.heartlandpaid.example/{it['guid']}", "Death Notices")
             for it in obits_dn.ITEMS]
    rss(feeds / "ftk_heartland_death_notices.rss",
        dict(title="Heartland Paid Death Notices", link="https://notices.heartlandpaid.example/",
             description="Paid death notices: Hardin, LaRue and Nelson counties, Kentucky",
             built=rfc822("2026-06-09T05:05:00-04:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.whky13.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WHKY 13 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ftk_whky13_local_news.rss",
        dict(title="WHKY 13 Heartland News - Local", link="https://www.whky13.example/",
             description="Local news from Elizabethtown, Radcliff, Bardstown and the Lincoln Trail",
             built=rfc822("2026-06-02T18:15:00-04:00")), items, NS_DC)

    # 6. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_lt.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.lincolntrailweekly.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ftk_lincoln_trail_weekly.rss",
        dict(title="Lincoln Trail Weekly - Community", link="https://www.lincolntrailweekly.example/",
             description="Milestones, schools, business and fair news from Hardin, LaRue and Nelson counties",
             built=rfc822("2026-07-15T08:05:00-04:00")), items, NS_CONTENT)

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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Kentucky",
        "updated": "2026-04-24T04:05:00+00:00",
    }
    (feeds / "ftk_nws_alerts_active_ky_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                              encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"] not in guids, it["guid"]
                assert it["guid"].startswith("ftk_"), it["guid"]
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
