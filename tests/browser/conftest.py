"""Browser tests drive the system chromium through playwright (no browser download).

They reuse the render tests' hand-made results, and skip cleanly when no chromium is installed
(`apt-get install chromium`) or playwright cannot start it.
"""

from __future__ import annotations

import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "render"))

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
