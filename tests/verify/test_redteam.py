"""The red-team harness (tools/redteam.py) on the project's own answers, with floors per class.

Correct answers must raise no hard flag and cost exactly one request; each error class must be
caught at least as often as measured when the floor was set (seed 7, 3 mutants per class and
answer). Raise a floor when the verifier improves; never lower one to make a change pass.
The ../shared answer sets are measured too when present (skipped otherwise).
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))

from redteam_kit.corpus import available, load
from redteam_kit.edits import get
from redteam_kit.score import MUTATORS, ClassResult, CorrectResult, mutants_of, run

OWN = ["project", "fixtures"]
# Catch rates measured on OWN (project reference answers + tests/verify/redteam fixtures).
FLOORS = {
    "other_phone": 0.50,
    "junk": 0.29,
    "negation": 0.05,
    "under_review": 0.75,
    "stitched_quote": 0.48,
    "speaker": 1.00,
    "en_person": 1.00,
    "official_name": 1.00,
}


@pytest.fixture(scope="module")
def own() -> tuple[list[CorrectResult], dict[str, ClassResult]]:
    return run(load(OWN), list(MUTATORS))


def test_correct_answers_raise_no_hard_flag_and_no_reask(
    own: tuple[list[CorrectResult], dict[str, ClassResult]],
) -> None:
    correct, _ = own
    assert len(correct) >= 9
    hard = [(c.case, f.field, f.note) for c in correct for f in c.hard]
    assert hard == []
    assert [c.requests for c in correct] == [1] * len(correct)


def test_every_error_class_has_mutants(
    own: tuple[list[CorrectResult], dict[str, ClassResult]],
) -> None:
    _, classes = own
    assert [cls for cls, r in classes.items() if r.mutants == 0] == []


@pytest.mark.parametrize("cls", sorted(FLOORS))
def test_catch_rate_floor(
    cls: str, own: tuple[list[CorrectResult], dict[str, ClassResult]]
) -> None:
    result = own[1][cls]
    assert result.rate >= FLOORS[cls], (
        cls,
        result.caught,
        result.mutants,
        result.missed_examples[:3],
    )


def test_each_mutant_changes_only_its_fields() -> None:
    for case in load(["fixtures"]):
        original = case.briefing.model_dump(mode="json")
        for m in mutants_of(case, list(MUTATORS), seed=7, per_class=3):
            assert m.answer != original, (m.cls, m.paths)
            top = {p.split(".")[0].split("[")[0] for p in m.paths}
            changed = {k for k in original if original[k] != m.answer.get(k)}
            assert changed <= top, (m.cls, m.paths, changed)
            assert any(get(m.answer, p) != get(original, p) for p in m.paths), (m.cls, m.paths)


def test_mutants_are_deterministic() -> None:
    case = load(["fixtures"])[0]
    first = [(m.cls, m.paths, m.after) for m in mutants_of(case, list(MUTATORS), 7, 3)]
    again = [(m.cls, m.paths, m.after) for m in mutants_of(case, list(MUTATORS), 7, 3)]
    assert first == again


# Floors on the ../shared answers (measured there; skipped when they are absent).
SHARED_FLOORS = {"speaker": 1.00, "official_name": 0.88, "en_person": 0.84}


@pytest.mark.parametrize("name", ["eval", "real"])
def test_shared_answers_raise_no_hard_flag(name: str) -> None:
    if not available(name):
        pytest.skip(f"../shared answer set {name!r} is not on this machine")
    correct, classes = run(load([name]), sorted(SHARED_FLOORS))
    # Findings, not false alarms: answers written before the glossary confirmed a body's
    # official English name (r22/r23 DFAT, r34 Cheil General Hospital) are re-asked for it.
    hard = [(c.case, f.field, f.note) for c in correct for f in c.hard]
    assert [h for h in hard if "contradicts the glossary: the official" not in (h[2] or "")] == []
    found = {case for case, _, _ in hard}
    assert all(c.requests == 1 for c in correct if c.case not in found)
    low = {k: (r.caught, r.mutants) for k, r in classes.items() if r.rate < SHARED_FLOORS[k]}
    assert low == {}


def test_command_prints_json_and_refuses_unknown_sets(capsys: pytest.CaptureFixture[str]) -> None:
    import json

    import redteam

    assert redteam.main(["--sets", "fixtures", "--classes", "speaker,junk", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data["classes"]) == {"speaker", "junk"} and data["answers"] >= 3
    assert data["hard_flags"] == 0 and data["requests"] == data["answers"]
    assert redteam.main(["--sets", "nowhere"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("redteam: unknown answer set nowhere") and len(err.splitlines()) == 1
