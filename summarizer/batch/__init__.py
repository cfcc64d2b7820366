"""Many documents at once: inputs, bounded concurrency with 429 back-off, JSONL output, resume.

The names are imported on first use (PEP 562): `collect_inputs` and a fully cached `brief`
(summarizer.batch.cached) do not load the runner's asyncio, worker pool and output writer.
Type checkers see the real imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.lazy import lazy_exports

if TYPE_CHECKING:
    from summarizer.batch.inputs import SUFFIXES, collect_inputs
    from summarizer.batch.limiter import AIMDLimiter
    from summarizer.batch.output import BatchLine, read_done
    from summarizer.batch.runner import BatchReport, DocOutcome, arun_batch, run_batch

_EXPORTS = {
    "SUFFIXES": "summarizer.batch.inputs",
    "AIMDLimiter": "summarizer.batch.limiter",
    "BatchLine": "summarizer.batch.output",
    "BatchReport": "summarizer.batch.runner",
    "DocOutcome": "summarizer.batch.runner",
    "arun_batch": "summarizer.batch.runner",
    "collect_inputs": "summarizer.batch.inputs",
    "read_done": "summarizer.batch.output",
    "run_batch": "summarizer.batch.runner",
}

__all__ = [
    "SUFFIXES",
    "AIMDLimiter",
    "BatchLine",
    "BatchReport",
    "DocOutcome",
    "arun_batch",
    "collect_inputs",
    "read_done",
    "run_batch",
]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
