"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the ric part (Richmond, Virginia).

Run from the worktree root: /work/main/.venv/bin/python tests/eval/parts/ric/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/ric/label_weather.py   (adds the weather rows)
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
import news_hah  # noqa: E402
import news_jrbw  # noqa: E402
import news_wrvx  # noqa: E402
import obits_emv  # noqa: E402
import obits_lsm  # noqa: E402
import obits_rpc  # noqa: E402
import obits_vcc  # noqa: E402
from roster_data import BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_lsm, obits_rpc, obits_vcc, obits_emv)
NEWS_MODULES = (news_jrbw, news_wrvx, news_hah)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"ric{cid}{k}".encode()).hexdigest()[:8], 16)
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
            phone = f"(804) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first.split(" ")[0], re.sub(r" (Jr\.|Sr\.|III|IV)$", "", last).split(" ")[0])
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": "" if cid in BLANK_FIPS else fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "birth_date": "" if cid in NO_BIRTH else birth,
            "phone": phone, "address_line": "" if cid in NO_ADDRESS else street,
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
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>{channel.get('lang', 'en-us')}</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def plain_items(mod, link_base: str, category: str) -> list[str]:
    return [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>{link_base}{it['guid'].split('_', 2)[-1]}/{slug(it['title'])[:60]}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in mod.ITEMS]


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site (Jackson Ward, homegoing style): HTML in content:encoded, one-sentence description
    items = []
    for it in obits_lsm.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{it['link']}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Leigh Street Memorial Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}<p class=\"share\">Share a memory</p></div>]]></content:encoded>\n</item>\n")
    rss(feeds / "ric_leigh_street_memorial_obituaries.rss",
        dict(title="Leigh Street Memorial Funeral Home - Obituaries",
             link="https://www.leighstreetmemorial.example/obituaries/",
             description="Obituaries and homegoing services: Richmond (Jackson Ward) and Petersburg, Virginia",
             built=rfc822("2026-08-11T16:35:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first headings, plain text
    rss(feeds / "ric_post_courier_death_notices.rss",
        dict(title="Richmond Post-Courier - Death Notices", link="https://legacy.richmondpostcourier.example/",
             description="Paid death notices published in the Richmond Post-Courier",
             built=rfc822("2026-09-11T05:05:00-04:00")),
        plain_items(obits_rpc, "https://legacy.richmondpostcourier.example/notice/", "Death Notices"))

    # 3. Vietnamese Catholic community bulletin, bilingual, plain text
    rss(feeds / "ric_vietnamese_catholic_community_bulletin.rss",
        dict(title="Cộng Đoàn Công Giáo Việt Nam Richmond - Bản Tin / Weekly Bulletin",
             link="https://www.vncatholicrichmond.example/bantin/",
             description="Xin cầu nguyện - prayer requests and funeral notices of the Vietnamese Catholic Community of Greater Richmond",
             built=rfc822("2026-06-12T19:05:00-04:00"), lang="vi"),
        plain_items(obits_vcc, "https://www.vncatholicrichmond.example/bantin/", "Xin cầu nguyện"))

    # 4. Spanish-language community weekly, plain text
    rss(feeds / "ric_el_mensajero_obituarios.rss",
        dict(title="El Mensajero de Virginia - Obituarios", link="https://www.elmensajerova.example/obituarios/",
             description="Obituarios de la comunidad latina de Richmond, Chesterfield y Petersburg",
             built=rfc822("2026-07-09T08:05:00-04:00"), lang="es"),
        plain_items(obits_emv, "https://www.elmensajerova.example/obituarios/", "Obituarios"))

    # 5. business weekly: plain text
    rss(feeds / "ric_james_river_business_weekly.rss",
        dict(title="James River Business Weekly", link="https://www.jrbizweekly.example/",
             description="Business news from Richmond, Henrico, Chesterfield and Hanover",
             built=rfc822("2026-08-28T06:05:00-04:00")),
        plain_items(news_jrbw, "https://www.jrbizweekly.example/news/", "Business"))

    # 6. TV station: HTML descriptions
    items = []
    for it in news_wrvx.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.wrvx9.example/news/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>WRVX 9 News Staff</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "ric_wrvx9_local_news.rss",
        dict(title="WRVX 9 News - Local", link="https://www.wrvx9.example/",
             description="Local news for Richmond and Central Virginia", built=rfc822("2026-07-25T19:15:00-04:00")),
        items, NS_DC)

    # 7. small-town weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_hah.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.hanoverashlandherald.example/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "ric_hanover_ashland_herald.rss",
        dict(title="The Hanover-Ashland Herald - Community", link="https://www.hanoverashlandherald.example/",
             description="Community news from Ashland, Mechanicsville and the Richmond area",
             built=rfc822("2026-08-20T07:05:00-04:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON (KAKQ)
    by_id = {x["id"]: x for x in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        zones = [f"https://api.weather.gov/zones/county/{u}" for u in a["UGC"]]
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
        "title": "Current watches, warnings, and advisories for Virginia",
        "updated": "2026-07-01T00:00:00+00:00",
    }
    (feeds / "ric_nws_alerts_akq_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                         encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("ric_"), it["guid"]
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
