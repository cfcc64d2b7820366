"""Helpers for verifier tests on invented snippets: a minimal briefing, its checks, one field."""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify import verify_briefing


def checks(briefing: Briefing, text: str) -> list[ClaimCheck]:
    """The verifier's checks of `briefing` against `text` (reference date 2025-03-04)."""
    facts = extract_facts(text.encode("utf-8"), reference_date="2025-03-04")
    return verify_briefing(briefing, text, facts).checks


def field(found: list[ClaimCheck], name: str) -> ClaimCheck:
    """The one check of field `name`."""
    (check,) = [c for c in found if c.field == name]
    return check


def brief(**fields: object) -> Briefing:
    """A briefing with placeholder title, headline and summary, and `fields` over them."""
    base: dict[str, object] = dict(
        title_ko="t", title_en="t", headline_en="h", summary_ko=["s"], summary_en=["s"],
    )  # fmt: skip
    base.update(fields)
    return Briefing.model_validate(base)
