#!/usr/bin/env python3
"""What verifying one answer costs: CPU per answer and regexes compiled while verifying.

    uv run python benchmarks/bench_verify.py [CORPUS...] [--rounds 5] [--profile cumulative]

A corpus is a folder with `docs/` and `answers/` (an answer `<id>.json` for the document whose
name starts with `<id>`), as ../shared/eval-real and ../shared/eval; without ../shared, the
repository's tests/reference_answers against examples/. Every document is extracted once, then
`verify_briefing` runs over all the answers `--rounds` times (the best round's CPU per answer is
printed), then once more with `re`'s compiler counted: compiles per answer from an empty cache
and in steady state (a pattern built per answer at run time is compiled again for every
answer, ~0.3–0.7 ms each when it holds `[가-힣]`). `--profile KEY` adds a cProfile sorted by KEY.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import re
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

from check_answers import _doc_for, read_briefing  # noqa: E402

from summarizer import read_document  # noqa: E402
from summarizer.extract import extract_facts  # noqa: E402
from summarizer.models import Briefing, FactsResult  # noqa: E402
from summarizer.verify import verify_briefing  # noqa: E402

Item = tuple[Briefing, str, FactsResult]


def _shared() -> list[Path]:
    return [p for p in (ROOT.parent / "shared" / "eval-real", ROOT.parent / "shared" / "eval")
            if (p / "answers").is_dir()]  # fmt: skip


def _items(corpora: list[Path]) -> list[Item]:
    items: list[Item] = []
    for corpus in corpora:
        for answer in sorted((corpus / "answers").glob("*.json")):
            doc = _doc_for(answer, corpus / "docs")
            if doc is not None:
                d = read_document(doc)
                items.append((read_briefing(answer), d.text, extract_facts(d)))
    return items


def _bundled() -> list[Item]:
    items: list[Item] = []
    for ref in sorted((ROOT / "tests" / "reference_answers").glob("*.json")):
        data = json.loads(ref.read_text(encoding="utf-8"))
        doc = next((p for p in sorted((ROOT / "examples").iterdir()) if p.stem == ref.stem), None)
        if doc is not None:
            d = read_document(doc)
            items.append((Briefing.model_validate(data["briefing"]), d.text, extract_facts(d)))
    return items


def _compiles(items: list[Item]) -> tuple[float, float]:
    from re import _compiler  # type: ignore[attr-defined]

    calls = [0]
    original = _compiler.compile

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        return original(*args, **kwargs)

    _compiler.compile = counting
    try:
        cold = 0
        for b, text, facts in items:
            re.purge()
            calls[0] = 0
            verify_briefing(b, text, facts)
            cold += calls[0]
        for b, text, facts in items:  # warm the cache again
            verify_briefing(b, text, facts)
        calls[0] = 0
        for b, text, facts in items:
            verify_briefing(b, text, facts)
        return cold / len(items), calls[0] / len(items)
    finally:
        _compiler.compile = original


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument(
        "--profile", metavar="KEY", help="a cProfile sorted by KEY (cumulative, tottime)"
    )
    args = parser.parse_args()
    corpora = args.corpora or _shared()
    items = _items(corpora) if corpora else _bundled()
    if not items:
        parser.error("no answers found: give folders with docs/ and answers/")
    where = ", ".join(str(c) for c in corpora) or "tests/reference_answers (examples/)"
    for b, text, facts in items:
        verify_briefing(b, text, facts)
    best = float("inf")
    for _ in range(max(1, args.rounds)):
        started = time.process_time()
        for b, text, facts in items:
            verify_briefing(b, text, facts)
        best = min(best, time.process_time() - started)
    cold, steady = _compiles(items)
    print(f"{len(items)} answers from {where}")
    print(
        f"verify_briefing: {best / len(items) * 1000:.2f} ms CPU per answer (best of {args.rounds})"
    )
    print(
        f"regexes compiled per answer: {cold:.1f} from an empty cache, {steady:.2f} in steady state"
    )
    if args.profile:
        profile = cProfile.Profile()
        profile.enable()
        for b, text, facts in items:
            verify_briefing(b, text, facts)
        profile.disable()
        pstats.Stats(profile).sort_stats(args.profile).print_stats(40)
    return 0


if __name__ == "__main__":
    sys.exit(main())
