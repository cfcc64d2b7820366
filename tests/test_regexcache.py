"""The CLI's kept regular expressions: the same patterns, compiled once, ignored when stale."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import kept, regexcache
from tests.cli_probe import run_probe

ROOT = Path(__file__).resolve().parent.parent
DOC = str(ROOT / "examples" / "mss-release.txt")
PATTERNS = [r"[가-힣]{2,4}\s*(?P<title>장관|차관)", r"(?i)embargo|보도\s*시점", r"^\d+\.", "x"]

# Runs `facts --json` through the CLI's entry point and reports how many patterns `re` compiled.
PROBE = """
import json, sys
from re import _compiler
calls = [0]
compile = _compiler.compile
def counting(*args, **kwargs):
    calls[0] += 1
    return compile(*args, **kwargs)
_compiler.compile = counting
from summarizer.cli import main
sys.argv = ["summarizer", "facts", sys.argv[1], "--json"]
code = main()
print(json.dumps({"code": code, "compiled": calls[0]}), file=sys.stderr)
"""


def _run(tmp: Path) -> tuple[dict[str, int], str]:
    return run_probe(PROBE, DOC, tmp)


def test_a_second_run_compiles_almost_nothing(tmp_path: Path) -> None:
    first, out1 = _run(tmp_path)
    assert regexcache.cache_file(tmp_path, "facts").exists()
    second, out2 = _run(tmp_path)
    assert first["code"] == second["code"] == 0
    assert first["compiled"] > 200  # the deterministic layers' patterns
    assert second["compiled"] < first["compiled"] // 10
    assert out1 == out2


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regexcache, "_primed", {})
    monkeypatch.setattr(sys, "dont_write_bytecode", False)


def test_primed_patterns_equal_compiled_ones(tmp_path: Path, fresh: None) -> None:
    for p in PATTERNS:
        re.compile(p)
    assert regexcache.save(tmp_path) >= len(PATTERNS)
    regexcache._primed.clear()
    re.purge()
    assert regexcache.prime(tmp_path) >= len(PATTERNS)
    for p in PATTERNS:
        primed = re.compile(p)
        fresh_one = re._compiler.compile(p, 0)  # type: ignore[attr-defined]
        assert primed == fresh_one and primed.groupindex == fresh_one.groupindex
        assert primed.flags == fresh_one.flags and primed.groups == fresh_one.groups
    assert re.compile(PATTERNS[0]).match("오영주 장관")["title"] == "장관"  # type: ignore[index]
    assert regexcache.save(tmp_path) == 0  # nothing new


def test_a_broken_or_foreign_file_is_ignored(tmp_path: Path, fresh: None) -> None:
    path = regexcache.cache_file(tmp_path)
    path.write_bytes(b"not marshal")
    assert regexcache.prime(tmp_path) == 0
    path.write_bytes(marshal.dumps({"version": "another Python", "patterns": {}}))
    assert regexcache.prime(tmp_path) == 0
    assert regexcache.prime(tmp_path / "missing") == 0


def test_nothing_is_written_without_bytecode(tmp_path: Path, fresh: None) -> None:
    sys.dont_write_bytecode = True
    re.compile("(?:kept|not kept)")
    assert regexcache.save(tmp_path) == 0
    assert not regexcache.cache_file(tmp_path).exists()


@pytest.mark.skipif(not regexcache._LAZY, reason="patterns are built at prime on this Python")
def test_a_kept_pattern_is_built_when_first_asked_for(tmp_path: Path, fresh: None) -> None:
    for p in PATTERNS:
        re.compile(p)
    regexcache.save(tmp_path)
    regexcache._primed.clear()
    re.purge()
    assert regexcache.prime(tmp_path) >= len(PATTERNS)
    key = (str, PATTERNS[0], 0)
    assert key not in re._cache  # type: ignore[attr-defined]  # kept, not built yet
    assert re.compile(PATTERNS[0]) == re._compiler.compile(PATTERNS[0], 0)  # type: ignore[attr-defined]
    assert key in re._cache  # type: ignore[attr-defined]
    regexcache._primed[(PATTERNS[1], 0)] = ("damaged",)
    assert re.compile(PATTERNS[1]).search("EMBARGO")  # compiled by `re` as usual


# Runs `facts --json` and reports the patterns `re` compiled, to compare two hash seeds.
PATTERNS_PROBE = """
import json, re, sys
re._MAXCACHE = 100000
from summarizer.cli import main
sys.argv = ["summarizer", "facts", sys.argv[1], "--json"]
main()
print(json.dumps(sorted({k[1] for k in re._cache if isinstance(k[1], str)})), file=sys.stderr)
"""


def _patterns(seed: str) -> set[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "SUMMARIZER_"))}
    env.update(PYTHONHASHSEED=seed, PYTHONDONTWRITEBYTECODE="1")
    proc = subprocess.run(
        [sys.executable, "-c", PATTERNS_PROBE, DOC],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    return set(json.loads(proc.stderr.strip().splitlines()[-1]))


def test_the_patterns_do_not_depend_on_the_hash_seed() -> None:
    """A pattern built from a set in hash order (`sorted(words, key=len)` keeps ties in that
    order) is new text in every process: never found in the kept file, compiled every run."""
    first, second = _patterns("1"), _patterns("2")
    assert len(first) > 200
    assert sorted(first ^ second) == []


def test_each_kept_pattern_is_unmarshalled_only_when_used(tmp_path: Path, fresh: None) -> None:
    for p in PATTERNS:
        re.compile(p)
    regexcache.save(tmp_path)
    data = kept.read_file(regexcache.cache_file(tmp_path))
    assert data is not None
    # one `marshal` text per pattern, a part of the file: a start reads the file without
    # building (or copying) any entry
    keys, parts = data["patterns"], data["parts"]
    assert len(keys) == len(parts) >= len(PATTERNS)
    assert all(isinstance(p, memoryview) and type(marshal.loads(p)) is tuple for p in parts)
    regexcache._primed.clear()
    re.purge()
    regexcache.prime(tmp_path)
    assert re.compile(PATTERNS[1]).search("보도 시점") is not None
