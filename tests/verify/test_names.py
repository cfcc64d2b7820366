"""Party names, English names and quote speakers in verify_briefing."""

from __future__ import annotations

import pytest

from summarizer.extract import extract_facts
from summarizer.models import (
    Briefing,
    BriefingParty,
    BriefingQuote,
    ClaimCheck,
    FactsResult,
    GlossaryEntry,
    Quote,
    SourceInfo,
    Structure,
    VerificationReport,
)
from summarizer.verify import verify_briefing

from .conftest import RELEASE, correct_briefing


def _verify(briefing: Briefing, facts: FactsResult) -> VerificationReport:
    report = verify_briefing(briefing, RELEASE, facts)
    for check in report.checks:  # every span, whatever its status, reproduces its text
        if check.span is not None:
            assert RELEASE[check.span.start : check.span.end] == check.span.text
    return report


def _check(report: VerificationReport, field: str) -> ClaimCheck:
    found = [c for c in report.checks if c.field == field]
    assert len(found) == 1, [c.field for c in report.checks]
    return found[0]


def test_party_not_in_source_is_hard(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.parties[1].name_ko = "대한상공회의소"
    check = _check(_verify(briefing, release_facts), "parties[1].name_ko")
    assert (check.status, check.hard) == ("unsupported", True)
    assert "한국무역협회" in (check.note or "")


def test_party_by_glossary_alias_is_normalised(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    text = RELEASE.replace("한국무역협회(회장 도재현, 이하 무역협회)", "무역협회")
    briefing.parties[1].aliases = []
    report = verify_briefing(briefing, text, release_facts)
    assert _check(report, "parties[1].name_ko").status == "normalised"


def test_english_name_of_another_body_is_hard(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.parties[1].name_en = "Korea Federation of SMEs"  # 중소기업중앙회, another body
    check = _check(_verify(briefing, release_facts), "parties[1].name_en")
    assert (check.status, check.hard) == ("unsupported", True)
    assert "중소기업중앙회" in (check.note or "")
    assert "Korea International Trade Association (KITA)" in (check.note or "")


@pytest.mark.parametrize(
    "rendering", ["Korea Trade Association", "KITA Trade Association of Korea", "Muyeok Hyeophoe"]
)
def test_other_rendering_of_the_same_body_is_soft(
    briefing: Briefing, release_facts: FactsResult, rendering: str
) -> None:
    # Not the official name, but the same body described or romanised otherwise: no re-ask.
    briefing.parties[1].name_en = rendering
    check = _check(_verify(briefing, release_facts), "parties[1].name_en")
    assert (check.status, check.hard) == ("unverified", False)
    assert "not the official English name; official: 'Korea International Trade" in (
        check.note or ""
    )


def test_unrelated_english_name_still_contradicts(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.parties[1].name_en = "Busan Port Logistics Office"  # shares nothing with KITA
    check = _check(_verify(briefing, release_facts), "parties[1].name_en")
    assert (check.status, check.hard) == ("unsupported", True)


def test_wrong_abbreviation_is_hard(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.parties[0].abbreviation = "MOSS"
    check = _check(_verify(briefing, release_facts), "parties[0].abbreviation")
    assert (check.status, check.hard) == ("unsupported", True)


def test_former_english_name_is_caught(briefing: Briefing, release_facts: FactsResult) -> None:
    briefing.parties[0].name_en = "Small and Medium Business Administration"
    check = _check(_verify(briefing, release_facts), "parties[0].name_en")
    assert check.status == "unsupported"
    assert "earlier name" in (check.note or "")


def test_unknown_body_is_unverified_not_unsupported(
    release_facts: FactsResult, briefing: Briefing
) -> None:
    text = RELEASE.replace("한국무역협회", "한빛물류진흥원")
    briefing.parties[1].name_ko = "한빛물류진흥원"
    briefing.parties[1].name_en = "Hanbit Logistics Promotion Institute"
    briefing.parties[1].abbreviation = None
    briefing.parties[1].aliases = []
    report = verify_briefing(briefing, text, release_facts)
    check = _check(report, "parties[1].name_en")
    assert check.status == "unverified"
    assert "not in the glossary" in (check.note or "")
    assert report.verified  # unverified is shown, not a failure


def test_quote_speaker_is_checked(briefing: Briefing, release_facts: FactsResult) -> None:
    report = _verify(briefing, release_facts)
    assert _check(report, "quotes[0].speaker").status == "exact"
    briefing.quotes[0].speaker, briefing.quotes[1].speaker = "도재현", "나은결"
    check = _check(_verify(briefing, release_facts), "quotes[0].speaker")
    assert (check.status, check.hard) == ("unsupported", True)
    assert "나은결" in (check.note or "")


def test_english_quote_speaker_named_after_the_quote() -> None:
    text = (
        "The MOU was signed by KITA Vice Chairman Kim Min-su and VCCI Vice President Tran Van Anh.\n"
        '"We will open doors for SMEs," Kim said. "Both markets will gain."\n'
        'Tran said, "Our members are ready."\n'
    )
    facts = FactsResult(
        source=SourceInfo(path="<t>", format="text", encoding="utf-8", sha256="0", chars=len(text)),
        reference_date="2024-09-05", reference_date_origin="option",
        structure=Structure(quotes=[Quote(text="Our members are ready.", start=text.index("Our"),
                                          end=text.index("Our") + 22, speaker="Tran Van Anh")]),
    )  # fmt: skip
    briefing = correct_briefing()
    briefing.quotes = [
        BriefingQuote(speaker="Kim Min-su", text_ko="We will open doors for SMEs", text_en="-"),
        BriefingQuote(speaker="Kim Min-su", text_ko="Our members are ready.", text_en="-"),
    ]
    report = verify_briefing(briefing, text, facts)
    assert _check(report, "quotes[0].speaker").status == "exact"
    wrong = _check(report, "quotes[1].speaker")
    assert wrong.status == "unsupported" and "Tran" in (wrong.note or "")


def test_english_name_written_in_an_english_source(release_facts: FactsResult) -> None:
    text = RELEASE + "\nPartner: Vietnam Chamber of Commerce and Industry (VCCI)\n"
    briefing = correct_briefing()
    briefing.parties[1] = BriefingParty(
        name_ko="Vietnam Chamber of Commerce and Industry",
        name_en="Vietnam Chamber of Commerce and Industry (VCCI)",
    )
    check = _check(verify_briefing(briefing, text, release_facts), "parties[1].name_en")
    assert check.status == "exact" and "not in the glossary" in (check.note or "")


def test_former_korean_name_is_not_passed_as_the_current_body(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.parties[0].name_ko = "중소기업청"  # MSS's name before 2017
    check = _check(_verify(briefing, release_facts), "parties[0].name_ko")
    assert (check.status, check.hard) == ("unsupported", True)


def test_former_english_name_under_a_guessed_date_is_not_contradicted(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    facts = release_facts.model_copy(update={"reference_date_origin": "today"})
    briefing.parties[0].name_en = "Small and Medium Business Administration"
    check = _check(verify_briefing(briefing, RELEASE, facts), "parties[0].name_en")
    assert (check.status, check.hard) == ("unverified", False)


def test_former_abbreviation_under_a_guessed_date_is_not_contradicted(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.parties[0].abbreviation = "SMBA"
    assert _check(_verify(briefing, release_facts), "parties[0].abbreviation").hard
    facts = release_facts.model_copy(update={"reference_date_origin": "today"})
    check = _check(verify_briefing(briefing, RELEASE, facts), "parties[0].abbreviation")
    assert (check.status, check.hard) == ("unverified", False)


def test_party_from_a_list_sharing_one_ending_is_normalised() -> None:
    """`해오름·달맞이·별내농협` names 달맞이농협 though the text never writes it whole."""
    text = (
        "해오름군 농협 3곳, 별빛군 은하농협과 교류 협약\n\n"
        "해오름·달맞이·별내농협 등 해오름군 농협 3곳은 2025년 5월 20일 별빛군 은하농협과 "
        "농산물 교류 협약을 체결했다.\n"
    )
    facts = extract_facts(text.encode("utf-8"), reference_date="2025-05-20")
    assert "달맞이농협" in [p.name for p in facts.structure.parties]
    briefing = correct_briefing()
    briefing.parties[0] = BriefingParty(name_ko="달맞이농협", name_en=None)
    check = _check(verify_briefing(briefing, text, facts), "parties[0].name_ko")
    assert (check.status, check.hard) == ("normalised", False)
    assert check.span is not None and text[check.span.start : check.span.end] == "달맞이"
    briefing.parties[0] = BriefingParty(name_ko="달빛농협", name_en=None)  # not in the list
    check = _check(verify_briefing(briefing, text, facts), "parties[0].name_ko")
    assert (check.status, check.hard) == ("unsupported", True)


@pytest.mark.parametrize("alias", ["Trade Association", "KITA"])
def test_an_english_short_name_moved_to_another_party_is_flagged(
    briefing: Briefing, release_facts: FactsResult, alias: str
) -> None:
    def notes(field: str) -> list[str]:
        checks = _verify(briefing, release_facts).checks
        return [c.note or "" for c in checks if c.field == field and c.status == "unsupported"]

    briefing.parties[1].aliases = [alias]  # its own: words or initials of its English name
    assert not [n for n in notes("parties[1].aliases[0]") if "abbreviates" in n]
    briefing.parties[1].aliases = []
    briefing.parties[0].aliases = ["중기부", alias]  # moved to the ministry
    assert "abbreviates 한국무역협회, not 중소벤처기업부" in notes("parties[0].aliases[1]")


def test_quote_org_english_is_checked_against_the_glossary(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.quotes[0].org_en = "Ministry of SMEs and Startups"
    check = _check(_verify(briefing, release_facts), "quotes[0].org_en")
    assert check.status == "exact"


def test_quote_org_english_of_another_party_is_unsupported(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    briefing.quotes[0].org_en = "Korea International Trade Association (KITA)"
    check = _check(_verify(briefing, release_facts), "quotes[0].org_en")
    assert check.status == "unsupported"
    assert "한국무역협회" in (check.note or "")


def test_quote_org_english_of_an_unknown_body_stays_unchecked(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    text = RELEASE.replace("나은결 중기부 장관", "나은결 햇살물류센터장")
    briefing.quotes[0].org, briefing.quotes[0].title = "햇살물류센터", "센터장"
    briefing.quotes[0].org_en = "Haetsal Logistics Center"
    report = verify_briefing(briefing, text, release_facts)
    check = _check(report, "quotes[0].org_en")
    assert check.status == "unchecked"


def test_a_short_glossary_term_written_verbatim_is_found(
    briefing: Briefing, release_facts: FactsResult
) -> None:
    text = RELEASE.replace("한국무역협회(회장", "(사)한국무역협회(회장").replace(
        "협력하기로", "산․관․학 협력하기로"
    )
    briefing.glossary = [
        GlossaryEntry(ko="(사)", en="incorporated association"),
        GlossaryEntry(ko="산․관․학", en="industry, government and academia"),
        GlossaryEntry(ko="(재)", en="foundation"),
    ]
    report = verify_briefing(briefing, text, release_facts)
    statuses = [_check(report, f"glossary[{i}].ko").status for i in range(3)]
    assert statuses[:2] == ["exact", "exact"]
    assert statuses[2] == "unsupported"  # a short term the source does not write


PLACES = (
    "마포구-해남군 자매결연 협약\n"
    "서울 마포구는 2025년 6월 2일 전남 해남군과 자매결연 협약을 체결했다고 밝혔다.\n"
    "마포구와 해남군은 농산물 직거래와 청소년 교류에 협력한다.\n"
)


@pytest.mark.parametrize(
    ("name_ko", "name_en", "status"),
    [
        ("마포구", "Mapo-gu", "exact"),
        # the rule's rendering with the region the source writes before the name
        ("마포구", "Mapo-gu, Seoul", "normalised"),
        ("마포구", "Mapo District, Seoul", "normalised"),
        ("해남군", "Haenam County, Jeollanam-do", "normalised"),
        ("해남군", "Haenam-gun, South Jeolla Province", "normalised"),
        # a region the source does not give this place stays a rendering nobody confirmed
        ("마포구", "Mapo-gu, Busan", "unverified"),
        ("해남군", "Haenam County, Gyeonggi-do", "unverified"),
        ("마포구", "Mapo Town, Seoul", "unverified"),
    ],
)
def test_a_place_with_the_region_the_source_gives_it(
    name_ko: str, name_en: str, status: str
) -> None:
    facts = extract_facts(PLACES.encode(), reference_date="2025-06-02")
    party = BriefingParty(name_ko=name_ko, name_en=name_en)
    b = Briefing(
        title_ko="-", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[party],
    )  # fmt: skip
    (check,) = [
        c for c in verify_briefing(b, PLACES, facts).checks if c.field == "parties[0].name_en"
    ]
    assert check.status == status and not check.hard


BRANCH = (
    "누리재단-한국무역협회 부산지역본부 업무협약\n"
    "누리재단은 2025년 6월 2일 한국무역협회 부산지역본부와 수출 지원 협약을 체결했다.\n"
)


@pytest.mark.parametrize(
    ("name_en", "status"),
    [
        ("Korea International Trade Association Busan Regional Headquarters", "exact"),
        ("KITA Busan Regional Headquarters", "exact"),
        # the whole association for its regional office: the branch is left out, softly
        ("Korea International Trade Association", "unverified"),
        ("KITA", "unverified"),
    ],
)
def test_the_english_of_a_branch_names_the_branch(name_en: str, status: str) -> None:
    facts = extract_facts(BRANCH.encode(), reference_date="2025-06-02")
    party = BriefingParty(name_ko="한국무역협회 부산지역본부", name_en=name_en)
    b = Briefing(
        title_ko="-", title_en="-", headline_en="-", summary_ko=["-"], summary_en=["-"],
        parties=[party],
    )  # fmt: skip
    (check,) = [
        c for c in verify_briefing(b, BRANCH, facts).checks if c.field == "parties[0].name_en"
    ]
    assert check.status == status and not check.hard
