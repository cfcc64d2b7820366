"""Many documents at once: inputs, bounded concurrency with 429 back-off, JSONL output, resume."""

from summarizer.batch.inputs import SUFFIXES, collect_inputs
from summarizer.batch.limiter import AIMDLimiter
from summarizer.batch.output import BatchLine, read_done
from summarizer.batch.runner import BatchReport, DocOutcome, arun_batch, run_batch

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
