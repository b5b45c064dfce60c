"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the lwb part (adapted from
tests/eval/independent4/build/make_feeds.py).

Run from the repository root:
    .venv/bin/python tests/eval/parts/lwb/build/make_feeds.py
    .venv/bin/python tests/eval/parts/lwb/build/label_weather.py   (adds the weather rows)
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
import news_ahbj  # noqa: E402
import news_ghm  # noqa: E402
import news_gv12  # noqa: E402
import obits_ahh  # noqa: E402
import obits_ghumc  # noqa: E402
import obits_gvl  # noqa: E402
import obits_mlfh  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_gvl, obits_mlfh, obits_ghumc, obits_ahh)
NEWS_MODULES = (news_gv12, news_ahbj, news_ghm)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"lwb{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "WV" and z["city"] == city, (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state="WV")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(304) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "WV",
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
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
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: obituaries and death notices, plain text
    items = [plain_item(it, f"https://www.gvledger.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_gvl.ITEMS]
    rss(feeds / "lwb_greenbrier_valley_ledger_obituaries.rss",
        dict(title="The Greenbrier Valley Ledger - Obituaries", link="https://www.gvledger.example/obituaries/",
             description="Obituaries and death notices from The Greenbrier Valley Ledger, Lewisburg, W.Va.",
             built=rfc822("2026-07-21T05:35:00-04:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_mlfh.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.mountainlaurelfh.example/obituaries/{it['slug']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Mountain Laurel Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "lwb_mountain_laurel_funeral_home.rss",
        dict(title="Mountain Laurel Funeral Home - Obituaries", link="https://www.mountainlaurelfh.example/obituaries/",
             description="Obituaries: Lewisburg, Ronceverte and Union, West Virginia",
             built=rfc822("2026-09-15T10:05:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin, plain text
    items = [plain_item(it, f"https://www.greenbrierhillsumc.example/bulletin/{it['guid'][-30:]}", "Joys and Concerns")
             for it in obits_ghumc.ITEMS]
    rss(feeds / "lwb_greenbrier_hills_umc_bulletin.rss",
        dict(title="Greenbrier Hills United Methodist Church - Weekly Bulletin",
             link="https://www.greenbrierhillsumc.example/bulletin/",
             description="Joys and Concerns from the weekly bulletin, Lewisburg, West Virginia",
             built=rfc822("2026-09-13T07:05:00-04:00")), items)

    # 4. county weekly (Pocahontas), plain text
    items = [plain_item(it, f"https://www.alleghenyhighlander.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_ahh.ITEMS]
    rss(feeds / "lwb_allegheny_highlander_obituaries.rss",
        dict(title="The Allegheny Highlander - Obituaries", link="https://www.alleghenyhighlander.example/",
             description="Weekly newspaper of Pocahontas County, Marlinton, W.Va.",
             built=rfc822("2026-08-27T06:05:00-04:00")), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in news_gv12.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wgvt12.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WGVT Greenbrier Valley 12 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "lwb_wgvt12_local_news.rss",
        dict(title="WGVT Greenbrier Valley 12 - Local News", link="https://www.wgvt12.example/",
             description="Local news from Greenbrier, Monroe, Pocahontas and Summers Counties",
             built=rfc822("2026-08-12T17:55:00-04:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.ahbizjournal.example/news/{slug(it['title'])}", "Business")
             for it in news_ahbj.ITEMS]
    rss(feeds / "lwb_allegheny_highlands_business_journal.rss",
        dict(title="Allegheny Highlands Business Journal", link="https://www.ahbizjournal.example/",
             description="Business news from Greenbrier, Monroe and Pocahontas Counties",
             built=rfc822("2026-10-15T06:05:00-04:00")), items)

    # 7. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_ghm.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ghmessenger.example/community/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "lwb_greenbrier_highlands_messenger.rss",
        dict(title="Greenbrier Highlands Messenger - Community", link="https://www.ghmessenger.example/",
             description="Schools, churches, fairs and milestones in the Greenbrier Valley",
             built=rfc822("2026-10-22T08:05:00-04:00")), items, NS_CONTENT)

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
        "title": "Current watches, warnings, and advisories for West Virginia",
        "updated": "2026-06-24T06:00:00+00:00",
    }
    (feeds / "lwb_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("lwb_"), it["guid"]
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
