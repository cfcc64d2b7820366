"""Typed data shared by every stage; imports nothing else of ours but its own modules.

The names are imported on first use (PEP 562): `from summarizer.models import Fact` loads
the facts models only, so the deterministic layers never build the Briefing and report
schemas they do not use. Type checkers see the real imports.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.lazy import lazy_exports

if TYPE_CHECKING:
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
        Confidence,
        Contact,
        Embargo,
        Event,
        Fact,
        FactKind,
        FactsResult,
        Headline,
        Party,
        Quote,
        Region,
        SourceInfo,
        Span,
        Structure,
    )
    from summarizer.models.report import (
        ClaimCheck,
        Status,
        SummaryResult,
        Usage,
        VerificationReport,
    )

_MODULES = {
    "summarizer.models.briefing": (
        "Briefing",
        "BriefingCommitment",
        "BriefingContact",
        "BriefingEvent",
        "BriefingParty",
        "BriefingQuote",
        "GlossaryEntry",
    ),
    "summarizer.models.document": ("Document",),
    "summarizer.models.facts": (
        "Commitment",
        "Confidence",
        "Contact",
        "Embargo",
        "Event",
        "Fact",
        "FactKind",
        "FactsResult",
        "Headline",
        "Party",
        "Quote",
        "Region",
        "SourceInfo",
        "Span",
        "Structure",
    ),
    "summarizer.models.report": (
        "ClaimCheck",
        "Status",
        "SummaryResult",
        "Usage",
        "VerificationReport",
    ),
}
_EXPORTS = {name: module for module, names in _MODULES.items() for name in names}

__all__ = [
    "Briefing",
    "BriefingCommitment",
    "BriefingContact",
    "BriefingEvent",
    "BriefingParty",
    "BriefingQuote",
    "ClaimCheck",
    "Commitment",
    "Confidence",
    "Contact",
    "Document",
    "Embargo",
    "Event",
    "Fact",
    "FactKind",
    "FactsResult",
    "GlossaryEntry",
    "Headline",
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

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
