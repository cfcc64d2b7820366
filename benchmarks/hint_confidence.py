"""Are the rules' confidence marks worth anything? Precision of structure items by mark.

The prompt sends parties, commitments and quotes as hints, an item the rules doubt marked
`unsure` (its `confidence` is "low"). A mark helps only if the unmarked items are right far
more often than the marked ones. For every gold document of the corpora given (default
`../shared/eval-real`) this runs the deterministic layer in-process with the gold reference
date, matches its items to the gold with the shared scorer's own rules
(`../shared/eval/score.py`: one-to-one, first fitting prediction) and prints, per field and
mark, how many items were right.

    uv run python benchmarks/hint_confidence.py [CORPUS ...]

A corpus is a folder with `gold/*.json` whose `file` names the document beside it. Documents
are read at run time and never copied.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from summarizer.extract import facts_record
from summarizer.models.records import dump_json

_SHARED = Path(__file__).resolve().parents[2] / "shared"
_FIELDS = ("parties", "commitments", "quotes")


def _scorer(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"error: cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _matched(gold: list[object], pred: list[dict[str, object]], same: object) -> set[int]:
    """Indices of the predictions the scorer pairs with a gold item (its greedy order)."""
    used: set[int] = set()
    for g in gold:
        for i, p in enumerate(pred):
            if i not in used and same(g, p):  # type: ignore[operator]
                used.add(i)
                break
    return used


def tally(corpora: list[Path], score: ModuleType) -> dict[tuple[str, str], list[int]]:
    """(field, mark) -> [right, predicted] over every gold document of `corpora`."""
    same = {
        "parties": score._party_same,
        "commitments": score._commitment_same,
        "quotes": score._quote_same,
    }
    out: dict[tuple[str, str], list[int]] = {}
    for corpus in corpora:
        for gold_file in sorted((corpus / "gold").glob("*.json")):
            gold = json.loads(gold_file.read_text(encoding="utf-8"))
            record = facts_record(
                str(corpus / gold["file"]), reference_date=gold.get("reference_date") or None
            )
            structure = json.loads(dump_json(record)).get("structure") or {}
            for field in _FIELDS:
                pred = structure.get(field) or []
                hits = _matched(gold.get(field) or [], pred, same[field])
                for i, item in enumerate(pred):
                    mark = "unsure" if item.get("confidence") == "low" else "sure"
                    cell = out.setdefault((field, mark), [0, 0])
                    cell[0] += i in hits
                    cell[1] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", type=Path, default=[_SHARED / "eval-real"])
    parser.add_argument("--scorer", type=Path, default=_SHARED / "eval" / "score.py")
    args = parser.parse_args(argv)
    missing = [c for c in [*args.corpora, args.scorer] if not c.exists()]
    if missing:
        print(f"error: not found: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    cells = tally(args.corpora, _scorer(args.scorer))
    print(f"{'field':12s} {'mark':7s} {'right':>6s} {'items':>6s} precision")
    for (field, mark), (right, items) in sorted(cells.items()):
        print(f"{field:12s} {mark:7s} {right:6d} {items:6d} {right / items:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
