"""One document end to end: read, extract facts, then (with a model) prompt, call, verify."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeAlias

from summarizer.cache import cache_key
from summarizer.config import Config
from summarizer.digest import sha256_hex
from summarizer.prompting import prompt_version, summary_messages
from summarizer.reading.load import load_bytes

if TYPE_CHECKING:
    from summarizer.llm import CallOutcome, Observer
    from summarizer.models import (
        Briefing,
        Document,
        FactsResult,
        SummaryResult,
        VerificationReport,
    )

# Extraction (reading, facts, structure) and the model call (summarizer.llm) are imported when
# a document is read or a request is due: a cached run needs neither; the pydantic models when
# a result is made or a document given as one (`result_key` needs none of them).

Source: TypeAlias = "str | Path | bytes | Document"


class Cache(Protocol):
    """Where finished results are kept by key (summarizer.cache.ResultCache)."""

    def get(self, key: str) -> SummaryResult | None: ...

    def put(self, key: str, result: SummaryResult) -> None: ...


class Log(Protocol):
    """Where each model request is recorded (summarizer.logs.RequestLog)."""

    def recorder(self, *, model: str | None = None, doc_sha256: str | None = None) -> Observer: ...


@dataclass
class Prepared:
    """Everything decided before the model is called."""

    text: str
    facts: FactsResult
    version: str
    key: str
    messages: list[dict[str, str]]
    config: Config  # with --mode auto resolved to what the endpoint supports


def _terms(text: str, facts: FactsResult) -> list[Any]:
    from summarizer.glossary import load_glossary

    entries = load_glossary().terms_for(text)
    # Names as they were on the document's date: a 2016 release still says SMBA.
    day = facts.reference_date
    if day is None or len(day) != 10:  # no stated day: today's names
        return list(entries)
    return [e.as_of(day) if hasattr(e, "as_of") else e for e in entries]


class GroundingCheck:
    """The per-candidate check: the verifier's targeted feedback on hard violations, or None.

    It keeps the report of the last candidate, so the answer the call settles on is verified
    once, not again for the result.
    """

    def __init__(self, text: str, facts: FactsResult) -> None:
        self.text, self.facts = text, facts
        self._last: tuple[Briefing, VerificationReport] | None = None
        self._ready: dict[str, VerificationReport] = {}

    def verified_elsewhere(self, dump: str, report: VerificationReport) -> None:
        """The report, computed elsewhere (a worker process), of the candidate whose
        `model_dump_json()` is `dump`: that candidate is not verified again here."""
        self._ready[dump] = report

    def __call__(self, briefing: Briefing) -> str | None:
        from summarizer.verify import reask_feedback, verify_briefing

        report = self._ready.pop(briefing.model_dump_json(), None) if self._ready else None
        if report is None:
            report = verify_briefing(briefing, self.text, self.facts)
        self._last = (briefing, report)
        return reask_feedback(report, self.text)

    def report_for(self, briefing: Briefing) -> VerificationReport:
        if self._last is not None and self._last[0] is briefing:
            return self._last[1]
        from summarizer.verify import verify_briefing

        return verify_briefing(briefing, self.text, self.facts)


def grounding_check(text: str, facts: FactsResult) -> GroundingCheck:
    """The check a model call validates each candidate with (see GroundingCheck)."""
    return GroundingCheck(text, facts)


def given_reference(reference_date: date | str | None) -> str | None:
    """The user's reference date as YYYY-MM-DD (None when not given); bad input is an InputError."""
    if reference_date is None:
        return None
    from summarizer.extract import as_date

    return as_date(reference_date).isoformat()


def result_key(
    sha256: str,
    config: Config,
    reference_date: date | str | None = None,
    *,
    version: str | None = None,
) -> str:
    """The cache key of a document's model result, known before the document is even read.

    Everything the answer depends on: the document's bytes (its sha256), the prompt version,
    model, mode (`auto` stays `auto`: the endpoint decides it the same way each time), endpoint
    and the reference date the user gave. The date detected in the document is not needed: it
    is a function of the bytes, like every other fact. `version` is the prompt version when the
    caller holds it already (a batch, fixed for its run: looking it up stats every template).
    """
    return cache_key(
        sha256,
        prompt_version() if version is None else version,
        config.model,
        config.mode,
        endpoint=config.endpoint,
        reference_date=given_reference(reference_date),
    )


def _key(facts: FactsResult, config: Config) -> str:
    given = facts.reference_date if facts.reference_date_origin == "option" else None
    return result_key(facts.source.sha256, config, given)


def messages_for(text: str, facts: FactsResult, mode: str) -> list[dict[str, str]]:
    """The messages asking for a Briefing of `text` (glossary terms as of its date) in `mode`."""
    return summary_messages(text, facts, _terms(text, facts), mode=mode)


def prepare(text: str, facts: FactsResult, config: Config) -> Prepared:
    """The prompt version, cache key and messages for a document whose facts are known.

    The key is `result_key`'s; the messages use the mode the endpoint resolves to.
    """
    from summarizer.llm import resolve_mode

    resolved = resolve_mode(config)
    messages = messages_for(text, facts, resolved.mode)
    return Prepared(text, facts, prompt_version(), _key(facts, config), messages, resolved)


def offline_result(facts: FactsResult) -> SummaryResult:
    """The deterministic result: Korean facts and structure, no briefing."""
    from summarizer.models import SummaryResult

    return SummaryResult(mode="offline", facts=facts)


def _finish(
    p: Prepared, outcome: CallOutcome, config: Config, check: GroundingCheck
) -> SummaryResult:
    from summarizer.models import SummaryResult

    return SummaryResult(
        mode="model",
        briefing=outcome.briefing,
        report=check.report_for(outcome.briefing),
        usage=outcome.usage,
        model=config.model,
        prompt_version=p.version,
        facts=p.facts,
        attempts=outcome.attempts,
    )


def cached_result(key: str, cache: Cache | None) -> SummaryResult | None:
    """The stored result for `key`, marked cached, or None."""
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
    """Everything before the model call: a finished result (offline, cached) or the prompt.

    A cache hit is looked up by the bytes' hash before the document is read or its facts
    extracted, and needs no server probe.
    """
    from summarizer.models import Document

    offline = config.offline or not config.has_model()
    if isinstance(source, Document):
        doc = source
    else:
        data, label = (source, "<bytes>") if isinstance(source, bytes) else load_bytes(source)
        if not offline and cache is not None:
            sha = sha256_hex(data)
            hit = cached_result(result_key(sha, config, reference_date), cache)
            if hit is not None:
                return hit
            cache = None  # looked up already
        from summarizer.reading import read_document

        doc = read_document(data, name=label)
    if not offline and cache is not None:
        hit = cached_result(result_key(doc.source.sha256, config, reference_date), cache)
        if hit is not None:
            return hit
    from summarizer.extract import extract_facts

    facts = extract_facts(doc, reference_date=reference_date)
    return offline_result(facts) if offline else prepare(doc.text, facts, config)


def _after_call(
    p: Prepared, outcome: CallOutcome, config: Config, cache: Cache | None, check: GroundingCheck
) -> SummaryResult:
    result = _finish(p, outcome, config, check)
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
    make_client: Callable[[], Any] | None = None,
) -> SummaryResult:
    """Summarise one document; offline (facts only) when no model is configured or offline is set.

    The client (`client`, else `make_client()`, else one built from `config`) is only made
    when a request is due: an offline or cached result never imports openai or instructor.
    """
    p = _before_call(source, config, reference_date, cache)
    if not isinstance(p, Prepared):
        return p
    from summarizer.llm import build_client, request_briefing

    check = grounding_check(p.text, p.facts)
    outcome = request_briefing(
        client or (make_client or partial(build_client, p.config))(),
        p.messages,
        config=p.config,
        check=check,
        observers=_observers(p, log, config),
    )
    return _after_call(p, outcome, config, cache, check)


async def asummarize_document(
    source: Source,
    config: Config,
    *,
    reference_date: date | str | None = None,
    cache: Cache | None = None,
    log: Log | None = None,
    client: Any | None = None,
    make_client: Callable[[], Any] | None = None,
) -> SummaryResult:
    """The async twin of `summarize_document` (client from `build_async_client`)."""
    p = _before_call(source, config, reference_date, cache)
    if not isinstance(p, Prepared):
        return p
    return await asummarize_prepared(
        p, config, cache=cache, log=log, client=client, make_client=make_client
    )


async def asummarize_prepared(
    p: Prepared,
    config: Config,
    *,
    cache: Cache | None = None,
    log: Log | None = None,
    client: Any | None = None,
    make_client: Callable[[], Any] | None = None,
    check: GroundingCheck | None = None,
) -> SummaryResult:
    """Ask the model for a prepared document, verify the answer, and keep a verified result.

    `check` replaces the grounding check of `p` (one that verifies answers elsewhere)."""
    from summarizer.llm import arequest_briefing, build_async_client

    check = check or grounding_check(p.text, p.facts)
    outcome = await arequest_briefing(
        client or (make_client or partial(build_async_client, p.config))(),
        p.messages,
        config=p.config,
        check=check,
        observers=_observers(p, log, config),
    )
    return _after_call(p, outcome, config, cache, check)


__all__ = [
    "Cache",
    "GroundingCheck",
    "Log",
    "Prepared",
    "asummarize_document",
    "asummarize_prepared",
    "cache_key",
    "cached_result",
    "given_reference",
    "grounding_check",
    "messages_for",
    "offline_result",
    "prepare",
    "result_key",
    "summarize_document",
]
