"""Event venues on Korean pages, session 32 round 2 (issue 8, helper evt32b), in our own invented
texts: an `에서` inside a clause describing a noun names no venue (`가온에서 성장한 향토기업`); a
head's bracket inside a venue belongs to the name before it (`A 본부(본부장 X) 사무실에서`); a
city gives way to the hall told next for the same signing that day (`이날 … 별빛타워에서 …
협약서를 교환했다`)."""

from __future__ import annotations

from summarizer.extract import facts_record

REF = "2025-03-04"


def _event(page: str):  # type: ignore[no-untyped-def]
    return facts_record(page.encode(), reference_date=REF).structure.event


def test_a_clause_describing_a_noun_names_no_venue() -> None:
    # the town a body grew in: no venue of the signing
    ev = _event(
        "가온시와 지역의 향토기업인 누리제과가 가온시 홍보 등을 함께 하기 위한 업무협약을 3일 "
        "체결했다.\n가온시와 누리제과는 이번 협약을 통해 ▲시정 홍보 협력 ▲ 나눔 문화 확산 등을 "
        "함께 추진하게 된다.\n누리제과는 지난 1970년 가온역 앞 빵집으로 시작해 가온에서 성장한 "
        "향토기업으로, 가온시 100년을 맞아 브랜드 가치를 높이기 위해 협약을 체결하게 됐다.\n"
    )
    assert ev is not None and ev.date == "2025-03-03" and ev.place is None
    # a verb of holding, an adjective before the ceremony, a name before a title: still a venue
    for page, place in (
        (
            "가온시는 3일 시청 별빛홀에서 진행된 행사에서 누리은행과 업무협약을 체결했다.\n",
            "별빛홀",
        ),
        ("가온시는 3일 시청 별빛홀에서 조촐한 협약식을 갖고 누리은행과 협약을 맺었다.\n", "별빛홀"),
        (
            "가온대는 3일 교내에서 박가한 총장과 누리대 총장이 협약을 체결했다고 4일 밝혔다.\n",
            "교내",
        ),
        (
            "가온시는 3일 시청 별빛홀에서 다양한 분야의 협력을 위해 누리은행과 협약을 맺었다.\n",
            "별빛홀",
        ),
    ):
        ev = _event(page)
        assert ev is not None and ev.place is not None and place in ev.place, page


def test_a_heads_bracket_inside_the_venue_belongs_to_the_body_before_it() -> None:
    # `누리공단 가온본부(본부장 이누리) 사무실에서`: the office is that body's, no bare `사무실`
    ev = _event(
        "가온청년재단(김가온 이사장)은 3일 오전 부산 중구 누리동 누리공단 가온본부(본부장 이누리) "
        "사무실에서 청년 일자리 창출을 위한 업무협약을 체결했다고 밝혔다.\n"
    )
    assert ev is not None and ev.place == "누리공단 가온본부 사무실"
    assert ev.place_span is not None and "(본부장 이누리)" in ev.place_span.text
    # a bracket that is no head's still closes what comes before it
    ev = _event("가온시는 3일 누리센터(가온동 소재) 별빛홀에서 누리은행과 업무협약을 체결했다.\n")
    assert ev is not None and ev.place == "별빛홀"


def test_a_city_gives_way_to_the_hall_told_that_day_next() -> None:
    lead = "누리장학재단은 지난 3일 미국 다온시에서 가온대학과 장학사업 협약을 체결했다고 4일 밝혔다.\n"
    # the next sentence tells the same signing `이날` with its hall
    ev = _event(
        lead + "김누리 이사장은 이날 오후 6시, 다온 소재 별빛타워(컨벤션센터, 5층)에서 가온대학과 "
        "협약서를 교환했다.\n"
    )
    assert ev is not None and ev.date == "2025-03-03" and ev.place == "별빛타워"
    # a sentence with a day of its own, or one not telling the signing, leaves the city
    for after in (
        "김누리 이사장은 지난 1일 별빛타워에서 가온대학과 협약서를 교환했다.\n",
        "김누리 이사장은 이날 별빛타워에서 장학생들과 만찬을 함께했다.\n",
    ):
        ev = _event(lead + after)
        assert ev is not None and ev.place == "미국 다온시", after
