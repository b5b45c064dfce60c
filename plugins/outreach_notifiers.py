"""E-mail the assigned approvers that a draft awaits review, through SendGrid, with the Required Actions link.

Used as ``notifiers=[ApproverEmailNotifier()]`` on the review operator: HITLOperator calls it right
after the request is written. The message carries the draft number, its kind and the link from
``HITLOperator.generate_link_to_ui_from_context`` only: no client names or feed text leave Airflow
in an e-mail to staff. A failed e-mail is logged and does not fail the review (the request is
already listed in the UI); the draft is never sent by this path.
"""

from __future__ import annotations

import os
from typing import Any

from airflow.sdk.bases.notifier import BaseNotifier

FROM_ENV = "OUTREACH_NOTIFY_FROM"  # sender of approver e-mails; default: the firm's from_email
CATEGORY = "outreach-approval-request"


def approval_request_mail(*, link: str, draft_id: Any, kind: str, to: list[str], from_email: str) -> dict[str, Any]:
    """The SendGrid v3 mail body for one approval request (pure)."""
    from sendgrid.helpers.mail import Category, Content, CustomArg, Mail, MimeType, To

    subject = f"Outreach draft #{draft_id} awaits your review"
    text = (
        f"A {kind} outreach draft (#{draft_id}) is waiting for a decision.\n\n"
        f"Review it in Airflow: {link}\n\n"
        "Nothing is sent to the client until someone approves it.\n"
    )
    mail = Mail(from_email=from_email, to_emails=[To(addr) for addr in to], subject=subject,
                is_multiple=True)  # one personalization per approver: they do not see each other
    mail.add_content(Content(MimeType.text, text))
    mail.category = [Category(CATEGORY)]
    mail.custom_arg = [CustomArg("draft_id", str(draft_id))]
    return mail.get()


class ApproverEmailNotifier(BaseNotifier):
    """Send one approval-request e-mail to every configured approver with an address."""

    def __init__(self, *, sendgrid_conn_id: str = "outreach_sendgrid", base_url: str | None = None,
                 from_email: str | None = None) -> None:
        super().__init__()
        self.sendgrid_conn_id = sendgrid_conn_id
        self.base_url = base_url  # default: Airflow's [api] base_url
        self.from_email = from_email

    def _sender(self) -> str:
        if self.from_email or os.environ.get(FROM_ENV):
            return self.from_email or os.environ[FROM_ENV]
        from outreach.advisers import load_advisers

        return load_advisers().firm.from_email

    def notify(self, context: Any) -> None:
        from airflow.providers.standard.operators.hitl import HITLOperator
        from outreach_approvers import load_approvers
        from outreach_sendgrid import OutreachSendGridHook

        task = context["task"]
        draft_id = getattr(task, "draft_id", "?")
        try:
            recipients = [a.email for a in load_approvers() if a.email]
            if not recipients:
                self.log.warning("Draft %s: no approver e-mail configured; nobody was e-mailed", draft_id)
                return
            link = HITLOperator.generate_link_to_ui_from_context(context=context, base_url=self.base_url)
            kind = getattr(task, "draft_kind", "") or "outreach"
            body = approval_request_mail(link=link, draft_id=draft_id, kind=kind, to=recipients,
                                         from_email=self._sender())
            sg = OutreachSendGridHook(self.sendgrid_conn_id).get_conn()
            response = sg.client.mail.send.post(request_body=body)
            self.log.info("Draft %s: approval request e-mailed to %d approver(s), HTTP %s",
                          draft_id, len(recipients), response.status_code)
        except Exception as exc:  # noqa: BLE001 - an e-mail problem must not fail the review itself
            self.log.warning("Draft %s: approval request e-mail failed: %s", draft_id, type(exc).__name__)
