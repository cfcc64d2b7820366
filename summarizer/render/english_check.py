"""Is a rendered briefing English for a reader who reads no Korean? Stray Hangul, per format.

Korean may appear in brackets after its English rendering or quoted as source text; the
review page's Korean source pane and hover titles are Korean by design and not checked.
"""

from __future__ import annotations

from datetime import datetime
from html.parser import HTMLParser
from typing import TYPE_CHECKING

from summarizer.english.stray import stray_hangul
from summarizer.render import render_brief

if TYPE_CHECKING:
    from summarizer.models import SummaryResult


class _BriefText(HTMLParser):
    """The visible text of the review page's English panes (`div.brief`) and its header."""

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0  # > 0 inside a div.brief
        self.skip = 0  # > 0 inside <script>/<style>
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        if tag == "div" and (self.depth or ("class", "brief") in attrs):
            self.depth += 1
        if tag in ("p", "li", "h2", "h3", "br", "div"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip -= 1
        if tag == "div" and self.depth:
            self.depth -= 1

    def handle_data(self, data: str) -> None:
        if self.depth and not self.skip:
            self.parts.append(data)


def brief_panes(html: str) -> str:
    """The text a reader sees in the English panes of a review page."""
    parser = _BriefText()
    parser.feed(html)
    return "".join(parser.parts)


def stray_korean(result: SummaryResult, now: datetime | None = None) -> dict[str, list[str]]:
    """Hangul outside brackets-after-English and quotes, in each output format of `result`."""
    out = {}
    for fmt in ("markdown", "text"):
        out[fmt] = stray_hangul(render_brief([result], fmt, now))  # type: ignore[arg-type]
    out["html"] = stray_hangul(brief_panes(render_brief([result], "html", now)))
    return out


__all__ = ["brief_panes", "stray_korean"]
