"""The typed shape of one feed entry, shared by ingestion, matching and the store.

Coordinates are (longitude, latitude) everywhere, the order shapely and GeoJSON use;
CAP's "lat,lon" polygons are flipped on parse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from outreach.states import ItemKind, SourceKind

# What a feed's parser is told it reads: a source's kind, or "auto" (classify each entry).
FeedKind = SourceKind | Literal["auto"]


@dataclass(frozen=True)
class WeatherAlert:
    """An NWS CAP alert, normalised from api.weather.gov Atom, CAP 1.1/1.2 XML or GeoJSON."""

    identifier: str  # CAP identifier (urn:oid:... or NWS-IDP-PROD-...)
    event: str  # "Tornado Warning"
    severity: str  # Extreme | Severe | Moderate | Minor | Unknown
    urgency: str
    certainty: str
    status: str  # Actual | Exercise | System | Test | Draft
    msg_type: str  # Alert | Update | Cancel | Ack | Error
    sent: datetime | None
    effective: datetime | None
    onset: datetime | None
    expires: datetime | None
    ends: datetime | None
    area_desc: str
    headline: str
    sender_name: str
    same: tuple[str, ...] = ()  # 6-digit SAME / FIPS6 codes, e.g. "055017" (leading 0 + state+county FIPS)
    ugc: tuple[str, ...] = ()  # "WIC017", "ALZ051"
    polygons: tuple[tuple[tuple[float, float], ...], ...] = ()  # rings of (lon, lat)
    vtec: tuple[str, ...] = ()  # "/O.NEW.KMOB.TO.A.0641.251119T1806Z-251120T0100Z/"
    references: tuple[str, ...] = ()  # identifiers of the alerts this one updates or cancels


@dataclass(frozen=True)
class FeedItem:
    """One entry of one feed, cleaned: plain text for matching, sanitised HTML for display."""

    source: str  # feed source name (or the URL/path when ad hoc)
    item_id: str  # guid / Atom id / GeoJSON id; "sha256:<hex>" content fingerprint when absent
    kind: ItemKind
    title: str  # plain text
    text: str  # plain text body (tags stripped, entities decoded, whitespace folded)
    html: str = ""  # sanitised HTML (nh3), safe to show; never trusted for emails
    link: str | None = None
    published: datetime | None = None  # timezone-aware UTC
    fingerprint: str = ""  # sha256 of normalised title + text, for cross-feed de-duplication
    alert: WeatherAlert | None = None  # set when kind == "weather"
    extra: dict[str, str] = field(default_factory=dict, compare=False, hash=False)
