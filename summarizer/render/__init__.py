"""English briefings: one document as Markdown or text, many as Markdown or an HTML review page."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Literal

from summarizer.errors import ConfigError
from summarizer.events import Grouping
from summarizer.render.markdown import Markdown, Text, brief_text, summary_text
from summarizer.render.view import KST, build_view, document_date

if TYPE_CHECKING:
    from summarizer.models import SummaryResult


def _now(now: datetime | None) -> datetime:
    return now if now is not None else datetime.now(KST)


def render_summary(
    result: SummaryResult,
    fmt: Literal["markdown", "text"] = "markdown",
    *,
    now: datetime | None = None,
) -> str:
    """One document's English briefing (or its Korean facts when offline) as Markdown or text."""
    if fmt not in ("markdown", "text"):
        raise ConfigError(f"unknown format {fmt!r} for one summary; use markdown or text")
    view = build_view(result, 0, _now(now))
    return summary_text(view, Markdown() if fmt == "markdown" else Text())


def render_brief(
    results: list[SummaryResult],
    fmt: Literal["markdown", "html", "text"] = "markdown",
    now: datetime | None = None,
    *,
    texts: Mapping[str, str] | None = None,
    failed: Sequence[tuple[str, str]] = (),
) -> str:
    """A briefing of many documents; `html` is the self-contained side-by-side review page.

    `texts` maps a document's sha256 to its indexed text, for the review page's source pane;
    `failed` lists documents that could not be summarised as (path, reason), shown first.
    """
    moment = _now(now)
    views = [build_view(r, i, moment) for i, r in enumerate(results)]
    dates = [d for d in (document_date(r) for r in results) if d]
    if fmt == "markdown":
        return brief_text(views, dates, moment, Markdown(), list(failed))
    if fmt == "text":
        return brief_text(views, dates, moment, Text(), list(failed))
    if fmt == "html":
        from summarizer.render.html import review_page

        return review_page(results, views, dates, moment, texts or {}, list(failed))
    raise ConfigError(f"unknown briefing format {fmt!r}; use markdown, html or text")


def render_grouped(
    results: list[SummaryResult],
    grouping: Grouping,
    fmt: Literal["markdown", "html", "text"] = "markdown",
    now: datetime | None = None,
    *,
    texts: Mapping[str, str] | None = None,
) -> str:
    """A briefing with one entry per event (see `summarizer.events.group_events`).

    Each event shows its sources, the facts of its most authoritative source and where the
    sources disagree; `html` is the review page with a tab per source.
    """
    moment = _now(now)
    views = [build_view(r, i, moment) for i, r in enumerate(results)]
    dates = [e.date for e in grouping.events if e.date]
    if fmt in ("markdown", "text"):
        from summarizer.render.grouped import grouped_text

        by_path = {r.facts.source.path: v for r, v in zip(results, views, strict=True)}
        style = Markdown() if fmt == "markdown" else Text()
        return grouped_text(grouping, by_path, dates, moment, style)
    if fmt == "html":
        from summarizer.render.grouped_html import grouped_page

        return grouped_page(grouping, results, views, dates, moment, texts or {})
    raise ConfigError(f"unknown briefing format {fmt!r}; use markdown, html or text")


__all__ = ["render_brief", "render_grouped", "render_summary"]
