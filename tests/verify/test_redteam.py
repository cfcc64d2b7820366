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
# Catch rates measured on OWN (project reference answers + tests/verify/redteam fixtures), seed 7.
FLOORS = {cls: 1.00 for cls in MUTATORS} | {
    # A 과장 on the bureau row (소상공인정책관) moved to the division below: arguably no error.
    "contact_department": 0.91,
    # `For immediate release` above `Seoul, March 4, 2025`: that day as the embargo is no error.
    "embargo": 0.90,
}
OVERALL_FLOOR = 0.99


@pytest.fixture(scope="module")
def own() -> tuple[list[CorrectResult], dict[str, ClassResult]]:
    return run(load(OWN), list(MUTATORS))


def test_correct_answers_raise_no_hard_flag_and_no_reask(
    own: tuple[list[CorrectResult], dict[str, ClassResult]],
) -> None:
    correct, _ = own
    assert len(correct) >= 11
    hard = [(c.case, f.field, f.note) for c in correct for f in c.hard]
    assert hard == []
    assert [c.requests for c in correct] == [1] * len(correct)


def test_every_error_class_has_mutants(
    own: tuple[list[CorrectResult], dict[str, ClassResult]],
) -> None:
    _, classes = own
    assert [cls for cls, r in classes.items() if r.mutants == 0] == []


def test_overall_catch_rate_floor(own: tuple[list[CorrectResult], dict[str, ClassResult]]) -> None:
    classes = own[1].values()
    caught, mutants = sum(r.caught for r in classes), sum(r.mutants for r in classes)
    assert caught / mutants >= OVERALL_FLOOR, (caught, mutants)


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


# Floors on the ../shared answers (measured there; skipped when they are absent): every class
# at least 90%, most at what was measured, and no hard flag or re-ask on any correct answer.
SHARED = ["eval", "real"]
SHARED_FLOORS = {cls: 1.00 for cls in MUTATORS} | {
    "commitment_parties": 0.96,
    "en_polarity": 0.95,
    "en_tense": 0.91,
    "en_person": 0.97,
    # A pledge given to every party where the item's paragraph names the other too (r06: the
    # signing sentence just before; r18/r19: the other as the item's object, `경남은행을`) or
    # an English item (r08): left open rather than risk flags on correct shared items.
    "over_binding": 0.66,
    # A day-only date put in the next month: the date is already unconfirmed on the answer.
    "date_slip": 0.91,
}
SHARED_OVERALL_FLOOR = 0.98


def test_shared_answers_raise_no_hard_flag_and_hold_the_floors() -> None:
    present = [name for name in SHARED if available(name)]
    if not present:
        pytest.skip("no ../shared answer set on this machine")
    correct, classes = run(load(present), list(MUTATORS))
    hard = [(c.case, f.field, f.note) for c in correct for f in c.hard]
    assert hard == []
    assert [c.requests for c in correct] == [1] * len(correct)
    low = {k: (r.caught, r.mutants) for k, r in classes.items() if r.rate < SHARED_FLOORS[k]}
    assert low == {}
    caught = sum(r.caught for r in classes.values())
    mutants = sum(r.mutants for r in classes.values())
    assert caught / mutants >= SHARED_OVERALL_FLOOR, (caught, mutants)


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


def test_extra_answer_sets_are_read_from_outside_the_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import json
    import shutil

    import redteam

    here = Path(__file__).resolve().parent / "redteam"
    (tmp_path / "answers").mkdir()
    (tmp_path / "docs").mkdir()
    shutil.copy(here / "answers" / "group-items-ko.json", tmp_path / "answers")
    shutil.copy(here / "docs" / "group-items-ko.txt", tmp_path / "docs")
    spec = f"{tmp_path / 'answers'}:{tmp_path / 'docs'}"
    argv = ["--sets", "", "--extra", spec, "--classes", "commitment_parties", "--json"]
    assert redteam.main(argv) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sets"] == ["extra:answers"] and data["answers"] == 1
    assert data["hard_flags"] == 0 and data["classes"]["commitment_parties"]["mutants"] > 0
    assert redteam.main(["--extra", str(tmp_path)]) == 2
    assert capsys.readouterr().err.startswith("redteam: --extra")
