"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the blind part cmh (Columbus, Ohio).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/cmh/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/cmh/label_weather.py   (adds the weather rows)
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
import news_cobr  # noqa: E402
import news_ovw  # noqa: E402
import news_wocb  # noqa: E402
import obits_dn  # noqa: E402
import obits_ess  # noqa: E402
import obits_fh  # noqa: E402
import obits_scv  # noqa: E402
from roster_data import BLANK_COORDS, COORD_OVERRIDES, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AREA = {"43055": "740", "43015": "740"}
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_fh, obits_dn, obits_ess, obits_scv)
NEWS_MODULES = (news_cobr, news_wocb, news_ovw)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"cmh{cid}{k}".encode()).hexdigest()[:8], 16)
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
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"({AREA.get(zp, '614')}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": adv,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
        })
    rows.sort(key=lambda r: r["client_id"])
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    emails = [r["email"] for r in rows]
    assert len(emails) == len(set(emails)), "duplicate e-mail"
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:   # couples linked both ways when both are clients
        sp = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if sp:
            assert (sp["spouse_first_name"], sp["spouse_last_name"]) == (r["first_name"], r["last_name"]), r["client_id"]
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


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: permalink guids, one-sentence description, HTML in content:encoded
    items = []
    for it in obits_fh.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n<link>{it['guid'].replace('/cmh_', '/')}</link>\n"
            f'<guid isPermaLink="false">{it["guid"][len(obits_fh.BASE) - 4:]}</guid>\n'
            f"<pubDate>{rfc822(it['pub'])}</pubDate>\n"
            f"<dc:creator>Alum Creek &amp; Scioto Family Funeral Chapels</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>"
            f"{html(it['body'])}</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "cmh_alum_creek_scioto_funeral_chapels.rss",
        dict(title="Alum Creek & Scioto Family Funeral Chapels - Obituaries",
             link="https://www.alumcreekscioto.example/obituaries/",
             description="Obituaries: Westerville, Grove City, Hilliard and Reynoldsburg chapels",
             built=rfc822("2026-09-16T09:00:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first headings, plain text
    items = []
    for it in obits_dn.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://deathnotices.courierledger.example/{it['guid'][4:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "cmh_courier_ledger_death_notices.rss",
        dict(title="The Columbus Courier-Ledger - Death Notices", link="https://deathnotices.courierledger.example/",
             description="Paid death notices, Columbus and central Ohio",
             built=rfc822("2026-11-06T06:05:00-05:00")), items)

    # 3. community weekly homegoings, plain text
    items = []
    for it in obits_ess.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://eastsidesentinel.example/homegoings/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Homegoings</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "cmh_east_side_sentinel_homegoings.rss",
        dict(title="The East Side Sentinel - Homegoings", link="https://eastsidesentinel.example/",
             description="Homegoing notices from the churches of Columbus's Near East Side",
             built=rfc822("2026-08-26T07:05:00-04:00")), items)

    # 4. Somali community news site: teaser description, HTML in content:encoded
    items = []
    for it in obits_scv.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://somalicommunityvoice.example/tacsi/{it['guid'][4:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Tacsi / Condolences</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "cmh_somali_community_voice_tacsi.rss",
        dict(title="Columbus Somali Community Voice - Tacsi", link="https://somalicommunityvoice.example/",
             description="Condolence notices from the Somali community of central Ohio",
             built=rfc822("2026-09-19T18:05:00-04:00")), items, NS_CONTENT)

    # 5. business weekly, plain text
    items = []
    for it in news_cobr.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.cobusinessrecord.example/news/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "cmh_central_ohio_business_record.rss",
        dict(title="Central Ohio Business Record", link="https://www.cobusinessrecord.example/",
             description="Business news from Columbus and central Ohio",
             built=rfc822("2026-08-20T06:05:00-04:00")), items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_wocb.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://www.ohio7news.example/local/{slug(it['title'])}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<dc:creator>Ohio 7 News Digital</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "cmh_wocb_ohio7_local_news.rss",
        dict(title="WOCB Ohio 7 News - Local", link="https://www.ohio7news.example/",
             description="Local news from Columbus and central Ohio", built=rfc822("2026-10-19T17:10:00-04:00")),
        items, NS_DC)

    # 7. small-town weekly: teaser description, HTML in content:encoded
    items = []
    for it in news_ovw.ITEMS:
        items.append(
            f"<item>\n<title>{escape(it['title'])}</title>\n"
            f"<link>https://olentangylickingweekly.example/{it['guid'][4:]}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
            f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "cmh_olentangy_licking_weekly.rss",
        dict(title="Olentangy & Licking Valley Weekly", link="https://olentangylickingweekly.example/",
             description="Community news: Delaware, Westerville, Newark and Heath",
             built=rfc822("2026-10-08T08:05:00-04:00")), items, NS_CONTENT)

    # 8. NWS alerts, api.weather.gov /alerts/active GeoJSON; feature ids are 'cmh_urn:oid:...'
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
        "title": "Current watches, warnings, and advisories for Ohio",
        "updated": "2026-07-21T20:10:00-04:00",
    }
    (feeds / "cmh_nws_alerts_oh_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                       encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                guid = it["guid"][len(obits_fh.BASE) - 4:] if mod is obits_fh else it["guid"]
                assert guid.startswith("cmh_"), guid
                assert guid not in guids, guid
                guids.add(guid)
                for cid, role in it["gold"]:
                    assert cid in roster_ids, cid
                    assert cid not in dnc, cid
                    rows.append((cid, guid, kind, role))
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
