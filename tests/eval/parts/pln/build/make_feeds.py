"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the pln part (adapted from
tests/eval/independent4/build/make_feeds.py).

Run: /work/main/.venv/bin/python tests/eval/parts/pln/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/pln/build/label_weather.py   (adds the weather rows)
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
import news_pln  # noqa: E402
import obits_pln  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"pln{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "MI", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="MI")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(231) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "MI",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@tipofthemitt.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
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


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def rss(path: Path, title: str, link: str, desc: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822('2026-09-20T06:00:00-04:00')}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    ob = {k: [it for it in obits_pln.ITEMS if it["feed"] == k] for k in ("lt", "sb", "smc", "dn")}
    nw = {k: [it for it in news_pln.ITEMS if it["feed"] == k] for k in ("tv", "biz", "cn")}

    rss(feeds / "pln_little_traverse_record_obituaries.rss", "Little Traverse Record - Obituaries",
        "https://www.littletraverserecord.example/obituaries", "Obituaries from Petoskey, Harbor Springs and the Tip of the Mitt",
        [plain_item(it, f"https://www.littletraverserecord.example/obituaries/{slug(it['title'])}", "Obituaries")
         for it in ob["lt"]])

    items = []
    for it in ob["sb"]:
        link = f"https://www.staffordbirchwood.example/obituary/{it['guid']}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Stafford-Birchwood Funeral Homes</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
            f"</content:encoded>\n</item>\n")
    rss(feeds / "pln_stafford_birchwood_funeral_homes.rss", "Stafford-Birchwood Funeral Homes - Obituaries",
        "https://www.staffordbirchwood.example/obituaries", "Petoskey, Charlevoix and Cheboygan chapels", items,
        NS_CONTENT + NS_DC)

    rss(feeds / "pln_st_mary_st_charles_bulletin.rss", "St. Mary / St. Charles Parish, Cheboygan - Bulletin",
        "https://www.stmarystcharles.example/bulletin", "Pray for our faithful departed",
        [plain_item(it, f"https://www.stmarystcharles.example/bulletin/{it['guid']}", "Faithful Departed")
         for it in ob["smc"]])

    rss(feeds / "pln_up_north_death_notices.rss", "Up North Death Notices", "https://notices.upnorth.example/",
        "Paid death notices, northern lower Michigan",
        [plain_item(it, f"https://notices.upnorth.example/{it['guid']}", "Death Notices") for it in ob["dn"]])

    items = []
    for it in nw["tv"]:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.northern8.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Northern 8 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "pln_northern8_wnmb_local.rss", "Northern 8 WNMB - Local News", "https://www.northern8.example/",
        "Local news from northern Michigan", items, NS_DC)

    rss(feeds / "pln_northern_michigan_business_review.rss", "Northern Michigan Business Review",
        "https://www.nmbizreview.example/", "Business news from the Tip of the Mitt",
        [plain_item(it, f"https://www.nmbizreview.example/{slug(it['title'])}", "Business") for it in nw["biz"]])

    items = []
    for it in nw["cn"]:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://tipofthemittnotes.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "pln_tip_of_the_mitt_community_notes.rss", "Tip of the Mitt Community Notes",
        "https://tipofthemittnotes.example/", "Milestones, schools and community news", items, NS_CONTENT)

    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        # top-level id = properties.id (both start with pln_, so the item id is the same whichever is read)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for Michigan", "updated": "2026-07-14T23:59:00+00:00"}
    (feeds / "pln_nws_alerts_active_mi_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for items, kind in ((obits_pln.ITEMS, "bereavement"), (news_pln.ITEMS, "news")):
        for it in items:
            assert it["guid"].startswith("pln_") and it["guid"] not in guids, it["guid"]
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
