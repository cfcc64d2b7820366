"""Forms real pages write around the signing, each in a snippet written for this test (bodies
invented): the two parties named as the topic of a later pledge (`A와 B는 …에 협력하기로 했다`),
a photo caption (`▲ …`) that names a party otherwise than the story does, a caption below the
story that is no headline, and an English signing by two heads `between A and B`."""

from __future__ import annotations

import pytest

from summarizer import extract_facts
from summarizer.structure.lines import Mask
from summarizer.structure.prose import prose_commitments

REF = "2025-06-12"


def _structure(page: str):  # type: ignore[no-untyped-def]
    return extract_facts(page.encode("utf-8"), reference_date=REF).structure


PAIRS = [
    (
        "the two named as the topic, after the signing sentence",
        "해울대학교 약학대학은 세미나실에서 들빛랩과 산학협력 협약을 체결했다고 21일 밝혔다.\n"
        "해울대학교 약학대학과 들빛랩은 협약서에서 실무교육을 위한 시설 제공, 연구 장비의 공동 "
        "이용, 인적교류 등에 협력하기로 했다.\n",
        ["실무교육을 위한 시설 제공", "연구 장비의 공동 이용", "인적교류"],
    ),
    (
        "the two named after `이번 체결로`",
        "해울제약 대표와 들빛대 약학대학장이 업무협약식을 진행했다.\n"
        "이번 체결로 해울제약과 들빛대 약학대는 실무교육을 위한 시설 제공, 연구장비의 공동이용, "
        "인적교류 등을 협력하게 된다.\n",
        ["실무교육을 위한 시설 제공", "연구장비의 공동이용", "인적교류"],
    ),
]


@pytest.mark.parametrize(("why", "text", "want"), PAIRS, ids=[c[0] for c in PAIRS])
def test_the_two_named_as_topic_pledge(why: str, text: str, want: list[str]) -> None:
    got = prose_commitments(text, Mask([]))
    assert [c.text for c in got] == want
    assert all(text[c.start : c.end] == c.text for c in got)


def test_the_signing_sentence_with_the_two_named_pledges_nothing() -> None:
    """`A와 B는 5일 …에서 업무를 협약하고, …을 이어 나가기로 했다`: the event, not a term."""
    text = (
        "해울면과 들빛협회 중앙회는 5일 해울면사무소 대회의실에서 상생 발전을 위한 업무를 "
        "협약하고, 앞으로 다양한 교류활동을 통해 우정을 이어 나가기로 했다.\n"
    )
    assert prose_commitments(text, Mask([])) == []


def test_a_photo_caption_yields_to_the_story() -> None:
    """`▲ A는 … B와 …을 맺었다.` under the photo, then the story names the same bodies in full:
    the story's names (a caption's misspelling is no party)."""
    page = (
        "해울조합-들빛공제회, 업무협약 체결\n\n"
        "▲ 해울조합중앙회는 지난 18일 장례문화 정착을 위해 들빗공제회와 업무협약을 맺었다.\n\n"
        "해울조합중앙회(회장 홍길동)와 들빛공제회(이사장 김철수)는 지난 18일 해울조합중앙회에서 "
        "전략적 업무협약(MOU)을 체결했다.\n"
    )
    assert [p.name for p in _structure(page).parties] == ["해울조합중앙회", "들빛공제회"]


def test_a_photo_caption_alone_still_names_the_parties() -> None:
    page = "협약 체결\n\n▲ 해울조합중앙회는 지난 18일 들빛공제회와 업무협약을 맺었다.\n"
    assert [p.name for p in _structure(page).parties] == ["해울조합중앙회", "들빛공제회"]


def test_a_caption_below_the_story_cuts_no_terms() -> None:
    """A caption with page chrome after it, below the story, is taken for no headline over it:
    the story's terms are read."""
    page = (
        " date 2025-05-29 해울대학교(총장 홍길동)와 들빛병원(이사장 김철수)이 29일 업무협약을 "
        "체결했다.\n\n"
        "두 기관은 이번 협약으로 디지털 헬스케어 분야 연구와 실습을 진행하고 인적자원 교류를 "
        "추진하기로 했다.\n\n"
        "해울대 홍길동 총장(왼쪽)과 들빛병원 김철수 이사장이 기념사진을 촬영하고 있다. AD 원본보기\n"
    )
    st = _structure(page)
    assert [c.text for c in st.commitments] == [
        "디지털 헬스케어 분야 연구와 실습을 진행",
        "인적자원 교류를 추진",
    ]


def test_english_heads_sign_between_two_bodies() -> None:
    """`The Governor and Mayor Do of B signed an MOU … between the State of A and B City.`"""
    page = (
        "Sister ties\n\n"
        "The Governor and Mayor Do of Haeul City signed a Memorandum of Understanding to further "
        "strengthen economic and cultural ties between the State of Deulvania and Haeul City.\n"
    )
    assert [p.name for p in _structure(page).parties] == ["State of Deulvania", "Haeul City"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "두 기관은 이번 협약으로 디지털 분야 연구와 실습을 진행하기로 했다.\n"
            "이와 함께 구성원 건강 관리 지원, 기자재 공동 활용, 현장실습 연계 등에도 협력할 "
            "계획이다.\n",
            [
                "디지털 분야 연구와 실습을 진행",
                "구성원 건강 관리 지원",
                "기자재 공동 활용",
                "현장실습 연계",
            ],
        ),
        (
            "양 기관은 외투기업 유치에 집중할 계획이다.\n"
            "투자 동향 정보 공유, 정주 여건 개선, 애로 해소에도 협력키로 했다.\n",
            ["외투기업 유치에 집중", "투자 동향 정보 공유", "정주 여건 개선", "애로 해소"],
        ),
    ],
)
def test_a_list_closed_by_edo_gives_each_term(text: str, want: list[str]) -> None:
    """`A, B, C 등에도 협력할 계획이다`, `A, B, C에도 협력키로 했다`: one item each."""
    assert [c.text for c in prose_commitments(text, Mask([]))] == want


def test_an_english_unit_named_after_its_department_is_one_party() -> None:
    """`The A Department (AD) B Directorate (BD) and the C Agency (CA) signed`: B signs for A."""
    page = (
        "Deal\n\nThe Haeul Department of Safety (HDS) Science Directorate (SD) and the Deul "
        "Procurement Agency (DPA) signed a Memorandum of Understanding (MOU) focused on research.\n"
    )
    got = _structure(page).parties
    assert [p.name for p in got] == ["Science Directorate", "Deul Procurement Agency"]
    assert "HDS SD" in got[0].aliases


def test_a_commissioner_speaks() -> None:
    """`… 전담기관인 IK의 홍길동 커미셔너는 “…”고 밝혔다`: a title the lexicon knows."""
    page = (
        "협약 체결\n\n해울공사(사장 김철수)와 들빛공사(사장 이영희)는 14일 업무협약을 체결했다.\n"
        "해울공사 내 투자유치 전담기관인 HK의 홍길동 커미셔너는 “두 기관이 힘을 모으면 투자 "
        "유치에 큰 도움이 될 것”이라고 밝혔다.\n"
    )
    assert [q.speaker for q in _structure(page).quotes] == ["홍길동"]


def test_english_pledge_with_the_second_side_named_by_its_kind() -> None:
    """`B Province and the commission will cooperate to develop A, share B, suggest C …`."""
    page = (
        "Shared growth\n\nThe National Commission for Haeul Partnership and North Deul Province "
        "signed a memorandum of understanding (MOU) for shared growth among regions Tuesday.\n\n"
        "North Deul Province and the commission will cooperate to develop shared growth policies, "
        "share information, suggest policy ideas to the government and provide technological "
        "support.\n"
    )
    assert [c.text for c in _structure(page).commitments] == [
        "cooperate to develop shared growth policies",
        "share information",
        "suggest policy ideas to the government",
        "provide technological support",
    ]


def test_a_quote_closed_with_its_opening_mark() -> None:
    """`해울재단 홍길동 이사장은 “…“고 밝혔다`: the second opening mark closes the quote."""
    page = (
        "협약 체결\n\n해울재단(이사장 홍길동)과 들빛대학(총장 김철수)은 29일 협약을 체결했다.\n"
        "해울재단 홍길동 이사장은 “들빛대학과 함께 우수한 인재를 배출하는 출발점이 되길 바란다“고 "
        "밝혔다.\n"
    )
    got = _structure(page).quotes
    assert [(q.speaker, q.text[:8]) for q in got] == [("홍길동", "들빛대학과 함께")]


def test_the_two_named_pledging_to_a_third_is_no_joint_term() -> None:
    """`A부와 B부는 앞으로도 … C 측과 지속적으로 협력해 나갈 예정이다`: one side's plan."""
    text = (
        "해울국과 들빛국은 양해각서를 체결했다.\n"
        "해울부와 들빛부는 앞으로도 문화 교류를 확대하기 위해 새봄국 측과 지속적으로 협력해 나갈 "
        "예정이다.\n"
    )
    assert prose_commitments(text, Mask([])) == []
