"""Verify correct answers written by others and print every flag the verifier raises.

Usage: uv run python tools/check_answers.py [ANSWERS_DIR DOCS_DIR] ... [--verbose]
Default: ../shared/eval-real and ../shared/eval (answers/ beside docs/). Reads them at run time;
nothing is copied into the project. A correct answer should raise no hard flag.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from summarizer import read_document
from summarizer.errors import SummarizerError
from summarizer.extract import extract_facts
from summarizer.models import Briefing
from summarizer.verify import verify_briefing

DEFAULT = [Path("../shared/eval-real"), Path("../shared/eval")]


def _doc_for(answer: Path, docs: Path) -> Path | None:
    exact = sorted(p for p in docs.iterdir() if p.stem == answer.stem)
    prefixed = sorted(p for p in docs.iterdir() if p.stem.startswith(answer.stem))
    hits = exact or prefixed
    return hits[0] if hits else None


def read_briefing(answer: Path) -> Briefing:
    """The briefing an answer file holds (`{"answer": …}`, `{"briefing": …}` or a bare one)."""
    data = json.loads(answer.read_text(encoding="utf-8"))
    return Briefing.model_validate(data.get("answer") or data.get("briefing") or data)


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    roots = [Path(a) for a in argv if not a.startswith("--")] or DEFAULT
    totals: Counter[str] = Counter()
    failed = 0
    for root in roots:
        if not (root / "answers").is_dir():
            print(f"skip {root}: no answers/", file=sys.stderr)
            continue
        for answer in sorted((root / "answers").glob("*.json")):
            doc_path = _doc_for(answer, root / "docs")
            if doc_path is None:
                continue
            try:
                briefing = read_briefing(answer)
                doc = read_document(str(doc_path))
            except (OSError, ValueError, SummarizerError) as exc:
                first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
                print(f"Error: {answer}: {first}", file=sys.stderr)
                failed += 1
                continue
            facts = extract_facts(doc)
            report = verify_briefing(briefing, facts.text or doc.text, facts)
            for c in report.checks:
                totals[c.status] += 1
                quiet = c.status in ("exact", "normalised", "fuzzy", "unchecked")
                if quiet and not (verbose and c.status == "unchecked"):
                    continue
                tag = "HARD" if c.hard else "soft"
                totals[f"{tag}-flag"] += 1 if c.status != "unchecked" else 0
                print(
                    f"{tag} {answer.stem} {c.field} [{c.kind}/{c.status}] {c.claim[:50]!r}: {c.note}"
                )
    print(" ".join(f"{k}={v}" for k, v in sorted(totals.items())))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
