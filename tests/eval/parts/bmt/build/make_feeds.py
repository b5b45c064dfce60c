"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the bmt part (Golden Triangle of Texas).

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/bmt/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/bmt/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
(Adapted from the pattern of tests/eval/independent4/build/make_feeds.py.)
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
import news_snbr  # noqa: E402
import news_tn  # noqa: E402
import news_tv  # noqa: E402
import obits_gs  # noqa: E402
import obits_nc  # noqa: E402
import obits_ocr  # noqa: E402
import obits_sj  # noqa: E402
from roster_data import ADV, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_nc, obits_gs, obits_sj, obits_ocr)
NEWS_MODULES = (news_tv, news_snbr, news_tn)
MAIL = ["gulfmail.example", "sabinenet.example", "bayoumail.example"]


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"bmt{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st and z["city"].lower() == city.lower(), (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(409) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@{MAIL[int(cid[3:]) % 3]}", "advisor_email": ADV[fips],
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    # households are linked both ways
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:
        other = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if other:
            assert (other["spouse_first_name"], other["spouse_last_name"]) == (r["first_name"], r["last_name"]), r
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
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper, legacy-style titles, plain text
    items = [plain_item(it, f"https://obituaries.nechescourier.example/obituary/{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-4:]}",
                        "Obituaries") for it in obits_nc.ITEMS]
    rss(feeds / "bmt_neches_courier_obituaries.rss",
        dict(title="The Neches Courier - Obituaries", link="https://obituaries.nechescourier.example/",
             description="Obituaries published in The Neches Courier, Beaumont, Texas",
             built=rfc822("2026-05-06T05:35:00-05:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description, permalink guid-like ids
    items = []
    for it in obits_gs.ITEMS:
        link = "https://www.gaspardandsons.example/obituaries/" + it["guid"].removeprefix("bmt_gaspard_")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Gaspard &amp; Sons Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "bmt_gaspard_sons_funeral_home.rss",
        dict(title="Gaspard & Sons Funeral Home - Obituaries", link="https://www.gaspardandsons.example/obituaries/",
             description="Obituaries: Port Arthur, Beaumont and Orange chapels",
             built=rfc822("2026-06-02T08:55:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin: plain text, "Name - Town" headings
    items = [plain_item(it, f"https://www.stjosephqueenofpeace.example/bulletin/{it['guid']}", "Remember in Your Prayers")
             for it in obits_sj.ITEMS]
    rss(feeds / "bmt_st_joseph_queen_of_peace_bulletin.rss",
        dict(title="St. Joseph & Queen of Peace Parishes - Weekly Bulletin",
             link="https://www.stjosephqueenofpeace.example/bulletin",
             description="Remember in Your Prayers: notices from the parish bulletin, Port Arthur and Groves, Texas",
             built=rfc822("2026-05-10T07:05:00-05:00")), items)

    # 4. weekly paper, brief paid death notices
    items = [plain_item(it, f"https://www.orangecountyrecord.example/death-notices/{it['guid']}", "Death Notices")
             for it in obits_ocr.ITEMS]
    rss(feeds / "bmt_orange_county_record_death_notices.rss",
        dict(title="The Orange County Record - Death Notices", link="https://www.orangecountyrecord.example/",
             description="Paid death notices, Orange County Record, Orange, Texas",
             built=rfc822("2026-06-24T06:05:00-05:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ksab6.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KSAB 6 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "bmt_ksab6_local_news.rss",
        dict(title="KSAB 6 News - Southeast Texas", link="https://www.ksab6.example/",
             description="Local news from Beaumont, Port Arthur, Orange and the Golden Triangle",
             built=rfc822("2026-06-25T17:20:00-05:00")), items, NS_DC)

    # 6. business paper: plain text
    items = [plain_item(it, f"https://www.snbusinessrecord.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_snbr.ITEMS]
    rss(feeds / "bmt_sabine_neches_business_record.rss",
        dict(title="Sabine-Neches Business Record", link="https://www.snbusinessrecord.example/",
             description="Business news of the Golden Triangle: Beaumont, Port Arthur, Orange",
             built=rfc822("2026-07-01T06:05:00-05:00")), items)

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_tn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://triangleneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "bmt_triangle_neighbors_community.rss",
        dict(title="Triangle Neighbors - Community News", link="https://triangleneighbors.example/",
             description="Community news for Orange, Jefferson and Hardin Counties",
             built=rfc822("2026-07-08T08:05:00-05:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in sorted(alerts_data.ALERTS, key=lambda x: x["sent"], reverse=True):   # newest first, like the API
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
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-06-11T12:00:00+00:00",
    }
    (feeds / "bmt_nws_alerts_active_klch_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                                 encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("bmt_"), it["guid"]
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
