"""The HTML review page: Korean source and English briefing side by side, claims linked to spans."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import jinja2
from markupsafe import Markup, escape

from summarizer.render.markdown import OFFLINE, UNOFFICIAL, by_date, failure, period
from summarizer.render.names import Flag, Inline, Name
from summarizer.render.source import highlight, source_text
from summarizer.render.view import DocView, Item

if TYPE_CHECKING:
    from summarizer.models import SummaryResult

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def _env() -> jinja2.Environment:
    # Autoescape: document and model text may carry markup (see examples/injection.txt).
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.filters["inline"] = inline
    return env


def _flag(p: Flag) -> Markup:
    text = escape(p.text) + (
        Markup('<sup class="project" title="the project\'s rendering, not the model\'s">‡</sup>')
        if p.project
        else ""
    )
    if p.mark == "unsupported":
        return Markup(
            '<span class="value-failed" title="{}"><s>{}</s> <span class="badge bad">✗ {}</span></span>'
        ).format(p.note or "", text, p.label or "not in source")
    if p.mark == "unverified":
        return Markup(
            '<span class="value-unverified" title="{}">{} <span class="badge warn">⚠ {}</span></span>'
        ).format(p.note or "", text, p.label or "unverified")
    return Markup(text)


def inline(parts: Inline) -> Markup:
    """Inline text: unverified names get a footnote mark, flagged values their own badge."""
    out = []
    for p in parts:
        if isinstance(p, Name):
            out.append(
                Markup(
                    '<span class="name-unverified" title="not an official name we could '
                    'confirm">{}<sup>†</sup></span>'
                ).format(p.text)
                if p.unverified
                else escape(p.text)
            )
        elif isinstance(p, Flag):
            out.append(_flag(p))
        else:
            out.append(escape(p))
    return Markup("").join(out)


class Linker:
    """Renders claims as links to their span when the span is on the page."""

    def __init__(self, anchors: set[str]) -> None:
        self.anchors = anchors

    def __call__(self, item: Item) -> Markup:
        body = inline(item.parts)
        cls = f"claim claim-{item.mark}"
        ident = Markup(' id="{}"').format(item.claim_id) if item.claim_id else Markup("")
        # The Korean original on hover: translators check the English against it.
        title = item.ko or ""
        if item.anchor and item.anchor in self.anchors:
            body = Markup('<a class="{}"{} href="#{}" data-target="{}" title="{}">{}</a>').format(
                cls, ident, item.anchor, item.anchor, title, body
            )
        else:
            body = Markup('<span class="{}"{} title="{}">{}</span>').format(cls, ident, title, body)
        if item.mark == "unsupported":
            body += Markup(' <span class="badge bad" title="{}">✗ not in source</span>').format(
                item.note or ""
            )
        elif item.mark == "unverified":
            body += Markup(' <span class="badge warn" title="{}">⚠ unverified</span>').format(
                item.note or ""
            )
        elif item.mark == "unchecked":
            body += Markup(' <span class="badge" title="{}">unchecked</span>').format(
                item.note or ""
            )
        return body


def review_page(
    results: list[SummaryResult],
    views: list[DocView],
    dates: list[str],
    now: datetime,
    texts: Mapping[str, str],
    failed: list[tuple[str, str]] | None = None,
) -> str:
    """One self-contained HTML file (inline CSS and JS, no external assets)."""
    docs = []
    ordered = by_date(views)
    for view in ordered:
        result = results[view.index]
        text = source_text(result, dict(texts))
        anchors: set[str] = set()
        if text is None:
            source = None
        else:
            source, anchors = highlight(result, view.index, text)
        docs.append(
            {
                "view": view,
                "source": source,
                "link": Linker(anchors),
                "path": result.facts.source.path,
                "problems": problem_links(view),
            }
        )
    template = _env().get_template("review.html.j2")
    return template.render(
        docs=docs,
        period=period(dates),
        count=len(views),
        now=now.strftime("%Y-%m-%d %H:%M"),
        unofficial=UNOFFICIAL,
        offline_note=OFFLINE,
        problems=sum(len(v.problems) for v in views),
        checked=sum(not v.offline for v in views),
        failed=[(path, failure(path, reason)) for path, reason in failed or []],
    )


def problem_links(view: DocView) -> list[tuple[str, str | None]]:
    """Each problem line of a document with the id of the claim it concerns (None: no claim)."""
    ids = {
        item.field: item.claim_id
        for item in [view.when, view.headline, *view.points, *view.parties, *view.commitments,
                     *view.quotes, *view.contacts]
        if item is not None and item.field and item.claim_id
    }  # fmt: skip
    out: list[tuple[str, str | None]] = []
    fields = [c.field for c in view.checks if not c.ok]
    for n, line in enumerate(view.problems):
        field = fields[n] if n < len(fields) else ""
        owner = max((f for f in ids if field.startswith(f)), key=len, default=None)
        out.append((line, ids[owner] if owner else None))
    return out


__all__ = ["review_page"]
