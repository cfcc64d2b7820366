"""Grouping the invented reports: the right events, each decision with reasons and spans."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

from event_reports import GOLD, offline_results
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer import group_events
from summarizer.events import Event, Grouping
from summarizer.models import SummaryResult


def _name(path: str) -> str:
    return Path(path).name


def _partition(g: Grouping) -> set[frozenset[str]]:
    return {frozenset(_name(s.path) for s in e.sources) for e in g.events}


def _event(g: Grouping, name: str) -> Event:
    return next(e for e in g.events if any(_name(s.path) == name for s in e.sources))


def test_groups_match_the_events_written(results: list[SummaryResult]) -> None:
    g = group_events(results)
    want = {frozenset(n for n in GOLD if GOLD[n] == label) for label in set(GOLD.values())}
    assert _partition(g) == want


def test_every_input_in_exactly_one_event(results: list[SummaryResult]) -> None:
    g = group_events(results)
    paths = [s.path for e in g.events for s in e.sources]
    assert sorted(paths) == sorted(r.facts.source.path for r in results)


def test_look_alike_is_never_merged_into_an_agreement(results: list[SummaryResult]) -> None:
    g = group_events(results)
    select = _event(g, "lookalike.txt")
    assert [_name(s.path) for s in select.sources] == ["lookalike.txt"]
    assert not select.agreement
    assert _event(g, "kotec-ko.txt").agreement


def test_same_parties_two_weeks_later_is_another_event(results: list[SummaryResult]) -> None:
    g = group_events(results)
    assert _event(g, "again.txt") is not _event(g, "release.txt")


def test_lead_is_the_issuers_release_then_wire(results: list[SummaryResult]) -> None:
    e = _event(group_events(results), "paper.txt")
    assert _name(e.lead) == "release.txt"
    roles = {_name(s.path): (s.authority, s.role) for s in e.sources}
    assert roles["release.txt"] == ("issuer", "lead")
    assert roles["wire.txt"][0] == "wire" and roles["paper.txt"][0] == "outlet"
    assert [s.authority for s in e.sources] == sorted(
        (s.authority for s in e.sources), key=["issuer", "wire", "outlet"].index
    )


def test_syndicated_copy_is_recognised(results: list[SummaryResult]) -> None:
    e = _event(group_events(results), "syndicated.txt")
    copies = {_name(s.path): s.copy_of for s in e.sources if s.copy_of}
    assert set(map(_name, copies.values())) | set(copies) == {"wire.txt", "syndicated.txt"}
    assert any(r.kind == "copy" for link in e.links for r in link.reasons)


def test_reasons_name_parties_and_dates_with_spans(results: list[SummaryResult]) -> None:
    g = group_events(results)
    texts = {r.facts.source.path: Path(r.facts.source.path).read_text("utf-8") for r in results}
    e = _event(g, "paper.txt")
    assert len(e.links) == len(e.sources) - 1  # a tree: each source joined once
    kinds = {r.kind for link in e.links for r in link.reasons}
    assert {"parties", "date"} <= kinds
    for link in e.links:
        for reason in link.reasons:
            for span in reason.spans:
                if span.start is not None and span.end is not None:
                    assert texts[span.path][span.start : span.end] == span.text
    parties = next(r for link in e.links for r in link.reasons if r.kind == "parties")
    assert "청림군" in parties.detail and "한결구" in parties.detail


def test_english_report_joins_through_the_glossary(results: list[SummaryResult]) -> None:
    e = _event(group_events(results), "kotec-en.txt")
    assert {_name(s.path) for s in e.sources} == {"kotec-ko.txt", "kotec-en.txt"}
    assert any(r.kind == "language" for link in e.links for r in link.reasons)


def test_events_ordered_by_date_undated_last(results: list[SummaryResult]) -> None:
    dates = [e.date for e in group_events(results).events]
    known = [d for d in dates if d]
    assert known == sorted(known)
    assert dates[: len(known)] == known


def test_decisions_do_not_depend_on_input_order(report_paths: list[Path]) -> None:
    forward = group_events(offline_results(report_paths))
    backward = group_events(offline_results(list(reversed(report_paths))))
    assert _partition(forward) == _partition(backward)
    # The same lead per event; events of one day keep input order, so compare as sets.
    assert {(e.date, e.lead) for e in forward.events} == {(e.date, e.lead) for e in backward.events}


def test_pairwise_figures_on_the_invented_reports(results: list[SummaryResult]) -> None:
    g = group_events(results)
    got = {
        frozenset((_name(a.path), _name(b.path)))
        for e in g.events
        for a, b in combinations(e.sources, 2)
    }
    want = {frozenset((a, b)) for a, b in combinations(GOLD, 2) if GOLD[a] == GOLD[b]}
    assert got == want


def test_no_results_no_events() -> None:
    assert group_events([]).events == []


def test_agreement_named_only_in_the_body_is_no_look_alike() -> None:
    from summarizer.events.profile import _kind

    body = "청림군과 한결구가 손을 맞잡았다. … 이번 협약은 두 지역의 첫 결연이다."
    assert _kind("청림군·한결구 맞손", "청림군과 한결구가 손을 맞잡았다.", body, False) == "mention"
    assert (
        _kind("운영기관 선정", "중기부는 운영기관 두 곳을 선정했다.", "선정 결과", False) == "other"
    )
    assert _kind("자매결연 협약", "", "", False) == "agreement"
    # Selected now, to sign later: an announcement, not the signing.
    lead = "중기부는 운영기관 두 곳을 선정했으며 다음 달 협약을 맺을 예정이다."
    assert _kind("운영기관 선정", lead, lead, False) == "agreement"  # `맺` is a signing word
    lead = "중기부는 운영기관 두 곳을 선정하고 협약 대상으로 통보했다."
    assert _kind("운영기관 선정", lead, lead, False) == "other"


@settings(max_examples=25, deadline=None)
@given(
    st.lists(
        st.text(alphabet="청림군한결구협약체결 15일.\n박도윤구청장은", max_size=80), max_size=6
    )
)
def test_any_texts_give_a_partition(texts: list[str]) -> None:
    from summarizer.models import FactsResult, SourceInfo, SummaryResult

    results = [
        SummaryResult(
            mode="offline",
            facts=FactsResult(
                source=SourceInfo(
                    path=f"t{i}", format="text", encoding="utf-8", sha256=str(i), chars=len(t)
                ),
                reference_date=None,
                reference_date_origin="unknown",
                text=t,
            ),
        )
        for i, t in enumerate(texts)
    ]
    g = group_events(results)
    assert sorted(s.path for e in g.events for s in e.sources) == sorted(
        f"t{i}" for i in range(len(texts))
    )


def test_english_report_of_local_governments_joins_by_romanised_name(tmp_path: Path) -> None:
    from event_reports import RELEASE, WIRE

    english = (
        "Cheongnim County and Seoul's Hangyeol-gu sign sisterhood pact\n"
        "Cheongnim County signed a sisterhood agreement with Hangyeol District of Seoul on "
        "May 15 at the county office, opening a direct market for farm products.\n"
    )
    paths = []
    for name, text in (("release.txt", RELEASE), ("wire.txt", WIRE), ("english.txt", english)):
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    (event,) = group_events(offline_results(paths)).events
    assert {_name(s.path) for s in event.sources} == {"release.txt", "wire.txt", "english.txt"}


def test_a_round_up_never_bridges_two_signings(tmp_path: Path) -> None:
    texts = {
        "a.txt": "[남도일보] 청림군은 15일 군청에서 서울 한결구와 자매결연 협약을 체결했다. "
        "두 지역은 농특산물 직거래 장터를 함께 열기로 했다.\n",
        "c.txt": "[서해신문] 청림군은 15일 군청에서 경기 누리시와 자매결연 협약을 체결했다. "
        "두 지역은 청소년 수학여행 교류를 함께 하기로 했다.\n",
        "b.txt": "[동부일보] 청림군은 15일 군청에서 서울 한결구, 경기 누리시와 각각 자매결연 "
        "협약을 체결했다. 농특산물 직거래와 청소년 교류를 함께 하기로 했다.\n",
    }
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    g = group_events(offline_results(paths))
    assert _event(g, "a.txt") is not _event(g, "c.txt")


def test_near_misses_say_why_they_were_kept_apart(results: list[SummaryResult]) -> None:
    e = _event(group_events(results), "lookalike.txt")
    assert e.apart and all(not link.same for link in e.apart)
    assert any(r.kind == "kind" for link in e.apart for r in link.reasons)


def test_a_corroborating_source_adds_what_the_lead_lacks(tmp_path: Path) -> None:
    release = tmp_path / "release.txt"
    paper = tmp_path / "paper.txt"
    release.write_text(
        "보도자료\n청림군-한결구 자매결연 협약 체결\n청림군은 15일 서울 한결구와 자매결연 협약을 "
        "체결했다. 두 지역은 농특산물 직거래 장터를 함께 열기로 했다.\n"
        "담당 부서 기획예산과 주무관 한소라 (061-350-2214)\n",
        encoding="utf-8",
    )
    paper.write_text(
        "[남도일보] 청림군은 15일 오후 2시 청림군청 대회의실에서 서울 한결구와 자매결연 협약을 "
        "체결했다. 두 지역은 농특산물 직거래 장터를 함께 열기로 했다.\n",
        encoding="utf-8",
    )
    (event,) = group_events(offline_results([paper, release])).events
    assert _name(event.lead) == "release.txt"
    other = next(s for s in event.sources if s.role == "corroboration")
    assert any(a.startswith("time 14:00") for a in other.adds)
    assert any(c.startswith("parties") for c in other.corroborates)


def test_two_signings_with_two_partners_in_common_stay_apart(tmp_path: Path) -> None:
    texts = {
        "one.txt": "[남도일보] 중소벤처기업부와 기술보증기금은 15일 한빛전자와 반도체 소재 "
        "국산화를 위한 3자 업무협약을 체결했다. 한빛전자는 협력사 기술 이전을 맡는다.\n",
        "two.txt": "[서해신문] 중소벤처기업부와 기술보증기금은 15일 누리바이오와 감염병 진단 "
        "키트 수출 지원 협약을 맺었다. 누리바이오는 해외 판로 개척에 나선다.\n",
    }
    paths = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    assert len(group_events(offline_results(paths)).events) == 2
