"""People named in English prose against the people the Korean source names (own sentences)."""

from __future__ import annotations

import pytest

from summarizer.english.revised import syllables as romanise
from summarizer.extract import extract_facts
from summarizer.models import Briefing, ClaimCheck
from summarizer.verify import verify_briefing
from summarizer.verify.prose_persons import skeleton

TEXT = (
    "외교부-부산시 업무협약\n"
    "조태윤 외교부 장관과 박형근 부산시장, 최은비 외교부 제1차관이 참석했다.\n"
    "조 장관은 “협력을 넓히겠다”고 말했다.\n"
)


@pytest.mark.parametrize(
    ("korean", "english"),
    [("태윤", "Tae-yoon"), ("철희", "Cheol-hee"), ("재욱", "Jae-wook"), ("문기", "Mun-kee"),
     ("현주", "Hyun-joo"), ("경화", "Kyung-hwa"), ("김", "Kim"), ("백", "Paik"), ("손", "Sohn")],
)  # fmt: skip
def test_romanisations_share_a_skeleton(korean: str, english: str) -> None:
    assert skeleton(romanise(korean)) == skeleton(english)


def _checks(headline: str) -> list[ClaimCheck]:
    facts = extract_facts(TEXT.encode(), reference_date="2025-06-12")
    b = Briefing(
        title_ko="-", title_en="-", headline_en=headline, summary_ko=["-"], summary_en=["-"]
    )
    checks = verify_briefing(b, TEXT, facts).checks
    return [c for c in checks if c.field == "headline_en" and c.kind == "name_en"]


def test_a_romanised_source_person_verifies() -> None:
    (check,) = _checks("Minister Cho Tae-yoon and Mayor PARK Hyung-keun signed it.")[:1]
    assert check.status == "normalised" and check.span is not None and check.span.text == "조태윤"
    assert all(c.ok for c in _checks("First Vice Minister CHOI Eun-bi attended."))


def test_a_wrong_surname_or_vice_title_is_flagged_softly() -> None:
    (wrong,) = _checks("Minister Kim Tae-yoon signed it.")
    assert (wrong.status, wrong.hard) == ("unsupported", False) and "조태윤" in (wrong.note or "")
    (vice,) = _checks("Vice Minister Cho Tae-yoon signed it.")
    assert (vice.status, vice.hard) == ("unsupported", False) and "장관" in (vice.note or "")


def test_a_name_nobody_in_the_source_bears_is_no_claim() -> None:
    assert _checks("They met in Seoul Gangnam-gu.") == []


EN_TEXT = (
    "The Ministry of Gana (Minister Kang Min-seo) and the Dara Agency (President Lee Jun-ho) "
    "signed an MOU.\nThe MOU was signed by Oh Se-rin, director-general at the ministry's trade "
    "bureau, and Yoon Ha-eun, executive director at the Dara Agency's partnership office.\n"
)


def _english_checks(headline: str) -> list[ClaimCheck]:
    facts = extract_facts(EN_TEXT.encode(), reference_date="2025-06-12")
    b = Briefing(
        title_ko="-", title_en="-", headline_en=headline, summary_ko=["-"], summary_en=["-"]
    )
    checks = verify_briefing(b, EN_TEXT, facts).checks
    return [c for c in checks if c.field == "headline_en" and c.kind == "name_en"]


@pytest.mark.parametrize(
    "headline",
    ["Minister KANG Min-seo signed it.", "Minister Kang Min-so signed it.", "OH Se-rin signed."],
)
def test_a_person_an_english_source_romanises_verifies(headline: str) -> None:
    (check,) = _english_checks(headline)
    assert check.status == "normalised" and "as the source writes it" in (check.note or "")


@pytest.mark.parametrize(
    "headline", ["Minister KIM Min-seo signed it.", "Vice Minister KANG Min-seo signed it."]
)
def test_a_swapped_name_or_title_against_an_english_source_is_flagged(headline: str) -> None:
    (check,) = _english_checks(headline)
    assert (check.status, check.hard) == ("unsupported", False)


def test_a_title_across_commas_is_read() -> None:
    facts = extract_facts(TEXT.encode(), reference_date="2025-06-12")
    line = "Vice Minister of Foreign Affairs, Trade and Culture CHO Tae-yoon spoke."
    b = Briefing(title_ko="-", title_en="-", headline_en=line, summary_ko=["-"], summary_en=["-"])
    (check,) = [
        c for c in verify_briefing(b, TEXT, facts).checks
        if c.field == "headline_en" and c.kind == "name_en"
    ]  # fmt: skip
    assert check.status == "unsupported" and "장관" in (check.note or "")


def test_signatories_bind_through_english_appositives() -> None:
    from summarizer.models import BriefingParty

    facts = extract_facts(EN_TEXT.encode(), reference_date="2025-06-12")
    parties = [
        BriefingParty(name_ko="가나부", name_en="Ministry of Gana", signatory="Oh Se-rin"),
        BriefingParty(name_ko="다라청", name_en="Dara Agency", signatory="Yoon Ha-eun"),
    ]
    b = Briefing(
        title_ko="-", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=parties,
    )  # fmt: skip
    status = {
        c.field: c.status
        for c in verify_briefing(b, EN_TEXT, facts).checks
        if c.field.endswith(".signatory")
    }
    assert status == {"parties[0].signatory": "exact", "parties[1].signatory": "exact"}
    b.parties[0].signatory, b.parties[1].signatory = "Yoon Ha-eun", "Oh Se-rin"
    swapped = verify_briefing(b, EN_TEXT, facts).checks
    assert [c.status for c in swapped if c.field == "parties[0].signatory"] == ["unsupported"]


FOREIGN_TEXT = (
    "가나부 장관과 스콧 모리슨 호주 총리, 저스틴 헤이허스트 호주 외교부 차관 대행이 참석했다.\n"
)


@pytest.mark.parametrize(
    ("line", "ok"),
    [
        ("Australian Prime Minister Scott MORRISON attended.", True),
        ("Acting Secretary Justin HAYHURST signed.", True),  # another government's ranks
        ("Australian Prime Vice Minister Scott MORRISON attended.", False),
        ("Deputy Prime Minister Scott Morrison attended.", False),
    ],
)
def test_a_foreign_name_after_its_title(line: str, ok: bool) -> None:
    facts = extract_facts(FOREIGN_TEXT.encode(), reference_date="2025-06-12")
    b = Briefing(title_ko="-", title_en="-", headline_en=line, summary_ko=["-"], summary_en=["-"])
    checks = [
        c for c in verify_briefing(b, FOREIGN_TEXT, facts).checks
        if c.field == "headline_en" and c.kind == "name_en"
    ]  # fmt: skip
    assert len(checks) == 1 and checks[0].ok == ok and not checks[0].hard


def test_a_foreign_title_may_be_followed_by_a_particle() -> None:
    text = "가나시 시장은 예 린 시장과 양해각서에 서명했다.\n"
    facts = extract_facts(text.encode(), reference_date="2025-06-12")
    b = Briefing(
        title_ko="-", title_en="-", headline_en="He signed with Vice Mayor Ye Lwin.",
        summary_ko=["-"], summary_en=["-"],
    )  # fmt: skip
    (check,) = [
        c for c in verify_briefing(b, text, facts).checks
        if c.field == "headline_en" and c.kind == "name_en"
    ]  # fmt: skip
    assert check.status == "unsupported" and "예 린" in (check.note or "")


@pytest.mark.parametrize(
    ("headline", "flagged"),
    [
        ("Minister CHO Tae-yoon signed it. Minister CHO said it widens exchanges.", False),
        ("Minister CHO Tae-yoon signed it. Vice Minister CHO said it widens exchanges.", True),
        ("Mayor PARK Hyung-keun signed it. Mayor PARK welcomed it.", False),
        ("Mayor PARK Hyung-keun signed it. Vice Mayor PARK welcomed it.", True),
        # 최은비 is the source's 제1차관: `Vice` agrees, a bare `Minister` does not
        ("CHOI Eun-bi attended. First Vice Minister CHOI spoke.", False),
        ("CHOI Eun-bi attended. Minister CHOI spoke.", True),
        # nobody the prose names in full: a family name alone is no claim
        ("Vice Minister CHO said it widens exchanges.", False),
        ("Governor HAN attended.", False),
    ],
)
def test_a_title_before_a_family_name_alone_must_agree(headline: str, flagged: bool) -> None:
    checks = _checks(headline)
    assert any(c.status == "unsupported" for c in checks) is flagged
    assert all(not c.hard for c in checks)


def test_a_vice_title_before_a_family_name_against_an_english_source() -> None:
    assert [
        c for c in _english_checks("Lee Jun-ho signed. President LEE said so.") if not c.ok
    ] == []
    flagged = [
        c for c in _english_checks("Lee Jun-ho signed. Vice President LEE said so.") if not c.ok
    ]
    assert [(c.status, c.hard, c.claim) for c in flagged] == [
        ("unsupported", False, "Vice President LEE")
    ]
