"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for eval part abq (adapted from independent4).

Run: .venv/bin/python tests/eval/parts/abq/build/make_feeds.py
then: .venv/bin/python tests/eval/parts/abq/label_weather.py   (adds the weather rows)
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
SPLIT = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_ksnd  # noqa: E402
import news_sft  # noqa: E402
import news_st  # noqa: E402
import obits_dn  # noqa: E402
import obits_pn  # noqa: E402
import obits_sdc  # noqa: E402
import obits_st  # noqa: E402
from roster_data import ADV, BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_sdc, obits_st, obits_pn, obits_dn)
NEWS_MODULES = (news_st, news_ksnd, news_sft)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"abq{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


def fold(s: str) -> str:
    import unicodedata
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", fold(f"{first}.{last}").lower().replace(" ", ""))


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
            n = int(cid[3:]) % 100
            phone = f"({'505'}) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first.split(" ")[0], re.sub(r" (Jr\.|Sr\.|III)$", "", last))
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
    by = {r["client_id"]: r for r in rows}
    for r in rows:   # couples linked both ways
        for o in rows:
            if o is not r and r["spouse_first_name"] == o["first_name"] and r["spouse_last_name"] == o["last_name"] \
                    and r["address_line"] == o["address_line"]:
                assert o["spouse_first_name"] == r["first_name"] and o["spouse_last_name"] == r["last_name"], r
    assert by
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
    return re.sub(r"[^a-z0-9]+", "-", fold(s).lower()).strip("-")


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_items(mod, link_base: str, category: str) -> list[str]:
    out = []
    for it in mod.ITEMS:
        out.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>{link_base}{it['guid']}/{slug(it['title'])[:60]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    return out


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. Hispano family funeral home (Albuquerque / Rio Rancho): teaser description + HTML content:encoded
    items = []
    for it in obits_sdc.ITEMS:
        link = f"https://www.sangredecristofuneral.example/obituaries/{slug(it['title'])}-{it['guid'][-4:]}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Sangre de Cristo Funeral Home &amp; Mortuary</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "abq_sangre_de_cristo_funeral_home.rss",
        dict(title="Sangre de Cristo Funeral Home & Mortuary - Obituaries",
             link="https://www.sangredecristofuneral.example/obituaries/",
             description="Obituaries from our chapels in the South Valley, Albuquerque, and Rio Rancho, New Mexico",
             built=rfc822("2026-06-30T09:15:00-06:00")), items, NS_CONTENT + NS_DC)

    # 2. metro daily newspaper obituaries (legacy-style titles), plain text
    rss(feeds / "abq_sun_tribune_obituaries.rss",
        dict(title="Albuquerque Sun-Tribune - Obituaries", link="https://obits.abqsuntribune.example/",
             description="Obituaries published in the Albuquerque Sun-Tribune",
             built=rfc822("2026-07-02T05:30:00-06:00")),
        plain_items(obits_st, "https://obits.abqsuntribune.example/obituary/", "Obituaries"))

    # 3. Catholic parish notices (Santa Fe / Bernalillo), plain text
    rss(feeds / "abq_parish_notices_santa_fe.rss",
        dict(title="Parish Notices - Cathedral Basilica & Our Lady of Sorrows (Santa Fe / Bernalillo)",
             link="https://www.archdiocesenotices.example/santafe/",
             description="Funeral Masses, rosaries and intentions from parish bulletins",
             built=rfc822("2026-06-14T07:00:00-06:00")),
        plain_items(obits_pn, "https://www.archdiocesenotices.example/santafe/", "Funeral Masses and Rosaries"))

    # 4. terse paid death notices
    rss(feeds / "abq_death_notices_daily.rss",
        dict(title="Sun-Tribune Death Notices", link="https://notices.abqsuntribune.example/",
             description="Paid death notices, Albuquerque metro and Santa Fe",
             built=rfc822("2026-07-03T05:00:00-06:00")),
        plain_items(obits_dn, "https://notices.abqsuntribune.example/", "Death Notices"))

    # 5. metro daily local news, plain text
    rss(feeds / "abq_sun_tribune_metro.rss",
        dict(title="Albuquerque Sun-Tribune - Metro & Region", link="https://www.abqsuntribune.example/metro/",
             description="Local news from Albuquerque, Rio Rancho and the Middle Rio Grande Valley",
             built=rfc822("2026-07-05T06:10:00-06:00")),
        plain_items(news_st, "https://www.abqsuntribune.example/metro/", "Metro"))

    # 6. TV station: HTML descriptions
    items = []
    for it in news_ksnd.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ksnd7.example/news/local/{slug(it['title'])}/{it['guid'].split('-')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>KSND 7 Sandia News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "abq_ksnd7_local_news.rss",
        dict(title="KSND 7 News - Albuquerque & Santa Fe", link="https://www.ksnd7.example/",
             description="Local news from KSND 7, Albuquerque", built=rfc822("2026-07-04T21:00:00-06:00")),
        items, NS_DC)

    # 7. Santa Fe weekly: teaser + content:encoded
    items = []
    for it in news_sft.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.santafetrailweekly.example/{it['guid']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "abq_santa_fe_trail_weekly.rss",
        dict(title="The Santa Fe Trail Weekly - Community", link="https://www.santafetrailweekly.example/",
             description="Santa Fe's weekly: people, arts, schools, neighborhoods", built=rfc822("2026-07-01T08:00:00-06:00")),
        items, NS_CONTENT)

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
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    ids = [f["id"] for f in features]
    assert len(ids) == len(set(ids)) and all("abq" in i for i in ids)
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-08-20T12:00:00+00:00",
    }
    (feeds / "abq_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("abq_"), it["guid"]
                assert it["guid"] not in guids, it["guid"]
                assert it["pub"].startswith("2026-"), it["guid"]
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
