"""Fetch one feed document over HTTP(S) or from disk, politely and within limits.

HTTP: a User-Agent (api.weather.gov refuses requests without one), conditional GET
(ETag / Last-Modified -> 304), connect/read timeouts plus an overall deadline, a size cap
enforced on the *decoded* body while streaming (so a gzip bomb is caught too), and
tenacity retries with exponential backoff on 5xx, 429, timeouts and connection errors.
4xx other than 429 is final. Files (plain paths or file:// URLs) get the same size cap.
"""

from __future__ import annotations

import email.utils
import logging
import mimetypes
import os
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urlsplit

import httpx
import tenacity

from outreach.config import Settings, load_settings
from outreach.errors import OutreachError
from outreach.http_retry import backoff_wait, retry_after_seconds

log = logging.getLogger(__name__)

ACCEPT = (
    "application/atom+xml, application/rss+xml, application/cap+xml, application/geo+json, "
    "application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5"
)
_CHUNK = 64 * 1024


@dataclass(frozen=True)
class FetchResult:
    """One fetched document. `url` is the final URL after redirects (the path for files)."""

    url: str
    status: int  # HTTP status; 200 for files; 304 when not modified
    body: bytes  # b"" when not modified
    content_type: str | None
    etag: str | None
    last_modified: str | None

    @property
    def not_modified(self) -> bool:
        return self.status == 304


class FetchError(OutreachError):
    """A feed could not be fetched; the message names the URL and the cause."""

    def __init__(self, url: str, cause: str, *, status: int | None = None) -> None:
        super().__init__(f"{url}: {cause}")
        self.url = url
        self.cause = cause
        self.status = status


class _Retryable(FetchError):
    """A failure worth another attempt (5xx, 429, timeout, connection trouble)."""

    retry_after: float | None = None  # seconds the server asked us to wait (Retry-After)


def fetch(
    url_or_path: str,
    *,
    etag: str | None = None,
    last_modified: str | None = None,
    settings: Settings | None = None,
    client: httpx.Client | None = None,
) -> FetchResult:
    """Fetch a feed from an http(s):// URL, a file:// URL or a local path.

    Pass the `etag` / `last_modified` of the previous fetch to get a 304 result (empty body)
    when nothing changed. Raises FetchError with a clear cause (HTTP status, timeout,
    too large, not found, ...) once retries are exhausted.
    """
    settings = settings or load_settings()
    scheme = urlsplit(url_or_path).scheme.lower()
    if scheme in ("http", "https"):
        return _fetch_http(url_or_path, etag, last_modified, settings, client)
    if scheme == "file":
        return _fetch_file(_file_url_path(url_or_path), url_or_path, etag, last_modified, settings)
    if scheme and len(scheme) > 1:  # "C:" style drive letters are paths, anything else is refused
        raise FetchError(url_or_path, f"unsupported URL scheme {scheme!r} (use http, https, file or a path)")
    return _fetch_file(Path(url_or_path).expanduser(), url_or_path, etag, last_modified, settings)


# --- HTTP ------------------------------------------------------------------------------------------


def _log_retry(url: str, state: tenacity.RetryCallState) -> None:
    failure = state.outcome.exception() if state.outcome is not None else None
    log.info("fetch %s: attempt %d failed (%s), retrying", url, state.attempt_number,
             failure.cause if isinstance(failure, _Retryable) else failure)


def _fetch_http(
    url: str, etag: str | None, last_modified: str | None, settings: Settings, client: httpx.Client | None
) -> FetchResult:
    headers = {"User-Agent": settings.user_agent_for(url), "Accept": ACCEPT}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified

    retrying = tenacity.Retrying(
        stop=tenacity.stop_after_attempt(max(1, settings.http_attempts)),
        wait=backoff_wait(settings.http_backoff_s, settings.http_backoff_s * 8),
        retry=tenacity.retry_if_exception_type(_Retryable),
        before_sleep=lambda state: _log_retry(url, state),
        reraise=True,
    )
    own_client = client is None
    client = client or httpx.Client()
    try:
        result = retrying(_get_once, client, url, headers, settings)
    except _Retryable as exc:
        attempts = max(1, settings.http_attempts)
        err = FetchError(url, f"{exc.cause} (gave up after {attempts} attempt{'s' * (attempts > 1)})",
                         status=exc.status)
        log.warning("fetch failed: %s", err)
        raise err from exc
    except FetchError as exc:
        log.warning("fetch failed: %s", exc)
        raise
    finally:
        if own_client:
            client.close()
    if result.not_modified:
        # Servers may omit validators on 304; keep the ones we sent so the next fetch stays conditional.
        result = FetchResult(result.url, 304, b"", result.content_type,
                             result.etag or etag, result.last_modified or last_modified)
    return result


def _get_once(client: httpx.Client, url: str, headers: dict[str, str], settings: Settings) -> FetchResult:
    cap = settings.max_response_bytes
    timeout = httpx.Timeout(settings.http_timeout_s)
    deadline = time.monotonic() + settings.http_deadline_s
    try:
        with client.stream("GET", url, headers=headers, timeout=timeout, follow_redirects=True) as resp:
            status = resp.status_code
            if status == 304:
                return _result(resp, b"")
            if status >= 500 or status == 429:
                err = _Retryable(url, f"HTTP {status} {resp.reason_phrase}", status=status)
                err.retry_after = retry_after_seconds(resp.headers.get("Retry-After"))
                raise err
            if status >= 400:
                raise FetchError(url, f"HTTP {status} {resp.reason_phrase}", status=status)
            declared = resp.headers.get("Content-Length", "")
            if declared.isdigit() and int(declared) > cap:
                raise FetchError(url, f"response too large: Content-Length {int(declared)} bytes exceeds "
                                      f"the {cap}-byte limit (not read)")
            chunks: list[bytes] = []
            size = 0
            # iter_bytes yields decompressed bytes, so the cap also stops gzip/deflate bombs.
            for chunk in resp.iter_bytes(_CHUNK):
                size += len(chunk)
                if size > cap:
                    raise FetchError(url, f"response too large: more than {cap} bytes (stopped reading)")
                if time.monotonic() > deadline:
                    raise _Retryable(url, f"timeout: body not complete after {settings.http_deadline_s:g}s")
                chunks.append(chunk)
            return _result(resp, b"".join(chunks))
    except httpx.TimeoutException as exc:
        raise _Retryable(url, f"timeout after {settings.http_timeout_s:g}s ({type(exc).__name__})") from exc
    except httpx.TooManyRedirects as exc:
        raise FetchError(url, "too many redirects") from exc
    except httpx.DecodingError as exc:
        raise FetchError(url, f"undecodable response body ({exc})") from exc
    except httpx.UnsupportedProtocol as exc:
        # e.g. a redirect to file:///etc/passwd: final, and never followed.
        raise FetchError(url, f"redirected to an unsupported URL scheme ({exc})") from exc
    except httpx.TransportError as exc:
        raise _Retryable(url, f"connection error ({type(exc).__name__}: {exc})") from exc
    except httpx.InvalidURL as exc:
        raise FetchError(url, f"invalid URL ({exc})") from exc


def _result(resp: httpx.Response, body: bytes) -> FetchResult:
    return FetchResult(
        url=str(resp.url),
        status=resp.status_code,
        body=body,
        content_type=resp.headers.get("Content-Type"),
        etag=resp.headers.get("ETag"),
        last_modified=resp.headers.get("Last-Modified"),
    )


# --- files -----------------------------------------------------------------------------------------


def _file_url_path(url: str) -> Path:
    parts = urlsplit(url)
    if parts.netloc not in ("", "localhost"):
        raise FetchError(url, f"file URL on a remote host {parts.netloc!r} is not supported")
    return Path(unquote(parts.path))


def _fetch_file(
    path: Path, shown: str, etag: str | None, last_modified: str | None, settings: Settings
) -> FetchResult:
    cap = settings.max_response_bytes
    try:
        stat = path.stat()
        if not path.is_file():
            raise FetchError(shown, "not a regular file")
        # Validators like a static web server's: mtime as Last-Modified, size+mtime as ETag.
        file_etag = f'"{stat.st_size:x}-{stat.st_mtime_ns:x}"'
        file_modified = email.utils.formatdate(stat.st_mtime, usegmt=True)
        content_type = mimetypes.guess_type(path.name)[0]
        if (etag and etag == file_etag) or (not etag and last_modified and last_modified == file_modified):
            return FetchResult(shown, 304, b"", content_type, file_etag, file_modified)
        if stat.st_size > cap:
            raise FetchError(shown, f"file too large: {stat.st_size} bytes exceeds the {cap}-byte limit (not read)")
        with path.open("rb") as fh:
            body = fh.read(cap + 1)  # the file may grow between stat and read
        if len(body) > cap:
            raise FetchError(shown, f"file too large: more than {cap} bytes (stopped reading)")
    except FileNotFoundError as exc:
        err = FetchError(shown, "file not found")
        log.warning("fetch failed: %s", err)
        raise err from exc
    except OSError as exc:
        err = FetchError(shown, f"cannot read file ({exc.strerror or type(exc).__name__})")
        log.warning("fetch failed: %s", err)
        raise err from exc
    except FetchError as exc:
        log.warning("fetch failed: %s", exc)
        raise
    return FetchResult(os.fspath(shown), 200, body, content_type, file_etag, file_modified)
