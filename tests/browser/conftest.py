"""Browser tests drive the system chromium through playwright (no browser download).

They reuse the render tests' hand-made results, and skip cleanly when no chromium is installed
(`apt-get install chromium`) or playwright cannot start it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "render"))

from pw import chromium_page, find_chromium  # noqa: F401  (fixtures for this folder)
