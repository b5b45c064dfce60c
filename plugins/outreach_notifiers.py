"""One digest e-mail per reviewer per run: how many Required Actions await them, by kind, and the link.

The match DAG's ``digest`` task calls ``ApproverDigestNotifier(counts=...)`` once the run's reviews are
planned. ``counts`` maps each reviewer id to {event kind: Required Actions} (``ReviewPlan.counts``). The
e-mail carries counts and the link to the run's Required Actions only: no client names, no feed text.
A reviewer without an address is skipped (logged); a failed e-mail is logged and never fails the run
(the Required Actions are listed in the UI whatever happens to the e-mail); no message to a client is
ever sent by this path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from airflow.sdk.bases.notifier import BaseNotifier

CATEGORY = "outreach-review-digest"
KIND_WORDS = {"bereavement": "condolence", "weather": "weather", "news": "news"}


def digest_mail(*, link: str, counts: Mapping[str, int], to: str, to_name: str, from_email: str,
                run_id: str, attention: str = "", held: int = 0) -> dict[str, Any]:
    """The SendGrid v3 mail body of one reviewer's digest (pure). ``attention``: the feed sources line
    (outreach.source_health.attention_line), "" when every source is healthy; ``held``: outreach this run held
    back by the firm's cooldown (a count only: ``outreach history CLIENT_ID`` shows each with its reason)."""
    from sendgrid.helpers.mail import Category, Content, CustomArg, Mail, MimeType, To

    total = sum(counts.values())
    lines = [f"- {n} {KIND_WORDS.get(kind, kind)} review(s)" for kind, n in sorted(counts.items())]
    text = (
        f"Hello {to_name},\n\n"
        f"{total} outreach review(s) await your decision:\n" + "\n".join(lines) + "\n\n"
        f"Review them in Airflow: {link}\n\n"
        + (f"{held} outreach held back by the firm's cooldown this run (not asked; see outreach history).\n\n"
           if held else "")
        + (f"{attention}\n\n" if attention else "")
        + "Nothing is sent to a client until someone approves it.\n"
    )
    mail = Mail(from_email=from_email, to_emails=To(to), subject=f"{total} outreach review(s) await you")
    mail.add_content(Content(MimeType.text, text))
    mail.category = [Category(CATEGORY)]
    mail.custom_arg = [CustomArg("run_id", run_id[:200])]
    return mail.get()


class ApproverDigestNotifier(BaseNotifier):
    """E-mail each reviewer with an address one digest of the Required Actions this run opened for them."""

    def __init__(self, *, counts: Mapping[str, Mapping[str, int]], sendgrid_conn_id: str = "outreach_sendgrid",
                 base_url: str | None = None, from_email: str | None = None, held: int = 0) -> None:
        super().__init__()
        self.counts = {str(k): dict(v) for k, v in counts.items()}
        self.held = int(held)
        self.sendgrid_conn_id = sendgrid_conn_id
        self.base_url = base_url
        self.from_email = from_email

    def _sender(self, directory: Any) -> str:
        from outreach.config import load_settings

        return self.from_email or load_settings().notify_from or directory.firm.from_email

    def _link(self, context: Any) -> str:
        from airflow.providers.common.compat.sdk import conf

        ti = context["task_instance"]
        base = (self.base_url or conf.get("api", "base_url", fallback="") or "").rstrip("/")
        return f"{base}/dags/{ti.dag_id}/runs/{quote(ti.run_id, safe='')}/required_actions"

    def _attention(self) -> str:
        """The digest's line about unhealthy feed sources ("" when none, or when the store cannot say)."""
        from outreach.config import load_settings
        from outreach.source_health import attention_line, unhealthy_sources
        from outreach.store.db import session_scope

        try:
            with session_scope(load_settings().resolved_database_url) as session:
                return attention_line(unhealthy_sources(session))
        except Exception as exc:  # noqa: BLE001 - the daily source-health DAG fails loudly; the digest still goes
            self.log.warning("Feed source health unknown for the digest: %s", type(exc).__name__)
            return ""

    def notify(self, context: Any) -> None:
        """Airflow's notifier entry point: send the digests."""
        self.send(context)

    def send(self, context: Any) -> dict[str, int]:
        """Send the digests; returns {"sent": n, "skipped": n, "failed": n} (also logged)."""
        from outreach_approvers import review_directory
        from outreach_sendgrid import OutreachSendGridHook

        result = {"sent": 0, "skipped": 0, "failed": 0}
        reviewers = {rid: c for rid, c in self.counts.items() if rid and sum(c.values())}
        if not reviewers:
            return result
        directory = review_directory()
        link, run_id = self._link(context), context["task_instance"].run_id
        attention = self._attention()
        sg = None
        for rid, counts in sorted(reviewers.items()):
            person = directory.reviewer(rid)
            if not person.email:
                self.log.warning("Reviewer %s has no e-mail address: no digest", rid)
                result["skipped"] += 1
                continue
            try:
                sg = sg or OutreachSendGridHook(self.sendgrid_conn_id).get_conn()
                body = digest_mail(link=link, counts=counts, to=person.email, to_name=person.name,
                                   from_email=self._sender(directory), run_id=run_id, attention=attention,
                                   held=self.held)
                response = sg.client.mail.send.post(request_body=body)
                self.log.info("Digest to reviewer %s: HTTP %s", rid, response.status_code)
                result["sent"] += 1
            except Exception as exc:  # noqa: BLE001 - an e-mail problem must not fail the reviews
                self.log.warning("Digest to reviewer %s failed: %s", rid, type(exc).__name__)
                result["failed"] += 1
        return result
