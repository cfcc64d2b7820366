#!/usr/bin/env python3
"""Pairwise precision and recall of event grouping against gold `event_cluster`.

    uv run python tools/eval_grouping.py [--corpus ../shared/eval-real] [--answers] [-v]

Offline: results from the deterministic extraction only (no model). With --answers: each
document's briefing from `<corpus>/answers/<id>.json` (key "answer") joins its facts, as a
model's answer would. Reads the corpus at run time; nothing of it is stored in the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import combinations
from pathlib import Path

from summarizer import extract_facts, group_events, read_document
from summarizer.models import Briefing, Structure, SummaryResult


def load(
    corpus: Path, answers: bool, *, singletons: bool = False, reference_date: str | None = None
) -> tuple[list[SummaryResult], dict[str, str]]:
    """Results and gold event labels; with `singletons`, a page without one is its own event."""
    results, gold = [], {}
    for gold_file in sorted((corpus / "gold").glob("*.json")):
        g = json.loads(gold_file.read_text("utf-8"))
        if not g.get("event_cluster") and not singletons:
            continue
        doc = read_document(corpus / g["file"])
        facts = extract_facts(doc, reference_date=reference_date)
        briefing = None
        answer_file = corpus / "answers" / gold_file.name
        if answers and answer_file.is_file():
            raw = json.loads(answer_file.read_text("utf-8"))["answer"]
            briefing = Briefing.model_validate(raw)
        mode = "model" if briefing is not None else "offline"
        results.append(SummaryResult(mode=mode, briefing=briefing, facts=facts))
        gold[facts.source.path] = g.get("event_cluster") or f"{corpus.name}/{g['id']}"
    return results, gold


def pairs(labels: dict[str, str]) -> set[tuple[str, str]]:
    return {(a, b) for a, b in combinations(sorted(labels), 2) if labels[a] == labels[b]}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=Path("../shared/eval-real"))
    ap.add_argument("--answers", action="store_true", help="use the corpus's briefing answers")
    ap.add_argument(
        "--extra",
        type=Path,
        action="append",
        default=[],
        help="another corpus whose pages are each their own event (more chances to merge wrongly)",
    )
    ap.add_argument(
        "--reference-date",
        metavar="YYYY-MM-DD",
        help="one reference date for every page, as `brief --reference-date` gives a batch",
    )
    ap.add_argument(
        "--no-structure",
        action="store_true",
        help="drop the deterministic structure (parties, event) to test robustness to it",
    )
    ap.add_argument("-v", "--verbose", action="store_true", help="list wrong and missed pairs")
    args = ap.parse_args()
    if not (args.corpus / "gold").is_dir():
        print(f"Error: no gold folder under {args.corpus}", file=sys.stderr)
        return 1
    results, gold = load(args.corpus, args.answers, reference_date=args.reference_date)
    for extra in args.extra:
        more, labels = load(
            extra, args.answers, singletons=True, reference_date=args.reference_date
        )
        results += more
        gold.update(labels)
    if args.no_structure:
        for r in results:
            r.facts.structure = Structure()
    grouping = group_events(results)
    predicted = {s.path: e.id for e in grouping.events for s in e.sources}
    want, got = pairs(gold), pairs(predicted)
    tp = len(want & got)
    precision = tp / len(got) if got else 1.0
    recall = tp / len(want) if want else 1.0
    mode = ("answers" if args.answers else "offline") + (
        ", no structure" if args.no_structure else ""
    )
    mode += f", reference date {args.reference_date}" if args.reference_date else ""
    print(
        f"{mode}: {len(results)} documents, {len(grouping.events)} events; gold pairs {len(want)}, "
        f"predicted {len(got)}, correct {tp}; precision {precision:.3f}, recall {recall:.3f}"
    )
    if args.verbose:
        for a, b in sorted(got - want):
            print(f"  wrong: {Path(a).name} + {Path(b).name}")
        for a, b in sorted(want - got):
            print(f"  missed: {Path(a).name} + {Path(b).name}")
        for e in grouping.events:
            names = ", ".join(Path(s.path).name for s in e.sources)
            print(f"  {e.id} {e.date} [{names}]")
            for d in e.disagreements:
                vals = " | ".join(f"{Path(v.path).name}: {v.value}" for v in d.values)
                print(f"     ≠ {d.field} ({d.about}): {vals}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
