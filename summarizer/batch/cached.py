"""A batch whose every document has a cached result: answered without the runner.

`brief` on documents summarised before spends its time starting up: the runner's asyncio (with
ssl), worker pool, limiter and output writer cost more than looking the answers up. `all_cached`
reads each document's bytes, looks its result up by the same key the runner uses (sha256,
prompt version, model, mode, endpoint, given reference date) and reads the text the review page
indexes, in order; the report is the one the runner gives for such a batch. At the first
document it cannot answer so (no hit, a web address, an unreadable file) it gives up and the
runner does the batch as before: failures are reported there, in the runner's words.

With `records=True` (a briefing, rendered and forgotten) the results are the light records of
summarizer.models.result_records, read as strictly as the models read them
(ResultCache.get_record), and the texts are read as records: the run imports no pydantic.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from summarizer.config import Config
from summarizer.errors import SummarizerError

if TYPE_CHECKING:
    from summarizer.batch.report import BatchReport, DocOutcome
    from summarizer.models import SummaryResult


def all_cached(
    paths: Sequence[Path | str],
    config: Config,
    reference_date: date | str | None = None,
    *,
    records: bool = False,
) -> BatchReport | None:
    """The BatchReport of `paths` when every one is a cache hit (nothing to ask), else None.

    Only for a run that would look results up (a model configured, not offline, the cache on).
    `records`: results as light records (see the module docstring), for the renderers and
    event grouping, which read them as they read the models.
    """
    if config.offline or not config.has_model() or not config.use_cache or not paths:
        return None
    if any(not isinstance(p, Path) for p in paths):  # a page is fetched by the runner
        return None
    from summarizer.cache import ResultCache
    from summarizer.digest import sha256_hex
    from summarizer.pipeline import result_key
    from summarizer.prompting import prompt_version
    from summarizer.reading.load import load_bytes

    version = prompt_version()
    cache = ResultCache(config.cache_dir)
    started = time.perf_counter()  # as the runner counts: the documents, not its set-up
    found = []
    for path in paths:
        try:
            data, _ = load_bytes(path)
        except (SummarizerError, OSError):
            return None
        sha = sha256_hex(data)
        # The stored result was validated (SummaryResult) and verified before it was kept; the
        # cache validates it again as it reads it (ResultCache.get, .get_record).
        key = result_key(sha, config, reference_date, version=version)
        hit = cache.get_record(key) if records else cache.get(key)
        if hit is None or cache.broken:
            return None
        found.append((path, sha, data, hit))
    from summarizer.batch.report import BatchReport, DocOutcome
    from summarizer.reading.document import read_record

    outcomes: list[DocOutcome] = []
    for path, sha, data, hit in found:
        try:
            text = read_record(data, name=str(path)).text
        except SummarizerError:
            return None
        # A record reads as the model does wherever results are read (a test renders both).
        result = cast("SummaryResult", hit)
        outcomes.append(
            DocOutcome(path=str(path), sha256=sha, status="ok", result=result, text=text)
        )
    usage: Any
    if records:
        from summarizer.models.result_records import Usage as UsageRecord

        usage = UsageRecord()
    else:
        from summarizer.models import Usage

        usage = Usage()
    report = BatchReport(
        usage=usage,
        total=len(paths),
        ok=len(outcomes),
        cached=len(outcomes),
        outcomes=outcomes,
        seconds=round(time.perf_counter() - started, 3),
        lowest_concurrency=float(max(1, config.concurrency)),
    )
    for o in outcomes:
        assert o.result is not None
        report.usage = report.usage.add(o.result.usage)
    return report


__all__ = ["all_cached"]
