"""The CLI process (summarizer.cli.process): the collector paused while a run starts
(summarizer.startgc: no collection for its first young objects) and usual from its first
collection on, off again for the exit; no teardown when nothing is pending, the usual exit (atexit callbacks, teardown)
otherwise; the output and exit code are the command's either way."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from summarizer.startgc import START_THRESHOLD

ROOT = Path(__file__).resolve().parent.parent
DOC = str(ROOT / "examples" / "mss-release.txt")

# Runs `facts` through the console script's `run`, noting whether the collector ran during the
# command (after making `allocate` young objects) and its first threshold then, and whether
# teardown and atexit callbacks happened.
PROBE = """
import atexit, gc, json, sys
from summarizer.cli import process
import summarizer.extract as extract
opts = json.loads(sys.argv[1])
seen = []
def collections():
    return gc.get_stats()[0]["collections"]
before = []
real = extract.facts_record
def facts_record(*args, **kwargs):
    made = [[] for _ in range(opts["allocate"])]  # young objects, alive until the command ends
    collected = collections() > before[0]
    seen.append({"collected": collected, "threshold": gc.get_threshold()[0]})
    return real(*args, **kwargs)
extract.facts_record = facts_record
class Teardown:
    def __del__(self):
        print("teardown", file=sys.stderr)
kept_until_teardown = Teardown()
if opts["atexit"]:
    atexit.register(lambda: print(json.dumps({"atexit": seen, "gc": gc.isenabled()}), file=sys.stderr))
sys.argv = ["summarizer", *opts["args"]]
before.append(collections())  # the probe's own imports collected as usual
process.run()
"""


def _run(
    tmp: Path, *args: str, allocate: int = 0, registered: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    opts = {"args": list(args), "allocate": allocate, "atexit": registered}
    return subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(opts)],
        env={**env, "SUMMARIZER_CACHE_DIR": str(tmp)},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_finished_run_exits_without_teardown(tmp_path: Path) -> None:
    proc = _run(tmp_path, "facts", DOC, "--json")
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["source"]["path"] == DOC  # flushed before exiting
    assert "teardown" not in proc.stderr


def test_the_exit_code_and_message_survive(tmp_path: Path) -> None:
    proc = _run(tmp_path, "facts", str(ROOT / "no-such-file.txt"))
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: ") and "teardown" not in proc.stderr


def test_pending_atexit_callbacks_get_the_usual_exit(tmp_path: Path) -> None:
    proc = _run(tmp_path, "facts", DOC, registered=True)
    assert proc.returncode == 0
    lines = proc.stderr.strip().splitlines()
    # no collection in the command, the collector off for the exit
    paused = {"collected": False, "threshold": START_THRESHOLD}
    assert json.loads(lines[-2]) == {"atexit": [paused], "gc": False}
    assert lines[-1] == "teardown"


def test_the_collector_resumes_after_the_pause(tmp_path: Path) -> None:
    proc = _run(tmp_path, "facts", DOC, allocate=START_THRESHOLD, registered=True)
    # past the pause's objects: a collection ran and the usual thresholds are back
    [seen] = json.loads(proc.stderr.strip().splitlines()[-2])["atexit"]
    assert seen == {"collected": True, "threshold": gc.get_threshold()[0]}


# Runs `facts` through the console script's `run` and prints, as it exits, the str patterns
# `re` compiled and the texts compiled for `eval` (named tuples' code), from the start: as click and
# the CLI's modules load, and in the command.
COMPILING = """
import atexit, builtins, json, sys
from re import _compiler
compiled, evaluated = [], []
compile, real_eval, real_compile = _compiler.compile, builtins.eval, builtins.compile
def counting(pattern, flags=0):
    if isinstance(pattern, str):
        compiled.append(pattern)
    return compile(pattern, flags)
def counting_eval(source, *args):  # named tuples' code compiled by `eval`
    if isinstance(source, str):
        evaluated.append(source)
    return real_eval(source, *args)
def counting_compile(source, filename, mode, *args, **kwargs):  # or by summarizer.codecache
    if isinstance(source, str) and mode == "eval":
        evaluated.append(source)
    return real_compile(source, filename, mode, *args, **kwargs)
_compiler.compile, builtins.eval, builtins.compile = counting, counting_eval, counting_compile
atexit.register(lambda: print(json.dumps([compiled, evaluated]), file=sys.stderr))
from summarizer.cli import process
sys.argv = ["summarizer", "facts", sys.argv[1], "--json"]
process.run()
"""


def test_the_patterns_compiled_as_click_loads_are_kept_too(tmp_path: Path) -> None:
    # click's own (its ANSI escapes) and those of what it loads (gettext's, platform's) are
    # compiled before any command primes its patterns: the start keeps them in a file of its own
    from tests.cli_probe import run_probe

    (first, _), out1 = run_probe(COMPILING, DOC, tmp_path)
    assert r"\033\[[0-?]*[ -/]*[@-~]" in first and len(first) > 200
    assert list(tmp_path.glob("regex-start-*.marshal"))
    (second, _), out2 = run_probe(COMPILING, DOC, tmp_path)
    assert second == [] and out1 == out2


def test_the_code_compiled_as_click_loads_is_kept_too(tmp_path: Path) -> None:
    # the standard library's named tuples click loads (inspect's, dis', tokenize's, platform's)
    # and click's type hints written as strings are made before a command installs its kept
    # code: the start keeps theirs in its own file
    from tests.cli_probe import run_probe

    (_, first), out1 = run_probe(COMPILING, DOC, tmp_path)
    assert len([text for text in first if text.startswith("lambda _cls, ")]) > 5
    assert list(tmp_path.glob("code-start-*.marshal"))
    (_, second), out2 = run_probe(COMPILING, DOC, tmp_path)
    assert second == [] and out1 == out2


def test_the_collector_is_paused_before_typing_and_re_load() -> None:
    # What `python -m summarizer` and the console script import before `run` pauses the
    # collector: typing, re and enum (~9 collections) load after it, with click.
    probe = "import json, sys; before = set(sys.modules); import summarizer.cli.process; "
    probe += "print(json.dumps(sorted(set(sys.modules) - before)))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    loaded = json.loads(proc.stdout)
    assert not {"typing", "re", "enum", "collections"} & set(loaded), loaded


# Reports, as the command's `main` starts, whether `collections` and `typing` still have the
# start's kept code in place of their builtins.
AFTER_START = """
import collections, json, sys, typing
import summarizer.cli.app as app
from summarizer.cli import process
real = app.main
def main():
    print(json.dumps(["eval" in vars(collections), "compile" in vars(typing)]), file=sys.stderr)
    return real()
app.main = main
sys.argv = ["summarizer", "facts", sys.argv[1], "--json"]
process.run()
"""


def test_the_start_gives_the_builtins_back_before_the_command(tmp_path: Path) -> None:
    # what loads before a command installs its own kept code (its options' types) compiles as
    # usual: kept as new by the start's, it would rewrite the command's file at every run
    from tests.cli_probe import run_probe

    for _ in range(2):
        report, _ = run_probe(AFTER_START, DOC, tmp_path)
        assert report == [False, False]


def test_ctrl_c_while_the_cli_loads_is_one_line_and_130() -> None:
    """Ctrl-C before a command took over (imports take a second on a cold start) was a
    KeyboardInterrupt traceback."""
    script = (
        "from summarizer.cli import process\n"
        "def loading():\n"
        "    raise KeyboardInterrupt\n"
        "process._prime_start = loading\n"
        "process.run()\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=120
    )
    assert proc.returncode == 130
    assert proc.stderr == "Error: interrupted\n" and proc.stdout == ""
