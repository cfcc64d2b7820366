"""Commitment forms met on real Korean news pages (snippets invented for these tests): a marked
list of the bodies taking part (a roster, no terms), the agreement's content told as its topic
(`협약은 …하는 내용을 담고 있다`, `협약서에는 A, B 등 내용이 담겼다`, a board post's polite
form), bare nouns before an inner `등` (one item's examples), the agreement word's bracketed
gloss before a lead (`업무협약(MOU)을 통해`), a plan from an open start date after the list
(`오는 3월부터는 …하기로 했다`), and a list whose marks were lost (items on lines of their own)."""

from __future__ import annotations

from structure_helpers import run_terms as _terms

_HEAD = "가람시는 누리재단과 14일 시청 회의실에서 청년 창업 지원을 위한 업무협약을 체결했다.\n"
_LIST = "양 기관은 ▲청년 창업 공간 제공 ▲창업 교육 프로그램 운영 ▲지역 기업 연계 등에 협력한다.\n"


def test_a_marked_list_of_bodies_taking_part_is_no_list_of_terms() -> None:
    text = (
        "가람시가 창업 활성화를 위해 5개 기관과 업무협약을 체결했다고 9일 밝혔다.\n"
        "이번 협약에 참여한 기관은 ▲누리기술연구원 ▲가람경제진흥원 ▲누리대학교 산학협력단 "
        "▲가람창업지원센터 ▲누리산업진흥원 등이다.\n"
        "시는 협약 이후 공동사업 발굴, 기관별 전문인력 공유 등을 추진하기로 했다. "
        "또 내년에는 창업축제를 공동 기획해 진행할 계획이다.\n"
    )
    terms = _terms(text)
    assert not any(t.endswith(("연구원", "진흥원", "산학협력단", "센터")) for t in terms)
    assert "창업축제를 공동 기획해 진행" in terms


def test_a_marked_list_of_deeds_is_still_read() -> None:
    text = (
        "가람시가 누리재단과 업무협약을 체결했다고 9일 밝혔다.\n"
        "협약에 따라 양 기관은 ▲창업지원센터 공동 운영 ▲청년 인재 양성 ▲기술 교류 등에 협력한다.\n"
    )
    assert _terms(text) == ["창업지원센터 공동 운영", "청년 인재 양성", "기술 교류"]


def test_the_agreement_as_topic_of_its_content_gives_the_terms() -> None:
    text = (
        "누리공단이 25일 공단 회의실에서 가람지청과 안전문화 확산을 위한 업무협약을 체결했다.\n"
        "협약에 따라 가람지청은 캠페인 자료 제공과 홍보 활동을 맡는다.\n"
        "같은 날 공단은 가람봉사회와 지역 복지 증진을 위한 업무협약도 체결했다.\n"
        "협약은 저소득 가구를 대상으로 주거환경 청소와 시설보수 활동을 단계적으로 추진하는 내용을 "
        "담고 있다.\n"
    )
    assert any("주거환경 청소" in t for t in _terms(text))


def test_a_content_sentence_closed_by_etc_and_a_polite_form_gives_the_terms() -> None:
    told = (
        "가람대학교는 누리재단과 청년 취업 지원을 위한 업무협약을 체결했습니다.\n"
        "이번 협약은 청년 취업 상담 지원, 현장 실습 기회 제공 등에 대한 내용을 담고 있습니다.\n"
    )
    terms = _terms(told)
    assert "청년 취업 상담 지원" in terms
    assert "현장 실습 기회 제공" in terms
    signed = (
        "가람진흥원이 6개 기관과 청년 일자리 업무협약을 체결했다.\n"
        "협약서에는 청년 구직자 상호 협력체계 구축, 일자리 사업 공동 발굴 등 내용이 담겼다.\n"
        "6개 기관은 기관 간 연계를 통해 청년 일자리 제공 등에 협력한다.\n"
    )
    assert "일자리 사업 공동 발굴" in _terms(signed)


def test_bare_nouns_before_an_inner_etc_are_one_items_examples() -> None:
    text = (
        "가람진흥원이 6개 기관과 청년 일자리 업무협약을 체결했다.\n"
        "6개 기관은 문화, 관광, 디지털 콘텐츠 등 청년이 원하는 분야의 "
        "일자리 제공, 창업 정보 제공 등에 협력한다.\n"
    )
    terms = _terms(text)
    assert "문화, 관광, 디지털 콘텐츠 등 청년이 원하는 분야의 일자리 제공" in terms
    assert "문화" not in terms and "관광" not in terms


def test_the_agreement_words_bracketed_gloss_keeps_the_lead() -> None:
    text = (
        "가람재단과 누리공단은 6일 청년 창업 지원을 위한 업무협약(MOU)을 체결했다.\n"
        "이번 업무협약(MOU)을 통해 양 기관은 장학생에게 중소기업 취업 상담을 제공하고, 중소기업에는 "
        "우수 인력을 확보할 기회를 제공할 계획이다.\n"
        "세부 실행방안으로는 ▲맞춤형 취업컨설팅 ▲창업 멘토링 ▲공동홍보 등의 분야에 상호 "
        "협력하기로 했다.\n"
    )
    assert "장학생에게 중소기업 취업 상담을 제공" in _terms(text)


def test_a_plan_from_an_open_start_date_after_the_list_is_a_term() -> None:
    text = _HEAD + _LIST + "오는 3월부터는 창업 공간 50곳을 청년들에게 무료로 개방하기로 했다.\n"
    assert "창업 공간 50곳을 청년들에게 무료로 개방" in _terms(text)


def test_a_dated_step_with_its_end_after_the_list_is_a_schedule() -> None:
    text = _HEAD + _LIST + "또 오는 20일부터 24일까지 참가자를 모집할 예정이다.\n"
    assert not any("참가자" in t for t in _terms(text))


def test_items_on_lines_of_their_own_under_a_head_are_the_terms() -> None:
    text = _HEAD + (
        "협약의 주요 내용은\n청년 창업 공간 제공\n창업 교육 프로그램 운영\n지역 기업 연계 등이다.\n"
        "김가람 시장은 “청년이 머무는 도시를 만들겠다”고 말했다.\n"
    )
    assert _terms(text) == ["청년 창업 공간 제공", "창업 교육 프로그램 운영", "지역 기업 연계"]


def test_items_on_lines_after_a_next_items_sentence_are_the_terms() -> None:
    text = _HEAD + (
        "양 기관은 이번 협약에 따라 다음 사항에 협력한다.\n"
        "청년 창업 공간 제공\n창업 교육 프로그램 운영\n"
        "이번 협약은 체결일부터 2년간 유효하다.\n"
    )
    assert _terms(text) == ["청년 창업 공간 제공", "창업 교육 프로그램 운영"]


def test_a_paragraph_under_a_head_is_no_list() -> None:
    text = _HEAD + (
        "주요 내용\n"
        "양 기관은 청년 창업 공간을 함께 운영하기로 했다.\n"
        "시는 창업 교육을 맡고 재단은 기금을 낸다.\n"
    )
    assert "주요 내용" not in " ".join(_terms(text))
    assert not any(t.startswith("양 기관은") for t in _terms(text))


def test_the_parties_plan_closing_the_story_after_the_speakers_is_a_term() -> None:
    text = (
        _HEAD
        + _LIST
        + (
            "김가람 시장은 “청년이 머무는 도시를 만들겠다”고 말했다.\n"
            "양 기관은 앞으로 창업 성과 공유회를 해마다 공동으로 개최할 계획이다.\n"
        )
    )
    assert "창업 성과 공유회를 해마다 공동으로 개최" in _terms(text)


def test_the_parties_standing_policy_closing_the_story_is_no_term() -> None:
    text = (
        _HEAD
        + _LIST
        + (
            "김가람 시장은 “청년이 머무는 도시를 만들겠다”고 말했다.\n"
            "양 기관은 앞으로도 지역 청년을 위해 긴밀히 협력해 나갈 계획이다.\n"
        )
    )
    assert not any("긴밀히" in t for t in _terms(text))


def test_deeds_joined_by_spaces_when_the_marks_were_lost_are_items() -> None:
    text = (
        _HEAD + "협약 내용은 청년 창업 공간 제공 창업 교육 프로그램 운영 지역 기업 연계 등이다.\n"
    )
    assert _terms(text) == ["청년 창업 공간 제공", "창업 교육 프로그램 운영", "지역 기업 연계"]


def test_a_content_sentence_of_one_deed_is_not_cut() -> None:
    text = _HEAD + "협약 내용은 지역 청년을 위한 창업 공간 제공 등이다.\n"
    assert _terms(text) == ["지역 청년을 위한 창업 공간 제공"]


def test_the_cause_told_before_the_parties_is_no_part_of_the_term() -> None:
    text = (
        _HEAD
        + "청년 인구 유출이 심각해짐에 따라 양 기관은 청년 창업 공간을 공동으로 운영하기로 했다.\n"
    )
    assert _terms(text) == ["청년 창업 공간을 공동으로 운영"]
