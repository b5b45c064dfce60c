"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part lbt.

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/lbt/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/lbt/build/label_weather.py   (adds the weather rows)
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADVISOR, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits.NEWSPAPER, obits.FUNERAL_HOME, obits.NOTICES)
NEWS_LISTS = (news.TV, news.WEEKLY)
NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"lbt{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


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
            phone = f"(910) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        bare = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{bare}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADVISOR[cid],
            "do_not_contact": "true" if dnc else "false", "phone": phone,
            "address_line": "" if cid in NO_ADDRESS else street, "birth_date": "" if cid in NO_BIRTH else birth,
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


def rss(path: Path, ch: dict, items: list[str], ns: str = "") -> None:
    text = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(ch['title'])}</title>\n<link>{ch['link']}</link>\n"
            f"<description>{escape(ch['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{ch['built']}</lastBuildDate>\n" + "".join(items) + "</channel>\n</rss>\n")
    path.write_text(text, encoding="utf-8")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    # 1. newspaper obituaries, plain text
    items = [f"<item>\n<title>{escape(it['title'])}</title>\n"
             f"<link>https://www.robesonsentinel.example/obituaries/{slug(it['title'])}</link>\n"
             f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
             f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in obits.NEWSPAPER]
    rss(feeds / "lbt_robeson_sentinel_obituaries.rss",
        dict(title="The Robeson Sentinel - Obituaries", link="https://www.robesonsentinel.example/obituaries/",
             description="Obituaries from Lumberton, Pembroke, Red Springs, Fairmont, Maxton and Robeson County",
             built=rfc822("2026-05-09T06:05:00-04:00")), items)
    # 2. funeral home: one-sentence description, HTML in content:encoded (guids are not permalinks)
    items = [f"<item>\n<title>{escape(it['title'])}</title>\n"
             f"<link>https://www.oxendinebrooks.example/obituaries/{it['guid'][10:]}</link>\n"
             f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
             f"<dc:creator>Oxendine-Brooks Memorial Chapel</dc:creator>\n"
             f"<description>{escape(first_sentence(it['body']))}</description>\n"
             f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
             f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n" for it in obits.FUNERAL_HOME]
    rss(feeds / "lbt_oxendine_brooks_chapel_obituaries.rss",
        dict(title="Oxendine-Brooks Memorial Chapel - Obituaries", link="https://www.oxendinebrooks.example/",
             description="Serving Pembroke, Red Springs, Fairmont and all of Robeson County",
             built=rfc822("2026-06-20T10:35:00-04:00")), items, NS_CONTENT + NS_DC)
    # 3. church bulletin and paid death notices, plain text
    items = [f"<item>\n<title>{escape(it['title'])}</title>\n"
             f"<link>https://notices.robesonsentinel.example/{it['guid']}</link>\n"
             f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
             f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
             for it in obits.NOTICES]
    rss(feeds / "lbt_death_notices_and_bulletins.rss",
        dict(title="Robeson Sentinel - Death Notices & Church Bulletins", link="https://notices.robesonsentinel.example/",
             description="Paid death notices and bereavement notes from church bulletins",
             built=rfc822("2026-07-20T07:05:00-04:00")), items)
    # 4. TV station site, HTML descriptions
    items = [f"<item>\n<title>{escape(it['title'])}</title>\n"
             f"<link>https://www.carolina9.example/news/local/{slug(it['title'])}</link>\n"
             f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
             f"<dc:creator>Carolina 9 Digital Staff</dc:creator>\n"
             f"<description>{escape(html(it['body']))}</description>\n</item>\n" for it in news.TV]
    rss(feeds / "lbt_carolina9_local_news.rss",
        dict(title="Carolina 9 - Local News", link="https://www.carolina9.example/",
             description="Local news from the Pee Dee and Robeson County", built=rfc822("2026-07-16T17:35:00-04:00")),
        items, NS_DC)
    # 5. community weekly: teaser description, HTML in content:encoded
    items = [f"<item>\n<title>{escape(it['title'])}</title>\n"
             f"<link>https://pembrokepilot.example/{it['guid']}</link>\n"
             f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
             f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
             f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n" for it in news.WEEKLY]
    rss(feeds / "lbt_pembroke_pilot_community.rss",
        dict(title="The Pembroke Pilot - Community", link="https://pembrokepilot.example/",
             description="Weekly community news of Pembroke and the Lumbee community",
             built=rfc822("2026-07-23T08:05:00-04:00")), items, NS_CONTENT)
    # 6. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-06-24T20:30:00+00:00"}
    (feeds / "lbt_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("lbt_") and it["guid"] not in guids, it["guid"]
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
