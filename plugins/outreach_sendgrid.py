"""A hook that builds the real SendGrid client from an Airflow connection (default ``outreach_sendgrid``).

Connection fields: ``password`` = the API key, ``host`` = the API base URL (empty means SendGrid itself,
``https://api.sendgrid.com``; the demo and the tests point it at the local SendGrid test double).
The provider's e-mail backend cannot change its host, hence this hook.
"""

from __future__ import annotations

from airflow.sdk import BaseHook

DEFAULT_HOST = "https://api.sendgrid.com"


class OutreachSendGridHook(BaseHook):
    """Hooks own connections: this one turns ``outreach_sendgrid`` into ``SendGridAPIClient(key, host=...)``."""

    conn_name_attr = "sendgrid_conn_id"
    default_conn_name = "outreach_sendgrid"
    conn_type = "http"
    hook_name = "Outreach SendGrid"

    def __init__(self, sendgrid_conn_id: str = default_conn_name) -> None:
        super().__init__()
        self.sendgrid_conn_id = sendgrid_conn_id

    def credentials(self) -> tuple[str, str]:
        """(api_key, host) from the connection; raises ValueError when the key is missing."""
        conn = self.get_connection(self.sendgrid_conn_id)
        api_key = conn.password or ""
        if not api_key:
            raise ValueError(f"connection {self.sendgrid_conn_id!r} has no password (the SendGrid API key)")
        host = (conn.host or "").strip() or DEFAULT_HOST
        if "://" not in host:
            host = f"https://{host}" + (f":{conn.port}" if conn.port else "")
        return api_key, host.rstrip("/")

    def get_conn(self):
        """The SendGrid client, built the way the delivery code builds it (retries, timeouts)."""
        from outreach.delivery import make_sendgrid_client

        api_key, host = self.credentials()
        return make_sendgrid_client(api_key, host)
