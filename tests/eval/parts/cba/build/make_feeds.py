"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part cba.

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/cba/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/cba/build/label_weather.py   (adds the weather rows)
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
import news_data  # noqa: E402
import obits_data  # noqa: E402
from roster_data import ADV, NO_ADDRESS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"MD": "301", "WV": "304"}
AF = addfips.AddFIPS()
OBIT_LISTS = (obits_data.PAPER, obits_data.FH, obits_data.NOTICES)
NEWS_LISTS = (news_data.TV, news_data.WEEKLY)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"cba{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
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
            phone = f"({AREA[st]}) 555-01{int(cid[3:]) % 100:02d}"
            seen_phone[household] = phone
        plain_last = re.sub(r" Jr\.$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{plain_last}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@alleganymail.example", "advisor_email": ADV[st],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone,
            "address_line": "" if cid in NO_ADDRESS else street,
        })
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


def rss(path: Path, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
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
    by_guid = {it["guid"]: it for lst in OBIT_LISTS for it in lst}
    for it in obits_data.NOTICES:
        if it.get("copy_of"):
            it["body"] = by_guid[it["copy_of"]]["body"]

    items = [plain_item(it, f"https://www.qcth.example/obituaries/{slug(it['title'].split(' Obituary')[0])}/{it['guid']}",
                        "Obituaries") for it in obits_data.PAPER]
    rss(feeds / "cba_queen_city_times_herald_obituaries.rss", "Queen City Times-Herald - Obituaries",
        "https://www.qcth.example/obituaries", "Obituaries from the Queen City Times-Herald, Cumberland, Md.",
        "2026-06-02T06:15:00-04:00", items)

    items = []
    for it in obits_data.FH:
        link = f"https://www.haferkight.example/obituary/{it['guid']}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Hafer &amp; Kight Funeral Homes</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}"
            f"</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "cba_hafer_kight_funeral_homes.rss", "Hafer & Kight Funeral Homes - Obituaries",
        "https://www.haferkight.example/obituaries", "Frostburg, Md., and Keyser, W.Va., chapels",
        "2026-08-03T10:00:00-04:00", items, NS_CONTENT + NS_DC)

    items = [plain_item(it, f"https://notices.mountainmaryland.example/{it['guid']}", "Death Notices")
             for it in obits_data.NOTICES]
    rss(feeds / "cba_mountain_maryland_death_notices.rss", "Mountain Maryland Death Notices",
        "https://notices.mountainmaryland.example/", "Paid death notices: Allegany and Garrett, Md.; Mineral, W.Va.",
        "2026-08-12T05:05:00-04:00", items)

    items = []
    for it in news_data.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wcbq7.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WCBQ Tri-State 7 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "cba_wcbq_tristate7_local.rss", "WCBQ Tri-State 7 - Local News", "https://www.wcbq7.example/",
        "Local news for Cumberland, Frostburg, Keyser and the Potomac Highlands", "2026-07-20T16:45:00-04:00",
        items, NS_DC)

    items = [plain_item(it, f"https://www.mountainecho.example/community/{slug(it['title'])}-{it['guid'][-12:]}",
                        "Community") for it in news_data.WEEKLY]
    rss(feeds / "cba_mountain_echo_weekly.rss", "The Mountain Echo", "https://www.mountainecho.example/",
        "Weekly newspaper of Frostburg and the Georges Creek valley", "2026-09-03T08:05:00-04:00", items)

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
        params.update(a["extra"])
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-09-28T18:35:00+00:00"}
    (feeds / "cba_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("cba_") and it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in ids and cid not in dnc, cid
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
