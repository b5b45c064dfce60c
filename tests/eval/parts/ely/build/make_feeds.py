"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part `ely`.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/ely/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/ely/build/label_weather.py   (adds the weather rows)
Adapted from tests/eval/independent4/build/make_feeds.py. The labels are the `gold=` lists beside each text.
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
import news_abw  # noqa: E402
import news_kqnr  # noqa: E402
import news_vcj  # noqa: E402
import obits_htsc  # noqa: E402
import obits_kz  # noqa: E402
import obits_mrt  # noqa: E402
import obits_rsv  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_mrt, obits_kz, obits_htsc, obits_rsv)
NEWS_MODULES = (news_kqnr, news_abw, news_vcj)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ely{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree (< 600 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", "").replace("-", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, adv, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "MN" and z["city"].lower() == city.lower(), (cid, zp, z["city"])
        fips = AF.get_county_fips(z["county"], state="MN")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(218) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "MN",
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
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
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n"
            "</item>\n")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper death notices: surname-first headings, plain text
    items = [plain_item(it, f"https://www.mesabirangetribune.example/obituaries/death-notices/{slug(it['title'])}",
                        "Death Notices") for it in obits_mrt.ITEMS]
    rss(feeds / "ely_mesabi_range_tribune_death_notices.rss",
        dict(title="Mesabi Range Tribune - Death Notices", link="https://www.mesabirangetribune.example/obituaries",
             description="Death notices from the Mesabi Range Tribune, Virginia, Minn.",
             built=rfc822("2026-06-09T05:05:00-05:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence description
    items = []
    for it in obits_kz.ITEMS:
        link = f"https://www.korpelazupancich.example/obituary/{slug(it['title'])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Korpela-Zupancich Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-text\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}<p class=\"obit-footer\">Share a memory or send flowers on our website.</p></div>]]>"
            f"</content:encoded>\n</item>\n")
    rss(feeds / "ely_korpela_zupancich_funeral_chapels.rss",
        dict(title="Korpela-Zupancich Funeral Chapels - Obituaries", link="https://www.korpelazupancich.example/obituaries",
             description="Obituaries: Ely, Tower and Virginia, Minnesota",
             built=rfc822("2026-06-16T10:05:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin: plain text
    items = [plain_item(it, f"https://www.holytrinitystcyril.example/bulletin/{it['guid'][-10:]}",
                        "Pray for our departed") for it in obits_htsc.ITEMS]
    rss(feeds / "ely_holy_trinity_st_cyril_bulletin.rss",
        dict(title="Holy Trinity-St. Cyril Parish (Ely, Tower, Babbitt) - Weekly Bulletin",
             link="https://www.holytrinitystcyril.example/bulletin",
             description="Notices from the weekly bulletin of Holy Trinity-St. Cyril Catholic Parish",
             built=rfc822("2026-05-10T07:35:00-05:00")), items)

    # 4. Finnish-American community monthly: plain text
    items = [plain_item(it, f"https://www.rangesuomiviesti.example/muistokirjoitukset/{slug(it['title'])}",
                        "Muistokirjoitukset / Obituaries") for it in obits_rsv.ITEMS]
    rss(feeds / "ely_range_suomi_viesti_obituaries.rss",
        dict(title="Range Suomi Viesti - Muistokirjoitukset (Obituaries)", link="https://www.rangesuomiviesti.example/",
             description="Finnish-American community news of the Iron Range",
             built=rfc822("2026-04-22T08:05:00-05:00")), items)

    # 5. TV station: HTML descriptions
    items = []
    for it in news_kqnr.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.northland6.example/news/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Northland 6 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ely_northland6_kqnr_local_news.rss",
        dict(title="Northland 6 KQNR - Local News", link="https://www.northland6.example/news",
             description="Local news from the Iron Range and the Arrowhead", built=rfc822("2026-07-22T07:20:00-05:00")),
        items, NS_DC)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.arrowheadbizweekly.example/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_abw.ITEMS]
    rss(feeds / "ely_arrowhead_business_weekly.rss",
        dict(title="Arrowhead Business Weekly", link="https://www.arrowheadbizweekly.example/",
             description="Business news from Duluth, the North Shore and the Iron Range",
             built=rfc822("2026-06-22T06:05:00-05:00")), items)

    # 7. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_vcj.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://vermilioncountryjournal.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ely_vermilion_country_journal.rss",
        dict(title="Vermilion Country Journal", link="https://vermilioncountryjournal.example/",
             description="Community news for Ely, Tower-Soudan, Embarrass, Babbitt and Cook",
             built=rfc822("2026-06-17T09:05:00-05:00")), items, NS_CONTENT)

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
        # the part prefix rule: the feature id is the alert id itself (ely_urn:oid:...), see README
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Minnesota",
        "updated": "2026-07-22T06:45:00+00:00",
    }
    (feeds / "ely_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ely_"), it["guid"]
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
