"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the mhk part (adapted from
tests/eval/independent4/build/make_feeds.py).

Run: /work/main/.venv/bin/python tests/eval/parts/mhk/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/mhk/build/label_weather.py   (adds the weather rows)
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
import news_fhn  # noqa: E402
import news_kfht  # noqa: E402
import news_mbl  # noqa: E402
import obits_fhc  # noqa: E402
import obits_fhdn  # noqa: E402
import obits_hfp  # noqa: E402
import obits_prfc  # noqa: E402
from roster_data import ADV, NO_PHONE, SOUTH_ZIPS, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA_620 = {"66846", "66801", "66845"}   # Council Grove, Emporia, Cottonwood Falls; the rest are 785
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_fhc, obits_prfc, obits_hfp, obits_fhdn)
NEWS_MODULES = (news_kfht, news_fhn, news_mbl)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"mhk{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree (< 450 m)


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
        household = f"{street}|{zp}|{last.split(' ')[0]}"
        if cid in NO_PHONE:
            phone = ""
        elif household in seen_phone:
            phone = seen_phone[household]
        else:
            area = "620" if zp in AREA_620 else "785"
            phone = f"({area}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@prairiemail.example",
            "advisor_email": ADV["south" if zp in SOUTH_ZIPS else "north"],
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:   # households are linked both ways when both are clients
        other = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if other is not None:
            assert (other["spouse_first_name"], other["spouse_last_name"]) == (r["first_name"], r["last_name"]), r
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
    return [f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link_base}{slug(it['title'])}-{it['guid'][-6:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
            for it in mod.ITEMS]


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. daily newspaper obituaries, plain text
    rss(feeds / "mhk_flint_hills_courier_obituaries.rss",
        dict(title="The Flint Hills Courier - Obituaries", link="https://www.flinthillscourier.example/obituaries/",
             description="Obituaries from The Flint Hills Courier, Manhattan, Kan.",
             built=rfc822("2026-05-12T06:05:00-05:00")),
        plain_items(obits_fhc, "https://www.flinthillscourier.example/obituaries/", "Obituaries"))

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_prfc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.prairierosechapel.example/obituary/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Prairie Rose Funeral Chapel</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "mhk_prairie_rose_funeral_chapel.rss",
        dict(title="Prairie Rose Funeral Chapel - Obituaries", link="https://www.prairierosechapel.example/obituaries/",
             description="Obituaries: Prairie Rose Funeral Chapel, Manhattan and Council Grove, Kansas",
             built=rfc822("2026-07-07T16:35:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. parish bulletin, plain text
    rss(feeds / "mhk_holy_family_parish_bulletin.rss",
        dict(title="Holy Family Parish Cluster - Weekly Bulletin", link="https://www.holyfamilyks.example/bulletin/",
             description="St. George, St. Bernard (Wamego) and Immaculate Conception (St. Marys): remember in your prayers",
             built=rfc822("2026-05-10T07:05:00-05:00")),
        plain_items(obits_hfp, "https://www.holyfamilyks.example/bulletin/", "Remember in Your Prayers"))

    # 4. paid death notices, plain text
    rss(feeds / "mhk_flint_hills_death_notices.rss",
        dict(title="Flint Hills Death Notices", link="https://notices.flinthillscourier.example/",
             description="Paid death notices: Riley, Pottawatomie, Geary, Wabaunsee, Morris, Chase and Lyon counties",
             built=rfc822("2026-06-23T08:05:00-05:00")),
        plain_items(obits_fhdn, "https://notices.flinthillscourier.example/", "Death Notices"))

    # 5. TV station site: HTML descriptions
    items = []
    for it in news_kfht.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kfht7.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KFHT 7 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "mhk_kfht7_local_news.rss",
        dict(title="KFHT 7 Flint Hills - Local News", link="https://www.kfht7.example/",
             description="Local news for Manhattan, Junction City, Wamego, Emporia and the Flint Hills",
             built=rfc822("2026-09-14T19:25:00-05:00")), items, NS_DC)

    # 6. community weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_fhn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://flinthillsneighbors.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "mhk_flint_hills_neighbors_weekly.rss",
        dict(title="Flint Hills Neighbors", link="https://flinthillsneighbors.example/",
             description="Community weekly for Alma, Eskridge, Council Grove, Leonardville and the Flint Hills",
             built=rfc822("2026-08-13T09:05:00-05:00")), items, NS_CONTENT)

    # 7. business paper, plain text
    rss(feeds / "mhk_manhattan_business_ledger.rss",
        dict(title="The Manhattan Business Ledger", link="https://www.mhkbizledger.example/",
             description="Business news from Manhattan, Junction City, Emporia and the Flint Hills",
             built=rfc822("2026-04-28T07:05:00-05:00")),
        plain_items(news_mbl, "https://www.mhkbizledger.example/news/", "Business"))

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
        # the feature id is the item id; it starts with mhk_ as the brief asks
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Kansas",
        "updated": "2026-10-06T12:00:00+00:00",
    }
    (feeds / "mhk_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("mhk_"), it["guid"]
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
