"""One document end to end: read, extract facts, then (with a model) prompt, call, verify."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Protocol

from summarizer.config import Config
from summarizer.extract import extract_facts
from summarizer.llm import (
    CallOutcome,
    Check,
    Observer,
    arequest_briefing,
    build_async_client,
    build_client,
    request_briefing,
    resolve_mode,
)
from summarizer.models import Briefing, Document, FactsResult, SummaryResult
from summarizer.prompting import prompt_version, summary_messages
from summarizer.reading import read_document

Source = str | Path | bytes | Document


class Cache(Protocol):
    """Where finished results are kept by key (summarizer.cache.ResultCache)."""

    def get(self, key: str) -> SummaryResult | None: ...

    def put(self, key: str, result: SummaryResult) -> None: ...


class Log(Protocol):
    """Where each model request is recorded (summarizer.logs.RequestLog)."""

    def recorder(self, *, model: str | None = None, doc_sha256: str | None = None) -> Observer: ...


def cache_key(
    doc_sha256: str,
    prompt_version: str,
    model: str,
    mode: str,
    *,
    reference_date: str | None = None,
) -> str:
    """The key of one model result: same document, prompt, model, mode (and reference date) -> same key."""
    parts = [doc_sha256, prompt_version, model, mode, reference_date or ""]
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


@dataclass
class Prepared:
    """Everything decided before the model is called."""

    text: str
    facts: FactsResult
    version: str
    key: str
    messages: list[dict[str, str]]
    config: Config  # with --mode auto resolved to what the endpoint supports


def _facts(source: Source, reference_date: date | str | None) -> tuple[str, FactsResult]:
    doc = source if isinstance(source, Document) else read_document(source)
    return doc.text, extract_facts(doc, reference_date=reference_date)


def _terms(text: str, facts: FactsResult) -> list[Any]:
    from summarizer.glossary import load_glossary

    entries = load_glossary().terms_for(text)
    # Names as they were on the document's date: a 2016 release still says SMBA.
    return [e.as_of(facts.reference_date) if hasattr(e, "as_of") else e for e in entries]


def grounding_check(text: str, facts: FactsResult) -> Check:
    """The per-candidate check: the verifier's targeted feedback on hard violations, or None."""
    from summarizer.verify import reask_feedback, verify_briefing

    def check(briefing: Briefing) -> str | None:
        return reask_feedback(verify_briefing(briefing, text, facts))

    return check


def _key(facts: FactsResult, version: str, config: Config) -> str:
    return cache_key(
        facts.source.sha256, version, config.model, config.mode, reference_date=facts.reference_date
    )


def prepare(text: str, facts: FactsResult, config: Config) -> Prepared:
    """The prompt version, cache key and messages for a document whose facts are known.

    The key uses the mode as configured (`auto` stays `auto`: the endpoint decides it the same
    way each time), so a cache hit needs no probe; the messages use the resolved mode.
    """
    version = prompt_version()
    key = _key(facts, version, config)
    resolved = resolve_mode(config)
    messages = summary_messages(text, facts, _terms(text, facts), mode=resolved.mode)
    return Prepared(text, facts, version, key, messages, resolved)


def offline_result(facts: FactsResult) -> SummaryResult:
    """The deterministic result: Korean facts and structure, no briefing."""
    return SummaryResult(mode="offline", facts=facts)


def _finish(p: Prepared, outcome: CallOutcome, config: Config) -> SummaryResult:
    from summarizer.verify import verify_briefing

    return SummaryResult(
        mode="model",
        briefing=outcome.briefing,
        report=verify_briefing(outcome.briefing, p.text, p.facts),
        usage=outcome.usage,
        model=config.model,
        prompt_version=p.version,
        facts=p.facts,
        attempts=outcome.attempts,
    )


def _cached(key: str, cache: Cache | None) -> SummaryResult | None:
    hit = cache.get(key) if cache is not None else None
    return hit.model_copy(update={"cached": True}) if hit is not None else None


def _observers(p: Prepared, log: Log | None, config: Config) -> list[Observer]:
    return (
        [log.recorder(model=config.model, doc_sha256=p.facts.source.sha256)]
        if log is not None
        else []
    )


def _store(p: Prepared, result: SummaryResult, cache: Cache | None) -> None:
    # Only verified results are kept: a rerun gets another chance at an unsupported briefing.
    if cache is not None and result.report.verified:
        cache.put(p.key, result)


def _before_call(
    source: Source, config: Config, reference_date: date | str | None, cache: Cache | None
) -> SummaryResult | Prepared:
    """Everything before the model call: a finished result (offline, cached) or the prompt."""
    text, facts = _facts(source, reference_date)
    if config.offline or not config.has_model():
        return offline_result(facts)
    hit = _cached(_key(facts, prompt_version(), config), cache)  # a hit needs no server probe
    return hit if hit is not None else prepare(text, facts, config)


def _after_call(
    p: Prepared, outcome: CallOutcome, config: Config, cache: Cache | None
) -> SummaryResult:
    result = _finish(p, outcome, config)
    _store(p, result, cache)
    return result


def summarize_document(
    source: Source,
    config: Config,
    *,
    reference_date: date | str | None = None,
    cache: Cache | None = None,
    log: Log | None = None,
    client: Any | None = None,
) -> SummaryResult:
    """Summarise one document; offline (facts only) when no model is configured or offline is set."""
    p = _before_call(source, config, reference_date, cache)
    if isinstance(p, SummaryResult):
        return p
    outcome = request_briefing(
        client or build_client(p.config),
        p.messages,
        config=p.config,
        check=grounding_check(p.text, p.facts),
        observers=_observers(p, log, config),
    )
    return _after_call(p, outcome, config, cache)


async def asummarize_document(
    source: Source,
    config: Config,
    *,
    reference_date: date | str | None = None,
    cache: Cache | None = None,
    log: Log | None = None,
    client: Any | None = None,
) -> SummaryResult:
    """The async twin of `summarize_document` (client from `build_async_client`)."""
    p = _before_call(source, config, reference_date, cache)
    if isinstance(p, SummaryResult):
        return p
    outcome = await arequest_briefing(
        client or build_async_client(p.config),
        p.messages,
        config=p.config,
        check=grounding_check(p.text, p.facts),
        observers=_observers(p, log, config),
    )
    return _after_call(p, outcome, config, cache)


__all__ = [
    "Cache",
    "Log",
    "Prepared",
    "asummarize_document",
    "cache_key",
    "grounding_check",
    "offline_result",
    "prepare",
    "summarize_document",
]
