"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the sjt part (San Angelo, Texas).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/sjt/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/sjt/label_weather.py     (adds the weather rows)
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
import news_cvbj  # noqa: E402
import news_cvn  # noqa: E402
import news_kcvo  # noqa: E402
import obits_cvmc  # noqa: E402
import obits_heraldo  # noqa: E402
import obits_lutheran  # noqa: E402
import obits_sact  # noqa: E402
from roster_data import R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_cvmc, obits_sact, obits_heraldo, obits_lutheran)
NEWS_MODULES = (news_cvbj, news_kcvo, news_cvn)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"sjt{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "TX", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="TX")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}"
        if household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(325) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(nick or first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "TX",
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@conchomail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": f"{street}",
            "birth_date": birth,
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


def plain_items(mod, link_base: str, category: str) -> list[str]:
    return [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>{link_base}{it['guid']}/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in mod.ITEMS]


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral home: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_cvmc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.conchovalleymemorial.example/obituaries/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Concho Valley Memorial Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "sjt_concho_valley_memorial_chapel.rss",
        dict(title="Concho Valley Memorial Chapel - Obituaries", link="https://www.conchovalleymemorial.example/",
             description="Obituaries: Concho Valley Memorial Chapel, San Angelo and Ballinger, Texas",
             built=rfc822("2026-09-18T10:00:00-05:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper death notices: terse, plain text
    rss(feeds / "sjt_courier_times_death_notices.rss",
        dict(title="San Angelo Courier-Times - Death Notices", link="https://www.sacouriertimes.example/obituaries/",
             description="Paid death notices published in the San Angelo Courier-Times",
             built=rfc822("2026-10-05T05:35:00-05:00")),
        plain_items(obits_sact, "https://www.sacouriertimes.example/obituaries/", "Death Notices"))

    # 3. bilingual community paper: plain text
    rss(feeds / "sjt_heraldo_del_concho_esquelas.rss",
        dict(title="El Heraldo del Concho - Esquelas / Obituaries", link="https://www.heraldodelconcho.example/",
             description="Semanario bilingüe de San Angelo: esquelas y obituarios",
             built=rfc822("2026-06-25T08:05:00-05:00")),
        plain_items(obits_heraldo, "https://www.heraldodelconcho.example/esquelas/", "Esquelas"))

    # 4. church newsletter: plain text
    rss(feeds / "sjt_lutheran_parish_messenger.rss",
        dict(title="Parish Messenger - St. Paul (Wall), Zion (Miles), Trinity (San Angelo) Lutheran Churches",
             link="https://www.conchovalleylutheran.example/messenger/",
             description="Entered into Rest: notices from the parish messenger",
             built=rfc822("2026-08-16T07:05:00-05:00")),
        plain_items(obits_lutheran, "https://www.conchovalleylutheran.example/messenger/", "Entered into Rest"))

    # 5. business weekly: plain text
    rss(feeds / "sjt_concho_valley_business_journal.rss",
        dict(title="Concho Valley Business Journal", link="https://www.cvbizjournal.example/",
             description="Business news from San Angelo and the Concho Valley",
             built=rfc822("2026-09-14T06:05:00-05:00")),
        plain_items(news_cvbj, "https://www.cvbizjournal.example/news/", "Business"))

    # 6. TV station: HTML descriptions
    items = []
    for it in news_kcvo.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.conchovalley6.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Concho Valley 6 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "sjt_kcvo_concho_valley_6_news.rss",
        dict(title="Concho Valley 6 News (KCVO) - Local", link="https://www.conchovalley6.example/",
             description="Local news from San Angelo and the Concho Valley",
             built=rfc822("2026-10-23T22:20:00-05:00")), items, NS_DC)

    # 7. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_cvn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://conchovalleyneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "sjt_concho_valley_neighbors.rss",
        dict(title="Concho Valley Neighbors - Community News", link="https://conchovalleyneighbors.example/",
             description="Milestones, schools and community news: San Angelo, Wall, Miles, Christoval",
             built=rfc822("2026-11-12T08:05:00-06:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON (ids carry the sjt_ prefix)
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": r, "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
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
            "@id": a["id"], "@type": "wx:Alert", "id": a["id"],
            "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
            "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
            "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
            "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
            "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
            "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
            "response": a["response"], "parameters": params,
        }
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-06-03T22:20:00+00:00",
    }
    (feeds / "sjt_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("sjt_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                assert it["pub"].startswith("2026-"), it["guid"]
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
