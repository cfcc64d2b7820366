"""The enumeration of a sentence that tells the agreement's content (issue 8; snippets invented
for these tests): it begins after the content's head (the agreement, its content, the parties
together) and ends at the object of the content's verb; its items part at the commas (outside
brackets) and between two quoted phrases."""

from __future__ import annotations

from structure_helpers import run

from summarizer.structure.enumeration import enumeration


def _terms(body: str) -> list[str]:
    return [c.text for c in run("가람대·나래대 업무협약 체결\n" + body).commitments]


def _listed(sentence: str) -> list[str]:
    return [c.text for c in enumeration(sentence, 0, len(sentence))]


def test_a_gist_list_with_inner_objects_parts_at_its_commas() -> None:
    terms = _terms(
        "가람대와 나래대는 5일 업무협약을 체결했다.\n"
        "협약은 두 대학 간 교직원 교류를 포함한 학술교류, 교육시설 공동 활용, 지역사회 환원을 "
        "위한 봉사 공동 실천을 골자로 한다.\n"
    )
    assert "교육시설 공동 활용" in terms
    assert "지역사회 환원을 위한 봉사 공동 실천" in terms


def test_the_parties_together_tell_the_content_they_agreed() -> None:
    terms = _terms(
        "가람병원과 나래의료원은 5일 협약을 맺었다.\n"
        "양 기관은 진료협력과 학술정보교류, 인력교류와 교육훈련, 기자재의 공동활용 등을 "
        "주요 내용으로 했다.\n"
    )
    assert "인력교류와 교육훈련" in terms
    assert "기자재의 공동활용" in terms


def test_the_parties_together_tell_it_with_any_of_the_content_verbs() -> None:
    # the pledges' gist reads the enumeration's verb: `삼았다`, and `등` glued to the last item
    for tail in (
        "기자재의 공동활용 등을 주요 내용으로 삼았다.",
        "기자재의 공동활용등을 골자로 했다.",
    ):
        terms = _terms(
            "가람병원과 나래의료원은 5일 협약을 맺었다.\n"
            f"양 기관은 진료협력과 학술정보교류, 인력교류와 교육훈련, {tail}\n"
        )
        assert "인력교류와 교육훈련" in terms
        assert "기자재의 공동활용" in terms


def test_quoted_phrases_side_by_side_are_two_items() -> None:
    found = _listed(
        "협약내용은 ‘청소년 안보 교육 활성화’ ‘참전용사 위문 활동’, ‘주민 신고망 운용’등을 "
        "포함하고 있다."
    )
    assert len(found) == 3
    assert "참전용사 위문 활동" in found[1]


def test_commas_inside_brackets_part_nothing() -> None:
    found = _listed("주요 내용은 생물자원(표본, 균주 등) 공동 이용, 연구인력 교류 등이다.")
    assert len(found) == 2


def test_a_sentence_of_clauses_is_no_enumeration() -> None:
    assert _listed("양 기관은 정보를 공유하고, 공동 연구를 추진하기로 했다.") == []
    # the parties together tell a content only with their list's `등`
    assert _listed("양 기관은 청년 창업, 주거 지원을 주요 내용으로 했다.") == []
