"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for eval part sjc.

Run from the repository root:
    /work/main/.venv/bin/python tests/eval/parts/sjc/build/make_feeds.py
    /work/main/.venv/bin/python tests/eval/parts/sjc/label_weather.py     (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text. No network.
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
import news_ksjx  # noqa: E402
import news_sbl  # noqa: E402
import news_svs  # noqa: E402
import obits_esp  # noqa: E402
import obits_fgl  # noqa: E402
import obits_ohb  # noqa: E402
import obits_vcj  # noqa: E402
import obits_vmc  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_ohb, obits_vmc, obits_vcj, obits_esp, obits_fgl)
NEWS_MODULES = (news_sbl, news_ksjx, news_svs)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"sjc{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
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
            area = "669" if city == "Gilroy" or city == "Morgan Hill" else "408"
            phone = f"({area}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
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
    # couples linked both ways
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:
        sp = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if sp is not None:
            assert (sp["spouse_first_name"], sp["spouse_last_name"]) == (r["first_name"], r["last_name"]), r["client_id"]
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
            f"<description>{escape(channel['description'])}</description>\n<language>{channel.get('lang', 'en-us')}</language>\n"
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

    # 1. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_ohb.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.oakhillbayside.example/obituaries/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Oak Hill &amp; Bayside Family Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "sjc_oak_hill_bayside_obituaries.rss",
        dict(title="Oak Hill & Bayside Family Funeral Chapels - Obituaries",
             link="https://www.oakhillbayside.example/obituaries/",
             description="Obituaries: San Jose, Milpitas and Gilroy chapels",
             built=rfc822("2026-06-02T14:25:00-07:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first headings, plain text
    items = [plain_item(it, f"https://legacy.valleymercury.example/notices/{it['guid']}", "Death Notices")
             for it in obits_vmc.ITEMS]
    rss(feeds / "sjc_valley_mercury_courier_death_notices.rss",
        dict(title="Valley Mercury-Courier - Death Notices", link="https://legacy.valleymercury.example/",
             description="Paid death notices, Santa Clara County", built=rfc822("2026-06-02T05:05:00-07:00")), items)

    # 3. community weekly (Japantown, Little Saigon, Filipino Milpitas): plain text
    items = [plain_item(it, f"https://valleycommunityjournal.example/in-memoriam/{slug(it['title'])}", "In Memoriam")
             for it in obits_vcj.ITEMS]
    rss(feeds / "sjc_valley_community_journal_memoriam.rss",
        dict(title="Valley Community Journal - In Memoriam", link="https://valleycommunityjournal.example/",
             description="Japantown, Little Saigon and Filipino-American community news, San Jose and Milpitas",
             built=rfc822("2026-06-11T08:05:00-07:00")), items)

    # 4. Portuguese parish bulletin: plain text
    items = [plain_item(it, f"https://www.espiritosantosj.example/boletim/{it['guid']}", "Fiéis Defuntos / Faithful Departed")
             for it in obits_esp.ITEMS]
    rss(feeds / "sjc_espirito_santo_parish_bulletin.rss",
        dict(title="Paróquia do Espírito Santo - Boletim / Weekly Bulletin", link="https://www.espiritosantosj.example/",
             description="Portuguese national parish, San Jose, California", built=rfc822("2026-03-22T07:05:00-07:00")), items)

    # 5. Spanish-language funeral home: teaser description, HTML in content:encoded
    items = []
    for it in obits_fgl.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.funerariaguadalupe.example/esquelas/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Esquelas</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "sjc_funeraria_guadalupe_esquelas.rss",
        dict(title="Funeraria Guadalupe - Esquelas", link="https://www.funerariaguadalupe.example/",
             description="Avisos fúnebres: Gilroy y el este de San José", built=rfc822("2026-06-20T12:05:00-07:00"),
             lang="es-us"), items, NS_CONTENT)

    # 6. business weekly: plain text
    items = [plain_item(it, f"https://www.southbayledger.example/news/{it['guid']}/{slug(it['title'])}", "Business")
             for it in news_sbl.ITEMS]
    rss(feeds / "sjc_south_bay_business_ledger.rss",
        dict(title="South Bay Business Ledger", link="https://www.southbayledger.example/",
             description="Business news from San Jose and Silicon Valley", built=rfc822("2026-06-22T06:20:00-07:00")), items)

    # 7. TV station: HTML descriptions
    items = []
    for it in news_ksjx.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ksjx7.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KSJX 7 Digital Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "sjc_ksjx7_local_news.rss",
        dict(title="KSJX 7 South Bay - Local News", link="https://www.ksjx7.example/",
             description="Local news from San Jose and the South Bay", built=rfc822("2026-05-26T19:25:00-07:00")),
        items, NS_DC)

    # 8. small-town weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_svs.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://southvalleysentinel.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "sjc_south_valley_sentinel_community.rss",
        dict(title="South Valley Sentinel - Community", link="https://southvalleysentinel.example/",
             description="Morgan Hill, Gilroy and San Martin", built=rfc822("2026-07-09T08:05:00-07:00")),
        items, NS_CONTENT)

    # 9. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for California",
        "updated": "2026-11-19T00:00:00+00:00",
    }
    (feeds / "sjc_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("sjc_"), it["guid"]
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
