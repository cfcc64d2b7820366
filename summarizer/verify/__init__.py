"""The cross-check: every claim of a briefing against the source text and its deterministic facts."""

from summarizer.verify.align import Alignment, NormText, align
from summarizer.verify.injection import instruction_spans
from summarizer.verify.report import reask_feedback, verify_briefing
from summarizer.verify.values import normalise_date, normalise_phone, normalise_time

__all__ = [
    "Alignment",
    "NormText",
    "align",
    "instruction_spans",
    "normalise_date",
    "normalise_phone",
    "normalise_time",
    "reask_feedback",
    "verify_briefing",
]
