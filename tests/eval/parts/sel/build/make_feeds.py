"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the `sel` part.

Adapted from independent4/build/make_feeds.py. Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/sel/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/sel/label_weather.py      (adds the weather rows)
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
import news_data  # noqa: E402
import obits_data  # noqa: E402
from roster_data import ADV, NO_ADDRESS, NO_BIRTH, NO_PHONE, PLACE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits_data.CL, obits_data.LS, obits_data.BB)
NEWS_LISTS = (news_data.TV, news_data.DC)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"sel{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "AL", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="AL")
        base = PLACE.get(city, (float(z["lat"]), float(z["long"])))
        lat, lon = round(base[0] + jitter(cid, "lat"), 4), round(base[1] + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(334) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        base_last = re.sub(r" (Jr\.|Sr\.|III)$", "", last)
        local = re.sub(r"[^a-z.]", "", f"{first}.{base_last}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "AL",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV, "do_not_contact": "true" if dnc else "false",
            "birth_date": "" if cid in NO_BIRTH else birth, "phone": phone,
            "address_line": "" if cid in NO_ADDRESS else street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
    # households linked both ways
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:
        if r["spouse_first_name"] and (r["spouse_first_name"], r["spouse_last_name"]) in by_name:
            s = by_name[(r["spouse_first_name"], r["spouse_last_name"])]
            assert (s["spouse_first_name"], s["spouse_last_name"]) == (r["first_name"], r["last_name"]), r
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


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper obituaries: plain text
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.selmacourierledger.example/obituaries/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in obits_data.CL]
    rss(feeds / "sel_courier_ledger_obituaries.rss",
        dict(title="The Selma Courier-Ledger - Obituaries", link="https://www.selmacourierledger.example/obituaries",
             description="Obituaries from Selma and Dallas County, Alabama", built=rfc822("2026-06-18T06:05:00-05:00")),
        items)

    # 2. funeral home: one-sentence description, HTML in content:encoded
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.lavendersimsfh.example/obituaries/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>Lavender &amp; Sims Funeral Home</dc:creator>\n"
        f"<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[<div class=\"tribute\"><h2>{escape(it['title'])}</h2>"
        f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n"
        for it in obits_data.LS]
    rss(feeds / "sel_lavender_sims_funeral_home.rss",
        dict(title="Lavender & Sims Funeral Home - Obituaries and Celebrations of Life",
             link="https://www.lavendersimsfh.example/obituaries",
             description="Selma, Alabama: serving Dallas, Perry and Wilcox Counties",
             built=rfc822("2026-06-25T14:05:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. paid death notices: plain text, surname-first headings
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://notices.blackbeltdeathnotices.example/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in obits_data.BB]
    rss(feeds / "sel_black_belt_death_notices.rss",
        dict(title="Black Belt Death Notices", link="https://notices.blackbeltdeathnotices.example/",
             description="Paid death notices: Dallas, Perry, Wilcox, Lowndes and Marengo Counties, Alabama",
             built=rfc822("2026-07-02T07:05:00-05:00")), items)

    # 4. TV station: HTML descriptions
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.wsla8.example/news/local/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>WSLA 8 News</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n"
        for it in news_data.TV]
    rss(feeds / "sel_wsla8_local_news.rss",
        dict(title="WSLA 8 Selma-Montgomery - Local News", link="https://www.wsla8.example/news/local",
             description="Local news from the Alabama Black Belt and the River Region",
             built=rfc822("2026-05-21T18:05:00-05:00")), items, NS_DC)

    # 5. weekly: teaser description + HTML content:encoded
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.dallascountycourier.example/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"
        for it in news_data.DC]
    rss(feeds / "sel_dallas_county_courier.rss",
        dict(title="The Dallas County Courier", link="https://www.dallascountycourier.example/",
             description="Weekly news, business and schools: Selma, Valley Grande, Orrville and the Black Belt",
             built=rfc822("2026-05-28T08:05:00-05:00")), items, NS_CONTENT)

    # 6. NWS alerts, /alerts/active GeoJSON
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
        }
        if a.get("vtec"):
            params["VTEC"] = [a["vtec"]]
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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-04-14T09:00:00+00:00",
    }
    (feeds / "sel_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("sel_") and it["guid"] not in guids, it["guid"]
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
