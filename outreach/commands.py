"""The handlers of the `outreach` command: parse nothing, call the library, print a summary, return the exit code.

`outreach.cli` builds the parser and dispatches to these functions by object. Handlers import the heavy parts of
the library (the matching engine, the store) only when they run, so `outreach db upgrade` does not load spaCy.

Every store handler brings the schema up to date first (a no-op when it already is), so a fresh machine needs no
separate `outreach db upgrade`. Exit codes: 0 done, 1 a source (or feed) failed, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from outreach.config import load_settings

if TYPE_CHECKING:
    from outreach.match.model import Match

log = logging.getLogger(__name__)

MAX_PROBLEMS_SHOWN = 50  # a roster with a shifted column fails every row; the first ones tell the story


def _err(message: str) -> None:
    print(f"outreach: error: {message}", file=sys.stderr)


def _database_url() -> str:
    from outreach.store.db import upgrade

    url = load_settings().resolved_database_url
    upgrade(url)
    return url


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    """`outreach db upgrade`: apply the migrations."""
    from outreach.store.db import safe_url, upgrade

    url = load_settings().resolved_database_url
    revision = upgrade(url)
    print(f"{safe_url(url)}: schema at revision {revision}")
    return 0


def cmd_roster_import(args: argparse.Namespace) -> int:
    """`outreach roster import FILE.csv`: validate the whole file, then upsert it in one transaction."""
    from outreach.roster import RosterError, read_roster
    from outreach.store.clients import upsert_clients
    from outreach.store.db import session_scope

    try:
        roster = read_roster(Path(args.file))
    except RosterError as exc:
        _report_problems(exc.problems, args.file)
        return 2
    for warning in roster.warnings:
        print(f"outreach: warning: {warning}", file=sys.stderr)
    with session_scope(_database_url()) as session:
        counts = upsert_clients(session, roster.clients)
    unchanged = len(roster.clients) - counts.inserted - counts.updated
    print(f"{Path(args.file).name}: {len(roster.clients)} clients "
          f"({counts.inserted} new, {counts.updated} updated, {unchanged} unchanged)")
    return 0


def _report_problems(problems: Sequence[str], file: str) -> None:
    for problem in problems[:MAX_PROBLEMS_SHOWN]:
        _err(problem)
    if len(problems) > MAX_PROBLEMS_SHOWN:
        _err(f"... and {len(problems) - MAX_PROBLEMS_SHOWN} more problems")
    _err(f"{Path(file).name}: nothing imported")


def cmd_locations_import(args: argparse.Namespace) -> int:
    """`outreach locations import FILE.csv`: validate the whole file against the stored roster, then make the
    stored locations exactly the file's, in one transaction."""
    from outreach.locations import LocationsError, read_locations
    from outreach.store.db import session_scope
    from outreach.store.locations import client_ids, replace_locations

    with session_scope(_database_url()) as session:
        try:
            result = read_locations(Path(args.file), client_ids=client_ids(session))
        except LocationsError as exc:
            _report_problems(exc.problems, args.file)
            return 2
        for warning in result.warnings:
            print(f"outreach: warning: {warning}", file=sys.stderr)
        counts = replace_locations(session, result.locations)
    print(f"{Path(args.file).name}: {len(result.locations)} locations "
          f"({counts.added} new, {counts.removed} removed, {counts.unchanged} unchanged)")
    return 0


def cmd_feeds_add(args: argparse.Namespace) -> int:
    """`outreach feeds add NAME URL --kind KIND`: add a source, or update the one with that name."""
    from outreach.store.db import session_scope
    from outreach.store.feeds import add_feed_source

    name = args.name.strip()
    if not name:
        _err("a feed source needs a non-empty name")
        return 2
    url = _feed_location(args.url)
    if url is None:
        return 2
    every = getattr(args, "expect_every", None)
    if every is not None and every <= 0:
        _err("--expect-every needs a positive number of hours")
        return 2
    with session_scope(_database_url()) as session:
        _, created = add_feed_source(session, name, url, args.kind, expected_interval_hours=every)
    print(f"{'added' if created else 'updated'} feed source {name!r} ({args.kind}): {url}")
    return 0


def _feed_location(value: str) -> str | None:
    """An http(s) URL as given; a path or file:// URL must exist and is stored absolute."""
    parts = urlsplit(value)
    scheme = parts.scheme.lower()
    if scheme in ("http", "https"):
        if not parts.hostname:
            _err(f"{value!r} has no host name")
            return None
        return value
    if scheme == "file":
        path = Path(parts.path)
    elif scheme and len(scheme) > 1:
        _err(f"unsupported URL scheme {scheme!r} (use http, https, file or a path)")
        return None
    else:
        path = Path(value)
    if not path.is_file():
        _err(f"no such file: {path}")
        return None
    return str(path.resolve())


def cmd_feeds_list(args: argparse.Namespace) -> int:
    """`outreach feeds list`: one line per source, with the outcome of its last fetch."""
    from outreach.store.db import session_scope
    from outreach.store.feeds import list_feed_sources

    with session_scope(_database_url()) as session:
        sources = list_feed_sources(session)
        if not sources:
            print("no feed sources; add one with `outreach feeds add NAME URL --kind KIND`")
            return 0
        for s in sources:
            when = _when(s.last_fetched_at) if s.last_fetched_at else "never fetched"
            state = "" if s.enabled else " [disabled]"
            outcome = f"HTTP {s.last_status}" if s.last_status else ""
            print(f"{s.name}\t{s.kind}\t{s.url}\t{when}{' ' + outcome if outcome else ''}{state}")
            success = _when(s.last_success_at) if s.last_success_at else "never"
            new = f", last new item {_when(s.last_new_item_at)}" if s.last_new_item_at else ""
            print(f"\tlast success: {success}{new}")
            if s.last_error:  # cleared by the next successful fetch
                failures = f" ({s.consecutive_failures} failed fetches in a row)" if s.consecutive_failures else ""
                print(f"\tlast error: {s.last_error}{failures}")
            else:
                print("\tlast error: none" + (" since the last success" if s.last_success_at else ""))
    return 0


def cmd_feeds_unread(args: argparse.Namespace) -> int:
    """`outreach feeds unread`: the obituaries the matcher could not read, one line each; with ``--ack`` record
    that a person looked at them (their source is unhealthy until then). Exit 1 when an id was not unread."""
    from outreach.store.db import session_scope
    from outreach.store.feeds import acknowledge_unread, unread_items

    with session_scope(_database_url()) as session:
        if args.ack:
            actor = args.by or os.environ.get("USER") or "unknown"
            done = acknowledge_unread(session, args.ack, actor)
            for item_id in done:
                print(f"acknowledged unread obituary {item_id} (by {actor})")
            missing = sorted(set(args.ack) - set(done))
            if missing:
                _err(f"not an unacknowledged unread obituary: {', '.join(map(str, missing))}")
                return 1
            return 0
        rows = unread_items(session, source=args.source, include_seen=args.all)
        if not rows:
            print("no unread obituaries" + ("" if args.all else " awaiting a look"))
            return 0
        for row in rows:
            seen = (f"\tseen {_when(row.unread_seen_at)} by {row.unread_seen_by}" if row.unread_seen_at
                    else "")
            title = "".join(c for c in " ".join(row.title.split()) if c.isprintable())[:80]  # feed text
            print(f"{row.id}\t{row.source.name}\t{_when(row.fetched_at)}\t{title}\t{row.link or ''}"
                  f"\t{row.unread_reason}{seen}")
    return 0


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def cmd_feeds_add_nws(args: argparse.Namespace) -> int:
    """`outreach feeds add-nws --from-roster`: one api.weather.gov active-alert source per state where clients and
    their locations are; sources of states no longer present are disabled. Prints what changed."""
    from outreach.nws_sources import NwsContactMissing, sync_nws_sources
    from outreach.store.db import session_scope

    if not args.from_roster:
        _err("give --from-roster: the states come from the stored clients and their locations")
        return 2
    with session_scope(_database_url()) as session:
        try:
            sync = sync_nws_sources(session)
        except NwsContactMissing as exc:
            _err(str(exc))
            return 2
    for name in sync.added:
        print(f"added {name}")
    for name in sync.enabled:
        print(f"re-enabled {name}")
    for name in sync.disabled:
        print(f"disabled {name}: no client or location in its state any more")
    if not sync.states:
        print("no client with a known state: no NWS source needed")
    elif not sync.changed:
        print(f"no change: {len(sync.unchanged)} NWS source(s) for {', '.join(sync.states)}")
    else:
        print(f"NWS sources for {', '.join(sync.states)}")
    return 0


def cmd_cards_print(args: argparse.Namespace) -> int:
    """`outreach cards print --adviser EMAIL [--date D]`: the adviser's "today's cards" PDF; 0 done (or none)."""
    from datetime import UTC, date, datetime

    from outreach.cards import print_cards

    try:
        day = date.fromisoformat(args.date) if args.date else datetime.now(UTC).date()
    except ValueError:
        _err(f"--date: {args.date!r} is not YYYY-MM-DD")
        return 2
    batch = print_cards(_database_url(), args.adviser, day)
    if batch is None:
        print(f"no cards to print for {args.adviser} on {day.isoformat()}")
        return 0
    print(f"{batch.path}: {len(batch.draft_ids)} card(s), {len(batch.newly_printed)} newly marked printed")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    """`outreach history CLIENT_ID`: the client's outreach, oldest first; 2 when the client is unknown."""
    from outreach.store.db import session_scope
    from outreach.store.history import client_history
    from outreach.store.models import ClientRow

    with session_scope(_database_url()) as session:
        client = session.get(ClientRow, args.client_id)
        if client is None:
            _err(f"no client {args.client_id!r}")
            return 2
        contacts = client_history(session, args.client_id)
    if not contacts:
        print(f"{args.client_id}: no outreach yet")
        return 0
    print(f"{args.client_id}: {len(contacts)} outreach")
    for contact in contacts:
        print(contact.describe())
    return 0


def cmd_archive_export(args: argparse.Namespace) -> int:
    """`outreach archive export --since DATE --out DIR`: one folder per day; 1 when a day's export no longer
    matches the hash recorded when it was first archived (or a message cannot be archived), 2 on bad input."""
    from datetime import UTC, date, datetime

    from outreach.archive import ArchiveError, export_days

    try:
        since = date.fromisoformat(args.since)
        until = date.fromisoformat(args.until) if args.until else datetime.now(UTC).date()
    except ValueError as exc:
        _err(f"dates are YYYY-MM-DD: {exc}")
        return 2
    if until < since:
        _err("--until is before --since")
        return 2
    try:
        days = export_days(_database_url(), since, until, Path(args.out))
    except ArchiveError as exc:
        _err(str(exc))
        return 1
    for day in days:
        print(f"{day.path}: {day.messages} message(s), manifest sha256 {day.manifest_sha256}"
              f"{' (recorded)' if day.recorded else ''}")
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    """`outreach fetch [--source NAME]...`: fetch and store; exit 1 if a source failed, 2 if unknown/disabled."""
    from outreach.ingest import fetch_sources

    reports = fetch_sources(_database_url(), names=args.source)
    if not reports:
        print("no enabled feed sources; add one with `outreach feeds add NAME URL --kind KIND`")
        return 0
    for r in reports:
        if r.status == "ok":
            skipped = f", {len(r.problems)} entries skipped" if r.problems else ""
            print(f"{r.name}: {len(r.new_item_ids)} new items{skipped}")
        elif r.status == "not_modified":
            print(f"{r.name}: not modified")
        else:  # the cause is also logged to stderr; this is the summary line
            print(f"{r.name}: {r.status.replace('_', ' ')}: {r.error}")
    if any(r.status in ("unknown_source", "disabled") for r in reports):
        return 2
    return 0 if all(r.ok for r in reports) else 1


# --- matching (no database, no Airflow) ---------------------------------------------------------

def run_match(roster: str, feeds: Sequence[str], *, replay: bool = False, now: datetime | None = None,
              locations: str | None = None) -> tuple[list[Match], list[str], list[str]]:
    """Match a roster file (and optionally a locations file) against feeds (paths or URLs). Returns (matches,
    problems, failed feeds).

    A feed that cannot be read is listed in the failures and the others are still matched.
    Raises outreach.roster.RosterError when the roster (or locations.LocationsError when the locations file)
    cannot be read.
    """
    from outreach.feeds.errors import FeedParseError
    from outreach.feeds.fetch import FetchError
    from outreach.feeds.item import FeedItem
    from outreach.feeds.parse import load_feed
    from outreach.match.engine import EngineState, match_items
    from outreach.match.index import RosterIndex
    from outreach.roster import read_roster

    result = read_roster(roster)
    places = []
    if locations:
        from outreach.locations import read_locations

        places = read_locations(locations, client_ids={c.client_id for c in result.clients}).locations
    index = RosterIndex(result.clients, places)
    problems: list[str] = []
    failed: list[str] = []
    items: list[FeedItem] = []
    for feed in feeds:
        try:
            parsed = load_feed(feed)
        except (FeedParseError, FetchError, OSError) as exc:
            failed.append(f"feed {feed}: {exc}")
            continue
        items.extend(parsed.items)
        problems.extend(f"feed {feed}: {p}" for p in parsed.problems)
    state = EngineState()
    matches = match_items(index, items, replay=replay, now=now or datetime.now(UTC), state=state)
    problems.extend(f"feed {source}: item {item_id}: obituary not read ({why}); nothing proposed from it"
                    for (source, item_id), why in state.unread.items())
    return matches, problems, failed


def cmd_match(args: argparse.Namespace) -> int:
    """`outreach match`: one JSON object per proposed outreach; exit 1 when a feed failed, 2 when the roster did.

    No database, no Airflow."""
    from outreach import heap
    from outreach.locations import LocationsError
    from outreach.roster import RosterError

    heap.opt_in()  # a process of its own that builds an index and matches: keep them out of the cyclic GC
    try:
        matches, problems, failed = run_match(args.roster, args.feed, replay=args.replay,
                                              locations=getattr(args, "locations", None))
    except LocationsError as exc:
        print(f"outreach match: locations {args.locations}: {exc}", file=sys.stderr)
        return 2
    except RosterError as exc:
        print(f"outreach match: roster {args.roster}: {exc}", file=sys.stderr)
        return 2
    out = sys.stdout
    for m in matches:
        out.write(json.dumps(m.as_json(), ensure_ascii=False, default=str) + "\n")
    out.flush()
    for p in (*problems, *failed):
        print(f"outreach match: {p}", file=sys.stderr)
    log.info("%d proposed outreach from %d feed(s)", len(matches), len(args.feed))
    return 1 if failed else 0
