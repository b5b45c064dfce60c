"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the rst part (Rochester, Minnesota).

Adapted from tests/eval/independent4/build/make_feeds.py. Run from the repository root:
  .venv/bin/python tests/eval/parts/rst/build/make_feeds.py
  .venv/bin/python tests/eval/parts/rst/build/label_weather.py   (adds the weather rows)
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_krzv  # noqa: E402
import news_mcbw  # noqa: E402
import news_sbs  # noqa: E402
import obits_hk  # noqa: E402
import obits_mcs  # noqa: E402
import obits_scr  # noqa: E402
import obits_zvpr  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_zvpr, obits_hk, obits_scr, obits_mcs)
NEWS_MODULES = (news_mcbw, news_krzv, news_sbs)
PREFIX = "rst_"


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"rst{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree (< 600 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.\-]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "MN" and z["city"] == city, (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state="MN")
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
            phone = f"(507) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "MN",
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
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
    assert path.name.startswith(PREFIX), path
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
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper: obituaries and paid death notices, plain text
    items = [plain_item(it, f"https://www.zvpostrecord.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}",
                        "Obituaries" if "_obit_" in it["guid"] else "Death Notices") for it in obits_zvpr.ITEMS]
    rss(feeds / "rst_zumbro_valley_post_record_obituaries.rss",
        dict(title="Zumbro Valley Post-Record - Obituaries and Death Notices",
             link="https://www.zvpostrecord.example/obituaries/",
             description="Obituaries and death notices from the Zumbro Valley Post-Record, Rochester, Minn.",
             built=rfc822("2026-09-22T05:05:00-05:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence description, permalink link
    items = []
    for it in obits_hk.ITEMS:
        link = f"https://www.hallstenkjos.example/obituaries/{it['guid'].split('_')[-1]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Hallsten-Kjos Funeral Home &amp; Cremation</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "rst_hallsten_kjos_funeral_home.rss",
        dict(title="Hallsten-Kjos Funeral Home & Cremation - Obituaries", link="https://www.hallstenkjos.example/obituaries/",
             description="Obituaries: Rochester, Stewartville and Kasson chapels",
             built=rfc822("2026-09-14T16:35:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin: plain text
    items = [plain_item(it, f"https://www.stcasimirholyredeemer.example/bulletin/{it['guid'].split('_')[3]}",
                        "Remember in Prayer") for it in obits_scr.ITEMS]
    rss(feeds / "rst_st_casimir_holy_redeemer_bulletin.rss",
        dict(title="St. Casimir & Holy Redeemer Catholic Community - Weekly Bulletin",
             link="https://www.stcasimirholyredeemer.example/bulletin",
             description="Remember in Prayer: notices from the parish bulletin, Rochester, Minnesota",
             built=rfc822("2026-08-16T07:05:00-05:00")), items)

    # 4. Somali community paper: plain text condolence ("Tacsi") notices
    items = [plain_item(it, f"https://medcitysomali.example/tacsi/{it['guid'].split('_')[-1]}", "Tacsi")
             for it in obits_mcs.ITEMS]
    rss(feeds / "rst_med_city_somali_community_news.rss",
        dict(title="Med City Somali Community News - Tacsi / Condolences", link="https://medcitysomali.example/",
             description="Condolence notices for the Somali community of Rochester and southern Minnesota",
             built=rfc822("2026-04-21T12:05:00-05:00")), items)

    # 5. business weekly: plain text
    items = [plain_item(it, f"https://www.medcitybiz.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_mcbw.ITEMS]
    rss(feeds / "rst_med_city_business_weekly.rss",
        dict(title="Med City Business Weekly", link="https://www.medcitybiz.example/",
             description="Business news from Rochester and southeastern Minnesota",
             built=rfc822("2026-10-01T06:05:00-05:00")), items)

    # 6. local TV station: HTML descriptions
    items = []
    for it in news_krzv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.krzv6.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KRZV NewsCenter 6 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "rst_krzv_newscenter6_local.rss",
        dict(title="KRZV NewsCenter 6 - Local News", link="https://www.krzv6.example/",
             description="Local news from Rochester and southeastern Minnesota",
             built=rfc822("2026-08-20T18:25:00-05:00")), items, NS_DC)

    # 7. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_sbs.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.stewartvillebyronstar.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "rst_stewartville_byron_star.rss",
        dict(title="Stewartville-Byron Star - Community", link="https://www.stewartvillebyronstar.example/",
             description="Community news for Stewartville, Byron, Pine Island and Chatfield",
             built=rfc822("2026-10-08T08:05:00-05:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        assert a["id"].startswith(PREFIX)
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
        # the feature's top-level id is the alert id itself (rst_ prefixed), as the brief asks
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Minnesota",
        "updated": "2026-06-28T00:00:00+00:00",
    }
    (feeds / "rst_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith(PREFIX), it["guid"]
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
