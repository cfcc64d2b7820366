"""The 와/과 joining two names, after a name that ends in a legal-form sign (`별빛㈜과`), a
Latin letter or a digit (`KT과`, `별빛3과`): every reader splits there, as the signing
sentence's own join does (summarizer/lexicon/joins.py). Snippets written for these tests
(bodies invented)."""

from __future__ import annotations

from pathlib import Path

from structure_helpers import names

import summarizer.structure as structure
from summarizer.structure.counted import counted_partners
from summarizer.structure.party_count import _wanted


def test_register_field_splits_after_a_legal_form() -> None:
    page = (
        "가람시 보도자료\n□ 협약 개요\n- 체결기관 : 별빛㈜과 누리재단\n- 협약일 : 2024. 5. 3.\n"
        "가람시는 공동 연구에 나선다.\n"
    )
    got = names(page)
    assert "별빛㈜" in got and "누리재단" in got
    assert "별빛㈜과 누리재단" not in got


def test_participants_list_splits_after_a_legal_form() -> None:
    page = (
        "가람시는 10일 협약식을 열었다.\n"
        "이번 협약은 별빛㈜과 누리재단, 다온협회 등 3개 기관이 참여했다.\n"
    )
    assert names(page) == ["가람시", "별빛㈜", "누리재단", "다온협회"]


def test_passive_sides_end_at_a_join_after_a_latin_letter_or_digit() -> None:
    for page, second in (
        ("10일 가람시청에서 누리재단과 KT과 투자협약이 체결됐다.\n", "KT"),
        ("10일 가람시청에서 누리재단과 별빛3과 업무협약이 체결됐다.\n", "별빛3"),
    ):
        assert names(page) == ["누리재단", second]


def test_counted_list_ends_at_the_subject_after_a_legal_form() -> None:
    page = (
        "가람시는 10일 지역 기업 3곳과 업무협약을 체결했다.\n"
        "이날 협약식에는 별빛테크, 누리소재, 다온㈜이 참석했다.\n"
    )
    got = counted_partners(page, 0, page.index("\n"), [])
    assert [c.name for c in got] == ["별빛테크", "누리소재", "다온㈜"]


def test_jointly_signing_partner_ending_in_a_legal_form_is_counted() -> None:
    # `A는 B㈜와 공동으로 C 3곳과`: B signs beside A and the three counted
    page = "가람시는 10일 시청에서 별빛㈜와 공동으로 누리 지역 기업 3곳과 투자협약을 체결했다.\n"
    assert _wanted(page, 0, len(page), len(page)) == 5


def test_no_reader_spells_its_own_name_end_before_a_join() -> None:
    # the class of what a name ends with before 와/과 is written once, in lexicon/joins.py
    own = ("])(?:와|과)", "])(?:과|와)")
    spelled = [
        p.name
        for p in Path(structure.__file__).parent.glob("*.py")
        if any(s in p.read_text(encoding="utf-8") for s in own)
    ]
    assert spelled == []
