"""Counts of bodies in one place (`summarizer.lexicon.counts`): the party readers build their
`N곳` / `N개 기관` / `N개사` / `N개소` patterns from its numbers and counter tuples, so a counter
added there reaches every reader that takes that subset."""

from __future__ import annotations

import re

import pytest

from summarizer.lexicon.counts import (
    ALONE,
    BARE,
    BARE_FIRMS,
    NAME_TAIL,
    NAME_TAIL_ENDS,
    PARTNERS,
    ROSTER,
    SIGNER_DIGITS,
    SIGNER_NUMBER,
    count,
)
from summarizer.structure import counted, party_copula, party_count, party_rosters


def test_count_reads_the_number_and_the_counter_into_their_groups() -> None:
    m = re.search(
        count(ALONE, number=SIGNER_DIGITS, name="n", kind="kind"), "누리센터 등 7개소이다"
    )
    assert m is not None
    assert (m["n"], m["kind"]) == ("7", "개소")


@pytest.mark.parametrize("text", ["가람시 등 3곳", "별빛㈜ 외 4개 기관", "누리재단 등 5개사"])
def test_bare_count_ends_where_its_counter_ends(text: str) -> None:
    assert re.search(count(BARE), text) is not None


def test_a_signer_count_takes_native_numerals_but_not_a_glued_syllable() -> None:
    pattern = count(BARE, number=SIGNER_NUMBER, name="n")
    m = re.search(pattern, "국내 기업 세 곳과")
    assert m is not None and m["n"] == "세"
    assert re.search(pattern, "나세 곳") is None  # (`세` glued to a syllable: part of a word)


def test_the_name_tail_ends_are_the_name_tail_counters_last_characters() -> None:
    assert set(NAME_TAIL_ENDS) == {c[-1] for c in NAME_TAIL}
    assert all(re.fullmatch(count(NAME_TAIL), f"6{c}") for c in ("곳", "개사", "개소", "개 기관"))


def test_readers_of_one_subset_build_it_from_the_same_tuple() -> None:
    roster = count(ROSTER, number=SIGNER_DIGITS, name="n")
    assert roster in party_rosters._COPULAR_LIST.pattern
    assert roster in party_copula._CLOSE_AT["총"].pattern
    assert count(PARTNERS, number=SIGNER_DIGITS, name="n") in counted._COUNTED.pattern
    assert party_count._NUM == party_rosters._NUM == SIGNER_NUMBER
    assert BARE_FIRMS[: len(BARE)] == BARE  # (`개` tried before `개사`: see the tuple's comment)
