"""How a pledge's own ending leaves an item (issue 8; snippets invented for these tests): the
pledge before a joint (`…하기로 했고,`, `…키로 하고`) goes whole, a verb stem other than `하`
keeps the `기` of `-기로` (`…을 갖기`, not the bare stem `갖`), and the pledging verbs' plan
form (`…에도 힘쓸 예정이다`) and `…해 나가게 된다` close a clause as `…나서기로 했다` does."""

from __future__ import annotations

from structure_helpers import run

from summarizer.structure.items import before_pledge

_HEAD = "가람시와 나래시는 5일 시청에서 업무협약을 체결했다.\n"


def _terms(body: str) -> list[str]:
    return [c.text for c in run(_HEAD + body).commitments]


def test_a_pledge_in_its_connective_form_closes_the_first_share() -> None:
    terms = _terms(
        "협약에 따라 가람시는 나래시가 요구하는 교육과정을 개편하기로 했고, "
        "나래시는 과정을 마친 학생을 매년 10명씩 채용키로 했다.\n"
    )
    assert "나래시가 요구하는 교육과정을 개편" in terms
    assert not any(t.endswith(("했", "기로")) for t in terms)


def test_kiro_hago_before_the_next_deed_is_no_part_of_the_item() -> None:
    terms = _terms("양 기관은 청년 교류를 확대키로 하고 다음 달 공동 방문단을 파견키로 했다.\n")
    assert "청년 교류를 확대" in terms


def test_a_stem_other_than_ha_keeps_its_gi() -> None:
    terms = _terms("양 기관은 청년 정책을 논의하는 정기 협의회를 연 2회 이상 갖기로 했다.\n")
    assert terms == ["청년 정책을 논의하는 정기 협의회를 연 2회 이상 갖기"]


def test_hagiro_loses_hagi_with_the_pledge() -> None:
    terms = _terms("양 기관은 청년 창업 지원을 공동으로 추진하기로 했다.\n")
    assert terms == ["청년 창업 지원을 공동으로 추진"]


def test_before_pledge_cuts_only_a_pledge() -> None:
    text = "교육과정을 개편하기로 했고, 협의회를 갖기로 했고, 공동 연구를 하고,"
    first = text.index("했고") + 1
    assert text[: before_pledge(text, 0, first)] == "교육과정을 개편"
    a = text.index("협의회")
    b = text.index("했고", a) + 1
    assert text[a : before_pledge(text, a, b)] == "협의회를 갖기"
    c = text.index("공동")
    d = text.index("하고", c) + 1
    assert before_pledge(text, c, d) == d  # no pledge: the item is kept as it is


def test_the_plan_form_of_himsseuda_closes_the_clause() -> None:
    terms = _terms(
        "양 기관은 청년 일자리 정보를 공유하기로 했다. "
        "또 공동 거버넌스를 구축해 지역 소통 강화에도 힘쓸 예정이다.\n"
    )
    assert "공동 거버넌스를 구축해 지역 소통 강화" in terms


def test_carrying_on_a_deed_closes_the_clause() -> None:
    terms = run(
        "가람시와 나래시는 5일 자매결연을 맺었다.\n"
        "이후 양 도시는 행정, 문화, 체육 등 여러 분야에서 상호 협력해 도시 상생에 "
        "일조해나가게 된다.\n"
    ).commitments
    assert [c.text for c in terms] == [
        "행정, 문화, 체육 등 여러 분야에서 상호 협력해 도시 상생에 일조"
    ]


def test_not_only_a_before_the_list_is_no_term_of_its_own() -> None:
    # `A뿐만 아니라, B, C 등 …를 발굴하기로`: the `not only` part leans on the rest
    terms = _terms(
        "양 기관은 향후 판매협력뿐만 아니라, 청년 창업 연계, 자료 교환 등 "
        "공동의 협력모델을 발굴하기로 했다.\n"
    )
    assert terms
    assert not any(t.endswith("아니라") for t in terms)
    assert any("청년 창업 연계" in t for t in terms)


def test_a_pledge_told_as_hal_geoseul_yaksok_leaves_the_deed_bare() -> None:
    # `…에 적극 협력할 것을 약속했다`: the `할 것` is the pledge's, not the term's
    terms = _terms("양 기관은 주민 의견 수렴과 안전정책 홍보에 적극 협력할 것을 약속했다.\n")
    assert "주민 의견 수렴과 안전정책 홍보에 적극 협력" in terms
    assert not any(t.endswith("할 것") for t in terms)
