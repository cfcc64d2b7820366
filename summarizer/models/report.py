"""The verification report, usage accounting and the result of summarizing one document."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from summarizer.models.briefing import Briefing
from summarizer.models.defaults import empty_list
from summarizer.models.facts import FactsResult, Span
from summarizer.models.report_views import CheckKind, CheckView, ReportView, Status, UsageView


class ClaimCheck(BaseModel, CheckView):
    """One claim of the briefing and what the source says about it."""

    field: str  # JSON path into the briefing, e.g. "contacts[0].phone"
    kind: CheckKind
    claim: str
    status: Status
    span: Span | None = None
    note: str | None = None
    hard: bool = False  # a hard violation triggers a targeted re-ask


class VerificationReport(BaseModel, ReportView[ClaimCheck]):
    """Every checked claim, plus facts the briefing left out."""

    checks: list[ClaimCheck] = Field(default_factory=empty_list)
    recall_warnings: list[str] = Field(default_factory=empty_list)


class Usage(BaseModel, UsageView):
    """Tokens and requests summed over every attempt for one document."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None


class SummaryResult(BaseModel):
    """What `summarize()` returns: the briefing (None offline), its report, usage and provenance."""

    mode: Literal["model", "offline"]
    briefing: Briefing | None = None
    report: VerificationReport = Field(default_factory=VerificationReport)
    usage: Usage = Field(default_factory=Usage)
    model: str | None = None
    prompt_version: str | None = None
    facts: FactsResult
    attempts: int = 0
    cached: bool = False
