"""Write roster.csv, feeds/* and the obituary/news rows of gold.csv for part lyh (central Virginia).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/lyh/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/lyh/build/label_weather.py   (adds the weather rows)
Patterned on tests/eval/independent4/build/make_feeds.py.
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
from roster_data import ADV, ADV_BY_ID, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_LISTS = (obits.LEDGER, obits.FUNERAL_HOME, obits.NOTICES, obits.BULLETIN)
NEWS_LISTS = (news.TV, news.BUSINESS, news.WEEKLY)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"lyh{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows = []
    phones: dict[str, str] = {}
    for n, (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in enumerate(R):
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "VA"
        fips = AF.get_county_fips(z["county"], state="VA")
        assert fips, (cid, z["county"])
        household = street or cid
        if cid in NO_PHONE:
            phone = ""
        else:
            phone = phones.setdefault(household, f"434-555-01{len(phones) + 10:02d}")
        local = re.sub(r"[^a-z.]", "", f"{(nick or first).split(' ')[0]}.{last.split(' ')[0]}".lower())
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "VA",
            "postal_code": zp, "county_fips": fips,
            "latitude": f"{float(z['lat']) + jitter(cid, 'lat'):.5f}",
            "longitude": f"{float(z['long']) + jitter(cid, 'lon'):.5f}",
            "email": f"{local}@mail.example", "advisor_email": ADV_BY_ID.get(cid, ADV["VA"]),
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone,
            "address_line": street,
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


def rss(name: str, channel: dict, items: list[str], namespaces: str = "") -> None:
    assert name.startswith("lyh_")
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    (SPLIT / "feeds" / name).write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: plain text
    rss("lyh_hill_city_ledger_obituaries.rss",
        dict(title="The Hill City Ledger - Obituaries", link="https://www.hillcityledger.example/obituaries/",
             description="Obituaries from Lynchburg, Bedford, Amherst, Appomattox and Campbell counties",
             built=rfc822("2026-06-01T05:35:00-04:00")),
        [plain_item(it, f"https://www.hillcityledger.example/obituaries/{slug(it['title'])}/{it['guid']}", "Obituaries")
         for it in obits.LEDGER])

    # 2. funeral-home site: one-sentence description, HTML in content:encoded
    items = []
    for it in obits.FUNERAL_HOME:
        link = f"https://www.whittentharpe.example/obituary/{it['guid']}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Whitten-Tharpe Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss("lyh_whitten_tharpe_funeral_home.rss",
        dict(title="Whitten-Tharpe Funeral Home - Obituaries", link="https://www.whittentharpe.example/obituaries",
             description="Amherst and Appomattox chapels", built=rfc822("2026-06-08T09:50:00-04:00")),
        items, NS_CONTENT + NS_DC)

    # 3. paid death notices: plain text, surname-first
    rss("lyh_central_virginia_death_notices.rss",
        dict(title="Central Virginia Death Notices", link="https://notices.cvadeaths.example/",
             description="Paid death notices", built=rfc822("2026-06-10T07:05:00-04:00")),
        [plain_item(it, f"https://notices.cvadeaths.example/{it['guid']}", "Death Notices") for it in obits.NOTICES])

    # 4. church bulletins: plain text
    rss("lyh_church_bulletins.rss",
        dict(title="Piedmont Church Bulletins - Bereavement", link="https://bulletins.piedmontchurches.example/",
             description="Homegoing and memorial notices from Hopewell Baptist (Concord) and Mount Carmel Baptist (Madison Heights)",
             built=rfc822("2026-06-14T08:05:00-04:00")),
        [plain_item(it, f"https://bulletins.piedmontchurches.example/{it['guid']}", "Bereavement")
         for it in obits.BULLETIN])

    # 5. TV station: HTML in description
    items = []
    for it in news.TV:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wlva13.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WLVA 13 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss("lyh_wlva13_local_news.rss",
        dict(title="WLVA 13 - Local News", link="https://www.wlva13.example/",
             description="News for Lynchburg and Central Virginia", built=rfc822("2026-05-12T17:55:00-04:00")),
        items, NS_DC)

    # 6. business paper: plain text
    rss("lyh_lynchburg_business_report.rss",
        dict(title="Lynchburg Business Report", link="https://www.lynchburgbiz.example/",
             description="Business news of the Lynchburg region", built=rfc822("2026-04-10T08:05:00-04:00")),
        [plain_item(it, f"https://www.lynchburgbiz.example/{it['guid']}/{slug(it['title'])}", "Business")
         for it in news.BUSINESS])

    # 7. county weekly: teaser description + HTML in content:encoded
    items = []
    for it in news.WEEKLY:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.amherstappomattoxcourier.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss("lyh_amherst_appomattox_courier.rss",
        dict(title="The Amherst-Appomattox Courier", link="https://www.amherstappomattoxcourier.example/",
             description="Weekly news of Amherst and Appomattox counties", built=rfc822("2026-05-02T09:05:00-04:00")),
        items, NS_CONTENT)

    # 8. NWS alerts (api.weather.gov /alerts/active GeoJSON)
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {
            "AWIPSidentifier": [a["awips"]],
            "WMOidentifier": [f"{a['wmo']} KRNK {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
            "NWSheadline": [a["headline"].upper()],
            "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
            "eventEndingTime": [a["ends"]],
            "VTEC": [a["vtec"]],
        }
        params.update(a.get("extra", {}))
        props = {
            "@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
            "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
            "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
            "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
            "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
            "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": "NWS Blacksburg VA",
            "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
            "response": a["response"], "parameters": params,
        }
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-04-14T18:10:00+00:00",
    }
    (feeds / "lyh_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for lists, kind in ((OBIT_LISTS, "bereavement"), (NEWS_LISTS, "news")):
        for lst in lists:
            for it in lst:
                assert it["guid"].startswith("lyh_") and it["guid"] not in guids, it["guid"]
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
