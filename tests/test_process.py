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
