#!/usr/bin/env python3
"""Red-team the verifier: flags on correct answers, and single-error mutants it catches or misses.

    uv run python tools/redteam.py                    # every answer set present on this machine
    uv run python tools/redteam.py --sets real --json  # machine-readable
    uv run python tools/redteam.py --flags             # list every flag raised on a correct answer

Answer sets (`--extra` adds one kept outside the project): project (tests/reference_answers + examples), fixtures (tests/verify/redteam),
eval (../shared/eval) and real (../shared/eval-real); the ../shared ones are read at run time
and skipped when absent. A mutant is caught when a mutated field gets a non-verified status it
did not have on the correct answer; `pre` counts missed mutants whose field was already
non-verified (e.g. `unchecked`) on the correct answer, and `flag%` counts those as flagged.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from redteam_kit.corpus import SETS, CorpusError, available, extra_set, load, load_dirs
from redteam_kit.score import MUTATORS, ClassResult, CorrectResult, run


def _args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument(
        "--sets", default=",".join(SETS), help="comma-separated answer sets (default: all present)"
    )
    p.add_argument(
        "--classes", default=",".join(MUTATORS), help="comma-separated error classes (default: all)"
    )
    p.add_argument(
        "--extra",
        action="append",
        default=[],
        metavar="ANSWERS_DIR:DOCS_DIR",
        help="also an answer set outside the project (repeatable), e.g. a private held-out set",
    )
    p.add_argument("--seed", type=int, default=7, help="seed of the mutant choice (default 7)")
    p.add_argument(
        "--per-class", type=int, default=3, help="mutants per class per answer (default 3)"
    )
    p.add_argument("--json", action="store_true", help="print JSON instead of tables")
    p.add_argument(
        "--gold-dates",
        action="store_true",
        help="reference dates from ../shared gold files (as if given --reference-date)",
    )
    p.add_argument(
        "--flags", action="store_true", help="list every flag raised on a correct answer"
    )
    return p.parse_args(argv)


def _split(value: str, known: dict[str, object] | list[str], what: str) -> list[str]:
    names = [n.strip() for n in value.split(",") if n.strip()]
    unknown = [n for n in names if n not in known]
    if unknown:
        raise CorpusError(f"unknown {what} {', '.join(unknown)}: use {', '.join(known)}")
    return names


def summary(correct: list[CorrectResult], classes: dict[str, ClassResult]) -> dict[str, object]:
    """The figures as one JSON-ready dict."""
    mutants = sum(r.mutants for r in classes.values())
    caught = sum(r.caught for r in classes.values())
    return {
        "answers": len(correct),
        "checks": sum(c.checks for c in correct),
        "hard_flags": sum(len(c.hard) for c in correct),
        "soft_flags": sum(len(c.soft) for c in correct),
        "unchecked": sum(c.unchecked for c in correct),
        "reasked_answers": sum(c.requests > 1 for c in correct),
        "requests": sum(c.requests for c in correct),
        "mutants": mutants,
        "caught": caught,
        "catch_rate": round(caught / mutants, 3) if mutants else None,
        "classes": {
            r.cls: {
                "mutants": r.mutants,
                "caught": r.caught,
                "missed": r.missed,
                "preflagged": r.preflagged,
                "catch_rate": round(r.rate, 3),
                "flagged_rate": round(r.flagged_rate, 3),
                "missed_example": r.missed_examples[0] if r.missed_examples else None,
            }
            for r in classes.values()
        },
        "flags": [
            {
                "case": c.case,
                "field": f.field,
                "status": f.status,
                "hard": f.hard,
                "claim": f.claim[:80],
                "note": f.note,
            }
            for c in correct
            for f in c.hard + c.soft
        ],
    }


def _print(correct: list[CorrectResult], classes: dict[str, ClassResult], show_flags: bool) -> None:
    hard = sum(len(c.hard) for c in correct)
    soft = sum(len(c.soft) for c in correct)
    requests = sum(c.requests for c in correct)
    print(
        f"Correct answers: {len(correct)}, checks {sum(c.checks for c in correct)}: "
        f"hard flags {hard}, soft flags {soft}, unchecked {sum(c.unchecked for c in correct)}; "
        f"re-asked answers {sum(c.requests > 1 for c in correct)}, requests {requests} "
        f"({requests / max(1, len(correct)):.2f} per document)"
    )
    for c in correct:
        if c.hard or c.soft:
            fields = {f.field.split("[")[0].split(".")[0] + ("!" if f.hard else "") for f in c.hard}
            fields |= {f.field.split("[")[0].split(".")[0] for f in c.soft}
            print(
                f"  {c.case}: {len(c.hard)} hard, {len(c.soft)} soft ({', '.join(sorted(fields))})"
            )
            for f in (c.hard + c.soft) if show_flags else []:
                mark = "HARD" if f.hard else "soft"
                print(f"    {mark} {f.field} [{f.status}] {f.claim[:60]!r}: {f.note}")
    print()
    head = f"{'class':<20}{'mutants':>8}{'caught':>8}{'missed':>8}{'rate':>7}{'pre':>5}{'flag%':>7}"
    print(f"{head}  one missed example")
    for r in classes.values():
        ex = r.missed_examples[0] if r.missed_examples else None
        shown = f"{ex['case']} {ex['field']}: {ex['before']!r} -> {ex['after']!r}" if ex else ""
        row = f"{r.cls:<20}{r.mutants:>8}{r.caught:>8}{r.missed:>8}{r.rate:>7.0%}{r.preflagged:>5}"
        row += f"{r.flagged_rate:>7.0%}"
        print(f"{row}  {shown[:150]}")
    mutants = sum(r.mutants for r in classes.values())
    caught = sum(r.caught for r in classes.values())
    rate = caught / mutants if mutants else 1.0
    print(f"{'overall':<20}{mutants:>8}{caught:>8}{mutants - caught:>8}{rate:>7.0%}")


def main(argv: list[str] | None = None) -> int:
    try:
        args = _args(argv)
        sets = [s for s in _split(args.sets, list(SETS), "answer set") if available(s)]
        classes = _split(args.classes, list(MUTATORS), "error class")
        cases = load(sets, gold_dates=args.gold_dates)
        for spec in args.extra:
            name, answers, docs = extra_set(spec)
            cases += load_dirs(name, answers, docs, gold_dates=args.gold_dates)
            sets.append(name)
    except CorpusError as exc:
        print(f"redteam: {exc}", file=sys.stderr)
        return 2
    if not cases:
        print("redteam: no answer set found", file=sys.stderr)
        return 2
    correct, results = run(cases, classes, seed=args.seed, per_class=args.per_class)
    data = summary(correct, results)
    data["sets"] = sets
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1))
    else:
        print(f"Answer sets: {', '.join(sets)}")
        _print(correct, results, args.flags)
    return 0


if __name__ == "__main__":
    sys.exit(main())
