"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the mkl part (adapted from independent4).

Run (from the worktree root): /work/main/.venv/bin/python tests/eval/parts/mkl/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/mkl/build/label_weather.py   (adds the weather rows)
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"mkl{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{spl or last}|{zp}|{street}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone and street:
            phone = seen_phone[household]
        else:
            phone = f"(731) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[z["county"]],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone, "address_line": street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:   # households linked both ways when the spouse is a client
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


def rss(path: Path, title: str, link: str, desc: str, items: list, item_fn, ns: str = "") -> None:
    built = rfc822(max(it["pub"] for it in items))
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{built}</lastBuildDate>\n")
    path.write_text(head + "".join(item_fn(it) for it in items) + "</channel>\n</rss>\n", encoding="utf-8")


def plain_item(base: str, category: str):
    return lambda it: (
        f"<item>\n<title>{escape(it['title'])}</title>\n<link>{base}{it['guid']}/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    F = obits.FEEDS
    rss(feeds / "mkl_west_tennessee_ledger_obituaries.rss", "The West Tennessee Ledger - Obituaries",
        "https://www.wtnledger.example/obituaries/", "Obituaries from The West Tennessee Ledger, Jackson, Tenn.",
        F["ledger"], plain_item("https://www.wtnledger.example/obituaries/", "Obituaries"))
    rss(feeds / "mkl_forked_deer_funeral_chapels.rss", "Forked Deer Funeral Chapels - Obituaries",
        "https://www.forkeddeerchapels.example/obituaries/",
        "Obituaries: Jackson, Humboldt and Lexington, Tennessee", F["funeral_home"],
        lambda it: (
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.forkeddeerchapels.example/obituaries/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Forked Deer Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
            f"</content:encoded>\n</item>\n"), NS_CONTENT + NS_DC)
    rss(feeds / "mkl_greater_new_hope_bulletin.rss", "Greater New Hope M.B. Church - Weekly Bulletin",
        "https://www.greaternewhopejackson.example/bulletin", "Bereavement and prayer list, Jackson, Tenn.",
        F["bulletin"], plain_item("https://www.greaternewhopejackson.example/bulletin/", "Bereavement"))
    rss(feeds / "mkl_ledger_death_notices.rss", "The West Tennessee Ledger - Death Notices",
        "https://www.wtnledger.example/death-notices/", "Paid death notices", F["notices"],
        plain_item("https://www.wtnledger.example/death-notices/", "Death Notices"))
    N = news.FEEDS
    rss(feeds / "mkl_whub9_local_news.rss", "WHUB 9 Hub City News - Local", "https://www.whub9.example/news/local",
        "Local news from Jackson and West Tennessee", N["tv"],
        lambda it: (
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.whub9.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WHUB 9 Digital Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n"
            f"</item>\n"), NS_DC)
    rss(feeds / "mkl_gibson_county_gleaner.rss", "The Gibson County Gleaner", "https://www.gcgleaner.example/",
        "Weekly newspaper of Milan, Humboldt, Trenton and Medina", N["weekly"],
        plain_item("https://www.gcgleaner.example/news/", "Local"))
    rss(feeds / "mkl_west_tennessee_business_report.rss", "West Tennessee Business Report",
        "https://www.wtnbiz.example/", "Business and people news from Jackson and West Tennessee", N["biz"],
        lambda it: (
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://www.wtnbiz.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"), NS_CONTENT)

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
           "updated": "2026-10-21T09:00:00+00:00"}
    (feeds / "mkl_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mod, kind in ((obits, "bereavement"), (news, "news")):
        for it in mod.ITEMS:
            assert it["guid"].startswith("mkl_") and it["guid"] not in guids, it["guid"]
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
