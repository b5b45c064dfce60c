"""The `outreach` command: thin argparse wiring; the handlers are functions of outreach.commands."""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from typing import Any

from outreach import commands


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="outreach", description=__doc__)
    parser.add_argument("-v", "--verbose", action="count", default=0, help="-v INFO, -vv DEBUG (DEBUG may log PII)")
    sub = parser.add_subparsers(dest="command", required=True)
    _add_data_commands(sub)
    _add_feed_commands(sub)
    _add_record_commands(sub)
    _add_match_commands(sub)
    return parser


def _add_data_commands(sub: Any) -> None:
    """The store's schema, the roster and the clients' other places."""
    # --- store -------------------------------------------------------------------------------------
    db = sub.add_parser("db", help="database schema").add_subparsers(dest="db_command", required=True)
    db.add_parser("upgrade", help="apply Alembic migrations").set_defaults(handler=commands.cmd_db_upgrade)

    # --- roster ------------------------------------------------------------------------------------
    roster = sub.add_parser("roster", help="client roster").add_subparsers(dest="roster_command", required=True)
    imp = roster.add_parser("import", help="import a CRM roster CSV (re-import updates, never duplicates)")
    imp.add_argument("file")
    imp.set_defaults(handler=commands.cmd_roster_import)

    # --- locations ----------------------------------------------------------------------------------
    locations = sub.add_parser("locations", help="clients' other places (second homes, businesses, rentals)")
    loc = locations.add_subparsers(dest="locations_command", required=True)
    limp = loc.add_parser("import", help="import locations.csv (the file replaces the stored locations)")
    limp.add_argument("file")
    limp.set_defaults(handler=commands.cmd_locations_import)


def _add_feed_commands(sub: Any) -> None:
    # --- feeds -------------------------------------------------------------------------------------
    feeds = sub.add_parser("feeds", help="feed sources").add_subparsers(dest="feeds_command", required=True)
    add = feeds.add_parser("add", help="add or update a feed source")
    add.add_argument("name")
    add.add_argument("url", help="http(s):// URL, file:// URL or a path")
    add.add_argument("--kind", choices=["obituary", "weather", "news"], required=True)
    add.add_argument("--expect-every", type=float, metavar="HOURS",
                     help="alarm when the source brings no new item for this long (default: 48 for obituary and "
                          "news; weather is never alarmed for being quiet)")
    add.set_defaults(handler=commands.cmd_feeds_add)
    nws = feeds.add_parser("add-nws", help="add api.weather.gov alert feeds for the states of the roster "
                                          "(needs OUTREACH_NWS_CONTACT); disables those no longer needed")
    nws.add_argument("--from-roster", action="store_true", required=True,
                     help="the states where the stored clients and their locations are")
    nws.set_defaults(handler=commands.cmd_feeds_add_nws)
    feeds.add_parser("list", help="list feed sources with their last success and last error").set_defaults(
        handler=commands.cmd_feeds_list)
    unread = feeds.add_parser("unread", help="obituaries the matcher could not read (nothing was proposed from "
                                             "them): list them, or record that you looked (--ack)")
    unread.add_argument("--source", help="only this feed source")
    unread.add_argument("--all", action="store_true", help="include those already acknowledged")
    unread.add_argument("--ack", type=int, nargs="+", metavar="ID", help="feed item ids a person has looked at")
    unread.add_argument("--by", help="who looked (with --ack; default: $USER)")
    unread.set_defaults(handler=commands.cmd_feeds_unread)


def _add_record_commands(sub: Any) -> None:
    """After the review: card batches, a client's history, the compliance archive."""
    cards = sub.add_parser("cards", help="printed cards").add_subparsers(dest="cards_command", required=True)
    prn = cards.add_parser("print", help="write an adviser's cards of a day into one PDF and mark them printed")
    prn.add_argument("--adviser", required=True, help="the adviser's e-mail (the roster's advisor_email)")
    prn.add_argument("--date", default=None, help="YYYY-MM-DD (default: today, UTC)")
    prn.set_defaults(handler=commands.cmd_cards_print)

    history = sub.add_parser("history", help="a client's contact history: every outreach, its channel, when it "
                             "left, who approved it, how it ended (held ones with the cooldown's reason)")
    history.add_argument("client_id")
    history.set_defaults(handler=commands.cmd_history)

    archive = sub.add_parser("archive", help="compliance archive").add_subparsers(dest="archive_command",
                                                                                  required=True)
    export = archive.add_parser("export", help="write every message that left, day by day, with a manifest of "
                                "hashes (a past day re-exported is byte-identical)")
    export.add_argument("--since", required=True, help="first day, YYYY-MM-DD (UTC)")
    export.add_argument("--until", default=None, help="last day, YYYY-MM-DD (default: today, UTC)")
    export.add_argument("--out", required=True, help="folder: one sub-folder per day")
    export.set_defaults(handler=commands.cmd_archive_export)


def _add_match_commands(sub: Any) -> None:
    fetch = sub.add_parser("fetch", help="fetch feed sources and store new items")
    fetch.add_argument("--source", action="append", help="only this source (repeatable)")
    fetch.set_defaults(handler=commands.cmd_fetch)

    # --- matching (no database, no Airflow) ----------------------------------------------------------
    match = sub.add_parser("match", help="match a roster against feeds; one JSON line per proposed outreach")
    match.add_argument("--roster", required=True)
    match.add_argument("--feed", action="append", required=True, help="path or URL (repeatable)")
    match.add_argument("--locations", help="locations.csv: clients' other places (weather matches them too)")
    match.add_argument("--replay", action="store_true", help="judge each item as of its own publication time")
    match.add_argument("--format", choices=["jsonl"], default="jsonl")
    match.set_defaults(handler=commands.cmd_match)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    level = {0: logging.WARNING, 1: logging.INFO}.get(args.verbose, logging.DEBUG)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)
    return int(args.handler(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
