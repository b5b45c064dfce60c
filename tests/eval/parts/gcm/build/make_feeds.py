"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for the gcm part (southwest Kansas).

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/gcm/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/gcm/build/label_weather.py   (adds the weather rows)
Pattern: tests/eval/independent4/build/make_feeds.py, adapted.
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
import news_courier  # noqa: E402
import news_kswk  # noqa: E402
import news_newsletter  # noqa: E402
import obits_bulletin  # noqa: E402
import obits_hpdn  # noqa: E402
import obits_prfc  # noqa: E402
import obits_sps  # noqa: E402
from roster_data import ADV, ADV_LIB, BLANK_COORDS, COORD_OVERRIDES, LIBERAL, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_sps, obits_prfc, obits_bulletin, obits_hpdn)
NEWS_MODULES = (news_kswk, news_courier, news_newsletter)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"gcm{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def email_local(first: str, last: str) -> str:
    return re.sub(r"[^a-z.]", "", f"{first}.{last}".lower().replace(" ", ""))


def write_roster() -> None:
    rows = []
    seen_phone: dict[str, str] = {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
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
            phone = f"(620) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = email_local(first, re.sub(r" (Jr\.|Sr\.|III)$", "", last))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips,
            "latitude": "" if cid in BLANK_COORDS else f"{lat:.4f}",
            "longitude": "" if cid in BLANK_COORDS else f"{lon:.4f}",
            "email": f"{local}@plainsmail.example", "advisor_email": ADV_LIB if cid in LIBERAL else ADV,
            "do_not_contact": "true" if dnc else "false", "birth_date": birth,
            "phone": phone, "address_line": street,
        })
    ids = [r["client_id"] for r in rows]
    assert len(ids) == len(set(ids))
    assert len({r["email"] for r in rows}) == len(rows), "duplicate e-mail"
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


def item(it: dict, link: str, extra: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n{extra}</item>\n')


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. newspaper obituaries, plain text
    items = [item(it, f"https://www.swplainssentinel.example/obituaries/{slug(it['title'])}-{it['guid'][-12:]}",
                  f"<category>Obituaries</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in obits_sps.ITEMS]
    rss(feeds / "gcm_sw_plains_sentinel_obituaries.rss",
        dict(title="Southwest Plains Sentinel - Obituaries", link="https://www.swplainssentinel.example/obituaries",
             description="Obituaries from Garden City, Dodge City, Liberal and southwest Kansas",
             built=rfc822("2026-04-16T06:05:00-05:00")), items)

    # 2. funeral home: one-sentence plain description + HTML content:encoded
    items = [item(it, f"https://www.prairierosechapels.example/obituary/{slug(it['title'])}",
                  f"<description>{escape(first_sentence(it['body']))}</description>\n"
                  f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n")
             for it in obits_prfc.ITEMS]
    rss(feeds / "gcm_prairie_rose_funeral_chapels.rss",
        dict(title="Prairie Rose Funeral Chapels - Obituaries", link="https://www.prairierosechapels.example/",
             description="Garden City - Dodge City - Liberal", built=rfc822("2026-06-02T09:35:00-05:00")),
        items, NS_CONTENT)

    # 3. parish bulletins, plain text
    items = [item(it, f"https://www.olgcathedral-stanthony.example/bulletin/{it['guid'][-14:]}",
                  f"<description>{escape(it['body'].strip())}</description>\n") for it in obits_bulletin.ITEMS]
    rss(feeds / "gcm_parish_bulletins.rss",
        dict(title="Parish Bulletin - Cathedral of Our Lady of Guadalupe, Dodge City / St. Anthony of Padua, Liberal",
             link="https://www.olgcathedral-stanthony.example/bulletin",
             description="Prayer requests and Mass intentions", built=rfc822("2026-04-19T07:00:00-05:00")), items)

    # 4. paid death notices, plain text, surname-first titles
    items = [item(it, f"https://notices.highplains.example/{it['guid']}",
                  f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in obits_hpdn.ITEMS]
    rss(feeds / "gcm_high_plains_death_notices.rss",
        dict(title="High Plains Death Notices", link="https://notices.highplains.example/",
             description="Paid death notices, western Kansas", built=rfc822("2026-05-21T07:00:00-05:00")), items)

    # 5. TV station site: HTML descriptions
    items = [item(it, f"https://www.kswk11.example/news/local/{slug(it['title'])}",
                  f"<dc:creator>KSWK 11 News Staff</dc:creator>\n<description>{escape(html(it['body']))}</description>\n")
             for it in news_kswk.ITEMS]
    rss(feeds / "gcm_kswk11_local_news.rss",
        dict(title="KSWK 11 News - Local", link="https://www.kswk11.example/",
             description="News from Garden City, Dodge City and Liberal", built=rfc822("2026-06-01T18:00:00-05:00")),
        items, NS_DC)

    # 6. weekly paper: plain text
    items = [item(it, f"https://www.highplainscourier.example/{it['guid']}",
                  f"<category>Local</category>\n<description>{escape(it['body'].strip())}</description>\n")
             for it in news_courier.ITEMS]
    rss(feeds / "gcm_high_plains_courier.rss",
        dict(title="High Plains Courier", link="https://www.highplainscourier.example/",
             description="Weekly news: Garden City, Liberal, Ulysses", built=rfc822("2026-05-07T08:05:00-05:00")), items)

    # 7. community newsletter: teaser + HTML content:encoded
    items = [item(it, f"https://finneyneighbors.example/{it['guid']}",
                  f"<description>{escape(first_sentence(it['body']))}</description>\n"
                  f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n")
             for it in news_newsletter.ITEMS]
    rss(feeds / "gcm_finney_county_neighbors.rss",
        dict(title="Finney County Neighbors", link="https://finneyneighbors.example/",
             description="Community newsletter", built=rfc822("2026-07-29T09:05:00-05:00")), items, NS_CONTENT)

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
        # the feature id starts with gcm_ (brief), and equals properties.id
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for Kansas",
        "updated": "2026-05-19T23:30:00+00:00",
    }
    (feeds / "gcm_nws_alerts_active_ks_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                              encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("gcm_"), it["guid"]
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
