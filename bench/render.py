"""Render a synthetic day of FeedItems back into the documents feeds serve: RSS 2.0 for obituaries and news
(paragraphs in content:encoded, as funeral-home and newspaper feeds do) and api.weather.gov GeoJSON for
alerts, so `bench/run.py` can report feed parse throughput separately from matching.
"""

from __future__ import annotations

import html
import json
from collections.abc import Iterator, Sequence
from email.utils import format_datetime

from outreach.feeds.item import FeedItem

PER_DOCUMENT = 50  # entries per feed document, a typical page


def _chunks(items: Sequence[FeedItem], size: int) -> Iterator[Sequence[FeedItem]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def rss(items: Sequence[FeedItem], title: str) -> bytes:
    """One RSS 2.0 document with the items' paragraphs as escaped HTML in content:encoded."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">',
           (f"<channel><title>{html.escape(title)}</title><link>https://feeds.example/</link>"
            "<description>synthetic benchmark feed</description>")]
    for it in items:
        paras = "".join(f"<p>{html.escape(p)}</p>" for p in it.text.split("\n"))
        when = format_datetime(it.published) if it.published else ""
        out.append(
            f"<item><title>{html.escape(it.title)}</title><link>{html.escape(it.link or '')}</link>"
            f'<guid isPermaLink="false">{html.escape(it.item_id)}</guid><pubDate>{when}</pubDate>'
            f"<description>{html.escape(it.text.split(chr(10))[0][:300])}</description>"
            f"<content:encoded>{html.escape(paras)}</content:encoded></item>")
    out.append("</channel></rss>")
    return "\n".join(out).encode()


def geojson(items: Sequence[FeedItem]) -> bytes:
    """One api.weather.gov-style FeatureCollection of the items' alerts."""
    features = []
    for it in items:
        a = it.alert
        if a is None:
            continue
        iso = {k: (v.isoformat() if v else None) for k, v in
               (("sent", a.sent), ("effective", a.effective), ("onset", a.onset), ("expires", a.expires),
                ("ends", a.ends))}
        refs = []
        for ref in a.references:
            sender, ident, sent = ref.split(",")
            refs.append({"@id": f"https://api.weather.gov/alerts/{ident}", "identifier": ident, "sender": sender,
                         "sent": sent})
        features.append({
            "id": f"https://api.weather.gov/alerts/{a.identifier}",
            "type": "Feature",
            "geometry": {"type": "Polygon", "coordinates": [[list(p) for p in a.polygons[0]]]} if a.polygons else None,
            "properties": {
                "@id": f"https://api.weather.gov/alerts/{a.identifier}", "id": a.identifier, "areaDesc": a.area_desc,
                "geocode": {"SAME": list(a.same), "UGC": list(a.ugc)}, "references": refs, **iso,
                "status": a.status, "messageType": a.msg_type, "category": "Met", "severity": a.severity,
                "certainty": a.certainty, "urgency": a.urgency, "event": a.event, "senderName": a.sender_name,
                "headline": a.headline, "description": it.text, "instruction": None,
                "parameters": {"VTEC": list(a.vtec)} if a.vtec else {},
            },
        })
    return json.dumps({"type": "FeatureCollection", "features": features}).encode()


def documents(items: Sequence[FeedItem]) -> list[tuple[str, bytes]]:
    """(source kind, document) pairs covering every item: RSS pages per kind, GeoJSON pages of alerts."""
    docs: list[tuple[str, bytes]] = []
    for kind, source_kind in (("bereavement", "obituary"), ("news", "news")):
        group = [it for it in items if it.kind == kind]
        docs.extend((source_kind, rss(chunk, f"bench {source_kind}")) for chunk in _chunks(group, PER_DOCUMENT))
    alerts = [it for it in items if it.kind == "weather"]
    docs.extend(("weather", geojson(chunk)) for chunk in _chunks(alerts, PER_DOCUMENT))
    return docs
