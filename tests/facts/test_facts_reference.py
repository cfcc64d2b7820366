"""The publication date a text states, where it came from, and "unknown" when it states none.

Every snippet is written for these tests; each describes a form seen on real pages.
"""

from __future__ import annotations

from datetime import date

import pytest

from summarizer.extract import extract_facts
from summarizer.facts import find_reference_date


def _got(text: str, published: str | None = None) -> tuple[str, str] | None:
    found = find_reference_date(text, published)
    if found is None:
        return None
    r = found.reference
    day = f"{r.year:04d}-{r.month:02d}" + (f"-{r.day:02d}" if r.day else "")
    return day, found.origin


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # release-time lines of a government release
        (
            "보도시점 (전매체) 7. 18.(목) 12:00\n\n제목\n본문 '24.7.18 (목)",
            ("2024-07-18", "embargo"),
        ),
        ("보도 일시\t2023. 3. 9.(목) 06:00\t배포 일시\t2023. 3. 8.(수)", ("2023-03-09", "embargo")),
        ("보도일자 : 2024. 11. 8.(금)\n담당", ("2024-11-08", "embargo")),
        ("보도 일시 : 즉시 보도 가능\n배포 일시 : 2024-09-10(화) 09:00", ("2024-09-10", "embargo")),
        ("FOR IMMEDIATE RELEASE\nSeptember 5, 2024\nbody", ("2024-09-05", "embargo")),
        # posting lines of news pages, glued or spaced, with seconds or without
        (
            "제목\n입력 2024.03.05 14:22 수정 2024.03.05 15:00\n본문 5일 밝혔다",
            ("2024-03-05", "input-line"),
        ),
        ("기사입력 : 2023년06월07일 11:15\n최종수정", ("2023-06-07", "input-line")),
        (
            "웹출고시간2019.04.30 17:55:37\n최종수정2019.04.30 17:55:37",
            ("2019-04-30", "input-line"),
        ),
        ("등록 2020.11.27 06:00:00\n본문", ("2020-11-27", "input-line")),
        ("승인 2019.07.17 14:02\n본문", ("2019-07-17", "input-line")),
        ("기사입력 2025-07-15 16:34\n본문", ("2025-07-15", "input-line")),
        ("Posted : 2023-05-09 10:30\nbody", ("2023-05-09", "input-line")),
        ("Published on May 9, 2023 at 10:30", ("2023-05-09", "input-line")),
        ("게시일 2023.05.09 09:00", ("2023-05-09", "input-line")),
        ("기사승인 2023.05.09 10:30", ("2023-05-09", "input-line")),
        ("송고시간2023-05-09 17:45\n본문", ("2023-05-09", "input-line")),
        # a posting date beats a last-modified date, wherever each is written
        (
            "최종수정일 : 2024-12-15 09:00\n본문\n입력 : 2014-10-07 10:00",
            ("2014-10-07", "input-line"),
        ),
        ("제목\n입력\n수정 2022.09.28 10:00\n본문", ("2022-09-28", "modified-line")),
        # what page extraction leaves at the top: `date 2021-07` (month only) or a full date
        (" date 2021-07 [신문 기자] 중기부는 6일 밝혔다.", ("2021-07", "metadata")),
        (" date 2019-10-01 SEOUL, Oct. 1 (Yonhap) -- text", ("2019-10-01", "metadata")),
        # a reporter's byline carrying the date
        ("제목\n홍길동 기자 | 2024.05.21 10:30\n본문 21일 밝혔다", ("2024-05-21", "byline")),
        # a posting stamp under the reporter's name, behind a bar
        (
            "해울시-들빛군, 협력\n도하람\n| 2019-07-09 11:05:49\n본문 9일",
            ("2019-07-09", "input-line"),
        ),
        # an aggregator's bulleted posting stamp under the headline, its age and source after
        (
            "가온군·다온시 협약\n\n  • 2025.07.10 18:00\n  • 12시간전\n  • 누리일보\n본문 9일",
            ("2025-07-10", "input-line"),
        ),
        # a board's post header
        (
            "게시글 확인\nTitle Haeul Signs MOU\nWriter HAEUL ReadCount 155 Date 2019-07-31\nbody",
            ("2019-07-31", "input-line"),
        ),
        (
            "제목 협약 체결\n작성자 홍보팀 | 조회 42 | 작성일 2023.05.09\n본문",
            ("2023-05-09", "input-line"),
        ),
        # a notice's closing date over its issuer
        ("공고\n2024년 4월 25일\n장관", ("2024-04-25", "signature")),
        ("모집 공고\n\n2024. 3. 2.\n\n○○시장\n", ("2024-03-02", "signature")),
        # a weak label as a field: opening its line, its date closing it (or on the next line)
        ("협약 소식\n  • 등록일 2021.03.17\n본문 17일 밝혔다", ("2021-03-17", "input-line")),
        ("협약 소식\n- 작성일\n- 2019.10.01\n본문", ("2019-10-01", "input-line")),
        ("협약 소식\n작성일\n2016.09.09\n본문", ("2016-09-09", "input-line")),
        # a broadcaster's page: the airing date (`방송일자`, `방송일`) dates the report
        ("가람군 협약 리포트\n방송일자\n2024-06-28\n본문", ("2024-06-28", "input-line")),
        ("가람군 협약 리포트\n방송일 2024.06.28\n본문", ("2024-06-28", "input-line")),
        # a board header with its label twice and a two-digit year
        ("작성자 작성자홍보팀 작성일 작성일 24.06.21\n본문", ("2024-06-21", "input-line")),
        # a board's title line with the post's date before its hit count
        ("가나병원-다라병원 협약 체결 2022-10-24 hit.937 |\n본문", ("2022-10-24", "input-line")),
        # a board's bare post date under the title, the posting desk under it
        (
            "보도자료\n\n가람공사-누리재단 업무협약 체결\n2019-12-19\n홍보팀\n본문 19일 체결",
            ("2019-12-19", "input-line"),
        ),
        # or on its own line under the title
        (
            "가람대학원, 별빛㈜와 MOU 체결\n2024-10-28 hit 118\n본문 11일 체결",
            ("2024-10-28", "input-line"),
        ),
        # an English board's header, its counter capitalised
        (
            "Gana Signs Pact with Dara\n\nNotice 2019-04-02 Hit 88\n\nbody",
            ("2019-04-02", "input-line"),
        ),
        # an English byline's stamp on the headline's line, the writer after it
        (
            "Gana, Dara sign MOU. March. 4, 2022 09:15. by Kim Ga-on kim@example.com.\nbody",
            ("2022-03-04", "byline"),
        ),
        ("Gana, Dara sign MOU\nMarch 4, 2022, by Lee Na-ra\nbody Friday", ("2022-03-04", "byline")),
        # the poster's name before a bracketed stamp, under rows of table rules
        (
            "가나대–다라대 협약 체결\n|\n|\n|\n|\n|\n|\n|\n...\n|\n홍길동 (2023-04-13 19:15:28)\n본문",
            ("2023-04-13", "input-line"),
        ),
        # a stamp glued to a last-updated line: the update date, when nothing else dates the page
        (
            "2025-08-21 11:15:16최종 업데이트 : 2025-08-21 11:15:14 작성자 : 홍보팀\n본문",
            ("2025-08-21", "modified-line"),
        ),
    ],
)
def test_reference_date_found(text: str, expected: tuple[str, str]) -> None:
    assert _got(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no date anywhere: a copied article
        "협약을 체결했다고 27일 밝혔다",
        # a lede's announcement day and a later full date: the page states no posting date
        "두 기관이 협약을 맺었다고 16일 밝혔다. 협약 기간은 2023년 5월 15일부터 2년이다.",
        # a site's date bar (today's date in page chrome) is not the article's date
        "2026년 12월 5일 토요일\n로그인 회원가입\n시는 30일 협약을 체결했다.",
        # a photo caption's day is not the article's date
        "▲ 30일 협약식에서 기념촬영을 하고 있다.\n본문",
        # a footer registration date of the outlet is no posting line
        "본문 내용\n등록번호 서울 아 01234 | 등록일 2018.03.12",
        # an embargo without any written year: the weekday alone does not give the year
        "보도시점 7. 17.(수) 10:30\n본문",
        # a version number is not a date, and an event date in prose is no posting date
        "앱 버전 24.7.17 배포 안내\n본문 2024년 3월 5일 시행",
        # a date in a board header without a writer or a view count is no posting date
        "Next meeting: Date 2019-07-31, Room 2\nbody",
        # `by` after a date in the story names the signers, not a writer
        "Gana and Dara\nThe pact was signed March 4, 2022 by Gana and Dara.",
        "Gana and Dara\nMarch 4, 2022 by Gana City Hall and Dara",
        "Gana and Dara\nThe pact was signed on March 4, 2022 by Kim Ga-on, the CEO of Gana.",
        # an English dateline without a year written anywhere
        "SEOUL, Sept. 5 (Yonhap) -- The ministry said on Thursday.",
        # a weak label's date inside a sentence is a deadline, not the posting
        "협약 소식\n- 등록일 2021.03.17까지 접수한다\n본문",
        # a related story's thumbnail carries that story's date
        "Gana Institute signed an agreement with Dara County.\n"
        "![Celebrity Chef Opens Restaurant Amid Winter Festival Crowds [Weekend]]"
        "(https://img.example.com/resize/183/2026021902243444107_1771435474.jpg)",
        # a date inside an image's or a link's address: when a file was uploaded or another
        # outlet's article filed, no date the page states
        "사진 https://img.example.kr/2021/07/13/abc.jpg\n본문 13일 밝혔다",
        "[사진] /news/photo/202107/12345_67890_1234.jpg 본문",
        "이미지 https://cdn.example.com/img_20210713_0001.jpg 본문",
        "Gana Institute signed an agreement with Dara County.\n"
        "![Gana Institute and Dara County sign agreement](https://img.example.com/2024/06/10/a.jpg)",
        "보도 자료 목록\nnews.example.com/view.php?aid=2021031112345\n본문 23일 체결",
    ],
)
def test_reference_date_unknown(text: str) -> None:
    assert _got(text) is None


def test_dateline_takes_the_year_the_page_writes() -> None:
    text = "SEOUL, Sept. 5 (Yonhap) -- The fund, set up on March 2, 2024, grows."
    assert _got(text) == ("2024-09-05", "dateline")


def test_html_metadata_is_a_reference() -> None:
    assert _got("본문 21일 밝혔다", "2024-05-21") == ("2024-05-21", "html-meta")


def test_unknown_reference_leaves_day_only_dates_unresolved() -> None:
    result = extract_facts("시와 공단은 지난 13일 협약을 체결했다.".encode())
    assert result.reference_date is None and result.reference_date_origin == "unknown"
    (fact,) = [f for f in result.facts if f.kind == "date"]
    assert fact.text == "지난 13일" and fact.value is None
    assert fact.parts[0].day == 13 and fact.parts[0].relative == "지난"
    assert [n.kind for n in fact.notes] == ["no-reference"]
    assert any("--reference-date" in w for w in result.warnings)


def test_unknown_reference_keeps_full_dates() -> None:
    result = extract_facts("협약은 2024년 7월 17일(수) 체결했고, 17일 공개했다.".encode())
    values = [(f.text, f.value) for f in result.facts if f.kind == "date"]
    assert values == [("2024년 7월 17일(수)", "2024-07-17"), ("17일", None)]


def test_month_only_reference_places_a_plain_day_in_that_month() -> None:
    result = extract_facts(" date 2021-07 [신문] 중기부는 6일 선정했다고 밝혔다.".encode())
    assert result.reference_date == "2021-07"
    assert [f.value for f in result.facts if f.kind == "date"] == ["2021-07-06"]


def test_given_reference_wins() -> None:
    result = extract_facts(
        "입력 2024.03.05 14:22\n5일 밝혔다".encode(), reference_date="2024-03-06"
    )
    assert (result.reference_date, result.reference_date_origin) == ("2024-03-06", "option")
    assert date.fromisoformat(result.reference_date or "") == date(2024, 3, 6)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy: the date glued to the copyright notice at the end of the text
        (
            "본문\nyej@yna.co.kr\n<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>2015/07/27",
            "2015-07-27",
        ),
        # wire copy: the send line under the text
        ("본문 27일 밝혔다.\n2015/07/27 14:22 송고", "2015-07-27"),
    ],
)
def test_wire_send_line(text: str, expected: str) -> None:
    assert _got(text) == (expected, "input-line")


def test_a_date_alone_on_a_line_without_a_send_word_is_no_reference() -> None:
    assert _got("본문\n2015/07/27\n다음 기사") is None


def test_a_date_and_clock_under_the_headline_is_the_posting_time() -> None:
    text = (
        "시와 시 업무협약 체결\n\n2015-09-16 13:05\n\n[사진제공=시청]\n\n시는 14일 협약을 맺었다."
    )
    assert _got(text) == ("2015-09-16", "input-line")


def test_a_date_bar_with_weather_is_not_the_posting_date() -> None:
    text = "2024.10.01 (화)\n  • 맑음서울 24.0℃\n기상청 제공\n\n사회\n\n공단은 1월 24일 협약을 체결했다고 밝혔다."
    assert _got(text) is None


def test_related_headline_thumbnails_dated_differently_agree_on_no_date() -> None:
    text = (
        "본문 10일 밝혔다.\n기자 a@b.kr\n"
        "![다른 기사](https://img.example.kr/make.php?simg=2025061908193804.jpg)\n"
        "![또 다른 기사](https://img.example.kr/make.php?simg=2023032209572705.jpg)\n"
    )
    assert _got(text) is None


def test_related_headlines_sharing_words_with_each_other_are_still_other_stories() -> None:
    # (two thumbnails of a box of market stories: their words recur in each other, not in the
    # story)
    text = (
        "가람구의회와 누리구의회는 10일 우호 협약을 체결했다고 밝혔다.\n기자 a@b.kr\n"
        "![가나구 ‘별빛마을’ 24평, 5개월 만에 4억 상승한 33억원에 거래 [아파트 신고가]]"
        "(https://img.example.kr/make.php?simg=2025061908193804.jpg)\n"
        "![다라구 ‘달빛마을’ 33평, 5억 내린 8억원에 거래 [이 주의 하락아파트]]"
        "(https://img.example.kr/make.php?simg=2023032209572705.jpg)\n"
    )
    assert _got(text) is None


def test_html_page_metadata_dates_the_page() -> None:
    page = (
        "<!doctype html><html><head>"
        '<meta property="article:published_time" content="2024-05-21T10:00:00+09:00">'
        "</head><body><p>시와 공단은 21일 협약을 체결했다고 밝혔다.</p></body></html>"
    )
    result = extract_facts(page.encode())
    assert (result.reference_date, result.reference_date_origin) == ("2024-05-21", "html-meta")
    assert [f.value for f in result.facts if f.kind == "date"] == ["2024-05-21"]


def test_html_time_element_dates_the_page() -> None:
    page = (
        "<html><body><time datetime='2021-07-13T09:00'>7월 13일</time>"
        "<p>시는 13일 협약을 맺었다.</p><p>a</p><p>b</p><p>c</p><p>d</p></body></html>"
    )
    assert extract_facts(page.encode()).reference_date == "2021-07-13"


@pytest.mark.parametrize(
    "text",
    [
        "▲ 2019.4.30 협약식 모습 (사진=홍길동 기자)\n본문 30일 체결했다.",
        "[사진 제공=시청] 홍길동 기자 2019.04.30 촬영\n본문",
    ],
)
def test_a_photo_caption_with_a_credit_is_no_byline(text: str) -> None:
    assert _got(text) is None
