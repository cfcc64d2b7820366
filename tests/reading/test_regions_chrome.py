"""Page chrome and photo captions of real news pages, in lines written for these tests."""

from __future__ import annotations

import pytest

from summarizer.reading.regions import find_regions


def reasons(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in find_regions(text)}


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("배너", "chrome"),
        ("  • 페이스북", "chrome"),
        ("이 기사는 0번 공유됐고 0개의 댓글이 있습니다.", "chrome"),
        ("조회수 1,204", "chrome"),
        ("작성자 관리자 | 작성일 2024-03-02 | 조회 512", "chrome"),
        ("서울 12.5℃ 맑음", "chrome"),
        ("#해울시 #들빛군 #업무협약", "chrome"),
        ("좋아요0 화나요0 추천해요0", "chrome"),
        ("  • 슬퍼요0", "chrome"),
        ("  • 후속기사 원해요12", "chrome"),
        ("도하람 해울시장(왼쪽)과 나예린 들빛군수가 협약서를 들고 있다.", "caption"),
        ("▲ 11일 해울공사 도하람 사장이 협약 후 기념촬영 하고 있다. ⓒ해울공사", "caption"),
        ("왼쪽부터 해울대 도하람 단장, 들빛협회 나예린 회장. 사진=해울대 제공", "caption"),
        ("[해울시 제공. 재판매 및 DB 금지]", "caption"),
        ("/ 도하람기자", "byline"),
        ("  • 도하람 기자", "byline"),
        ("- 나예린 기자", "byline"),
        ("- 이전글 [공지] 11월 건강강좌 안내 25.11.10", "chrome"),
        ("다음글 | 들빛군 가을 축제 일정 확정 |", "chrome"),
        ("윗글 해울복지관 작은 음악회 2025-05-02", "chrome"),
    ],
)
def test_chrome_and_caption_lines(line: str, reason: str) -> None:
    text = f"해울시는 11일 들빛군과 협약을 체결했다.\n{line}\n두 곳은 관광 교류를 늘린다.\n"
    assert reasons(text).get(line.strip()) == reason


def test_headlines_under_a_ranking_box_are_other_stories() -> None:
    text = (
        "해울시는 11일 들빛군과 협약을 체결했다.\n"
        "많이 본 기사\n"
        "해울시 버스 노선 개편…내달부터\n"
        "들빛군, 가을 축제 일정 확정\n"
    )
    got = reasons(text)
    assert got["해울시 버스 노선 개편…내달부터"] == "related-headline"
    assert got["들빛군, 가을 축제 일정 확정"] == "related-headline"
    assert "해울시는 11일 들빛군과 협약을 체결했다." not in got


def test_body_sentences_stay_content() -> None:
    text = (
        "해울시는 11일 들빛군청에서 들빛군과 협약을 체결했다.\n"
        "협약에 따라 두 곳은 직거래 장터를 운영하고 있다는 점을 알리기로 했다.\n"
        "해울시는 기온이 35℃를 넘는 날 무더위 쉼터를 늘리는 방안도 함께 검토하기로 했다.\n"
        "다음 글은 두 곳이 맺은 협약의 내용이다.\n"
    )
    assert reasons(text) == {}


def test_a_page_on_one_line_keeps_its_body_before_the_notice() -> None:
    body = "해울병원이 들빛병원과 협약을 체결했다. " * 12
    text = body + "#해울병원 #들빛병원 좋아요0 ⓒ 해울일보 무단전재·재배포 금지"
    (region,) = find_regions(text)
    assert region.reason == "copyright" and region.start >= len(body) - 1
