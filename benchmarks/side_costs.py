"""Why whole `extract_facts` costs ~2× the instructions of phonenumbers' matcher but ~4-5× its
time (issue 13's bound is on time): the two sides of bench_facts.py measured apart.

Run: uv run python benchmarks/side_costs.py [DOCS_DIR] [--rounds 15] [--valgrind [--ll BYTES]]
     [--perf SECONDS]
Default (time, one process, the sides taking turns as bench_facts.py's rows do), per side and
per pass over the documents: CPU ms (median round), system ms and minor page faults
(getrusage), Python's cyclic collections and the time they took (gc.callbacks), then the same
passes with 8 MiB of memory written before each document (the caches cold for each, timed per
document by the thread's CPU clock, the writing not counted), and what a document touches:
distinct Python functions and their bytecode (the interpreter's adaptive copy), distinct
compiled patterns asked and the size of their programs.
`--valgrind`: bench_facts.py's counted passes (one of each side) under callgrind with its cache
and branch simulation (`--ll` sets the simulated last-level cache, e.g. 1048576 for one core's
L2 on this machine): per document instructions, data reads and writes, L1 instruction and data
misses, last-level misses, conditional and indirect branches and their mispredictions, and the
calls of the allocators (pymalloc and libc malloc).
`--perf SECONDS`: each side run alone for SECONDS of CPU under `perf record -e cpu-clock`
(sampled time: this machine's VM has no hardware counters) joined with the callgrind counts of
the same C functions: each function's instructions a second on each side, so the same code's
speed can be compared between the sides (needs `--valgrind` in the same run).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import phonenumbers
from bench_facts import _documents, callgrind, folders_for, require_valgrind

from summarizer.extract import extract_facts
from summarizer.models import Document
from summarizer.reading import read_document

SIDES = ("extract_facts", "PhoneNumberMatcher")
_ALLOCATORS = ("_PyObject_Malloc", "malloc")


def _runs(docs: list[Document]) -> list[Callable[[Document], object]]:
    def whole(d: Document) -> object:
        return extract_facts(d)

    def phones(d: Document) -> object:
        return list(phonenumbers.PhoneNumberMatcher(d.text, "KR"))

    return [whole, phones]


class _GcClock:
    """Collections (by generation) and the time they took, while installed."""

    def __init__(self) -> None:
        self.count = [0, 0, 0]
        self.spent = 0.0
        self._start = 0.0

    def __call__(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.count[info["generation"]] += 1
            self.spent += time.perf_counter() - self._start


def _timed(docs: list[Document], rounds: int) -> None:
    runs = _runs(docs)
    for run in runs:
        for d in docs:
            run(d)
    cpu: list[list[float]] = [[] for _ in runs]
    sys_ms = [0.0 for _ in runs]
    faults = [0 for _ in runs]
    clocks = [_GcClock() for _ in runs]
    for _ in range(rounds):
        for i, run in enumerate(runs):
            gc.callbacks.append(clocks[i])
            r0 = resource.getrusage(resource.RUSAGE_SELF)
            start = time.process_time()
            for d in docs:
                run(d)
            cpu[i].append(time.process_time() - start)
            r1 = resource.getrusage(resource.RUSAGE_SELF)
            gc.callbacks.remove(clocks[i])
            sys_ms[i] += (r1.ru_stime - r0.ru_stime) * 1e3
            faults[i] += r1.ru_minflt - r0.ru_minflt
    medians = [statistics.median(ts) * 1e3 for ts in cpu]
    print(f"{len(docs)} documents; per pass over them, {rounds} rounds, the sides taking turns")
    print(
        f"{'':22s} {'CPU ms':>8s} {'sys ms':>7s} {'faults':>7s} {'gc: collections':>16s} {'gc ms':>7s}"
    )
    for i, side in enumerate(SIDES):
        c = clocks[i]
        print(
            f"{side:22s} {medians[i]:8.2f} {sys_ms[i] / rounds:7.3f} {faults[i] / rounds:7.1f} "
            f"{'/'.join(f'{n / rounds:.2f}' for n in c.count):>16s} {c.spent / rounds * 1e3:7.3f}"
        )
    print(f"time ratio {medians[0] / medians[1]:.2f}")

    big = bytearray(8 << 20)
    cold: list[list[float]] = [[] for _ in runs]
    warm: list[list[float]] = [[] for _ in runs]
    for _ in range(rounds):
        for i, run in enumerate(runs):
            for evict, into in ((False, warm), (True, cold)):
                spent = 0.0
                for d in docs:
                    if evict:
                        bytes(big)  # 8 MiB read and written: more than a core's L2
                    start = time.thread_time()
                    run(d)
                    spent += time.thread_time() - start
                into[i].append(spent)
    print("the same, timed document by document (thread CPU clock), warm and with the caches cold:")
    for i, side in enumerate(SIDES):
        w, cw = statistics.median(warm[i]) * 1e3, statistics.median(cold[i]) * 1e3
        print(
            f"{side:22s} warm {w:8.2f} ms  cold {cw:8.2f} ms  (+{cw - w:.2f} ms, {cw / w - 1:+.0%})"
        )
    ratios = [statistics.median(x[0]) / statistics.median(x[1]) for x in (warm, cold)]
    print(f"time ratio warm {ratios[0]:.2f}, cold {ratios[1]:.2f}")
    _footprint(docs, runs)


def _footprint(docs: list[Document], runs: list[Callable[[Document], object]]) -> None:
    """Distinct functions (and their bytecode) and compiled patterns a document touches."""
    print("what a document touches (mean over the documents):")
    for side, run in zip(SIDES, runs, strict=True):
        codes: list[dict[int, Any]] = []
        pats: list[dict[int, re.Pattern[str]]] = []
        for d in docs:
            seen: dict[int, Any] = {}
            used: dict[int, re.Pattern[str]] = {}

            def watch(frame: Any, event: str, arg: Any, seen: Any = seen, used: Any = used) -> None:
                if event == "call":
                    seen[id(frame.f_code)] = frame.f_code
                elif event == "c_call" and isinstance(getattr(arg, "__self__", None), re.Pattern):
                    used[id(arg.__self__)] = arg.__self__

            sys.setprofile(watch)
            try:
                run(d)
            finally:
                sys.setprofile(None)
            codes.append(seen)
            pats.append(used)
        fns = statistics.mean(len(c) for c in codes)
        code_kib = statistics.mean(
            sum(len(co._co_code_adaptive) for co in c.values()) for c in codes
        )
        npat = statistics.mean(len(p) for p in pats)
        pat_kib = statistics.mean(sum(sys.getsizeof(x) for x in p.values()) for p in pats)
        print(
            f"{side:22s} {fns:6.0f} Python functions ({code_kib / 1024:5.0f} KiB bytecode), "
            f"{npat:4.0f} compiled patterns ({pat_kib / 1024:4.0f} KiB of programs)"
        )


def _dump_events(dump: Path) -> tuple[list[str], dict[str, list[int]], Counter[str]]:
    """A callgrind dump written with names uncompressed: its event names, each C function's
    own counts, and the calls made to each function."""
    events: list[str] = []
    own: dict[str, list[int]] = {}
    calls: Counter[str] = Counter()
    fn = cfn = ""
    after_calls = False
    for line in dump.read_text(errors="replace").splitlines():
        if line.startswith("events:"):
            events = line.split()[1:]
        elif line.startswith("fn="):
            fn = line[3:].split(" ")[-1]
        elif line.startswith("cfn="):
            cfn = line[4:].split(" ")[-1]
        elif line.startswith("calls="):
            calls[cfn] += int(line[6:].split()[0])
            after_calls = True
        elif line and (line[0].isdigit() or line[0] in "+-*"):
            if after_calls:  # the inclusive cost of the call just named: not this function's
                after_calls = False
                continue
            counts = own.setdefault(fn.removesuffix("'2"), [0] * len(events))
            for k, v in enumerate(line.split()[1:]):
                counts[k] += int(v)
    return events, own, calls


def _valgrind(docs_dir: Path | None, n: int, ll: int | None) -> list[dict[str, Any]]:
    require_valgrind()
    bench = str(Path(__file__).resolve().parent / "bench_facts.py")
    options = ["--cache-sim=yes", "--branch-sim=yes", "--compress-strings=no", "--compress-pos=no"]
    if ll:
        options.append(f"--LL={ll},16,64")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "callgrind.out"
        callgrind(out, "os_getppid*", [bench, "--passes", "1", str(docs_dir or "")], tuple(options))
        sides = [_dump_events(out.with_name(f"{out.name}.{k}")) for k in (2, 3)]
    rows: list[dict[str, Any]] = []
    for events, own, calls in sides:
        tot = {e: sum(c[k] for c in own.values()) / n for k, e in enumerate(events)}
        rows.append({"events": tot, "own": own, "calls": calls, "names": events})
    labels = (
        ("instructions", ("Ir",)),
        ("data reads + writes", ("Dr", "Dw")),
        ("L1 instruction misses", ("I1mr",)),
        ("L1 data misses", ("D1mr", "D1mw")),
        ("last-level misses", ("ILmr", "DLmr", "DLmw")),
        ("branches (cond. + ind.)", ("Bc", "Bi")),
        ("mispredicted", ("Bcm", "Bim")),
    )
    print(f"\ncallgrind's simulation, per document ({'LL ' + str(ll) if ll else 'LL as found'}):")
    print(f"{'':26s} {SIDES[0]:>14s} {SIDES[1]:>19s} {'ratio':>6s}")
    for label, keys in labels:
        a, b = (sum(r["events"][k] for k in keys) for r in rows)
        print(f"{label:26s} {a:14,.0f} {b:19,.0f} {a / b if b else 0:6.2f}")
    a, b = (sum(r["calls"][f] for f in _ALLOCATORS) / n for r in rows)
    print(f"{'allocations (calls)':26s} {a:14,.0f} {b:19,.0f} {a / b:6.2f}")
    return rows


def _perf_shares(
    side: str, docs_dir: Path | None, seconds: float
) -> tuple[dict[str, float], float]:
    """Each C function's share of the sampled time of `side` run alone, and its ms a pass."""
    with tempfile.TemporaryDirectory() as tmp:
        ctl, data = Path(tmp) / "ctl", Path(tmp) / "perf.data"
        os.mkfifo(ctl)
        done = subprocess.run(
            [
                *("perf", "record", "-e", "cpu-clock", "-F", "2000", "-D", "-1"),
                *(f"--control=fifo:{ctl}", "-o", str(data)),
                *(sys.executable, __file__, "--alone", side, str(seconds), str(docs_dir or "")),
            ],
            env=dict(os.environ, SIDE_COSTS_CTL=str(ctl)),
            capture_output=True,
            text=True,
            check=True,
        )
        ms = float(re.search(r"([\d.]+) ms a pass", done.stdout).group(1))  # type: ignore[union-attr]
        report = subprocess.run(
            ["perf", "report", "-i", str(data), "--no-children", "--sort", "sym", "--stdio"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    shares: dict[str, float] = {}
    for line in report.splitlines():
        m = re.match(r"\s+([\d.]+)%\s+\[\.\]\s+(\S+)", line)
        if m:
            shares[m.group(2)] = shares.get(m.group(2), 0.0) + float(m.group(1)) / 100
    return shares, ms


def _alone(side: str, seconds: float, docs_dir: str) -> None:
    """One side's passes for `seconds` of CPU after a warm-up; perf enabled around them."""
    docs = [read_document(p) for p in _documents(folders_for(Path(docs_dir) if docs_dir else None))]
    runs = _runs(docs)
    for run in runs:
        for d in docs:
            run(d)
    run = runs[SIDES.index(side)]
    ctl = os.open(os.environ["SIDE_COSTS_CTL"], os.O_WRONLY)
    os.write(ctl, b"enable\n")
    start, passes = time.process_time(), 0
    while time.process_time() - start < seconds:
        for d in docs:
            run(d)
        passes += 1
    spent = time.process_time() - start
    os.write(ctl, b"disable\n")
    print(f"{passes} passes, {spent / passes * 1e3:.3f} ms a pass")


def _perf(docs_dir: Path | None, n: int, seconds: float, rows: list[dict[str, Any]]) -> None:
    if shutil.which("perf") is None:
        raise SystemExit("--perf needs perf on PATH")
    print(f"\neach side alone under perf (cpu-clock samples, {seconds:g} s of CPU each):")
    sampled = [_perf_shares(side, docs_dir, seconds) for side in SIDES]
    for side, (_, ms), row in zip(SIDES, sampled, rows, strict=True):
        ir = row["events"]["Ir"] * n
        print(f"{side:22s} {ms:7.2f} ms a pass, {ir / (ms * 1e-3) / 1e9:5.2f} G instructions/s")
    top = sorted(rows[0]["own"], key=lambda f: -rows[0]["own"][f][0])[:12]
    print(f"{'C function (heaviest of ' + SIDES[0] + ')':44s} G instructions/s in each side")
    for fn in top:
        cells = []
        for (shares, ms), row in zip(sampled, rows, strict=True):
            ir = row["own"].get(fn, [0])[0]
            t = shares.get(fn, 0.0) * ms * 1e-3
            cells.append(f"{ir / t / 1e9:8.2f}" if t and ir else f"{'-':>8s}")
        print(f"{fn[:44]:44s} {cells[0]} {cells[1]:>12s}")


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("docs", nargs="?", type=Path, help="folder of documents")
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument(
        "--valgrind", action="store_true", help="callgrind's cache and branch simulation"
    )
    ap.add_argument("--ll", type=int, help="simulated last-level cache in bytes (with --valgrind)")
    ap.add_argument("--perf", type=float, metavar="SECONDS", help="time per C function (perf)")
    ap.add_argument("--alone", nargs=3, help=argparse.SUPPRESS)  # SIDE SECONDS DOCS: under perf
    args = ap.parse_args()
    if args.alone:
        side, seconds, docs_dir = args.alone
        _alone(side, float(seconds), docs_dir)
        return
    docs = [read_document(p) for p in _documents(folders_for(args.docs))]
    if not args.valgrind:
        _timed(docs, args.rounds)
        return
    rows = _valgrind(args.docs, len(docs), args.ll)
    if args.perf:
        _perf(args.docs, len(docs), args.perf, rows)


if __name__ == "__main__":
    main()
