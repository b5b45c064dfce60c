"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for eval part cae (pattern: independent4).

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/cae/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/cae/label_weather.py   (adds the weather rows). No network.
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
import news_kcc  # noqa: E402
import news_mbw  # noqa: E402
import news_wcla  # noqa: E402
import obits_htg  # noqa: E402
import obits_mcdn  # noqa: E402
import obits_pcf  # noqa: E402
import obits_psh  # noqa: E402
from roster_data import ADV, BLANK_COORDS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_pcf, obits_mcdn, obits_psh, obits_htg)
NEWS_MODULES = (news_mbw, news_wcla, news_kcc)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"cae{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "SC", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="SC")
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}|{spl}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(803) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr.|Sr.|III)$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "SC",
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV[adv],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth, "phone": phone,
            "address_line": street,
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


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def rss(name: str, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(channel['built'])}</lastBuildDate>\n")
    (SPLIT / "feeds" / name).write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def plain_item(it: dict, link: str, category: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence description
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.palmettocongareefc.example/obituaries/{it['guid'][8:]}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>Palmetto &amp; Congaree Funeral Chapels</dc:creator>\n"
        f"<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[<div class=\"obit\"><h1>{escape(it['title'])}</h1>{html(it['body'])}"
        f"<p class=\"guestbook\">Sign the guest book</p></div>]]></content:encoded>\n</item>\n"
        for it in obits_pcf.ITEMS]
    rss("cae_palmetto_congaree_funeral_chapels.rss",
        dict(title="Palmetto & Congaree Funeral Chapels - Obituaries",
             link="https://www.palmettocongareefc.example/obituaries/",
             description="Obituaries from our Irmo, Lexington and West Columbia chapels",
             built="2026-07-08T12:30:00-04:00"), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first headings
    items = [plain_item(it, f"https://www.midlandscourier.example/notices/{it['guid']}", "Death Notices")
             for it in obits_mcdn.ITEMS]
    rss("cae_midlands_courier_death_notices.rss",
        dict(title="The Midlands Courier - Death Notices", link="https://www.midlandscourier.example/notices/",
             description="Paid death notices, Columbia and the Midlands", built="2026-06-23T05:05:00-04:00"), items)

    # 3. Black community weekly, homegoing notices
    items = [plain_item(it, f"https://www.palmettostar.example/homegoing/{slug(it['title'])}", "Homegoing Celebrations")
             for it in obits_psh.ITEMS]
    rss("cae_palmetto_star_homegoing.rss",
        dict(title="The Palmetto Star - Homegoing Celebrations", link="https://www.palmettostar.example/",
             description="Community weekly serving Columbia, Orangeburg and Camden", built="2026-07-02T08:05:00-04:00"),
        items)

    # 4. Greek Orthodox parish newsletter
    items = [plain_item(it, f"https://www.holytrinitycolumbia.example/news/{slug(it['title'])}", "Memory Eternal")
             for it in obits_htg.ITEMS]
    rss("cae_holy_trinity_parish_news.rss",
        dict(title="Holy Trinity Greek Orthodox Cathedral - Parish News", link="https://www.holytrinitycolumbia.example/",
             description="Announcements from the parish office, Columbia, S.C.", built="2026-07-16T09:05:00-04:00"), items)

    # 5. business weekly, plain text
    items = [plain_item(it, f"https://www.midlandsbiz.example/news/{slug(it['title'])}", "Business")
             for it in news_mbw.ITEMS]
    rss("cae_midlands_business_weekly.rss",
        dict(title="Midlands Business Weekly", link="https://www.midlandsbiz.example/",
             description="Business news from Columbia and the Midlands", built="2026-07-09T06:05:00-04:00"), items)

    # 6. TV station, HTML descriptions
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.wcla12.example/news/local/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>WCLA News 12 Digital Team</dc:creator>\n<description>{escape(html(it['body']))}</description>\n</item>\n"
        for it in news_wcla.ITEMS]
    rss("cae_wcla_news12_local.rss",
        dict(title="WCLA News 12 - Local", link="https://www.wcla12.example/", description="Midlands local news",
             built="2026-07-01T18:05:00-04:00"), items, NS_DC)

    # 7. small-town community paper: teaser + content:encoded
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n<link>https://www.kershawchronicle.example/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"
        for it in news_kcc.ITEMS]
    rss("cae_kershaw_chronicle_community.rss",
        dict(title="Kershaw County Chronicle & Lake Murray Neighbors - Community",
             link="https://www.kershawchronicle.example/", description="Community news: Camden, Lugoff, Chapin, Irmo",
             built="2026-07-15T07:05:00-04:00"), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/{'county' if u[2] == 'C' else 'forecast'}/{u}" for u in a["UGC"]]
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]}, "affectedZones": zones,
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for South Carolina", "updated": "2026-07-20T12:00:00+00:00"}
    (feeds / "cae_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows, guids = [], set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("cae_") and it["guid"] not in guids, it["guid"]
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
