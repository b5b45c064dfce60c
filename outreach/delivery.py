"""Sending approved drafts through SendGrid, exactly once, on the ``deliveries`` ledger.

The ledger's state machine lives in outreach.store.deliveries; this module is its one sender:

1. Only a draft whose latest decision is ``approve`` is sent (the decision row holds the final text).
   A client flagged deceased or do-not-contact since drafting is not sent either.
2. The delivery row is claimed ``pending -> sending`` in its own committed transaction *before* the
   API call, so a retried task, a cleared DAG run or a second thread finds the claim and sends nothing.
3. The call: 2xx -> ``sent`` with X-Message-Id. 429 / 500 / 502 / 503, or a connection that failed
   before the request was fully written (urllib raises URLError only there) prove nothing was
   accepted: retried with backoff (tenacity, honouring Retry-After) and, when retries run out, put
   back to ``pending`` with the error, so the next run may safely try again (as when the worker is told to
   stop during a backoff wait: ``stop``). Other 4xx -> ``failed``
   (a person must fix the key or payload, then requeue). 504, a timeout or a dropped connection
   while waiting for the answer mean the message *may* have been accepted -> ``unknown``: never
   resent automatically; a person checks SendGrid's activity log and requeues if needed.
   The request body is stored on the ledger (``request_body``) with the claim, before the call: the
   compliance archive (outreach.archive) builds its .eml from what was sent.
4. A row found in ``sending`` belongs to a worker that is still sending or that died mid-send: within
   the claim lease nothing is done (``in_progress``); after it, the row is moved to ``unknown``.

No PII in logs above DEBUG: INFO lines carry draft ids, states and HTTP statuses only.
"""

from __future__ import annotations

import http.client
import json
import logging
import re
import threading
import urllib.error
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Literal

import sqlalchemy as sa
from python_http_client import exceptions as sg_errors
from sendgrid import SendGridAPIClient
from sendgrid.helpers.mail import Bcc, Content, CustomArg, From, Mail, MimeType, ReplyTo, To
from sqlalchemy.orm import Session
from tenacity import Retrying, retry_if_exception, stop_after_attempt, stop_when_event_set
from tenacity.nap import sleep_using_event

from outreach.advisers import AdviserDirectory
from outreach.cards import Card, CardError, card_path, card_pdf, write_atomically
from outreach.drafts import NOTICE_TEMPLATES, DraftError, RefusalReason, render_final
from outreach.errors import OutreachError
from outreach.http_retry import backoff_wait, retry_after_seconds
from outreach.states import DELIVERED_STATES, Channel, DecisionAction, DeliveryState, DraftStatus
from outreach.store import deliveries as ledger
from outreach.store.clients import client_from_row
from outreach.store.drafts import latest_decision
from outreach.store.models import ClientRow, DecisionRow, DeliveryRow, DraftRow, EventRow, MatchRow

log = logging.getLogger(__name__)

SessionFactory = Callable[[], Session]
# rendered: a card's PDF is written (it waits for its print batch); call_open: a call task is with the adviser.
# already_sent: delivered before by its channel (sent, printed, called). stopped: not attempted, the worker
# was shutting down (pipeline.deliver_approved); safe to deliver later.
OutcomeStatus = Literal["sent", "already_sent", "not_approved", "suppressed", "in_progress", "failed", "unknown",
                        "rendered", "call_open", "stopped"]
RETRYABLE_STATUS = frozenset({429, 500, 502, 503})


@dataclass(frozen=True)
class RetryPolicy:
    """How hard one delivery call tries: attempts per call, exponential backoff, per-request timeout."""

    max_attempts: int = 4
    initial_wait_s: float = 1.0
    max_wait_s: float = 30.0
    timeout_s: float = 20.0
    claim_lease_s: float | None = None  # default: long enough for every attempt, wait and a margin

    @property
    def lease(self) -> timedelta:
        """How long a claim may legitimately stay in ``sending`` (longer means the worker died)."""
        if self.claim_lease_s is not None:
            return timedelta(seconds=self.claim_lease_s)
        return timedelta(seconds=self.max_attempts * (self.timeout_s + self.max_wait_s) + 60)


@dataclass(frozen=True)
class DeliveryOutcome:
    """What one deliver_draft call did. ``sent_now`` is True only for the call that sent the message."""

    draft_id: int
    status: OutcomeStatus
    ledger_state: str | None = None  # the deliveries row's state afterwards (None: no row)
    sent_now: bool = False
    provider_message_id: str | None = None
    attempts: int = 0  # API calls made by this call
    retryable: bool = False  # a later call may send it (nothing was accepted)
    error: str | None = None


class _NotSent(OutreachError):
    """The provider surely did not accept the message (retryable status, or request never written)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class _Refused(OutreachError):
    """The provider refused the message for good (4xx other than 429): nothing was sent."""


class _Unknown(OutreachError):
    """The request may have reached the provider; the answer was lost."""


class _MaskBearerToken(logging.Filter):
    """python_http_client logs every request's headers at DEBUG, the API key included: mask the token."""

    _BEARER = re.compile(r"(Bearer\s+)[^\s'\",}]+")

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        if "Bearer" in message:
            record.msg, record.args = self._BEARER.sub(r"\1***", message), ()
        return True


_MASK_BEARER = _MaskBearerToken()


def make_sendgrid_client(api_key: str, host: str | None = None) -> SendGridAPIClient:
    """A real SendGrid client; ``host`` points it elsewhere (the local double, an EU endpoint)."""
    logging.getLogger("python_http_client.client").addFilter(_MASK_BEARER)  # idempotent
    if not api_key:
        raise ValueError("a SendGrid API key is required (from the Airflow connection or the environment)")
    return SendGridAPIClient(api_key, host=host) if host else SendGridAPIClient(api_key)


# --- the final message ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class FinalMessage:
    draft_id: int
    decision_id: int
    kind: str
    to_email: str
    to_name: str
    subject: str
    body_text: str
    body_html: str
    from_email: str
    from_name: str
    reply_to: str | None
    bcc: str | None = None  # the firm's journal address ([firm] journal_bcc)


def build_mail(msg: FinalMessage) -> dict[str, Any]:
    """The v3 /mail/send body: plain text + HTML, categories ["outreach", kind], custom_args draft id, and the
    journal BCC when set (per message: SendGrid has no account-level BCC; never the recipient themself)."""
    mail = Mail(from_email=From(msg.from_email, msg.from_name or None),
                to_emails=To(msg.to_email, msg.to_name or None), subject=msg.subject)
    mail.add_content(Content(MimeType.text, msg.body_text))
    mail.add_content(Content(MimeType.html, msg.body_html))
    if msg.reply_to:
        mail.reply_to = ReplyTo(msg.reply_to)
    if msg.bcc and msg.bcc.strip().lower() != msg.to_email.strip().lower():
        mail.add_bcc(Bcc(msg.bcc))
    mail.custom_arg = [CustomArg("draft_id", str(msg.draft_id)), CustomArg("decision_id", str(msg.decision_id))]
    body = mail.get()
    body["categories"] = ["outreach", msg.kind]  # the helper prepends; keep the documented order
    return body


def _final_message(session: Session, draft: DraftRow, decision: DecisionRow, advisers: AdviserDirectory,
                   from_email: str | None) -> FinalMessage:
    kind = session.scalar(sa.select(EventRow.kind).join(MatchRow, MatchRow.event_id == EventRow.id)
                          .where(MatchRow.id == draft.match_id)) or "outreach"
    subject = decision.final_subject if decision.final_subject is not None else draft.subject
    body_text, body_html = draft.body_text, draft.body_html
    edited = decision.final_body_text is not None and decision.final_body_text.strip() != draft.body_text.strip()
    if edited or subject != draft.subject:
        final = render_final(subject, decision.final_body_text if edited and decision.final_body_text is not None
                             else draft.body_text)
        subject, body_text = final.subject, final.body_text
        if edited:  # the reviewer's text, escaped into HTML; an unedited body keeps the template's HTML
            body_html = final.body_html
    adviser = advisers.for_email(draft.advisor_email)
    notice = draft.template in NOTICE_TEMPLATES
    sender = from_email or (advisers.firm.from_email if notice else adviser.sender_email)
    reply_to = None if notice or adviser.is_fallback else adviser.email
    return FinalMessage(draft_id=draft.id, decision_id=decision.id, kind=kind, to_email=draft.to_email,
                        to_name="", subject=subject, body_text=body_text, body_html=body_html,
                        from_email=sender, from_name=advisers.firm.name if notice else adviser.name,
                        reply_to=reply_to, bcc=advisers.firm.journal_bcc or None)


# --- the API call ----------------------------------------------------------------------------------------

def _retry_after(headers: Any) -> float | None:
    return retry_after_seconds(headers.get("Retry-After")) if headers is not None else None


def _send_once(sg: SendGridAPIClient, body: dict[str, Any], timeout_s: float) -> str | None:
    """One POST; returns X-Message-Id, or raises _NotSent / _Refused / _Unknown."""
    try:
        response = sg.client.mail.send.post(request_body=body, timeout=timeout_s)
    except sg_errors.HTTPError as exc:
        status = int(getattr(exc, "status_code", 0) or 0)
        if status in RETRYABLE_STATUS:
            raise _NotSent(f"HTTP {status}", _retry_after(getattr(exc, "headers", None))) from None
        if status == 504:
            raise _Unknown("HTTP 504 gateway timeout: the request may have been accepted") from None
        raise _Refused(f"HTTP {status}: {_error_text(exc)}") from None
    except urllib.error.HTTPError as exc:  # a status python_http_client has no class for
        if exc.code in RETRYABLE_STATUS:
            raise _NotSent(f"HTTP {exc.code}", _retry_after(exc.headers)) from None
        if exc.code >= 500:
            raise _Unknown(f"HTTP {exc.code}") from None
        raise _Refused(f"HTTP {exc.code}") from None
    except urllib.error.URLError as exc:
        # urllib raises URLError only while connecting or writing the request: it never fully left.
        raise _NotSent(f"connection failed before the request was sent: {exc.reason}") from None
    except (TimeoutError, ConnectionError, http.client.HTTPException, OSError) as exc:
        # The request was written; the answer never came. SendGrid may have accepted it.
        raise _Unknown(f"no answer after the request was sent: {type(exc).__name__}: {exc}") from None
    if not 200 <= response.status_code < 300:
        raise _Unknown(f"unexpected HTTP {response.status_code}")
    headers = response.headers
    return headers.get("X-Message-Id") if headers is not None else None


def _error_text(exc: Exception) -> str:
    body = getattr(exc, "body", b"")
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    return text[:500]


def _call_with_retries(sg: SendGridAPIClient, body: dict[str, Any], policy: RetryPolicy,
                       counter: list[int], stop: threading.Event) -> str | None:
    def attempt() -> str | None:
        if counter[0] and stop.is_set():  # a retry while the worker stops: the last attempt sent nothing
            raise _NotSent("not retried: the worker is stopping")
        counter[0] += 1
        return _send_once(sg, body, policy.timeout_s)

    # The backoff waits on ``stop``: a shutdown ends the wait, and the attempt above then ends the retries.
    retrying = Retrying(stop=stop_after_attempt(policy.max_attempts) | stop_when_event_set(stop),
                        wait=backoff_wait(policy.initial_wait_s, policy.max_wait_s), sleep=sleep_using_event(stop),
                        retry=retry_if_exception(lambda e: isinstance(e, _NotSent)), reraise=True)
    return retrying(attempt)


# --- the ledger around it ------------------------------------------------------------------------------

def _ledger_row(session: Session, draft_id: int) -> DeliveryRow | None:
    return session.scalar(sa.select(DeliveryRow).where(DeliveryRow.draft_id == draft_id)
                          .execution_options(populate_existing=True))


def _report(draft_id: int, row: DeliveryRow | None, status: OutcomeStatus, **kw: Any) -> DeliveryOutcome:
    return DeliveryOutcome(draft_id=draft_id, status=status, ledger_state=row.state if row else None,
                           provider_message_id=row.provider_message_id if row else None,
                           error=kw.pop("error", row.last_error if row else None), **kw)


def _outcome_of_existing(session: Session, draft_id: int, row: DeliveryRow, lease: timedelta) -> DeliveryOutcome | None:
    """The outcome when the ledger row is not claimable, or None when it is."""
    if row.state in DELIVERED_STATES:
        return _report(draft_id, row, "already_sent", error=None)
    if row.state == DeliveryState.RENDERED:
        return _report(draft_id, row, "rendered", error=None)
    if row.state == DeliveryState.CALL_OPEN:
        return _report(draft_id, row, "call_open", error=None)
    if row.state == DeliveryState.UNKNOWN:
        return _report(draft_id, row, "unknown")
    if row.state == DeliveryState.FAILED:
        return _report(draft_id, row, "failed")
    if row.state == DeliveryState.SENDING:
        if ledger.reap_stale_sending(session, lease, draft_id=draft_id):
            session.commit()
            if row.channel != Channel.EMAIL:  # back to pending: nothing left the building, claim it again
                log.warning("draft %s: a stopped worker's %s claim was put back to pending", draft_id, row.channel)
                return None
            log.warning("delivery of draft %s was left in 'sending' by a stopped worker: marked unknown", draft_id)
            return _report(draft_id, _ledger_row(session, draft_id), "unknown")
        return _report(draft_id, row, "in_progress", error="another worker holds the claim")
    return None


def deliver_draft(session_factory: SessionFactory, draft_id: int, sg: SendGridAPIClient, *,
                  advisers: AdviserDirectory | None = None, from_email: str | None = None,
                  policy: RetryPolicy | None = None, stop: threading.Event | None = None) -> DeliveryOutcome:
    """Send one approved draft at most once; see the module docstring for every rule and state.

    ``from_email`` overrides the sender (default: the adviser's from_email, the firm's for notices).
    Safe to call any number of times, from any number of threads or processes. Once ``stop`` is set (the
    worker is shutting down) a backoff wait ends at once and no retry is made: back to ``pending``.
    """
    advisers = advisers or AdviserDirectory()
    policy = policy or RetryPolicy()
    session = session_factory()
    try:
        draft = session.get(DraftRow, draft_id)
        if draft is None:
            raise LookupError(f"draft {draft_id} does not exist")
        row = _ledger_row(session, draft_id)
        if row is not None and row.state != DeliveryState.PENDING:
            outcome = _outcome_of_existing(session, draft_id, row, policy.lease)
            if outcome is not None:
                return outcome
        if draft.status == DraftStatus.SUPPRESSED and row is None:
            return _report(draft_id, row, "suppressed", error="draft suppressed (client deceased, "
                           "do-not-contact or no address)")
        decision = latest_decision(session, draft_id)
        if decision is None or decision.action != DecisionAction.APPROVE or \
                draft.status not in (DraftStatus.APPROVED, DraftStatus.SENT):
            log.info("draft %s not sent: no approval (latest decision: %s)", draft_id,
                     decision.action if decision else "none")
            return _report(draft_id, row, "not_approved", error=None)
        prepared = _prepare(session, draft, decision, advisers, from_email)
        blocked = _claim(session, draft_id, prepared, policy)
        if blocked is not None:
            return blocked
        if prepared.unusable:
            return _refuse(session, draft, prepared)
        if prepared.channel != Channel.EMAIL:
            return _hand_over(session, draft_id, prepared)
        return _send_email(session, draft, prepared, sg, policy, stop or threading.Event())
    finally:
        session.close()


@dataclass(frozen=True)
class _Prepared:
    """Everything a delivery needs, made before the claim (any surprise comes before it): the approval, the
    channel, and the e-mail's request body or the card's PDF; ``refusal`` when it must not go out."""

    decision: DecisionRow
    channel: Channel
    refusal: _Refusal | None = None
    body: dict[str, Any] | None = None
    card: Card | None = None
    card_bytes: bytes | None = None

    @property
    def unusable(self) -> bool:
        return self.refusal is not None or (self.body is None and self.channel == Channel.EMAIL) or (
            self.card_bytes is None and self.channel == Channel.CARD)


def _prepare(session: Session, draft: DraftRow, decision: DecisionRow, advisers: AdviserDirectory,
             from_email: str | None) -> _Prepared:
    channel = Channel(decision.channel or draft.channel or Channel.EMAIL)
    refusal = _refusal(session, draft, channel)
    card: Card | None = None
    try:
        message = None if refusal else _final_message(session, draft, decision, advisers, from_email)
        if message is not None and channel == Channel.CARD:
            card = card_for_draft(session, draft.id, advisers, message=message)
    except (DraftError, CardError) as exc:
        refusal, message = _Refusal(f"final text unusable: {exc}"), None
    body = build_mail(message) if message is not None and channel == Channel.EMAIL else None
    card_bytes = card_pdf(card, created=decision.decided_at) if card is not None else None
    return _Prepared(decision, channel, refusal, body, card, card_bytes)


def _claim(session: Session, draft_id: int, prepared: _Prepared, policy: RetryPolicy) -> DeliveryOutcome | None:
    """Claim the ledger row (committed before anything leaves); the outcome when this call may not go on."""
    ledger.ensure_delivery(session, draft_id, prepared.channel)
    session.commit()
    if not ledger.claim_delivery(session, draft_id):
        session.rollback()
        row = _ledger_row(session, draft_id)
        outcome = _outcome_of_existing(session, draft_id, row, policy.lease) if row else None
        return outcome or _report(draft_id, row, "in_progress")
    if prepared.body is not None:  # what is about to leave, exactly (the compliance archive's source)
        ledger.record_request_body(session, draft_id, json.dumps(prepared.body))
    session.commit()  # the claim is visible to every other worker before anything leaves
    latest = latest_decision(session, draft_id)
    if latest is None or latest.id != prepared.decision.id:  # the approval changed while we were claiming
        ledger.mark_failed(session, draft_id, "decision changed before sending", retry=True)
        session.commit()
        return _report(draft_id, _ledger_row(session, draft_id), "not_approved", error=None)
    return None


def _refuse(session: Session, draft: DraftRow, prepared: _Prepared) -> DeliveryOutcome:
    refusal = prepared.refusal
    ledger.mark_failed(session, draft.id, refusal.text if refusal else "no message")
    if refusal and refusal.client_reason is not None:  # the client may never be written to
        draft.status = DraftStatus.SUPPRESSED
    session.commit()
    log.warning("draft %s not sent: %s", draft.id, refusal.text if refusal else "no message")
    suppressed = draft.status == DraftStatus.SUPPRESSED
    return _report(draft.id, _ledger_row(session, draft.id), "suppressed" if suppressed else "failed")


def _hand_over(session: Session, draft_id: int, prepared: _Prepared) -> DeliveryOutcome:
    """A card's PDF written (it waits for its print batch), or a call task opened for the adviser."""
    if prepared.channel == Channel.CARD and prepared.card is not None and prepared.card_bytes is not None:
        path = card_path(prepared.card)
        ledger.mark_rendered(session, draft_id, str(path), write_atomically(path, prepared.card_bytes))
        session.commit()
        log.info("draft %s: card rendered", draft_id)
        return _report(draft_id, _ledger_row(session, draft_id), "rendered", sent_now=True)
    ledger.mark_call_open(session, draft_id)
    session.commit()
    log.info("draft %s: call task open", draft_id)
    return _report(draft_id, _ledger_row(session, draft_id), "call_open", sent_now=True)


def _send_email(session: Session, draft: DraftRow, prepared: _Prepared, sg: SendGridAPIClient,
                policy: RetryPolicy, stop: threading.Event) -> DeliveryOutcome:
    """The SendGrid call under the claim, and its outcome on the ledger."""
    draft_id, body = draft.id, prepared.body
    assert body is not None
    # End the read before the call: no connection is held (idle in transaction) while SendGrid is
    # waited on, so a database restarted meanwhile still gets the outcome on a fresh connection.
    session.commit()
    calls = [0]
    try:
        try:
            message_id = _call_with_retries(sg, body, policy, calls, stop)
        finally:
            ledger.count_attempts(session, draft_id, calls[0] - 1)  # the claim counted the first call
    except _NotSent as exc:
        error = f"{exc} after {calls[0]} attempt(s); nothing was accepted, safe to retry"
        ledger.mark_failed(session, draft_id, error, retry=True)
        session.commit()
        log.warning("draft %s not sent (%s); back to pending", draft_id, exc)
        return _report(draft_id, _ledger_row(session, draft_id), "failed", attempts=calls[0], retryable=True)
    except _Refused as exc:
        ledger.mark_failed(session, draft_id, str(exc))
        session.commit()
        log.error("draft %s refused by SendGrid: %s", draft_id, str(exc).split(":")[0])
        return _report(draft_id, _ledger_row(session, draft_id), "failed", attempts=calls[0])
    except _Unknown as exc:
        ledger.mark_unknown(session, draft_id, f"{exc}; check SendGrid's activity before requeueing")
        session.commit()
        log.error("draft %s outcome unknown (%s): a person must check; it will not be resent",
                  draft_id, str(exc).split(":")[0])
        return _report(draft_id, _ledger_row(session, draft_id), "unknown", attempts=calls[0])
    except Exception as exc:  # a surprise after the request may have left: never resend
        ledger.mark_unknown(session, draft_id, f"unexpected {type(exc).__name__} while sending; "
                            "check SendGrid's activity before requeueing")
        session.commit()
        log.error("draft %s outcome unknown after an unexpected %s", draft_id, type(exc).__name__)
        log.debug("unexpected error while sending draft %s", draft_id, exc_info=True)
        return _report(draft_id, _ledger_row(session, draft_id), "unknown", attempts=calls[0])
    ledger.mark_sent(session, draft_id, message_id)
    draft.status = DraftStatus.SENT
    session.commit()
    log.info("draft %s sent (attempts: %d)", draft_id, calls[0])
    return _report(draft_id, _ledger_row(session, draft_id), "sent", sent_now=True, attempts=calls[0])


@dataclass(frozen=True)
class _Refusal:
    """Why a draft is not sent. ``client_reason`` set: the client may never be written to (suppress it)."""

    text: str
    client_reason: RefusalReason | None = None


def _refusal(session: Session, draft: DraftRow, channel: Channel = Channel.EMAIL) -> _Refusal | None:
    """Why a client-facing draft must not go out (by ``channel``) any more, or None."""
    if draft.template in NOTICE_TEMPLATES:
        if channel != Channel.EMAIL:
            return _Refusal("an internal notice goes by e-mail only")
        return None if draft.to_email else _Refusal("notice has no recipient address")
    client = _client_of(session, draft)
    if client is not None and client.deceased_at is not None:
        return _Refusal(f"{RefusalReason.CLIENT_DECEASED} since drafting", RefusalReason.CLIENT_DECEASED)
    if client is not None and client.do_not_contact:
        return _Refusal(str(RefusalReason.DO_NOT_CONTACT), RefusalReason.DO_NOT_CONTACT)
    if channel == Channel.EMAIL and not draft.to_email:
        return _Refusal("draft has no recipient address")
    if channel == Channel.CARD and (client is None or not client_from_row(client).mailing_address):
        return _Refusal("the client has no complete mailing address for a card")
    if channel == Channel.CALL and (client is None or not client.phone):
        return _Refusal("the client has no phone number for a call")
    return None


def _client_of(session: Session, draft: DraftRow) -> ClientRow | None:
    return session.scalar(sa.select(ClientRow).join(MatchRow, MatchRow.client_id == ClientRow.client_id)
                          .where(MatchRow.id == draft.match_id))


def card_for_draft(session: Session, draft_id: int, advisers: AdviserDirectory | None = None, *,
                   message: FinalMessage | None = None) -> Card:
    """The card of an approved card draft: the approved text for the insert, the client's address."""
    draft = session.get(DraftRow, draft_id)
    if draft is None:
        raise LookupError(f"draft {draft_id} does not exist")
    if advisers is None:
        from outreach.advisers import load_advisers

        advisers = load_advisers()
    if message is None:
        decision = latest_decision(session, draft_id)
        if decision is None or decision.action != DecisionAction.APPROVE:
            raise CardError(f"draft {draft_id} is not approved")
        message = _final_message(session, draft, decision, advisers, None)
    client = _client_of(session, draft)
    adviser = advisers.for_email(draft.advisor_email)
    return Card(draft_id=draft_id, advisor_email=draft.advisor_email, adviser_name=adviser.name,
                firm_name=advisers.firm.name, message=message.body_text,
                address=client_from_row(client).mailing_address if client is not None else [])



