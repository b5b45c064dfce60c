"""A local HTTP server for the demo feeds: serves ``demo/data/feeds`` with ETag and Last-Modified.

Feed files hold placeholders: ``{{base}}`` becomes this server's URL (item links open a stub page
here, so a reviewer's "source" link works offline), and times, so the samples are current whenever the demo
runs: ``{{rfc822 -20h}}``, ``{{iso +3h}}``, ``{{vtec -10m}}`` (units m, h, d; the offset is optional) and
``{{year}}``. They are filled in once, when the server starts, so a file's bytes, ETag and Last-Modified stay
stable while it runs and conditional GETs answer 304.

Run it with ``python -m demo.feed_server --port 8026`` (``--dir`` to serve another folder).
"""

from __future__ import annotations

import argparse
import hashlib
import logging
import re
import signal
import threading
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from demo.local_http import LocalHTTPServer

log = logging.getLogger(__name__)

FEEDS_DIR = Path(__file__).resolve().parent / "data" / "feeds"
CONTENT_TYPES = {
    ".rss": "application/rss+xml; charset=utf-8",
    ".atom": "application/atom+xml; charset=utf-8",  # what api.weather.gov answers for Atom
    ".xml": "application/xml; charset=utf-8",
    ".json": "application/geo+json",
}
_PLACEHOLDER = re.compile(r"\{\{\s*(rfc822|iso|vtec|year|base)\s*(?:([+-]\d+)([mhd]))?\s*\}\}")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}
STUB_SECTIONS = ("obituaries", "news")  # item links of the sample feeds
STUB_PAGE = (b"<!doctype html><title>Demo source page</title><p>This stands in for the original article "
             b"or obituary page that a feed item links to. The full text is in the feed.</p>")


def render_feed(text: str, now: datetime, base_url: str = "http://127.0.0.1") -> str:
    """Fill the placeholders of a feed template: times relative to ``now``, ``{{base}}`` = ``base_url``."""

    def replace(m: re.Match[str]) -> str:
        kind, amount, unit = m.groups()
        if kind == "base":
            return base_url
        when = now + timedelta(**{_UNITS[unit]: int(amount)}) if amount else now
        when = when.astimezone(UTC)
        if kind == "rfc822":
            return format_datetime(when)
        if kind == "iso":
            return when.isoformat(timespec="seconds")
        if kind == "vtec":
            return when.strftime("%y%m%dT%H%MZ")  # VTEC event times: yymmddThhnnZ
        return str(when.year)

    return _PLACEHOLDER.sub(replace, text)


class FeedServer(LocalHTTPServer):
    """Serves every file of ``directory`` (rendered once) at ``/<file name>``; start() on a free port."""

    thread_name = "feed-server"

    def __init__(self, directory: str | Path = FEEDS_DIR, *, host: str = "127.0.0.1", port: int = 0,
                 now: datetime | None = None) -> None:
        self.started = (now or datetime.now(UTC)).replace(microsecond=0)
        self.requests: list[dict[str, Any]] = []
        self._bind(host, port, self._handler_class())  # bound now: url is known
        self.files: dict[str, tuple[bytes, str, str]] = {}  # name -> (body, content type, etag)
        for path in sorted(Path(directory).iterdir()):
            if path.is_file() and path.suffix in CONTENT_TYPES:
                body = render_feed(path.read_text(encoding="utf-8"), self.started, self.url).encode("utf-8")
                etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
                self.files[path.name] = (body, CONTENT_TYPES[path.suffix], etag)
        if not self.files:
            self._server.server_close()
            raise FileNotFoundError(f"no feed files ({', '.join(CONTENT_TYPES)}) in {directory}")

    def feed_url(self, name: str) -> str:
        """The URL of one served file, e.g. ``feed_url("news.rss")``."""
        if name not in self.files:
            raise KeyError(f"{name} is not served; have {sorted(self.files)}")
        return f"{self.url}/{name}"

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        server = self
        last_modified = format_datetime(self.started, usegmt=True)

        class Handler(BaseHTTPRequestHandler):
            server_version = "outreach-demo-feeds/1"

            def log_message(self, format: str, *args: Any) -> None:
                log.debug("feed-server: " + format, *args)

            def _not_modified(self, etag: str) -> bool:
                inm = self.headers.get("If-None-Match")
                if inm is not None:  # RFC 9110: If-None-Match wins over If-Modified-Since
                    return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
                ims = self.headers.get("If-Modified-Since")
                if ims:
                    try:
                        return parsedate_to_datetime(ims) >= server.started
                    except (TypeError, ValueError):
                        return False
                return False

            def _serve(self, with_body: bool) -> None:
                name = self.path.split("?", 1)[0].lstrip("/")
                found = server.files.get(name)
                if found is None and "/" in name and name.split("/", 1)[0] in STUB_SECTIONS:
                    found = (STUB_PAGE, "text/html; charset=utf-8", '"stub"')
                if found is None:
                    server.requests.append({"path": self.path, "status": 404})
                    self.send_error(404, "no such feed")
                    return
                body, ctype, etag = found
                status = 304 if self._not_modified(etag) else 200
                server.requests.append({"path": self.path, "status": status})
                self.send_response(status)
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", last_modified)
                self.send_header("Cache-Control", "max-age=60")
                if status == 200:
                    self.send_header("Content-Type", ctype)
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                if status == 200 and with_body:
                    self.wfile.write(body)

            def do_GET(self) -> None:
                self._serve(with_body=True)

            def do_HEAD(self) -> None:
                self._serve(with_body=False)

        return Handler


def main(argv: list[str] | None = None) -> int:
    """`python -m demo.feed_server --port 8026`: serve until SIGINT/SIGTERM."""
    parser = argparse.ArgumentParser(prog="demo.feed_server", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8026)
    parser.add_argument("--dir", default=str(FEEDS_DIR), help="folder of feed files to serve")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    server = FeedServer(args.dir, host=args.host, port=args.port)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    server.start()
    for name in server.files:
        print(f"feed: {server.url}/{name}", flush=True)
    stop.wait()
    server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
