"""What a batch reports: one outcome per document, and the counts over them.

Plain dataclasses: containers of results (validated where they are made), so a fully cached
`brief` reports without importing pydantic (summarizer.batch.cached).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.models import SummaryResult, Usage


def _no_usage() -> Usage:
    from summarizer.models import Usage

    return Usage()


@dataclass(kw_only=True)
class DocOutcome:
    """One document of a batch: done now, resumed from the output file, or failed."""

    path: str
    sha256: str | None = None
    status: str  # "ok", "error" or "skipped" (already in the output)
    error: str | None = None
    result: SummaryResult | None = None
    text: str | None = None  # the indexed text, for the review page
    # Kept when the result itself is not (keep_results=False): its verdict, usage and cache hit.
    verified: bool | None = None
    usage: Usage | None = None
    cached: bool = False

    def light(self) -> DocOutcome:
        """Without the result and text (they are in the output file): memory stays flat."""
        if self.result is None:
            return replace(self, text=None)
        return replace(
            self,
            result=None,
            text=None,
            verified=self.result.report.verified,
            usage=self.result.usage,
            cached=self.result.cached,
        )


@dataclass(kw_only=True)
class BatchReport:
    """What a batch did: counts, usage, time, how far it backed off, and every outcome."""

    total: int = 0
    ok: int = 0
    failed: int = 0
    skipped: int = 0
    cached: int = 0
    usage: Usage = field(default_factory=_no_usage)  # records' Usage from a cached `brief`
    seconds: float = 0.0
    rate_limited: int = 0  # documents sent back to the queue after a 429
    backoffs: int = 0  # times the concurrency limit was halved (429s at any layer)
    lowest_concurrency: float = 0.0
    out: str | None = None
    outcomes: list[DocOutcome] = field(default_factory=list)

    @property
    def results(self) -> list[SummaryResult]:
        """Every available result (done now or resumed), in input order."""
        return [o.result for o in self.outcomes if o.result is not None]

    @property
    def texts(self) -> dict[str, str]:
        """Indexed texts by document hash, for `render_brief(..., texts=)`."""
        return {o.sha256: o.text for o in self.outcomes if o.sha256 and o.text is not None}


__all__ = ["BatchReport", "DocOutcome"]
