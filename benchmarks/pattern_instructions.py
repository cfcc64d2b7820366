"""Which compiled patterns whole `extract_facts` spends its instructions in, pattern by pattern.

Run: uv run python benchmarks/pattern_instructions.py [DOCS_DIR] [--top 40]
profile_patterns.py's recording (one pass of whole `extract_facts` over the documents with
every module-level pattern noting its calls), then each pattern's calls replayed on their own
between two calls of `os.getpgrp` (where valgrind's callgrind writes its counts): the
instructions each pattern's calls cost the engine on these documents, a figure the load of a
shared machine does not move (profile_patterns.py times the same replays). Printed per
pattern: instructions a document, calls a document, and its share of whole `extract_facts`
(counted in the same process, between two marks as well).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts import _documents, callgrind, folders_for, require_valgrind, totals
from profile_patterns import _asked, _replay, record

from summarizer.extract import extract_facts
from summarizer.reading import read_document


def _count(doc_dir: str, log: Path) -> None:
    docs = [read_document(p) for p in _documents(folders_for(Path(doc_dir) if doc_dir else None))]
    patterns = record(docs)
    names = sorted(_asked)
    mark = os.getpgrp
    mark()
    for d in docs:
        extract_facts(d)
    mark()
    for name in names:
        _replay(patterns[name], _asked[name])
        mark()
    log.write_text("\n".join(f"{n}\t{len(_asked[n])}" for n in names))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("docs", nargs="?", type=Path, help="folder of documents")
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--count", nargs=2, help=argparse.SUPPRESS)  # DOCS LOG: the counted run
    args = ap.parse_args()
    if args.count:
        _count(args.count[0], Path(args.count[1]))
        return
    require_valgrind()
    n = len(_documents(folders_for(args.docs)))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        log = Path(tmp) / "patterns"
        callgrind(out, "os_getpgrp", [__file__, "--count", str(args.docs or ""), str(log)])
        rows = [line.split("\t") for line in log.read_text().split("\n")]
        # dump k holds what ran before the k-th mark: 2 the whole pass, 3… each replay
        costs = [totals(out.with_name(f"{out.name}.{k}")) for k in range(2, len(rows) + 3)]
    whole, replays = costs[0], costs[1:]
    spent = sum(replays)
    print(
        f"{n} documents; whole extract_facts {whole / n / 1e6:.2f} M instructions a document; "
        f"the {len(rows)} patterns' calls replayed: {spent / n / 1e6:.2f} M ({spent / whole:.0%})"
    )
    print(f"{'pattern':52s} {'M/doc':>7s} {'calls':>7s} {'of whole':>8s}")
    order = sorted(range(len(rows)), key=lambda i: -replays[i])
    for i in order[: args.top]:
        name, calls = rows[i]
        print(
            f"{name:52s} {replays[i] / n / 1e6:7.3f} {int(calls) / n:7.1f} "
            f"{replays[i] / whole:8.1%}"
        )


if __name__ == "__main__":
    main()
