"""Event venues on Korean pages, session 37 (issue 8, helper quo37), in our own invented texts:
the ceremony the story refers back to (`이번 협약식`, `이날 행사`) and where it was held, told in
any later sentence of the body when the sentence of signing names no venue — before it (`X에서
진행된 이번 협약식에는 …`, `X에서 열린 이날 행사는 …`, a means before the venue left out) or after
it (`한편 이날 행사는 X에서 진행됐으며 …`) — and no venue from a ceremony not referred back to."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-04"

_SIGNING = (
    "가람구는 지난 2일 관내 도서관 7곳과 누리동 작은도서관 5곳이 결연 협약을 맺었다고 밝혔다.\n"
    "주요 협약 내용은 정기 교류와 사례 공유, 독서 프로그램 공동 운영 등이다.\n"
    "구는 앞으로 작은도서관 운영을 꾸준히 돕기로 했다.\n"
)


def _event(page: str):  # type: ignore[no-untyped-def]
    return facts_record(page.encode(), reference_date=REF).structure.event


@pytest.mark.parametrize(
    ("later", "place"),
    [
        (
            "누리동에 위치한 가람꿈도서관에서 진행된 이번 협약식에는 구청장 등 40여명이 참석했다.",
            "가람꿈도서관",
        ),
        (
            "3일, 박가람 구청장은 누리소식지를 통해 다온구청에서 열린 이날 행사는 뜻깊었다고 전했다.",
            "다온구청",
        ),
        (
            "한편 이날 행사는 누리창업센터에서 진행됐으며 행사 후에는 지난 1일 문을 연 북카페를 "
            "둘러봤다.",
            "누리창업센터",
        ),
        # the lexicon's ceremony words, `조인식` and `협정식` among them (rev38)
        (
            "3일, 박가람 구청장은 누리소식지를 통해 다온구청에서 열린 이번 협정식은 뜻깊었다고 전했다.",
            "다온구청",
        ),
        (
            "한편 이날 조인식은 누리창업센터에서 진행됐으며 행사 후에는 지난 1일 문을 연 북카페를 "
            "둘러봤다.",
            "누리창업센터",
        ),
    ],
)
def test_the_venue_of_the_ceremony_referred_back_to(later: str, place: str) -> None:
    ev = _event(_SIGNING + later + "\n")
    assert ev is not None and ev.date == "2025-03-02"
    assert ev.place == place


def test_a_ceremony_not_referred_back_to_gives_no_venue() -> None:
    ev = _event(
        _SIGNING + "다음 달 누리창업센터에서 열릴 독서 축제에는 주민 누구나 참여할 수 있다.\n"
    )
    assert ev is not None and ev.place is None


def test_a_visit_the_sentence_does_not_go_on_to_sign_at_is_no_venue() -> None:
    # `자매결연을 맺고 있는`: the tie describes the visitors; the sentence reports a visit only
    ev = _event(
        "누리구와 자매결연을 맺고 있는 다라시 친선협회 회원 20명이 교류 협의를 위해 2일 누리구의회를 "
        "방문했다.\n"
        "누리구의회는 이날 환영식을 갖고 기념품을 전달했다.\n"
    )
    assert ev is None or ev.place is None


def test_a_visit_the_sentence_goes_on_to_sign_at_stays_the_venue() -> None:
    ev = _event(
        "가람시는 다라시와 우호협력 협약을 맺었다고 밝혔다.\n"
        "가람시 대표단은 2일 다라시청을 방문해 다라시장과 우호협력 협약을 체결했다.\n"
    )
    assert ev is not None and ev.place == "다라시청"


def test_towns_visited_in_a_clause_of_their_own_give_no_venue() -> None:
    # `…를 방문하였고, … 맺었다`: partners (party_visits), but the signing is at neither town
    ev = _event(
        "가람군은 누리시, 별빛시와 세부업무협약을 맺었다고 밝혔다.\n"
        "군 대표단은 2일 누리시와 별빛시를 방문하였고, 세부업무협약을 맺었다.\n"
    )
    assert ev is None or ev.place is None
