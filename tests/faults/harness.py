"""A whole-pipeline harness for the fault and hostile-input tests, and the four invariants they check.

The pipeline is the one the DAGs call (outreach.pipeline): ingest_kind -> match_and_draft ->
record_decision -> deliver_approved, over a real store, feeds served over real HTTP by
pytest-httpserver and the real sendgrid client talking to demo.sendgrid_double.

The invariants, checked after every fault:
  1. no event lost: every feed entry served is stored, and every expected draft exists;
  2. no draft duplicated: one draft per (client, event) and per (client, outreach key);
  3. no message sent twice: each draft id and each (recipient, subject) at most once in the double;
  4. none sent without approval: every accepted message belongs to a draft whose latest decision is
     an approval, and every draft that is not approved has no message.

All people, addresses and obituaries here are fictitious.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

import sqlalchemy as sa

from outreach.advisers import Adviser, AdviserDirectory, Firm
from outreach.client import Client
from outreach.delivery import RetryPolicy
from outreach.store.clients import upsert_clients
from outreach.store.db import session_scope, upgrade
from outreach.store.feeds import add_feed_source
from outreach.store.models import DecisionRow, DeliveryRow, DraftRow, FeedItemRow, FeedSourceRow, MatchRow

API_KEY = "SG.faults-7c1e0a-not-a-real-key"
FAST = RetryPolicy(max_attempts=3, initial_wait_s=0.01, max_wait_s=0.05, timeout_s=5)
RSS_TYPE = "application/rss+xml"

JANE = Adviser(email="jane.doe@lakeside.example", name="Jane Doe", title="Senior Wealth Adviser",
               from_email="jane@mail.lakeside.example", firm_name="Lakeside Wealth Partners")
ADVISERS = AdviserDirectory({JANE.email: JANE}, Firm(name="Lakeside Wealth Partners",
                                                     from_email="hello@lakeside.example",
                                                     notice_email="compliance@lakeside.example"))

ROSTER = [
    Client("c-100", "Susan", "Halvorsen", city="Chippewa Falls", state="WI", postal_code="54729",
           county_fips="55017", email="susan.halvorsen@example.com", advisor_email=JANE.email),
    Client("c-200", "Robert", "Miller", middle_name="James", city="Eau Claire", state="WI", postal_code="54701",
           county_fips="55035", email="bob.miller@example.com", advisor_email=JANE.email,
           spouse_first_name="Margaret", spouse_last_name="Miller"),
    Client("c-300", "Margaret", "Miller", nickname="Peggy", city="Eau Claire", state="WI", postal_code="54701",
           county_fips="55035", email="peggy.miller@example.com", advisor_email=JANE.email,
           spouse_first_name="Robert", spouse_last_name="Miller"),
    Client("c-400", "David", "Kowalski", city="Menomonie", state="WI", postal_code="54751",
           county_fips="55033", email="david.kowalski@example.com", advisor_email=JANE.email),
    Client("c-500", "Ellen", "Jorgensen", city="Altoona", state="WI", postal_code="54720",
           county_fips="55035", email="ellen.jorgensen@example.com", advisor_email=JANE.email),
]


@dataclass(frozen=True)
class Obituary:
    """One fictitious obituary and the drafts it must give: {client_id: template}."""

    guid: str
    title: str
    text: str
    published: datetime
    expected: Mapping[str, str]


MILLER = Obituary(
    "obit-miller", "Robert James Miller",
    "Robert James Miller, 84, of Eau Claire, passed away peacefully on Monday, May 4, 2026, at his home. "
    "Bob was born in 1941 in Eau Claire to Harold and Ruth Miller. He is survived by his wife of 60 years, "
    "Margaret \"Peggy\" Miller of Eau Claire; and his daughter Susan (Tom) Halvorsen of Chippewa Falls. "
    "He was preceded in death by his parents and a brother, Donald. Rev. Paul Anderson will officiate.",
    datetime(2026, 5, 5, 14, 0, tzinfo=UTC),
    {"c-100": "condolence_survivor", "c-200": "adviser_notice_deceased_client",
     "c-300": "condolence_spouse_of_deceased_client"})
KOWALSKI = Obituary(
    "obit-kowalski", "Dorothy Anne Kowalski",
    "Dorothy Anne Kowalski, 91, of Menomonie, died on Tuesday, May 5, 2026, at Red Cedar Care Center. "
    "She was born in 1934 in Durand to Frank and Helen Nowak. Dorothy is survived by her son, "
    "David (Karen) Kowalski of Menomonie; and five grandchildren. She was preceded in death by her "
    "husband, Stanley, in 2011. A funeral Mass will be held at St. Joseph Catholic Church.",
    datetime(2026, 5, 6, 9, 0, tzinfo=UTC),
    {"c-400": "condolence_survivor"})
BRANDT = Obituary(
    "obit-brandt", "Walter Emil Brandt",
    "Walter Emil Brandt, 79, of Altoona, passed away on Wednesday, May 6, 2026, at Sacred Heart Hospital. "
    "Walt worked for 35 years at the paper mill. He is survived by his daughter, Ellen (Mark) Jorgensen "
    "of Altoona; and his brother, Karl Brandt of Wausau. He was preceded in death by his wife, Ruth.",
    datetime(2026, 5, 7, 16, 30, tzinfo=UTC),
    {"c-500": "condolence_survivor"})
OBITUARIES = (MILLER, KOWALSKI, BRANDT)


def rss(entries: Iterable[Obituary], *, title: str = "Obituaries", extra_items: str = "") -> bytes:
    """An RSS 2.0 document with one <item> per obituary (text escaped as XML), plus raw ``extra_items``."""
    items = "".join(
        f"<item><title>{escape(o.title)}</title><link>https://obits.example/{escape(o.guid)}</link>"
        f"<guid isPermaLink=\"false\">{escape(o.guid)}</guid><pubDate>{format_datetime(o.published)}</pubDate>"
        f"<description>{escape(o.text)}</description></item>"
        for o in entries)
    return (f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>{escape(title)}"
            f"</title><link>https://obits.example/</link><description>Obituaries</description>"
            f"{items}{extra_items}</channel></rss>").encode()


def fast_http(monkeypatch, *, attempts: int = 1, timeout_s: float = 2.0) -> None:
    """Feed fetching without long waits: ingest_kind reads its settings from OUTREACH_* variables."""
    monkeypatch.setenv("OUTREACH_HTTP_ATTEMPTS", str(attempts))
    monkeypatch.setenv("OUTREACH_HTTP_TIMEOUT", str(timeout_s))
    monkeypatch.setenv("OUTREACH_HTTP_BACKOFF", "0.01")


def prepare(db_url: str, sources: Mapping[str, str], *, kind: str = "obituary",
            roster: Sequence[Client] = ROSTER) -> None:
    """Migrate, import the roster and add the feed sources ({name: url})."""
    upgrade(db_url)
    with session_scope(db_url) as s:
        upsert_clients(s, list(roster))
        for name, url in sources.items():
            add_feed_source(s, name, url, kind)


# --- reading the store back ------------------------------------------------------------------------------

def stored_items(db_url: str) -> Counter[tuple[str, str]]:
    """(source name, item id) -> how many rows: every value must be 1."""
    with session_scope(db_url) as s:
        rows = s.execute(sa.select(FeedSourceRow.name, FeedItemRow.item_id).join(FeedItemRow.source))
        return Counter((name, item_id) for name, item_id in rows)


def drafts(db_url: str) -> list[dict]:
    """Every draft with its client, event and outreach key, as plain dicts."""
    with session_scope(db_url) as s:
        rows = s.execute(sa.select(DraftRow.id, DraftRow.template, DraftRow.status, DraftRow.to_email,
                                   DraftRow.subject, DraftRow.body_text, DraftRow.body_html, MatchRow.client_id,
                                   MatchRow.event_id, MatchRow.outreach_key)
                         .join(MatchRow, MatchRow.id == DraftRow.match_id).order_by(DraftRow.id))
        return [dict(r._mapping) for r in rows]


def drafts_by_client(db_url: str) -> dict[str, dict]:
    return {d["client_id"]: d for d in drafts(db_url)}


def latest_decisions(db_url: str) -> dict[int, str]:
    """draft id -> the action of its latest decision."""
    with session_scope(db_url) as s:
        rows = s.execute(sa.select(DecisionRow.draft_id, DecisionRow.action)
                         .order_by(DecisionRow.draft_id, DecisionRow.decided_at, DecisionRow.id))
        return {draft_id: action for draft_id, action in rows}


def ledger(db_url: str) -> dict[int, str]:
    """draft id -> delivery state."""
    with session_scope(db_url) as s:
        return dict(s.execute(sa.select(DeliveryRow.draft_id, DeliveryRow.state)).all())


def sent_draft_ids(double) -> list[int]:
    """The draft id of every message the double accepted (custom_args carries it)."""
    return [int(m["body"]["custom_args"]["draft_id"]) for m in double.messages()]


# --- the invariants -------------------------------------------------------------------------------------------

def assert_invariants(db_url: str, double, *, served: Iterable[tuple[str, str]] = (),
                      expected_drafts: Mapping[str, str] | None = None) -> None:
    """The four invariants of the module docstring; ``served``: (source, guid) pairs that must be stored,
    ``expected_drafts``: {client_id: template} that must exist."""
    items = stored_items(db_url)
    missing = [key for key in served if key not in items]
    assert not missing, f"feed entries lost: {missing}"
    assert all(n == 1 for n in items.values()), f"feed entries stored twice: {items}"

    all_drafts = drafts(db_url)
    by_client = {d["client_id"]: d for d in all_drafts}
    for client_id, template in (expected_drafts or {}).items():
        assert client_id in by_client, f"draft for {client_id} lost"
        assert by_client[client_id]["template"] == template
    per_event = Counter((d["client_id"], d["event_id"]) for d in all_drafts)
    per_outreach = Counter((d["client_id"], d["outreach_key"]) for d in all_drafts)
    assert max(per_event.values(), default=1) == 1, f"draft duplicated per event: {per_event}"
    assert max(per_outreach.values(), default=1) == 1, f"draft duplicated per outreach: {per_outreach}"

    messages = double.messages()
    sent_ids = [int(m["body"]["custom_args"]["draft_id"]) for m in messages]
    assert len(sent_ids) == len(set(sent_ids)), f"a draft was sent twice: {sent_ids}"
    recipients = Counter((m["body"]["personalizations"][0]["to"][0]["email"], m["body"]["subject"])
                         for m in messages)
    assert max(recipients.values(), default=1) == 1, f"a message went out twice: {recipients}"

    decided = latest_decisions(db_url)
    states = ledger(db_url)
    for draft_id in sent_ids:
        assert decided.get(draft_id) == "approve", f"draft {draft_id} sent without approval"
    for draft_id, state in states.items():
        if state in ("sending", "sent", "unknown"):
            assert decided.get(draft_id) == "approve", f"draft {draft_id} in {state} without approval"
    for d in all_drafts:
        if d["status"] == "sent":
            assert d["id"] in sent_ids and states.get(d["id"]) == "sent"


def approve_all(db_url: str, draft_ids: Iterable[int], actor: str = "reviewer@lakeside.example") -> None:
    from outreach.pipeline import record_decision

    for draft_id in draft_ids:
        record_decision(db_url, draft_id, "approve", actor)

