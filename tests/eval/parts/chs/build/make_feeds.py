"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for eval part chs (Charleston, S.C.).

Run from the repository root (no network):
    .venv/bin/python tests/eval/parts/chs/build/make_feeds.py
    .venv/bin/python tests/eval/parts/chs/label_weather.py      (adds the weather rows)
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
PART = HERE.parent
sys.path.insert(0, str(HERE))

import alerts_data  # noqa: E402
import news_bds  # noqa: E402
import news_chbw  # noqa: E402
import news_wlcw  # noqa: E402
import obits_annunciation  # noqa: E402
import obits_bethor  # noqa: E402
import obits_lcdn  # noqa: E402
import obits_sicr  # noqa: E402
from roster_data import BLANK_COORDS, BLANK_FIPS, COORD_OVERRIDES, NO_ADDRESS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_sicr, obits_lcdn, obits_annunciation, obits_bethor)
NEWS_MODULES = (news_chbw, news_wlcw, news_bds)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"chs{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree (< 600 m)


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, zp, birth, street, dnc, adv) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == "SC", (cid, zp)
        fips = AF.get_county_fips(z["county"], state="SC")
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
            phone = f"(843) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": "SC",
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
    out = []
    for it in mod.ITEMS:
        out.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{link_base}{slug(it['guid'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>{escape(category)}</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    return out


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_sicr.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.seaislandcooperriverfh.example/obituaries/{it['guid'][len('chs_sicr_obit_'):]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Sea Island &amp; Cooper River Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}<p class=\"guestbook\"><a href=\"#guestbook\">Sign the guestbook</a></p></div>]]></content:encoded>\n</item>\n")
    rss(feeds / "chs_sea_island_cooper_river_funeral_home.rss",
        dict(title="Sea Island & Cooper River Funeral Home - Obituaries",
             link="https://www.seaislandcooperriverfh.example/obituaries/",
             description="Obituaries and homegoing celebrations: Johns Island and Moncks Corner, S.C.",
             built=rfc822("2026-10-14T09:25:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first headings
    rss(feeds / "chs_lowcountry_courier_death_notices.rss",
        dict(title="The Lowcountry Courier - Death Notices", link="https://www.lowcountrycourier.example/notices/",
             description="Paid death notices, Charleston, Berkeley and Dorchester counties",
             built=rfc822("2026-11-05T05:35:00-05:00")),
        plain_items(obits_lcdn, "https://www.lowcountrycourier.example/notices/", "Death Notices"))

    # 3. Greek Orthodox cathedral bulletin
    rss(feeds / "chs_annunciation_cathedral_bulletin.rss",
        dict(title="Annunciation Greek Orthodox Cathedral - Weekly Bulletin",
             link="https://www.annunciationchs.example/bulletin/",
             description="Parish news and Memory Eternal notices, Charleston, S.C.",
             built=rfc822("2026-11-22T07:05:00-05:00")),
        plain_items(obits_annunciation, "https://www.annunciationchs.example/bulletin/", "Memory Eternal"))

    # 4. Reform congregation e-bulletin
    rss(feeds / "chs_congregation_beth_or_we_mourn.rss",
        dict(title="Congregation Beth Or - We Mourn", link="https://www.bethorchs.example/community/",
             description="Notices of bereavement from the congregation's e-bulletin, Charleston, S.C.",
             built=rfc822("2026-09-14T12:05:00-04:00")),
        plain_items(obits_bethor, "https://www.bethorchs.example/community/", "We Mourn"))

    # 5. business weekly: plain text
    rss(feeds / "chs_charleston_harbor_business_weekly.rss",
        dict(title="Charleston Harbor Business Weekly", link="https://www.chsharborbiz.example/",
             description="Business news from the Charleston region", built=rfc822("2026-08-10T06:05:00-04:00")),
        plain_items(news_chbw, "https://www.chsharborbiz.example/news/", "Business"))

    # 6. TV station site: HTML descriptions
    items = []
    for it in news_wlcw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.lowcountry7.example/news/{slug(it['title'])}/{it['guid'].split('_')[-1]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Lowcountry 7 Digital Team</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "chs_wlcw_lowcountry7_local.rss",
        dict(title="WLCW Lowcountry 7 - Local News", link="https://www.lowcountry7.example/",
             description="Local news from Charleston and the Lowcountry", built=rfc822("2026-10-19T21:15:00-04:00")),
        items, NS_DC)

    # 7. small-town weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_bds.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.bdsentinel.example/{slug(it['guid'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "chs_berkeley_dorchester_sentinel.rss",
        dict(title="The Berkeley-Dorchester Sentinel - Community", link="https://www.bdsentinel.example/",
             description="Weekly newspaper of Moncks Corner and Berkeley and Dorchester counties",
             built=rfc822("2026-09-03T08:05:00-04:00")), items, NS_CONTENT)

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
        # the feature's top-level id is the alert id itself (chs_urn:oid:...), as the brief asks
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for South Carolina",
        "updated": "2026-09-26T18:00:00+00:00",
    }
    (feeds / "chs_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                            encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[12]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("chs_"), it["guid"]
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
