"""OUTREACH_APPROVERS: who is assigned to reviews and who gets the approval e-mails."""

from __future__ import annotations

import pytest
from outreach_approvers import Approver, ApproverConfigError, load_approvers, parse_approvers


def test_entries_with_and_without_email():
    assert parse_approvers("admin:Ada Admin:ada@firm.example, bob:Bob Ray") == [
        Approver("admin", "Ada Admin", "ada@firm.example"), Approver("bob", "Bob Ray", "")]


def test_hitl_user_shape_has_no_email():
    assert Approver("admin", "Ada", "ada@firm.example").as_hitl_user() == {"id": "admin", "name": "Ada"}


def test_blank_setting_and_stray_commas_mean_nobody():
    assert parse_approvers("") == []
    assert parse_approvers(" , ,") == []


@pytest.mark.parametrize("text", ["admin", "admin:", ":Ada", "a:b:c@d.example:extra"])
def test_malformed_entry_is_named_by_position(text):
    with pytest.raises(ApproverConfigError, match="entry 1"):
        parse_approvers(text)


def test_bad_email_is_refused():
    with pytest.raises(ApproverConfigError, match="not an e-mail"):
        parse_approvers("ok:Ok:ok@firm.example,admin:Ada:not-an-address")


def test_duplicate_id_is_refused():
    with pytest.raises(ApproverConfigError, match="duplicate id 'admin'"):
        parse_approvers("admin:Ada,admin:Other")


def test_error_message_does_not_echo_other_entries():
    with pytest.raises(ApproverConfigError) as info:
        parse_approvers("alice:Alice Secret:alice@firm.example,broken")
    assert "alice" not in str(info.value).lower()


def test_environment_wins(monkeypatch):
    monkeypatch.setenv("OUTREACH_APPROVERS", "admin:Ada:ada@firm.example")
    assert load_approvers() == [Approver("admin", "Ada", "ada@firm.example")]


def test_no_environment_and_no_variable_means_nobody(monkeypatch):
    monkeypatch.delenv("OUTREACH_APPROVERS", raising=False)
    monkeypatch.delenv("AIRFLOW_VAR_OUTREACH_APPROVERS", raising=False)
    assert load_approvers() == []


def test_airflow_variable_is_the_fallback(monkeypatch):
    monkeypatch.delenv("OUTREACH_APPROVERS", raising=False)
    monkeypatch.setenv("AIRFLOW_VAR_OUTREACH_APPROVERS", "carol:Carol:carol@firm.example")
    assert load_approvers() == [Approver("carol", "Carol", "carol@firm.example")]
