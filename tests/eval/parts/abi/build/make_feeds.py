"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the `abi` part (Abilene and the Big Country).

Run: /work/main/.venv/bin/python tests/eval/parts/abi/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/abi/build/label_weather.py   (adds the weather rows)
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
import news_bcbj  # noqa: E402
import news_kbct  # noqa: E402
import news_kcn  # noqa: E402
import obits_bcdn  # noqa: E402
import obits_ecc  # noqa: E402
import obits_hlfh  # noqa: E402
import obits_kcc  # noqa: E402
from roster_data import ADV, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_kcc, obits_hlfh, obits_ecc, obits_bcdn)
NEWS_MODULES = (news_kbct, news_bcbj, news_kcn)


def jitter(key: str, k: str) -> float:
    h = int(hashlib.md5(f"abi{key}{k}".encode()).hexdigest()[:8], 16)
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
        household = f"{street}|{zp}"
        key = household if street else cid   # one household, one house: spouses share coordinates
        lat = round(float(z["lat"]) + jitter(key, "lat"), 4)
        lon = round(float(z["long"]) + jitter(key, "lon"), 4)
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(325) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@bigcountrymail.example", "advisor_email": ADV[city],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street, "birth_date": birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    by_id = {r["client_id"]: r for r in rows}
    for r in rows:  # households are linked both ways when both spouses are clients
        for o in rows:
            if o is not r and o["first_name"] == r["spouse_first_name"] and o["last_name"] == r["spouse_last_name"]:
                assert (r["first_name"], r["last_name"]) == (o["spouse_first_name"], o["spouse_last_name"]), r
    assert by_id
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

    # 1. daily newspaper, legacy-style titles ("Name Obituary (1946 - 2026) - Abilene, TX - Paper"), plain text
    items = [plain_item(it, f"https://obits.keycitychronicle.example/obituary/"
                            f"{slug(it['title'].split(' Obituary')[0])}-{it['guid'][-4:]}", "Obituaries")
             for it in obits_kcc.ITEMS]
    rss(feeds / "abi_key_city_chronicle_obituaries.rss",
        dict(title="The Key City Chronicle - Obituaries", link="https://obits.keycitychronicle.example/",
             description="Obituaries published in The Key City Chronicle, Abilene, Texas",
             built=rfc822("2026-08-18T05:05:00-05:00")), items)

    # 2. funeral-home site: one-sentence plain description, HTML in content:encoded
    items = []
    for it in obits_hlfh.ITEMS:
        link = f"https://www.hambylytle.example/obituaries/{it['slug']}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Hamby-Lytle Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "abi_hamby_lytle_funeral_home.rss",
        dict(title="Hamby-Lytle Funeral Home - Obituaries", link="https://www.hambylytle.example/obituaries/",
             description="Obituaries: Abilene, Sweetwater and Ballinger chapels",
             built=rfc822("2026-09-15T09:50:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. church bulletin "Family News": plain text
    items = [plain_item(it, f"https://www.elmcrestcoc.example/bulletin/{it['guid']}", "Family News")
             for it in obits_ecc.ITEMS]
    rss(feeds / "abi_elmcrest_church_of_christ_bulletin.rss",
        dict(title="Elmcrest Church of Christ - Weekly Bulletin", link="https://www.elmcrestcoc.example/bulletin",
             description="Family News from the Elmcrest Church of Christ bulletin, Abilene, Texas",
             built=rfc822("2026-08-30T07:05:00-05:00")), items)

    # 4. brief paid death notices
    items = [plain_item(it, f"https://notices.bigcountry.example/{it['guid']}", "Death Notices")
             for it in obits_bcdn.ITEMS]
    rss(feeds / "abi_big_country_death_notices.rss",
        dict(title="Big Country Death Notices", link="https://notices.bigcountry.example/",
             description="Paid death notices for Abilene and the Big Country",
             built=rfc822("2026-10-20T06:05:00-05:00")), items)

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_kbct.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kbct12.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KBCT Big Country 12 Digital</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "abi_kbct_big_country_12_news.rss",
        dict(title="KBCT Big Country 12 - Local News", link="https://www.kbct12.example/",
             description="Local news from Abilene and the Big Country", built=rfc822("2026-07-20T21:10:00-05:00")),
        items, NS_DC)

    # 6. business journal: plain text
    items = [plain_item(it, f"https://www.bcbizjournal.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_bcbj.ITEMS]
    rss(feeds / "abi_big_country_business_journal.rss",
        dict(title="Big Country Business Journal", link="https://www.bcbizjournal.example/",
             description="Business news from Abilene, Sweetwater, Snyder and the Big Country",
             built=rfc822("2026-07-01T07:05:00-05:00")), items)

    # 7. community newsletter: teaser description, HTML in content:encoded
    items = []
    for it in news_kcn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://keycityneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "abi_key_city_neighbors.rss",
        dict(title="Key City Neighbors - Community News", link="https://keycityneighbors.example/",
             description="Milestones, schools, churches and ag news from Abilene and the Big Country",
             built=rfc822("2026-08-04T08:05:00-05:00")), items, NS_CONTENT)

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
        assert a["id"].startswith("abi_")
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-11-05T10:00:00+00:00",
    }
    (feeds / "abi_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("abi_"), it["guid"]
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
