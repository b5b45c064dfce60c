"""The local SendGrid double, driven by the real `sendgrid` client over real HTTP."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from python_http_client import exceptions as sg_errors
from sendgrid import SendGridAPIClient

from demo.sendgrid_double import SendGridDouble, validate_mail

MAIL = {
    "personalizations": [{"to": [{"email": "client@example.com"}]}],
    "from": {"email": "adviser@firm.example", "name": "Jane Doe"},
    "subject": "Thinking of you",
    "content": [{"type": "text/plain", "value": "Dear Sue"}, {"type": "text/html", "value": "<p>Dear Sue</p>"}],
    "categories": ["outreach", "weather"],
    "custom_args": {"draft_id": "7"},
}


def client(d: SendGridDouble, key: str = "SG.test-key") -> SendGridAPIClient:
    return SendGridAPIClient(key, host=d.url)


def test_accepted_message_is_written_and_answered_202_with_a_message_id(double):
    response = client(double).client.mail.send.post(request_body=MAIL, timeout=5)
    assert response.status_code == 202
    message_id = response.headers["X-Message-Id"]
    [stored] = double.messages()
    assert stored["message_id"] == message_id
    assert stored["body"]["custom_args"] == {"draft_id": "7"}
    assert stored["body"]["content"][1]["value"] == "<p>Dear Sue</p>"
    assert list(double.out_dir.glob("*.tmp")) == []


def test_wrong_api_key_is_401_and_nothing_is_written(double):
    with pytest.raises(sg_errors.UnauthorizedError):
        client(double, "SG.wrong").client.mail.send.post(request_body=MAIL, timeout=5)
    assert double.messages() == []


def test_any_bearer_token_when_no_key_is_configured(tmp_path):
    with SendGridDouble(tmp_path) as d:
        assert client(d, "whatever").client.mail.send.post(request_body=MAIL, timeout=5).status_code == 202


def test_missing_from_is_400_with_sendgrid_style_errors(double):
    bad = {k: v for k, v in MAIL.items() if k != "from"}
    with pytest.raises(sg_errors.BadRequestsError) as info:
        client(double).client.mail.send.post(request_body=bad, timeout=5)
    errors = json.loads(info.value.body)["errors"]
    assert errors[0]["field"] == "from.email"
    assert double.messages() == []


def test_body_that_is_not_json_is_400(double):
    request = urllib.request.Request(f"{double.url}/v3/mail/send", data=b"{not json", method="POST",
                                     headers={"Authorization": "Bearer SG.test-key"})
    with pytest.raises(urllib.error.HTTPError) as info:
        urllib.request.urlopen(request, timeout=5)
    assert info.value.code == 400


def test_unknown_path_is_404(double):
    with pytest.raises(sg_errors.NotFoundError):
        client(double).client.mail.batch.post(request_body={}, timeout=5)


@pytest.mark.parametrize(("payload", "field"), [
    ({**MAIL, "personalizations": []}, "personalizations"),
    ({**MAIL, "personalizations": [{"to": [{"email": "not-an-address"}]}]}, "personalizations.0.to.0.email"),
    ({**MAIL, "subject": ""}, "subject"),
    ({**MAIL, "content": [{"type": "text/plain", "value": ""}]}, "content.0.value"),
    ({k: v for k, v in MAIL.items() if k != "content"}, "content"),
    ([1, 2], None),
])
def test_validate_mail_names_the_bad_field(payload, field):
    errors = validate_mail(payload)
    assert errors and errors[0]["field"] == field


def test_429_with_retry_after_then_accepts(double):
    double.fail_next(429, times=1, retry_after=3)
    sg = client(double)
    with pytest.raises(sg_errors.TooManyRequestsError) as info:
        sg.client.mail.send.post(request_body=MAIL, timeout=5)
    assert info.value.headers["Retry-After"] == "3"
    assert double.messages() == []
    assert sg.client.mail.send.post(request_body=MAIL, timeout=5).status_code == 202
    assert len(double.messages()) == 1
    assert [r["status"] for r in double.requests] == [429, 202]


def test_500_twice_then_accepts(double):
    double.fail_next(500, times=2)
    sg = client(double)
    for _ in range(2):
        with pytest.raises(sg_errors.InternalServerError):
            sg.client.mail.send.post(request_body=MAIL, timeout=5)
    assert sg.client.mail.send.post(request_body=MAIL, timeout=5).status_code == 202
    assert len(double.messages()) == 1


def test_accept_then_hang_writes_the_message_but_the_client_times_out(double):
    double.hang_next()
    with pytest.raises(TimeoutError):
        client(double).client.mail.send.post(request_body=MAIL, timeout=0.5)
    assert len(double.messages()) == 1
    assert double.requests[-1]["status"] is None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_runs_as_a_module_and_stops_on_sigterm(tmp_path):
    port = _free_port()
    out = tmp_path / "outbox"
    env = {**os.environ, "SENDGRID_DOUBLE_API_KEY": "SG.cli"}
    proc = subprocess.Popen([sys.executable, "-m", "demo.sendgrid_double", "--port", str(port), "--out", str(out)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=1) as r:
                    assert json.load(r)["status"] == "ok"
                break
            except OSError:
                assert proc.poll() is None, proc.stderr.read()
                assert time.monotonic() < deadline, "double did not start"
                time.sleep(0.1)
        sg = SendGridAPIClient("SG.cli", host=f"http://127.0.0.1:{port}")
        assert sg.client.mail.send.post(request_body=MAIL, timeout=5).status_code == 202
        assert len(list(out.glob("*.json"))) == 1
    finally:
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=10) == 0
