"""The system chromium under playwright, as a module-scoped page fixture any test module can
import (`from pw import chromium_page`): no browser download, a clean skip when none is there."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from typing import Any

import pytest

CANDIDATES = ("/usr/bin/chromium", "chromium", "chromium-browser", "google-chrome")


def find_chromium() -> str | None:
    """The Debian chromium binary, or another Chromium/Chrome on PATH."""
    for name in CANDIDATES:
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.fixture(scope="module")
def chromium_page() -> Iterator[Any]:
    """One headless page of the system chromium per test module (playwright's event loop must be
    gone before other tests call asyncio.run)."""
    binary = find_chromium()
    if binary is None:
        pytest.skip("no chromium: apt-get install -y chromium")
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (uv sync installs it)")
    with sync_playwright() as p:
        try:
            browser = p.chromium.launch(
                executable_path=binary, args=["--no-sandbox", "--disable-gpu"]
            )
        except Error as exc:
            pytest.skip(f"chromium at {binary} did not start under playwright: {exc}")
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        yield page
        browser.close()
