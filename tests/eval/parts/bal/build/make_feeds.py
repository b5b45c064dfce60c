"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the bal part (Baltimore region).

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/bal/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/bal/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text. No network.
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
import news_hbw  # noqa: E402
import news_pc  # noqa: E402
import news_wbmx  # noqa: E402
import obits_dn  # noqa: E402
import obits_hh  # noqa: E402
import obits_jt  # noqa: E402
import obits_pb  # noqa: E402
from roster_data import (ADV, BLANK_COORDS, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH, NO_PHONE, R,  # noqa: E402
                         STATE)

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_hh, obits_dn, obits_jt, obits_pb)
NEWS_MODULES = (news_hbw, news_wbmx, news_pc)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"bal{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == STATE, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=STATE)
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
            n = int(cid[3:])
            phone = f"({'410' if n % 2 else '443'}) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": STATE,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example",
            "advisor_email": ADV["city"] if fips == "24510" else ADV["county"],
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
            f'<guid isPermaLink="false">{escape(it["guid"])}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: one-sentence plain description, HTML in content:encoded
    items = []
    for it in obits_hh.ITEMS:
        url = it["guid"][len("bal_hh_"):]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{url}</link>\n"
            f'<guid isPermaLink="false">{escape(it["guid"])}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Harbor &amp; Hill Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "bal_harbor_hill_funeral_chapels.rss",
        dict(title="Harbor & Hill Funeral Chapels - Obituaries", link="https://www.harborhillchapels.example/obituaries/",
             description="Obituaries: Druid Hill chapel (Baltimore), Glen Burnie and Ellicott City",
             built=rfc822("2026-05-26T12:05:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first headings
    items = [plain_item(it, f"https://deathnotices.chroniclesentinel.example/{it['guid'][7:]}", "Death Notices")
             for it in obits_dn.ITEMS]
    rss(feeds / "bal_chronicle_sentinel_death_notices.rss",
        dict(title="The Baltimore Chronicle-Sentinel - Death Notices", link="https://deathnotices.chroniclesentinel.example/",
             description="Paid death notices", built=rfc822("2026-06-05T04:05:00-04:00")), items)

    # 3. Jewish community weekly
    items = [plain_item(it, f"https://www.chesapeakejewishledger.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_jt.ITEMS]
    rss(feeds / "bal_chesapeake_jewish_ledger_obituaries.rss",
        dict(title="The Chesapeake Jewish Ledger - Obituaries", link="https://www.chesapeakejewishledger.example/",
             description="Obituaries from the Jewish community of Greater Baltimore",
             built=rfc822("2026-05-07T08:05:00-04:00")), items)

    # 4. parish bulletins (Greek Orthodox, Ukrainian Catholic, Polish)
    items = [plain_item(it, f"https://eastsideparishes.example/bulletin/{it['guid'][7:]}", "Prayers for the Departed")
             for it in obits_pb.ITEMS]
    rss(feeds / "bal_eastside_parishes_bulletin.rss",
        dict(title="Eastside Parishes Bulletin", link="https://eastsideparishes.example/bulletin",
             description="St. Nicholas, St. Michael and St. Casimir: notices from the weekly bulletins",
             built=rfc822("2026-04-12T07:05:00-04:00")), items)

    # 5. business weekly, plain text
    items = [plain_item(it, f"https://www.harborbizweekly.example/news/{slug(it['title'])}", "Business")
             for it in news_hbw.ITEMS]
    rss(feeds / "bal_harbor_business_weekly.rss",
        dict(title="Baltimore Harbor Business Weekly", link="https://www.harborbizweekly.example/",
             description="Business news from Greater Baltimore", built=rfc822("2026-05-12T06:05:00-04:00")), items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_wbmx.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wbmx11.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{escape(it["guid"])}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WBMX 11 News Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "bal_wbmx11_local_news.rss",
        dict(title="WBMX 11 News - Local", link="https://www.wbmx11.example/",
             description="Local news from Baltimore and central Maryland", built=rfc822("2026-06-02T07:15:00-04:00")),
        items, NS_DC)

    # 7. small-town weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_pc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://patapscocourier.example/{it['guid'][7:]}</link>\n"
            f'<guid isPermaLink="false">{escape(it["guid"])}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "bal_patapsco_courier.rss",
        dict(title="The Patapsco Courier", link="https://patapscocourier.example/",
             description="Catonsville, Ellicott City, Columbia, Glen Burnie and the east side",
             built=rfc822("2026-06-18T08:05:00-04:00")), items, NS_CONTENT)

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
        "updated": "2026-06-20T22:00:00+00:00",
    }
    (feeds / "bal_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("bal_"), it["guid"]
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
