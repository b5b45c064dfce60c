"""Reviews: how drafts are put to people as Required Actions, and how their answers become decisions.

No Airflow here: the DAGs and plugins/ pass in Airflow's coordinates and Airflow's record of an answer.

- ``plan_reviews`` groups the drafts awaiting review that no open review asks about yet: one review per
  draft for bereavement, news and adviser notices; one review per (storm, adviser) for weather, listing
  every affected client of that adviser under one shared, editable message. At most
  ``MAX_REVIEWS_PER_RUN`` per DAG run, so the mapped review tasks stay far below Airflow's
  ``max_map_length``; the rest wait for the next run (``ReviewPlan.left_over``), which the DAG starts.
- ``review_request`` is what a reviewer sees: the evidence and the draft as escaped Markdown (line
  breaks kept), and the form (``FormField``s) prefilled so that ``Approve`` approves what it lists.
- ``record_answer`` turns one answer into one decision per draft, exactly once, whoever calls it first:
  the review task when Airflow resumes it, its deliver step, or the reconcile DAG reading Airflow's
  record of the answer when the task never resumed (Airflow 3.3.2 can fail a task answered within about
  a second of parking; the answer itself is kept in its HITL detail).
- ``reconcile`` brings the store in line with what Airflow reports about every open review.
- Channels: every client review has a ``channel`` field (email, card, call) prefilled with the channel the
  firm's policy proposed; the approval records the reviewer's choice. A storm review has one channel for
  its list (a client who cannot receive it gets their draft's own channel). An approved call opens a call
  task; ``call_request`` is the follow-up Required Action asking for each call's outcome, and
  ``record_call_answer`` records each outcome once, whoever submits it and however often.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.advisers import AdviserDirectory
from outreach.channels import available_channels, call_task
from outreach.drafts import (
    NOTICE_TEMPLATES,
    STORM_TEMPLATE,
    neutralise_text,
    personalise,
    render_storm_message,
    safe_link,
)
from outreach.errors import OutreachError
from outreach.pipeline import DecisionError, decide, markdown_escape
from outreach.states import (
    CallOutcome,
    Channel,
    DecisionAction,
    DeliveryState,
    DraftStatus,
    ReviewKind,
    ReviewStatus,
)
from outreach.store import deliveries as ledger
from outreach.store.clients import client_from_row
from outreach.store.db import session_scope
from outreach.store.drafts import latest_decision
from outreach.store.history import last_contacts
from outreach.store.models import (
    ClientRow,
    DeliveryRow,
    DraftRow,
    EventRow,
    MatchRow,
    ReviewDraftRow,
    ReviewRow,
    utcnow,
)

log = logging.getLogger(__name__)

AIRFLOW_MAX_MAP_LENGTH = 1024  # Airflow's [core] max_map_length default, which we never raise
MAX_REVIEWS_PER_RUN = AIRFLOW_MAX_MAP_LENGTH // 2  # mapped review tasks in one run, with room to spare
APPROVE, REJECT, SNOOZE = "Approve", "Reject", "Snooze"
OPTIONS = (APPROVE, REJECT, SNOOZE)
DEFAULT_OPTION = SNOOZE  # what a timeout chooses: never a send
TIMEOUT_ACTOR = "airflow:timeout"
ACTIONS = {APPROVE: DecisionAction.APPROVE, REJECT: DecisionAction.REJECT, SNOOZE: DecisionAction.SNOOZE}
LEFT_OUT_REASON = "left out of the storm message by the reviewer"
# (draft id, action, actor, keyword arguments of outreach.pipeline.decide)
PlannedDecision = tuple[int, DecisionAction, str, dict[str, Any]]
STORM_KIND = "weather"  # the event kind whose drafts are batched per adviser
LAST_CONTACTS_SHOWN = 3


class ReviewError(OutreachError, ValueError):
    """An answer that cannot be turned into decisions (the message says why; nothing was recorded)."""


@dataclass(frozen=True)
class RunRef:
    """The Airflow DAG run whose mapped review task ``map_index`` asks review ``i`` of a plan."""

    dag_id: str
    run_id: str


@dataclass(frozen=True)
class ReviewPlan:
    """The reviews one run asks, in map-index order, and what they mean for the digest."""

    review_ids: list[int]
    left_over: int  # drafts still without a review after this run's limit: the next run asks them
    counts: dict[str, dict[str, int]] = field(default_factory=dict)  # reviewer id -> {event kind: reviews}


@dataclass(frozen=True)
class FormField:
    """One field of a Required Action's form (the plugin turns it into an Airflow ``Param``)."""

    name: str
    default: Any
    type: str | list[str]
    title: str
    description: str = ""
    format: str | None = None
    examples: list[str] | None = None
    values_display: dict[str, str] | None = None
    enum: list[str] | None = None  # the only values allowed (a select in the form)


@dataclass(frozen=True)
class ReviewRequest:
    """What a reviewer sees and may answer for one review."""

    review_id: int
    kind: ReviewKind
    status: ReviewStatus
    event_kind: str
    headline: str
    markdown: str
    form: list[FormField]
    assignees: list[dict[str, str]]
    draft_ids: list[int]

    @property
    def askable(self) -> bool:
        return self.status == ReviewStatus.PLANNED and bool(self.draft_ids)


@dataclass(frozen=True)
class Answer:
    """A response to a Required Action, from the resumed task or from Airflow's HITL record."""

    chosen_options: list[str]
    params_input: dict[str, Any]
    responder_id: str | None = None  # None: nobody answered (the timeout sweep chose the defaults)
    responded_at: datetime | None = None
    timed_out: bool = False

    @classmethod
    def from_hitl(cls, payload: Mapping[str, Any], *, timed_out: bool | None = None) -> Answer:
        """From a resume event or a REST ``hitlDetails`` entry (``responded_by_user`` may be null)."""
        user = payload.get("responded_by_user") or {}
        responder = str(user.get("id") or user.get("name") or "") or None
        at = payload.get("responded_at")
        if isinstance(at, str):
            at = datetime.fromisoformat(at)
        return cls(chosen_options=list(payload.get("chosen_options") or []),
                   params_input=dict(payload.get("params_input") or {}), responder_id=responder,
                   responded_at=at, timed_out=bool(payload.get("timedout")) if timed_out is None else timed_out)


@dataclass(frozen=True)
class AnswerOutcome:
    review_id: int
    recorded: bool  # False: it was recorded before (by the task, the deliver step or a reconcile)
    status: ReviewStatus
    actions: dict[str, int] = field(default_factory=dict)
    note: str = ""


# --- planning -------------------------------------------------------------------------------------------

def _active_draft_ids(session: Session) -> sa.Select:
    return (sa.select(ReviewDraftRow.draft_id).join(ReviewRow, ReviewRow.id == ReviewDraftRow.review_id)
            .where(ReviewRow.status == ReviewStatus.PLANNED))


def _unasked(session: Session) -> list[tuple[int, str, int, str, str]]:
    """(draft id, event kind, event id, advisor email, template) of drafts awaiting review, unasked.

    One storm is one event (its Updates share the event key), so a storm's drafts share the event id."""
    rows = session.execute(
        sa.select(DraftRow.id, EventRow.kind, EventRow.id, DraftRow.advisor_email, DraftRow.template)
        .join(MatchRow, MatchRow.id == DraftRow.match_id).join(EventRow, EventRow.id == MatchRow.event_id)
        .where(DraftRow.status == DraftStatus.PENDING_REVIEW, DraftRow.id.not_in(_active_draft_ids(session)))
        .order_by(DraftRow.id))
    return [tuple(r) for r in rows]  # type: ignore[misc]


_Group = tuple[str, str, int, str, list[int]]  # review kind, event kind, event id, advisor email, draft ids


def _groups(rows: Iterable[tuple[int, str, int, str, str]]) -> list[_Group]:
    """Storms grouped per (storm, adviser), every other draft alone; in order of each group's first draft."""
    storms: dict[tuple[int, str], list[int]] = {}
    groups: list[_Group] = []
    for draft_id, event_kind, event_id, advisor, template in rows:
        if event_kind == STORM_KIND and template == STORM_TEMPLATE:
            key = (event_id, advisor.strip().lower())
            if key not in storms:
                storms[key] = []
                groups.append((ReviewKind.STORM, event_kind, event_id, advisor, storms[key]))
            storms[key].append(draft_id)
        else:
            groups.append((ReviewKind.DRAFT, event_kind, event_id, advisor, [draft_id]))
    return groups


def plan_reviews(db_url: str, run: RunRef, directory: AdviserDirectory, *,
                 limit: int = MAX_REVIEWS_PER_RUN) -> ReviewPlan:
    """Create this run's reviews for drafts that await review and no open review asks about.

    Idempotent per run: a retried task gets the reviews the first try planned (map indexes must not
    move). ``review_ids[i]`` is asked by the run's mapped review task ``i``.
    """
    if not 0 < limit <= AIRFLOW_MAX_MAP_LENGTH:
        raise ValueError(f"limit must be within 1..{AIRFLOW_MAX_MAP_LENGTH}, got {limit}")
    with session_scope(db_url) as session:
        _serialise_planning(session)
        existing = list(session.scalars(sa.select(ReviewRow).where(
            ReviewRow.dag_id == run.dag_id, ReviewRow.run_id == run.run_id).order_by(ReviewRow.map_index)))
        groups = _groups(_unasked(session))
        if existing:
            return ReviewPlan([r.id for r in existing], sum(len(g[4]) for g in groups), _counts(existing))
        chosen, rest = groups[:limit], groups[limit:]
        reviews = _new_reviews(session, run, chosen, directory)
        left = sum(len(g[4]) for g in rest)
    if left:
        log.info("plan: %d reviews this run; %d drafts wait for the next run", len(reviews), left)
    return ReviewPlan([r.id for r in reviews], left, _counts(reviews))


_PLANNING_LOCK = 0x6F757473  # "outs": one planner at a time, so no draft lands in two open reviews


def _serialise_planning(session: Session) -> None:
    """Two runs planning at once (a new feed batch and a follow-up run) must not both take a draft.

    PostgreSQL: a transaction-scoped advisory lock. SQLite serialises writers itself, and a planner whose
    read went stale fails on write and is retried by its task.
    """
    if session.get_bind().dialect.name == "postgresql":
        session.execute(sa.select(sa.func.pg_advisory_xact_lock(_PLANNING_LOCK)))


def _counts(reviews: Sequence[ReviewRow]) -> dict[str, dict[str, int]]:
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for review in reviews:
        for user in review.assignees or [{"id": "", "name": ""}]:
            counts[user["id"]][review.event_kind] += 1
    return {k: dict(v) for k, v in counts.items()}


def _new_reviews(session: Session, run: RunRef, groups: list[_Group], directory: AdviserDirectory,
                 ) -> list[ReviewRow]:
    """Insert one run's reviews in bulk (a storm's thousands of advisers make hundreds of them a run)."""
    storm_events = {event_id for kind, _, event_id, _, _ in groups if kind == ReviewKind.STORM}
    alert_event: dict[int, str] = {}
    if storm_events:
        alert_event.update(session.execute(sa.select(EventRow.id, EventRow.data["alert"]["event"].as_string())
                                           .where(EventRow.id.in_(storm_events))).all())
    messages: dict[tuple[int, str], tuple[str, str]] = {}
    reviews = []
    for map_index, (kind, event_kind, event_id, advisor, _) in enumerate(groups):
        subject, body = "", ""
        if kind == ReviewKind.STORM:
            key = (event_id, advisor)
            if key not in messages:
                messages[key] = render_storm_message(alert_event.get(event_id) or "", directory.for_email(advisor))
            subject, body = messages[key]
        reviews.append(ReviewRow(kind=kind, status=ReviewStatus.PLANNED, advisor_email=advisor, event_kind=event_kind,
                                 assignees=[r.as_hitl_user() for r in directory.reviewers_for(advisor)],
                                 dag_id=run.dag_id, run_id=run.run_id, map_index=map_index,
                                 shared_subject=subject, shared_body=body))
    session.add_all(reviews)
    session.flush()  # one multi-row INSERT ... RETURNING for the ids
    links = [{"review_id": r.id, "draft_id": d} for r, g in zip(reviews, groups, strict=True) for d in g[4]]
    if links:
        session.execute(sa.insert(ReviewDraftRow), links)
    return reviews


def _event_data(session: Session, draft_id: int) -> dict[str, Any]:
    data = session.scalar(sa.select(EventRow.data).join(MatchRow, MatchRow.event_id == EventRow.id)
                          .join(DraftRow, DraftRow.match_id == MatchRow.id).where(DraftRow.id == draft_id))
    return dict(data or {})


def reopen_drafts(db_url: str, draft_ids: Iterable[int]) -> list[int]:
    """Snoozed, expired or held (cooldown) drafts go back to awaiting review (a person asked); returns those
    that did."""
    ids = sorted({int(i) for i in draft_ids})
    if not ids:
        return []
    with session_scope(db_url) as session:
        waiting = (DraftStatus.SNOOZED, DraftStatus.EXPIRED, DraftStatus.HELD)
        drafts = list(session.scalars(sa.select(DraftRow).where(DraftRow.id.in_(ids), DraftRow.status.in_(waiting))))
        for draft in drafts:
            draft.status = DraftStatus.PENDING_REVIEW
        return sorted(d.id for d in drafts)


# --- what the reviewer sees -----------------------------------------------------------------------------

def review_request(db_url: str, review_id: int) -> ReviewRequest:
    """The Required Action for one review: headline, escaped Markdown body, prefilled form, assignees."""
    with session_scope(db_url) as session:
        review = session.get(ReviewRow, review_id)
        if review is None:
            raise LookupError(f"review {review_id} does not exist")
        drafts = _drafts_of(session, review_id, waiting_only=True)
        if review.kind == ReviewKind.STORM:
            return _storm_request(session, review, drafts)
        return _draft_request(session, review, drafts)


def _drafts_of(session: Session, review_id: int, *, waiting_only: bool) -> list[DraftRow]:
    query = (sa.select(DraftRow).join(ReviewDraftRow, ReviewDraftRow.draft_id == DraftRow.id)
             .where(ReviewDraftRow.review_id == review_id).order_by(DraftRow.id))
    if waiting_only:
        query = query.where(DraftRow.status == DraftStatus.PENDING_REVIEW)
    return list(session.scalars(query))


def _base_fields() -> list[FormField]:
    # Nullable reason: Airflow's form requires every field whose type does not admit null.
    return [FormField("reason", None, ["null", "string"], "Reason",
                      "Why you reject or snooze it (optional for Approve).")]


FOOTER = (
    "\n\n---\n"
    "*Approve* sends what this request lists, once (edit the subject and message in the form first if needed). "
    "*Reject* never sends it: please give a reason. *Snooze* keeps it unsent for later."
)


def details_lines(details: Mapping[str, Any] | None) -> list[str]:
    """What a proposal's score rests on, for the reviewer (Markdown): the engine's checks and, for news,
    what the statistical NER said about the name (see outreach.match.model.MatchDetails)."""
    details = details or {}
    why = [str(c) for c in details.get("checks") or ()]
    if details.get("ner"):
        why.append(f"NER: {details['ner']}")
    return [f"- Checks: {markdown_escape(neutralise_text('; '.join(why), max_len=600))}"] if why else []


def quoted_lines(text: str) -> list[str]:
    """A message shown verbatim and readable in Markdown: a quote block, every line break kept.

    Each line is escaped; a line followed by another ends in a hard break (a trailing backslash);
    blank lines stay paragraph breaks.
    """
    lines = str(text).strip("\n").splitlines()
    out = []
    for i, line in enumerate(lines):
        if not line.strip():
            out.append(">")
            continue
        more = i + 1 < len(lines) and lines[i + 1].strip()
        out.append("> " + markdown_escape(line) + ("\\" if more else ""))
    return out


def _draft_request(session: Session, review: ReviewRow, drafts: list[DraftRow]) -> ReviewRequest:
    draft = drafts[0] if drafts else session.scalars(
        sa.select(DraftRow).join(ReviewDraftRow, ReviewDraftRow.draft_id == DraftRow.id)
        .where(ReviewDraftRow.review_id == review.id)).first()
    if draft is None:
        raise LookupError(f"review {review.id} has no drafts")
    match = session.get_one(MatchRow, draft.match_id)
    event = session.get_one(EventRow, match.event_id)
    client = session.get_one(ClientRow, match.client_id)
    data = event.data or {}
    esc = markdown_escape
    notice = draft.template in NOTICE_TEMPLATES
    title = neutralise_text(data.get("title"), max_len=200)
    link = safe_link(data.get("link"))
    source = f"[{esc(title or 'source')}](<{link}>)" if link else esc(title)
    name = f"{client.first_name} {client.last_name}".strip()
    lines = [
        (f"**{'Internal notice to the adviser' if notice else 'Message to the client'}**: "
         f"{esc(name)} ({esc(client.client_id)})"),
        f"- Kind / role: {esc(event.kind)} / {esc(match.role)}",
        f"- Score: {match.score:.2f}",
        f"- Evidence: {esc(neutralise_text(match.evidence, max_len=600))}",
        *details_lines(match.details),
        f"- Source: {source}",
        f"- Last outreach: {esc(_last_contact(session, [client.client_id]).get(client.client_id, 'none'))}",
        "",
        f"**Subject:** {esc(draft.subject)}",
        "",
        *quoted_lines(draft.body_text),
    ]
    what = "adviser notice" if notice else "draft"
    available = available_channels(client_from_row(client), to_email=draft.to_email, template=draft.template)
    if not notice:
        lines[1:1] = [f"- Channel proposed: {Channel(draft.channel).label} (of {_labels(available)})"]
    form = [FormField("subject", draft.subject, "string", "Subject", "Edit before approving if needed."),
            FormField("body", draft.body_text, "string", "Message",
                      "Plain text; edit before approving if needed.", format="multiline"),
            *([] if notice else [_channel_field(Channel(draft.channel), available)]),
            *_base_fields()]
    return ReviewRequest(review.id, ReviewKind(review.kind), ReviewStatus(review.status), event.kind,
                         f"Review {event.kind} {what} #{draft.id} for {name or 'a client'}",
                         "\n".join(lines) + FOOTER, form, list(review.assignees or []),
                         [d.id for d in drafts])


def _labels(channels: Iterable[Channel]) -> str:
    return ", ".join(c.label for c in channels) or "none"


def _channel_field(proposed: Channel, available: Sequence[Channel]) -> FormField:
    choices = list(dict.fromkeys([proposed, *available]))
    return FormField("channel", str(proposed), "string", "Channel",
                     "How the approved message reaches the client: e-mail, a printed card to sign, or a call "
                     "(you record its outcome after).", enum=[str(c) for c in choices],
                     values_display={str(c): c.label for c in choices})


def _storm_request(session: Session, review: ReviewRow, drafts: list[DraftRow]) -> ReviewRequest:
    esc = markdown_escape
    rows: Sequence[tuple[int, str, ClientRow, dict[str, Any]]] = session.execute(
        sa.select(DraftRow.id, MatchRow.evidence, ClientRow, MatchRow.details)
        .join(MatchRow, MatchRow.id == DraftRow.match_id).join(ClientRow, ClientRow.client_id == MatchRow.client_id)
        .where(DraftRow.id.in_([d.id for d in drafts])).order_by(ClientRow.last_name, ClientRow.first_name)).all()
    last = _last_contact(session, [c.client_id for _, _, c, _ in rows])
    data = _event_data(session, drafts[0].id) if drafts else {}
    alert = data.get("alert") or {}
    event = neutralise_text(alert.get("event") or data.get("title"), max_len=120) or "Weather alert"
    lines = [
        f"**{esc(event)}**: {len(rows)} client(s) of {esc(review.advisor_email or 'no adviser')} in the area",
        f"- Source: {esc(neutralise_text(data.get('title'), max_len=200))}",
        "",
        "| Client | Town | Why | Last outreach |",
        "|---|---|---|---|",
    ]
    ids, display = [], {}
    for _, evidence, client, details in rows:
        town = ", ".join(x for x in (client.city, client.state) if x)
        away = (details or {}).get("location")
        if away:  # the storm covers another place of the client's (outreach.client.Location), not their home
            near = ", ".join(y for y in (away["city"], away["state"]) if y)
            town = " ".join(x for x in ("place", repr(away["label"]) if away["label"] else "",
                                        f"near {near}" if near else "") if x)
        why = "inside the warning polygon" if (evidence or "").endswith("polygon") else "county in the alert"
        name = f"{client.first_name} {client.last_name}".strip()
        lines.append(f"| {esc(name)} ({esc(client.client_id)}) | {esc(town)} | {why} | "
                     f"{esc(last.get(client.client_id, 'none'))} |")
        ids.append(client.client_id)
        display[client.client_id] = f"{name}, {town} ({client.client_id})"
    lines += ["", "Each client's message starts with their own greeting (\"Dear Peggy,\"), then:", "",
              f"**Subject:** {esc(review.shared_subject)}", "", *quoted_lines(review.shared_body)]
    proposed = Counter(Channel(d.channel) for d in drafts).most_common(1)
    channel = proposed[0][0] if proposed else Channel.EMAIL
    lines[1:1] = [f"- Channel proposed for the list: {channel.label}; a client who cannot receive the one chosen "
                  "gets their own proposed channel"]
    form = [FormField("subject", review.shared_subject, "string", "Subject", "One subject for every client."),
            FormField("body", review.shared_body, "string", "Message",
                      "Shared by every client, after their own greeting line.", format="multiline"),
            FormField("clients", ids, "array", "Clients",
                      "Everyone listed gets the message on Approve; remove a client to leave them out.",
                      examples=ids, values_display=display),
            _channel_field(channel, list(Channel)),
            *_base_fields()]
    return ReviewRequest(review.id, ReviewKind(review.kind), ReviewStatus(review.status), review.event_kind,
                         f"Review {event} message to {len(rows)} client(s) (review #{review.id})",
                         "\n".join(lines) + FOOTER, form, list(review.assignees or []), [d.id for d in drafts])


def _last_contact(session: Session, client_ids: Sequence[str]) -> dict[str, str]:
    """client id -> "2026-11-30, weather (e-mail); 2026-11-02, ..." for the latest ``LAST_CONTACTS_SHOWN``
    messages delivered to each client, newest first."""
    if not client_ids:
        return {}
    found = last_contacts(session, client_ids, limit=LAST_CONTACTS_SHOWN, exclude_templates=NOTICE_TEMPLATES)
    return {cid: "; ".join(c.summary() for c in contacts) for cid, contacts in found.items() if contacts}


# --- answers --------------------------------------------------------------------------------------------

def _chosen_channel(params: Mapping[str, Any]) -> Channel | None:
    raw = str(params.get("channel") or "").strip().lower()
    if not raw:
        return None
    try:
        return Channel(raw)
    except ValueError:
        raise ReviewError(f"unknown channel {raw!r}; expected one of {', '.join(Channel)}") from None


def _plan_decisions(review: ReviewRow, answer: Answer, clients_by_draft: Mapping[int, ClientRow],
                    drafts: Mapping[int, DraftRow] | None = None) -> list[PlannedDecision]:
    """(draft id, action, actor, kwargs) for every draft of the review; ReviewError on a bad answer."""
    if answer.timed_out or answer.responder_id is None:
        return [(d, DecisionAction.EXPIRE, TIMEOUT_ACTOR, {"reason": "no response before the review timeout"})
                for d in clients_by_draft]
    chosen = answer.chosen_options
    if len(chosen) != 1 or chosen[0] not in ACTIONS:
        raise ReviewError(f"expected exactly one of {', '.join(OPTIONS)}, got {chosen}")
    action, actor = ACTIONS[chosen[0]], answer.responder_id
    params = answer.params_input
    reason = str(params.get("reason") or "").strip() or None
    if action != DecisionAction.APPROVE:
        return [(d, action, actor, {"reason": reason}) for d in clients_by_draft]
    subject = str(params.get("subject") or "").strip()
    body = str(params.get("body") or "")
    if not subject or not body.strip():
        raise ReviewError("an approval needs a non-empty subject and message")
    chosen_channel = _chosen_channel(params)
    drafts = drafts or {}
    if review.kind == ReviewKind.DRAFT:
        planned_draft: list[PlannedDecision] = []
        for d, client in clients_by_draft.items():
            channel = None
            if chosen_channel is not None and d in drafts:
                available = available_channels(client_from_row(client), to_email=drafts[d].to_email,
                                               template=drafts[d].template)
                if chosen_channel not in available:
                    raise ReviewError(f"the client cannot receive a {chosen_channel.label} "
                                      f"(available: {_labels(available)})")
                channel = chosen_channel
            planned_draft.append((d, DecisionAction.APPROVE, actor, {"reason": reason, "final_subject": subject,
                                                                     "final_body": body, "channel": channel}))
        return planned_draft
    included = params.get("clients")
    keep = ({str(c) for c in included} if isinstance(included, list)
            else {c.client_id for c in clients_by_draft.values()})
    planned: list[PlannedDecision] = []
    for draft_id, client in clients_by_draft.items():
        if client.client_id in keep:
            channel = None
            if chosen_channel is not None and draft_id in drafts:
                available = available_channels(client_from_row(client), to_email=drafts[draft_id].to_email,
                                               template=drafts[draft_id].template)
                channel = chosen_channel if chosen_channel in available else None  # None: the draft's own
            planned.append((draft_id, DecisionAction.APPROVE, actor, {"reason": reason, "final_subject": subject,
                                                         "final_body": personalise(client_from_row(client), body),
                                                         "channel": channel}))
        else:
            planned.append((draft_id, DecisionAction.REJECT, actor, {"reason": LEFT_OUT_REASON}))
    return planned


def record_answer(db_url: str, review_id: int, answer: Answer, *, recorded_from: str) -> AnswerOutcome:
    """Record one answer as a decision per draft of the review, once (later calls change nothing).

    An answer that cannot be used (no option, an approval with an empty message) is not guessed at: the
    review is marked ``lost`` with the reason, and its drafts are asked again by the next run.
    """
    with session_scope(db_url) as session:
        review = session.get(ReviewRow, review_id, with_for_update=True)
        if review is None:
            raise LookupError(f"review {review_id} does not exist")
        if review.status in (ReviewStatus.ANSWERED, ReviewStatus.CLOSED):
            return AnswerOutcome(review_id, False, ReviewStatus(review.status))
        if review.status == ReviewStatus.LOST:
            # Asked again elsewhere since; this late answer is kept as a note, the new review decides.
            review.note = f"late answer ignored ({answer.chosen_options}) from {recorded_from}"
            return AnswerOutcome(review_id, False, ReviewStatus(review.status), note=review.note)
        clients = dict(session.execute(
            sa.select(DraftRow.id, ClientRow).join(ReviewDraftRow, ReviewDraftRow.draft_id == DraftRow.id)
            .join(MatchRow, MatchRow.id == DraftRow.match_id).join(ClientRow, ClientRow.client_id == MatchRow.client_id)
            .where(ReviewDraftRow.review_id == review_id).order_by(DraftRow.id)).all())
        drafts = {d.id: d for d in session.scalars(sa.select(DraftRow).where(DraftRow.id.in_(list(clients))))}
        try:
            planned = _plan_decisions(review, answer, clients, drafts)
        except ReviewError as exc:
            review.status, review.note = ReviewStatus.LOST, f"unusable answer: {exc}"
            log.warning("review %s: %s; its drafts will be asked again", review_id, exc)
            return AnswerOutcome(review_id, False, ReviewStatus.LOST, note=review.note)
        actions: Counter[str] = Counter()
        for draft_id, action, actor, kwargs in planned:
            try:
                if decide(session, draft_id, action, actor, source=f"review:{review_id}", **kwargs):
                    actions[action] += 1
            except DecisionError as exc:  # sent or sending already: the answer cannot change it
                log.warning("review %s: draft %s not decided: %s", review_id, draft_id, exc)
                actions["unchanged"] += 1
        review.status = ReviewStatus.ANSWERED
        review.answered_at = answer.responded_at or utcnow()
        review.answered_by = answer.responder_id or TIMEOUT_ACTOR
        review.answer = "timeout" if answer.timed_out or answer.responder_id is None else answer.chosen_options[0]
        review.recorded_from = recorded_from
    log.info("review %s: answer recorded from %s (%s)", review_id, recorded_from, dict(actions))
    return AnswerOutcome(review_id, True, ReviewStatus.ANSWERED, dict(actions))


def review_draft_ids(db_url: str, review_id: int, *, approved_only: bool = True) -> list[int]:
    """The drafts of a review (approved ones by default: what its delivery step sends)."""
    with session_scope(db_url) as session:
        query = (sa.select(DraftRow.id).join(ReviewDraftRow, ReviewDraftRow.draft_id == DraftRow.id)
                 .where(ReviewDraftRow.review_id == review_id).order_by(DraftRow.id))
        if approved_only:
            query = query.where(DraftRow.status == DraftStatus.APPROVED)
        return list(session.scalars(query))


def review_status(db_url: str, review_id: int) -> str:
    with session_scope(db_url) as session:
        status = session.scalar(sa.select(ReviewRow.status).where(ReviewRow.id == review_id))
    if status is None:
        raise LookupError(f"review {review_id} does not exist")
    return status


def close_review(db_url: str, review_id: int, note: str) -> None:
    """Nothing left to ask (every draft was decided or suppressed meanwhile): the review is closed."""
    with session_scope(db_url) as session:
        review = session.get(ReviewRow, review_id, with_for_update=True)
        if review is not None and review.status == ReviewStatus.PLANNED:
            review.status, review.note = ReviewStatus.CLOSED, note


# --- reconcile ------------------------------------------------------------------------------------------

TERMINAL_TI_STATES = frozenset({"success", "failed", "upstream_failed", "skipped", "removed"})


@dataclass(frozen=True)
class AirflowReview:
    """What Airflow reports about the mapped task that asks one review (None state: no such task)."""

    ti_state: str | None
    answer: Answer | None = None  # Airflow's HITL record holds a response (a person's or the timeout's)


@dataclass
class ReconcileReport:
    answers_recorded: list[int] = field(default_factory=list)  # review ids
    reviews_reopened: list[int] = field(default_factory=list)  # lost reviews whose drafts are asked again
    reviews_closed: list[int] = field(default_factory=list)
    unasked_drafts: int = 0  # drafts awaiting review with no open review (the next run asks them)
    delivered: list[int] = field(default_factory=list)  # draft ids sent by the reconcile
    stuck: list[str] = field(default_factory=list)  # what a person must look at

    @property
    def fixed(self) -> int:
        return len(self.answers_recorded) + len(self.reviews_reopened) + len(self.delivered)

    def summary(self) -> str:
        return (f"answers recorded {len(self.answers_recorded)}, reviews reopened {len(self.reviews_reopened)}, "
                f"closed {len(self.reviews_closed)}, drafts without a review {self.unasked_drafts}, "
                f"delivered {len(self.delivered)}, stuck {len(self.stuck)}")


def open_reviews(db_url: str) -> dict[str, list[tuple[int, int, datetime]]]:
    """run id -> [(review id, map index, planned at)] of every review still waiting for an answer."""
    with session_scope(db_url) as session:
        rows = session.execute(sa.select(ReviewRow.run_id, ReviewRow.id, ReviewRow.map_index, ReviewRow.created_at)
                               .where(ReviewRow.status == ReviewStatus.PLANNED).order_by(ReviewRow.id))
        out: dict[str, list[tuple[int, int, datetime]]] = defaultdict(list)
        for run_id, review_id, map_index, created in rows:
            out[run_id].append((review_id, map_index, created))
        return dict(out)


def reconcile_reviews(db_url: str, observed: Mapping[tuple[str, int], AirflowReview], *,
                      grace: timedelta, now: datetime | None = None,
                      report: ReconcileReport | None = None) -> ReconcileReport:
    """Record answers Airflow holds, and reopen reviews Airflow ended without one.

    ``observed`` is keyed by (run id, map index) for every open review's run. A review whose task Airflow
    does not know is lost only after ``grace`` (its run may not have expanded the mapping yet).
    """
    report = report or ReconcileReport()
    now = now or utcnow()
    for run_id, reviews in open_reviews(db_url).items():
        for review_id, map_index, created in reviews:
            seen = observed.get((run_id, map_index), AirflowReview(None))
            if seen.answer is not None:
                outcome = record_answer(db_url, review_id, seen.answer, recorded_from="reconcile")
                if outcome.recorded:
                    report.answers_recorded.append(review_id)
                elif outcome.status == ReviewStatus.LOST:
                    report.reviews_reopened.append(review_id)
            elif seen.ti_state in TERMINAL_TI_STATES or (seen.ti_state is None and now - created > grace):
                why = f"Airflow task {seen.ti_state or 'missing'} without an answer"
                if _lose(db_url, review_id, why):
                    report.reviews_reopened.append(review_id)
                else:
                    report.reviews_closed.append(review_id)
    return report


def _lose(db_url: str, review_id: int, why: str) -> bool:
    """Mark a review that can no longer be answered; True when some of its drafts still await review."""
    with session_scope(db_url) as session:
        review = session.get(ReviewRow, review_id, with_for_update=True)
        if review is None or review.status != ReviewStatus.PLANNED:
            return False
        waiting = _drafts_of(session, review_id, waiting_only=True)
        review.status, review.note = (ReviewStatus.LOST if waiting else ReviewStatus.CLOSED), why
        return bool(waiting)


def unasked_draft_count(db_url: str, *, older_than: timedelta = timedelta(0), now: datetime | None = None) -> int:
    """Drafts awaiting review that no open review asks about (and drafted at least ``older_than`` ago:
    a run that is drafting right now plans its own a moment later)."""
    cutoff = (now or utcnow()) - older_than
    with session_scope(db_url) as session:
        return int(session.scalar(sa.select(sa.func.count()).select_from(DraftRow).where(
            DraftRow.status == DraftStatus.PENDING_REVIEW, DraftRow.id.not_in(_active_draft_ids(session)),
            DraftRow.updated_at <= cutoff)) or 0)


def undelivered_approved(db_url: str) -> list[int]:
    """Approved drafts with no delivery yet, or one waiting to be retried (``pending``)."""
    with session_scope(db_url) as session:
        return list(session.scalars(
            sa.select(DraftRow.id).outerjoin(DeliveryRow, DeliveryRow.draft_id == DraftRow.id)
            .where(DraftRow.status == DraftStatus.APPROVED,
                   sa.or_(DeliveryRow.id.is_(None), DeliveryRow.state == DeliveryState.PENDING))
            .order_by(DraftRow.id)))


def stuck_deliveries(db_url: str) -> list[str]:
    """Deliveries only a person can settle: ``unknown`` (maybe sent) and ``failed`` (refused)."""
    with session_scope(db_url) as session:
        rows = session.execute(sa.select(DeliveryRow.draft_id, DeliveryRow.state, DeliveryRow.last_error)
                               .where(DeliveryRow.state.in_((DeliveryState.UNKNOWN, DeliveryState.FAILED)))
                               .order_by(DeliveryRow.draft_id))
        return [f"draft {d}: delivery {s} ({(e or '')[:120]})" for d, s, e in rows]


def overdue_reviews(db_url: str, older_than: timedelta, *, now: datetime | None = None) -> list[str]:
    """Reviews still open long after the review timeout should have ended them."""
    cutoff = (now or utcnow()) - older_than
    with session_scope(db_url) as session:
        rows = session.execute(sa.select(ReviewRow.id, ReviewRow.run_id, ReviewRow.map_index).where(
            ReviewRow.status == ReviewStatus.PLANNED, ReviewRow.created_at < cutoff))
        return [f"review {i} ({run}, map index {m}): open past the review timeout" for i, run, m in rows]


def overdue_handovers(db_url: str, older_than: timedelta, *, now: datetime | None = None) -> list[str]:
    """Cards rendered but not printed, and call tasks without an outcome, for longer than ``older_than``."""
    cutoff = (now or utcnow()) - older_than
    with session_scope(db_url) as session:
        rows = session.execute(sa.select(DeliveryRow.draft_id, DeliveryRow.state, DraftRow.advisor_email)
                               .join(DraftRow, DraftRow.id == DeliveryRow.draft_id)
                               .where(DeliveryRow.state.in_((DeliveryState.RENDERED, DeliveryState.CALL_OPEN)),
                                      DeliveryRow.updated_at < cutoff).order_by(DeliveryRow.draft_id))
        what = {DeliveryState.RENDERED: "card rendered, not printed (outreach cards print)",
                DeliveryState.CALL_OPEN: "call task open, no outcome recorded"}
        return [f"draft {d} ({a or 'no adviser'}): {what[DeliveryState(s)]} past the timeout" for d, s, a in rows]


# --- call outcomes ----------------------------------------------------------------------------------------

RECORD_OUTCOMES = "Record outcomes"  # the one option of a call-outcome Required Action
CALL_OPTIONS = (RECORD_OUTCOMES,)


def outcome_field(draft_id: int) -> str:
    return f"outcome_{draft_id}"


@dataclass(frozen=True)
class CallRequest:
    """The Required Action asking the outcome of a review's open call tasks (after its approval)."""

    review_id: int
    headline: str
    markdown: str
    form: list[FormField]
    assignees: list[dict[str, str]]
    draft_ids: list[int]  # the call tasks still open

    @property
    def askable(self) -> bool:
        return bool(self.draft_ids)


def call_request(db_url: str, review_id: int) -> CallRequest:
    """Who to call, at which number, what to say; one outcome field per open call task of the review."""
    esc = markdown_escape
    with session_scope(db_url) as session:
        review = session.get(ReviewRow, review_id)
        if review is None:
            raise LookupError(f"review {review_id} does not exist")
        rows = session.execute(
            sa.select(DraftRow, ClientRow).join(ReviewDraftRow, ReviewDraftRow.draft_id == DraftRow.id)
            .join(DeliveryRow, DeliveryRow.draft_id == DraftRow.id)
            .join(MatchRow, MatchRow.id == DraftRow.match_id).join(ClientRow, ClientRow.client_id == MatchRow.client_id)
            .where(ReviewDraftRow.review_id == review_id, DeliveryRow.state == DeliveryState.CALL_OPEN)
            .order_by(DraftRow.id)).all()
        lines = [f"**Call task(s) approved in review #{review_id}**: call, then record how it went.", ""]
        form: list[FormField] = []
        ids = []
        for draft, client in rows:
            decision = latest_decision(session, draft.id)
            subject = decision.final_subject if decision is not None and decision.final_subject else draft.subject
            task = call_task(draft.id, client_from_row(client), template=draft.template, subject=subject)
            lines += [f"### {esc(task.client_name)} ({esc(client.client_id)}): {esc(task.phone)}",
                      *(f"- {esc(p)}" for p in task.talking_points), ""]
            form.append(FormField(outcome_field(draft.id), str(CallOutcome.NO_ANSWER), "string",
                                  f"Outcome: {task.client_name}", f"Call {task.phone}",
                                  enum=[str(o) for o in CallOutcome],
                                  values_display={str(o): o.label for o in CallOutcome}))
            ids.append(draft.id)
        form.append(FormField("note", "", ["string", "null"], "Note", "Optional: anything to remember."))
        who = ", ".join(neutralise_text(f"{c.first_name} {c.last_name}".strip(), max_len=80) for _, c in rows)
        lines.append("Choose each call's outcome, then *Record outcomes* (recorded once; a second submission "
                     "changes nothing). Not called yet? Leave this open: it is reported once it is overdue.")
        return CallRequest(review_id, f"Record call outcome(s): {who or 'nobody'} (review #{review_id})",
                           "\n".join(lines), form, list(review.assignees or []), ids)


def record_call_answer(db_url: str, review_id: int, answer: Answer, *, recorded_from: str) -> dict[int, bool]:
    """Record each open call task's outcome from one answer; draft id -> True when this call recorded it.

    Exactly once: a call task whose outcome is recorded keeps it (a second submission, the resumed task and
    the reconcile all find it ``called``). A timeout records nothing: the task stays open and the reconcile
    reports it once it is overdue.
    """
    if answer.timed_out or answer.responder_id is None:
        log.info("review %s: call outcome request timed out; the call tasks stay open", review_id)
        return {}
    params = answer.params_input
    note = neutralise_text(params.get("note"), max_len=500) or None
    recorded: dict[int, bool] = {}
    with session_scope(db_url) as session:
        draft_ids = list(session.scalars(
            sa.select(DeliveryRow.draft_id).join(ReviewDraftRow, ReviewDraftRow.draft_id == DeliveryRow.draft_id)
            .where(ReviewDraftRow.review_id == review_id, DeliveryRow.channel == Channel.CALL,
                   DeliveryRow.state.in_((DeliveryState.CALL_OPEN, DeliveryState.CALLED)))
            .order_by(DeliveryRow.draft_id)))
        for draft_id in draft_ids:
            raw = str(params.get(outcome_field(draft_id)) or "").strip().lower()
            try:
                outcome = CallOutcome(raw)
            except ValueError:
                log.warning("review %s: draft %s has no valid outcome (%r); its call task stays open",
                            review_id, draft_id, raw[:40])
                continue
            recorded[draft_id] = ledger.record_call_outcome(session, draft_id, outcome, answer.responder_id,
                                                            at=answer.responded_at, note=note)
            if recorded[draft_id]:
                session.execute(sa.update(DraftRow).where(DraftRow.id == draft_id)
                                .values(status=DraftStatus.SENT, updated_at=utcnow()))
    log.info("review %s: call outcomes from %s: %d recorded, %d recorded before", review_id, recorded_from,
             sum(recorded.values()), len(recorded) - sum(recorded.values()))
    return recorded


def open_call_reviews(db_url: str) -> dict[str, list[tuple[int, int]]]:
    """run id -> [(review id, map index)] of answered reviews whose call tasks await an outcome."""
    with session_scope(db_url) as session:
        rows = session.execute(
            sa.select(ReviewRow.run_id, ReviewRow.id, ReviewRow.map_index).distinct()
            .join(ReviewDraftRow, ReviewDraftRow.review_id == ReviewRow.id)
            .join(DeliveryRow, DeliveryRow.draft_id == ReviewDraftRow.draft_id)
            .where(ReviewRow.status == ReviewStatus.ANSWERED, DeliveryRow.state == DeliveryState.CALL_OPEN)
            .order_by(ReviewRow.id))
        out: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for run_id, review_id, map_index in rows:
            out[run_id].append((review_id, map_index))
        return dict(out)
