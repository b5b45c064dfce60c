"""Write roster.csv, feeds/* and the hand-labelled obituary/news rows of gold.csv for part bkx.

Run from the repository root:
  /work/main/.venv/bin/python tests/eval/parts/bkx/build/make_feeds.py
  /work/main/.venv/bin/python tests/eval/parts/bkx/build/label_weather.py   (adds the weather rows)
Adapted from independent4/build/make_feeds.py.
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
from roster_data import ADV_BY_CITY, NO_PHONE, R  # noqa: E402

HEADER = ["client_id", "first_name", "middle_name", "last_name", "nickname", "maiden_name", "spouse_first_name",
          "spouse_last_name", "city", "state", "postal_code", "county_fips", "latitude", "longitude", "email",
          "advisor_email", "do_not_contact", "phone", "address_line", "birth_date"]
AF = addfips.AddFIPS()


def jitter(cid: str, k: str) -> float:
    h = int(hashlib.md5(f"bkx{cid}{k}".encode()).hexdigest()[:8], 16)
    return (h / 0xFFFFFFFF - 0.5) * 0.008   # +/- 0.004 degree


def write_roster() -> None:
    rows, seen_phone = [], {}
    for (cid, first, middle, last, nick, maiden, spf, spl, city, st, zp, birth, street, dnc) in R:
        z = zipcodes.matching(zp)[0]
        assert z["state"] == st, (cid, zp)
        fips = AF.get_county_fips(z["county"], state=st)
        lat = round(float(z["lat"]) + jitter(cid, "lat"), 4)
        lon = round(float(z["long"]) + jitter(cid, "lon"), 4)
        household = f"{street}|{zp}|{spl}"
        if cid in NO_PHONE:
            phone = ""
        elif street and household in seen_phone:
            phone = seen_phone[household]
        else:
            phone = f"(605) 555-01{int(cid[3:]):02d}"
            seen_phone[household] = phone
        local = re.sub(r"[^a-z.]", "", f"{first}.{re.sub(r' (Jr|Sr)[.]$', '', last)}".lower().replace(" ", ""))
        rows.append({
            "client_id": cid, "first_name": first, "middle_name": middle, "last_name": last, "nickname": nick,
            "maiden_name": maiden, "spouse_first_name": spf, "spouse_last_name": spl, "city": city, "state": st,
            "postal_code": zp, "county_fips": fips, "latitude": f"{lat:.4f}", "longitude": f"{lon:.4f}",
            "email": f"{local}@mail.example", "advisor_email": ADV_BY_CITY[city],
            "do_not_contact": "true" if dnc else "false", "phone": phone, "address_line": street,
            "birth_date": birth,
        })
    assert len({r["client_id"] for r in rows}) == len(rows)
    assert len({r["email"] for r in rows}) == len(rows)
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


def rss(name: str, title: str, link: str, desc: str, built: str, items: list[str], ns: str = "") -> None:
    head = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"{ns}>\n<channel>\n'
            f"<title>{escape(title)}</title>\n<link>{escape(link)}</link>\n"
            f"<description>{escape(desc)}</description>\n<language>en-us</language>\n"
            f"<lastBuildDate>{rfc822(built)}</lastBuildDate>\n")
    (PART / "feeds" / name).write_text(head + "".join(items) + "</channel>\n</rss>\n", encoding="utf-8")


def item(it: dict, link: str, extra: str, desc: str, content: str | None = None) -> str:
    s = (f"<item>\n<title>{escape(it['title'])}</title>\n<link>{escape(link)}</link>\n"
         f'<guid isPermaLink="false">{it["guid"]}</guid>\n<pubDate>{rfc822(it["pub"])}</pubDate>\n{extra}'
         f"<description>{escape(desc)}</description>\n")
    if content is not None:
        s += f"<content:encoded><![CDATA[{content}]]></content:encoded>\n"
    return s + "</item>\n"


def write_feeds() -> None:
    feeds = PART / "feeds"
    feeds.mkdir(exist_ok=True)
    for old in feeds.iterdir():
        old.unlink()
    # obituaries
    rss("bkx_brookings_prairie_register_obituaries.rss", "Brookings Prairie Register - Obituaries",
        "https://www.brookingsprairieregister.example/obituaries", "Obituaries from the Brookings Prairie Register",
        "2026-10-27T06:05:00-05:00",
        [item(it, f"https://www.brookingsprairieregister.example/obituaries/{slug(it['title'])}-{it['guid'][-6:]}",
              "<category>Obituaries</category>\n", it["body"].strip()) for it in obits.REGISTER])
    rss("bkx_lakeside_prairie_funeral_chapels.rss", "Lakeside & Prairie Funeral Chapels - Obituaries",
        "https://www.lakesideprairiechapels.example/obituaries", "Obituaries: Watertown and Madison, South Dakota",
        "2026-09-11T12:05:00-05:00",
        [item(it, f"https://www.lakesideprairiechapels.example/obituary/{slug(it['title'].split(' (')[0])}",
              "<dc:creator>Lakeside &amp; Prairie Funeral Chapels</dc:creator>\n", first_sentence(it["body"]),
              f'<div class="obituary"><h2>{escape(it["title"])}</h2>{html(it["body"])}</div>')
         for it in obits.FUNERAL_HOME], NS_CONTENT + NS_DC)
    rss("bkx_first_lutheran_brookings_bulletin.rss", "First Lutheran Church, Brookings - In Our Prayers",
        "https://www.firstlutheranbrookings.example/bulletin", "Prayer and remembrance notes from the weekly bulletin",
        "2026-09-27T07:05:00-05:00",
        [item(it, f"https://www.firstlutheranbrookings.example/bulletin/{it['guid']}",
              "<category>Prayer &amp; Remembrance</category>\n", it["body"].strip()) for it in obits.BULLETIN])
    rss("bkx_dakota_death_notices.rss", "Dakota Death Notices", "https://notices.dakotadeath.example/",
        "Paid death notices: Brookings, Kingsbury, Lake, Codington and Deuel counties", "2026-11-09T07:05:00-06:00",
        [item(it, f"https://notices.dakotadeath.example/{it['guid']}", "<category>Death Notices</category>\n",
              it["body"].strip()) for it in obits.NOTICES])
    # news
    rss("bkx_kdks_dakota7_local_news.rss", "Dakota 7 News KDKS - Local", "https://www.dakota7news.example/",
        "Local news from eastern South Dakota", "2026-10-02T21:10:00-05:00",
        [item(it, f"https://www.dakota7news.example/news/{slug(it['title'])}", "<dc:creator>Dakota 7 News</dc:creator>\n",
              html(it["body"])) for it in news.TV], NS_DC)
    rss("bkx_lake_area_leader_news.rss", "The Lake Area Leader", "https://www.lakearealeader.example/",
        "Weekly news from Madison, Arlington and Watertown", "2026-10-15T08:05:00-05:00",
        [item(it, f"https://www.lakearealeader.example/news/{it['guid']}", "<category>Local</category>\n",
              it["body"].strip()) for it in news.WEEKLY])
    rss("bkx_brookings_area_neighbors.rss", "Brookings Area Neighbors", "https://brookingsneighbors.example/",
        "Community, school, church and SDSU news for Brookings and Volga", "2026-09-06T09:05:00-05:00",
        [item(it, f"https://brookingsneighbors.example/{it['guid']}", "<category>Community</category>\n",
              first_sentence(it["body"]), html(it["body"])) for it in news.NEWSLETTER], NS_CONTENT)
    # NWS alerts
    by_id = {a["id"]: a for a in alerts_data.ALERTS}
    features = []
    for a in alerts_data.ALERTS:
        refs = [{"@id": f"https://api.weather.gov/alerts/{r}", "identifier": r, "sender": "w-nws.webmaster@noaa.gov",
                 "sent": by_id[r]["sent"]} for r in a["references"]]
        params = {"AWIPSidentifier": [a["awips"]],
                  "WMOidentifier": [f"{a['wmo']} {a['office']} {datetime.fromisoformat(a['sent']).strftime('%d%H%M')}"],
                  "NWSheadline": [a["headline"].upper()], "BLOCKCHANNEL": ["EAS", "NWEM", "CMAS"],
                  "eventEndingTime": [a["ends"]], "VTEC": [a["vtec"]]}
        params.update(a.get("extra", {}))
        props = {"@id": f"https://api.weather.gov/alerts/{a['id']}", "@type": "wx:Alert", "id": a["id"],
                 "areaDesc": a["areaDesc"], "geocode": {"SAME": a["SAME"], "UGC": a["UGC"]},
                 "affectedZones": [f"https://api.weather.gov/zones/county/{u}" for u in a["UGC"]],
                 "references": refs, "sent": a["sent"], "effective": a["sent"], "onset": a["onset"],
                 "expires": a["expires"], "ends": a["ends"], "status": a["status"], "messageType": a["messageType"],
                 "category": "Met", "severity": a["severity"], "certainty": a["certainty"], "urgency": a["urgency"],
                 "event": a["event"], "sender": "w-nws.webmaster@noaa.gov", "senderName": a["senderName"],
                 "headline": a["headline"], "description": a["description"], "instruction": a["instruction"],
                 "response": a["response"], "parameters": params}
        features.append({"id": f"https://api.weather.gov/alerts/{a['id']}", "type": "Feature",
                         "geometry": a["geometry"], "properties": props})
    doc = {"@context": ["https://geojson.org/geojson-ld/geojson-context.jsonld",
                        {"@version": "1.1", "wx": "https://api.weather.gov/ontology#",
                         "@vocab": "https://api.weather.gov/ontology#"}],
           "type": "FeatureCollection", "features": features,
           "title": "Current watches, warnings, and advisories for the United States",
           "updated": "2026-07-16T01:30:00+00:00"}
    (feeds / "bkx_nws_alerts_active_2026.json").write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


def write_hand_gold() -> None:
    ids = {r[0] for r in R}
    dnc = {r[0] for r in R if r[13]}
    rows, guids = [], set()
    for mod, kind in ((obits, "bereavement"), (news, "news")):
        for feed in mod.FEEDS.values():
            for it in feed:
                assert it["guid"].startswith("bkx_") and it["guid"] not in guids, it["guid"]
                guids.add(it["guid"])
                for cid, role in it["gold"]:
                    assert cid in ids and cid not in dnc, cid
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
