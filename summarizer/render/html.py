"""The HTML review page: Korean source and English briefing side by side, claims linked to spans."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from functools import cache
from pathlib import Path

import jinja2
from markupsafe import Markup, escape

from summarizer.models import SummaryResult
from summarizer.render.markdown import OFFLINE, UNOFFICIAL, period
from summarizer.render.names import Inline, Name
from summarizer.render.source import highlight, source_text
from summarizer.render.view import DocView, Item

TEMPLATES = Path(__file__).resolve().parent / "templates"


@cache
def _env() -> jinja2.Environment:
    # Autoescape: document and model text may carry markup (see examples/injection.txt).
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True, undefined=jinja2.StrictUndefined
    )
    env.filters["inline"] = inline
    return env


def inline(parts: Inline) -> Markup:
    """Inline text with unverified names badged."""
    out = []
    for p in parts:
        if isinstance(p, Name):
            text = escape(p.text)
            out.append(
                Markup(
                    '<span class="name-unverified" title="not an official name we could '
                    'confirm">{} <span class="badge warn">⚠ unverified name</span></span>'
                ).format(text)
                if p.unverified
                else text
            )
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
        # The Korean original on hover: translators check the English against it.
        title = item.ko or ""
        if item.anchor and item.anchor in self.anchors:
            body = Markup('<a class="{}" href="#{}" data-target="{}" title="{}">{}</a>').format(
                cls, item.anchor, item.anchor, title, body
            )
        else:
            body = Markup('<span class="{}" title="{}">{}</span>').format(cls, title, body)
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
) -> str:
    """One self-contained HTML file (inline CSS and JS, no external assets)."""
    docs = []
    for result, view in zip(results, views, strict=True):
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
    )


__all__ = ["review_page"]
