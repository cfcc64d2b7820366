"""The CLI process (summarizer.cli.process): the collector paused while a run starts and resumed
after GC_PAUSE and off again for the exit; no teardown when nothing is pending, the usual exit (atexit callbacks, teardown)
otherwise; the output and exit code are the command's either way."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = str(ROOT / "examples" / "mss-release.txt")

# Runs `facts` through the console script's `run`, noting whether the collector ran during the
# command (after an optional sleep), and whether teardown and atexit callbacks happened.
PROBE = """
import atexit, gc, json, sys, time
from summarizer.cli import process
import summarizer.extract as extract
opts = json.loads(sys.argv[1])
process.GC_PAUSE = opts["pause"]
seen = []
real = extract.facts_record
def facts_record(*args, **kwargs):
    time.sleep(opts["sleep"])
    seen.append(gc.isenabled())
    return real(*args, **kwargs)
extract.facts_record = facts_record
class Teardown:
    def __del__(self):
        print("teardown", file=sys.stderr)
kept_until_teardown = Teardown()
if opts["atexit"]:
    atexit.register(lambda: print(json.dumps({"atexit": seen, "gc": gc.isenabled()}), file=sys.stderr))
sys.argv = ["summarizer", *opts["args"]]
process.run()
"""


def _run(
    tmp: Path, *args: str, pause: float = 1.0, sleep: float = 0.0, registered: bool = False
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    opts = {"args": list(args), "pause": pause, "sleep": sleep, "atexit": registered}
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
    assert json.loads(lines[-2]) == {"atexit": [False], "gc": False}  # paused in the command
    assert lines[-1] == "teardown"


def test_the_collector_resumes_after_the_pause(tmp_path: Path) -> None:
    proc = _run(tmp_path, "facts", DOC, pause=0.05, sleep=0.5, registered=True)
    assert json.loads(proc.stderr.strip().splitlines()[-2])["atexit"] == [True]
