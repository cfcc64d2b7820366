"""The real pages of ../shared/eval-real (read at run time, skipped when absent): pairwise
precision and recall against `event_cluster`, offline and with answers, and the disagreements
the issue names (one outlet dates the signing the 16th, another the 15th; 조성명 / 조성영)."""

from __future__ import annotations

import json
from itertools import combinations
from pathlib import Path

import pytest

from summarizer import extract_facts, group_events, read_document
from summarizer.models import Briefing, SummaryResult

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "eval-real"

pytestmark = pytest.mark.skipif(not (CORPUS / "gold").is_dir(), reason="no ../shared/eval-real")


def _load(answers: bool) -> tuple[list[SummaryResult], dict[str, str]]:
    results, gold = [], {}
    for gold_file in sorted((CORPUS / "gold").glob("*.json")):
        g = json.loads(gold_file.read_text("utf-8"))
        facts = extract_facts(read_document(CORPUS / g["file"]))
        briefing = None
        answer = CORPUS / "answers" / gold_file.name
        if answers and answer.is_file():
            briefing = Briefing.model_validate(json.loads(answer.read_text("utf-8"))["answer"])
        results.append(SummaryResult(mode="offline", briefing=briefing, facts=facts))
        gold[facts.source.path] = g.get("event_cluster") or g["id"]
    return results, gold


def _pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in combinations(sorted(labels), 2) if labels[a] == labels[b]}


@pytest.mark.parametrize("answers", [False, True])
def test_pairwise_precision_and_recall(answers: bool) -> None:
    results, gold = _load(answers)
    grouping = group_events(results)
    got = _pairs({s.path: e.id for e in grouping.events for s in e.sources})
    want = _pairs(gold)
    correct = len(got & want)
    assert correct / max(1, len(got)) >= 0.97
    assert correct / max(1, len(want)) >= 0.95


def test_the_named_disagreements_are_shown() -> None:
    results, _ = _load(False)
    grouping = group_events(results)
    shown = [
        (d.field, {v.value for v in d.values}) for e in grouping.events for d in e.disagreements
    ]
    assert any(f == "name" and {"조성명", "조성영"} <= values for f, values in shown)
    assert any(
        f == "date" and any("15" in v for v in values) and any("16" in v for v in values)
        for f, values in shown
    )
