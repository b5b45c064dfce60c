"""SQLAlchemy tables of the outreach store; the unique keys are what make every stage idempotent.

- ``clients.client_id``: the CRM's id is the primary key, so a roster re-import updates in place.
- ``feed_items (source_id, item_id)``: a re-fetched entry is stored once (item_id is the guid, or a
  ``sha256:`` content fingerprint when the feed has none).
- ``events.event_key``: the matcher's key, so one obituary seen in two feeds is one event.
- ``matches (client_id, outreach_key)``: one outreach per client per obituary / storm / story.
- ``drafts.match_id`` and ``deliveries.draft_id``: one draft per match, one delivery per draft.

Types are portable (SQLite and PostgreSQL): JSON (JSONB on PostgreSQL), timezone-aware timestamps
that read back as UTC on both, and short strings with CHECK constraints instead of native enums (a new
status is a one-line migration). Every table and migration is kept in step by a test that compares
this metadata with the migrated schema.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any, ClassVar

import sqlalchemy as sa
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from outreach.states import (
    CallOutcome,
    Channel,
    DecisionAction,
    DeliveryState,
    DraftStatus,
    ItemKind,
    ReviewKind,
    ReviewStatus,
    SourceKind,
)

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# The CHECK constraints' value lists, from the one vocabulary (outreach.states).
SOURCE_KINDS = tuple(SourceKind)
ITEM_KINDS = tuple(ItemKind)
DRAFT_STATUSES = tuple(DraftStatus)
DECISION_ACTIONS = tuple(DecisionAction)
DELIVERY_STATES = tuple(DeliveryState)
REVIEW_KINDS = tuple(ReviewKind)
REVIEW_STATUSES = tuple(ReviewStatus)
CHANNELS = tuple(Channel)
CALL_OUTCOMES = tuple(CallOutcome)


def utcnow() -> datetime:
    return datetime.now(UTC)


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(str(v)) for v in values)})"


def _null_or_one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IS NULL OR {_one_of(column, values)}"


class UTCDateTime(sa.TypeDecorator[datetime]):
    """A timezone-aware timestamp stored in UTC; SQLite gives back naive values, so they are tagged UTC."""

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the store; use timezone-aware UTC")
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


JSONType = sa.JSON().with_variant(JSONB(), "postgresql")


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar = {datetime: UTCDateTime(), dict[str, Any]: JSONType}


class ClientRow(Base):
    """A client as last imported from the roster; ``deceased_at`` set means: no outreach, ever."""

    __tablename__ = "clients"

    client_id: Mapped[str] = mapped_column(sa.String(64), primary_key=True)
    first_name: Mapped[str] = mapped_column(sa.String(200))
    middle_name: Mapped[str] = mapped_column(sa.String(200), default="")
    last_name: Mapped[str] = mapped_column(sa.String(200))
    nickname: Mapped[str] = mapped_column(sa.String(200), default="")
    maiden_name: Mapped[str] = mapped_column(sa.String(200), default="")
    spouse_first_name: Mapped[str] = mapped_column(sa.String(200), default="")
    spouse_last_name: Mapped[str] = mapped_column(sa.String(200), default="")
    city: Mapped[str] = mapped_column(sa.String(200), default="")
    state: Mapped[str] = mapped_column(sa.String(2), default="")
    postal_code: Mapped[str] = mapped_column(sa.String(10), default="")
    county_fips: Mapped[str] = mapped_column(sa.String(5), default="", index=True)
    latitude: Mapped[float | None] = mapped_column(sa.Float)
    longitude: Mapped[float | None] = mapped_column(sa.Float)
    email: Mapped[str] = mapped_column(sa.String(320), default="")
    advisor_email: Mapped[str] = mapped_column(sa.String(320), default="")
    do_not_contact: Mapped[bool] = mapped_column(sa.Boolean, default=False)
    # Server defaults too: a bulk COPY of the older columns (bench/pipeline.py) still loads.
    phone: Mapped[str] = mapped_column(sa.String(40), default="", server_default="")  # E.164
    address_line: Mapped[str] = mapped_column(sa.String(200), default="", server_default="")
    birth_date: Mapped[date | None] = mapped_column(sa.Date)  # optional; corroborates a death notice
    deceased_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class ClientLocationRow(Base):
    """Another place of a client's (second home, business, rental), from ``locations.csv``: weather that hits
    it concerns the client as their home would. An import replaces the whole table (outreach.store.locations)."""

    __tablename__ = "client_locations"
    __table_args__ = {"sqlite_autoincrement": True}  # ids never reused: the index cache's version counts on it

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(sa.ForeignKey("clients.client_id"), index=True)
    label: Mapped[str] = mapped_column(sa.String(200), default="")
    address_line: Mapped[str] = mapped_column(sa.String(200), default="")
    city: Mapped[str] = mapped_column(sa.String(200), default="")
    state: Mapped[str] = mapped_column(sa.String(2), default="")
    postal_code: Mapped[str] = mapped_column(sa.String(10), default="")
    county_fips: Mapped[str] = mapped_column(sa.String(5), default="", index=True)
    latitude: Mapped[float | None] = mapped_column(sa.Float)
    longitude: Mapped[float | None] = mapped_column(sa.Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class FeedSourceRow(Base):
    __tablename__ = "feed_sources"
    __table_args__ = (sa.CheckConstraint(_one_of("kind", SOURCE_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(100), unique=True)
    url: Mapped[str] = mapped_column(sa.Text)
    kind: Mapped[str] = mapped_column(sa.String(20))
    enabled: Mapped[bool] = mapped_column(sa.Boolean, default=True)
    etag: Mapped[str | None] = mapped_column(sa.Text)
    last_modified: Mapped[str | None] = mapped_column(sa.String(100))  # the HTTP header, verbatim
    last_fetched_at: Mapped[datetime | None]
    last_status: Mapped[int | None]  # HTTP status of the last attempt (None: no response at all)
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    # Health (outreach.source_health): when a fetch last worked and last brought a new item, how many fetches
    # in a row have failed since, and how long this source may stay without a new item (None: its kind's default).
    last_success_at: Mapped[datetime | None]
    last_new_item_at: Mapped[datetime | None]
    consecutive_failures: Mapped[int] = mapped_column(default=0, server_default="0")
    expected_interval_hours: Mapped[float | None] = mapped_column(sa.Float)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    items: Mapped[list[FeedItemRow]] = relationship(back_populates="source")


class FeedItemRow(Base):
    __tablename__ = "feed_items"
    __table_args__ = (
        sa.UniqueConstraint("source_id", "item_id"),
        sa.CheckConstraint(_one_of("kind", ITEM_KINDS), name="kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(sa.ForeignKey("feed_sources.id"))
    item_id: Mapped[str] = mapped_column(sa.String(1024))
    fingerprint: Mapped[str] = mapped_column(sa.String(80), default="", index=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    title: Mapped[str] = mapped_column(sa.Text, default="")
    text: Mapped[str] = mapped_column(sa.Text, default="")
    html: Mapped[str] = mapped_column(sa.Text, default="")
    link: Mapped[str | None] = mapped_column(sa.Text)
    published: Mapped[datetime | None]
    fetched_at: Mapped[datetime] = mapped_column(default=utcnow)
    alert: Mapped[dict[str, Any] | None]  # the WeatherAlert as a dict, datetimes as ISO strings
    extra: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # An obituary the matcher could not read (why; None: read, or not an obituary), and when a person said
    # they had looked at it (outreach feeds unread --ack). Unacknowledged ones make their source unhealthy.
    unread_reason: Mapped[str | None] = mapped_column(sa.Text)
    unread_seen_at: Mapped[datetime | None]
    unread_seen_by: Mapped[str | None] = mapped_column(sa.String(200))

    source: Mapped[FeedSourceRow] = relationship(back_populates="items")


class EventRow(Base):
    __tablename__ = "events"
    __table_args__ = (sa.CheckConstraint(_one_of("kind", ITEM_KINDS), name="kind"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    event_key: Mapped[str] = mapped_column(sa.String(512), unique=True)
    feed_item_id: Mapped[int | None] = mapped_column(sa.ForeignKey("feed_items.id"), index=True)
    data: Mapped[dict[str, Any]] = mapped_column(default=dict)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class MatchRow(Base):
    __tablename__ = "matches"
    __table_args__ = (
        sa.UniqueConstraint("client_id", "outreach_key"),
        sa.CheckConstraint("score >= 0 AND score <= 1", name="score"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[str] = mapped_column(sa.ForeignKey("clients.client_id"))
    event_id: Mapped[int] = mapped_column(sa.ForeignKey("events.id"), index=True)
    role: Mapped[str] = mapped_column(sa.String(40))
    score: Mapped[float] = mapped_column(sa.Float)
    evidence: Mapped[str] = mapped_column(sa.Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    outreach_key: Mapped[str] = mapped_column(sa.String(512))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class DraftRow(Base):
    __tablename__ = "drafts"
    __table_args__ = (sa.CheckConstraint(_one_of("status", DRAFT_STATUSES), name="status"),
                      sa.CheckConstraint(_one_of("channel", CHANNELS), name="channel"))

    id: Mapped[int] = mapped_column(primary_key=True)
    match_id: Mapped[int] = mapped_column(sa.ForeignKey("matches.id"), unique=True)
    template: Mapped[str] = mapped_column(sa.String(200))
    to_email: Mapped[str] = mapped_column(sa.String(320), default="")
    advisor_email: Mapped[str] = mapped_column(sa.String(320), default="")
    subject: Mapped[str] = mapped_column(sa.Text, default="")
    body_text: Mapped[str] = mapped_column(sa.Text, default="")
    body_html: Mapped[str] = mapped_column(sa.Text, default="")
    status: Mapped[str] = mapped_column(sa.String(20), default="pending_review", index=True)
    channel: Mapped[str] = mapped_column(sa.String(10), default="email")  # proposed by the firm's policy
    hold_reason: Mapped[str | None] = mapped_column(sa.Text)  # status held: the cooldown rule that held it back
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)


class DecisionRow(Base):
    """Append-only audit of what a person decided about a draft, with the final text they approved."""

    __tablename__ = "decisions"
    __table_args__ = (sa.CheckConstraint(_one_of("action", DECISION_ACTIONS), name="action"),
                      sa.CheckConstraint(_null_or_one_of("channel", CHANNELS), name="channel"))

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(sa.ForeignKey("drafts.id"), index=True)
    action: Mapped[str] = mapped_column(sa.String(20))
    actor: Mapped[str] = mapped_column(sa.String(320), default="")
    decided_at: Mapped[datetime] = mapped_column(default=utcnow)
    final_subject: Mapped[str | None] = mapped_column(sa.Text)
    final_body_text: Mapped[str | None] = mapped_column(sa.Text)
    reason: Mapped[str | None] = mapped_column(sa.Text)
    source: Mapped[str] = mapped_column(sa.String(40), default="")  # e.g. "airflow-hitl", "cli"
    channel: Mapped[str | None] = mapped_column(sa.String(10))  # an approval's channel (None: the draft's)


class DeliveryRow(Base):
    """The delivery ledger: one row per message, whatever its channel; outreach.store.deliveries has the machine.

    Per channel: an e-mail's ``provider_message_id``/``sent_at``; a card's PDF (``artifact_path``,
    ``artifact_sha256``) and its print batch (``print_batch``, ``printed_at``); a call's outcome
    (``call_outcome``, ``outcome_by``, ``outcome_at``, ``outcome_note``).
    """

    __tablename__ = "deliveries"
    __table_args__ = (sa.CheckConstraint(_one_of("state", DELIVERY_STATES), name="state"),
                      sa.CheckConstraint(_one_of("channel", CHANNELS), name="channel"),
                      sa.CheckConstraint(_null_or_one_of("call_outcome", CALL_OUTCOMES), name="call_outcome"))

    id: Mapped[int] = mapped_column(primary_key=True)
    draft_id: Mapped[int] = mapped_column(sa.ForeignKey("drafts.id"), unique=True)
    state: Mapped[str] = mapped_column(sa.String(20), default="pending", index=True)
    attempts: Mapped[int] = mapped_column(default=0)
    provider_message_id: Mapped[str | None] = mapped_column(sa.String(200))
    last_error: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sending_at: Mapped[datetime | None]
    sent_at: Mapped[datetime | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    channel: Mapped[str] = mapped_column(sa.String(10), default="email")
    artifact_path: Mapped[str | None] = mapped_column(sa.Text)
    artifact_sha256: Mapped[str | None] = mapped_column(sa.String(64))
    print_batch: Mapped[str | None] = mapped_column(sa.Text)
    printed_at: Mapped[datetime | None]
    call_outcome: Mapped[str | None] = mapped_column(sa.String(20))
    outcome_by: Mapped[str | None] = mapped_column(sa.String(320))
    outcome_at: Mapped[datetime | None]
    outcome_note: Mapped[str | None] = mapped_column(sa.Text)
    # An e-mail's /mail/send request body exactly as sent (the JSON text), stored before the call: the compliance
    # archive builds the .eml from it, not from rows a later edit could change.
    request_body: Mapped[str | None] = mapped_column(sa.Text)


class ReviewRow(Base):
    """One Required Action in Airflow: the drafts it asks about, who may answer, and what became of it.

    ``(dag_id, run_id, map_index)`` is the mapped review task that asks it, known when it is planned,
    so the reconcile step can read Airflow's record of the answer whatever happened to the task.
    """

    __tablename__ = "reviews"
    __table_args__ = (
        sa.CheckConstraint(_one_of("kind", REVIEW_KINDS), name="kind"),
        sa.CheckConstraint(_one_of("status", REVIEW_STATUSES), name="status"),
        sa.UniqueConstraint("dag_id", "run_id", "map_index"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(sa.String(20))
    status: Mapped[str] = mapped_column(sa.String(20), default="planned", index=True)
    advisor_email: Mapped[str] = mapped_column(sa.String(320), default="")
    assignees: Mapped[list[dict[str, str]]] = mapped_column(JSONType, default=list)  # [{"id", "name"}]
    event_kind: Mapped[str] = mapped_column(sa.String(20), default="")
    dag_id: Mapped[str] = mapped_column(sa.String(250))
    run_id: Mapped[str] = mapped_column(sa.String(250))
    map_index: Mapped[int]
    shared_subject: Mapped[str] = mapped_column(sa.Text, default="")  # storm: the one editable message
    shared_body: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[str | None] = mapped_column(sa.String(320))
    answer: Mapped[str | None] = mapped_column(sa.String(20))  # the option chosen, or "timeout"
    recorded_from: Mapped[str | None] = mapped_column(sa.String(40))  # "task" | "reconcile"
    note: Mapped[str | None] = mapped_column(sa.Text)


class ReviewDraftRow(Base):
    """Which drafts a review asks about (a draft asked again after a lost review is in two)."""

    __tablename__ = "review_drafts"

    review_id: Mapped[int] = mapped_column(sa.ForeignKey("reviews.id"), primary_key=True)
    draft_id: Mapped[int] = mapped_column(sa.ForeignKey("drafts.id"), primary_key=True, index=True)


class ArchiveDayRow(Base):
    """A day of the compliance archive (outreach.archive), written once: append-only. The migration adds triggers
    (PostgreSQL and SQLite) that refuse UPDATE and DELETE, so the recorded manifest hash of a day cannot be changed
    to fit an altered store."""

    __tablename__ = "archive_days"

    day: Mapped[date] = mapped_column(sa.Date, primary_key=True)
    manifest_sha256: Mapped[str] = mapped_column(sa.String(64))
    messages: Mapped[int] = mapped_column(default=0)
    exported_at: Mapped[datetime] = mapped_column(default=utcnow)
