"""Builders for matching tests: clients, obituary/news FeedItems and CAP alerts, written out in full."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta

from outreach.client import Client
from outreach.feeds.item import FeedItem, WeatherAlert
from outreach.match.index import RosterIndex

T0 = datetime(2026, 10, 5, 12, 0, tzinfo=UTC)


def client(cid: str, first: str, last: str, **kw) -> Client:
    defaults = {"city": "Eau Claire", "state": "WI", "postal_code": "54701", "county_fips": "55035"}
    return Client(client_id=cid, first_name=first, last_name=last, **{**defaults, **kw})


def index(*clients: Client) -> RosterIndex:
    return RosterIndex(list(clients))


def item(item_id: str, title: str, text: str, *, kind: str = "bereavement", hours: float = 0,
         source: str = "test") -> FeedItem:
    digest = hashlib.sha256(f"{title}\n{text}".encode()).hexdigest()
    return FeedItem(source=source, item_id=item_id, kind=kind, title=title, text=text,  # type: ignore[arg-type]
                    published=T0 + timedelta(hours=hours), fingerprint=digest)


def alert_item(ident: str, *, msg_type: str = "Alert", severity: str = "Severe", status: str = "Actual",
               event: str = "Tornado Warning", same: tuple[str, ...] = ("055035",), polygons=(),
               vtec: tuple[str, ...] = (), references: tuple[str, ...] = (), hours: float = 0,
               expires_in_hours: float = 1) -> FeedItem:
    sent = T0 + timedelta(hours=hours)
    alert = WeatherAlert(
        identifier=ident, event=event, severity=severity, urgency="Immediate", certainty="Observed",
        status=status, msg_type=msg_type, sent=sent, effective=sent, onset=sent,
        expires=sent + timedelta(hours=expires_in_hours), ends=None, area_desc="Eau Claire, WI",
        headline=event, sender_name="NWS Twin Cities", same=same, ugc=(), polygons=polygons, vtec=vtec,
        references=references)
    return FeedItem(source="nws", item_id=f"https://api.weather.gov/alerts/{ident}", kind="weather",
                    title=event, text=event, published=sent, fingerprint=ident, alert=alert)


def rect(lon0: float, lat0: float, lon1: float, lat1: float) -> tuple[tuple[float, float], ...]:
    """A closed (lon, lat) ring."""
    return ((lon0, lat0), (lon1, lat0), (lon1, lat1), (lon0, lat1), (lon0, lat0))
