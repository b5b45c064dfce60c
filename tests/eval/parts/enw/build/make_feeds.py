"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the enw part (southeast Wisconsin).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/enw/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/enw/build/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text (obits.py, news.py).
Adapted from the pattern of tests/eval/independent4/build/make_feeds.py.
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
import news  # noqa: E402
import obits  # noqa: E402
from roster_data import ADV, BLANK_COORDS, NO_BIRTH, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AREA = "262"
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"enw{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.\-]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}" if street else cid
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"({AREA}) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@lakemail.example", "advisor_email": ADV,
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": "" if cid in NO_BIRTH else birth,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
    # households linked both ways
    by_name = {(r["first_name"], r["last_name"]): r for r in rows}
    for r in rows:
        sp = by_name.get((r["spouse_first_name"], r["spouse_last_name"]))
        if sp:
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


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def rss(path: Path, channel: dict, items: list[str], namespaces: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{namespaces}>\n<channel>\n'
            f"<title>{escape(channel['title'])}</title>\n<link>{escape(channel['link'])}</link>\n"
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. Kenosha daily newspaper obituaries, plain text
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.kenoshalakeshoreledger.example/obituaries/{slug(it['title'])}/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in obits.LEDGER]
    rss(feeds / "enw_kenosha_lakeshore_ledger_obituaries.rss",
        dict(title="Kenosha Lakeshore Ledger - Obituaries", link="https://www.kenoshalakeshoreledger.example/obituaries",
             description="Obituaries from Kenosha, Pleasant Prairie, Somers, Bristol and the lakes",
             built=rfc822("2026-08-14T05:35:00-05:00")), items)

    # 2. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.strandpfeifferfh.example/obituaries/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>Strand &amp; Pfeiffer Funeral Homes</dc:creator>\n"
        f"<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[<div class=\"obit\"><h2>{escape(it['title'])}</h2>{html(it['body'])}</div>]]>"
        f"</content:encoded>\n</item>\n"
        for it in obits.FH]
    rss(feeds / "enw_strand_pfeiffer_funeral_homes.rss",
        dict(title="Strand & Pfeiffer Funeral Homes - Obituaries", link="https://www.strandpfeifferfh.example/obituaries",
             description="Obituaries: Racine (Northside and West Racine chapels) and Burlington, Wis.",
             built=rfc822("2026-09-29T09:05:00-05:00")), items, NS_CONTENT + NS_DC)

    # 3. paid death notices, surname-first headings, plain text
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://notices.sewisconsinlegacy.example/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in obits.NOTICES]
    rss(feeds / "enw_southeast_wisconsin_death_notices.rss",
        dict(title="Southeast Wisconsin Death Notices", link="https://notices.sewisconsinlegacy.example/",
             description="Paid death notices: Milwaukee, Racine, Kenosha and Walworth counties",
             built=rfc822("2026-08-03T05:05:00-05:00")), items)

    # 4. TV station site: HTML descriptions
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.lakeshore12.example/news/local/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<dc:creator>Lakeshore 12 Digital Staff</dc:creator>\n"
        f"<description>{escape(html(it['body']))}</description>\n</item>\n"
        for it in news.TV]
    rss(feeds / "enw_lakeshore12_wlkz_local.rss",
        dict(title="Lakeshore 12 WLKZ - Local News", link="https://www.lakeshore12.example/",
             description="Local news from Racine, Kenosha and southeast Wisconsin",
             built=rfc822("2026-07-20T12:10:00-05:00")), items, NS_DC)

    # 5. business paper: plain text
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://www.rkbizreview.example/{it['guid']}/{slug(it['title'])}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n"
        for it in news.BIZ]
    rss(feeds / "enw_racine_kenosha_business_review.rss",
        dict(title="Racine-Kenosha Business Review", link="https://www.rkbizreview.example/",
             description="Business news from Racine and Kenosha counties",
             built=rfc822("2026-07-15T06:05:00-05:00")), items)

    # 6. community weekly / newsletter: teaser description, HTML in content:encoded
    items = [
        f"<item>\n<title>{escape(it['title'])}</title>\n"
        f"<link>https://neighbors-kwr.example/{it['guid']}</link>\n"
        f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n'
        f"<category>Community</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
        f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n"
        for it in news.NBR]
    rss(feeds / "enw_kenosha_western_racine_neighbors.rss",
        dict(title="Kenosha & Western Racine County Neighbors", link="https://neighbors-kwr.example/",
             description="Community news, schools, milestones: Kenosha County, Burlington and western Racine County",
             built=rfc822("2026-06-18T08:05:00-05:00")), items, NS_CONTENT)

    # 7. NWS alerts, api.weather.gov /alerts/active GeoJSON
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
            "VTEC": [a["vtec"]],
        }
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
        # the brief asks every alert id to start with "enw_": the feature id is the alert id itself
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                      "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Wisconsin",
        "updated": "2026-07-09T21:15:00+00:00",
    }
    (feeds / "enw_nws_alerts_active_wi_2026.json").write_text(json.dumps(doc, indent=1, ensure_ascii=False) + "\n",
                                                              encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mod, kind in ((obits, "bereavement"), (news, "news")):
        for it in mod.ITEMS:
            assert it["guid"].startswith("enw_") and it["guid"] not in guids, it["guid"]
            guids.add(it["guid"])
            for cid, role in it["gold"]:
                assert cid in roster_ids and cid not in dnc, cid
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
