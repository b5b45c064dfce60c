"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part hon (adapted from
independent4/build/make_feeds.py).

Run: /work/main/.venv/bin/python tests/eval/parts/hon/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/hon/build/label_weather.py   (adds the weather rows)
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
import news_tv  # noqa: E402
import news_wk  # noqa: E402
import obits_bcc  # noqa: E402
import obits_jrn  # noqa: E402
import obits_pfc  # noqa: E402
from roster_data import ADV, BLANK_COORDS, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_bcc, obits_pfc, obits_jrn)
NEWS_MODULES = (news_tv, news_wk)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"hon{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows = []
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, phone, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["city"].lower() == city.lower(), (cid, z["city"])
        fips = AF.get_county_fips(z["county"], state="SD")
        lat = float(z["lat"]) + jitter(cid, "lat")
        lon = float(z["long"]) + jitter(cid, "lon")
        local = re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "SD",
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@prairiemail.example", "advisor_email": ADV["SD"],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": birth,
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


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{category}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper obituaries, plain text
    items = [plain_item(it, f"https://www.beadlecountycourier.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}",
                        "Obituaries") for it in obits_bcc.ITEMS]
    rss(feeds / "hon_beadle_county_courier_obituaries.rss",
        dict(title="Beadle County Courier - Obituaries", link="https://www.beadlecountycourier.example/",
             description="Obituaries from the Beadle County Courier, Huron, S.D.",
             built=rfc822("2026-05-21T06:05:00-05:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description, slug guids
    items = []
    for it in obits_pfc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{obits_pfc.BASE}{it['guid'][8:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Prairie Heritage Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "hon_prairie_heritage_funeral_chapels.rss",
        dict(title="Prairie Heritage Funeral Chapels - Obituaries", link="https://www.prairieheritagechapels.example/",
             description="Obituaries: Huron, Miller and Wessington Springs, South Dakota",
             built=rfc822("2026-05-07T15:05:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. brief paid death notices, plain text
    items = [plain_item(it, f"https://notices.jamesrivervalley.example/{it['guid']}", "Death Notices")
             for it in obits_jrn.ITEMS]
    rss(feeds / "hon_james_river_valley_death_notices.rss",
        dict(title="James River Valley Death Notices", link="https://notices.jamesrivervalley.example/",
             description="Paid death notices for Beadle, Kingsbury, Jerauld, Sanborn and Hand Counties",
             built=rfc822("2026-06-26T07:05:00-05:00")), items)

    # 4. TV station site: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kjrv7.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KJRV NewsCenter 7 Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "hon_kjrv_newscenter7_local.rss",
        dict(title="KJRV NewsCenter 7 - Local News", link="https://www.kjrv7.example/",
             description="Local news from Huron, Mitchell and the James River Valley",
             built=rfc822("2026-08-30T18:05:00-05:00")), items, NS_DC)

    # 5. weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_wk.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.theprairiepost.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "hon_prairie_post_weekly.rss",
        dict(title="The Prairie Post", link="https://www.theprairiepost.example/",
             description="Weekly news for De Smet, Wessington Springs, Wolsey, Lake Preston and Miller",
             built=rfc822("2026-07-02T08:05:00-05:00")), items, NS_CONTENT)

    # 6. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
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
            "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]},
            "affectedZones": [f"https://api.weather.gov/zones/county/{u}" for u in a["UGC"]],
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
        "updated": "2026-06-18T05:15:00+00:00",
    }
    (feeds / "hon_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[-1]}
    rows, guids = [], set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"] not in guids, it["guid"]
                assert it["guid"].startswith("hon_"), it["guid"]
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
