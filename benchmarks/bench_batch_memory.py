#!/usr/bin/env python3
"""Does a batch's memory stay flat in the number of documents? (issue 13: `-o`, results not kept)

    uv run python benchmarks/bench_batch_memory.py [--sizes 1000 4000] [--latency 0.02]

Each size runs in its own process, as `summarizer summarize DIR -o out.jsonl` runs a batch: the
fake server (tools/fake_openai.py, `--fallback` answers) answers after `latency`, every document is
extracted, sent, verified, cached, logged and written to the file. Prints the process's resident
memory after a warm-up batch and after the batch (both after a full collection), the growth per
document, and the peak; then the growth per document between the smallest and largest sizes,
which is what "flat" is judged on: PASS at most 1 KB a document. Part of it is the run's own list
of inputs, which the batch keeps to order the documents and the queue's entries (~0.5 KB a file
path, `tracemalloc` over a list of 10,000 `Path`s and their entries); resident memory moves by
a few hundred KB from run to run, so judge sizes 4x apart or more.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET_KB_PER_DOC = 1.0

_CHILD = r"""
import gc, json, resource, sys, tempfile
from pathlib import Path
sys.path.insert(0, sys.argv[3])
import bench_batch as bb
import instructor, openai, openai.resources.chat  # noqa: F401  (a long-running process has them)
from summarizer.batch import run_batch
from summarizer.config import Config

def rss_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

n, latency = int(sys.argv[1]), float(sys.argv[2])
proc, url = bb.start_server(latency, None)  # the fallback briefing: memory, not verification
try:
    with tempfile.TemporaryDirectory(prefix="bench-mem-") as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        for i in range(n):
            (folder / f"doc{i:06d}.txt").write_text(bb.document(i), encoding="utf-8")
        config = Config(model="bench-model", base_url=url, api_key="sk-bench", concurrency=32,
                        cache_dir=Path(tmp) / "cache", log_db=Path(tmp) / "logs.db",
                        transport_retries=0)
        warm = Path(tmp) / "warm"
        warm.mkdir()
        for i in range(64):  # the pool and every lazy import, as the measured batch has them
            (warm / f"w{i}.txt").write_text(bb.document(n + 1 + i), encoding="utf-8")
        run_batch([warm], config.replace(cache_dir=Path(tmp) / "wc", log_db=Path(tmp) / "w.db"),
                  quiet=True, out=Path(tmp) / "warm.jsonl", keep_results=False)
        gc.collect()
        before = rss_kb()
        report = run_batch([folder], config, quiet=True, out=Path(tmp) / "out.jsonl",
                           keep_results=False)
        gc.collect()
        after = rss_kb()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps({"n": n, "ok": report.ok, "before": before, "after": after, "peak": peak}))
finally:
    proc.terminate()
"""


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 4000])
    parser.add_argument("--latency", type=float, default=0.02)
    args = parser.parse_args()
    if len(args.sizes) < 2 or min(args.sizes) < 1 or args.latency <= 0:
        parser.error("give two sizes or more, each at least 1, and a latency above 0")
    rows = []
    for n in sorted(args.sizes):
        out = subprocess.run(
            [sys.executable, "-c", _CHILD, str(n), str(args.latency), str(ROOT / "benchmarks")],
            capture_output=True,
            text=True,
            check=False,
        )
        if out.returncode != 0:
            print(f"size {n}: the run failed: {out.stderr.strip().splitlines()[-1:]}")
            return 1
        row = json.loads(out.stdout.strip().splitlines()[-1])
        rows.append(row)
        grown = row["after"] - row["before"]
        print(
            f"{n:>7,} documents (ok {row['ok']}): RSS {row['before'] / 1024:6.1f} -> "
            f"{row['after'] / 1024:6.1f} MB ({grown / n:5.2f} KB a document), "
            f"peak {row['peak'] / 1024:6.1f} MB"
        )
    first, last = rows[0], rows[-1]
    span = last["n"] - first["n"]
    slope = ((last["after"] - last["before"]) - (first["after"] - first["before"])) / span
    ok = slope <= TARGET_KB_PER_DOC
    print(
        f"{'PASS' if ok else 'FAIL'}: growth {slope:.2f} KB a document between {first['n']:,} and "
        f"{last['n']:,} documents (target <= {TARGET_KB_PER_DOC:.0f} KB)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
