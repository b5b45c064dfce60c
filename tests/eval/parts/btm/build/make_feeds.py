"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the btm part.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/btm/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/btm/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
(Adapted from independent4/build/make_feeds.py.)
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
import news_tv  # noqa: E402
import news_weekly  # noqa: E402
import obits_beaverhead  # noqa: E402
import obits_bulletin  # noqa: E402
import obits_funeralhome  # noqa: E402
import obits_notices  # noqa: E402
import obits_standard  # noqa: E402
from roster_data import ADV, ADV2, BLANK_COORDS, BLANK_FIPS, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_standard, obits_funeralhome, obits_beaverhead, obits_bulletin, obits_notices)
NEWS_MODULES = (news_tv, news_weekly)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"btm{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.\-]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
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
            phone = f"(406) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV if zp in ("59701", "59711") else ADV2,
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    rows.sort(key=lambda r: r["client_id"])
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:   # households linked both ways when both are clients
        for o in rows:
            if o is not r and o["first_name"] == r["spouse_first_name"] and o["last_name"] == r["spouse_last_name"]:
                assert r["first_name"] == o["spouse_first_name"] and r["last_name"] == o["spouse_last_name"], r
    assert by_id
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


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. Butte daily newspaper, plain text
    rss(feeds / "btm_silver_bow_standard_obituaries.rss",
        dict(title="The Silver Bow Standard - Obituaries", link="https://www.silverbowstandard.example/obituaries/",
             description="Obituaries from The Silver Bow Standard, Butte, Mont.", built=rfc822("2026-05-14T06:05:00-06:00")),
        [plain_item(it, f"https://www.silverbowstandard.example/obituaries/{slug(it['title'])}/article_{it['guid'][-12:]}.html",
                    "Obituaries") for it in obits_standard.ITEMS])

    # 2. funeral home: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_funeralhome.ITEMS:
        link = obits_funeralhome.BASE + slug(it["title"].split(" (")[0])
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Kearney &amp; Pintar Mortuaries</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}<p class=\"guestbook\">Share a memory in the online guest book.</p></div>]]></content:encoded>\n</item>\n")
    rss(feeds / "btm_kearney_pintar_mortuaries.rss",
        dict(title="Kearney & Pintar Mortuaries - Obituaries", link=obits_funeralhome.BASE,
             description="Butte - Anaconda - Deer Lodge", built=rfc822("2026-06-18T11:10:00-06:00")),
        items, NS_CONTENT + NS_DC)

    # 3. Dillon weekly, plain text
    rss(feeds / "btm_beaverhead_courier_obituaries.rss",
        dict(title="The Beaverhead Courier - Obituaries", link="https://www.beaverheadcourier.example/",
             description="Weekly newspaper of Dillon and Beaverhead County", built=rfc822("2026-05-27T08:05:00-06:00")),
        [plain_item(it, f"https://www.beaverheadcourier.example/obituaries/{slug(it['title'])}", "Obituaries")
         for it in obits_beaverhead.ITEMS])

    # 4. parish bulletins, plain text
    rss(feeds / "btm_parish_bulletins.rss",
        dict(title="Southwest Montana Parish Bulletins - Prayers for the Departed",
             link="https://www.swmtparishes.example/bulletins/",
             description="From the bulletins of St. Lawrence O'Toole (Walkerville), Holy Trinity Serbian Orthodox (Butte) and St. Peter's (Anaconda)",
             built=rfc822("2026-05-10T07:35:00-06:00")),
        [plain_item(it, f"https://www.swmtparishes.example/bulletins/{it['guid']}", "Prayers for the Departed")
         for it in obits_bulletin.ITEMS])

    # 5. brief paid notices
    rss(feeds / "btm_mining_city_death_notices.rss",
        dict(title="Mining City Death Notices", link="https://notices.miningcity.example/",
             description="Paid death notices: Butte, Anaconda, Dillon, Deer Lodge", built=rfc822("2026-06-11T05:05:00-06:00")),
        [plain_item(it, f"https://notices.miningcity.example/{it['guid']}", "Death Notices") for it in obits_notices.ITEMS])

    # 6. TV station, HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kswm4.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KSWM 4 News</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "btm_kswm_local_news.rss",
        dict(title="KSWM 4 Southwest Montana - Local News", link="https://www.kswm4.example/",
             description="Local news from Butte, Anaconda, Dillon and Deer Lodge", built=rfc822("2026-07-25T18:55:00-06:00")),
        items, NS_DC)

    # 7. community weekly: teaser + content:encoded
    items = []
    for it in news_weekly.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://pintlercountryweekly.example/community/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "btm_pintler_country_weekly.rss",
        dict(title="The Pintler Country Weekly - Community", link="https://pintlercountryweekly.example/",
             description="Community news for Anaconda, Deer Lodge, Butte and Dillon", built=rfc822("2026-07-16T09:05:00-06:00")),
        items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/county/{u}" for u in a["UGC"]]
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
        features.append({"id": a["id"], "type": "Feature",   # btm_ prefix required by the brief (the real API uses the @id URL)
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-07-20T12:00:00+00:00",
    }
    (feeds / "btm_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("btm_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
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
