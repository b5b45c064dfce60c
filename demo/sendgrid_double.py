"""A local SendGrid v3 test double: POST /v3/mail/send, each accepted message written to a folder.

Speaks enough of the real API for the real `sendgrid` client (SendGridAPIClient(api_key, host=url)):
checks ``Authorization: Bearer <key>``, validates the JSON roughly the way SendGrid does (400 with an
``errors`` list), answers 202 with an ``X-Message-Id`` header. Fault modes are queued per test:

    double.fail_next(429, times=2, retry_after=1)   # rate limited twice, then normal
    double.fail_next(500, times=3)
    double.hang_next()                               # accept and write the message, then never answer

Run it for the demo with ``python -m demo.sendgrid_double --port 8025 --out DIR``.
"""

from __future__ import annotations

import argparse
import itertools
import json
import logging
import os
import secrets
import signal
import threading
from collections import deque
from dataclasses import dataclass
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

from demo.local_http import LocalHTTPServer

log = logging.getLogger(__name__)

SEND_PATH = "/v3/mail/send"
MAX_BODY_BYTES = 30 * 1024 * 1024  # SendGrid's documented total message size limit


@dataclass(frozen=True)
class Fault:
    """One queued misbehaviour: an HTTP error status, "hang" (accept, write, never answer), or a slow
    answer (accept, write, answer 202 after ``delay_s``)."""

    status: int | None = None  # None with hang=True or delay_s
    retry_after: int | None = None
    hang: bool = False
    delay_s: float = 0.0


def validate_mail(payload: Any) -> list[dict[str, Any]]:
    """Rough v3 /mail/send validation; returns SendGrid-style error objects (empty when acceptable)."""
    errors: list[dict[str, Any]] = []

    def err(message: str, field: str | None) -> None:
        errors.append({"message": message, "field": field, "help": None})

    if not isinstance(payload, dict):
        err("The request body must be a JSON object.", None)
        return errors
    pers = payload.get("personalizations")
    if not isinstance(pers, list) or not pers:
        err("The personalizations field is required and must have at least one personalization.",
            "personalizations")
    else:
        for i, p in enumerate(pers):
            tos = p.get("to") if isinstance(p, dict) else None
            if not isinstance(tos, list) or not tos:
                err("The to array is required for all personalization objects.", f"personalizations.{i}.to")
                continue
            for j, to in enumerate(tos):
                if not isinstance(to, dict) or "@" not in str(to.get("email", "")):
                    err("Does not contain a valid address.", f"personalizations.{i}.to.{j}.email")
    sender = payload.get("from")
    if not isinstance(sender, dict) or "@" not in str(sender.get("email", "")):
        err("The from object must be provided for every email send.", "from.email")
    has_subject = bool(payload.get("subject")) or any(
        isinstance(p, dict) and p.get("subject") for p in (pers if isinstance(pers, list) else [])
    )
    if not has_subject and not payload.get("template_id"):
        err("The subject is required.", "subject")
    content = payload.get("content")
    if not payload.get("template_id"):
        if not isinstance(content, list) or not content:
            err("Unless a valid template_id is provided, the content parameter is required.", "content")
        else:
            for k, c in enumerate(content):
                if not isinstance(c, dict) or not c.get("type") or not isinstance(c.get("value"), str):
                    err("Content must have a type and a string value.", f"content.{k}")
                elif not c["value"]:
                    err("The content value must be a string at least one character in length.",
                        f"content.{k}.value")
    return errors


class SendGridDouble(LocalHTTPServer):
    """The double as an object: start() it on a free port, point the real client at ``url``."""

    thread_name = "sendgrid-double"
    poll_interval = 0.05

    def __init__(self, out_dir: str | os.PathLike[str], *, api_key: str | None = None,
                 host: str = "127.0.0.1", port: int = 0, hang_s: float = 30.0) -> None:
        self.out_dir = Path(out_dir)
        self.out_dir.mkdir(parents=True, exist_ok=True)
        self.api_key = api_key  # None: any non-empty bearer token is accepted
        self.hang_s = hang_s
        self._faults: deque[Fault] = deque()
        self._lock = threading.Lock()
        self._seq = itertools.count(len(list(self.out_dir.glob("*.json"))) + 1)
        self._released = threading.Event()  # set on stop(): hanging handlers let go
        self.requests: list[dict[str, Any]] = []  # every request seen: path, status answered
        self._bind(host, port, self._handler_class())

    # --- control -----------------------------------------------------------------------------------
    def stop(self) -> None:
        self._released.set()  # hanging handlers let go before the server shuts down
        super().stop()

    def fail_next(self, status: int, *, times: int = 1, retry_after: int | None = None) -> None:
        """Answer the next ``times`` sends with ``status`` (nothing is written)."""
        with self._lock:
            self._faults.extend(Fault(status=status, retry_after=retry_after) for _ in range(times))

    def hang_next(self, *, times: int = 1) -> None:
        """Accept and write the next ``times`` messages, then hold the connection without answering."""
        with self._lock:
            self._faults.extend(Fault(hang=True) for _ in range(times))

    def slow_next(self, delay_s: float, *, times: int = 1) -> None:
        """Accept and write the next ``times`` messages, then answer each only after ``delay_s`` seconds."""
        with self._lock:
            self._faults.extend(Fault(delay_s=delay_s) for _ in range(times))

    def messages(self) -> list[dict[str, Any]]:
        """Every accepted message, oldest first: {"message_id", "received_at", "body"}."""
        return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(self.out_dir.glob("*.json"))]

    # --- internals ---------------------------------------------------------------------------------
    def _next_fault(self) -> Fault | None:
        with self._lock:
            return self._faults.popleft() if self._faults else None

    def _store(self, payload: dict[str, Any]) -> str:
        message_id = secrets.token_urlsafe(16)
        record = {"message_id": message_id, "received_at": datetime.now(UTC).isoformat(), "body": payload}
        with self._lock:
            seq = next(self._seq)
        final = self.out_dir / f"{seq:06d}-{message_id}.json"
        tmp = final.with_suffix(".tmp")
        tmp.write_text(json.dumps(record, indent=2, ensure_ascii=False), encoding="utf-8")
        tmp.replace(final)  # atomic: a reader never sees half a message
        return message_id

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        double = self

        class Handler(BaseHTTPRequestHandler):
            server_version = "sendgrid-double/1"

            def log_message(self, format: str, *args: Any) -> None:
                log.debug("sendgrid-double: " + format, *args)

            def _answer(self, status: int, body: Any = None, headers: dict[str, str] | None = None) -> None:
                double.requests.append({"path": self.path, "status": status})
                data = b"" if body is None else json.dumps(body).encode()
                self.send_response(status)
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                if data:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:
                if self.path in ("/", "/health"):
                    self._answer(200, {"status": "ok", "messages": len(double.messages())})
                else:
                    self._answer(404, {"errors": [{"message": "not found", "field": None, "help": None}]})

            def do_POST(self) -> None:
                if self.path.rstrip("/") != SEND_PATH:
                    self._answer(404, {"errors": [{"message": "not found", "field": None, "help": None}]})
                    return
                auth = self.headers.get("Authorization", "")
                token = auth[7:] if auth.startswith("Bearer ") else ""
                if not token or (double.api_key is not None and token != double.api_key):
                    self._answer(401, {"errors": [{"message": "The provided authorization grant is invalid, "
                                                   "expired, or revoked", "field": None, "help": None}]})
                    return
                length = int(self.headers.get("Content-Length") or 0)
                if length > MAX_BODY_BYTES:
                    self._answer(413, {"errors": [{"message": "Payload too large", "field": None,
                                                   "help": None}]})
                    return
                raw = self.rfile.read(length)
                fault = double._next_fault()
                if fault is not None and fault.status is not None:
                    headers = {"Retry-After": str(fault.retry_after)} if fault.retry_after is not None else {}
                    self._answer(fault.status, {"errors": [{"message": f"simulated {fault.status}",
                                                            "field": None, "help": None}]}, headers)
                    return
                try:
                    payload = json.loads(raw)
                except ValueError:
                    self._answer(400, {"errors": [{"message": "Bad Request", "field": None, "help": None}]})
                    return
                errors = validate_mail(payload)
                if errors:
                    self._answer(400, {"errors": errors})
                    return
                message_id = double._store(payload)
                if fault is not None and fault.hang:
                    # Accepted and stored, but the client never learns it: its timeout fires first.
                    double.requests.append({"path": self.path, "status": None})
                    double._released.wait(double.hang_s)
                    self.close_connection = True
                    return
                if fault is not None and fault.delay_s:
                    double._released.wait(fault.delay_s)  # a slow provider: the message is in flight meanwhile
                self._answer(202, None, {"X-Message-Id": message_id})

        return Handler


def main(argv: list[str] | None = None) -> int:
    """`python -m demo.sendgrid_double --port 8025 --out DIR`: serve until SIGINT/SIGTERM."""
    parser = argparse.ArgumentParser(prog="demo.sendgrid_double", description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8025)
    parser.add_argument("--out", required=True, help="folder that receives one JSON file per message")
    parser.add_argument("--api-key", default=os.environ.get("SENDGRID_DOUBLE_API_KEY"),
                        help="required bearer token (default: $SENDGRID_DOUBLE_API_KEY; unset accepts any)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    double = SendGridDouble(args.out, api_key=args.api_key, host=args.host, port=args.port)
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    double.start()
    log.info("SendGrid double listening on %s, writing to %s", double.url, double.out_dir)
    print(f"SendGrid double on {double.url} -> {double.out_dir}", flush=True)
    stop.wait()
    double.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
