"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the ogs part.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/ogs/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/ogs/build/label_weather.py   (adds the weather rows)
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
PART = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_data  # noqa: E402
import obits_data  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ogs{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}|{last.split()[0]}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone and street:
            phone = seen_phone[household]
        else:
            area = "518" if zp.startswith("129") else "315"
            phone = f"({area}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@northmail.example", "advisor_email": ADV[st],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
    # households: each roster spouse who is a client must point back
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:
        sp = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if sp:
            assert (sp["spouse_first_name"], sp["spouse_last_name"]) == (r["first_name"], r["last_name"]), r["client_id"]
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


def item_plain(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def of(mod, feed: str) -> list[dict]:
    return sorted((it for it in mod.ITEMS if it["feed"] == feed), key=lambda it: it["pub"])


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper obituaries, plain text
    items = [item_plain(it, f"https://www.stlawrencecourier.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in of(obits_data, "courier")]
    rss(feeds / "ogs_st_lawrence_courier_obituaries.rss", "The St. Lawrence Courier - Obituaries",
        "https://www.stlawrencecourier.example/obituaries", "Obituaries from Ogdensburg, Canton, Potsdam and Massena",
        "2026-07-02T05:35:00-04:00", items)

    # 2. funeral-home site: one-sentence description, HTML in content:encoded, permalink-style link
    items = []
    for it in of(obits_data, "chapels"):
        link = f"https://www.stlawrencevalleychapels.example/obituary/{it['guid'][len('ogs_chapels_'):]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>St. Lawrence Valley Memorial Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
            f"</content:encoded>\n</item>\n")
    rss(feeds / "ogs_st_lawrence_valley_chapels.rss", "St. Lawrence Valley Memorial Chapels - Obituaries",
        "https://www.stlawrencevalleychapels.example/", "Chapels in Ogdensburg, Massena, Potsdam and Canton",
        "2026-09-10T10:35:00-04:00", items, NS_CONTENT + NS_DC)

    # 3. parish-cluster bulletin, plain text
    items = [item_plain(it, f"https://www.northcountryparishes.example/bulletin/{it['guid']}",
                        "Pray for the Faithful Departed") for it in of(obits_data, "bulletin")]
    rss(feeds / "ogs_parish_cluster_bulletin.rss", "Notre Dame, St. Raphael & St. John Parish Cluster - Bulletin",
        "https://www.northcountryparishes.example/bulletin", "Weekly bulletin notices, Diocese of Ogdensburg",
        "2026-08-23T07:05:00-04:00", items)

    # 4. paid death notices, terse
    items = [item_plain(it, f"https://notices.northcountry.example/{it['guid']}", "Death Notices")
             for it in of(obits_data, "notices")]
    rss(feeds / "ogs_north_country_death_notices.rss", "North Country Death Notices",
        "https://notices.northcountry.example/", "Paid death notices: St. Lawrence, Franklin and Jefferson counties",
        "2026-08-05T06:05:00-04:00", items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in of(news_data, "tv"):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wncy7.example/news/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WNCY 7 News Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ogs_wncy7_local_news.rss", "WNCY 7 North Country - Local News", "https://www.wncy7.example/",
        "Local news from St. Lawrence and Franklin counties", "2026-09-09T18:05:00-04:00", items, NS_DC)

    # 6. weekly community paper: teaser + content:encoded
    items = []
    for it in of(news_data, "weekly"):
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.seawayweekly.example/community/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ogs_seaway_weekly_community.rss", "The Seaway Weekly - Community",
        "https://www.seawayweekly.example/", "Community news, milestones and schools", "2026-10-01T08:05:00-04:00",
        items, NS_CONTENT)

    # 7. business paper, plain text
    items = [item_plain(it, f"https://www.ncbizledger.example/{it['guid']}", "Business") for it in of(news_data, "biz")]
    rss(feeds / "ogs_north_country_business_ledger.rss", "North Country Business Ledger",
        "https://www.ncbizledger.example/", "Business news from the North Country", "2026-08-26T06:05:00-04:00", items)

    # 8. NWS alerts
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
        features.append({"id": a["id"], "type": "Feature",  # the brief asks every alert id to start with ogs_
                         "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-07-21T21:15:00+00:00"}
    (feeds / "ogs_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                           encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mod, kind in ((obits_data, "bereavement"), (news_data, "news")):
        for it in mod.ITEMS:
            assert it["guid"].startswith("ogs_") and it["guid"] not in guids, it["guid"]
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
