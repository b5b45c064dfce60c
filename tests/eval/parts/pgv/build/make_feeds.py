"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part pgv (adapted from
independent4/build/make_feeds.py).

Run: /work/main/.venv/bin/python tests/eval/parts/pgv/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/pgv/build/label_weather.py   (adds the weather rows)
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
import news_fae  # noqa: E402
import news_tv  # noqa: E402
import obits_cmc  # noqa: E402
import obits_edn  # noqa: E402
import obits_ptc  # noqa: E402
from roster_data import ADV, BLANK_COORDS, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ptc, obits_cmc, obits_edn)
NEWS_MODULES = (news_tv, news_fae)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"pgv{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for n, (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in enumerate(R, 1):
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
            phone = f"(252) 555-01{n:02d}"
            seen_phone[household] = phone
        bare = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.\-]", "", f"{first}.{bare}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@easternmail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
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


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def item(it: dict, link: str, extra: str, desc: str, content: str | None = None) -> str:
    s = (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
         f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n{extra}'
         f"<description>{escape(desc)}</description>\n")
    if content is not None:
        s += f"<content:encoded><![CDATA[{content}]]></content:encoded>\n"
    return s + "</item>\n"


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    # 1. daily newspaper, plain text
    items = [item(it, f"https://www.pamlicotarcourier.example/obituaries/{slug(it['title'])}", "<category>Obituaries</category>\n",
                  it["body"].strip()) for it in obits_ptc.ITEMS]
    rss(feeds / "pgv_pamlico_tar_courier_obituaries.rss",
        dict(title="The Pamlico-Tar Courier - Obituaries", link="https://www.pamlicotarcourier.example/obituaries",
             description="Obituaries from Greenville, Washington and Pitt and Beaufort Counties",
             built=rfc822("2026-09-03T05:35:00-04:00")), items)
    # 2. funeral home: HTML in content:encoded, one-sentence description
    items = [item(it, f"https://www.contentneamemorial.example/obituary/{slug(it['title'])}",
                  "<dc:creator>Contentnea Memorial Chapel</dc:creator>\n", first_sentence(it["body"]),
                  f"<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>") for it in obits_cmc.ITEMS]
    rss(feeds / "pgv_contentnea_memorial_chapel.rss",
        dict(title="Contentnea Memorial Chapel - Obituaries", link="https://www.contentneamemorial.example/",
             description="Obituaries and homegoing services: Farmville, Ayden and Greenville, N.C.",
             built=rfc822("2026-10-08T10:05:00-04:00")), items, NS_CONTENT + NS_DC)
    # 3. paid death notices, plain text
    items = [item(it, f"https://notices.downeast.example/{it['guid']}", "<category>Death Notices</category>\n",
                  it["body"].strip()) for it in obits_edn.ITEMS]
    rss(feeds / "pgv_down_east_death_notices.rss",
        dict(title="Down East Death Notices", link="https://notices.downeast.example/",
             description="Paid death notices, eastern North Carolina", built=rfc822("2026-11-12T07:05:00-05:00")), items)
    # 4. TV site: HTML descriptions
    items = [item(it, f"https://www.wtrv12.example/news/local/{slug(it['title'])}",
                  "<dc:creator>WTRV 12 Digital Staff</dc:creator>\n", html(it["body"])) for it in news_tv.ITEMS]
    rss(feeds / "pgv_wtrv12_local_news.rss",
        dict(title="WTRV 12 Eastern Carolina - Local News", link="https://www.wtrv12.example/",
             description="Local news from Greenville, Washington and eastern North Carolina",
             built=rfc822("2026-06-08T16:35:00-04:00")), items, NS_DC)
    # 5. community weekly: teaser + content:encoded
    items = [item(it, f"https://www.farmvilleaydenenterprise.example/{slug(it['title'])}", "<category>Community</category>\n",
                  first_sentence(it["body"]), html(it["body"])) for it in news_fae.ITEMS]
    rss(feeds / "pgv_farmville_ayden_enterprise.rss",
        dict(title="The Farmville-Ayden Enterprise", link="https://www.farmvilleaydenenterprise.example/",
             description="Community news: Farmville, Ayden, Winterville and Washington",
             built=rfc822("2026-07-23T06:05:00-04:00")), items, NS_CONTENT)
    # 6. NWS alerts
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
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
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-07-14T12:00:00+00:00"}
    (feeds / "pgv_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("pgv_") and it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids and cid not in dnc, cid
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
