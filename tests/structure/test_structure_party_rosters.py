"""One roster reader and one rule for taking a roster (structure/party_rosters.py), shared by
the count check (party_count) and the signers' subject (party_copula). Snippets written for
these tests (bodies invented)."""

from __future__ import annotations

from summarizer.structure.candidate import Cand
from summarizer.structure.party_rosters import (
    Roster,
    bracket_rosters,
    line_rosters,
    subject_roster,
    taken,
)


def _roster(n: int, count: int | None = None, tied: bool = False) -> Roster:
    items = [Cand(name=f"별빛{i}재단", start=i, end=i + 1) for i in range(n)]
    return Roster(items, count, tied, 0)


def test_taken_is_one_rule_for_count_length_tie_and_found_party() -> None:
    assert taken(_roster(3, count=3), set(), False) is True  # its count is its length
    assert taken(_roster(3, count=4), {3}, True) is None  # a count given must be its length
    assert taken(_roster(3), {3}, False) is True  # as long as the page's count of signers
    assert taken(_roster(3, tied=True), set(), False) is True  # `협약기관은 …`
    assert taken(_roster(3), set(), True) is False  # holds a party found: unsure
    assert taken(_roster(3), set(), False) is None
    assert taken(_roster(1, tied=True), set(), True) is None  # one item is no roster


def test_bracket_roster_reads_count_kind_and_tie() -> None:
    text = "가람대는 이날 총 3개 협약기업(별빛연구소, 누리7, 한빛베이커리)과 만났다."
    (r,) = list(bracket_rosters(text, 0, len(text)))
    assert [c.name for c in r.items] == ["별빛연구소", "누리7", "한빛베이커리"]
    assert r.count == 3 and r.tied
    plain = "가람시는 2개 기업(별빛산업, 누리소재)과 만났다."
    (p,) = list(bracket_rosters(plain, 0, len(plain)))
    assert p.count == 2 and not p.tied


def test_line_roster_comma_run_closed_by_a_particle() -> None:
    text = "분양을 마쳤으며 별빛테크, 누리산업(주), 한빛철강(주)은 300억원을 투자한다."
    (r,) = list(line_rosters(text, 0, len(text)))
    assert [c.name for c in r.items] == ["별빛테크", "누리산업(주)", "한빛철강(주)"]
    assert r.count is None and not r.tied


def test_subject_roster_splits_at_joints_and_reads_a_count() -> None:
    text = "협약기관은 가람시와 누리재단, 별빛대학교 등 3곳이다."
    read = subject_roster(text, 0)
    assert read is not None
    assert [c.name for c in read[0].items] == ["가람시", "누리재단", "별빛대학교"]
    assert read[0].count == 3 and read[0].tied
