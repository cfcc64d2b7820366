"""Forms of real pages the verifier misread on careful answers (round s24), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks
from .claim_checks import field as _field

_ATTENDEES = (
    "가람시는 별빛㈜, 누리재단과 청년 일자리 업무협약을 체결했다고 3일 밝혔다.\n"
    "이날 협약식에는 한서진 시장, 별빛㈜ 김바다 대표, 누리재단 오하늘 이사장 등이 참석했다.\n"
)
_THREE = [
    {"name_ko": "가람시", "signatory": "한서진", "signatory_title": "시장"},
    {"name_ko": "별빛㈜", "signatory": "김바다", "signatory_title": "대표"},
    {"name_ko": "누리재단", "signatory": "오하늘", "signatory_title": "이사장"},
]


def test_the_party_opening_the_next_attendee_is_not_the_one_before_the_comma() -> None:
    found = _checks(_brief(parties=_THREE), _ATTENDEES)
    assert _field(found, "parties[0].signatory").status == "exact"
    assert _field(found, "parties[1].signatory").status == "exact"


def test_a_signatory_written_with_another_party_is_still_caught() -> None:
    swapped = [dict(p) for p in _THREE]
    swapped[0]["signatory"], swapped[1]["signatory"] = "김바다", "한서진"
    found = _checks(_brief(parties=swapped), _ATTENDEES)
    assert _field(found, "parties[0].signatory").status == "unsupported"
    assert _field(found, "parties[1].signatory").status != "exact"


@pytest.mark.parametrize(
    ("intro", "beside", "answer"),
    [("누리 재단", "누리재단", "누리 재단"), ("누리재단", "누리 재단", "누리재단")],
)
def test_a_party_spelt_with_and_without_an_inner_space_is_one_party(
    intro: str, beside: str, answer: str
) -> None:
    text = (
        f"가람시는 {intro}과 청년 일자리 업무협약을 체결했다고 3일 밝혔다.\n"
        f"이날 협약식에는 한서진 가람시장과 {beside} 오하늘 이사장이 참석했다.\n"
    )
    parties = [
        {"name_ko": "가람시", "signatory": "한서진", "signatory_title": "시장"},
        {"name_ko": answer, "signatory": "오하늘", "signatory_title": "이사장"},
    ]
    assert _field(_checks(_brief(parties=parties), text), "parties[1].signatory").status == "exact"


_SHORT = (
    "가람시는 별빛코리아와 청년 일자리 업무협약을 체결했다고 3일 밝혔다.\n"
    "이날 협약식에는 한서진 가람시장과 별빛 김바다 대표가 참석했다.\n"
)


@pytest.mark.parametrize(("signatory", "status"), [("김바다", "exact"), ("한서진", "unsupported")])
def test_a_signatory_beside_the_party_s_short_name_is_beside_the_party(
    signatory: str, status: str
) -> None:
    parties = [{"name_ko": "가람시"}, {"name_ko": "별빛코리아", "signatory": signatory}]
    found = _checks(_brief(parties=parties), _SHORT)
    assert _field(found, "parties[1].signatory").status == status


def test_a_short_name_two_parties_share_names_neither() -> None:
    text = _SHORT.replace("별빛코리아와", "별빛코리아, 별빛전자와")
    parties = [
        {"name_ko": "가람시"},
        {"name_ko": "별빛코리아", "signatory": "김바다"},
        {"name_ko": "별빛전자"},
    ]
    found = _checks(_brief(parties=parties), text)
    assert _field(found, "parties[1].signatory").status == "unverified"


_JOINT_THEN_EACH = (
    "가람시는 누리재단과 청년 일자리 업무협약을 체결했다고 3일 밝혔다.\n"
    "가람시와 누리재단은 청년 창업 활성화에 협력하기로 했다. 가람시는 청년 창업 공간과 공용 "
    "장비를 무상으로 제공하고, 누리재단은 멘토링 프로그램을 운영한다.\n"
)


@pytest.mark.parametrize(
    ("text", "item"),
    [
        (_JOINT_THEN_EACH, "청년 창업 공간과 공용 장비 무상 제공"),
        # a short item: the words after it reach into the next clause's subject
        (
            _JOINT_THEN_EACH.replace("청년 창업 공간과 공용 장비를 무상으로", "창업 공간을"),
            "창업 공간 제공",
        ),
    ],
)
@pytest.mark.parametrize(("owner", "status"), [("가람시", "exact"), ("누리재단", "unsupported")])
def test_a_clause_after_a_joint_sentence_binds_its_own_subject(
    text: str, item: str, owner: str, status: str
) -> None:
    commitments = [{"text_ko": item, "text_en": "provide space", "parties": [owner]}]
    briefing = _brief(
        parties=[{"name_ko": "가람시"}, {"name_ko": "누리재단"}], commitments=commitments
    )
    found = [c for c in _checks(briefing, text) if c.field.startswith("commitments[0].parties")]
    assert {c.status for c in found} == {status}


_ENGLISH_TERM = (
    "Garam City and Nuri Foundation sign youth job agreement\n"
    "Garam City signed a memorandum of understanding with the Nuri Foundation on March 3. "
    "The agreement is valid for one year and covers two areas of cooperation.\n"
)


@pytest.mark.parametrize(
    ("line", "status"),
    [("협약 기간은 1년이다.", "unchecked"), ("협력 분야는 2개다.", "unchecked"),
     ("협약 기간은 5년이다.", "unverified")],
)  # fmt: skip
def test_an_english_source_states_numbers_in_words(line: str, status: str) -> None:
    parties = [
        {"name_ko": "가람시", "name_en": "Garam City"},
        {"name_ko": "누리재단", "name_en": "Nuri Foundation"},
    ]
    briefing = _brief(parties=parties, summary_ko=[line])
    assert _field(_checks(briefing, _ENGLISH_TERM), "summary_ko[0]").status == status


def test_one_states_a_number_only_before_a_unit() -> None:
    text = _ENGLISH_TERM.replace("for one year", "as one of the first")
    parties = [{"name_ko": "가람시", "name_en": "Garam City"}]
    briefing = _brief(parties=parties, summary_ko=["협약 기간은 1년이다."])
    assert _field(_checks(briefing, text), "summary_ko[0]").status == "unverified"


_VISIT = (
    "가람시는 별빛㈜와 수출 지원 업무협약을 체결했다고 3일 밝혔다.\n"
    "별빛㈜ 본사를 방문한 한서진 시장은 김바다 대표와 협약서에 서명했다.\n"
)


def test_the_organisation_a_person_visited_is_not_theirs() -> None:
    parties = [
        {"name_ko": "가람시", "signatory": "한서진", "signatory_title": "시장"},
        {"name_ko": "별빛㈜"},
    ]
    quotes = [
        {"speaker": "한서진", "org": "가람시", "text_ko": "수출 길을 함께 열겠다", "text_en": "x"}
    ]
    found = _checks(_brief(parties=parties, quotes=quotes), _VISIT)
    assert _field(found, "parties[0].signatory").status == "exact"
    assert _field(found, "quotes[0].org").status == "exact"


_TWO_UNIVERSITIES = (
    "Garam University signs exchange agreement with Nuri University\n"
    "Korea's Garam University signed a memorandum of understanding with Nuri University of "
    "Japan on March 3. Under the agreement, the two universities will promote academic exchange.\n"
    "The South Korean university will host a summer camp for Japanese students every year.\n"
    "The Japanese university will send visiting lecturers to Garam.\n"
)
_UNIVERSITIES = [
    {"name_ko": "가람대학교", "name_en": "Garam University"},
    {"name_ko": "누리대학교", "name_en": "Nuri University"},
]


@pytest.mark.parametrize(
    ("item", "owner", "status"),
    [
        ("host a summer camp for Japanese students", "가람대학교", "exact"),
        ("send visiting lecturers", "누리대학교", "exact"),
        ("host a summer camp for Japanese students", "누리대학교", "unsupported"),
    ],
)
def test_an_english_subject_describing_one_party_binds_that_party(
    item: str, owner: str, status: str
) -> None:
    commitments = [{"text_ko": "항목", "text_en": item, "parties": [owner]}]
    briefing = _brief(parties=_UNIVERSITIES, commitments=commitments)
    found = _checks(briefing, _TWO_UNIVERSITIES)
    assert _field(found, "commitments[0].parties[0]").status == status


def test_a_described_kind_two_parties_share_without_a_country_binds_neither() -> None:
    text = _TWO_UNIVERSITIES.replace("The South Korean university", "The university")
    commitments = [{"text_ko": "항목", "text_en": "host a summer camp", "parties": ["가람대학교"]}]
    found = _checks(_brief(parties=_UNIVERSITIES, commitments=commitments), text)
    assert _field(found, "commitments[0].parties[0]").status == "unchecked"  # not bound to one


_LONG_NAME = (
    "Garam City signs port agreement with Nuri Ports\n"
    "Garam City signed a memorandum of understanding with Nuri Ports on March 3. The agreement "
    "was signed by Mayor Han Seo-jin and Nuri Ports CEO Rashid Omar Al Nuri Al Karam.\n"
    '"This partnership opens a new trade route," Al Nuri said.\n'
)


@pytest.mark.parametrize(
    ("speaker", "status"),
    [("Rashid Omar Al Nuri Al Karam", "exact"), ("Han Seo-jin", "unsupported")],
)
def test_a_speaker_cited_by_an_inner_part_of_a_long_name(speaker: str, status: str) -> None:
    parties = [
        {"name_ko": "가람시", "name_en": "Garam City"},
        {"name_ko": "누리항만", "name_en": "Nuri Ports"},
    ]
    quotes = [
        {"speaker": speaker, "text_ko": "이번 협력은 새로운 교역로를 엽니다",
         "text_en": "This partnership opens a new trade route"},
    ]  # fmt: skip
    found = _checks(_brief(parties=parties, quotes=quotes), _LONG_NAME)
    assert _field(found, "quotes[0].speaker").status == status


_UNDECLARED = (
    "University of Nuri signs research agreement with Garam Institute\n"
    "The University of Nuri signed a memorandum of understanding with the Garam Institute on "
    "March 3. NU Vice-Chancellor Anil Rao said the partnership would deepen joint research.\n"
)


@pytest.mark.parametrize(
    ("abbr", "text", "status"),
    [
        ("NU", _UNDECLARED, "normalised"),  # `Nuri University`: the capitals of `Y X`
        ("GI", _UNDECLARED.replace("NU Vice", "GI Vice"), "unverified"),  # another party's
        ("NU", _UNDECLARED.replace("NU Vice", "The Vice"), "unverified"),  # never written
        ("NRU", _UNDECLARED.replace("NU Vice", "NRU Vice"), "unverified"),  # not the capitals
    ],
)
def test_an_undeclared_abbreviation_of_the_party_s_capitals(
    abbr: str, text: str, status: str
) -> None:
    parties = [
        {"name_ko": "누리대학교", "name_en": "University of Nuri", "abbreviation": abbr},
        {"name_ko": "가람연구소", "name_en": "Garam Institute"},
    ]
    found = _checks(_brief(parties=parties), text)
    assert _field(found, "parties[0].abbreviation").status == status


def test_a_short_name_with_a_digit_is_a_short_name() -> None:
    # `가람2 김바다 대표` for 가람2코리아: a short name may hold a digit as a word does
    text = (
        "가람2코리아는 누리재단과 콘텐츠 공유 업무협약을 체결했다고 3일 밝혔다.\n"
        "협약식에는 가람2 김바다 대표와 누리재단 오하늘 이사장이 참석했다.\n"
    )
    parties = [
        {"name_ko": "가람2코리아", "signatory": "김바다", "signatory_title": "대표"},
        {"name_ko": "누리재단", "signatory": "오하늘", "signatory_title": "이사장"},
    ]
    assert _field(_checks(_brief(parties=parties), text), "parties[0].signatory").status == "exact"


def test_a_described_subject_before_an_auxiliary_and_also_binds_its_party() -> None:
    # `the South Korean university has also appointed …`: `has` stands between kind and `also`
    text = _TWO_UNIVERSITIES.replace(
        "The South Korean university will host",
        "Additionally, the South Korean university has also agreed to host",
    )
    item = "host a summer camp for Japanese students"
    commitments = [{"text_ko": "항목", "text_en": item, "parties": ["가람대학교"]}]
    found = _checks(_brief(parties=_UNIVERSITIES, commitments=commitments), text)
    assert _field(found, "commitments[0].parties[0]").status == "exact"
