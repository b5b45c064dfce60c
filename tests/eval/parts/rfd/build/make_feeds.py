"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the rfd part.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/rfd/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/rfd/build/label_weather.py   (adds the weather rows)
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_biz  # noqa: E402
import news_sn  # noqa: E402
import news_tv  # noqa: E402
import obits_lw  # noqa: E402
import obits_rrl  # noqa: E402
import obits_sdn  # noqa: E402
import obits_spz  # noqa: E402
from roster_data import ADV, AREA, BLANK_COORDS, NO_ADDRESS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_rrl, obits_lw, obits_spz, obits_sdn)
NEWS_MODULES = (news_tv, news_biz, news_sn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"rfd{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.006   # +/- 0.003 degree (< 350 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


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
            n = int(cid[3:]) % 100
            phone = f"({AREA[st]}) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@stateline-mail.example", "advisor_email": ADV[fips],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
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


def plain_items(mod, link_base: str, category: str) -> list[str]:
    return [
        f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link_base}{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in mod.ITEMS]


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. regional daily, legacy-style titles, plain text
    rss(feeds / "rfd_rock_river_ledger_obituaries.rss",
        dict(title="Rock River Ledger - Obituaries", link="https://obits.rockriverledger.example/",
             description="Obituaries from the Rock River Ledger, Rockford, Ill.",
             built=rfc822("2026-07-13T05:35:00-05:00")),
        plain_items(obits_rrl, "https://obits.rockriverledger.example/obituary/", "Obituaries"))

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description, permalink guids
    items = []
    for it in obits_lw.ITEMS:
        link = obits_lw.BASE + it["guid"]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Lindahl-Wessels Family Funeral Homes</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "rfd_lindahl_wessels_funeral_homes.rss",
        dict(title="Lindahl-Wessels Family Funeral Homes - Obituaries", link="https://www.lindahlwessels.example/obituaries/",
             description="Obituaries: Rockford, Belvidere, Freeport and Beloit chapels",
             built=rfc822("2026-08-17T14:00:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin: plain text
    rss(feeds / "rfd_st_paul_zion_lutheran_bulletin.rss",
        dict(title="St. Paul Lutheran (Freeport) & Zion Lutheran (Lena) - Weekly Bulletin",
             link="https://www.stpaulzion.example/bulletin",
             description="In Our Prayers: notices from the parish bulletin", built=rfc822("2026-05-10T07:05:00-05:00")),
        plain_items(obits_spz, "https://www.stpaulzion.example/bulletin/", "In Our Prayers"))

    # 4. brief paid death notices
    rss(feeds / "rfd_stateline_death_notices.rss",
        dict(title="Stateline Daily Death Notices", link="https://notices.statelinedaily.example/",
             description="Paid death notices: Rockford, Beloit, Janesville, Freeport",
             built=rfc822("2026-08-24T04:20:00-05:00")),
        plain_items(obits_sdn, "https://notices.statelinedaily.example/", "Death Notices"))

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wrkx13.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>13 WRKX Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "rfd_wrkx13_stateline_news.rss",
        dict(title="13 WRKX Stateline News - Local", link="https://www.wrkx13.example/",
             description="Local news from Rockford and the Stateline", built=rfc822("2026-07-09T18:35:00-05:00")),
        items, NS_DC)

    # 6. business paper: plain text
    rss(feeds / "rfd_rock_river_valley_business_journal.rss",
        dict(title="Rock River Valley Business Journal", link="https://www.rrvbj.example/",
             description="Business news from Rockford, Belvidere, Freeport and Beloit",
             built=rfc822("2026-06-24T06:05:00-05:00")),
        plain_items(news_biz, "https://www.rrvbj.example/news/", "Business"))

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_sn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://statelineneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "rfd_stateline_neighbors_community.rss",
        dict(title="Stateline Neighbors - Community, Schools & Milestones", link="https://statelineneighbors.example/",
             description="Community news for Winnebago, Boone and Stephenson Counties and Rock County, Wis.",
             built=rfc822("2026-10-13T08:05:00-05:00")), items, NS_CONTENT)

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
        # top-level id = properties.id, both starting with rfd_ (the brief's id rule); @id keeps the URL form
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-10-20T09:00:00+00:00",
    }
    (feeds / "rfd_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("rfd_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in roster_ids, cid
                    assert cid not in dnc, cid
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
