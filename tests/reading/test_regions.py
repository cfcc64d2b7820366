"""Noise and duplicate regions in plain text: marked with exact spans, never removed."""

from __future__ import annotations

import pytest

from summarizer.reading import read_document
from summarizer.reading.regions import find_regions, lines_with_offsets


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("저작권자 © 가나일보 무단전재 및 재배포 금지", "copyright"),
        ("Copyright © 2023 Example News. All rights reserved.", "copyright"),
        ("입력", "input-line"),
        ("수정 2023.04.02 09:10", "input-line"),
        ("기사입력 : 2023년04월02일 09:10", "input-line"),
        # every posting and change label of the lexicon dates a line, not only 입력/수정
        ("작성일: 2023-04-02", "input-line"),
        ("송고시간 2023-04-02 09:10", "input-line"),
        ("업데이트 2023.04.02", "input-line"),
        ("ⓒ 가나일보 무단 전재 및 재 배포 금지", "copyright"),
        ("김가온 기자 gaon@example.co.kr", "byline"),
        ("▲ 사진 왼쪽부터 박○○ 청장, 최○○ 회장", "caption"),
        ("협약식에서 참석자들이 기념촬영을 하고 있다. /사진=가나구청", "caption"),
        ("붙임  1. 협약 개요 1부.", "attachment"),
        ("- 끝 -", "attachment"),
        ("※ 이 보도자료는 누리집에서도 볼 수 있습니다.", "distribution"),
        ("FOR IMMEDIATE RELEASE", "distribution"),
    ],
)
def test_noise_lines(line: str, reason: str) -> None:
    text = f"제목 줄\n본문은 여기에 있다.\n{line}\n끝맺는 본문 줄이다."
    regions = [r for r in find_regions(text) if r.kind == "noise"]
    assert [(r.reason, r.text) for r in regions] == [(reason, line)]


def test_body_lines_are_not_noise() -> None:
    text = "가나부는 3일 협약을 맺었다.\n두 기관은 ▲공동 연구 ▲인력 교류 등에 협력하기로 했다."
    assert find_regions(text) == []


def test_campaign_footer_after_contact_table() -> None:
    text = (
        "가나부는 오늘 다라협회와 협약을 맺고 지역 기업을 함께 돕기로 했다고 밝혔다. "
        * 4
        + "\n\n담당 부서\t가나정책과\t책임자\t과장\t홍길동 (044-123-4567)\n"
        "\t가나정책과\t담당자\t사무관\t김철수 (044-123-4568)\n\n\n"
        "손을 자주 씻어 주세요\n함께 지키는 건강 습관\n\n\n□ 개요\n- (일시) 7. 1.(월)"
    )
    campaign = [r.text for r in find_regions(text) if r.reason == "campaign"]
    assert campaign == ["손을 자주 씻어 주세요", "함께 지키는 건강 습관"]


def test_a_title_after_a_header_contact_block_is_not_campaign() -> None:
    text = (
        "담당부서\t가나과\t담당자\t홍길동\t055-123-4567\n\n"
        "가나공단, 기업 지원 확대\n"
        "가나공단은 2일 본사에서 협약을 맺고 수출 기업을 돕기로 했다고 밝혔다. 이번 협약은 처음이다.\n"
    )
    assert [r for r in find_regions(text) if r.reason == "campaign"] == []


def test_duplicated_body_is_marked_once_per_repeat() -> None:
    para = "이번 협약은 지역 일자리 안전망을 넓히고 기업의 성장을 돕기 위해 추진됐다."
    text = f"제목\n{para}\n다른 문단은 한 번만 나온다.\n{para}\n"
    dupes = [r for r in find_regions(text) if r.kind == "duplicate"]
    assert len(dupes) == 1
    assert dupes[0].start == text.rindex(para)


def test_crlf_offsets() -> None:
    text = "첫 줄\r\n저작권자 © 가나일보 무단전재 및 재배포 금지\r\n"
    (region,) = find_regions(text)
    assert text[region.start : region.end] == region.text
    assert [line for _, _, line in lines_with_offsets(text)] == ["첫 줄", region.text, ""]


def test_regions_index_the_decoded_document() -> None:
    text = "제목\r\n본문입니다.\r\n입력\r\n수정\r\n저작권자 가나일보 무단전재 및 재배포 금지"
    doc = read_document(text.encode("cp949"))
    assert doc.regions
    for r in doc.regions:
        assert doc.text[r.start : r.end] == r.text


def test_short_line_after_a_leading_enquiry_line_is_not_campaign() -> None:
    text = (
        "문의 가나과 홍길동 055-123-4567\n"
        "가나공단, 기업 지원 확대\n"
        "□ 개요\n"
        + "가나공단은 2일 본사에서 협약을 맺고 수출 기업을 돕기로 했다고 밝혔다. " * 3
        + "\n"
    )
    assert [r for r in find_regions(text) if r.reason == "campaign"] == []


@pytest.mark.parametrize(
    "caption",
    [
        "사진은 두 단체장이 협약서에 서명하는 모습. (사진제공=가나구청)",
        "▲ 두 단체장이 협약서를 들고 기념촬영을 하고 있다.",
    ],
)
def test_a_caption_run_on_after_a_report_leaves_the_report_body(caption: str) -> None:
    report = "가나구는 라마군과 최근 라마군청에서 우호협력 협정을 체결했다. "
    text = report + caption + "\n본문이 이어진다.\n"
    captions = [r for r in find_regions(text) if r.reason == "caption"]
    assert [(r.start, r.text) for r in captions] == [(len(report), caption)]
