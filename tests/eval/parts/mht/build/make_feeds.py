"""Write roster.csv, feeds/* and the hand-labelled rows of gold.csv for part mht (no network).

Run from the repository root: /work/main/.venv/bin/python tests/eval/parts/mht/build/make_feeds.py
then: /work/main/.venv/bin/python tests/eval/parts/mht/label_weather.py   (adds the weather rows)
The obituary and news labels are the `gold=` lists written by hand next to each text.
(Adapted from tests/eval/independent4/build/make_feeds.py.)
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
import news_banner  # noqa: E402
import news_gbr  # noqa: E402
import news_wnhx  # noqa: E402
import obits_lgfh  # noqa: E402
import obits_mvc  # noqa: E402
import obits_ncv  # noqa: E402
import obits_stm  # noqa: E402
from roster_data import BLANK_COORDS, COORD_OVERRIDES, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "birth_date", "phone", "address_line"]
AF = addfips.AddFIPS()
OBIT_MODULES = (obits_lgfh, obits_mvc, obits_stm, obits_ncv)
NEWS_MODULES = (news_gbr, news_wnhx, news_banner)


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"mht{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.010   # +/- 0.005 degree (< 600 m)


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
            n = int(cid[3:]) % 100
            phone = f"(603) 555-01{n:02d}"
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
            f"<description>{escape(channel['description'])}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{channel['built']}</lastBuildDate>\n")
    path.write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


NS_CONTENT = ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
NS_DC = ' xmlns:dc="http://purl.org/dc/elements/1.1/"'


def item_head(it: dict, link: str) -> str:
    return (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
            f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n')


def write_feeds() -> None:
    feeds = SPLIT / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()

    # 1. funeral-home site: HTML in content:encoded, one-sentence plain description
    items = []
    for it in obits_lgfh.ITEMS:
        name = slug(it["title"].split(",")[0])
        items.append(
            item_head(it, f"https://www.lambertgosselinfh.example/obituary/{name}")
            + "<dc:creator>Lambert-Gosselin Funeral Home</dc:creator>\n"
            f"<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[<div class=\"obit\"><h1>{escape(it['title'])}</h1>"
            f"{html(it['body'])}<p class=\"fh-sign\">Lambert-Gosselin Funeral Home, Manchester &amp; Hooksett</p>"
            f"</div>]]></content:encoded>\n</item>\n")
    rss(feeds / "mht_lambert_gosselin_funeral_home.rss",
        dict(title="Lambert-Gosselin Funeral Home - Obituaries", link="https://www.lambertgosselinfh.example/obituaries",
             description="Obituaries from the Manchester and Hooksett chapels",
             built=rfc822("2026-04-22T10:05:00-04:00")), items, NS_CONTENT + NS_DC)

    # 2. newspaper paid death notices, surname-first headings, plain text
    items = []
    for it in obits_mvc.ITEMS:
        items.append(
            item_head(it, f"https://www.mvcourier.example/deathnotices/{it['guid'][-20:]}")
            + f"<category>Death Notices</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "mht_merrimack_valley_courier_death_notices.rss",
        dict(title="The Merrimack Valley Courier - Death Notices", link="https://www.mvcourier.example/deathnotices",
             description="Paid death notices, Manchester and Nashua, N.H.",
             built=rfc822("2026-07-02T05:35:00-04:00")), items)

    # 3. Franco-American parish bulletin, plain text
    items = []
    for it in obits_stm.ITEMS:
        items.append(
            item_head(it, f"https://www.stemarie-staugustin.example/bulletin/{it['guid'][8:]}")
            + f"<category>Priez pour nos défunts</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "mht_ste_marie_st_augustin_bulletin.rss",
        dict(title="Paroisses Ste-Marie et St-Augustin - Bulletin", link="https://www.stemarie-staugustin.example/bulletin",
             description="Weekly bulletin of the Franco-American parishes of Manchester's West Side",
             built=rfc822("2026-08-09T07:05:00-04:00")), items)

    # 4. community paper: HTML in description
    items = []
    for it in obits_ncv.ITEMS:
        items.append(
            item_head(it, f"https://nhcommunityvoice.example/in-memoriam/{slug(it['title'])}")
            + f"<category>In Memoriam</category>\n<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "mht_nh_community_voice_in_memoriam.rss",
        dict(title="New Hampshire Community Voice - In Memoriam", link="https://nhcommunityvoice.example/",
             description="Greek-American and New American community news, Manchester, Nashua and Concord",
             built=rfc822("2026-07-10T12:05:00-04:00")), items)

    # 5. business weekly: plain text
    items = []
    for it in news_gbr.ITEMS:
        items.append(
            item_head(it, f"https://www.granitebizreview.example/news/{slug(it['title'])}")
            + f"<category>Business</category>\n<description>{escape(it['body'].strip())}</description>\n</item>\n")
    rss(feeds / "mht_granite_business_review.rss",
        dict(title="Granite Business Review", link="https://www.granitebizreview.example/",
             description="Business news from southern New Hampshire", built=rfc822("2026-05-05T06:05:00-04:00")),
        items)

    # 6. TV station: HTML descriptions
    items = []
    for it in news_wnhx.ITEMS:
        items.append(
            item_head(it, f"https://www.wnhx5.example/local/{slug(it['title'])}")
            + "<dc:creator>WNHX News 5 Digital Team</dc:creator>\n"
            f"<description>{escape(html(it['body']))}</description>\n</item>\n")
    rss(feeds / "mht_wnhx_news5_local.rss",
        dict(title="WNHX News 5 - Local News", link="https://www.wnhx5.example/",
             description="Local news from Manchester, Nashua, Concord and the Seacoast",
             built=rfc822("2026-07-22T21:45:00-04:00")), items, NS_DC)

    # 7. small-town papers: teaser description, HTML in content:encoded
    items = []
    for it in news_banner.ITEMS:
        items.append(
            item_head(it, f"https://hooksettgoffstownbanner.example/{slug(it['title'])}")
            + f"<category>Local</category>\n<description>{escape(first_sentence(it['body']))}</description>\n"
            f"<content:encoded><![CDATA[{html(it['body'])}]]></content:encoded>\n</item>\n")
    rss(feeds / "mht_hooksett_goffstown_banner.rss",
        dict(title="The Hooksett-Goffstown Banner & Derry Weekly", link="https://hooksettgoffstownbanner.example/",
             description="Community news for Hooksett, Goffstown and Derry", built=rfc822("2026-08-13T08:05:00-04:00")),
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
        features.append({"id": a["id"], "type": "Feature", "geometry": a["geometry"], "properties": props})
    doc = {
        "@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                     {"@version": "1.1", "wx": "https://api.weather.gov/ontology#", "@vocab": "https://api.weather.gov/ontology#"}],
        "type": "FeatureCollection", "features": features,
        "title": "Current watches, warnings, and advisories for New Hampshire",
        "updated": "2026-07-22T20:00:00+00:00",
    }
    (feeds / "mht_nws_alerts_nh_2026.json").write_text(json.dumps(doc, indent=2, ensure_ascii=False) + "\n",
                                                        encoding="utf-8")


def write_hand_gold() -> None:
    roster_ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows = []
    guids = set()
    for mods, kind in ((OBIT_MODULES, "bereavement"), (NEWS_MODULES, "news")):
        for mod in mods:
            for it in mod.ITEMS:
                assert it["guid"].startswith("mht_"), it["guid"]
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
