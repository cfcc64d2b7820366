"""Which regex searches of whole `extract_facts` run over a WHOLE page, and how many of them
find nothing: the bound on what searching less (windows around trigger words, or a reader
skipped on a page without them) could win.

Run: uv run python benchmarks/page_scans.py [DOCS_DIR ...] [--rounds 5] [--top 30]
profile_patterns.py's recording (one pass of whole `extract_facts` with every module-level
pattern noting its calls), each call then classed and its class replayed on its own (the
fastest of `--rounds` in CPU time):
- a page call: the string handed in is a document's whole text (or more than 1,000 characters,
  a body or a folded copy of it); else a piece (a line, a sentence, a name);
- an idle call: it found nothing (`search`/`match`/`fullmatch` None, `findall` empty,
  `finditer` no item, `sub`/`subn` no change, `split` one piece).
Printed: the whole pass, the replayed calls by class (ms a pass and share of the whole pass),
how many patterns are asked a page, and per pattern (heaviest page calls first) calls, page
calls, characters handed to its page calls (from `pos` to `endpos`), page time and idle page
time. A pattern asked over whole pages that is idle on most of them is a candidate for a
literal gate before it; the cumulative rows say how far such gates could go.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_facts import _documents, folders_for
from profile_patterns import _asked, _fastest, _replay, record

from summarizer.extract import extract_facts
from summarizer.reading import read_document

Call = tuple[str, tuple[Any, ...], dict[str, Any], int]
_PAGE = 1000  # characters: a string at least this long handed in is a page, not a piece


def _span(method: str, a: tuple[Any, ...], k: dict[str, Any]) -> int:
    """The characters a call was handed: `string[pos:endpos]` for the scanning methods."""
    s = a[0]
    if method in ("sub", "subn"):
        s = a[1]
        return len(s)
    if method == "split":
        return len(s)
    pos = a[1] if len(a) > 1 else k.get("pos", 0)
    end = a[2] if len(a) > 2 else k.get("endpos", len(s))
    return max(0, min(end, len(s)) - pos)


def _idle(p: re.Pattern[str], call: Call) -> bool:
    method, a, k, _ = call
    if method == "finditer":
        return next(p.finditer(*a, **k), None) is None
    got = getattr(p, method)(*a, **k)
    if method in ("sub",):
        return bool(got == a[1])
    if method == "subn":
        return bool(got[1] == 0)
    if method == "split":
        return len(got) == 1
    if method == "findall":
        return not got
    return got is None


def _time(p: re.Pattern[str], calls: list[Call], rounds: int) -> float:
    """The fastest of `rounds` replays of `calls` (CPU seconds); 0 for none."""
    return _fastest(lambda: _replay(p, calls), rounds) if calls else 0.0


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("docs", nargs="*", type=Path, help="folders of documents")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--top", type=int, default=30)
    args = ap.parse_args()
    folders = [f for d in args.docs for f in folders_for(d)] or folders_for(None)
    docs = [read_document(p) for p in _documents(folders)]
    texts = {d.text for d in docs}
    print(f"{len(docs)} documents, {sum(len(t) for t in texts):,} characters")
    patterns = record(docs)

    def whole_pass() -> None:
        for d in docs:
            extract_facts(d)

    whole = _fastest(whole_pass, args.rounds)

    def page(c: Call) -> bool:
        s = c[1][1] if c[0] in ("sub", "subn") else c[1][0]
        return isinstance(s, str) and (s in texts or len(s) > _PAGE)

    rows = []
    totals = dict.fromkeys(("page", "page idle", "piece", "piece idle"), 0.0)
    for name, asked in _asked.items():
        p = patterns[name]
        classes: dict[str, list[Call]] = {k: [] for k in totals}
        for c in asked:
            where = "page" if page(c) else "piece"
            classes[where + (" idle" if _idle(p, c) else "")].append(c)
        spent = {k: _time(p, cs, args.rounds) for k, cs in classes.items()}
        for k in totals:
            totals[k] += spent[k]
        pages = classes["page"] + classes["page idle"]
        chars = sum(_span(m, a, k) for m, a, k, _ in pages)
        rows.append(
            (
                spent["page"] + spent["page idle"],
                spent["page idle"],
                name,
                len(asked),
                len(pages),
                chars,
            )
        )
    replay = sum(totals.values())
    print(
        f"whole pass {whole * 1e3:.2f} ms; the {len(rows)} patterns' calls replayed "
        f"{replay * 1e3:.2f} ms ({replay / whole:.1%} of it)"
    )
    for k, v in totals.items():
        print(f"  {k + ' calls':18s} {v * 1e3:7.2f} ms  {v / whole:6.1%}")
    on_pages = sum(1 for r in rows if r[4])
    print(f"patterns asked over a whole page at least once: {on_pages} of {len(rows)}")
    rows.sort(reverse=True)
    print(
        f"{'pattern':48s} {'calls':>6s} {'page':>5s} {'chars':>8s} {'page us':>8s} "
        f"{'idle us':>8s} {'of whole':>8s}"
    )
    for t, idle, name, n, npage, chars in rows[: args.top]:
        print(
            f"{name:48s} {n:6d} {npage:5d} {chars:8d} {t * 1e6:8.1f} {idle * 1e6:8.1f} "
            f"{t / whole:8.1%}"
        )
    acc = idle_acc = 0.0
    for i, row in enumerate(rows, 1):
        acc += row[0]
        idle_acc += row[1]
        if i in (10, 25, 50, 100, 200) or i == len(rows):
            print(
                f"the {i} heaviest: page calls {acc / whole:6.1%} of the whole pass, "
                f"of it idle {idle_acc / whole:6.1%}"
            )


if __name__ == "__main__":
    main()
