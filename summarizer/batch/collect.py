"""Collecting an OpenAI Batch API job: verify each answer offline, re-ask the rest in realtime."""

from __future__ import annotations

import asyncio
import json
from functools import partial
from pathlib import Path
from typing import Any

from summarizer.batch.api_lines import parse_answer
from summarizer.batch.jobs import BatchJob, JobDocument, api_call, openai_client, status
from summarizer.batch.output import BatchLine, JsonlWriter
from summarizer.batch.runner import BatchReport, arun_batch
from summarizer.config import Config
from summarizer.errors import InputError, ModelError, SummarizerError
from summarizer.models import SummaryResult

DONE = ("completed",)
DEAD = ("failed", "expired", "cancelled", "cancelling")


def _lines(client: Any, file_id: str | None, config: Config) -> dict[str, dict[str, Any]]:
    if not file_id:
        return {}
    text = api_call(lambda: client.files.content(file_id), config, what=f"file {file_id}").text
    out = {}
    for raw in text.splitlines():
        if raw.strip():
            line = json.loads(raw)
            out[str(line.get("custom_id"))] = line
    return out


def _log_answers(job: BatchJob, answers: dict[str, dict[str, Any]], config: Config) -> None:
    """Batch answers go into the request log too, so `summarizer logs` shows every request."""
    if not config.use_log:
        return
    from summarizer.logs import RequestLog

    log = RequestLog(config.log_db)
    for doc in job.documents:
        line = answers.get(doc.custom_id)
        if line is None:
            continue
        response = line.get("response") or {}
        error = line.get("error") or (
            None if response.get("status_code") == 200 else f"HTTP {response.get('status_code')}"
        )
        # The request body itself sits in the uploaded input file; the log keeps where.
        request = {
            "batch_id": job.batch_id,
            "input_file_id": job.input_file_id,
            "custom_id": doc.custom_id,
            "model": job.model,
        }
        log.record(
            model=job.model,
            request=request,
            response=response.get("body"),
            doc_sha256=doc.sha256,
            attempt=1,
            error=str(error) if error else None,
        )
    log.close()


def collect(
    state: Path, config: Config, out: Path, *, client: Any = None, quiet: bool = True
) -> tuple[int, BatchReport]:
    """Download the answers, verify each offline, re-ask failures in realtime; results to `out`.

    Returns how many documents the batch answered acceptably, and the report of the whole run
    (batch answers appear there as already done).
    """
    client = client or openai_client(config)
    job = status(state, config, client=client)
    if job.status in DEAD and not job.output_file_id:
        raise ModelError(f"batch {job.batch_id} is {job.status}: submit again with another --state")
    if job.status not in DONE:
        raise InputError(
            f"batch {job.batch_id} is still {job.status}: run `summarizer batch status` "
            "later, then collect"
        )
    answers = _lines(client, job.output_file_id, config)
    answers.update(
        {k: v for k, v in _lines(client, job.error_file_id, config).items() if k not in answers}
    )
    _log_answers(job, answers, config)
    writer = JsonlWriter(out, append=False)
    accepted = 0
    try:
        for doc in job.documents:
            line = partial(
                BatchLine, path=doc.path, sha256=doc.sha256, prompt_version=job.prompt_version
            )
            if not _available(doc.path):
                # The answer was paid for: say so, and where it is kept, never drop it silently.
                kept = "kept in the request log" if config.use_log else "not kept (--no-log)"
                error = (
                    f"source file is gone (the batch answer is {kept}): restore it "
                    "and run `summarizer batch collect` again"
                )
                writer.write(line(status="error", error=error))
                continue
            result = _accept(doc, answers.get(doc.custom_id), job, config)
            if result is not None:
                accepted += 1
                writer.write(line(status="ok", result=result))
    finally:
        writer.close()
    # The rest goes through the normal pipeline (with its re-asks), appended to the same file.
    cfg = config.replace(model=job.model, mode=job.mode)
    report = asyncio.run(
        arun_batch(
            [d.path for d in job.documents if _available(d.path)],
            cfg,
            out=out,
            resume=True,
            quiet=quiet,
            reference_date=job.reference_date,
        )
    )
    return accepted, report


def _available(path: str) -> bool:
    """A source that can be read again: a file still there, or a web address."""
    from summarizer.reading.fetch import is_url

    return is_url(path) or Path(path).is_file()


def _accept(
    doc: JobDocument, line: dict[str, Any] | None, job: BatchJob, config: Config
) -> SummaryResult | None:
    """The verified result of one batch answer, or None when it must be asked again in realtime."""
    from summarizer.extract import extract_facts
    from summarizer.reading import read_document
    from summarizer.verify import reask_feedback, verify_briefing

    if line is None or not _available(doc.path):
        return None
    try:
        document = read_document(doc.path)  # a page is fetched again
    except SummarizerError:
        return None  # unreadable now: the realtime pass records why
    if document.source.sha256 != doc.sha256:
        return None  # edited since submit: the answer is about another text
    briefing, usage, _problem = parse_answer(line, job.mode)
    if briefing is None:
        return None
    facts = extract_facts(document, reference_date=job.reference_date)
    report = verify_briefing(briefing, document.text, facts)
    if reask_feedback(report) is not None:
        return None  # a hard violation: the realtime path can re-ask with targeted feedback
    # Batch requests cost half the realtime price.
    cost = config.cost_usd(usage.prompt_tokens, usage.completion_tokens, job.model)
    usage.cost_usd = None if cost is None else round(cost / 2, 6)
    result = SummaryResult(
        mode="model",
        briefing=briefing,
        report=report,
        usage=usage,
        model=job.model,
        prompt_version=job.prompt_version,
        facts=facts,
        attempts=1,
    )
    _remember(result, job, config)
    return result


def _remember(result: SummaryResult, job: BatchJob, config: Config) -> None:
    if not config.use_cache or not result.report.verified:
        return
    from summarizer.cache import ResultCache, cache_key
    from summarizer.pipeline import given_reference

    key = cache_key(
        result.facts.source.sha256,
        job.prompt_version,
        job.model,
        job.mode,
        endpoint=config.endpoint,
        reference_date=given_reference(job.reference_date),  # the user's, as realtime keys it
    )
    ResultCache(config.cache_dir).put(key, result)


__all__ = ["collect"]
