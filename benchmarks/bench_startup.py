#!/usr/bin/env python3
"""Start-up cost of the CLI: `--help`, `facts` and a fully cached `brief examples/`.

    uv run python benchmarks/bench_startup.py [--runs 7]

Each command runs as a fresh process, `--runs` times (the fastest run counts: on a shared
machine the others measure the neighbours). Its time is compared with `python -c "import click"`
plus the command's own document work, measured warm in one process (a second in-process run of
the same command, everything already imported). Ratio 1.0 means the CLI costs nothing beyond
click and the work; the target is <= 1.5.

Before the measured warm run the package's memo caches are emptied (MEMOS: each
`functools.lru_cache`/`cache` of summarizer whose function takes arguments: a document's
normalised text and lines, its tokens' organisations, its n-grams, names' romanisations),
so the second run does the work the first did on the same documents instead of reading
that work back: with them kept, a cached `brief` measured ~240 M instructions of work instead of
~360 M, and `facts --json` ~33 M instead of ~45 M, and the work they skip was counted as
start-up. What does not depend on the document stays loaded, as start-up: modules, kept
patterns and the tables built once per process (the caches of functions without arguments:
lexicon and event tables, the glossary, the prompts). `--instructions` also prints the work
with the memos kept (the earlier measure) and its ratio.

A second ratio counts as document work the same job done by a bare script through the Python
API (its imports included: pydantic for the result types, jinja2 for the prompt version),
minus a bare interpreter's start: what the CLI adds on top of the library.

The cached `brief` first fills a temporary cache from tools/fake_openai.py on a free loopback
port; the measured runs then make no request. The last column names which of openai,
instructor, pydantic, rich and asyncio a command imported (a cached `brief` imports neither
openai nor instructor, nor the batch runner's asyncio). The fill run (like the dropped first
run of each command) also leaves the CLI's kept regular expressions and generated code
(summarizer.regexcache, .codecache) in that cache, as any earlier run on the user's machine
does; `--source` runs write none, so they compile every pattern.

The `faults` column is the fewest page faults of the command's processes (click's and a bare
interpreter's are on the first line): each costs the kernel time, counted in wall and CPU
time but not in instructions.

The `cpu ratio` column is the first ratio in CPU time (user + system of the fastest process,
`time.process_time` of the warm run): on a machine shared with other work it moves less than
wall time, which counts the time a process waits for a core.

`--instructions` counts instructions instead (valgrind's callgrind, one run each, one hash
seed for all): a measure the neighbours on a shared machine do not move. Cold is one `python -m summarizer …` process,
warm work the instructions a second in-process run adds to the first; `import click` as above.
The CLI pauses its garbage collector for one second of wall time (summarizer.cli.process), which
under valgrind's ~50x slowdown ends early: these counts include collections a real run skips.

On Linux the CLI finds its cache and log in the default directories, as a user's run does
(XDG_CACHE_HOME and XDG_DATA_HOME point into the temporary directory); setting
SUMMARIZER_CACHE_DIR instead would skip finding them (platformdirs) and measure less than a
user's start.

Every process runs with bytecode, as an installed package has it (pip and uv compile `.pyc`
files on install): PYTHONDONTWRITEBYTECODE is dropped and PYTHONPYCACHEPREFIX points into the
temporary directory, so the dropped first run compiles every module once, for `import click`
as for the CLI, and the working tree stays clean. `--source` keeps bytecode off instead: then
every run compiles every module from source, click's and pydantic's included.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import start_server

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = str(ROOT / "examples" / "mss-release.txt")
COMMANDS = {
    "--help": ["--help"],
    "facts": ["facts", EXAMPLE],
    "facts --json": ["facts", EXAMPLE, "--json"],
    "brief examples/ (cached)": ["brief", str(ROOT / "examples"), "-q"],
}
# The same work through the Python API in a bare script: what the work costs with the
# libraries it needs (pydantic for the result types, jinja2 for prompts), without the CLI.
API_SCRIPTS = {
    "--help": "pass",
    "facts": f"from summarizer.extract import extract_facts; extract_facts({EXAMPLE!r})",
    "facts --json": "from summarizer.extract import extract_facts; "
    f"print(extract_facts({EXAMPLE!r}).model_dump_json())",
    "brief examples/ (cached)": "from summarizer.api import brief; "
    f"print(brief([{str(ROOT / 'examples')!r}]))",
}

# Empties the memo caches of the package (see the docstring) unless KEEP_MEMOS is set.
MEMOS = """
import functools, gc, inspect, os
def clear_memos():
    if os.environ.get("KEEP_MEMOS"):
        return
    for o in gc.get_objects():
        if (
            isinstance(o, functools._lru_cache_wrapper)
            and (getattr(o, "__module__", None) or "").startswith("summarizer")
            and inspect.signature(o).parameters
        ):
            o.cache_clear()
"""

# Runs a command twice in one process and prints the second (warm) run's seconds, and which of
# the heavy packages (HEAVY) were imported at any point.
WARM = (
    MEMOS
    + """
import json, sys, time
from click.testing import CliRunner
from summarizer.cli import cli
args = json.loads(sys.argv[1])
runner = CliRunner()
first = runner.invoke(cli, args)
assert first.exit_code == 0, first.output
best = best_cpu = None
for _ in range(3):
    clear_memos()
    start, start_cpu = time.perf_counter(), time.process_time()
    runner.invoke(cli, args)
    took, took_cpu = time.perf_counter() - start, time.process_time() - start_cpu
    best = took if best is None else min(best, took)
    best_cpu = took_cpu if best_cpu is None else min(best_cpu, took_cpu)
heavy = ("openai", "instructor", "pydantic", "rich", "asyncio")
print(json.dumps({"warm": best, "warm_cpu": best_cpu,
                  "heavy": [m for m in heavy if m in sys.modules]}))
"""
)


# Runs a command `n` times in one process (instructions of 2 runs minus 1 run = warm work); the
# memos are emptied after the first run in both, so the difference is the second run alone.
WARM_IR = (
    MEMOS
    + """
import json, sys
from click.testing import CliRunner
from summarizer.cli import cli
runner = CliRunner()
args = json.loads(sys.argv[1])
assert runner.invoke(cli, args).exit_code == 0
clear_memos()
for _ in range(int(sys.argv[2]) - 1):
    assert runner.invoke(cli, args).exit_code == 0
"""
)


def _instructions(argv: list[str], env: dict[str, str]) -> int:
    """Instructions callgrind counts for one run of `argv` (its output discarded)."""
    proc = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *argv],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    found = re.search(r"Collected : (\d+)", proc.stderr)
    if found is None:
        raise SystemExit(f"no instruction count from valgrind: {proc.stderr[-300:]}")
    return int(found.group(1))


def _instruction_ratios(env: dict[str, str]) -> None:
    py = sys.executable
    # One hash seed for every process: with random ones the order of sets and dicts, and so
    # the count, moves by a few million between runs of the same command.
    env = dict(env, PYTHONHASHSEED="0")
    for argv in COMMANDS.values():  # bytecode and kept patterns in place, as for timings
        subprocess.run([py, "-m", "summarizer", *argv], env=env, capture_output=True)
    click_ir = _instructions([py, "-c", "import click"], env)
    print(f'python -c "import click": {click_ir / 1e6:.0f} M instructions')
    print(
        f"{'command':26} {'cold':>8} {'warm work':>10} {'ratio':>6}   "
        f"{'work, memos kept':>16} {'ratio':>6}"
    )
    kept = dict(env, KEEP_MEMOS="1")
    worst = worst_kept = 0.0
    for name, argv in COMMANDS.items():
        cold = _instructions([py, "-m", "summarizer", *argv], env)
        warm, warm_kept = (
            max(b - a, 0)
            for a, b in (
                [_instructions([py, "-c", WARM_IR, json.dumps(argv), str(n)], e) for n in (1, 2)]
                for e in (env, kept)
            )
        )
        ratio, ratio_kept = cold / (click_ir + warm), cold / (click_ir + warm_kept)
        worst, worst_kept = max(worst, ratio), max(worst_kept, ratio_kept)
        print(
            f"{name:26} {cold / 1e6:6.0f} M {warm / 1e6:8.0f} M {ratio:6.2f}   "
            f"{warm_kept / 1e6:14.0f} M {ratio_kept:6.2f}"
        )
    print(
        f"worst ratio {worst:.2f} in instructions (target <= 1.5); {worst_kept:.2f} with the "
        "memos kept in the warm run"
    )


CPU: dict[str, float] = {}  # the least CPU time (user + system) of each command's processes
# The fewest page faults of each command's processes: each new page of memory a process
# touches costs the kernel a fault (~1-2 us on a virtual machine), wall time that instruction
# counts do not see (reading a kept file into memory, then copying its parts, cost ~950 of
# them in `facts`).
FAULTS: dict[str, int] = {}


def _fastest(argv: list[str], env: dict[str, str], runs: int) -> float:
    best = best_cpu = float("inf")
    faults = None
    for i in range(runs + 1):  # the first run warms the file cache and is dropped
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(
            argv, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        took = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if i:
            best = min(best, took)
            cpu = after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime
            best_cpu = min(best_cpu, cpu)
            run_faults = after.ru_minflt - before.ru_minflt
            faults = run_faults if faults is None else min(faults, run_faults)
    CPU[" ".join(argv)] = best_cpu
    FAULTS[" ".join(argv)] = faults or 0
    return best


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per command")
    parser.add_argument(
        "--source", action="store_true", help="no bytecode: compile every module on every run"
    )
    parser.add_argument(
        "--instructions",
        action="store_true",
        help="count instructions with valgrind (one run each) instead of timing",
    )
    args = parser.parse_args()
    if args.instructions and shutil.which("valgrind") is None:
        raise SystemExit("--instructions needs valgrind on PATH (apt-get install valgrind)")

    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ)
        for var in ("OPENAI_API_KEY", "SUMMARIZER_API_KEY", "SUMMARIZER_BASE_URL"):
            env.pop(var, None)
        for var in ("SUMMARIZER_CACHE_DIR", "SUMMARIZER_LOG_DB"):
            env.pop(var, None)
        if sys.platform == "linux":
            # The cache and the log where a user's run finds them (no SUMMARIZER_CACHE_DIR or
            # SUMMARIZER_LOG_DB: the default directories), under the temporary directory.
            env["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
            env["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        else:
            env["SUMMARIZER_CACHE_DIR"] = str(Path(tmp) / "cache")
            env["SUMMARIZER_LOG_DB"] = str(Path(tmp) / "logs.db")
        if args.source:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        server, base_url = start_server(
            latency=0.0
        )  # bench_batch's: the fake server on a free port
        try:
            env["OPENAI_BASE_URL"] = base_url
            fill = subprocess.run(
                [sys.executable, "-m", "summarizer", "brief", str(ROOT / "examples"), "-q"],
                env=env,
                capture_output=True,
                text=True,
            )
            if fill.returncode != 0 or "0 cached" not in fill.stderr:
                raise SystemExit(f"filling the cache failed: {fill.stderr.strip()}")
            if args.instructions:
                _instruction_ratios(env)
                return 0
            click_s = _fastest([sys.executable, "-c", "import click"], env, args.runs)
            bare_s = _fastest([sys.executable, "-c", "pass"], env, args.runs)
            click_faults = FAULTS[f"{sys.executable} -c import click"]
            print(
                f'python -c "import click": {click_s * 1000:.0f} ms, python -c pass: '
                f"{bare_s * 1000:.0f} ms (fastest of {args.runs}; "
                f"{'from source' if args.source else 'with bytecode'}); page faults: "
                f"{click_faults} and {FAULTS[f'{sys.executable} -c pass']}"
            )
            print(
                f"{'command':26} {'cold':>7} {'warm work':>9} {'ratio':>6} {'API script':>10} "
                f"{'ratio':>6} {'cpu ratio':>9} {'faults':>6}  imported (of openai, instructor, "
                "pydantic, rich, asyncio)"
            )
            click_cpu = CPU[f"{sys.executable} -c import click"]
            worst = worst_api = worst_cpu = 0.0
            colds: dict[str, float] = {}
            for name, argv in COMMANDS.items():
                command = [sys.executable, "-m", "summarizer", *argv]
                cold = _fastest(command, env, args.runs)
                colds[name] = cold
                probe = subprocess.run(
                    [sys.executable, "-c", WARM, json.dumps(argv)],
                    env=env,
                    capture_output=True,
                    text=True,
                    check=True,
                )
                warm = json.loads(probe.stdout.strip().splitlines()[-1])
                ratio = cold / (click_s + warm["warm"])
                worst = max(worst, ratio)
                api = _fastest([sys.executable, "-c", API_SCRIPTS[name]], env, args.runs)
                ratio_api = cold / (click_s + max(api - bare_s, warm["warm"]))
                worst_api = max(worst_api, ratio_api)
                ratio_cpu = CPU[" ".join(command)] / (click_cpu + warm["warm_cpu"])
                worst_cpu = max(worst_cpu, ratio_cpu)
                stack = warm["heavy"] or ["none"]
                print(
                    f"{name:26} {cold * 1000:5.0f}ms {warm['warm'] * 1000:7.0f}ms {ratio:6.2f} "
                    f"{api * 1000:8.0f}ms {ratio_api:6.2f} {ratio_cpu:9.2f} "
                    f"{FAULTS[' '.join(command)]:6}  {', '.join(stack)}"
                )
        finally:
            server.terminate()
            server.wait(timeout=10)
    print(
        "against --help (same run): "
        + ", ".join(f"{k} {v / colds['--help']:.1f}x" for k, v in colds.items() if k != "--help")
    )
    print(
        f"worst ratio {worst:.2f} against click + warm work, {worst_api:.2f} against click + "
        f"the API script's work, {worst_cpu:.2f} in CPU time (target <= 1.5)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
