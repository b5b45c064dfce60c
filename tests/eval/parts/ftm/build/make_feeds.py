"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the ftm part (adapted from
independent4/build/make_feeds.py).

Run: /work/main/.venv/bin/python tests/eval/parts/ftm/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/ftm/build/label_weather.py   (adds the weather rows)
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
import news_cln  # noqa: E402
import news_gbl  # noqa: E402
import news_wgcx  # noqa: E402
import obits_ccr  # noqa: E402
import obits_gcdn  # noqa: E402
import obits_hpf  # noqa: E402
import obits_olg  # noqa: E402
from roster_data import ADV, NO_ADDRESS, NO_BIRTH, NO_PHONE, NORTH, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ccr, obits_hpf, obits_gcdn, obits_olg)
NEWS_MODULES = (news_wgcx, news_gbl, news_cln)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ftm{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "FL" and z["county"] == "Lee County", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="FL")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(239) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr.|Sr.|III)$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "FL",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV["north" if city in NORTH else "south"],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
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

    # 1. daily newspaper, legacy-style titles, plain text
    items = [plain_item(it, f"https://obits.caloosacourier.example/obituary/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-4:]}",
                        "Obituaries") for it in obits_ccr.ITEMS]
    rss(feeds / "ftm_caloosa_courier_obituaries.rss",
        dict(title="The Caloosa Courier - Obituaries", link="https://obits.caloosacourier.example/",
             description="Obituaries published in The Caloosa Courier, Fort Myers, Fla.",
             built=rfc822("2026-04-10T06:10:00-04:00")), items)

    # 2. funeral home: one-sentence description, HTML in content:encoded
    items = []
    for it in obits_hpf.ITEMS:
        link = "https://www.harborviewpalms.example/obituaries/" + it["guid"].removeprefix("ftm_hpf_")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Harborview &amp; Palms Funeral Home and Cremation</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ftm_harborview_palms_funeral_home.rss",
        dict(title="Harborview & Palms Funeral Home and Cremation - Obituaries",
             link="https://www.harborviewpalms.example/obituaries/",
             description="Obituaries: Cape Coral, North Fort Myers and Lehigh Acres chapels",
             built=rfc822("2026-05-12T14:05:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. paid death notices, plain text
    items = [plain_item(it, f"https://notices.gulfcoastdeaths.example/{it['guid']}", "Death Notices")
             for it in obits_gcdn.ITEMS]
    rss(feeds / "ftm_gulf_coast_death_notices.rss",
        dict(title="Gulf Coast Death Notices", link="https://notices.gulfcoastdeaths.example/",
             description="Paid death notices: Lee and Collier Counties", built=rfc822("2026-05-06T05:35:00-04:00")),
        items)

    # 4. parish bulletin, plain text
    items = [plain_item(it, f"https://www.ourladyofthegulf.example/bulletin/{it['guid']}", "Please Pray For")
             for it in obits_olg.ITEMS]
    rss(feeds / "ftm_our_lady_of_the_gulf_bulletin.rss",
        dict(title="Our Lady of the Gulf Parish - Weekly Bulletin", link="https://www.ourladyofthegulf.example/",
             description="Please Pray For: notices from the parish bulletin, Bonita Springs and Estero, Fla.",
             built=rfc822("2026-04-26T07:05:00-04:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_wgcx.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.gulfcoast7.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Gulf Coast 7 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ftm_gulfcoast7_wgcx_local.rss",
        dict(title="Gulf Coast 7 WGCX - Local News", link="https://www.gulfcoast7.example/",
             description="Local news from Southwest Florida", built=rfc822("2026-05-02T17:50:00-04:00")),
        items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.gulfshoreledger.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_gbl.ITEMS]
    rss(feeds / "ftm_gulfshore_business_ledger.rss",
        dict(title="Gulfshore Business Ledger", link="https://www.gulfshoreledger.example/",
             description="Business news from Lee and Collier Counties", built=rfc822("2026-06-04T07:05:00-04:00")),
        items)

    # 7. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_cln.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://capelehighneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ftm_cape_lehigh_neighbors.rss",
        dict(title="Cape & Lehigh Neighbors - Community", link="https://capelehighneighbors.example/",
             description="Milestones, schools, births and clubs: Cape Coral, Lehigh Acres, Fort Myers, Bonita Springs",
             built=rfc822("2026-05-21T08:05:00-04:00")), items, NS_CONTENT)

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
            "VTEC": [a["vtec"]],
        }
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
        # top-level id = properties.id (starts with ftm_, as the brief asks of every alert id)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-07-21T21:30:00+00:00",
    }
    (feeds / "ftm_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ftm_") and it["guid"] not in guids, it["guid"]
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
