"""Whole `extract_facts` of two checkouts side by side, round by round: a change's speed-up.

Run: uv run python benchmarks/ab_facts.py BASE [DOCS_DIR] [--rounds 60]
BASE is another checkout of the repository with its own environment (`git worktree add
--detach ../base main && cd ../base && uv sync`). One worker process runs in BASE (its
`.venv`, its code), one in this checkout; they take turns, one round each (the order flipped
every round), and each round times, in CPU seconds: `extract_facts` over the documents of
bench_facts.py (DOCS_DIR, else ../shared/eval/docs, else the bundled examples), phonenumbers'
`PhoneNumberMatcher` over the same texts, and `extract_facts` over a few invented pages of a
line or two (what a page costs whatever it says: the fixed cost).

On a shared machine the load changes from second to second: runs of bench_facts.py taken one
after the other gave ratios 2.86-3.21 for the same code. Here both checkouts meet the same
load, round by round, and each round's own ratio (whole extraction / phone matching, timed
seconds apart in one process) is taken before the median over the rounds.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve()
ROOT = HERE.parents[1]
# invented pages of a line or two: two signings, one English line, one Korean line
TINY = (
    "가람시, 누리재단과 업무협약 체결\n\n가람시는 5일 누리재단과 청년 일자리 협력을 위한 업무협약을 맺었다.",
    "별빛㈜ 새봄대학교와 MOU\n\n별빛㈜는 새봄대학교와 인재 양성 협약을 체결했다고 3일 밝혔다.\n",
    "Hello world.\n",
    "오늘은 날씨가 맑다.\n",
)


def worker(docs_dir: str) -> None:
    """One side: read the documents, warm up, then time a round per line read from stdin."""
    import phonenumbers

    sys.path.insert(0, str(HERE.parent))
    from bench_facts import _documents, folders_for

    from summarizer.extract import extract_facts
    from summarizer.reading import read_document

    docs = [read_document(p) for p in _documents(folders_for(Path(docs_dir) if docs_dir else None))]
    texts = [d.text for d in docs]
    tiny = [read_document(t.encode()) for t in TINY]

    def timed(run: object, items: list[object], repeat: int = 1) -> float:
        start = time.process_time()
        for _ in range(repeat):
            for x in items:
                run(x)  # type: ignore[operator]
        return (time.process_time() - start) / (repeat * len(items))

    def phones(text: str) -> object:
        return list(phonenumbers.PhoneNumberMatcher(text, "KR"))

    for _ in range(2):  # warm-up: regex compilation, imports, caches
        timed(extract_facts, docs), timed(phones, texts), timed(extract_facts, tiny)
    print(len(docs), flush=True)
    for _ in sys.stdin:
        whole, theirs = timed(extract_facts, docs), timed(phones, texts)
        print(whole, theirs, timed(extract_facts, tiny, repeat=5), flush=True)


def _start(checkout: Path, docs_dir: str) -> subprocess.Popen[str]:
    python = checkout / ".venv" / "bin" / "python"
    if not python.exists():
        raise SystemExit(f"{checkout}: no .venv (run `uv sync` there first)")
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    return subprocess.Popen(
        [str(python), str(HERE), "--worker", docs_dir],
        cwd=checkout,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("base", nargs="?", type=Path, help="the other checkout (with its .venv)")
    ap.add_argument("docs", nargs="?", default="", help="folder of documents")
    ap.add_argument("--rounds", type=int, default=60)
    ap.add_argument("--worker", metavar="DOCS", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker is not None:
        return worker(args.worker)
    if args.base is None:
        ap.error("give the base checkout")
    sides = {"base": _start(args.base.resolve(), args.docs), "this": _start(ROOT, args.docs)}
    n = {name: int(p.stdout.readline()) for name, p in sides.items()}  # type: ignore[union-attr]
    rows: dict[str, list[tuple[float, ...]]] = {name: [] for name in sides}
    for i in range(args.rounds):
        for name in list(sides)[:: 1 if i % 2 == 0 else -1]:
            p = sides[name]
            p.stdin.write("go\n")  # type: ignore[union-attr]
            p.stdin.flush()  # type: ignore[union-attr]
            rows[name].append(tuple(map(float, p.stdout.readline().split())))  # type: ignore[union-attr]
    for p in sides.values():
        p.stdin.close()  # type: ignore[union-attr]
        p.wait()
    print(f"{n['this']} documents, {args.rounds} rounds each, taking turns")
    print(
        f"{'':6s} {'extract ms/doc':>14s} {'phones ms/doc':>14s} {'ratio':>6s} {'tiny ms/page':>13s}"
    )
    whole = {}
    for name, got in rows.items():
        whole[name] = statistics.median(r[0] for r in got)
        theirs = statistics.median(r[1] for r in got)
        ratio = statistics.median(r[0] / r[1] for r in got)
        tiny = statistics.median(r[2] for r in got)
        print(
            f"{name:6s} {whole[name] * 1e3:14.3f} {theirs * 1e3:14.3f} {ratio:6.2f} {tiny * 1e3:13.3f}"
        )
    print(f"this / base, extract time: {whole['this'] / whole['base']:.3f}")


if __name__ == "__main__":
    main()
