"""Fixtures for the browser test: the e2e fixtures reused, Debian's Chromium driven by Playwright (sync API).

Chromium is the system package (/usr/bin/chromium); Playwright never downloads a browser here. Locally
the browser test skips when that binary is missing; under CI=true it fails instead.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

# The e2e fixtures (plugins/ on sys.path, a throwaway AIRFLOW_HOME, a fresh Airflow database per test).
from tests.e2e.conftest import postgres_database  # noqa: F401 - re-exported as a fixture

CHROMIUM = Path("/usr/bin/chromium")
# Offline and quiet: no component updates, sync or QUIC probes; --no-sandbox because CI runs as root.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-quic"]
ROOT = Path(__file__).resolve().parents[2]
OUTPUT = ROOT / "test-output" / "browser"  # gitignored: screenshots a person can look at after a run


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """Debian's Chromium; a missing binary fails under CI=true and skips locally."""
    if not (CHROMIUM.is_file() and os.access(CHROMIUM, os.X_OK)):
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser test needs Debian's chromium at {CHROMIUM} (apt-get install chromium)")
        pytest.skip(f"no Chromium at {CHROMIUM}")
    return CHROMIUM


@pytest.fixture
def browser(chromium_path: Path) -> Iterator[object]:
    """A headless Chromium (Playwright sync API), closed afterwards."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS, headless=True)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture
def screenshots(tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Path]:
    """A folder under the test's tmp_path, copied to test-output/browser/<test name>/ afterwards, pass or fail."""
    folder = tmp_path / "screenshots"
    folder.mkdir()
    yield folder
    target = OUTPUT / request.node.name
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(folder, target)
    print(f"\nscreenshots: {target}")
