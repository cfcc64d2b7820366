"""The venue of a signing told as the place its signer visited (session 36, issue 8, helper
quo36), in our own invented texts: a city or county travelled to (`다라시를 방문해 … 서명했다`), a
body with its name in another script in brackets (`다라 문화부(文化部)를 방문해`), English
`visited the University of Dara on the morning of …, and … signed`; not a town named as the
one that signed before (`…을 체결한 다라시를 방문하여`), nor `찾아주신` (those who came)."""

from __future__ import annotations

from summarizer.extract import facts_record

REF = "2025-03-04"


def _place(page: str) -> str | None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    return ev.place if ev is not None else None


def test_the_city_the_signer_travelled_to() -> None:
    assert (
        _place(
            "가람시는 다라국 다라시와 우호협력도시 양해각서를 체결했다고 2일 밝혔다.\n"
            "김누리 가람시장은 이날 다라시를 방문해 다라시장과 양해각서에 서명했다.\n"
        )
        == "다라시"
    )


def test_a_body_visited_with_its_name_in_brackets() -> None:
    place = _place(
        "누리문화협회 이가온 회장은 지난 2일 오후 3시, 다라시 동구에 위치한 다라 문화부(文化部)를 "
        "방문해, 다라 문화부 산하의 문화교류협회와 문화교류 협력 약정서를 체결했다.\n"
    )
    assert place is not None and place.endswith("문화부")


def test_the_english_body_visited_before_signing() -> None:
    assert (
        _place(
            "Nuri University President Kim Ga-on and his team visited the University of Dara on "
            "the morning of March 2, one day after arriving, and met with its president and "
            "signed an exchange agreement between the two universities.\n"
        )
        == "University of Dara"
    )


def test_a_town_that_signed_before_visited_now_is_no_venue() -> None:
    assert (
        _place(
            "3월 2일은 지난해 가람군과 협약을 체결한 다라시를 방문하여 현안에 관하여 논의하였고, "
            "세부 협약을 맺었다.\n"
        )
        is None
    )


def test_those_who_came_to_a_county_name_no_venue() -> None:
    assert (
        _place(
            "오늘 봄날에 가람군을 찾아주신 여러분들을 환영하며 3월 2일 우호교류협정을 체결하게 된 "
            "것을 축하드립니다.\n"
        )
        is None
    )
