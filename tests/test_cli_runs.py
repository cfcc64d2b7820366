"""Real processes: what cached and offline runs import, the cache's endpoint, an interrupted batch.

The model is tools/fake_openai.py on a free loopback port (a subprocess), never the network.
"""

from __future__ import annotations

import json
import os
import shlex
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOC = str(EXAMPLES / "mss-release.txt")

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

# Runs the CLI in this process and reports, on the last stderr line, what got imported.
PROBE = """
import json, sys
from summarizer.cli import main
sys.argv = ["summarizer", *json.loads(sys.argv[1])]
code = main()
print(json.dumps({"code": code, "openai": "openai" in sys.modules,
                  "instructor": "instructor" in sys.modules}), file=sys.stderr)
"""


def _env(tmp: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(SUMMARIZER_CACHE_DIR=str(tmp / "cache"), SUMMARIZER_LOG_DB=str(tmp / "logs.db"))
    env.update(extra)
    return env


def _probe(args: list[str], env: dict[str, str]) -> tuple[dict[str, object], str]:
    proc = subprocess.run(
        [sys.executable, "-c", PROBE, json.dumps(args)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    return report, proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["--help"],
        ["facts", DOC, "--json"],
        ["summarize", DOC, "--offline"],
        ["brief", str(EXAMPLES), "--offline", "-q"],
    ],
)
def test_offline_runs_never_import_the_model_stack(args: list[str], tmp_path: Path) -> None:
    report, stderr = _probe(args, _env(tmp_path))
    assert report == {"code": 0, "openai": False, "instructor": False}, stderr


def test_a_cached_run_never_imports_the_model_stack(fake_openai_url: str, tmp_path: Path) -> None:
    env = _env(tmp_path, OPENAI_BASE_URL=fake_openai_url)
    first, stderr = _probe(["summarize", DOC, "--usage"], env)
    assert first["code"] == 0 and first["openai"], stderr  # a real request the first time
    for args in (["summarize", DOC, "--usage"], ["brief", DOC, "-q", "--usage"]):
        again, stderr = _probe(args, env)
        assert again == {"code": 0, "openai": False, "instructor": False}, stderr
        assert "cached" in stderr


def test_the_cache_key_includes_the_endpoint(
    fake_openai_url: str, fake_openai: Callable[..., AbstractContextManager[str]], tmp_path: Path
) -> None:
    from summarizer import Config, summarize

    with fake_openai() as other_url:
        first = summarize(DOC, config=Config.from_env(base_url=fake_openai_url))
        again = summarize(DOC, config=Config.from_env(base_url=fake_openai_url))
        elsewhere = summarize(DOC, config=Config.from_env(base_url=other_url))
        later = summarize(
            DOC, config=Config.from_env(base_url=fake_openai_url), reference_date="2026-01-05"
        )
    assert not first.cached and again.cached
    assert not elsewhere.cached and elsewhere.usage.requests >= 1  # another server answers anew
    assert not later.cached  # another reference date is another result


def test_an_interrupted_batch_says_how_to_continue(
    tmp_path: Path, fake_openai: Callable[..., AbstractContextManager[str]]
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(8):
        (docs / f"d{i}.txt").write_text(
            f"보도자료\n가람부·누리{i}공사, 업무협약 체결\n가람부는 2025년 3월 {i + 1}일 누리{i}공사와 "
            f"업무협약을 체결했다.\n담당 부서\t협력과\t김가람\t044-204-{7000 + i}\n",
            encoding="utf-8",
        )
    out = tmp_path / "out.jsonl"
    args = ["summarize", str(docs), "-o", str(out), "--concurrency", "1", "-q", "--no-cache"]
    # a server slow enough to interrupt, even on a busy machine
    with fake_openai("--fallback", "--latency", "1.0") as url:
        env = _env(tmp_path, OPENAI_BASE_URL=url)
        proc = subprocess.Popen(
            [sys.executable, "-m", "summarizer", *args],
            env=env,
            stderr=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            text=True,
            # A runner started in the background ignores SIGINT, and children inherit that:
            # give the batch Ctrl-C back, as a terminal would.
            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        )
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if out.exists() and len(out.read_text(encoding="utf-8").splitlines()) >= 2:
                break
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=60)
        assert proc.returncode == 130, stderr
        done = len(out.read_text(encoding="utf-8").splitlines())
        assert 2 <= done < 8
        line = stderr.strip().splitlines()[-1]
        assert line.startswith(f"Error: interrupted: {done} of 8 document(s) done"), line
        resume = line.split("continue with: ", 1)[1]
        assert resume.endswith("--resume") and str(docs) in resume and "-o" in resume
        # The printed line, run as printed (its program name is the installed script's).
        program, *rest_args = shlex.split(resume)
        assert program == "summarizer"
        rest = subprocess.run(
            [sys.executable, "-m", "summarizer", *rest_args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
    assert rest.returncode == 0, rest.stderr
    assert f"{done} already done" in rest.stderr
    assert len({json.loads(x)["sha256"] for x in out.read_text(encoding="utf-8").splitlines()}) == 8
