"""Write roster.csv, feeds/* and the hand-labelled (obituary, news) rows of gold.csv for part crp.

Adapted from tests/eval/independent4/build/make_feeds.py.
Run from the repository root: .venv/bin/python tests/eval/parts/crp/build/make_feeds.py
then:                         .venv/bin/python tests/eval/parts/crp/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
import news_cbl  # noqa: E402
import news_nb  # noqa: E402
import news_tv  # noqa: E402
import obits_cbct  # noqa: E402
import obits_cdm  # noqa: E402
import obits_hw  # noqa: E402
import obits_vn  # noqa: E402
from roster_data import ADV_CITY, ADV_TOWNS, CITY, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_cdm, obits_cbct, obits_vn, obits_hw)
NEWS_MODULES = (news_cbl, news_tv, news_nb)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"crp{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "TX", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="TX")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if household not in seen_phone:
            seen_phone[household] = f"(361) 555-01{int(cid[3:]):02d}"
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' Jr[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "TX",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@coastalmail.example", "advisor_email": ADV_CITY if city in CITY else ADV_TOWNS,
            "do_not_contact": "true" if dnc else "false", "phone": seen_phone[household], "address_line": street,
            "birth_date": birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
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


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>{channel.get('lang', 'en-us')}</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def rich_item(it: dict, link: str, extra: str, wrap: str = "") -> str:
    inner = html(it["body"])
    if wrap:
        inner = f'<div class="{wrap}"><h2>{escape(it["title"])}</h2>{inner}</div>'
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n{extra}'
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{inner}]]></content:encoded>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. Tejano family funeral home: HTML in content:encoded, one-sentence description
    items = [rich_item(it, f"https://www.capilladelmarfh.example/obituaries/{slug(it['title'])}",
                       "<dc:creator>Capilla del Mar Funeral Homes</dc:creator>\n", wrap="obituary-body")
             for it in obits_cdm.ITEMS]
    rss(feeds / "crp_capilla_del_mar_obituaries.rss",
        dict(title="Capilla del Mar Funeral Homes - Obituaries / Obituarios", link="https://www.capilladelmarfh.example/",
             description="Obituaries from our Corpus Christi, Robstown and Kingsville chapels",
             built=rfc822("2026-07-09T11:05:00-05:00")), items, NS_CONTENT + NS_DC)

    # 2. daily newspaper: paid obituaries and the death-notice column, plain text
    items = [plain_item(it, f"https://www.cbcourier-times.example/obituaries/{it['guid']}",
                        "Death Notices" if "_dn_" in it["guid"] else "Obituaries") for it in obits_cbct.ITEMS]
    rss(feeds / "crp_courier_times_obituaries.rss",
        dict(title="Coastal Bend Courier-Times - Obituaries and Death Notices",
             link="https://www.cbcourier-times.example/obituaries/",
             description="Obituaries and death notices, Corpus Christi and the Coastal Bend",
             built=rfc822("2026-09-15T05:05:00-05:00")), items)

    # 3. Vietnamese community weekly: bilingual Cáo Phó, plain text
    items = [plain_item(it, f"https://www.tuanbaoduyenhai.example/cao-pho/{it['guid']}", "Cáo Phó / Obituaries")
             for it in obits_vn.ITEMS]
    rss(feeds / "crp_tuan_bao_duyen_hai_cao_pho.rss",
        dict(title="Tuần Báo Duyên Hải - Cáo Phó", link="https://www.tuanbaoduyenhai.example/",
             description="Coastal Bend Vietnamese Weekly: obituaries (Rockport, Aransas Pass, Port Lavaca)",
             built=rfc822("2026-08-21T07:05:00-05:00"), lang="vi"), items)

    # 4. Black community weekly: Homegoing notices, teaser + HTML
    items = [rich_item(it, f"https://northsideherald.example/homegoing/{it['guid']}",
                       "<category>Homegoing</category>\n") for it in obits_hw.ITEMS]
    rss(feeds / "crp_northside_herald_homegoing.rss",
        dict(title="The Northside Herald - Homegoing", link="https://northsideherald.example/",
             description="Homegoing notices from Corpus Christi's Northside and Hillcrest churches",
             built=rfc822("2026-06-25T08:05:00-05:00")), items, NS_CONTENT)

    # 5. business weekly: plain text
    items = [plain_item(it, f"https://www.cbbizledger.example/news/{slug(it['title'])}", "Business")
             for it in news_cbl.ITEMS]
    rss(feeds / "crp_business_ledger.rss",
        dict(title="Coastal Bend Business Ledger", link="https://www.cbbizledger.example/",
             description="Business news from Corpus Christi and the Coastal Bend",
             built=rfc822("2026-07-08T06:05:00-05:00")), items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kgcf5.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Gulf Coast 5 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "crp_kgcf_local_news.rss",
        dict(title="Gulf Coast 5 KGCF - Local News", link="https://www.kgcf5.example/",
             description="Local news from Corpus Christi and the Coastal Bend",
             built=rfc822("2026-06-20T18:05:00-05:00")), items, NS_DC)

    # 7. community and school news: teaser + HTML
    items = [rich_item(it, f"https://coastalbendneighbors.example/{it['guid']}", "<category>Community</category>\n")
             for it in news_nb.ITEMS]
    rss(feeds / "crp_coastal_bend_neighbors.rss",
        dict(title="Coastal Bend Neighbors - Community & Schools", link="https://coastalbendneighbors.example/",
             description="Community, school and milestone news across the Coastal Bend",
             built=rfc822("2026-09-02T07:05:00-05:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        # the feature's top-level id is the item id (prefixed crp_ as the part's ids must be)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Texas",
        "updated": "2026-08-27T15:30:00+00:00",
    }
    (feeds / "crp_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("crp_"), it["guid"]
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
