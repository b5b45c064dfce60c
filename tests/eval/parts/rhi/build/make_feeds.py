"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the rhi part.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/rhi/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/rhi/build/label_weather.py   (adds the weather rows)
Pattern: independent4/build/make_feeds.py.
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

import zipcodes

HERE = Path(__file__).resolve().parent
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_data  # noqa: E402
import obits_data  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
OBIT_LISTS = (obits_data.NEWSPAPER, obits_data.FUNERAL_HOME, obits_data.BULLETIN, obits_data.NOTICES)
NEWS_LISTS = (news_data.TV, news_data.WEEKLY)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"rhi{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, phones = [], {}
    for n, (cid, first, middle, last, nick, maiden, spf, spl, city, zp, fips, birth, street, dnc, adv) in enumerate(R):
        z = zipcodes.matching(zp)[0]
        lat, lon = float(z["lat"]) + jitter(cid, "lat"), float(z["long"]) + jitter(cid, "lon")
        household = street or cid
        phone = "" if cid in NO_PHONE else phones.setdefault(household, f"715-555-01{10 + n:02d}")
        local = re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("jr.", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "WI",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@northwoodsmail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street, "birth_date": birth,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
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


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def rss(path: Path, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n<description>{escape(desc)}</description>\n"
            f"<language>en-us</language>\n<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    # 1. newspaper, plain text
    rss(feeds / "rhi_northwoods_star_journal_obituaries.rss", "Northwoods Star-Journal - Obituaries",
        "https://www.northwoodsstarjournal.example/obituaries", "Obituaries from Rhinelander and Oneida County",
        "2026-10-15T06:05:00-05:00",
        [plain_item(it, f"https://www.northwoodsstarjournal.example/obituaries/{slug(it['title'])}", "Obituaries")
         for it in obits_data.NEWSPAPER])
    # 2. funeral home, HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_data.FUNERAL_HOME:
        link = obits_data.FH_BASE + it["guid"][len("rhi_phfh_"):]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Pine Hollow Funeral Home &amp; Cremation</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
            f"</content:encoded>\n</item>\n")
    rss(feeds / "rhi_pine_hollow_funeral_home.rss", "Pine Hollow Funeral Home & Cremation - Obituaries",
        "https://www.pinehollowfh.example/obituaries/", "Obituaries: Minocqua and Rhinelander chapels",
        "2026-09-24T10:15:00-05:00", items, NS_CONTENT + NS_DC)
    # 3. church bulletin, plain text
    rss(feeds / "rhi_st_hedwig_nativity_bulletin.rss", "St. Hedwig & Nativity of Our Lord Parishes - Bulletin",
        "https://www.sthedwignativity.example/bulletin", "Remember in your prayers: from the weekly bulletin",
        "2026-11-08T07:00:00-06:00",
        [plain_item(it, f"https://www.sthedwignativity.example/bulletin/{it['guid']}", "Prayers for the Departed")
         for it in obits_data.BULLETIN])
    # 4. paid death notices, plain text
    rss(feeds / "rhi_lakeland_times_death_notices.rss", "Lakeland Times - Death Notices",
        "https://notices.lakelandtimes.example/", "Paid death notices, Lakeland area", "2026-12-01T05:00:00-06:00",
        [plain_item(it, f"https://notices.lakelandtimes.example/{it['guid']}", "Death Notices")
         for it in obits_data.NOTICES])
    # 5. TV site, HTML description
    items = []
    for it in news_data.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.northwoods9.example/news/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Northwoods 9 News Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "rhi_northwoods9_news.rss", "Northwoods 9 News - Local", "https://www.northwoods9.example/",
        "Local news from Rhinelander, Minocqua and the Northwoods", "2026-09-03T18:25:00-05:00", items, NS_DC)
    # 6. community weekly: teaser + content:encoded
    items = []
    for it in news_data.WEEKLY:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://lakelandcourier.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "rhi_lakeland_courier_community.rss", "The Lakeland Courier - Community",
        "https://lakelandcourier.example/", "Community news: Minocqua, Woodruff, Rhinelander, Three Lakes",
        "2026-10-01T08:05:00-05:00", items, NS_CONTENT)
    # 7. NWS alerts
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} KGRB {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": "NWS Green Bay WI",
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for Wisconsin", "updated": "2026-09-18T19:00:00+00:00"}
    (feeds / "rhi_nws_alerts_wi_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("rhi_") and it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in ids and cid not in dnc, cid
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
