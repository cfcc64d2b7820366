"""Helpers for verifier tests on invented snippets: a minimal briefing, its checks, one field."""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingCommitment, BriefingParty, ClaimCheck
from summarizer.verify import verify_briefing


def checks(briefing: Briefing, text: str) -> list[ClaimCheck]:
    """The verifier's checks of `briefing` against `text` (reference date 2025-03-04)."""
    facts = extract_facts(text.encode("utf-8"), reference_date="2025-03-04")
    return verify_briefing(briefing, text, facts).checks


def field(found: list[ClaimCheck], name: str) -> ClaimCheck:
    """The one check of field `name`."""
    (check,) = [c for c in found if c.field == name]
    return check


# The statuses of a claim the verifier does not pass.
DOUBTED = ("unverified", "unsupported")


def doubted(field: str, page: str, **fields: object) -> list[str]:
    """The claims of `field`, in a `brief` of `fields` checked against `page`, the verifier does
    not pass (unverified or unsupported)."""
    found = checks(brief(**fields), page)
    return [c.claim for c in found if c.field == field and c.status in DOUBTED]


def brief(**fields: object) -> Briefing:
    """A briefing with placeholder title, headline and summary, and `fields` over them."""
    base: dict[str, object] = dict(
        title_ko="t", title_en="t", headline_en="h", summary_ko=["s"], summary_en=["s"],
    )  # fmt: skip
    base.update(fields)
    return Briefing.model_validate(base)


# Two invented parties for the commitment-binding tests.
GANA_DARA = [("가나부", "Ministry of Gana"), ("다라공단", "Dara Corporation")]


def commitment_party_checks(text: str, item: str, parties: list[str]) -> list[ClaimCheck]:
    """The checks of one commitment's parties, in a briefing of GANA_DARA (date 2025-06-02)."""
    facts = extract_facts(text.encode(), reference_date="2025-06-02")
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[BriefingParty(name_ko=k, name_en=e) for k, e in GANA_DARA],
        commitments=[BriefingCommitment(text_ko=item, text_en="-", parties=parties)],
    )  # fmt: skip
    found = verify_briefing(b, text, facts).checks
    return [c for c in found if c.field.startswith("commitments[0].parties")]
