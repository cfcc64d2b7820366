"""Where whole `extract_facts` spends its time on ordinary releases: CPU per stage, in one run.

Run: uv run python benchmarks/profile_facts.py [DOCS_DIR] [--rounds 40]
The documents are those of bench_facts.py (DOCS_DIR, else ../shared/eval/docs, else the
repository's examples/ and corpus/docs/). Each stage (the reference date, the facts, every
finder of the structure, the pydantic validation) is timed inside whole runs of
`extract_facts` by a wrapper around it; the median round of each is printed as milliseconds
per pass over the documents, its share of the whole and its share of what
`PhoneNumberMatcher` costs on the same texts (timed in the same rounds, taking turns). What
bench_facts.py's ratio asks of a change is read off the last column: the stages' sum must
come to 200% or less. The wrappers cost about a microsecond per call; the whole row is timed
without them.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import phonenumbers

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts import _documents, folders_for

import summarizer.extract as extract
import summarizer.structure as structure
from summarizer.reading import read_document

# (module, name): the stages, as the pipeline calls them
STAGES = (
    (extract, "resolve_reference"),
    (extract, "find_facts"),
    (structure, "find_title"),
    (structure, "find_contacts"),
    (structure, "find_parties"),
    (structure, "find_event"),
    (structure, "find_commitments"),
    (structure, "find_quotes"),
    (structure, "find_embargo"),
    (structure, "find_dateline"),
    (structure, "Mask"),
)
_spent: dict[str, float] = defaultdict(float)


def _timed(name: str, f: Callable[..., Any]) -> Callable[..., Any]:
    def run(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return f(*args, **kwargs)
        finally:
            _spent[name] += time.process_time() - start

    return run


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("docs", nargs="?", type=Path, help="folder of documents")
    ap.add_argument("--rounds", type=int, default=40)
    args = ap.parse_args()
    folders = folders_for(args.docs)
    docs = [read_document(p) for p in _documents(folders)]
    texts = [d.text for d in docs]
    print(f"{len(docs)} documents from {', '.join(map(str, folders))}, {args.rounds} rounds")

    from summarizer.models import facts as models

    plain = extract.extract_facts
    originals = {(m, n): getattr(m, n) for m, n in STAGES}
    originals[(models, "facts_result")] = models.facts_result
    rows: dict[str, list[float]] = defaultdict(list)
    for i in range(args.rounds + 1):  # the first round warms up (regex compilation, imports)
        start = time.process_time()
        for t in texts:
            list(phonenumbers.PhoneNumberMatcher(t, "KR"))
        theirs = time.process_time() - start
        start = time.process_time()
        for d in docs:
            plain(d)
        whole = time.process_time() - start
        _spent.clear()
        for (m, n), f in originals.items():
            setattr(m, n, _timed(n, f))
        try:
            for d in docs:
                plain(d)
        finally:
            for (m, n), f in originals.items():
                setattr(m, n, f)
        if i:
            rows["PhoneNumberMatcher"].append(theirs)
            rows["extract_facts, whole"].append(whole)
            for name, spent in _spent.items():
                rows[name].append(spent)
    theirs = statistics.median(rows["PhoneNumberMatcher"])
    whole = statistics.median(rows["extract_facts, whole"])
    print(f"{'stage':28s} {'ms/pass':>8s} {'of whole':>9s} {'of phones':>10s}")
    order = sorted(rows, key=lambda n: -statistics.median(rows[n]))
    for name in order:
        ms = statistics.median(rows[name])
        print(f"{name:28s} {ms * 1e3:8.2f} {ms / whole:9.1%} {ms / theirs:10.1%}")


if __name__ == "__main__":
    main()
