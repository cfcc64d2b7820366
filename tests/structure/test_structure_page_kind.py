"""The page-kind reading (structure.page_kind): look-alike pages that mention agreements but
report none get no parties, commitments or signing event; agreement reports keep theirs.

Every snippet is invented (names, places, numbers)."""

from __future__ import annotations

from summarizer.structure.page_kind import read_page_kind, reports_agreement
from tests.structure.structure_helpers import run

_REPORT = (
    "가람시와 나래대학교는 12일 가람시청 대회의실에서 청년 창업 지원을 위한 업무협약을 체결했다.\n"
    "협약에 따라 양 기관은 창업 공간을 공동 운영하고 멘토링 프로그램을 지원하기로 했다.\n"
)


def test_agreement_report_is_a_report() -> None:
    kind = read_page_kind(_REPORT, 0)
    assert kind.reports
    assert kind.signing  # the signing sentence is where the reading found it
    assert _REPORT[kind.signing[0][0] : kind.signing[0][1]].startswith("가람시와 나래대학교는")


def test_report_with_an_earlier_agreement_too_stays_a_report() -> None:
    text = _REPORT + "앞서 가람시는 지난해 다온재단과도 비슷한 협약을 맺은 바 있다.\n"
    assert read_page_kind(text, 0).reports


def test_opinion_label_at_the_head() -> None:
    text = (
        "[사설] 보여주기식 협약은 이제 그만\n"
        "지난 3일 가람시는 나래공사와 관광 활성화를 위한 업무협약을 체결했다. "
        "그러나 지난 협약들의 후속 조치는 찾아보기 어렵다.\n"
    )
    kind = read_page_kind(text, 0)
    assert not kind.reports and kind.why == "opinion"
    st = run(text)
    assert st.parties == [] and st.commitments == [] and st.event is None


def test_bracketed_column_kinds() -> None:
    for label in ("[기고]", "[취재일기]", "[데스크칼럼]", "[기자수첩]"):
        text = f"{label} 협약 열풍을 보며\n부처마다 양해각서를 맺는 일이 잦아졌다.\n"
        assert read_page_kind(text, 0).why == "opinion", label


def test_a_label_late_in_the_page_is_no_sign() -> None:
    text = _REPORT + "가" * 500 + "\n[사설] 다른 글\n"
    assert read_page_kind(text, 0).reports


def test_regular_briefing() -> None:
    text = (
        "3월 4일 정례브리핑을 시작하겠습니다.\n"
        "첫 번째로, 해양청은 바다대학교와 인재 양성을 위한 업무협약을 체결합니다.\n"
        "두 번째로, 차관은 오늘 오후 항만을 방문합니다.\n"
    )
    kind = read_page_kind(text, 0)
    assert not kind.reports and kind.why == "briefing"
    assert run(text).parties == []


def test_opening_definition_of_the_agreement() -> None:
    for first in ("업무협약은 두 기관이 협력을 약속하는 문서로", "[가람일보] 업무협약. 두 기관이"):
        text = f"{first} 흔히 양해각서라 부른다. 최근 협약을 체결했다는 소식이 잦다.\n"
        assert read_page_kind(text, 0).why == "definition", first


def test_this_agreement_as_subject_is_no_definition() -> None:
    text = "이번 협약은 청년 창업을 돕기 위해 마련됐다. 가람시는 나래대와 협약을 체결했다.\n"
    assert read_page_kind(text, 0).reports


def test_centre_opening_after_an_earlier_agreement() -> None:
    text = (
        "가람협력센터가 20일 오후 2시 나래대학교 본관에서 개소식을 연다.\n"
        "앞서 지난 5월 가람시와 나래대학교는 센터 설립 업무협약을 체결했었다.\n"
        "센터는 지역 기업의 해외 진출을 돕는다.\n"
    )
    kind = read_page_kind(text, 0)
    assert not kind.reports and kind.why == "earlier agreement"
    st = run(text)
    assert st.parties == [] and st.event is None


def test_forum_resting_on_an_earlier_agreement() -> None:
    text = (
        "다온공단은 14일 본사에서 지역 상생 세미나를 열었다.\n"
        "이번 세미나는 지난해 체결한 상생 업무협약에 따른 후속 조치다.\n"
    )
    assert read_page_kind(text, 0).why == "earlier agreement"


def test_a_dated_signing_is_reported_not_set_apart() -> None:
    # `지난 5월 7일`: a day, not a month gone by
    text = "가람시는 지난 5월 7일 나래공사와 업무협약을 체결했다고 9일 밝혔다.\n"
    assert read_page_kind(text, 0).reports


def test_page_without_agreement_words_is_left_alone() -> None:
    text = "가람시는 20일 시청에서 통합방위협의회를 열었다. 위원 20명이 참석했다.\n"
    assert read_page_kind(text, 0).reports


def test_agreements_counted_not_told() -> None:
    text = (
        "가람도가 그동안 맺은 협약의 이행 상황을 점검한다.\n"
        "도의회는 가람도가 120건의 업무협약을 체결했지만 절반만 이행됐다고 지적했다.\n"
        "올해 들어 맺은 업무협약은 12건이다.\n"
    )
    kind = read_page_kind(text, 0)
    assert not kind.reports and kind.why == "agreements counted"
    assert run(text).parties == []


def test_a_count_beside_a_reported_signing_changes_nothing() -> None:
    text = _REPORT + "가람시가 올해 맺은 업무협약은 모두 12건이다.\n"
    assert read_page_kind(text, 0).reports


def test_previously_signed_is_set_apart() -> None:
    text = "다온군은 기존에 맺은 업무협약들을 다시 점검하기로 했다.\n"
    assert read_page_kind(text, 0).why == "earlier agreement"


def test_a_new_signing_under_an_earlier_agreement_is_reported() -> None:
    text = (
        "나래센터가 20일 문을 열었다.\n"
        "가온시는 지난해 누리재단과 맺은 협약에 따라 14일 세부 협약을 체결했다.\n"
    )
    assert read_page_kind(text, 0).reports


def test_a_same_day_aside_is_not_an_earlier_agreement() -> None:
    # `한편, 이날 …`: the same day's aside, no agreement gone by
    text = (
        "가람군이 농촌 상생을 위해 나래군과 손잡았다.\n"
        "한편, 이날 참석자들은 자매결연 협약식에 이어 봉사 활동을 펼쳤다.\n"
    )
    assert read_page_kind(text, 0).reports


def test_a_room_number_is_no_count() -> None:
    text = "가람시는 4일 시청 제2회의실에서 나래재단과 업무협약을 체결했다.\n"
    assert read_page_kind(text, 0).reports


def test_who_took_part_is_no_definition() -> None:
    text = "협약은 가람시와 나래대, 다온센터 등 5개 기관이 참여했다.\n"
    assert read_page_kind(text, 0).reports


def test_a_headline_telling_the_signing_makes_a_report() -> None:
    title = "나래대, 가람시와 창업 지원 협약 체결\n"
    text = title + "앞서 두 기관은 지난해 창업 공간을 함께 열었다는 협약을 맺은 바 있다.\n"
    assert read_page_kind(text, len(title)).reports
    assert not read_page_kind(text[len(title) :], 0).reports


def test_reports_agreement_is_the_full_readings_answer() -> None:
    # (the short reading the pipeline asks stops at the first reported signing; it must
    # answer as the full reading does, the body starting at a line or mid-line)
    title = "가람시, 나래공사와 협약\n"
    pages = [
        _REPORT,
        "[사설] 협약의 뒤\n" + _REPORT,
        "가람시는 지난해 나래공사와 협약을 체결한 바 있다. 올해 센터가 문을 열었다.\n",
        "가람시는 올해 다온재단과 12건의 업무협약을 체결했다.\n",
        "업무협약은 기관들이 서로 돕기로 하는 약속으로, 법적 구속력이 없다.\n" + _REPORT,
        title + "앞서 가람시는 나래공사와 협약을 맺은 바 있다.\n",
        "가람시 소식 가람시와 나래대학교는 12일 업무협약을 체결했다. 지난해 협약을 맺은 바 있다.\n",
    ]
    answers = []
    for text in pages:
        for start in (0, len(title), 7):
            full = read_page_kind(text, start).reports
            assert reports_agreement(text, start) == full
            answers.append(full)
    assert True in answers and False in answers
