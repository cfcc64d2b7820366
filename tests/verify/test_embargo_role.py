"""An embargo claim needs a release moment in the source, not just a date the source gives.

Invented snippets (bodies 가나부, 다라공단). A model that fills the embargo with the signing
date (or time) states a release restriction the page never sets.
"""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingParty, ClaimCheck
from summarizer.verify import verify_briefing

NO_LINE = (
    "가나부, 다라공단과 청년 창업 협약 체결\n\n"
    "가나부는 2025년 6월 3일 오전 10시 다라공단과 청년 창업 지원 업무협약을 체결했다.\n"
)
WITH_LINE = "보도일시: 2025. 6. 3.(화) 12:00\n\n" + NO_LINE


def _embargo(text: str, claim: str) -> ClaimCheck:
    facts = extract_facts(text.encode(), reference_date="2025-06-02")
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[BriefingParty(name_ko="가나부"), BriefingParty(name_ko="다라공단")],
        embargo=claim,
    )  # fmt: skip
    checks = verify_briefing(b, text, facts).checks
    return next(c for c in checks if c.field == "embargo")


def test_the_signing_moment_given_as_embargo_is_not_verified() -> None:
    check = _embargo(NO_LINE, "2025-06-03T10:00")
    assert check.status == "unverified" and not check.hard, check


def test_the_signing_day_given_as_embargo_is_not_verified() -> None:
    check = _embargo(NO_LINE, "2025-06-03")
    assert check.status == "unverified" and not check.hard, check


def test_the_release_line_still_verifies() -> None:
    check = _embargo(WITH_LINE, "2025-06-03T12:00")
    assert check.ok, check


def _warnings(text: str, claim: str | None) -> list[str]:
    facts = extract_facts(text.encode(), reference_date="2025-06-02")
    b = Briefing(
        title_ko="협약", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[BriefingParty(name_ko="가나부"), BriefingParty(name_ko="다라공단")],
        embargo=claim,
    )  # fmt: skip
    return verify_briefing(b, text, facts).recall_warnings


def test_a_dropped_embargo_is_a_recall_warning() -> None:
    assert any("embargo" in w for w in _warnings(WITH_LINE, None))
    assert not any("embargo" in w for w in _warnings(WITH_LINE, "2025-06-03T12:00"))
    assert not any("embargo" in w for w in _warnings(NO_LINE, None))
