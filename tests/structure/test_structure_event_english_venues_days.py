"""Event forms from a fresh set of real pages (issue 8, helper s23-event), in our own invented
texts: an English venue that is an institution named after `at the` (`at the Ministry of
Tourism`), with or without its city; a day whose clause ends before another happening
(`지난 6월11일 도가 출범한 후 … 오는 4일 … 체결한다`) is not the signing's."""

from __future__ import annotations

import pytest

from summarizer.extract import facts_record

REF = "2025-03-20"  # a Thursday

EN_INSTITUTIONS = [
    (
        "a ministry after the day, as `3rd March 2025`",
        "Gaon and Nuri sign tourism MoU\nThe MoU was signed during the visit of the Gaonian envoy "
        "to Nuria on 3rd March 2025 at the Ministry of Tourism.\n",
        "Ministry of Tourism",
    ),
    (
        "a ministry and its city, before the day",
        "Gaon signs MOU with Nuri\nThe signing ceremony took place at the Ministry of Foreign "
        "Affairs in Dara on March 3.\n",
        "Ministry of Foreign Affairs in Dara",
    ),
    (
        "an institute with `and` in its name",
        "Gaon signs MOU with Nuri\nGaon Corp. signed an agreement with Nuri Bank at the Institute "
        "for Science and Technology on March 3.\n",
        "Institute for Science and Technology",
    ),
]


@pytest.mark.parametrize(
    ("why", "page", "place"), EN_INSTITUTIONS, ids=[p[0] for p in EN_INSTITUTIONS]
)
def test_english_institution_venue(why: str, page: str, place: str) -> None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place == place, why


EARLIER_CLAUSE = [
    (
        "a launch the signing comes after",
        "3일 가온도에 따르면 지난 6월11일 가온특별도가 출범한 후 오는 4일 누리현 지사가 첫 "
        "방문하여 우호교류 협정서를 갱신 체결한다.\n",
        "2025-04-04",
    ),
    (
        "an opening the signing follows",
        "가온시는 지난 2일 누리센터가 문을 연 뒤 14일 누리재단과 업무협약을 체결했다.\n",
        "2025-03-14",
    ),
]


@pytest.mark.parametrize(("why", "page", "day"), EARLIER_CLAUSE, ids=[p[0] for p in EARLIER_CLAUSE])
def test_day_after_an_earlier_clause(why: str, page: str, day: str) -> None:
    ev = facts_record(
        page.encode(), reference_date="2025-04-03" if "오는" in page else REF
    ).structure.event
    assert ev is not None and ev.date == day, why


def test_the_lead_dates_a_signing_told_after_it() -> None:
    """`A는 14일 B와 정상회담을 열어 …했다. 양국은 회담을 계기로 MOU를 체결하고 …`: the signing's
    sentence has no day, the lead's is the day of the talks it came with (unsure)."""
    page = (
        "가온국 대통령은 14일 방한한 누리국 대통령과 정상회담을 열어 협력을 강화하기로 했다.\n\n"
        "특히 양국은 회담을 계기로 ‘무역 협력 양해각서(MOU)’를 체결하고 협력하기로 합의했다.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.date == "2025-03-14" and "date" in ev.unsure


EARLIER_AGREEMENT = [
    (
        "a step taken under an agreement signed before",
        "가온시는 지난해 12월 누리재단과 맺은 협약에 따라 14일 첫 사업을 시작했다.\n",
    ),
    (
        "English: a body that signed before, in a relative clause",
        "Gaon holds forum\nGaon, which signed an MOU with Nuri last year, held a forum on Thursday.\n",
    ),
]


@pytest.mark.parametrize(("why", "page"), EARLIER_AGREEMENT, ids=[p[0] for p in EARLIER_AGREEMENT])
def test_no_day_for_an_earlier_agreement(why: str, page: str) -> None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is None or ev.date is None, why


def test_a_new_signing_under_an_earlier_agreement_keeps_its_day() -> None:
    page = "가온시는 지난해 누리재단과 맺은 협약에 따라 14일 세부 협약을 체결했다.\n"
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.date == "2025-03-14"


EN_FORMS = [
    (
        "`a day earlier` under a dateline",
        "Gaon signs MOU with Nuri\nSEOUL, March 14 (Yonhap) -- Gaon Corp. said Friday it signed an "
        "MOU with Nuri Bank at its headquarters in central Seoul a day earlier.\n",
        "2025-03-13",
        None,
    ),
    (
        "the signers after the venue are no part of it",
        "Gaon signs MOU with Nuri\nThe agreement was signed Wednesday at Nuri Bank's headquarters "
        "in Busan by CEO Kim Ga-on and Chairman Lee Na-ra.\n",
        "2025-03-19",
        "Nuri Bank's headquarters in Busan",
    ),
    (
        "a campus named in lower case, its city after it",
        "Gaon signs MOU with Nuri\nGaon Corp. signed an MOU with Nuri University on March 12 at "
        "the university's main campus in Daejeon.\n",
        "2025-03-12",
        "university's main campus in Daejeon",
    ),
    (
        "an embassy named in lower case after its country",
        "Gaon signs MOU with Nuri\nThe MOU was signed at the Gaon embassy in Washington on "
        "Tuesday (local time).\n",
        "2025-03-18",
        "Gaon embassy in Washington",
    ),
    (
        "one hall and its city are kept as the text tells them",
        "Gaon signs MOU with Nuri\nGaon CEO Kim Ga-on and Nuri President Lee Na-ra signed the "
        "agreement in a ceremony at Nuri's headquarters in downtown Dara on March 17.\n",
        "2025-03-17",
        "Nuri's headquarters in downtown Dara",
    ),
    (
        "a venue in lower case after `signed by …`, its city after it",
        "Gaon signs MOU with Nuri\nThe agreement was signed by Kim Ga-on, CEO of Gaon, and Lee "
        "Na-ra, chair of Nuri, at the government complex in Dara on March 17.\n",
        "2025-03-17",
        "government complex in Dara",
    ),
    (
        "whose office the venue is, after it",
        "Gaon signs MOU with Nuri\nGaon and the Nuri Institute signed a memorandum of "
        "understanding in the office of Nuri’s president on March 17.\n",
        "2025-03-17",
        "office of Nuri’s president",
    ),
]


@pytest.mark.parametrize(("why", "page", "day", "place"), EN_FORMS, ids=[p[0] for p in EN_FORMS])
def test_english_forms(why: str, page: str, day: str, place: str | None) -> None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.date == day, why
    if place is not None:
        assert ev.place == place, why


CEREMONY_AFTER = [
    (
        "`이날 X에서 열린 행사에는` after the signing",
        "가온시는 14일 누리재단과 업무협약을 체결했다.\n이날 시청 접견실에서 열린 행사에는 홍길동 "
        "시장과 김철수 이사장이 참석했다.\n",
        "시청 접견실",
    ),
    (
        "`행사는 X에서 … 진행됐다` after the signing",
        "가온시는 14일 누리재단과 업무협약을 체결했다.\n행사는 가온시청 대회의실에서 양 기관 관계자 "
        "20여명이 참석한 가운데 진행됐다.\n",
        "가온시청 대회의실",
    ),
    (
        "the signers met there that day",
        "가온뉴스와 누리협회가 지난 12일 보도 협력을 위한 양해각서를 체결했다.\n홍길동 가온뉴스 "
        "사장과 김철수 회장은 이날 서울 종로구 가온뉴스 사옥에서 만나 콘텐츠를 교류하기로 했다.\n",
        "가온뉴스 사옥",
    ),
]


@pytest.mark.parametrize(
    ("why", "page", "place"), CEREMONY_AFTER, ids=[p[0] for p in CEREMONY_AFTER]
)
def test_the_ceremony_told_after_the_signing(why: str, page: str, place: str) -> None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.date in ("2025-03-14", "2025-03-12") and ev.place == place, why


def test_another_days_happening_after_the_signing_is_no_venue() -> None:
    page = (
        "가온시는 14일 누리재단과 업무협약을 체결했다.\n시는 오는 22일 시청 광장에서 봄맞이 "
        "행사를 연다.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place is None


LEAD_FURTHER_BACK = [
    (
        "an undated sentence between the lead and the signing",
        "가온·누리·다온 세 단체 대표가 한자리에서 만난 제5회 가온포럼이 3일 오후 누리홀에서 "
        "열렸다.\n각 단체 임원들이 함께한 포럼에서는 올해 사업 계획을 살폈다.\n\n"
        "또한 세 단체는 공동사업 협약을 맺고 행사를 함께 열기로 했다.\n",
        "2025-03-03",
        "누리홀",
    ),
    (
        "English: a visit's day, the meeting, then the signing",
        "Gaon University signs MOU with Nuri\nGaon University's president toured Nuri University on "
        "March 3, 2025. The delegation also saw its library and laboratories. "
        "The two presidents then signed an MOU on student exchange.\n",
        "2025-03-03",
        None,
    ),
]


@pytest.mark.parametrize(
    ("why", "page", "day", "place"), LEAD_FURTHER_BACK, ids=[p[0] for p in LEAD_FURTHER_BACK]
)
def test_the_lead_dates_a_signing_told_sentences_after_it(
    why: str, page: str, day: str, place: str | None
) -> None:
    """The nearest dated sentence dates the signing when the sentences between state no day
    and the signing is told as done (unsure); its venue is the one told with that day."""
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.date == day and "date" in ev.unsure, why
    if place is not None:
        assert ev.place == place, why


def test_a_signing_only_expected_takes_no_earlier_day() -> None:
    """`… 20일 개막식에 참석한다. … 모색한다. … 협약 체결도 예상된다`: an item of a schedule, told
    as expected, is not dated by the day two sentences back."""
    page = (
        "가온시장은 20일 누리시 박람회 개막식에 참석한다.\n\n"
        "박람회에서는 지역 특산품 판로를 함께 모색한다. 두 도시 상공회의소 간 업무협약 체결도 "
        "예상된다.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is None or ev.date is None


def test_a_stamp_to_the_second_run_into_the_text_is_no_signing_time() -> None:
    """`관리자 / 2025-03-12 오전 10:12:30 / 215 가온도는 지난 12일 오후 …`: a page flattened to one
    line, its machine stamp (a clock to the second) before the story: neither the stamp's day
    nor its clock is the signing's."""
    page = (
        "가온도, 누리학회와 업무협약 체결\n관리자 / 2025-03-12 오전 10:12:30 / 215 가온도는 지난 "
        "11일 오후 누리회관에서 누리학회와 업무협약을 체결했다고 밝혔다.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.date == "2025-03-11" and ev.time is None
