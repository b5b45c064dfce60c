"""Quick-retry settings for the feed tests (fixture files are located by each module)."""

from __future__ import annotations

import pytest

from outreach.config import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    """Real settings with short waits so retry tests stay quick."""
    return Settings(home=tmp_path).model_copy(update={"http_timeout_s": 2.0, "http_attempts": 3,
                                                      "http_backoff_s": 0.01})
