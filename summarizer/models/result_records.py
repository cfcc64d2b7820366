"""Light twins of the briefing and result models: what a fully cached `brief` renders.

A cached answer was validated and verified when it was kept; reading it back into the pydantic
models (summarizer.models.report) costs a cached `brief` the pydantic import and the building
of ~40 model classes, more than all its work. `summarizer.models.read_json` reads a stored
result into these records instead, as strictly (what it cannot vouch for goes to pydantic).
They have the models' fields in the same order with the same defaults, and the properties
and methods the renderers and event grouping use (a test compares them with the models).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from summarizer.models.records import FactsRecord, Record, Span
from summarizer.models.report_views import CheckKind, CheckView, ReportView, Status, UsageView


@dataclass(kw_only=True, repr=False, eq=False)
class BriefingEvent(Record):
    """See models.briefing.BriefingEvent."""

    date: str | None = None
    time: str | None = None
    place_ko: str | None = None
    place_en: str | None = None
    mode: Literal["in_person", "online", "unknown"] = "unknown"


@dataclass(kw_only=True, repr=False, eq=False)
class BriefingParty(Record):
    """See models.briefing.BriefingParty."""

    name_ko: str
    name_en: str | None = None
    abbreviation: str | None = None
    aliases: list[str] = field(default_factory=list)
    signatory: str | None = None
    signatory_title: str | None = None
    signatory_en: str | None = None
    signatory_title_en: str | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class BriefingCommitment(Record):
    """See models.briefing.BriefingCommitment."""

    text_ko: str
    text_en: str
    parties: list[str] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class BriefingQuote(Record):
    """See models.briefing.BriefingQuote."""

    speaker: str
    title: str | None = None
    org: str | None = None
    speaker_en: str | None = None
    title_en: str | None = None
    org_en: str | None = None
    text_ko: str
    text_en: str


@dataclass(kw_only=True, repr=False, eq=False)
class BriefingContact(Record):
    """See models.briefing.BriefingContact."""

    department: str | None = None
    name: str | None = None
    role: str | None = None
    phone: str | None = None
    name_en: str | None = None
    title_en: str | None = None
    department_en: str | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class GlossaryEntry(Record):
    """See models.briefing.GlossaryEntry."""

    ko: str
    en: str


@dataclass(kw_only=True, repr=False, eq=False)
class Briefing(Record):
    """See models.briefing.Briefing (`summary_ko` and `summary_en` hold 1 to 6 points)."""

    title_ko: str
    title_en: str
    headline_en: str
    summary_ko: list[str]
    summary_en: list[str]
    event: BriefingEvent | None = None
    parties: list[BriefingParty] = field(default_factory=list)
    commitments: list[BriefingCommitment] = field(default_factory=list)
    quotes: list[BriefingQuote] = field(default_factory=list)
    contacts: list[BriefingContact] = field(default_factory=list)
    embargo: str | None = None
    glossary: list[GlossaryEntry] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class ClaimCheck(Record, CheckView):
    """See models.report.ClaimCheck."""

    field: str
    kind: CheckKind
    claim: str
    status: Status
    span: Span | None = None
    note: str | None = None
    hard: bool = False


@dataclass(kw_only=True, repr=False, eq=False)
class VerificationReport(Record, ReportView[ClaimCheck]):
    """See models.report.VerificationReport."""

    checks: list[ClaimCheck] = field(default_factory=list)
    recall_warnings: list[str] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class Usage(Record, UsageView):
    """See models.report.Usage."""

    requests: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class SummaryRecord(Record):
    """See models.report.SummaryResult, which `summary_result` converts it to."""

    mode: Literal["model", "offline"]
    briefing: Briefing | None = None
    report: VerificationReport = field(default_factory=VerificationReport)
    usage: Usage = field(default_factory=Usage)
    model: str | None = None
    prompt_version: str | None = None
    facts: FactsRecord
    attempts: int = 0
    cached: bool = False


__all__ = [
    "Briefing",
    "BriefingCommitment",
    "BriefingContact",
    "BriefingEvent",
    "BriefingParty",
    "BriefingQuote",
    "CheckKind",
    "ClaimCheck",
    "GlossaryEntry",
    "Status",
    "SummaryRecord",
    "Usage",
    "VerificationReport",
]
