#!/usr/bin/env python3
"""Where a CLI start goes, module by module, in instructions (valgrind's callgrind).

    uv run python benchmarks/startup_modules.py [--top 40] [-- facts examples/mss-release.txt --json]

`bench_startup.py` says how far a command's start is from `import click` plus its work; this
says which modules the difference is made of. The command runs as `python -m summarizer …` in
the environment `bench_startup.py` gives it (bytecode, the cache and log in the default
directories of a temporary home, one hash seed), twice first so that the kept modules, patterns
and codes (summarizer.modcache, .regexcache, .codecache) are in place, then once under
callgrind.

Each import is timed by itself: a measuring wrapper (this tool's only, never the CLI's) wraps
importlib's `_find_and_load` and calls `os.getppid()` at each start and end of an import;
callgrind writes out its count at each such call (`--dump-before=os_getppid`), so every stretch
between two of them is counted to the module being imported there (its own part: finding and
reading it, unmarshalling its code, running its body, the patterns and classes its body builds,
not the modules it imports). What runs outside any import is counted to `<main>`: the
interpreter's and the wrapper's start, the command's work, and what the work builds on its
first use (patterns compiled when first asked, tables made on a first call). `<main>` and the
total are well above `bench_startup.py`'s cold count of the same command (the wrapper, and a
call per import); the modules' own parts are what to compare between two versions.

The first table groups the modules: `<main>`, the modules `import click` loads (counted for
click in the benchmark's ratio too), the package's, and the other modules the command adds
(standard library, third-party). The second lists the `--top` costliest modules; for the
package's own, `calls` is how many of the module's functions (not its body) the command called
(a second run, under `sys.setprofile`, not under valgrind): a module with none does nothing for
this document but give names to others, a candidate to import only when its cue is there.

A single count moves by ~1-2 M between runs of the same code (the layout of memory moves the
type caches' hits): read differences of a module or two as noise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_batch import start_server

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ["facts", str(ROOT / "examples" / "mss-release.txt"), "--json"]

# Runs the CLI as `python -m summarizer` does, marking each import's start and end with
# `os.getppid()` (callgrind dumps its count there) and writing the stretches' owners to OUT as
# it exits (the CLI ends with `os._exit`, which this wraps, or the usual way).
WRAPPER = """
import importlib._bootstrap as bootstrap, json, os, runpy, sys
sys.path[0] = os.getcwd()  # as `-m` has it (`-c` puts "": the kept modules' folder is not that)
owners, stack, mark = [], ["<main>"], os.getppid
usual = bootstrap._find_and_load
def _find_and_load(name, import_):
    owners.append(stack[-1]); mark()
    stack.append(name)
    try:
        return usual(name, import_)
    finally:
        owners.append(stack.pop()); mark()
bootstrap._find_and_load = _find_and_load
def _write():
    owners.append(stack[-1]); mark()
    with open(os.environ["OUT"], "w") as f:
        json.dump(owners, f)
exit_now = os._exit
def _exit(code):
    _write(); exit_now(code)
os._exit = _exit
sys.argv = ["summarizer", *json.loads(os.environ["ARGS"])]
try:
    runpy.run_module("summarizer", run_name="__main__", alter_sys=True)
finally:  # an exit the usual way (no atexit callback: the CLI would not skip its teardown)
    _write()
"""

# The same run under `sys.setprofile`: how many of each package module's functions were called.
CALLS = """
import collections, json, os, runpy, sys
sys.path[0] = os.getcwd()
called = collections.defaultdict(set)
def profile(frame, event, arg):
    if event == "call" and not frame.f_code.co_name.startswith("<"):  # (a body's genexpr)
        name = frame.f_globals.get("__name__", "")
        if name.startswith("summarizer"):
            called[name].add(frame.f_code.co_name)
def _write():
    sys.setprofile(None)
    with open(os.environ["OUT"], "w") as f:
        json.dump({k: len(v) for k, v in called.items()}, f)
exit_now = os._exit
def _exit(code):
    _write(); exit_now(code)
os._exit = _exit
sys.argv = ["summarizer", *json.loads(os.environ["ARGS"])]
sys.setprofile(profile)
try:
    runpy.run_module("summarizer", run_name="__main__", alter_sys=True)
finally:
    _write()
"""


def _stretches(folder: Path) -> list[int]:
    """The counts of callgrind's dumps in order: `out.1`, `out.2`, … then `out` (the rest)."""
    numbered = sorted(folder.glob("out.*"), key=lambda p: int(p.suffix[1:]))
    counts = []
    for path in [*numbered, folder / "out"]:
        found = re.search(r"^totals:\s+(\d+)", path.read_text(), re.M)
        counts.append(int(found.group(1)) if found else 0)
    return counts


def _click_modules(env: dict[str, str]) -> set[str]:
    probe = subprocess.run(
        [sys.executable, "-c", "import click, json, sys; print(json.dumps(sorted(sys.modules)))"],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return set(json.loads(probe.stdout))


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--top", type=int, default=40, help="modules listed, costliest first")
    parser.add_argument("args", nargs="*", help="the command's arguments (after --)")
    options = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("needs valgrind on PATH (apt-get install valgrind)")
    args = options.args or DEFAULT

    with tempfile.TemporaryDirectory() as tmp:
        env = {
            k: v
            for k, v in os.environ.items()
            if k
            not in (
                "OPENAI_API_KEY",
                "SUMMARIZER_API_KEY",
                "SUMMARIZER_BASE_URL",
                "SUMMARIZER_CACHE_DIR",
                "SUMMARIZER_LOG_DB",
                "PYTHONDONTWRITEBYTECODE",
            )
        }
        # as bench_startup.py: the default directories of a temporary home, bytecode on
        env["XDG_CACHE_HOME"] = str(Path(tmp) / "cache")
        env["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        env["PYTHONHASHSEED"] = "0"
        env["ARGS"] = json.dumps(args)
        server, base_url = start_server(latency=0.0)  # for a `brief`: its cache filled first
        try:
            env["OPENAI_BASE_URL"] = base_url
            for _ in range(2):  # kept modules, patterns and codes in place
                subprocess.run(
                    [sys.executable, "-m", "summarizer", *args], env=env, capture_output=True
                )
            dumps = Path(tmp) / "dumps"
            dumps.mkdir()
            owners_file = Path(tmp) / "owners.json"
            subprocess.run(
                [
                    "valgrind",
                    "--tool=callgrind",
                    "--dump-before=os_getppid",
                    f"--callgrind-out-file={dumps / 'out'}",
                    sys.executable,
                    "-c",
                    WRAPPER,
                ],
                env=dict(env, OUT=str(owners_file)),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=True,
            )
            calls_file = Path(tmp) / "calls.json"
            subprocess.run(
                [sys.executable, "-c", CALLS],
                env=dict(env, OUT=str(calls_file)),
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                check=True,
            )
            click = _click_modules(env)
        finally:
            server.terminate()
            server.wait(timeout=10)
        owners = json.loads(owners_file.read_text())
        counts = _stretches(dumps)
        calls: dict[str, int] = json.loads(calls_file.read_text())

    cost: Counter[str] = Counter()
    for owner, count in zip(owners, counts, strict=False):  # (the last stretch: the exit)
        cost[owner] += count
    total = sum(cost.values())
    groups: Counter[str] = Counter()
    for name, count in cost.items():
        group = "<main>: start, work, first uses" if name == "<main>" else _group_of(name, click)
        groups[group] += count
    print(f"summarizer {' '.join(args)}: {total / 1e6:.1f} M instructions (with the wrapper)")
    for group, count in groups.most_common():
        n = sum(1 for k in cost if k != "<main>" and _group_of(k, click) == group)
        print(f"  {count / 1e6:7.1f} M  {group}" + (f" ({n})" if n else ""))
    print(f"\n{'M':>7}  {'calls':>5}  module (its own part: found, read, run; not its imports)")
    for name, count in cost.most_common(options.top):
        mine = name == "summarizer" or name.startswith("summarizer.")
        print(f"{count / 1e6:7.2f}  {calls.get(name, 0) if mine else '':>5}  {name}")
    idle = sorted(
        (k for k in cost if k.startswith("summarizer.") and not calls.get(k)),
        key=lambda k: -cost[k],
    )
    print(
        f"\nthe package's modules none of whose functions ran (a body's own comprehensions aside) ({len(idle)}, "
        f"{sum(cost[k] for k in idle) / 1e6:.1f} M): "
        + ", ".join(f"{k.removeprefix('summarizer.')} {cost[k] / 1e6:.2f}" for k in idle)
    )
    return 0


def _group_of(name: str, click: set[str]) -> str:
    if name in click:
        return "modules `import click` loads"
    if name == "summarizer" or name.startswith("summarizer."):
        return "summarizer's modules"
    return "other modules (stdlib, third-party)"


if __name__ == "__main__":
    sys.exit(main())
