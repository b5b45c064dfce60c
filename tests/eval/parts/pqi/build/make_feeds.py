"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for the pqi part.

Run from the repository root:
    .venv/bin/python tests/eval/parts/pqi/build/make_feeds.py
    .venv/bin/python tests/eval/parts/pqi/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
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
import news_biz  # noqa: E402
import news_courier  # noqa: E402
import news_tv  # noqa: E402
import obits_chronicle  # noqa: E402
import obits_lutheran  # noqa: E402
import obits_parish  # noqa: E402
import obits_valleyrivers  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_chronicle, obits_valleyrivers, obits_parish, obits_lutheran)
NEWS_MODULES = (news_tv, news_courier, news_biz)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"pqi{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.\-]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, desk) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "ME", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="ME")
        assert fips == "23003", (cid, fips)
        if cid in COORD_OVERRIDES:
            lat, lon = COORD_OVERRIDES[cid]
        else:
            lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
            lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(207) 555-01{int(cid[3:]) % 100:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "ME",
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[desk],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper obituaries and death notices: plain text, "TOWN - Name, age, died ..." datelines
    items = [plain_item(it, f"https://www.aroostookchronicle.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}",
                        "Obituaries") for it in obits_chronicle.ITEMS]
    rss(feeds / "pqi_aroostook_chronicle_obituaries.rss",
        dict(title="The Aroostook Chronicle - Obituaries", link="https://www.aroostookchronicle.example/obituaries/",
             description="Obituaries and death notices from central Aroostook County, Maine",
             built=rfc822("2026-09-21T06:05:00-04:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_valleyrivers.ITEMS:
        link = obits_valleyrivers.BASE + it["guid"].split("_", 1)[1]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Valley Rivers Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}<p class=\"guestbook\">Share a memory or sign the guestbook.</p></div>]]></content:encoded>\n</item>\n")
    rss(feeds / "pqi_valley_rivers_funeral_home.rss",
        dict(title="Valley Rivers Funeral Home - Obituaries", link="https://www.valleyriversfh.example/obituaries/",
             description="Obituaries: Fort Kent and Madawaska chapels, Upper St. John Valley, Maine",
             built=rfc822("2026-10-12T10:05:00-04:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin: plain text, bilingual headings
    items = [plain_item(it, f"https://www.ourladyofthevalley.example/bulletin/{it['guid'][-10:]}",
                        "Priez pour nos défunts") for it in obits_parish.ITEMS]
    rss(feeds / "pqi_our_lady_of_the_valley_bulletin.rss",
        dict(title="Our Lady of the Valley Parish - Bulletin", link="https://www.ourladyofthevalley.example/bulletin/",
             description="Priez pour nos défunts / Pray for our deceased - Upper St. John Valley, Maine",
             built=rfc822("2026-05-24T07:05:00-04:00")), items)

    # 4. Lutheran church newsletter: plain text
    items = [plain_item(it, f"https://www.gustafadolphnewsweden.example/notes/{it['guid'][-10:]}",
                        "Church Notes") for it in obits_lutheran.ITEMS]
    rss(feeds / "pqi_gustaf_adolph_church_notes.rss",
        dict(title="Gustaf Adolph Lutheran Church, New Sweden - Church Notes",
             link="https://www.gustafadolphnewsweden.example/notes/",
             description="News and memorials of the congregation, New Sweden, Maine",
             built=rfc822("2026-09-06T09:05:00-04:00")), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wpqi8.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>NewsCenter 8 Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "pqi_wpqi_newscenter8_local.rss",
        dict(title="WPQI NewsCenter 8 - Local News", link="https://www.wpqi8.example/news/local/",
             description="Local news for Aroostook County, Maine", built=rfc822("2026-07-15T06:35:00-04:00")),
        items, NS_DC)

    # 6. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_courier.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.courrierdelavallee.example/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "pqi_valley_courier_community.rss",
        dict(title="Le Courrier de la Vallée / The Valley Courier", link="https://www.courrierdelavallee.example/",
             description="Community news of the St. John Valley", built=rfc822("2026-10-08T08:05:00-04:00")),
        items, NS_CONTENT)

    # 7. business weekly: plain text
    items = [plain_item(it, f"https://www.countybizledger.example/{slug(it['title'])}", "Business")
             for it in news_biz.ITEMS]
    rss(feeds / "pqi_county_business_ledger.rss",
        dict(title="The County Business Ledger", link="https://www.countybizledger.example/",
             description="Business news of Aroostook County, Maine", built=rfc822("2026-10-01T06:05:00-04:00")),
        items)

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
        # the feature id is the alert id itself (it starts with pqi_, as the part's ids must)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Maine",
        "updated": "2026-11-18T20:35:00+00:00",
    }
    (feeds / "pqi_nws_alerts_me_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("pqi_"), it["guid"]
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
