"""Each party's share told after where it is told (`이번 협약에서 시는 …을 약속했다. 협약 기업들은
…할 예정이다.`): the lead is read past, as for shares told in one sentence (snippets written for
these tests)."""

from __future__ import annotations

from structure_helpers import run


def test_shares_told_in_the_agreement_one_sentence_a_party() -> None:
    text = (
        "가람시는 3일 시청에서 별빛㈜, 씨앗㈜과 투자협약을 체결했다.\n"
        "이번 협약에서 시는 협약 기업의 투자이행을 위한 인허가 등 행정 지원을 약속했다.\n"
        "협약 기업들은 누리산단 7천㎡ 부지에 연구시설을 신축하고 지역민 우선 채용에 협력할 "
        "예정이다.\n"
    )
    texts = [c.text for c in run(text).commitments]
    assert texts[0] == "협약 기업의 투자이행을 위한 인허가 등 행정 지원"
    assert "누리산단 7천㎡ 부지에 연구시설을 신축" in texts
