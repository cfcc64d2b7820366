"""Venues: time-of-day prefixes, online-broadcast suffixes, photo captions, extractor-dropped lines."""

from __future__ import annotations

import pytest
from structure_helpers import fact, region, run

from summarizer.models import Region
from summarizer.structure.venue import korean_place, strip_region

TITLE = "두 기관, 물관리 협약 체결\n\n"


@pytest.mark.parametrize(
    ("seg", "want"),
    [
        (" 오후 서울 강남구 해울타워 5층 회의실", "해울타워 5층 회의실"),
        ("이날 오전 부산 중구 본사 대강당", "본사 대강당"),
        ("해울 본사 1층 대강당 (서울 중구 세종대로 1) 및 온라인 동시 중계", "해울 본사 1층 대강당"),
        ("들빛센터 2층 홀, 유튜브 생중계", "들빛센터 2층 홀"),
        ("해울 본사 대회의실(경북 김천)", "해울 본사 대회의실(경북 김천)"),
    ],
)
def test_strip_region(seg: str, want: str) -> None:
    a, b = strip_region(seg, 0, len(seg))
    assert seg[a:b] == want


def test_place_from_a_photo_caption_when_the_story_names_none() -> None:
    caption = (
        "▲ 지난 4일 경남 김해시 해울연구원 본원에서 열린 업무협약식에서 두 원장이 서명하고 있다."
    )
    text = (
        TITLE + caption + "\n\n해울연구원은 들빛재단과 업무협약을 지난 4일 맺었다고 6일 밝혔다.\n"
    )
    facts = [
        fact(text, "date", "지난 4일", "2025-03-04"),
        fact(text, "date", "지난 4일", "2025-03-04", nth=1),
        fact(text, "date", "6일", "2025-03-06"),
    ]
    ev = run(text, facts, [region(text, "noise", caption)]).event
    assert ev is not None
    assert (ev.date, ev.place) == ("2025-03-04", "해울연구원 본원")


def test_a_caption_does_not_override_the_story_venue() -> None:
    caption = "▲ 해울연구원 별관에서 열린 협약식에서 기념 촬영."
    text = (
        TITLE + caption + "\n\n해울연구원은 4일 본원 대강당에서 들빛재단과 업무협약을 체결했다.\n"
    )
    facts = [fact(text, "date", "4일", "2025-03-04")]
    ev = run(text, facts, [region(text, "noise", caption)]).event
    assert ev is not None and ev.place == "해울연구원 본원 대강당"


def test_a_ceremony_line_outside_the_main_text_still_gives_the_time() -> None:
    line = "한편 협약식은 이날 오후 2시 30분부터 40분간 진행됐다."
    text = (
        TITLE
        + "해울공사는 19일 본사 비전홀에서 들빛텔레콤과 업무협약을 맺었다고 20일 밝혔다.\n"
        + line
        + "\n"
    )
    facts = [
        fact(text, "date", "19일", "2025-03-19"),
        fact(text, "date", "20일", "2025-03-20"),
        fact(text, "time", "오후 2시 30분", "14:30"),
    ]
    pos = text.index(line)
    soft = Region(
        kind="noise",
        reason="outside-main-text",
        basis="extractor",
        text=line,
        start=pos,
        end=pos + len(line),
    )
    ev = run(text, facts, [soft]).event
    assert ev is not None and (ev.date, ev.time) == ("2025-03-19", "14:30")
    hard = soft.model_copy(update={"reason": "page-chrome", "basis": "rule"})
    ev = run(text, facts, [hard]).event
    assert ev is not None and ev.time is None


def test_this_day_is_the_announcement_day_in_the_same_sentence() -> None:
    text = (
        TITLE
        + "해울공사는 이날 오전 부산 중구 해울 사옥 대강당에서 들빛재단과 업무협약을 맺었다고 11일 밝혔다.\n"
    )
    ev = run(text, [fact(text, "date", "11일", "2025-02-11")]).event
    assert ev is not None and (ev.date, ev.place) == ("2025-02-11", "해울 사옥 대강당")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("signed an MOU at the Haeul Tower in Seoul on May 3.", "Haeul Tower in Seoul"),
        (
            "signed an MOU at 3 p.m. on Tuesday at the Government Complex Daejeon to share data.",
            "Government Complex Daejeon",
        ),
    ],
)
def test_english_venue(sentence: str, place: str) -> None:
    text = (
        "KOWA and HB team up\n\nThe Korea Water Agency (KOWA) and Haeul Bank (HB) "
        + sentence
        + "\n"
    )
    facts = [fact(text, "date", "May 3", "2025-05-03")] if "May 3" in text else []
    if "3 p.m." in text:
        facts.append(fact(text, "time", "3 p.m.", "15:00"))
    ev = run(text, facts).event
    assert ev is not None and ev.place == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (
            "해울공사(사장 도하람)는 4일 대전 본사 비전홀에서 들빛재단과 업무협약을 체결했다.",
            "해울공사 본사 비전홀",
        ),
        (
            "해울시(시장 도하람)는 4일 시청 제2회의실에서 들빛재단과 업무협약을 체결했다.",
            "해울시청 제2회의실",
        ),
        ("해울공사는 4일 들빛재단 본사에서 업무협약을 체결했다.", "들빛재단 본사"),
    ],
)
def test_own_site_is_named_after_the_party_that_hosts(sentence: str, place: str) -> None:
    text = TITLE + sentence + "\n"
    ev = run(text, [fact(text, "date", "4일", "2025-03-04")]).event
    assert ev is not None and ev.place == place


def test_a_line_outside_the_main_text_never_dates_the_signing() -> None:
    teaser = "해울공사, 들빛재단과 지난 2일 업무협약 체결"
    text = TITLE + teaser + "\n해울공사는 19일 본사 비전홀에서 들빛텔레콤과 업무협약을 체결했다.\n"
    facts = [fact(text, "date", "지난 2일", "2025-03-02"), fact(text, "date", "19일", "2025-03-19")]
    pos = text.index(teaser)
    soft = Region(
        kind="noise",
        reason="outside-main-text",
        basis="extractor",
        text=teaser,
        start=pos,
        end=pos + len(teaser),
    )
    ev = run(text, facts, [soft]).event
    assert ev is not None and ev.date == "2025-03-19"


def test_an_english_venue_ends_before_the_clause_that_tells_the_signing() -> None:
    """`At …, at the X Auditorium in Y Hall on Z's main campus, A and B signed …`: the subject
    after the comma is not part of the venue."""
    text = (
        "Hanbit University signs MOU with Daeseong Corp.\n\n"
        "At 10:30 a.m. on Friday, March 21 at the Grand Auditorium in Haneul Hall on Hanbit "
        "University's main campus, Hanbit University and Daeseong Corp. signed a memorandum of "
        "understanding on joint research.\n"
    )
    facts = [
        fact(text, "date", "March 21", "2025-03-21"),
        fact(text, "time", "10:30 a.m.", "10:30"),
    ]
    ev = run(text, facts).event
    assert ev is not None
    assert ev.place == "Grand Auditorium, Haneul Hall, Hanbit University main campus"


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        (  # the city, its country after it, then the signing the visit was for
            "The president of Haeul Bank visited Dara, Gaonia, for the signing of the MOU on "
            "May 3, 2025.",
            "Dara",
        ),
        (  # the city, what it is after it, then the day and the exchange of the MOU
            "Governor Kim, who visited Dara, the capital of Gaonia, on May 3, 2025, attended the "
            "exchange ceremony of an MOU with Haeul Bank.",
            "Dara",
        ),
        # a person visited is no venue
        ("Mr. Kim visited President Lee on May 3, 2025 and signed an MOU with Haeul Bank.", None),
    ],
)
def test_english_city_the_signers_visited(sentence: str, place: str | None) -> None:
    text = "KOWA and HB team up\n\n" + sentence + "\n"
    ev = run(text, [fact(text, "date", "May 3, 2025", "2025-05-03")]).event
    assert ev is not None and ev.place == place


@pytest.mark.parametrize(
    ("lead", "place"),
    [
        ("The two ministers met in Dara on 3 May 2025 at the Gaon Forestry Meeting.", "Dara"),
        ("Governor Kim on May 3 in Dara hosted a summit with Nurian leaders.", "Dara"),
        ("Governor Kim hosted a summit with Nurian leaders on May 3.", None),
    ],
)
def test_english_city_told_with_the_leads_day(lead: str, place: str | None) -> None:
    # the signing sentence has no day: the lead's day dates it, and the city told with that day
    text = (
        "KOWA and HB team up\n\n"
        + lead
        + " The memorandum of understanding was signed by Lee of KOWA and Park of HB.\n"
    )
    day = "3 May 2025" if "3 May 2025" in text else "May 3"
    ev = run(text, [fact(text, "date", day, "2025-05-03")]).event
    assert ev is not None and ev.date == "2025-05-03" and ev.place == place


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        # a station closes its word: the venue stands
        ("가온공사와 누리시는 누리역에서 협약을 체결했다.", "누리역"),
        # `지역사회`, `지역` hold the syllable but name no station (issue 8, evt32)
        ("이번 협약은 최근 학교와 지역사회에서 화재 발생이 늘어남에 따라 추진됐다.", None),
        ("가온공사와 누리시는 지역에서 협약을 체결했다.", None),
    ],
)
def test_a_station_is_a_venue_a_region_word_is_not(sentence: str, place: str | None) -> None:
    sp = korean_place(sentence, 0, len(sentence), [])
    assert (sp.text if sp else None) == place
