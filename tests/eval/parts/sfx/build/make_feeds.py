"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for eval part sfx (Sioux Falls, S.D.).

Adapted from independent4/build/make_feeds.py. Run from the repository root:
  .venv/bin/python tests/eval/parts/sfx/build/make_feeds.py
  .venv/bin/python tests/eval/parts/sfx/label_weather.py      (adds the weather rows)
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
import news_bsbj  # noqa: E402
import news_kdvx  # noqa: E402
import obits_rpfc  # noqa: E402
import obits_sel  # noqa: E402
import obits_seldn  # noqa: E402
from roster_data import BLANK_COORDS, COORD_OVERRIDES, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_rpfc, obits_sel, obits_seldn)
NEWS_MODULES = (news_bsbj, news_kdvx)
ALL_MODULES = OBIT_MODULES + NEWS_MODULES


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"sfx{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.012   # +/- 0.006 degree (< 700 m)


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
            n = int(cid[3:]) % 100
            phone = f"(605) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": adv,
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
            assert (sp["spouse_first_name"], sp["spouse_last_name"]) == (r["first_name"], r["last_name"]), r
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


def last_pub(mod) -> str:
    return rfc822(max(it["pub"] for it in mod.ITEMS)) if mod.ITEMS else rfc822("2026-01-01T00:00:00-06:00")


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. Lutheran / Dutch Reformed funeral-home site: teaser description + HTML in content:encoded
    items = []
    for it in obits_rpfc.ITEMS:
        link = f"https://www.riversideprairiechapels.example/obituaries/{slug(it['title'].split(' (')[0])}"
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Riverside Prairie Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"tribute-obituary\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}<p class=\"service-info\">{escape(it.get('services', ''))}</p></div>]]>"
            f"</content:encoded>\n</item>\n")
    rss(feeds / "sfx_riverside_prairie_funeral_chapels.rss",
        dict(title="Riverside Prairie Funeral Chapels - Obituaries",
             link="https://www.riversideprairiechapels.example/obituaries/",
             description="Obituaries from our chapels in Sioux Falls, Brandon, Tea and Lennox, South Dakota",
             built=last_pub(obits_rpfc)), items, NS_CONTENT + NS_DC)

    # 2. regional daily newspaper, obituaries: plain text ("Grateful for having shared her life are ...")
    items = []
    for it in obits_sel.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.siouxempireleader.example/obituaries/{slug(it['title'])}/{it['guid'][-6:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "sfx_sioux_empire_leader_obituaries.rss",
        dict(title="Sioux Empire Leader - Obituaries", link="https://www.siouxempireleader.example/obituaries/",
             description="Obituaries published in the Sioux Empire Leader, Sioux Falls, S.D.",
             built=last_pub(obits_sel)), items)

    # 3. the same paper's terse paid death notices (surname-first headings)
    items = []
    for it in obits_seldn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.siouxempireleader.example/death-notices/{it['guid'][-6:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "sfx_sioux_empire_leader_death_notices.rss",
        dict(title="Sioux Empire Leader - Death Notices", link="https://www.siouxempireleader.example/death-notices/",
             description="Paid death notices, Sioux Falls and the Sioux Empire",
             built=last_pub(obits_seldn)), items)

    # 4. business journal: plain text
    items = []
    for it in news_bsbj.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.bigsiouxbusiness.example/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(it.get('category', 'Business'))}</category>\n"
            f"<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "sfx_big_sioux_business_journal.rss",
        dict(title="Big Sioux Business Journal", link="https://www.bigsiouxbusiness.example/",
             description="Business news for Sioux Falls and the Sioux Empire",
             built=last_pub(news_bsbj)), items)

    # 5. regional TV station: HTML descriptions
    items = []
    for it in news_kdvx.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.kdvx9.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>{escape(it.get('byline', 'KDVX Digital Staff'))}</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "sfx_kdvx_dakota_valley_9_news.rss",
        dict(title="KDVX Dakota Valley 9 - Local News", link="https://www.kdvx9.example/news/local/",
             description="Local news from Sioux Falls, the Sioux Empire and southeast South Dakota",
             built=last_pub(news_kdvx)), items, NS_DC)

    # 6. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
    assert len(ids) == len(set(ids)) and all("sfx" in i for i in ids)
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for the United States",
        "updated": "2026-11-30T12:00:00+00:00",
    }
    (feeds / "sfx_nws_alerts.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("sfx_"), it["guid"]
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
