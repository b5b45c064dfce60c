"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the pia part (Peoria area, Illinois).

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/pia/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/pia/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text. No network.
(Adapted from independent4/build/make_feeds.py.)
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
import news_hoibl  # noqa: E402
import news_tcc  # noqa: E402
import news_wpir  # noqa: E402
import obits_cedar  # noqa: E402
import obits_mth  # noqa: E402
import obits_pds  # noqa: E402
import obits_rb  # noqa: E402
from roster_data import ADV_BY_ZIP, BLANK_COORDS, BLANK_FIPS, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_rb, obits_pds, obits_cedar, obits_mth)
NEWS_MODULES = (news_hoibl, news_wpir, news_tcc)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"pia{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree (< 600 m)


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
        household = f"{street}|{zp}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            n = int(cid[3:]) % 100
            phone = f"(309) 555-01{n:02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV_BY_ZIP[zp],
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
    m = re.match(r"(.+?[a-z0-9)\"][.!?])(\s|$)", p)
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


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_rb.ITEMS:
        link = "https://www.riverbendfuneral.example/obituaries/" + it["guid"].removeprefix("pia_rbfh_")
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Riverbend Funeral Home &amp; Cremation</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obituary-body\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "pia_riverbend_funeral_home_obituaries.rss",
        dict(title="Riverbend Funeral Home & Cremation - Obituaries", link="https://www.riverbendfuneral.example/",
             description="Obituaries from our Peoria, East Peoria and Pekin chapels",
             built=rfc822("2026-07-06T15:25:00-05:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices: surname-first headings, plain text
    items = []
    for it in obits_pds.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.peoriadailystar.example/notices/{it['guid'].removeprefix('pia_pds_dn_')}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pia_peoria_daily_star_death_notices.rss",
        dict(title="Peoria Daily Star - Death Notices", link="https://www.peoriadailystar.example/notices/",
             description="Paid death notices, Peoria, Tazewell and Woodford counties",
             built=rfc822("2026-05-21T05:05:00-05:00")), items)

    # 3. church / ethnic community newsletter: plain text
    items = []
    for it in obits_cedar.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.stsharbelpeoria.example/cedar/{slug(it['guid'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>In Memoriam</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pia_cedar_bulletin_st_sharbel.rss",
        dict(title="The Cedar Bulletin - St. Sharbel Maronite Catholic Church, Peoria",
             link="https://www.stsharbelpeoria.example/cedar/",
             description="Parish and Lebanese-American community news: prayers for the departed",
             built=rfc822("2026-04-26T07:05:00-05:00")), items)

    # 4. small-town weekly: plain text obituaries
    items = []
    for it in obits_mth.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.mortonherald.example/obituaries/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pia_morton_tri_county_herald_obituaries.rss",
        dict(title="Morton Tri-County Herald - Obituaries", link="https://www.mortonherald.example/",
             description="Weekly newspaper of Morton, Deer Creek, Mackinaw and Eureka",
             built=rfc822("2026-06-03T06:05:00-05:00")), items)

    # 5. business weekly: plain text
    items = []
    for it in news_hoibl.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.hoibizledger.example/news/{it['guid'].split('_')[-1]}/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "pia_heart_of_illinois_business_ledger.rss",
        dict(title="Heart of Illinois Business Ledger", link="https://www.hoibizledger.example/",
             description="Business news from Peoria, Tazewell and Woodford counties",
             built=rfc822("2026-07-09T06:05:00-05:00")), items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_wpir.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wpir19.example/news/local/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WPIR 19 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "pia_wpir19_local_news.rss",
        dict(title="WPIR 19 News - Local", link="https://www.wpir19.example/",
             description="Local news from Peoria and Central Illinois",
             built=rfc822("2026-06-24T12:35:00-05:00")), items, NS_DC)

    # 7. community papers: teaser description, HTML in content:encoded
    items = []
    for it in news_tcc.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ilvalleycourier.example/{it['guid'].removeprefix('pia_ivc_')}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "pia_illinois_valley_courier_community.rss",
        dict(title="Illinois Valley Courier - Community", link="https://www.ilvalleycourier.example/",
             description="Milestones, schools and farm news: Chillicothe, Washington, Pekin, Eureka and Peoria",
             built=rfc822("2026-08-27T08:05:00-05:00")), items, NS_CONTENT)

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
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Illinois",
        "updated": "2026-06-23T22:00:00+00:00",
    }
    (feeds / "pia_nws_alerts_active_il_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                              encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("pia_"), it["guid"]
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
