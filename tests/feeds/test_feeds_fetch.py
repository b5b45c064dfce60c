"""fetch() against a real local HTTP server (pytest-httpserver) and real files."""

from __future__ import annotations

import gzip
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest
from werkzeug import Response

from outreach.feeds.fetch import FetchError, FetchResult, fetch
from outreach.http_retry import retry_after_seconds

OWN = Path(__file__).resolve().parent.parent / "fixtures" / "feeds" / "own"
RSS = (OWN / "news_local.rss").read_bytes()
MB = 1024 * 1024


def test_200_returns_body_validators_and_content_type(httpserver, settings):
    httpserver.expect_request("/feed.rss", method="GET").respond_with_data(
        RSS, content_type="application/rss+xml; charset=utf-8",
        headers={"ETag": '"v1"', "Last-Modified": "Wed, 19 Nov 2025 12:00:00 GMT"},
    )
    result = fetch(httpserver.url_for("/feed.rss"), settings=settings)
    assert result == FetchResult(
        url=httpserver.url_for("/feed.rss"), status=200, body=RSS,
        content_type="application/rss+xml; charset=utf-8", etag='"v1"',
        last_modified="Wed, 19 Nov 2025 12:00:00 GMT",
    )
    assert not result.not_modified


def test_user_agent_from_settings_is_sent(httpserver, settings):
    # api.weather.gov answers 403 to requests without a User-Agent.
    settings = settings.model_copy(update={"user_agent": "outreach-test/1.0 (ops@example.org)"})
    httpserver.expect_request("/alerts", headers={"User-Agent": "outreach-test/1.0 (ops@example.org)"}) \
        .respond_with_data("{}", content_type="application/geo+json")
    assert fetch(httpserver.url_for("/alerts"), settings=settings).body == b"{}"


def test_304_when_etag_matches(httpserver, settings):
    httpserver.expect_request("/feed", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304, headers={"ETag": '"v1"'})
    result = fetch(httpserver.url_for("/feed"), etag='"v1"', settings=settings)
    assert result.not_modified and result.status == 304
    assert result.body == b""
    assert result.etag == '"v1"'


def test_304_when_last_modified_matches_keeps_the_validator_we_sent(httpserver, settings):
    stamp = "Wed, 19 Nov 2025 12:00:00 GMT"
    # This server sends no validators with its 304; the result must still carry ours for the next fetch.
    httpserver.expect_request("/feed", headers={"If-Modified-Since": stamp}).respond_with_data("", status=304)
    result = fetch(httpserver.url_for("/feed"), last_modified=stamp, settings=settings)
    assert result.not_modified
    assert result.last_modified == stamp
    assert result.etag is None


def test_404_is_a_clear_error_and_not_retried(httpserver, settings):
    httpserver.expect_request("/gone").respond_with_data("no such feed", status=404)
    with pytest.raises(FetchError) as err:
        fetch(httpserver.url_for("/gone"), settings=settings)
    assert err.value.status == 404
    assert "404" in str(err.value) and httpserver.url_for("/gone") in str(err.value)
    assert len(httpserver.log) == 1


def test_500_then_200_is_retried(httpserver, settings):
    httpserver.expect_oneshot_request("/flaky").respond_with_data("oops", status=500)
    httpserver.expect_request("/flaky").respond_with_data(RSS)
    assert fetch(httpserver.url_for("/flaky"), settings=settings).body == RSS
    assert [resp.status_code for _, resp in httpserver.log] == [500, 200]


def test_429_then_200_is_retried(httpserver, settings):
    httpserver.expect_oneshot_request("/busy").respond_with_data("slow down", status=429)
    httpserver.expect_request("/busy").respond_with_data(RSS)
    assert fetch(httpserver.url_for("/busy"), settings=settings).status == 200
    assert len(httpserver.log) == 2


def test_503_with_retry_after_is_retried(httpserver, settings):
    httpserver.expect_oneshot_request("/maint").respond_with_data("", status=503, headers={"Retry-After": "0"})
    httpserver.expect_request("/maint").respond_with_data(RSS)
    assert fetch(httpserver.url_for("/maint"), settings=settings).body == RSS


@pytest.mark.parametrize(
    ("header", "seconds"),
    [("120", 120.0), ("0", 0.0), ("Wed, 21 Oct 2015 07:28:30 GMT", 30.0), ("Wed, 21 Oct 2015 07:27:00 GMT", 0.0),
     ("soon", None), ("", None), (None, None), ("-5", None)],
)
def test_retry_after_header_forms(header, seconds):
    now = datetime(2015, 10, 21, 7, 28, tzinfo=UTC).timestamp()
    assert retry_after_seconds(header, now=now) == seconds


def test_500_forever_gives_up_with_a_clear_error(httpserver, settings):
    httpserver.expect_request("/down").respond_with_data("oops", status=503)
    with pytest.raises(FetchError) as err:
        fetch(httpserver.url_for("/down"), settings=settings)
    assert "HTTP 503" in str(err.value) and "after 3 attempts" in str(err.value)
    assert err.value.status == 503
    assert len(httpserver.log) == 3


def test_slow_response_times_out(httpserver, settings):
    settings = settings.model_copy(update={"http_timeout_s": 0.2, "http_attempts": 2})

    def slow(request):
        time.sleep(0.6)
        return Response(RSS)

    httpserver.expect_request("/slow").respond_with_handler(slow)
    with pytest.raises(FetchError, match="timeout") as err:
        fetch(httpserver.url_for("/slow"), settings=settings)
    assert "after 2 attempts" in str(err.value)


def test_trickling_body_hits_the_overall_deadline(httpserver, settings):
    # Each byte arrives 40x within the read timeout (2 s), but the whole body takes far past the 0.3 s deadline:
    # the deadline, not the read timeout, must stop it, however loaded the machine is.
    settings = settings.model_copy(update={"http_timeout_s": 2.0, "http_deadline_s": 0.3, "http_attempts": 1})

    def trickle():
        yield b"<rss>"
        for _ in range(40):
            time.sleep(0.05)
            yield b" "

    httpserver.expect_request("/trickle").respond_with_handler(lambda r: Response(trickle()))
    with pytest.raises(FetchError, match="timeout: body not complete"):
        fetch(httpserver.url_for("/trickle"), settings=settings)


class _Counted:
    """A 50 MB body served in 1 MB chunks, counting how much the server actually produced."""

    def __init__(self, total: int = 50 * MB) -> None:
        self.total = total
        self.sent = 0
        self.lock = threading.Lock()

    def __iter__(self):
        chunk = b"x" * MB
        while self.sent < self.total:
            with self.lock:
                self.sent += len(chunk)
            yield chunk


def test_50mb_body_with_content_length_is_refused_without_reading_it(httpserver, settings):
    body = _Counted()
    httpserver.expect_request("/huge").respond_with_handler(
        lambda r: Response(body, headers={"Content-Length": str(body.total)}))
    with pytest.raises(FetchError, match="too large") as err:
        fetch(httpserver.url_for("/huge"), settings=settings)
    assert "not read" in str(err.value)
    assert body.sent < body.total


def test_50mb_chunked_body_stops_reading_at_the_cap(httpserver, settings):
    settings = settings.model_copy(update={"max_response_bytes": 2 * MB})
    body = _Counted()
    httpserver.expect_request("/huge").respond_with_handler(lambda r: Response(body))
    with pytest.raises(FetchError, match="too large.*stopped reading"):
        fetch(httpserver.url_for("/huge"), settings=settings)
    assert body.sent < body.total


def test_gzip_body_is_decoded(httpserver, settings):
    httpserver.expect_request("/gz").respond_with_data(
        gzip.compress(RSS), headers={"Content-Encoding": "gzip"}, content_type="application/rss+xml")
    assert fetch(httpserver.url_for("/gz"), settings=settings).body == RSS


def test_gzip_bomb_is_capped_on_the_decoded_size(httpserver, settings):
    settings = settings.model_copy(update={"max_response_bytes": 1 * MB})
    bomb = gzip.compress(b"\0" * (30 * MB))
    assert len(bomb) < settings.max_response_bytes  # the compressed size alone would pass
    httpserver.expect_request("/bomb").respond_with_data(bomb, headers={"Content-Encoding": "gzip"})
    with pytest.raises(FetchError, match="too large"):
        fetch(httpserver.url_for("/bomb"), settings=settings)


def test_redirect_is_followed_and_final_url_reported(httpserver, settings):
    httpserver.expect_request("/old").respond_with_data("", status=301, headers={"Location": "/new"})
    httpserver.expect_request("/new").respond_with_data(RSS)
    result = fetch(httpserver.url_for("/old"), settings=settings)
    assert result.body == RSS
    assert result.url == httpserver.url_for("/new")


def test_redirect_to_a_file_url_is_refused_not_followed(httpserver, settings):
    httpserver.expect_request("/sneaky").respond_with_data("", status=302, headers={"Location": "file:///etc/passwd"})
    with pytest.raises(FetchError, match="unsupported URL scheme") as err:
        fetch(httpserver.url_for("/sneaky"), settings=settings)
    assert "root:" not in str(err.value)
    assert len(httpserver.log) == 1  # not retried


def test_redirect_loop_is_a_clear_error(httpserver, settings):
    httpserver.expect_request("/loop").respond_with_data("", status=302, headers={"Location": "/loop"})
    with pytest.raises(FetchError, match="too many redirects"):
        fetch(httpserver.url_for("/loop"), settings=settings)


def test_connection_refused_is_retried_then_reported(settings):
    import socket

    with socket.socket() as s:  # a port that was free a moment ago: nothing listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(FetchError, match="connection error") as err:
        fetch(f"http://127.0.0.1:{port}/feed", settings=settings)
    assert "after 3 attempts" in str(err.value)


def test_caller_supplied_client_is_used_and_left_open(httpserver, settings):
    httpserver.expect_request("/feed").respond_with_data(RSS)
    with httpx.Client() as client:
        assert fetch(httpserver.url_for("/feed"), settings=settings, client=client).body == RSS
        assert not client.is_closed


def test_failures_are_logged_per_source(httpserver, settings, caplog):
    httpserver.expect_request("/gone").respond_with_data("", status=404)
    with pytest.raises(FetchError):
        fetch(httpserver.url_for("/gone"), settings=settings)
    warnings = [r.getMessage() for r in caplog.records if r.levelname == "WARNING"]
    assert any(httpserver.url_for("/gone") in m and "404" in m for m in warnings)


# --- files -----------------------------------------------------------------------------------------


def test_plain_path_is_read(settings):
    result = fetch(str(OWN / "news_local.rss"), settings=settings)
    assert result.status == 200 and result.body == RSS
    assert result.etag and result.last_modified


def test_file_url_is_read(settings):
    result = fetch((OWN / "news_local.rss").as_uri(), settings=settings)
    assert result.body == RSS


def test_file_url_with_escaped_characters(tmp_path, settings):
    path = tmp_path / "my feeds" / "obits #1.rss"
    path.parent.mkdir()
    path.write_bytes(RSS)
    assert fetch(path.as_uri(), settings=settings).body == RSS


def test_unchanged_file_is_not_modified(tmp_path, settings):
    path = tmp_path / "feed.rss"
    path.write_bytes(RSS)
    first = fetch(str(path), settings=settings)
    again = fetch(str(path), etag=first.etag, settings=settings)
    assert again.not_modified and again.body == b""
    by_date = fetch(str(path), last_modified=first.last_modified, settings=settings)
    assert by_date.not_modified


def test_changed_file_is_read_again(tmp_path, settings):
    path = tmp_path / "feed.rss"
    path.write_bytes(RSS)
    first = fetch(str(path), settings=settings)
    path.write_bytes(RSS + b"\n<!-- changed -->\n")
    again = fetch(str(path), etag=first.etag, settings=settings)
    assert again.status == 200 and again.body.endswith(b"<!-- changed -->\n")


def test_missing_file_is_a_clear_error(tmp_path, settings):
    with pytest.raises(FetchError, match="file not found"):
        fetch(str(tmp_path / "nope.rss"), settings=settings)


def test_directory_is_not_a_feed(tmp_path, settings):
    with pytest.raises(FetchError, match="not a regular file"):
        fetch(str(tmp_path), settings=settings)


def test_oversized_file_is_refused(tmp_path, settings):
    path = tmp_path / "big.xml"
    path.write_bytes(b"x" * 2048)
    with pytest.raises(FetchError, match="too large"):
        fetch(str(path), settings=settings.model_copy(update={"max_response_bytes": 1024}))


def test_unsupported_scheme_is_refused(settings):
    with pytest.raises(FetchError, match="unsupported URL scheme 'ftp'"):
        fetch("ftp://example.org/feed.xml", settings=settings)


def test_remote_file_url_is_refused(settings):
    with pytest.raises(FetchError, match="remote host"):
        fetch("file://fileserver/share/feed.xml", settings=settings)
