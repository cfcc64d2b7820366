"""The Python API: `summarize` and `asummarize`, with every option through one Config."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from summarizer.cache import ResultCache
from summarizer.config import Config, resolve_config
from summarizer.errors import VerificationFailed
from summarizer.logs import RequestLog
from summarizer.models import Document, SummaryResult
from summarizer.pipeline import asummarize_document, summarize_document


def stores(config: Config) -> tuple[ResultCache | None, RequestLog | None]:
    """The result cache and request log the config asks for (use_cache / use_log)."""
    cache = ResultCache(config.cache_dir) if config.use_cache else None
    log = RequestLog(config.log_db) if config.use_log else None
    return cache, log


def require_verified(result: SummaryResult) -> None:
    """Raise VerificationFailed (exit code 3) when the briefing holds unsupported claims."""
    bad = result.report.unsupported
    if not bad:
        return
    fields = ", ".join(c.field for c in bad[:3]) + (", …" if len(bad) > 3 else "")
    exc = VerificationFailed(
        f"{len(bad)} claim(s) of the briefing are not supported by the source ({fields}): "
        "review them in the report, or run without strict mode"
    )
    exc.result = result  # type: ignore[attr-defined]  # the caller may still want to show it
    raise exc


def summarize(
    source: str | Path | bytes | Document,
    *,
    config: Config | None = None,
    reference_date: date | str | None = None,
    offline: bool = False,
    strict: bool = False,
    **overrides: Any,
) -> SummaryResult:
    """Summarise one document: a verified briefing with a model, Korean facts only without one.

    `overrides` are Config fields (model=, base_url=, mode=, max_reasks= …). With `strict`,
    unsupported claims raise VerificationFailed, whose `.result` holds the result anyway.
    """
    cfg = resolve_config(config, offline=offline, **overrides)
    cache, log = stores(cfg)
    result = summarize_document(source, cfg, reference_date=reference_date, cache=cache, log=log)
    if strict:
        require_verified(result)
    return result


async def asummarize(
    source: str | Path | bytes | Document,
    *,
    config: Config | None = None,
    reference_date: date | str | None = None,
    offline: bool = False,
    strict: bool = False,
    **overrides: Any,
) -> SummaryResult:
    """The async twin of `summarize`."""
    cfg = resolve_config(config, offline=offline, **overrides)
    cache, log = stores(cfg)
    result = await asummarize_document(
        source, cfg, reference_date=reference_date, cache=cache, log=log
    )
    if strict:
        require_verified(result)
    return result


def brief(
    sources: Iterable[str | Path],
    *,
    config: Config | None = None,
    fmt: Literal["markdown", "html", "text"] = "markdown",
    now: datetime | None = None,
    group: Literal["events", "none"] | None = None,
    **overrides: Any,
) -> str:
    """One English briefing of many documents (files, folders, globs), through the batch runner.

    `html` is the self-contained review page. `group="events"` (the default for more than one
    document) gives one entry per event, as `group_events` decides; `"none"` one per document.
    Failed documents are listed with the reason; they have no section.
    """
    from summarizer.batch.cached import all_cached
    from summarizer.batch.inputs import collect_inputs
    from summarizer.render import render_brief

    cfg = resolve_config(config, **overrides)
    paths = collect_inputs(sources)
    report = all_cached(paths, cfg)  # every document cached: no runner (asyncio, pool)
    if report is None:
        from summarizer.batch.runner import run_batch

        report = run_batch(paths, cfg, quiet=True)
    failed = [(o.path, o.error or "failed") for o in report.outcomes if o.status == "error"]
    results = report.results
    if (group or ("events" if len(results) > 1 else "none")) == "events":
        from summarizer.events import group_events
        from summarizer.render import render_grouped

        grouping = group_events(results, texts=report.texts)
        return render_grouped(results, grouping, fmt, now, texts=report.texts)
    return render_brief(results, fmt, now, texts=report.texts, failed=failed)


__all__ = ["asummarize", "brief", "require_verified", "resolve_config", "stores", "summarize"]
