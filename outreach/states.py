"""The closed vocabularies the store, the pipeline, review and the DAGs share: feed kinds and every status.

Each is a ``StrEnum``: members are the strings stored in the database (the store's CHECK constraints are
built from them), so a member compares equal to the stored text and a typo is an AttributeError, not a
silent mismatch.
"""

from __future__ import annotations

from enum import StrEnum


class SourceKind(StrEnum):
    """What a feed source publishes; the fetch DAGs and the assets are one per kind."""

    OBITUARY = "obituary"
    WEATHER = "weather"
    NEWS = "news"

    @property
    def item_kind(self) -> ItemKind:
        """The kind of event an item of this source is (an obituary is a bereavement)."""
        return _ITEM_KIND_OF[self]


class ItemKind(StrEnum):
    """What a feed item (and the event read from it) is about; the kind a match and its draft carry."""

    BEREAVEMENT = "bereavement"
    WEATHER = "weather"
    NEWS = "news"

    @property
    def source_kind(self) -> SourceKind:
        """The kind of source that publishes items of this kind."""
        return next(s for s, i in _ITEM_KIND_OF.items() if i is self)


_ITEM_KIND_OF = {SourceKind.OBITUARY: ItemKind.BEREAVEMENT, SourceKind.WEATHER: ItemKind.WEATHER,
                 SourceKind.NEWS: ItemKind.NEWS}


def source_kind(value: str) -> SourceKind:
    """A source kind from its name or the kind of item it publishes ("bereavement" -> obituary).

    Raises ValueError naming the accepted kinds.
    """
    text = value.strip().lower()
    if text in SourceKind.__members__.values():
        return SourceKind(text)
    if text in ItemKind.__members__.values():
        return ItemKind(text).source_kind
    raise ValueError(f"unknown feed kind {value!r}; expected one of {', '.join(SourceKind)}")


class DraftStatus(StrEnum):
    PENDING_REVIEW = "pending_review"
    APPROVED = "approved"
    REJECTED = "rejected"
    SNOOZED = "snoozed"
    EXPIRED = "expired"
    SENT = "sent"
    SUPPRESSED = "suppressed"  # the client may not be written to (deceased, do-not-contact, no address)
    HELD = "held"  # held back by the firm's cooldown (drafts.hold_reason says which rule); never asked for review


# Drafts that could still go out.
OPEN_DRAFT_STATUSES = (DraftStatus.PENDING_REVIEW, DraftStatus.APPROVED, DraftStatus.SNOOZED)


class DecisionAction(StrEnum):
    APPROVE = "approve"
    REJECT = "reject"
    SNOOZE = "snooze"
    EXPIRE = "expire"

    @property
    def draft_status(self) -> DraftStatus:
        """The status a draft takes when this decision is recorded."""
        return DraftStatus(_STATUS_OF_ACTION[self])


_STATUS_OF_ACTION = {"approve": "approved", "reject": "rejected", "snooze": "snoozed", "expire": "expired"}


class DeliveryState(StrEnum):
    """The delivery ledger's states (outreach.store.deliveries has the machine), for every channel."""

    PENDING = "pending"
    SENDING = "sending"  # claimed: being sent (e-mail), rendered (card) or handed to the adviser (call)
    SENT = "sent"  # e-mail accepted by SendGrid (final)
    FAILED = "failed"
    UNKNOWN = "unknown"
    RENDERED = "rendered"  # card: its PDF is written, it waits for the adviser's print batch
    PRINTED = "printed"  # card: in a print batch (final)
    CALL_OPEN = "call_open"  # call: the task is with the adviser, the outcome is not recorded yet
    CALLED = "called"  # call: the outcome is recorded (final)


# What "delivered" means per channel: the ledger's final state for it.
DELIVERED_STATES = (DeliveryState.SENT, DeliveryState.PRINTED, DeliveryState.CALLED)
# Handed to a person, not yet done: a card to print, a call to make (reconcile reports them when overdue).
HANDED_OVER_STATES = (DeliveryState.RENDERED, DeliveryState.CALL_OPEN)


class Channel(StrEnum):
    """How an approved message reaches the client (the firm's policy proposes one, the reviewer decides)."""

    EMAIL = "email"  # through SendGrid
    CARD = "card"  # a printed card insert and an envelope label, signed by the adviser
    CALL = "call"  # a call task for the adviser, with talking points; the outcome is recorded after

    @property
    def label(self) -> str:
        return _CHANNEL_LABELS[self]


_CHANNEL_LABELS = {"email": "e-mail", "card": "card", "call": "phone call"}


class CallOutcome(StrEnum):
    """What the adviser records after a call task."""

    REACHED = "reached"
    VOICEMAIL = "voicemail"
    NO_ANSWER = "no_answer"
    WRONG_NUMBER = "wrong_number"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class ReviewKind(StrEnum):
    DRAFT = "draft"  # one draft per Required Action
    STORM = "storm"  # one storm's clients of one adviser


class ReviewStatus(StrEnum):
    PLANNED = "planned"  # asked (or about to be) in Airflow
    ANSWERED = "answered"  # its decisions are recorded
    LOST = "lost"  # Airflow ended the request without an answer: its drafts are asked again
    CLOSED = "closed"  # nothing left to ask when it ran
