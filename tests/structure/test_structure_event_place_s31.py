"""Event venues from session 31's place pages (issue 8, helper s31-place), in our own invented
texts: a ceremony is no venue (`이날 업무협약식에서`), a signing the sentence turns back to with a
partner of its own (`이에 앞서 … B와 협약을 맺었다`) lends the page's signing no venue, and an
English wire's `in the southeastern city of X` names the city of the signing."""

from __future__ import annotations

from summarizer.extract import facts_record

REF = "2025-03-04"


def _event(page: str):  # type: ignore[no-untyped-def]
    return facts_record(page.encode(), reference_date=REF).structure.event


def test_a_ceremony_is_no_venue() -> None:
    # `참석한 이날 업무협약식에서`, `3일 열린 협약식에서`: at the ceremony, an occasion, no hall
    for page in (
        "가온시는 누리은행과 업무협약을 체결했다고 밝혔다.\n김가온 시장과 이누리 행장 등이 참석한 "
        "이날 업무협약식에서 누리은행은 지역 일자리를 제공하기로 했다.\n",
        "가온시는 누리은행과 업무협약을 체결했다고 4일 밝혔다. 3일 열린 협약식에서 양 기관은 "
        "상호 협력을 약속했다.\n",
        "가온시는 누리은행과 업무협약을 체결했다고 4일 밝혔다. 지난 3일 ‘지역상생 업무협약식’에서 "
        "김 시장은 인사말을 했다.\n",
    ):
        ev = _event(page)
        assert ev is None or ev.place is None
        # (the first page writes no day: `이날` points back to none, so no date either)
        assert page.startswith("가온시는 누리은행과 업무협약을 체결했다고 밝혔다") or (
            ev is not None and ev.date is not None
        )
    # the hall the ceremony was held in stays the venue; so does a ceremony hall (`협약식장`)
    ev = _event("가온시는 3일 시청 별빛홀에서 열린 협약식에서 누리은행과 업무협약을 체결했다.\n")
    assert ev is not None and ev.place is not None and "별빛홀" in ev.place
    ev = _event("가온시는 3일 누리타워 협약식장에서 누리은행과 업무협약을 체결했다.\n")
    assert ev is not None and ev.place == "누리타워 협약식장"


def test_a_signing_turned_back_to_lends_no_venue() -> None:
    # the page's signing names no venue; the earlier one with another partner is not its
    page = (
        "가온시는 3일 누리은행과 업무협약을 체결했다. 이에 앞서 같은 날 오전에는 별빛호텔에서 "
        "다온재단과 협약을 맺었다.\n"
    )
    ev = _event(page)
    assert ev is not None and ev.date == "2025-03-03"
    assert ev.place is None
    # a later sentence telling where this signing took place still names its venue
    page = "가온시는 3일 누리은행과 업무협약을 체결했다. 협약식은 가온시청 접견실에서 진행됐다.\n"
    ev = _event(page)
    assert ev is not None and ev.place == "가온시청 접견실"


def test_a_wire_names_the_city_by_what_it_is() -> None:
    # `in the southeastern city of X`, `on the sidelines of … underway in the … city of X`
    for page in (
        "Gaon and Nuri signed an MOU in the southern city of Haneul on Tuesday.\n",
        "Gaon and Nuri signed an MOU on Tuesday at a ceremony held in the western port city of "
        "Haneul.\n",
        "Gaon and Nuri signed an agreement on Tuesday to cooperate in batteries and robots on the "
        "sidelines of the Byeolbit Economic Forum gathering underway in the southeastern city of "
        "Haneul.\n",
    ):
        ev = _event(page)
        assert ev is not None and ev.date == "2025-03-04"
        assert ev.place == "Haneul"
    # a city a sentence merely mentions, not the signing's, stays out
    ev = _event(
        "Gaon and Nuri signed an MOU on Tuesday to build a plant in the southern city of "
        "Haneul next year.\n"
    )
    assert ev is None or ev.place is None
