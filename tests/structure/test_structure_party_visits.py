"""The bodies a signing sentence says its subject visited to sign (par37, issue 8; seen on three
pages of three sites). Invented bodies reproduce each form."""

from __future__ import annotations

from summarizer.structure.candidate import Cand
from summarizer.structure.lines import Mask
from summarizer.structure.party_visits import visited_partners


def _names(page: str) -> list[str]:
    return [c.name for c in visited_partners(page, Mask([]), 0, [])]


def test_the_list_visited_to_sign_names_the_partners() -> None:
    # `A는 … B, C, D 등을 방문해 … 협정을 체결했다`: the visit's object, read back from `등을`
    page = (
        "가람대는 지난 3일부터 9일까지 중국 누리대학, 별빛공업대학, 솔빛기술학원 등을 방문해 "
        "상호 교류협력을 위한 협정을 체결했다고 12일 밝혔다.\n"
    )
    assert _names(page) == ["누리대학", "별빛공업대학", "솔빛기술학원"]


def test_each_items_day_and_bracket_are_let_go() -> None:
    page = (
        "순방단은 지난 9월 3일 누리어드벤티스트대(Nuri Adventist College), 5일 별빛국제대(BIU), "
        "7일 솔빛대 등을 차례로 방문해 국제교류 MOU를 체결했다.\n"
    )
    assert _names(page) == ["누리어드벤티스트대", "별빛국제대", "솔빛대"]


def test_two_joined_by_wa_after_a_verbs_ending() -> None:
    page = (
        "군은 협의를 위하여 누리주 내의 지역인 가람시와 별빛시를 방문하였고, 세부업무협약을 "
        "맺었다.\n"
    )
    assert _names(page) == ["가람시", "별빛시"]


def test_a_place_visited_where_the_signing_names_its_own_partner() -> None:
    # `B시를 방문해 C와 협약을 체결했다`: C signs; B is where
    page = "가람대 총장은 누리시를 방문, 별빛공학원(원장 홍길동)과 학술교류 협약을 체결했다.\n"
    assert _names(page) == []
    page = "가람대 총장은 누리시를 방문해 별빛공학원과 학술교류 협약을 체결했다.\n"
    assert _names(page) == []


def test_a_visit_with_no_signing_after_it_names_no_partner() -> None:
    page = "가람대는 누리대학, 별빛대학 등을 방문해 교류 방안을 논의했다.\n"
    assert _names(page) == []


def test_a_body_found_already_under_another_form_is_not_named_again() -> None:
    # one body in two forms (`org_names.held`: inside the other, or its short form)
    page = "가람대는 누리대, 별빛공업대학 등을 방문해 상호 교류협력을 위한 협정을 체결했다.\n"
    found = [Cand(name="누리대학교"), Cand(name="별빛공업대")]
    assert visited_partners(page, Mask([]), 0, found) == []


def test_the_bodies_sought_out_to_sign() -> None:
    # `찾아`: the visit's verb shared with the venue's reading (`visits.VISIT_VERB`)
    page = "가람대는 지난 3일 누리대학, 별빛공업대학 등을 찾아 교류협정을 체결했다.\n"
    assert _names(page) == ["누리대학", "별빛공업대학"]
