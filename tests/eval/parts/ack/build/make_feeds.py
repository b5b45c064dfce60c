"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part `ack` (Nantucket and Cape Cod).

Adapted from tests/eval/independent4/build/make_feeds.py. Run from the repository root:
  .venv/bin/python tests/eval/parts/ack/build/make_feeds.py
  .venv/bin/python tests/eval/parts/ack/build/label_weather.py   (adds the weather rows)
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
import news_biz  # noqa: E402
import news_community  # noqa: E402
import news_tv  # noqa: E402
import obits_bulletin  # noqa: E402
import obits_funeralhome  # noqa: E402
import obits_ledger  # noqa: E402
import obits_sentinel  # noqa: E402
from roster_data import ADV, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ledger, obits_sentinel, obits_funeralhome, obits_bulletin)
NEWS_MODULES = (news_tv, news_biz, news_community)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"part-ack{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "MA" and z["city"] == city, (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state="MA")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(508) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "MA",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@capemail.example", "advisor_email": ADV,
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

    # 1. island weekly: plain text, "Name, age" titles
    items = [plain_item(it, f"https://www.harborledger.example/obituaries/{slug(it['title'])}", "Obituaries")
             for it in obits_ledger.ITEMS]
    rss(feeds / "ack_nantucket_harbor_ledger_obituaries.rss",
        dict(title="The Nantucket Harbor Ledger - Obituaries", link="https://www.harborledger.example/",
             description="Obituaries from Nantucket's weekly newspaper", built=rfc822("2026-09-10T06:05:00-04:00")),
        items)

    # 2. daily newspaper: legacy-style titles, plain text, paid notices surname first
    items = [plain_item(it, f"https://obits.capesentinel.example/obituary/{it['guid'].split('-')[-1]}",
                        "Death Notices" if "-dn-" in it["guid"] else "Obituaries")
             for it in obits_sentinel.ITEMS]
    rss(feeds / "ack_cape_sentinel_obituaries.rss",
        dict(title="The Cape Sentinel - Obituaries and Death Notices", link="https://obits.capesentinel.example/",
             description="Obituaries and paid death notices, Cape Cod and the Islands",
             built=rfc822("2026-09-24T05:35:00-04:00")), items)

    # 3. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_funeralhome.ITEMS:
        link = "https://www.bearsenye.example/obituaries/" + it["guid"].split("_bearsenye-")[1]
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Bearse &amp; Nye Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ack_bearse_nye_funeral_home.rss",
        dict(title="Bearse & Nye Funeral Home - Obituaries", link="https://www.bearsenye.example/obituaries/",
             description="Obituaries: Hyannis and Orleans chapels", built=rfc822("2026-07-30T14:25:00-04:00")),
        items, NS_CONTENT + NS_DC)

    # 4. parish bulletin: plain text, "Name - Town" headings
    items = [plain_item(it, f"https://www.stpeterfisherman.example/bulletin/{it['guid']}", "Pray for the Faithful Departed")
             for it in obits_bulletin.ITEMS]
    rss(feeds / "ack_st_peter_fisherman_bulletin.rss",
        dict(title="St. Peter the Fisherman & Our Lady of the Cape Verdes - Parish Bulletin",
             link="https://www.stpeterfisherman.example/bulletin",
             description="Pray for the faithful departed: Provincetown and East Falmouth",
             built=rfc822("2026-10-08T16:05:00-04:00")), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in news_tv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wcin9.example/news/local/{slug(it['title'])}/{it['guid'].split('-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>NewsCenter 9 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ack_wcin_newscenter9_local.rss",
        dict(title="Cape & Islands NewsCenter 9 - Local News", link="https://www.wcin9.example/",
             description="Local news from Cape Cod, Nantucket and Martha's Vineyard",
             built=rfc822("2026-10-21T06:20:00-04:00")), items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.cibweekly.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_biz.ITEMS]
    rss(feeds / "ack_cape_islands_business_weekly.rss",
        dict(title="Cape & Islands Business Weekly", link="https://www.cibweekly.example/",
             description="Business news from Cape Cod and the Islands", built=rfc822("2026-06-10T07:05:00-04:00")),
        items)

    # 7. community paper: teaser description, HTML in content:encoded
    items = []
    for it in news_community.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://lowercapeneighbor.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ack_lower_cape_islands_neighbor.rss",
        dict(title="The Lower Cape & Islands Neighbor", link="https://lowercapeneighbor.example/",
             description="Schools, milestones and library news from the Lower Cape and the Islands",
             built=rfc822("2026-10-14T08:05:00-04:00")), items, NS_CONTENT)

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
        # the part prefix must lead every item id, so the feature id is the alert id itself (not the URL)
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-07-15T21:10:00+00:00",
    }
    (feeds / "ack_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                          encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ack_"), it["guid"]
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
