"""An attendee listed beside the party's head is not passed as its signatory (s29-ver).
Invented source."""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.models import Briefing, BriefingParty, ClaimCheck
from summarizer.verify import verify_briefing

# an attendance sentence listing the party's head and another of its people: not a signing
_ATTENDED = (
    "가람대학교는 지난 5일 교내에서 누리식품과 업무협약을 체결했다고 6일 밝혔다.\n"
    "이날 협약식에는 가람대학교 김바다 총장, 이누리 산학협력단장 등 대학 관계자와 누리식품의 "
    "박하늘 대표이사가 참석했다.\n"
)


def _signatory(person: str, title: str) -> ClaimCheck:
    facts = extract_facts(_ATTENDED.encode(), reference_date="2025-06-10")
    b = Briefing(
        title_ko="-", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[BriefingParty(name_ko="가람대학교", signatory=person, signatory_title=title),
                 BriefingParty(name_ko="누리식품")],
    )  # fmt: skip
    checks = verify_briefing(b, _ATTENDED, facts).checks
    (check,) = [c for c in checks if c.field == "parties[0].signatory"]
    return check


def test_an_attendee_beside_the_party_s_head_is_not_passed_as_its_signatory() -> None:
    assert _signatory("김바다", "총장").ok
    check = _signatory("이누리", "산학협력단장")
    assert not check.ok and "김바다" in (check.note or "")


# the head written with the party's short name between name and title: `허누리 다온연 원장`
_SHORT = (
    "가람보증기금과 다온연구원은 지난 23일 업무협약을 맺었다.\n"
    "협약식은 가람 본점에서 열렸으며, 김바다 가람 이사장과 허누리 다온연 원장 등 두 기관 "
    "관계자 10여 명이 참석했다.\n"
)


def test_the_head_written_with_a_short_name_before_the_title_is_no_attendee() -> None:
    facts = extract_facts(_SHORT.encode(), reference_date="2025-06-10")
    b = Briefing(
        title_ko="-", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[BriefingParty(name_ko="가람보증기금"),
                 BriefingParty(name_ko="다온연구원", signatory="허누리", signatory_title="원장")],
    )  # fmt: skip
    checks = verify_briefing(b, _SHORT, facts).checks
    (check,) = [c for c in checks if c.field == "parties[1].signatory"]
    assert "attendees" not in (check.note or "")
