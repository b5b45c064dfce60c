"""`outreach match`: roster + feeds -> one JSON line per proposed outreach. No database, no Airflow."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Sequence
from datetime import UTC, datetime

from outreach.feeds.item import FeedItem
from outreach.match.engine import match_items
from outreach.match.index import RosterIndex
from outreach.match.model import Match

log = logging.getLogger(__name__)


def run_match(roster: str, feeds: Sequence[str], *, replay: bool = False,
              now: datetime | None = None) -> tuple[list[Match], list[str], list[str]]:
    """Match a roster file against feeds (paths or URLs). Returns (matches, problems, failed feeds).

    A feed that cannot be read is listed in the failures and the others are still matched.
    Raises outreach.roster.RosterError when the roster cannot be read.
    """
    from outreach.feeds.errors import FeedParseError
    from outreach.feeds.fetch import FetchError
    from outreach.feeds.parse import load_feed
    from outreach.roster import read_roster

    result = read_roster(roster)
    index = RosterIndex(result.clients)
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
    matches = match_items(index, items, replay=replay, now=now or datetime.now(UTC))
    return matches, problems, failed


def cmd_match(args: argparse.Namespace) -> int:
    """Print one JSON object per proposed outreach; exit 1 when a feed failed, 2 when the roster did."""
    from outreach.roster import RosterError

    try:
        matches, problems, failed = run_match(args.roster, args.feed, replay=args.replay)
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
