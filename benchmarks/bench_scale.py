"""extract_facts time and peak memory against document size: is the deterministic layer linear?

    uv run python benchmarks/bench_scale.py                 # 10k, 100k, 1M, 5M characters
    uv run python benchmarks/bench_scale.py 10000 200000    # other sizes

Each size runs in its own process (peak RSS is per process): the bundled releases repeated
and varied (numbers and names shifted per copy, so de-duplication has work to do) up to the
size. Prints wall and CPU seconds, peak RSS and their ratios to the previous size; linear time
means the ratio follows the size ratio (10x, then 5x). On a shared machine the CPU ratio is
the steadier figure.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10_000, 100_000, 1_000_000, 5_000_000)


def _document(size: int) -> str:
    from summarizer import read_document

    texts = [read_document(p).text for p in sorted((ROOT / "examples").glob("*.txt"))]
    parts: list[str] = []
    total, n = 0, 0
    while total < size:
        base = texts[n % len(texts)]
        # Vary each copy a little: another day, another phone line, another amount.
        varied = base.replace("14일", f"{1 + n % 28}일").replace("7810", f"{7000 + n % 999:04d}")
        varied = varied.replace("3,000억", f"{1 + n % 9},000억")
        parts.append(varied)
        total += len(varied) + 1
        n += 1
    return "\n".join(parts)[:size]


def _one(size: int) -> None:
    sys.path.insert(0, str(ROOT))
    from summarizer import extract_facts, read_document

    doc = read_document(_document(size).encode("utf-8"))
    start, cpu = time.perf_counter(), time.process_time()
    facts = extract_facts(doc, reference_date="2025-10-14")
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "size": size,
                "seconds": seconds,
                "cpu": cpu,
                "peak_mb": peak_mb,
                "facts": len(facts.facts),
            }
        )
    )


def main(argv: list[str]) -> None:
    if argv[:1] == ["--one"]:
        _one(int(argv[1]))
        return
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return
    try:
        sizes = [int(a) for a in argv] or list(SIZES)
    except ValueError:
        sys.exit(f"Error: sizes are whole numbers of characters, not {' '.join(argv)!r}")
    print(
        f"{'chars':>10}{'seconds':>10}{'CPU s':>10}{'peak MB':>10}{'time ratio':>12}"
        f"{'CPU ratio':>12}{'size ratio':>12}"
    )
    previous: dict[str, float] | None = None
    for size in sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size)], capture_output=True, text=True
        )
        if out.returncode != 0:
            sys.exit(f"Error: size {size} failed: {out.stderr.strip().splitlines()[-1:]}")
        row = json.loads(out.stdout.strip().splitlines()[-1])
        ratio = f"{row['seconds'] / previous['seconds']:.1f}x" if previous else "-"
        cpu_ratio = f"{row['cpu'] / previous['cpu']:.1f}x" if previous else "-"
        size_ratio = f"{size / previous['size']:.0f}x" if previous else "-"
        print(
            f"{size:>10,}{row['seconds']:>10.2f}{row['cpu']:>10.2f}{row['peak_mb']:>10.0f}"
            f"{ratio:>12}{cpu_ratio:>12}{size_ratio:>12}"
        )
        previous = row


if __name__ == "__main__":
    main(sys.argv[1:])
