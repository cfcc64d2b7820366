"""`A, B, C 등 N을 …`: examples of one object stay one item; a list of deeds or fields parts."""

from __future__ import annotations

import pytest
from structure_helpers import region, run

from summarizer.structure.noun_lists import examples_of_head, examples_of_one, field_of_deed

HEAD = "두 농협 협약\n\n가람농협은 누리농협과 도농상생 협약을 맺었다고 밝혔다.\n\n"


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (  # the things listed are examples of what is supplied: one item
            "협약에 따라 가람농협은 사과와 배, 한우 등 지역 농특산물을 정기적으로 공급한다.",
            ["사과와 배, 한우 등 지역 농특산물을 정기적으로 공급"],
        ),
        (
            "협약에 따라 두 농협은 모집인원, 지원자격, 선발일정 등 채용 정보도 서로 제공한다.",
            ["모집인원, 지원자격, 선발일정 등 채용 정보도 서로 제공"],
        ),
        (  # deeds listed: each is a term of its own
            "협약에 따라 두 농협은 직거래 장터 운영, 일손 돕기, 농촌 체험 등 교류 사업을 펼친다.",
            ["직거래 장터 운영", "일손 돕기", "농촌 체험"],
        ),
        (  # after `등` a field or a kind of deed: the listed are terms
            "협약에 따라 두 농협은 로컬푸드 매장, 학교 급식, 공동 브랜드 등 다양한 분야에서 협력한다.",
            ["로컬푸드 매장", "학교 급식", "공동 브랜드"],
        ),
        (  # the field of a deed with an object of its own: one item
            "협약에 따라 두 농협은 직거래 장터 운영, 일손 돕기 등 다양한 분야에서 협업을 통한 새 "
            "판로를 개척한다.",
            ["직거래 장터 운영, 일손 돕기 등 다양한 분야에서 협업을 통한 새 판로를 개척"],
        ),
        (  # the means of a deed with an object of its own: one item
            "협약에 따라 두 농협은 직거래 장터 운영, 일손 돕기 등을 통해 공동 판매 방안을 마련한다.",
            ["직거래 장터 운영, 일손 돕기 등을 통해 공동 판매 방안을 마련"],
        ),
        (  # the deed after the field is the cooperation itself: the listed are terms
            "협약에 따라 두 농협은 직거래 장터 운영, 일손 돕기 등 여러 분야에서 교류를 확대한다.",
            ["직거래 장터 운영", "일손 돕기"],
        ),
        (
            "협약에 따라 두 농협은 직거래 장터 운영, 일손 돕기 등 다양한 분야에서 긴밀한 "
            "협력관계를 구축한다.",
            ["직거래 장터 운영", "일손 돕기"],
        ),
    ],
)
def test_examples_of_one_object(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


@pytest.mark.parametrize(
    ("listed", "rest", "want"),
    [
        ("사과와 배, 한우", "지역 농특산물을 공급", True),
        ("사과, 배", "각종 농산물을 공급", False),  # a kind, not one object
        ("장터 운영, 일손 돕기", "농산물을 판매", False),  # deeds
        ("교육은 가람농협이, 판매는 누리농협이 하는", "역할을 나눈다", False),  # clauses
        ("사과, 배", "10개 품목을 공급", False),
        ("사과, 배", "교류 품목을 늘린다", False),
    ],
)
def test_examples_of_one_rule(listed: str, rest: str, want: bool) -> None:
    assert examples_of_one(listed, rest) is want


@pytest.mark.parametrize(
    ("etc", "rest", "want"),
    [
        (" 등 ", "다양한 분야에서 협업을 통한 시너지를 창출한다.", True),
        (" 등 ", "핵심 연구 분야를 중심으로 협력 범위를 넓힌다.", True),
        (" 등 ", "여러 지역에 걸쳐 공동 판로를 연다.", True),
        (" 등을 ", "통해 공동 판매 방안을 마련한다.", True),
        (" 등 ", "다양한 분야에서 협력한다.", False),  # no object: the listed are the terms
        (" 등 ", "여러 분야에서 교류를 확대한다.", False),  # the cooperation itself
        (" 등을 ", "통해 협력을 강화한다.", False),
        (" 등을 ", "추진한다.", False),  # the listed are the object
        (" 등 ", "다양한 사업을 펼친다.", False),  # no field: a kind of deed
        (" 등 ", "다양한 분야에서의 협력을 강화한다.", False),  # a noun's field
        (" 등 ", "각종 교류를 통해 지역 발전을 꾀한다.", False),  # kinds of the cooperation
    ],
)
def test_field_of_deed_rule(etc: str, rest: str, want: bool) -> None:
    assert field_of_deed(etc, rest) is want


def test_english_list_cue_collaborate_and_cut_off_item() -> None:
    text = (
        "Two universities sign MOU\n\n"
        "Hanbit University signed an MOU with Nuri University on May 2.\n\n"
        "The two universities plan to collaborate in several areas, including ▲ joint "
        "research on urban farming ▲ exchange of graduate students ▲ projects related to\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got == ["joint research on urban farming", "exchange of graduate students"]


def test_english_contents_of_mou_without_article() -> None:
    text = (
        "Two universities sign MOU\n\n"
        "Hanbit University signed an MOU with Nuri University on May 2.\n\n"
        "The contents of MOU cover the development of joint courses, the exchange of "
        "faculty, and cooperation on field training.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got == [
        "the development of joint courses",
        "the exchange of faculty",
        "cooperation on field training",
    ]


def test_story_told_twice_after_chrome_goes_on() -> None:
    """A copied page: the run is cut by chrome, the story is told again, and the second
    party's share follows the repeated sentence."""
    lead = "협약에 따라 누리농협은 지역 농산물을 우선 수매하고 학교 급식에 적극 납품키로 했다."
    text = (
        "한빛시-누리농협 협약\n\n"
        "한빛시가 누리농협과 지역 농산물 판로 확대 협약을 체결했다.\n"
        f"{lead}\n"
        "이 글자크기로 변경됩니다.\n"
        "한빛시가 누리농협과 지역 농산물 판로 확대 협약을 체결했다.\n"
        f"{lead}\n"
        "한빛시는 유통센터 건립 부지를 제공해 농업하기 좋은 환경을 만드는 데 주력할 방침이다.\n"
    )
    regions = [
        region(text, "noise", "이 글자크기로 변경됩니다."),
        region(text, "duplicate", "한빛시가 누리농협과 지역 농산물 판로 확대 협약을 체결했다.", 1),
        region(text, "duplicate", lead, 1),
    ]
    got = [c.text for c in run(text, regions=regions).commitments]
    assert got[:2] == ["지역 농산물을 우선 수매", "학교 급식에 적극 납품"]
    assert any(c.startswith("유통센터 건립 부지를 제공") for c in got[2:])


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "이번 협약은 직거래 장터 공동 운영, 학교 급식 납품 확대, 공동 상표 개발 등을 주요 "
            "골자로 하고 있다.",
            ["직거래 장터 공동 운영", "학교 급식 납품 확대", "공동 상표 개발"],
        ),
        (
            # (two deeds joined by `과`, as `개발과 …` parts them: two terms)
            "업무협약은 청년 농업인 판로 지원과 공동 상표 개발을 주요 내용으로 한다.",
            ["청년 농업인 판로 지원", "공동 상표 개발"],
        ),
        # the gist of another thing (a meeting), not of the agreement: no term
        ("이날 간담회는 농가 애로 청취를 주요 내용으로 했다.", []),
        (
            # what a sister tie is for, told of it: its gist too
            "이번 자매결연은 농번기 일손돕기 등 합동 봉사 강화와 지속적인 상호 교류 등을 목적으로 한다.",
            ["농번기 일손돕기 등 합동 봉사 강화", "지속적인 상호 교류"],
        ),
        # a meeting's purpose is no term
        ("이날 간담회는 농가 애로 청취를 목적으로 한다.", []),
        (
            # the signing told with its gist (no `등`): the deeds before `골자로 한 협정서`
            "두 조합장은 여러 분야에서 경험과 정보를 교환하고 판로 확대를 위한 상호협력 증진을 "
            "골자로 한 협정서에 서명하게 된다.",
            ["여러 분야에서 경험과 정보를 교환", "판로 확대를 위한 상호협력 증진"],
        ),
    ],
)
def test_gist_of_the_agreement(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


def test_other_party_share_in_return() -> None:
    text = (
        HEAD + "협약에 따라 가람농협은 매년 지역 농산물 직거래 장터를 연다.\n"
        "이에 누리농협은 가람농협의 농촌 체험 행사 등을 지원할 예정이다.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got == ["매년 지역 농산물 직거래 장터를 연다", "가람농협의 농촌 체험 행사 등을 지원"]


@pytest.mark.parametrize(
    "after",
    [
        "이에 박두리 조합장은 직거래 품목을 늘릴 계획이다.",  # one man's word
    ],
)
def test_own_plan_after_a_share_is_no_term(after: str) -> None:
    text = HEAD + "협약에 따라 가람농협은 매년 지역 농산물 직거래 장터를 연다.\n" + after + "\n"
    assert [c.text for c in run(text).commitments] == ["매년 지역 농산물 직거래 장터를 연다"]


def test_pledge_verb_closes_its_clause() -> None:
    text = HEAD + (
        "누리농협은 현장 교육 등을 통해 청년 농업인 육성에 힘쓰고 청년 농업인이 정착할 수 "
        "있도록 가람농협과 힘을 모으기로 했다.\n"
        "가람농협은 청년 농업인의 농산물을 우선 수매하기로 했다.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert len(got) == 3
    assert got[1] == "청년 농업인이 정착할 수 있도록 가람농협과 힘을 모으기"


@pytest.mark.parametrize(
    ("after", "want"),
    [
        (  # after one party's share, the other party's, in turn
            "가람농협은 누리농협이 우수 조합이 될 수 있게 다양한 지원을 하게 된다.",
            ["누리농협이 우수 조합이 될 수 있게 다양한 지원"],
        ),
        ("박두리 조합장은 내년에 판매장을 늘릴 계획이다.", []),  # a person's plan: no share
    ],
)
def test_the_other_party_in_turn(after: str, want: list[str]) -> None:
    text = HEAD + "협약에 따라 누리농협은 사과와 배를 우선 수매해 학교 급식에 납품하기로 했다.\n"
    got = [c.text for c in run(text + after + "\n").commitments]
    assert got == ["사과와 배를 우선 수매해 학교 급식에 납품", *want]


def test_after_the_joint_pledge_one_party_plan_is_no_share() -> None:
    text = HEAD + (
        "협약에 따라 두 농협은 직거래 장터를 함께 운영하기로 했다.\n"
        "누리농협은 내년까지 저온 창고 세 곳을 더 지을 계획이다.\n"
    )
    assert [c.text for c in run(text).commitments] == ["직거래 장터를 함께 운영"]


def test_after_the_summary_only_a_list_told_again_adds_terms() -> None:
    text = HEAD + (
        "협약의 주요 내용은 직거래 장터 운영, 농촌 체험 행사 공동 개최 등이다.\n"
        "이번 협약을 통해 두 농협은 제철 과일 정보 제공, 체험 행사 홍보 지원 등을 통해 "
        "도농 교류를 넓히기 위해 협력한다.\n"
        "두 농협은 앞으로도 긴밀한 협력 방안을 꾸준히 찾기로 뜻을 모았다.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert got == [
        "직거래 장터 운영",
        "농촌 체험 행사 공동 개최",
        "제철 과일 정보 제공",
        "체험 행사 홍보 지원",
    ]


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (  # after a deed, the last listed are examples of the object after `등`
            "이를 통해 두 농협은 향후 5년간 우량 농가 30곳 육성, 청년 농업인 및 귀농인 등 농가 "
            "금융 지원을 위해 상호 협력할 것을 합의했다.",
            ["우량 농가 30곳 육성", "청년 농업인 및 귀농인 등 농가 금융 지원"],
        ),
        (  # the means before the list is no part of its first item
            "이번 협약을 계기로 두 농협은 정기적인 방문을 통해 일손 돕기, 농산물 구매, 각종 행사 "
            "협력 등 지속적인 교류를 갖기로 했다.",
            ["일손 돕기", "농산물 구매", "각종 행사 협력"],
        ),
        (  # `먼저`, `…에 나서게 된다`: no part of the item
            "협약에 따라 두 농협은 먼저 관내 스무 농가와 공동 출하 사업에 나서게 된다.",
            ["관내 스무 농가와 공동 출하 사업"],
        ),
        (
            "두 농협은 협약에 따라 직거래 장터를 공동으로 운영하며 도농 상생을 위해 함께 노력해 "
            "나간다는 계획이다.",
            ["직거래 장터를 공동으로 운영", "도농 상생을 위해 함께 노력"],
        ),
    ],
)
def test_list_edges(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (  # two deeds named by their nouns before the last one's verb: two terms
            "두 농협은 이번 협약을 계기로 판로를 공동 개척하고 직원 교류, 공동 세미나를 진행 "
            "예정이다.",
            ["판로를 공동 개척", "직원 교류", "공동 세미나를 진행"],
        ),
        (  # `A를 비롯해 B, C를`: each listed a term
            "이번 협약으로 두 농협은 기술교류를 비롯해 공동연구, 직원 연수 프로그램을 진행할 "
            "예정이다.",
            ["기술교류", "공동연구", "직원 연수 프로그램을 진행"],
        ),
        (  # two things, the first no deed: one object of the verb, one term
            "두 농협은 가람농협의 저장 설비, 누리농협의 유통 역량을 결합해 판로를 넓히기로 했다.",
            ["가람농협의 저장 설비, 누리농협의 유통 역량을 결합해 판로를 넓히기"],
        ),
    ],
)
def test_short_lists_before_the_verb(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (  # the role taken on is the deed
            "협약에 따라 가람농협은 누리농협 직매장의 포장 업무를 직접 수행하는 역할을 맡는다.",
            ["누리농협 직매장의 포장 업무를 직접 수행"],
        ),
        (  # an object whose verb was cut keeps no particle; a village keeps its name
            "양측은 한 달 안에 실무진을 꾸려 구체적인 협상을 하기로 했다. 협상은 농촌 마을을 "
            "돌며 열린다.",
            ["한 달 안에 실무진을 꾸려 구체적인 협상"],
        ),
    ],
)
def test_item_endings(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "주요 협력사업은 육묘 자재 지원, 소포장재 지원, 택배비 지원 등이다.",
            ["육묘 자재 지원", "소포장재 지원", "택배비 지원"],
        ),
        (
            "주요 협약 내용으로는 육묘 자재 지원, 소포장재 지원, 택배비 지원 등이 있다.",
            ["육묘 자재 지원", "소포장재 지원", "택배비 지원"],
        ),
        (
            "협약에 따라 가람농협은 쌀을 직접 수매하고, 누리농협은 고품질 쌀 생산을 돕기로 의견을 "
            "모았다.",
            ["쌀을 직접 수매", "고품질 쌀 생산을 돕기"],
        ),
    ],
)
def test_content_heads_and_endings(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (  # a descriptive adjective joins two descriptions of one thing: one item
            "두 농협은 청년 농업인을 위해 다양하고 내실 있는 교육 체계를 구축하기로 했다.",
            ["다양하고 내실 있는 교육 체계를 구축"],
        ),
        (  # an action verb joins two clauses: two items
            "두 농협은 관련 자료를 공유하고 다양한 교육 과정을 운영하기로 했다.",
            ["관련 자료를 공유", "다양한 교육 과정을 운영"],
        ),
    ],
)
def test_a_descriptive_adjective_joins_no_clauses(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (  # short things listed before `등` and a noun after it: examples of that noun, one item
            "양 농협은 판매 자금과 상담, 판로 개척 등 다양한 지원을 약속했다.",
            ["판매 자금과 상담, 판로 개척 등 다양한 지원"],
        ),
        (  # a single word among the listed: examples of the head, one item
            "양 농협은 가람장터, 누리축제, 체험 프로그램 개발 등 상생 방안을 추진하기로 했다.",
            ["가람장터, 누리축제, 체험 프로그램 개발 등 상생 방안을 추진"],
        ),
        (  # three phrases of two words or more each: terms of their own
            "양 농협은 공동 브랜드 개발, 직거래 장터 공동 운영, 농촌 일손 돕기 등 협력 활동을 "
            "펼치기로 했다.",
            ["공동 브랜드 개발", "직거래 장터 공동 운영", "농촌 일손 돕기"],
        ),
    ],
)
def test_examples_of_a_head(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want


@pytest.mark.parametrize(
    ("listed", "rest", "want"),
    [
        ("판매 자금과 상담, 판로 개척", "다양한 지원을 약속했다.", True),
        ("가람장터, 누리축제, 체험 프로그램 개발", "상생 방안을 추진", True),
        ("공동 브랜드 개발, 장터 공동 운영, 일손 돕기", "협력 활동을 펼친다.", False),
        ("공동 브랜드 개발, 장터 공동 운영", "내용이 담겼다.", False),  # the content told
        ("가람 장터, 누리 축제", "여러 분야에서 교류를 확대한다.", False),  # the fields
        ("우량 농가 육성, 청년 농업인", "농가 금융 지원을 위해", False),  # deeds, then things
        ("가람 장터 등 시설, 누리 축제", "상생 방안을 추진", False),  # a list before
        ("공동 자문, 인프라 활용", "협력 사항을 주 내용으로 하는", False),  # the content
        ("지역 청년 채용, 농산물 소비 촉진", "상생 책임을 다한다", False),  # deeds
        ("장터 운영을 비롯해 일손 돕기", "교류 사업을 한다", False),  # no comma list
        ("협조 체계를 목표로, 공동 자문, 인프라 공동 활용", "협력 방안을 찾는다", True),
        ("협조 체계를 목표로, 공동 자문, 인프라 공동 활용, 장비 공동 사용", "협력을 한다", False),
    ],
)
def test_examples_of_head_rule(listed: str, rest: str, want: bool) -> None:
    assert examples_of_head(" 등 ", listed, rest) is want
    assert examples_of_head(" 등을 ", listed, rest) is False  # the list itself the object
