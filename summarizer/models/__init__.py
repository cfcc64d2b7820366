"""Typed data shared by every stage; imports nothing else of ours but its own modules."""

from summarizer.models.briefing import (
    Briefing,
    BriefingCommitment,
    BriefingContact,
    BriefingEvent,
    BriefingParty,
    BriefingQuote,
    GlossaryEntry,
)
from summarizer.models.document import Document
from summarizer.models.facts import (
    Commitment,
    Contact,
    Embargo,
    Event,
    Fact,
    FactKind,
    FactsResult,
    Party,
    Quote,
    Region,
    SourceInfo,
    Span,
    Structure,
)
from summarizer.models.report import ClaimCheck, Status, SummaryResult, Usage, VerificationReport

__all__ = [
    "Briefing",
    "BriefingCommitment",
    "BriefingContact",
    "BriefingEvent",
    "BriefingParty",
    "BriefingQuote",
    "ClaimCheck",
    "Commitment",
    "Contact",
    "Document",
    "Embargo",
    "Event",
    "Fact",
    "FactKind",
    "FactsResult",
    "GlossaryEntry",
    "Party",
    "Quote",
    "Region",
    "SourceInfo",
    "Span",
    "Status",
    "Structure",
    "SummaryResult",
    "Usage",
    "VerificationReport",
]
