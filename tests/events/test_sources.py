"""Outlet, authority and what an agreement is called, from snippets we wrote."""

from __future__ import annotations

from pathlib import Path

import pytest
from event_reports import offline_results

from summarizer import group_events
from summarizer.events.sources import authority, outlet
from summarizer.models import SummaryResult


def _result(tmp_path: Path, text: str, name: str = "doc.txt") -> tuple[SummaryResult, str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return offline_results([path])[0], text


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("(부산=연합뉴스) 김바다 기자 = 부산시는 3일 협약을 맺었다.", "연합뉴스", "wire"),
        ("[서울=뉴시스] 이하늘 기자 = 서울시는 협약을 체결했다.", "뉴시스", "wire"),
        ("[남도일보] 청림군이 협약을 맺었다.\n저작권자 © 남도일보", "남도일보", "outlet"),
        ("[경남=일요신문] 하누리 기자 = 누리은행은 협약을 맺었다.", "일요신문", "outlet"),
        ("ⓒ청림군\n청림군은 협약을 맺었다. 홍기자 기자 gil@namdo.co.kr", "namdo.co.kr", "outlet"),
        (
            "보도자료\n보도시점 2025. 5. 15.(목) 14:00\n청림군은 협약을 체결했다.\n"
            "담당 부서 기획예산과 주무관 한소라 (061-350-2214)\n",
            None,
            "issuer",
        ),
        (
            "The county signed an agreement.\nSource: Chungnim County Office\n",
            "Chungnim County Office",
            "issuer",
        ),
    ],
)
def test_outlet_and_authority(tmp_path: Path, text: str, name: str | None, kind: str) -> None:
    result, raw = _result(tmp_path, text)
    assert outlet(result, raw) == name
    assert authority(result, raw) == kind


def test_different_names_for_one_agreement_are_shown(tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    two = tmp_path / "two.txt"
    one.write_text(
        "[남도일보] 청림군은 15일 군청에서 서울 한결구와 친선 결연 협약을 체결했다고 밝혔다. "
        "두 지역은 농특산물 직거래와 청소년 교류를 늘리기로 했다.\n",
        encoding="utf-8",
    )
    two.write_text(
        "[서해신문] 서울 한결구는 15일 청림군청에서 청림군과 자매결연 협약을 맺었다고 밝혔다. "
        "두 지역은 농특산물 직거래와 청소년 교류를 늘리기로 했다.\n",
        encoding="utf-8",
    )
    (event,) = group_events(offline_results([one, two])).events
    called = [d for d in event.disagreements if d.about == "what the agreement is called"]
    assert called, event.disagreements
    values = {Path(v.path).name: v.value for v in called[0].values}
    assert "친선" in values["one.txt"] and "자매결연" in values["two.txt"]


def test_a_release_listing_e_mails_is_still_the_issuers(tmp_path: Path) -> None:
    text = (
        "보도시점 2025. 5. 15.(목) 14:00\n청림군, 한결구와 자매결연\n청림군은 협약을 체결했다.\n"
        "담당 부서 기획예산과 주무관 한소라 (061-350-2214) sora@chungnim.go.kr\n"
    )
    result, raw = _result(tmp_path, text)
    assert authority(result, raw) == "issuer"
