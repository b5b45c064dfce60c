"""Fetch the configured feed sources and store their new items, one source at a time.

Each source is its own unit of work: fetched with a conditional GET (the stored ETag/Last-Modified),
parsed, its new items stored and its validators updated, then committed. A failure (HTTP error,
timeout, unparseable document, a bug) is logged for that source and recorded in its ``last_error``;
the other sources go on and nothing stored earlier is touched. Validators are saved only together
with the items they cover, so a failed store never turns the next fetch into a 304 that hides items,
and never for a document that is not well-formed XML (it may be a cut-off copy).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

import sqlalchemy as sa
from sqlalchemy.orm import Session

from outreach.config import Settings, load_settings
from outreach.states import SourceKind
from outreach.store.db import session_factory
from outreach.store.feeds import list_feed_sources, store_items
from outreach.store.models import FeedSourceRow, utcnow

if TYPE_CHECKING:
    import httpx

log = logging.getLogger(__name__)

Status = Literal["ok", "not_modified", "error", "unknown_source", "disabled"]
_MAX_ERROR = 2000  # last_error is for people; a traceback belongs in the log


@dataclass(frozen=True)
class SourceReport:
    """What one source's fetch did. ``new_item_ids`` are ``feed_items.id`` values of rows just stored."""

    name: str
    status: Status
    new_item_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # entries the parser skipped (may quote feed text)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.status in ("ok", "not_modified")


def fetch_sources(
    session_factory_or_url: Callable[[], Session] | str | None = None,
    names: Sequence[str] | None = None,
    settings: Settings | None = None,
    *,
    http_client: httpx.Client | None = None,
) -> list[SourceReport]:
    """Fetch the enabled sources (or only ``names``) and store new items; one report per source.

    Never raises for a source's failure: it is in that source's report (status "error"), its log line
    and its ``last_error``. Named sources that do not exist get status "unknown_source", disabled
    ones "disabled".
    """
    settings = settings or load_settings()
    factory = session_factory_or_url if callable(session_factory_or_url) else session_factory(
        session_factory_or_url or settings.resolved_database_url)
    with factory() as session:
        sources = [(s.id, s.name, s.enabled) for s in list_feed_sources(session, names)]
    reports: list[SourceReport] = []
    known = {name for _, name, _ in sources}
    for name in names or ():
        if name not in known:
            log.error("fetch: no feed source named %r", name)
            reports.append(SourceReport(name, "unknown_source", error=f"no feed source named {name!r}"))
    for source_id, name, enabled in sources:
        if not enabled:
            if names:
                reports.append(SourceReport(name, "disabled", error="source is disabled"))
            continue
        reports.append(_fetch_one(factory, source_id, settings, http_client))
    return reports


def _fetch_one(
    factory: Callable[[], Session], source_id: int, settings: Settings, http_client: httpx.Client | None
) -> SourceReport:
    from outreach.feeds.errors import FeedParseError
    from outreach.feeds.fetch import FetchError, fetch
    from outreach.feeds.parse import parse_feed

    with factory() as session:
        source = session.get(FeedSourceRow, source_id)
        if source is None:  # removed since the list was read
            return SourceReport(str(source_id), "unknown_source", error="feed source removed during the fetch")
        name = source.name
        status: int | None = None
        try:
            result = fetch(source.url, etag=source.etag, last_modified=source.last_modified,
                           settings=settings, client=http_client)
            status = result.status
            if result.not_modified:
                _record(source, status=status, error=None, new_items=False)
                session.commit()
                log.info("source %s: not modified", name)
                return SourceReport(name, "not_modified")
            parsed = parse_feed(result.body, source=name, source_kind=SourceKind(source.kind),
                                content_type=result.content_type)
            problems = list(parsed.problems)
            new_ids = store_items(session, source, parsed.items, problems)
            if parsed.well_formed:
                _record(source, status=status, error=None, new_items=bool(new_ids), etag=_validator(result.etag, 1000),
                        last_modified=_validator(result.last_modified, 100))
            else:  # possibly a cut-off copy: fetch it whole next time (stored entries are not repeated)
                _record(source, status=status, error=None, new_items=bool(new_ids), etag=None, last_modified=None)
            session.commit()
        except (FetchError, FeedParseError) as exc:
            session.rollback()
            what = "fetch failed" if isinstance(exc, FetchError) else "not a usable feed"
            status = getattr(exc, "status", None) or status
            return _failed(session, source_id, name, status, f"{what}: {exc}")
        except Exception as exc:  # one broken source must not stop the others
            session.rollback()
            # The text of an unexpected error may carry entry text (a database error quotes its
            # parameters): only the type goes to the log and last_error, the rest to DEBUG.
            log.debug("source %s: unexpected error", name, exc_info=True)
            return _failed(session, source_id, name, status,
                           f"unexpected {type(exc).__name__} (run with -vv for details)")

    if problems:
        # Problems may quote entry text (names): the count is safe at WARNING, the details are not.
        log.warning("source %s: %d problem%s with entries (-vv shows them)", name, len(problems),
                    "" if len(problems) == 1 else "s")
        for problem in problems:
            log.debug("source %s: %s", name, problem)
    log.info("source %s: %d entries, %d new", name, len(parsed.items), len(new_ids))
    return SourceReport(name, "ok", new_item_ids=list(new_ids), problems=problems)


def _record(source: FeedSourceRow, *, status: int | None, error: str | None, new_items: bool,
            **validators: str | None) -> None:
    """A successful fetch: its outcome, and the source's health (outreach.source_health) reset."""
    now = utcnow()
    source.last_fetched_at = source.last_success_at = now
    source.last_status = status
    source.last_error = error
    source.consecutive_failures = 0
    if new_items:
        source.last_new_item_at = now
    for key, value in validators.items():
        setattr(source, key, value)


def _validator(value: str | None, limit: int) -> str | None:
    # A header longer than any real ETag/HTTP date is not worth storing (and would not fit the column).
    return value if value and len(value) <= limit else None


def _failed(session: Session, source_id: int, name: str, status: int | None, message: str) -> SourceReport:
    log.error("source %s: %s", name, message)
    try:
        session.execute(sa.update(FeedSourceRow).where(FeedSourceRow.id == source_id).values(
            last_fetched_at=utcnow(), last_status=status, last_error=message[:_MAX_ERROR],
            consecutive_failures=FeedSourceRow.consecutive_failures + 1))
        session.commit()
    except Exception:
        session.rollback()
        log.exception("source %s: could not record the error", name)
    return SourceReport(name, "error", error=message)
