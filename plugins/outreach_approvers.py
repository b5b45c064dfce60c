"""Firm-wide fallback approvers: ``OUTREACH_APPROVERS`` (env) or the Airflow Variable of the same name.

They review the drafts of clients with no adviser (or whose adviser names no reviewers in the advisers
file); each adviser's own reviewers come from the advisers file (``outreach.advisers``).

Format: comma-separated ``id:name[:email]`` entries, e.g. ``admin:Ada Admin:ada@firm.example,bob:Bob Ray``.
``id`` is the Airflow user id the auth manager reports (the username for the simple auth manager), and
becomes the HITL task's ``assigned_users``: only those users can answer. ``email`` is where the approver
e-mail notifier writes; an approver without one is assigned but not mailed.

Read at task run time (not at DAG parse time), so a change takes effect on the next review without a
re-parse. An empty setting means no assignment: anyone allowed to act on the DAG may answer.
"""

from __future__ import annotations

from outreach.advisers import AdviserDirectory, Reviewer, load_advisers
from outreach.config import load_settings
from outreach.emails import is_email

ENV_VAR = "OUTREACH_APPROVERS"
VARIABLE_KEY = "outreach_approvers"


class ApproverConfigError(ValueError):
    """The approvers setting cannot be parsed; the message names the entry (never the whole setting)."""


Approver = Reviewer  # an approver from this setting is a reviewer like any other


def parse_approvers(text: str) -> list[Approver]:
    """Parse ``id:name[:email],...``; raises ApproverConfigError on a malformed entry or a duplicate id."""
    approvers: list[Approver] = []
    seen: set[str] = set()
    for position, raw in enumerate(text.split(","), start=1):
        entry = raw.strip()
        if not entry:
            continue
        parts = [p.strip() for p in entry.split(":")]
        if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
            raise ApproverConfigError(f"{ENV_VAR} entry {position}: expected id:name or id:name:email")
        email = parts[2] if len(parts) == 3 else ""
        if email and not is_email(email):
            raise ApproverConfigError(f"{ENV_VAR} entry {position}: {email!r} is not an e-mail address")
        if parts[0] in seen:
            raise ApproverConfigError(f"{ENV_VAR} entry {position}: duplicate id {parts[0]!r}")
        seen.add(parts[0])
        approvers.append(Approver(id=parts[0], name=parts[1], email=email))
    return approvers


def load_approvers() -> list[Approver]:
    """Approvers from the environment, else from the Airflow Variable ``outreach_approvers``, else none."""
    text = load_settings().approvers.strip()
    if not text:
        try:
            from airflow.sdk import Variable

            text = Variable.get(VARIABLE_KEY, default="") or ""
        except Exception:  # noqa: BLE001 - outside a task (tests, CLI) there is no Variable backend
            text = ""
    return parse_approvers(text)


def review_directory() -> AdviserDirectory:
    """The advisers file ($OUTREACH_ADVISERS_FILE) with these approvers added as fallback reviewers."""
    return load_advisers().with_fallback_reviewers(load_approvers())
