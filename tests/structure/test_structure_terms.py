"""The terms reader: terms sentences found once, then cut by one item grammar (own examples)."""

from __future__ import annotations

from summarizer.structure.lines import Mask
from summarizer.structure.terms import resegment, segment, terms, terms_sentences
from tests.structure.structure_helpers import run


def _texts(text: str) -> list[str]:
    return [c.text for c in terms(text, Mask([]), 0)]


def test_prose_list_after_the_cue_is_cut_at_commas_and_joints() -> None:
    text = (
        "가나시와 다라공사는 5일 업무협약을 체결했다.\n"
        "이번 협약에서 두 기관은 하천 정비를 비롯해 빗물 저류시설의 확충, 침수 예보 체계의 개선, "
        "주민 대피 훈련과 기타 필요한 사업을 함께 추진하기로 했다.\n"
    )
    got = _texts(text)
    assert got[:3] == ["하천 정비", "빗물 저류시설의 확충", "침수 예보 체계의 개선"]
    assert got[3].startswith("주민 대피 훈련")


def test_examples_before_a_noun_stay_one_item() -> None:
    text = (
        "두 도시는 협약을 맺었다.\n"
        "협약에 따라 양 도시는 특산물 장터, 마을 축제 등을 통한 주민 교류를 넓히고, "
        "관광 안내 책자를 함께 만들기로 했다.\n"
    )
    assert _texts(text) == [
        "특산물 장터, 마을 축제 등을 통한 주민 교류를 넓히",
        "관광 안내 책자를 함께 만들",
    ]


def test_a_comma_list_closed_by_등에_gives_items() -> None:
    text = "협약에 따라 양 기관은 공공급식, 농산물 직거래, 농촌체험 프로그램 운영 등에 협력하기로 했다."
    assert _texts(text) == ["공공급식", "농산물 직거래", "농촌체험 프로그램 운영"]


def test_a_deed_joined_without_a_comma_stays() -> None:
    text = "협약에 따라 양 기관은 시험 설비를 교육용으로 개방하고 현장 실습을 맡기로 했다."
    assert _texts(text) == ["시험 설비를 교육용으로 개방하고 현장 실습을 맡"]


def test_a_means_or_an_aim_is_no_joint() -> None:
    text = "협약에 따라 양 기관은 지역 발전을 위해 청년 창업 공간을 함께 운영하기로 했다."
    assert _texts(text) == ["지역 발전을 위해 청년 창업 공간을 함께 운영"]


def test_a_list_of_members_under_비롯해_stays_in_its_item() -> None:
    text = (
        "협약에 따라 양국은 외교부를 비롯해 문화재단 등 유관기관 등으로 구성된 "
        "공동위원회를 설치하기로 했다."
    )
    got = _texts(text)
    assert len(got) == 1 and "공동위원회를 설치" in got[0]


def test_the_signing_sentence_and_quotes_are_no_terms() -> None:
    text = (
        "양 기관은 10일 협약을 통해 상호 협력을 약속하는 협약을 체결했다.\n"
        "“협약에 따라 양 기관은 인력을 교류하기로 했다”고 말했다.\n"
    )
    assert list(terms_sentences(text, Mask([]), 0)) == []


def test_marked_list_in_a_terms_sentence() -> None:
    text = "이번 협약안에는 ▴공동 연구 추진 ▴전문 인력 교류 ▴시설 공동 활용 등이 담겼다."
    assert _texts(text) == ["공동 연구 추진", "전문 인력 교류", "시설 공동 활용"]


def test_english_terms_sentence() -> None:
    text = (
        "The two agencies signed an MOU on Monday.\n"
        "The main aspects of the MOU include data sharing, joint training of inspectors, "
        "and mutual recognition of test results.\n"
    )
    got = _texts(text)
    assert "data sharing" in got[0]
    assert any("mutual recognition of test results" in g for g in got)


def test_segment_without_commas_cuts_clause_joints_only() -> None:
    text = "공동 연구 과제를 발굴하는 한편, 연구 장비와 시설, 인력을 함께 활용"
    got = [c.text for c in segment(text, 0, len(text), commas=False)]
    assert got == ["공동 연구 과제를 발굴", "연구 장비와 시설, 인력을 함께 활용"]


def test_resegment_splits_a_prose_clause_item_only() -> None:
    text = "연구 장비를 함께 쓰고, 교육 과정을 공동 운영"
    from summarizer.models.records import Commitment

    prose = Commitment(text=text, start=0, end=len(text), section="prose")
    listed = Commitment(text=text, start=0, end=len(text), section="body")
    assert [c.text for c in resegment(text, [prose])] == [
        "연구 장비를 함께 쓰",
        "교육 과정을 공동 운영",
    ]
    assert [c.text for c in resegment(text, [listed])] == [text]


def test_a_page_whose_readers_find_nothing_takes_the_terms() -> None:
    text = (
        "가나군과 다라은행 가나군지부 협약 체결\n\n"
        "가나군과 다라은행 가나군지부가 10일 군청에서 농정업무 협력에 관한 협약을 체결했다.\n"
        "이번 협약에서 두 기관은 농업용수 기반확충을 비롯해 저장 시설의 현대화, "
        "공동 방제의 확대, 수출 작목 재배 환경개선과 기타 필요한 사업을 협력하기로 했다.\n"
    )
    got = [c.text for c in run(text).commitments]
    assert "농업용수 기반확충" in got
    assert "저장 시설의 현대화" in got
    assert "공동 방제의 확대" in got


def test_the_ceremony_is_no_term_but_may_head_one() -> None:
    from summarizer.models.records import Commitment
    from summarizer.structure.terms import without_ceremony

    text = (
        "가 대학 본관에서 열린 체결식에서 양 기관은 실험 장비를 함께 쓰기로 | 관계자 10여 명이 참석"
    )
    a = text.index("가 대학")
    b = text.index(" |")
    headed = Commitment(text=text[a:b], start=a, end=b, section="prose")
    c = text.index("관계자")
    told = Commitment(text=text[c:], start=c, end=len(text), section="prose")
    listed = Commitment(text=text[c:], start=c, end=len(text), section="body")
    got = without_ceremony(text, [headed, told, listed])
    assert [g.text for g in got] == ["실험 장비를 함께 쓰기로", text[c:]]
    assert got[0].start == text.index("실험")
