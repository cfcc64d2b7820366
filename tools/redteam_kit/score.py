"""Verify correct answers and their mutants with the project's verifier, and count what it catches.

A mutant is caught when the report on it has a non-verified status on a mutated field that the
report on the correct answer did not have (same field, same status); a mutant that drops a value
(no claim to flag) is caught by a recall warning the correct answer's report did not have. A
field already flagged, or already `unchecked`, on the correct answer does not catch the error
put into it. Such
mutants are counted apart (`preflagged`), and the lenient rate counts them as flagged.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from random import Random
from typing import Any

from redteam_kit.corpus import Case
from redteam_kit.edits import Mutant, Mutator
from redteam_kit.mutate_fields import MUTATORS as FIELD_MUTATORS
from redteam_kit.mutate_slips import MUTATORS as SLIP_MUTATORS
from redteam_kit.mutate_text import MUTATORS as TEXT_MUTATORS
from summarizer.config import Config
from summarizer.models import Briefing, ClaimCheck, VerificationReport
from summarizer.pipeline import grounding_check
from summarizer.verify import verify_briefing

MUTATORS: dict[str, Mutator] = {**FIELD_MUTATORS, **TEXT_MUTATORS, **SLIP_MUTATORS}
NOT_A_FLAG = {"unchecked"}  # an honest "no check judges this", not a finding


def flags(report: VerificationReport) -> list[ClaimCheck]:
    """Checks that did not verify and say so (not `unchecked`)."""
    return [c for c in report.checks if not c.ok and c.status not in NOT_A_FLAG]


def _on(check_field: str, path: str) -> bool:
    if check_field == path:
        return True
    longer, shorter = (check_field, path) if len(check_field) > len(path) else (path, check_field)
    return longer.startswith(shorter) and longer[len(shorter)] in ".["


def _bad(report: VerificationReport, paths: list[str]) -> set[tuple[str, str]]:
    return {
        (c.field, c.status)
        for c in report.checks
        if not c.ok and any(_on(c.field, p) for p in paths)
    }


@dataclass
class CorrectResult:
    """What the verifier says about one correct answer."""

    case: str
    hard: list[ClaimCheck]
    soft: list[ClaimCheck]
    unchecked: int
    checks: int
    requests: int  # with a model that keeps giving this answer


@dataclass
class ClassResult:
    """The mutants of one error class and how many the verifier caught."""

    cls: str
    mutants: int = 0
    caught: int = 0
    preflagged: int = 0  # the field was already non-verified on the correct answer
    missed_examples: list[dict[str, Any]] = field(default_factory=list)

    @property
    def missed(self) -> int:
        return self.mutants - self.caught

    @property
    def rate(self) -> float:
        return self.caught / self.mutants if self.mutants else 1.0

    @property
    def flagged_rate(self) -> float:
        """The lenient rate: the field is non-verified on the mutant, even if it already was."""
        return (self.caught + self.preflagged) / self.mutants if self.mutants else 1.0


def check_correct(case: Case, report: VerificationReport) -> CorrectResult:
    """Flags on a correct answer, and the requests a model giving it every time would cost."""
    found = flags(report)
    feedback = grounding_check(case.text, case.facts)(case.briefing)
    requests = 1 if feedback is None else 1 + Config().max_reasks
    return CorrectResult(
        case=f"{case.set}/{case.name}",
        hard=[c for c in found if c.hard],
        soft=[c for c in found if not c.hard],
        unchecked=sum(c.status in NOT_A_FLAG for c in report.checks),
        checks=len(report.checks),
        requests=requests,
    )


def mutants_of(case: Case, classes: Iterable[str], seed: int, per_class: int) -> list[Mutant]:
    """Up to `per_class` mutants of each class for one answer, chosen with a seeded generator."""
    answer = case.briefing.model_dump(mode="json")
    out: list[Mutant] = []
    for cls in classes:
        rng = Random(f"{seed}:{case.set}/{case.name}:{cls}")
        made = list(MUTATORS[cls](case, answer, rng))
        out += made if len(made) <= per_class else rng.sample(made, per_class)
    return out


def run(
    cases: list[Case], classes: list[str], *, seed: int = 7, per_class: int = 3
) -> tuple[list[CorrectResult], dict[str, ClassResult]]:
    """Verify every correct answer and every mutant; results per answer and per class."""
    correct: list[CorrectResult] = []
    results = {cls: ClassResult(cls) for cls in classes}
    for case in cases:
        original = verify_briefing(case.briefing, case.text, case.facts)
        correct.append(check_correct(case, original))
        for m in mutants_of(case, classes, seed, per_class):
            try:
                briefing = Briefing.model_validate(m.answer)
            except ValueError:
                continue  # the schema itself refuses it: nothing for the verifier to catch
            report = verify_briefing(briefing, case.text, case.facts)
            res = results[m.cls]
            res.mutants += 1
            new = _bad(report, m.paths) - _bad(original, m.paths)
            if m.dropped:  # an omission is no claim to flag: the recall warnings must name it
                new |= {("recall", w) for w in report.recall_warnings}
                new -= {("recall", w) for w in original.recall_warnings}
            if new:
                res.caught += 1
                continue
            res.preflagged += bool(_bad(original, m.paths))
            res.missed_examples.append(
                {"case": m.case, "field": m.paths[0], "before": m.before, "after": m.after}
            )
    return correct, results
