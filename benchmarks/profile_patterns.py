"""Which compiled patterns whole `extract_facts` spends its regex time in, pattern by pattern.

Run: uv run python benchmarks/profile_patterns.py [DOCS_DIR ...] [--rounds 10] [--top 30]
The documents are those of bench_facts.py unless folders are given. One pass of whole
`extract_facts` over them runs with every compiled pattern the package keeps at module level
(alone, or in a module-level tuple, list or dict) replaced by a stand-in that notes each call
(`search`, `match`, `fullmatch`, `finditer` and how far its caller read, `findall`, `sub`,
`subn`, `split`) and hands back what the pattern gives. Then each pattern's calls are replayed
on their own, and the fastest of `--rounds` replays in CPU time (the machine may be shared: a
round another process interrupted is slower, never faster) is printed as microseconds per pass with its calls
and its share of the whole pass (its fastest round, without stand-ins). The replay is the
engine's own cost, not the stand-in's. A pattern compiled at its first use
(`summarizer.lazy.lazy_compile`) is compiled here and recorded as the others. `--save` keeps the figures; `--compare` prints a saved
run beside, for a change's before and after.

A pattern whose calls cost far more than its neighbours' usually opens with something the
engine cannot skip ahead by (a look-ahead, a group, a case-blind letter): see
`summarizer.lexicon._regex.led_start`. The base of a change is measured by running this file
from a checkout of the base (`cd BASE && uv run python /path/to/profile_patterns.py --save F`). Patterns compiled inside functions, or handed to `re.search`
as text, are not seen.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts import _documents, folders_for

from summarizer.extract import extract_facts
from summarizer.lazy import LazyPattern
from summarizer.models import Document
from summarizer.reading import read_document

# What each pattern was asked during the recorded pass: (method, args, kwargs, steps), steps
# being how many items a caller took from `finditer` (the ending StopIteration counted).
_asked: dict[str, list[tuple[str, tuple[Any, ...], dict[str, Any], int]]] = defaultdict(list)
_METHODS = ("search", "match", "fullmatch", "findall", "sub", "subn", "split")


class _Recorder:
    """A compiled pattern that notes each call under `name`; anything else is the pattern's."""

    def __init__(self, name: str, pattern: re.Pattern[str]) -> None:
        self._name = name
        self._p = pattern

    def __getattr__(self, attr: str) -> Any:
        if attr in _METHODS:
            f = getattr(self._p, attr)

            def call(*a: Any, **k: Any) -> Any:
                _asked[self._name].append((attr, a, k, 0))
                return f(*a, **k)

            return call
        return getattr(self._p, attr)

    def finditer(self, *a: Any, **k: Any) -> Iterator[re.Match[str]]:
        calls = _asked[self._name]
        calls.append(("finditer", a, k, 1))
        at = len(calls) - 1
        for m in self._p.finditer(*a, **k):
            yield m
            calls[at] = ("finditer", a, k, calls[at][3] + 1)


def _replay(
    p: re.Pattern[str], asked: list[tuple[str, tuple[Any, ...], dict[str, Any], int]]
) -> None:
    for method, a, k, steps in asked:
        if method == "finditer":
            it = p.finditer(*a, **k)
            for _ in range(steps):
                next(it, None)
        else:
            getattr(p, method)(*a, **k)


def _modules() -> list[ModuleType]:
    return [
        m
        for n, m in sorted(sys.modules.items())
        if (n == "summarizer" or n.startswith("summarizer.")) and m is not None
    ]


def _pattern(v: Any) -> Any:
    """A `lazy_compile`d pattern as its compiled pattern (compiled now); anything else as is."""
    return v.compiled() if isinstance(v, LazyPattern) else v


def _install() -> tuple[dict[str, re.Pattern[str]], Callable[[], None]]:
    """Put a recording stand-in in place of every module-level pattern; returns the patterns by
    name and the undo."""
    names: dict[int, str] = {}
    # Each lazy pattern compiled once here and kept: compiled again below, `re` (its cache
    # full) may hand back a new object, and the one named here, let go, may leave its id to
    # another pattern, whose calls were then noted and replayed under this one's name.
    compiled: dict[tuple[str, str], Any] = {}
    for m in _modules():  # one name per pattern: the first module (by name) that holds it
        for attr, held in vars(m).items():
            v = compiled[(m.__name__, attr)] = _pattern(held)
            if isinstance(v, re.Pattern) and id(v) not in names:
                names[id(v)] = f"{m.__name__.removeprefix('summarizer.')}.{attr}"
    undo: list[Callable[[], None]] = []
    stand_ins: dict[int, _Recorder] = {}
    patterns: dict[str, re.Pattern[str]] = {}

    def recorded(v: re.Pattern[str], name: str) -> _Recorder:
        if id(v) not in stand_ins:
            name = names.get(id(v), name)
            stand_ins[id(v)] = _Recorder(name, v)
            patterns[name] = v
        return stand_ins[id(v)]

    for m in _modules():
        space = vars(m)
        for attr, v in list(space.items()):
            here = f"{m.__name__.removeprefix('summarizer.')}.{attr}"
            new: Any = None
            if isinstance(c := compiled.get((m.__name__, attr), v), re.Pattern):
                new = recorded(c, here)
            elif type(v) in (tuple, list) and any(isinstance(x, re.Pattern) for x in v):
                new = type(v)(
                    recorded(x, f"{here}[{i}]") if isinstance(x, re.Pattern) else x
                    for i, x in enumerate(v)
                )
            elif type(v) is dict and any(isinstance(x, re.Pattern) for x in v.values()):
                new = {
                    k: recorded(x, f"{here}[{k!r}]") if isinstance(x, re.Pattern) else x
                    for k, x in v.items()
                }
            if new is not None:
                space[attr] = new
                undo.append(lambda space=space, attr=attr, v=v: space.__setitem__(attr, v))

    def restore() -> None:
        for u in undo:
            u()

    return patterns, restore


def record(docs: list[Document]) -> dict[str, re.Pattern[str]]:
    """Warm up on `docs` (imports, regex compilation), then run them once more with every
    pattern's calls recorded in `_asked`; the patterns by name, for `_replay`."""
    for d in docs:
        extract_facts(d)
    patterns, restore = _install()
    try:
        for d in docs:
            extract_facts(d)
    finally:
        restore()
    return patterns


def _fastest(run: Callable[[], object], rounds: int) -> float:
    """The fastest of `rounds` timings of `run` in CPU time (a round another process
    interrupted, or that found the caches cold, is slower, never faster)."""
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        run()
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("docs", nargs="*", type=Path, help="folders of documents")
    ap.add_argument("--rounds", type=int, default=10)
    ap.add_argument("--top", type=int, default=30)
    ap.add_argument("--save", type=Path, help="write the figures to this JSON file")
    ap.add_argument("--compare", type=Path, help="a file --save wrote: print its figures beside")
    args = ap.parse_args()
    folders = [f for d in args.docs for f in folders_for(d)] or folders_for(None)
    docs = [read_document(p) for p in _documents(folders)]
    chars = sum(len(d.text) for d in docs)
    print(f"{len(docs)} documents, {chars:,} characters, {args.rounds} rounds")

    patterns = record(docs)

    def whole_pass() -> None:
        for d in docs:
            extract_facts(d)

    whole = _fastest(whole_pass, args.rounds)
    rows = {
        name: _fastest(lambda p=patterns[name], a=asked: _replay(p, a), args.rounds)
        for name, asked in _asked.items()
    }
    calls = {name: len(asked) for name, asked in _asked.items()}
    engine = sum(rows.values())
    print(
        f"whole pass {whole * 1e3:.2f} ms; the {len(rows)} patterns asked, replayed one by one: "
        f"{engine * 1e3:.2f} ms ({engine / whole:.0%})"
    )
    before: dict[str, float] = {}
    if args.compare:
        before = json.loads(args.compare.read_text(encoding="utf-8"))["patterns"]
        was = sum(before.values())
        print(f"{args.compare}: the patterns {was * 1e3:.2f} ms")
    print(
        f"{'pattern':48s} {'us/pass':>9s} {'calls':>7s} {'us/call':>8s} {'of whole':>9s}"
        + (f" {'before':>9s}" if before else "")
    )
    order = sorted(set(rows) | set(before), key=lambda n: -max(rows.get(n, 0), before.get(n, 0)))
    for name in order[: args.top]:
        us = rows.get(name, 0.0) * 1e6
        n = calls.get(name, 0)
        line = f"{name:48s} {us:9.1f} {n:7d} {us / max(n, 1):8.2f} {us / 1e6 / whole:9.1%}"
        if before:
            line += f" {before.get(name, 0.0) * 1e6:9.1f}"
        print(line)
    if args.save:
        figures = {"whole": whole, "patterns": rows}
        args.save.write_text(json.dumps(figures, indent=1, sort_keys=True), encoding="utf-8")


if __name__ == "__main__":
    main()
