"""Answers verified in the worker processes: the same results as verified on the event loop."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import summarizer.verify as verify_module
from summarizer.batch import run_batch
from summarizer.batch.pool import verify_answer
from summarizer.config import Config
from summarizer.extract import extract_facts
from summarizer.models import Briefing
from summarizer.pipeline import GroundingCheck
from summarizer.reading import read_document

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = sorted((ROOT / "examples").glob("*.txt"))


def _config(url: str, tmp: Path, name: str, mode: str) -> Config:
    return Config(
        model="m",
        base_url=url,
        api_key="k",
        mode=mode,  # type: ignore[arg-type]
        concurrency=3,
        cache_dir=tmp / f"cache-{name}",
        log_db=tmp / f"{name}.db",
        transport_retries=0,
    )


def _comparable(result: Any) -> dict[str, Any]:
    data = result.model_dump()
    data["usage"].pop("cost_usd", None)
    return data  # type: ignore[no-any-return]


@pytest.mark.parametrize("mode", ["tools", "json_schema", "md_json"])
def test_answers_verified_in_workers_give_the_same_results(
    fake_openai_fallback_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str
) -> None:
    here: list[int] = []
    original = verify_module.verify_briefing

    def counted(*args: Any, **kwargs: Any) -> Any:
        here.append(1)  # in a forked worker this list is the worker's own copy
        return original(*args, **kwargs)

    monkeypatch.setattr(verify_module, "verify_briefing", counted)
    pooled = run_batch(
        EXAMPLES, _config(fake_openai_fallback_url, tmp_path, "pool", mode), quiet=True, workers=2
    )
    in_pool_parent = len(here)
    here.clear()
    alone = run_batch(
        EXAMPLES, _config(fake_openai_fallback_url, tmp_path, "alone", mode), quiet=True, workers=0
    )
    assert pooled.ok == alone.ok == len(EXAMPLES)
    assert [_comparable(r) for r in pooled.results] == [_comparable(r) for r in alone.results]
    assert len(here) >= len(EXAMPLES)  # without workers every answer is verified here
    assert in_pool_parent < len(here)  # with them, the answers that parse are not


def _briefing() -> Briefing:
    answer = json.loads((ROOT / "tests" / "reference_answers" / "mss-release.json").read_text())
    return Briefing.model_validate(answer["briefing"])


def test_a_report_made_elsewhere_is_used_only_for_the_same_candidate(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = ROOT / "examples" / "mss-release.txt"
    doc = read_document(path.read_bytes(), name=str(path))
    facts = extract_facts(doc)
    briefing = _briefing()
    verdict = verify_answer(briefing.model_dump_json(), doc.text, facts)
    assert verdict is not None
    dump, report = verdict
    check = GroundingCheck(doc.text, facts)
    check.verified_elsewhere(dump, report)
    calls: list[int] = []
    original = verify_module.verify_briefing
    monkeypatch.setattr(
        verify_module, "verify_briefing", lambda *a, **k: calls.append(1) or original(*a, **k)
    )
    check(Briefing.model_validate(briefing.model_dump()))
    assert calls == []  # found ready
    other = briefing.model_copy(update={"headline_en": "Another headline"})
    check(other)
    assert calls == [1]  # another candidate is verified here
    assert check.report_for(other) is not report


def test_an_answer_that_does_not_parse_is_left_to_the_validator() -> None:
    path = ROOT / "examples" / "mss-release.txt"
    doc = read_document(path.read_bytes(), name=str(path))
    facts = extract_facts(doc)
    assert verify_answer("{not json", doc.text, facts) is None
    assert verify_answer('{"headline_en": 3}', doc.text, facts) is None
