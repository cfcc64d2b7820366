"""English checked against the Korean it renders: amounts, counts, dates, weekdays, parties, tense."""

from __future__ import annotations

import pytest

from summarizer.glossary import load_glossary
from summarizer.verify.english import Side, check_english
from summarizer.verify.numbers import english_numbers, korean_numbers


@pytest.mark.parametrize(
    ("korean", "value", "kind", "currency"),
    [
        ("3,000억 원", 3e11, "money", "KRW"),
        ("3천억 원", 3e11, "money", "KRW"),
        ("1조 2,000억원", 1.2e12, "money", "KRW"),
        ("5천만 원", 5e7, "money", "KRW"),
        ("500만 달러", 5e6, "money", "USD"),
        ("12.5%", 12.5, "%", None),
        ("1.2%p", 1.2, "%p", None),
        ("17개", 17, "n", None),
    ],
)
def test_korean_amounts(korean: str, value: float, kind: str, currency: str | None) -> None:
    (n,) = korean_numbers(korean)
    assert (n.value, n.kind, n.currency) == (value, kind, currency)


@pytest.mark.parametrize(
    ("english", "value", "kind", "currency"),
    [
        ("KRW 300 billion", 3e11, "money", "KRW"),
        ("1.2 billion won", 1.2e9, "money", "KRW"),
        ("$5 million", 5e6, "money", "USD"),
        ("12.5 percent", 12.5, "%", None),
        ("1.2 percentage points", 1.2, "%p", None),
        ("the 20th", 20, "n", None),
    ],
)
def test_english_amounts(english: str, value: float, kind: str, currency: str | None) -> None:
    (n,) = english_numbers(english)
    assert (n.value, n.kind, n.currency) == (value, kind, currency)


def _flags(english: str, korean: str, source: str | None = None) -> list[str]:
    side = Side(korean, source)
    return [c.claim for c in check_english("f", english, side, load_glossary(), {2025})]


AGREE = [
    ("The fund is worth KRW 300 billion.", "펀드 규모는 3,000억 원이다."),
    ("Fees fall by 0.3 percentage points.", "보증료를 0.3%p 감면한다."),
    ("They will run 17 regional centres.", "17개 지역 센터를 운영한다."),
    ("The two signed the agreement on May 20.", "두 기관은 5월 20일 협약을 체결했다."),
    ("The event was held on the 20th (local time).", "행사는 20일(현지시간) 열렸다."),
    ("It runs from Oct. 15 to 17.", "10월 15일부터 17일까지 열린다."),
    ("They met on Tuesday, May 20, 2025.", "2025년 5월 20일(화) 만났다."),
    ("The ceremony began at 10 a.m.", "협약식은 오전 10시에 시작됐다."),
    ("MSS and KITA signed an MOU.", "중기부와 무역협회가 업무협약을 체결했다."),
    ("The ministry will sign the agreement on the 3rd.", "부처는 3일 협약을 체결할 예정이다."),
    ("The programme starts in October 2025.", "프로그램은 2025년 10월 시작한다."),  # no day
    ("The fund totals KRW 1.2 trillion.", "기금은 1조 2,480억 원이다."),  # rounded
    ("KRW 3.5 billion will be invested by 2027.", "2027년까지 35억 원을 투자한다."),
    ("The COVID-19 response and the G20 summit.", "코로나19 대응과 G20 정상회의."),
    # `광주시` names Gwangju City (경기도 광주시) as well as 광주광역시: not another body
    ("Gwangju City and its foundation signed.", "광주시와 광주시문화재단이 협약을 맺었다."),
]


@pytest.mark.parametrize(("english", "korean"), AGREE)
def test_faithful_english_raises_nothing(english: str, korean: str) -> None:
    assert _flags(english, korean) == []


DISAGREE = [
    (
        "Gwangju City and its foundation signed.",
        "용인시와 용인문화재단이 협약을 맺었다.",
        "Gwangju City",
    ),
    ("The fund is worth KRW 3 trillion.", "펀드 규모는 3,000억 원이다.", "KRW 3 trillion"),
    ("Fees fall by 0.3 percent.", "보증료를 0.3%p 감면한다.", "0.3 percent"),
    ("They will run 27 regional centres.", "17개 지역 센터를 운영한다.", "27"),
    ("The two signed the agreement on May 21.", "두 기관은 5월 20일 협약을 체결했다.", "May 21"),
    ("The event was held on the 21st (local time).", "행사는 20일(현지시간) 열렸다.", "the 21st"),
    ("They met on Wednesday, May 20, 2025.", "2025년 5월 20일(화) 만났다.", "Wednesday"),
    ("The ceremony began at 11 a.m.", "협약식은 오전 10시에 시작됐다.", "11 a.m."),
    ("MOTIE and KITA signed an MOU.", "중기부와 무역협회가 업무협약을 체결했다.", "MOTIE"),
    ("The two will sign the agreement.", "두 기관은 협약을 체결했다.", "will sign"),
    ("The two signed the agreement.", "두 기관은 협약을 체결할 예정이다.", "signed"),
    ("The two did not sign the agreement.", "두 기관은 협약을 체결했다.", "not"),
    ("We will not reflect the results.", "결과를 곧바로 반영하겠다", "not"),
]


@pytest.mark.parametrize(("english", "korean", "flagged"), DISAGREE)
def test_disagreeing_english_is_flagged_with_its_span(
    english: str, korean: str, flagged: str
) -> None:
    assert flagged in _flags(english, korean)


def test_a_flag_quotes_the_korean_side() -> None:
    side = Side("펀드 규모는 3,000억 원이다.")
    (flag,) = check_english("summary_en[0]", "A KRW 3 trillion fund.", side, load_glossary(), set())
    assert flag.status == "unsupported" and not flag.hard
    assert "3,000억 원" in (flag.note or "")


def test_counts_in_words_are_checked_where_the_korean_counts_in_words() -> None:
    assert _flags("The three institutions will cooperate.", "두 기관은 협력한다.") == ["three"]
    assert _flags("The two institutions will cooperate.", "두 기관은 협력한다.") == []
    # An idiom or a count the Korean leaves implicit is not a number to check.
    assert _flags("The two countries will cooperate.", "양국은 협력하기로 했다.") == []


@pytest.mark.parametrize(
    ("english", "korean"),
    [
        # a negation the Korean has (`없이`) rendered with `without`; the main verb stays positive
        (
            "We will lower the bar so that firms can focus without worrying about funds.",
            "기업이 자금 걱정 없이 집중할 수 있도록 문턱을 낮추겠다",
        ),
        ("Growth that is shared, rather than one-way support.", "일방향 지원이 아니라 함께 성장"),
        (
            "Director-General CHA Jung-hoon said it will be piloted.",
            "차정훈 실장은 시범 운영한다고 말했다",
        ),
        (
            "It has signed with 17 cities and plans to sign more.",
            "17개 지자체와 협약을 체결했으며 더 확대해 나갈 계획이다",
        ),
        # `경기 누리시`: the province's short name before a city names the province (s23c)
        ("Nuri, Gyeonggi Province, signed with Garam.", "경기 누리시는 가람군과 협약을 체결했다."),
    ],
)
def test_no_false_alarm(english: str, korean: str) -> None:
    assert _flags(english, korean) == []


@pytest.mark.parametrize(
    ("english", "korean"),
    [
        (
            "We will not lower the bar so that firms can focus without worrying about funds.",
            "기업이 자금 걱정 없이 집중할 수 있도록 문턱을 낮추겠다",
        ),
        ("The hospital will hold an agreement ceremony.", "병원은 지난 8일 협약을 체결했다."),
        ("The meeting took place at aT's hall.", "외교부 리셉션홀에서 만났다."),
        # a body's own office is still that body, one the Korean does not name
        (
            "They signed at the Korea International Trade Association Office.",
            "두 기관은 가람군청에서 협약을 체결했다.",
        ),
        ("The two sides will agree to share resources.", "양측은 자원을 공유하기로 했다."),
        (
            "The mayors signed an agreement and will agree to pursue 7 projects.",
            "두 시장은 협약을 하고 7개 사업을 추진하기로 했다.",
        ),
        (
            "The mayors will sign an agreement and agreed to pursue 7 projects.",
            "두 시장은 협약을 하고 7개 사업을 추진하기로 했다.",
        ),
        # another province than the short name before the city
        (
            "Nuri, Jeju Special Self-Governing Province, signed with Garam.",
            "경기 누리시는 가람군과 협약을 체결했다.",
        ),
        # a short name not before a city or county names nothing here
        ("Nuri signed with Gyeonggi Province.", "누리시는 경기 문화를 알렸다."),
    ],
)
def test_caught(english: str, korean: str) -> None:
    assert _flags(english, korean) != []


def test_counts_in_words_are_checked_where_the_korean_counts_in_digits() -> None:
    # `누리병원 등 병원 4곳과 협약`: a count in digits with its counter states the number too
    assert _flags("It signed with five hospitals.", "가람소방서가 병원 4곳과 협약을 맺었다.") == [
        "five"
    ]
    assert _flags("It signed with four hospitals.", "가람소방서가 병원 4곳과 협약을 맺었다.") == []
    assert _flags("It signed with four firms.", "가람군이 3개 업체와 협약을 맺었다.") == ["four"]


def test_a_digit_count_leaves_the_signing_pair_and_the_rest_alone() -> None:
    # `the two federations` beside `각 14개`; `X and six other agencies` for `7개 기관`
    assert (
        _flags("Centres of the two federations (14 each) will visit.", "각 14개 문화원이 방문한다.")
        == []
    )
    assert _flags("Garam and six other agencies signed.", "가람서 등 7개 기관이 서명했다.") == []
    assert _flags("Garam and five other agencies signed.", "가람서 등 7개 기관이 서명했다.") == [
        "five"
    ]
