"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part aoo (Altoona, Pennsylvania).

Run from the repository root:
  .venv/bin/python tests/eval/parts/aoo/build/make_feeds.py
  .venv/bin/python tests/eval/parts/aoo/label_weather.py      (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand beside each text.
Adapted from independent4/build/make_feeds.py.
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
import news_comm  # noqa: E402
import news_tv  # noqa: E402
import obits_bcc  # noqa: E402
import obits_cove  # noqa: E402
import obits_fh  # noqa: E402
import obits_mc  # noqa: E402
from roster_data import R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_fh, obits_bcc, obits_mc, obits_cove)
NEWS_MODULES = (news_biz, news_tv, news_comm)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"aoo{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "PA", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="PA")
        lat = round(float(z["lat"]) + jitter(street + zp, "lat"), 4)   # one point per household
        lon = round(float(z["long"]) + jitter(street + zp, "lon"), 4)
        household = f"{street}|{zp}"
        if household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(814) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "PA",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@alleghenymail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": birth,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
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

    # 1. funeral home site: HTML in content:encoded, one-sentence description
    items = []
    for it in obits_fh.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kellermanlantz.example/obituaries/{slug(it['title'].split(' (')[0])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Kellerman-Lantz Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "aoo_kellerman_lantz_funeral_home.rss",
        dict(title="Kellerman-Lantz Funeral Home - Obituaries", link="https://www.kellermanlantz.example/obituaries/",
             description="Obituaries: Altoona, Hollidaysburg and Tyrone chapels",
             built=rfc822("2026-05-26T10:35:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper death notices: surname-first headings, plain text
    items = [plain_item(it, f"https://www.blaircourier.example/obituaries/death-notices/{it['guid']}", "Death Notices")
             for it in obits_bcc.ITEMS]
    rss(feeds / "aoo_blair_courier_death_notices.rss",
        dict(title="The Blair County Courier - Death Notices", link="https://www.blaircourier.example/obituaries/",
             description="Death notices, Altoona and Blair County, Pa.", built=rfc822("2026-06-03T05:35:00-04:00")),
        items)

    # 3. diocesan weekly: parish "Remember in Your Prayers" notices, plain text
    items = [plain_item(it, f"https://www.alleghenycatholic.example/prayers/{it['guid']}", "Remember in Your Prayers")
             for it in obits_mc.ITEMS]
    rss(feeds / "aoo_allegheny_catholic_messenger_prayers.rss",
        dict(title="The Allegheny Catholic Messenger - Remember in Your Prayers",
             link="https://www.alleghenycatholic.example/prayers/",
             description="Notices of the faithful departed sent in by the parishes of Altoona",
             built=rfc822("2026-09-24T07:05:00-04:00")), items)

    # 4. Morrisons Cove weekly: plain text
    items = [plain_item(it, f"https://www.coveecho.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_cove.ITEMS]
    rss(feeds / "aoo_cove_echo_obituaries.rss",
        dict(title="The Cove Echo - Obituaries", link="https://www.coveecho.example/",
             description="Weekly newspaper of Morrisons Cove: Martinsburg, Roaring Spring, Williamsburg",
             built=rfc822("2026-10-08T06:05:00-04:00")), items)

    # 5. business weekly: plain text
    items = [plain_item(it, f"https://www.mainlinebiz.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_biz.ITEMS]
    rss(feeds / "aoo_mainline_business_journal.rss",
        dict(title="Mainline Business Journal", link="https://www.mainlinebiz.example/",
             description="Business news for Blair, Cambria and Huntingdon counties",
             built=rfc822("2026-08-24T06:05:00-04:00")), items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wkva6.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Alleghenies 6 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "aoo_wkva_alleghenies6_local.rss",
        dict(title="WKVA Alleghenies 6 News - Local", link="https://www.wkva6.example/",
             description="Local news from Altoona, Johnstown and State College",
             built=rfc822("2026-05-17T19:10:00-04:00")), items, NS_DC)

    # 7. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_comm.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://logan-valley-neighbor.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "aoo_logan_valley_neighbor.rss",
        dict(title="The Logan Valley Neighbor - Community", link="https://logan-valley-neighbor.example/",
             description="Schools, churches, clubs and milestones: Altoona, the Cove and Cambria County",
             built=rfc822("2026-10-21T08:05:00-04:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
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
            "references": [], "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
            "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
            "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
            "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
            "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
            "response": a["response"], "parameters": params,
        }
        # the feature id carries the part prefix (aoo_urn:oid:...); gold uses it as the item_id
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Pennsylvania",
        "updated": "2026-11-03T08:00:00+00:00",
    }
    (feeds / "aoo_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("aoo_") and it["guid"] not in guids, it["guid"]
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
