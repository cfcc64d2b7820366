"""Throughput of the facts layer against phonenumbers' phone matcher on the eval documents.

Run: uv run python benchmarks/bench_facts.py [DOCS_DIR] [--seconds 4] [--instructions]
Prints characters per second for all-kinds extraction, whole `extract_facts` (facts and
structure) and phonenumbers (phones only), all in one run (the rows taking turns, each row's
median round), and the time ratio of whole extraction to phone matching with PASS or FAIL
against the target (<= 2.0).
`--instructions` counts instead what a document costs each side in instructions (valgrind's
callgrind, three passes of each after a warm-up, counted between two points of one process),
and their ratio: a figure the load of a shared machine does not move (timed ratios of the same
code went 2.7-3.5 with it; the phones' count of the same code in two runs differed by
0.1-0.4%).
DOCS_DIR defaults to ../shared/eval/docs when present, else the repository's examples/ and
corpus/docs/ (a fresh clone has those).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import phonenumbers

from summarizer.extract import extract_facts
from summarizer.facts import find_facts, find_reference_date
from summarizer.reading import read_document

ROOT = Path(__file__).resolve().parents[1]
EVAL_DOCS = ROOT.parent / "shared" / "eval" / "docs"
BUNDLED = (ROOT / "examples", ROOT / "corpus" / "docs")
SUFFIXES = (".txt", ".html", ".htm", ".pdf", ".hwpx")
TARGET = 2.0  # issue 13: whole extraction at most twice the time of phone matching alone


def folders_for(docs: Path | None) -> list[Path]:
    """DOCS_DIR when given (a folder), else ../shared/eval/docs, else the bundled documents."""
    if docs is not None and not docs.is_dir():
        raise SystemExit(f"{docs}: not a folder; give a folder of documents")
    if docs is not None:
        return [docs]
    if EVAL_DOCS.is_dir():
        return [EVAL_DOCS]
    return [f for f in BUNDLED if f.is_dir()]


def _documents(folders: list[Path]) -> list[Path]:
    found = [
        p
        for folder in folders
        for p in sorted(folder.iterdir())
        if p.is_file() and p.suffix.lower() in SUFFIXES
    ]
    if not found:
        raise SystemExit(f"no documents in {', '.join(map(str, folders))}: give a folder of them")
    return found


def _rates(
    texts: list[str], runs: list[Callable[[str], object]], seconds: float
) -> list[tuple[float, int]]:
    """Characters per CPU second of each of `runs` over `texts`, until the slowest has spent
    about `seconds` of CPU: the median of its rounds (a pass over the texts each).

    CPU time, not wall time: on a shared machine other processes would otherwise decide the
    ratio between the rows. The rows take turns, one pass over the texts each per round, so a
    change of load on the machine (other processes sharing the cores and their caches) falls on
    every row alike; rows timed one after the other in blocks of seconds each saw different
    loads, and their ratio moved with it (2.68-2.93 over three runs). The median round, not the
    mean, so that a burst of load during a few rounds does not move a row.
    """
    chars = sum(len(t) for t in texts)
    for run in runs:  # warm-up: regex compilation, imports
        for t in texts:
            run(t)
    times: list[list[float]] = [[] for _ in runs]
    while max(sum(ts) for ts in times) < seconds or len(times[0]) < 5:
        for i, run in enumerate(runs):
            start = time.process_time()
            for t in texts:
                run(t)
            times[i].append(time.process_time() - start)
    return [(chars / statistics.median(ts), len(ts)) for ts in times]


def _passes(docs: str, passes: int) -> None:
    """What `--instructions` counts, in one process: after a warm-up pass of each side (imports,
    compiled patterns), `passes` passes of whole extraction over the documents, then as many of
    phone matching, each run of passes between two calls of `os.getppid` (where callgrind
    writes its counts: a function nothing else here calls)."""
    found = [read_document(p) for p in _documents(folders_for(Path(docs) if docs else None))]
    texts = [d.text for d in found]
    for d in found:
        extract_facts(d)
        list(phonenumbers.PhoneNumberMatcher(d.text, "KR"))
    os.getppid()
    for _ in range(passes):
        for d in found:
            extract_facts(d)
    os.getppid()
    for _ in range(passes):
        for t in texts:
            list(phonenumbers.PhoneNumberMatcher(t, "KR"))
    os.getppid()


def _instruction_ratio(docs: Path | None, passes: int = 3) -> None:
    """Instructions a document of whole extraction and of phone matching, counted by valgrind's
    callgrind in one process (`_passes`): counts taken between two points of one run, not as
    the difference of two runs, whose start-ups differ by millions of instructions."""
    require_valgrind("--instructions ")
    folder = str(docs or "")
    n = len(_documents(folders_for(docs)))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        callgrind(out, "os_getppid*", [__file__, "--passes", str(passes), folder])
        # the dumps at the second and third call: what the passes of each side cost
        counts = [totals(out.with_name(f"{out.name}.{k}")) for k in (2, 3)]
    whole, phones = (c / (passes * n) for c in counts)
    print(f"extract_facts, whole   {whole / 1e6:7.2f} M instructions a document")
    print(f"PhoneNumberMatcher     {phones / 1e6:7.2f} M instructions a document")
    ratio = whole / phones
    verdict = "PASS" if ratio <= TARGET else "FAIL"
    print(
        f"instruction ratio extract_facts / PhoneNumberMatcher: {ratio:.2f} {verdict} "
        f"(the target <= {TARGET} is on time, which runs at fewer instructions a cycle)"
    )


def require_valgrind(what: str = "") -> None:
    """Stop with one line when valgrind, which the instruction counts run under, is missing."""
    if shutil.which("valgrind") is None:
        raise SystemExit(f"{what}needs valgrind on PATH (apt-get install valgrind)")


def callgrind(out: Path, mark: str, argv: list[str], options: tuple[str, ...] = ()) -> None:
    """Run `python ARGV` under valgrind's callgrind, its counts written to OUT (and OUT.1, OUT.2,
    … dumped before each call of MARK); the benchmarks that count instructions share it.
    `options` are callgrind's own (engine_costs.py asks for names written out in every dump)."""
    subprocess.run(
        [
            *("valgrind", "--tool=callgrind", f"--dump-before={mark}", *options),
            f"--callgrind-out-file={out}",
            sys.executable,
            *argv,
        ],
        env=dict(os.environ, PYTHONHASHSEED="0"),  # (dict and set orders as in every run)
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )


def totals(dump: Path) -> int:
    found = re.search(r"^totals: (\d+)", dump.read_text(), re.M)
    if found is None:
        raise SystemExit(f"no instruction count in {dump}")
    return int(found.group(1))


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("docs", nargs="?", type=Path, help="folder of documents")
    ap.add_argument("--seconds", type=float, default=4.0)
    ap.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions (valgrind) instead of timing",
    )
    ap.add_argument("--passes", nargs=2, help=argparse.SUPPRESS)  # N DOCS: the counted run
    args = ap.parse_args()
    if args.passes:
        passes, docs = args.passes
        _passes(docs, int(passes))
        return
    if args.instructions:
        _instruction_ratio(args.docs)
        return

    folders = folders_for(args.docs)
    print(f"documents from {', '.join(str(f) for f in folders)}")
    documents = {d.text: d for d in (read_document(p) for p in _documents(folders))}
    texts = list(documents)
    ref = date(2024, 7, 17)

    def facts_only(text: str) -> object:
        return find_facts(text, ref)

    def with_reference(text: str) -> object:
        find_reference_date(text)
        return find_facts(text, ref)

    def whole(text: str) -> object:
        # What a document costs: reference date, facts and structure (reading excluded, as
        # phonenumbers is given the text too).
        return extract_facts(documents[text])

    def theirs(text: str) -> object:
        return list(phonenumbers.PhoneNumberMatcher(text, "KR"))

    chars = sum(len(t) for t in texts)
    print(
        f"{len(texts)} documents, {chars:,} characters, the rows taking turns (a pass over the "
        f"documents each) until the slowest has had about {args.seconds:g} s"
    )
    rows = _rates(texts, [facts_only, with_reference, whole, theirs], args.seconds)
    (facts_rate, n1), (ref_rate, n2), (whole_rate, n4), (their_rate, n3) = rows
    print(
        f"summarizer.facts, all kinds:               {facts_rate / 1e6:6.2f} M chars/s ({n1} rounds)"
    )
    print(
        f"summarizer.facts, all kinds + ref. date:   {ref_rate / 1e6:6.2f} M chars/s ({n2} rounds)"
    )
    print(
        f"extract_facts, whole (facts + structure):  {whole_rate / 1e6:6.2f} M chars/s ({n4} rounds)"
    )
    print(
        f"phonenumbers.PhoneNumberMatcher, phones:   {their_rate / 1e6:6.2f} M chars/s ({n3} rounds)"
    )
    print(
        f"speed ratio all kinds / phonenumbers: {facts_rate / their_rate:.2f}x "
        f"(with reference date {ref_rate / their_rate:.2f}x)"
    )
    ratio = their_rate / whole_rate
    verdict = "PASS" if ratio <= TARGET else "FAIL"
    print(
        f"time ratio extract_facts / PhoneNumberMatcher: {ratio:.2f} {verdict} "
        f"(target <= {TARGET}: whole extraction at least half as fast as phone matching alone)"
    )


if __name__ == "__main__":
    main()
