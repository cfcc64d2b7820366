"""Disagreements between reports of one event: shown side by side with spans."""

from __future__ import annotations

from pathlib import Path

from summarizer import group_events
from summarizer.events import Disagreement, Event
from summarizer.models import SummaryResult


def _paper_event(results: list[SummaryResult]) -> Event:
    g = group_events(results)
    return next(e for e in g.events if any(s.path.endswith("paper.txt") for s in e.sources))


def _field(e: Event, field: str) -> list[Disagreement]:
    return [d for d in e.disagreements if d.field == field]


def test_date_disagreement_15th_against_16th(results: list[SummaryResult]) -> None:
    (d,) = _field(_paper_event(results), "date")
    by_name = {Path(v.path).name: v for v in d.values}
    assert "16" in by_name["paper.txt"].value
    assert "15" in by_name["release.txt"].value
    assert by_name["paper.txt"].spans[0].text == "16일"


def test_name_spelled_differently_is_shown(results: list[SummaryResult]) -> None:
    (d,) = _field(_paper_event(results), "name")
    assert "한결구" in d.about
    values = {Path(v.path).name: v.value for v in d.values}
    assert values["paper.txt"] == "박도연"
    assert values["wire.txt"] == "박도윤"


def test_every_span_reproduces_its_source(results: list[SummaryResult]) -> None:
    e = _paper_event(results)
    assert e.disagreements
    for d in e.disagreements:
        for v in d.values:
            for s in v.spans:
                if s.start is not None and s.end is not None:
                    assert Path(s.path).read_text("utf-8")[s.start : s.end] == s.text


def test_silence_is_not_disagreement(results: list[SummaryResult]) -> None:
    # Only the release states a time: nobody disagrees on it.
    assert not _field(_paper_event(results), "time")


def test_single_source_has_no_disagreements(results: list[SummaryResult]) -> None:
    g = group_events(results)
    assert all(not e.disagreements for e in g.events if len(e.sources) == 1)


def test_amount_and_time_disagreements(tmp_path: Path) -> None:
    from event_reports import offline_results

    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "[남도일보] 청림군은 15일 군청에서 누리은행과 지역 상생 금융 협약을 체결했다고 밝혔다. "
        "누리은행은 소상공인에게 총 50억 원을 저금리로 빌려주기로 했다. 협약식은 오후 2시에 열렸다.\n",
        encoding="utf-8",
    )
    b.write_text(
        "[서해신문] 누리은행이 15일 청림군청에서 청림군과 지역 상생 금융 협약을 맺었다. "
        "누리은행은 소상공인에게 총 30억 원 규모 저금리 대출을 지원한다. "
        "협약식은 오후 3시 청림군청 소회의실에서 열렸다.\n",
        encoding="utf-8",
    )
    (event,) = group_events(offline_results([a, b])).events
    fields = {d.field: {Path(v.path).name: v.value for v in d.values} for d in event.disagreements}
    assert fields["amount"] == {"a.txt": "50억 원", "b.txt": "30억 원"}
    assert fields["time"] == {"a.txt": "14:00", "b.txt": "15:00"}
    assert "place" not in fields  # 청림군청 and 청림군청 소회의실 are one venue
    assert event.date_shown == "day 15 (month not stated)"


def test_one_statement_quoted_in_different_words(tmp_path: Path) -> None:
    from event_reports import offline_results

    a = tmp_path / "a.txt"
    b = tmp_path / "b.txt"
    a.write_text(
        "[남도일보] 청림군은 15일 군청에서 누리은행과 지역 상생 금융 협약을 체결했다고 밝혔다.\n"
        '윤서진 청림군수는 "소상공인들이 원활하게 사업을 이어가도록 금융 지원을 아끼지 않겠다"고 말했다.\n',
        encoding="utf-8",
    )
    b.write_text(
        "[서해신문] 누리은행이 15일 청림군청에서 청림군과 지역 상생 금융 협약을 맺었다.\n"
        '윤서진 청림군수는 "소상공인들이 원활하게 사업을 할 수 있도록 최선을 다해 돕겠다"고 말했다.\n',
        encoding="utf-8",
    )
    (event,) = group_events(offline_results([a, b])).events
    (quoted,) = [d for d in event.disagreements if d.field == "quote"]
    assert "윤서진" in quoted.about
    for v in quoted.values:
        (span,) = v.spans
        assert span.start is not None and span.end is not None
        assert Path(v.path).read_text("utf-8")[span.start : span.end] == span.text
