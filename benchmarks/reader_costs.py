"""What each reader of the structure layer costs a document, in instructions (valgrind).

Run: uv run python benchmarks/reader_costs.py [DOCS_DIR] [--calls 3]
The documents are those of bench_facts.py. A reader is a function of `summarizer.structure`
or `summarizer.facts` called at most `--calls` times a document (on average over the
documents): what the pipeline and its stages call once or a few times, not the helpers asked
of every sentence. Each reader's calls are marked by two calls of `os.getpgrp` (where
callgrind writes its counts: a function nothing else here calls), so the instructions
between two marks fall to the reader innermost at the time; a reader's cost is what falls to
it and to everything it calls (readers it calls included, printed in their own rows too).
Printed per reader: calls a document, instructions a document (inclusive) and its share of
whole `extract_facts`, and what falls to it alone (exclusive of the readers it calls).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import os
import pkgutil
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts import _documents, callgrind, folders_for, require_valgrind, totals

import summarizer.facts
import summarizer.structure
from summarizer.extract import extract_facts
from summarizer.reading import read_document

_PACKAGES = (summarizer.structure, summarizer.facts)


def _modules() -> list[Any]:
    out = []
    for pkg in _PACKAGES:
        out.append(pkg)
        for info in pkgutil.iter_modules(pkg.__path__):
            out.append(importlib.import_module(f"{pkg.__name__}.{info.name}"))
    return out


def _functions(modules: list[Any]) -> dict[Any, str]:
    """Every plain function defined in the packages, by its qualified name."""
    out: dict[Any, str] = {}
    prefixes = tuple(p.__name__ for p in _PACKAGES)
    for m in modules:
        for f in vars(m).values():
            if inspect.isfunction(f) and f.__module__.startswith(prefixes):
                out[f] = f"{f.__module__.rsplit('.', 1)[-1]}.{f.__name__}"
    return out


def _wrap_all(
    modules: list[Any], chosen: dict[Any, str], make: Callable[[Any, str], Any]
) -> list[tuple[Any, str, Any]]:
    """Each chosen function replaced, in every module's namespace that holds it, by
    `make(f, name)`; the replacements, to undo."""
    undo = []
    wrapped: dict[Any, Any] = {}
    for m in modules:
        for attr, f in list(vars(m).items()):
            if inspect.isfunction(f) and f in chosen:
                w = wrapped.setdefault(f, make(f, chosen[f]))
                setattr(m, attr, w)
                undo.append((m, attr, f))
    return undo


def _unwrap(undo: list[tuple[Any, str, Any]]) -> None:
    for m, attr, f in undo:
        setattr(m, attr, f)


def _readers(docs: list[Any], modules: list[Any], calls: float) -> dict[Any, str]:
    """The functions called at most `calls` times a document (on average)."""
    every = _functions(modules)
    counted: Counter[Any] = Counter()

    def make(f: Any, name: str) -> Any:
        def run(*a: Any, **k: Any) -> Any:
            counted[f] += 1
            return f(*a, **k)

        return run

    undo = _wrap_all(modules, every, make)
    try:
        for d in docs:
            extract_facts(d)
    finally:
        _unwrap(undo)
    return {f: every[f] for f, n in counted.items() if n <= calls * len(docs)}


def _marked(docs: list[Any], modules: list[Any], chosen: dict[Any, str], log: Path) -> None:
    """One pass of `extract_facts` over the documents, each chosen function's calls marked;
    the marks' order written to `log` (a reader's name opening, `-` closing)."""
    events: list[str] = []
    mark = os.getpgrp

    def make(f: Any, name: str) -> Any:
        def run(*a: Any, **k: Any) -> Any:
            events.append(name)
            mark()
            try:
                return f(*a, **k)
            finally:
                events.append("-")
                mark()

        return run

    undo = _wrap_all(modules, chosen, make)
    try:
        for d in docs:
            events.append("<doc")
            mark()
            extract_facts(d)
            events.append("doc>")
            mark()
    finally:
        _unwrap(undo)
    log.write_text("\n".join(events))


def _count(doc_dir: str, calls: float, log: str) -> None:
    docs = [read_document(p) for p in _documents(folders_for(Path(doc_dir) if doc_dir else None))]
    modules = _modules()
    for d in docs:  # warm-up: imports, compiled patterns
        extract_facts(d)
    chosen = _readers(docs, modules, calls)
    _marked(docs, modules, chosen, Path(log))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("docs", nargs="?", type=Path, help="folder of documents")
    ap.add_argument("--calls", type=float, default=3.0)
    ap.add_argument("--count", nargs=3, help=argparse.SUPPRESS)  # DOCS CALLS LOG: the run
    args = ap.parse_args()
    if args.count:
        _count(args.count[0], float(args.count[1]), args.count[2])
        return
    require_valgrind()
    n = len(_documents(folders_for(args.docs)))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        log = Path(tmp) / "events"
        argv = [__file__, "--count", str(args.docs or ""), str(args.calls), str(log)]
        callgrind(out, "os_getpgrp", argv)
        events = log.read_text().split("\n")
        dumps = sorted(
            (p for p in Path(tmp).glob("callgrind.out.*") if p.suffix[1:].isdigit()),
            key=lambda p: int(p.suffix[1:]),
        )
        # dump k (1-based) holds what ran before the k-th mark since the one before; the
        # first holds the start-up and warm-up
        costs = [totals(p) for p in dumps]
    if len(costs) != len(events):
        raise SystemExit(f"{len(costs)} dumps for {len(events)} marks: the marks miscounted")
    inclusive: dict[str, int] = defaultdict(int)
    exclusive: dict[str, int] = defaultdict(int)
    calls: Counter[str] = Counter()
    stack: list[str] = []
    for k, ev in enumerate(events):
        # what ran between mark k-1 and mark k falls to the stack as it stood
        cost = costs[k] if k else 0
        if stack and k:
            exclusive[stack[-1]] += cost
            for name in set(stack):
                inclusive[name] += cost
        if ev == "<doc":
            stack = ["(doc)"]
        elif ev == "doc>":
            stack = []
        elif ev == "-":
            stack.pop()
        else:
            stack.append(ev)
            calls[ev] += 1
    whole = inclusive["(doc)"]
    print(f"{n} documents; whole extract_facts {whole / n / 1e6:.2f} M instructions a document")
    print(f"{'reader':44s} {'calls':>6s} {'M incl':>7s} {'share':>6s} {'M excl':>7s}")
    for name in sorted(inclusive, key=lambda x: -inclusive[x]):
        if name == "(doc)":
            continue
        print(
            f"{name:44s} {calls[name] / n:6.1f} {inclusive[name] / n / 1e6:7.3f} "
            f"{inclusive[name] / whole:6.1%} {exclusive[name] / n / 1e6:7.3f}"
        )
    print(f"{'(outside any reader)':44s} {'':6s} {exclusive['(doc)'] / n / 1e6:7.3f}")


if __name__ == "__main__":
    main()
