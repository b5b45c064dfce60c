"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part lmt (Klamath Basin, Oregon).

Run: /work/main/.venv/bin/python tests/eval/parts/lmt/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/lmt/build/label_weather.py   (adds the weather rows)
Adapted from independent4/build/make_feeds.py. The obituary and news labels are the `gold=` lists by each text.
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
import news_bbaj  # noqa: E402
import news_kbsn  # noqa: E402
import news_ln  # noqa: E402
import obits_bdn  # noqa: E402
import obits_bhl  # noqa: E402
import obits_cop  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_bhl, obits_cop, obits_bdn)
NEWS_MODULES = (news_kbsn, news_bbaj, news_ln)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"lmt{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "OR", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="OR")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(541) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "OR",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@klamathmail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
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


def rss(path: Path, title: str, link: str, desc: str, items: list[str], ns: str = "") -> None:
    built = max(re.findall(r"<pubDate>(.*?)</pubDate>", "".join(items)), key=lambda d: datetime.strptime(d, "%a, %d %b %Y %H:%M:%S %z"))
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{built}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def item(it: dict, link: str, inner: str, perma: bool = False) -> str:
    guid = f'<guid isPermaLink="{"true" if perma else "false"}">{escape(link if perma else it["guid"])}</guid>'
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n{guid}\n"
            f"<pubDate>{rfc822(it['pub'])}</pubDate>\n{inner}</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    # 1. daily newspaper obituaries: plain text
    items = [item(it, f"https://www.basinheraldledger.example/obituaries/{it['guid']}",
                  f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in obits_bhl.ITEMS]
    rss(feeds / "lmt_basin_herald_ledger_obituaries.rss", "Basin Herald-Ledger - Obituaries",
        "https://www.basinheraldledger.example/obituaries/", "Obituaries from the Basin Herald-Ledger, Klamath Falls, Ore.", items)
    # 2. funeral home: one-sentence description + HTML content:encoded; guid = item id (not permalink)
    items = [item(it, f"https://www.chapelofthepines.example/obituaries/{slug(it['title'])}",
                  "<dc:creator>Chapel of the Pines Funeral Home</dc:creator>\n"
                  f"<description>{escape(first_sentence(it['body']))}</description>\n"
                  f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]></content:encoded>\n")
             for it in obits_cop.ITEMS]
    rss(feeds / "lmt_chapel_of_the_pines_obituaries.rss", "Chapel of the Pines Funeral Home - Obituaries",
        "https://www.chapelofthepines.example/obituaries/", "Klamath Falls and Merrill chapels", items, NS_CONTENT + NS_DC)
    # 3. paid death notices and parish prayer list: plain text
    items = [item(it, f"https://notices.klamathbasin.example/{it['guid']}",
                  f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in obits_bdn.ITEMS]
    rss(feeds / "lmt_klamath_basin_death_notices.rss", "Klamath Basin Death Notices",
        "https://notices.klamathbasin.example/", "Paid death notices and parish prayer lists, Klamath County", items)
    # 4. TV station: HTML in description
    items = [item(it, f"https://www.kbsn2.example/news/local/{slug(it['title'])}",
                  f"<dc:creator>KBSN 2 News Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n")
             for it in news_kbsn.ITEMS]
    rss(feeds / "lmt_kbsn2_local_news.rss", "KBSN 2 Klamath Basin News - Local", "https://www.kbsn2.example/",
        "Local news from the Klamath Basin", items, NS_DC)
    # 5. business weekly: plain text
    items = [item(it, f"https://www.basinbizag.example/{it['guid']}/{slug(it['title'])}",
                  f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in news_bbaj.ITEMS]
    rss(feeds / "lmt_basin_business_ag_journal.rss", "Basin Business & Ag Journal", "https://www.basinbizag.example/",
        "Business and agriculture news of the Klamath Basin", items)
    # 6. community newsletter: teaser description, HTML content:encoded
    items = [item(it, f"https://linkvilleneighbors.example/{it['guid']}",
                  f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
                  f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n")
             for it in news_ln.ITEMS]
    rss(feeds / "lmt_linkville_neighbors.rss", "Linkville Neighbors", "https://linkvilleneighbors.example/",
        "Births, schools, fair and club news from Klamath Falls and the Basin", items, NS_CONTENT)
    # 7. NWS alerts
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]]}
        if a.get("vtec"):
            params["VTEC"] = [a["vtec"]]
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
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-10-08T12:00:00+00:00"}
    (feeds / "lmt_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("lmt_") and it["guid"] not in guids, it["guid"]
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
