"""`lazy_compile`: a module's pattern compiled at its first use, and then used as fast as a
compiled pattern; a Korean page's `facts` leaves the rare ones uncompiled."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.lazy import lazy_compile

# An invented pattern with groups and flags, and texts it is asked of.
PATTERN = r"(?P<city>[가-힣]+시)\s*(?P<body>[가-힣]+재단)|ROUTE\s*(\d+)"
TEXTS = ["가람시 누리재단과 별빛㈜", "route 7 and ROUTE 12", "", "가람시누리재단"]


def test_nothing_is_compiled_until_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = re.compile
    monkeypatch.setattr(re, "compile", lambda p, f=0: compiled.append(p) or real(p, f))
    lazy = lazy_compile(PATTERN, re.IGNORECASE)
    assert lazy.pattern == PATTERN  # there for building other patterns, without compiling
    assert compiled == []
    assert lazy.search(TEXTS[0]) is not None
    assert compiled == [PATTERN]


@pytest.mark.parametrize("text", TEXTS)
def test_every_method_answers_as_the_compiled_pattern(text: str) -> None:
    real = re.compile(PATTERN, re.IGNORECASE)

    def spans(found: re.Match[str] | None) -> object:
        return None if found is None else (found.span(), found.groups())

    for method in ("search", "match", "fullmatch"):
        lazy = lazy_compile(PATTERN, re.IGNORECASE)  # a fresh one: each method as first call
        assert spans(getattr(lazy, method)(text)) == spans(getattr(real, method)(text))
    lazy = lazy_compile(PATTERN, re.IGNORECASE)
    assert [spans(m) for m in lazy.finditer(text)] == [spans(m) for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("X", text, count=1) == real.sub("X", text, count=1)
    assert lazy.subn(lambda m: m[0].upper(), text) == real.subn(lambda m: m[0].upper(), text)
    assert lazy.split(text, maxsplit=1) == real.split(text, maxsplit=1)
    assert spans(lazy.search(text, 2, 5)) == spans(real.search(text, 2, 5))
    assert (lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        real.flags,
        real.groups,
        dict(real.groupindex),
    )


def test_after_first_use_the_methods_are_the_compiled_patterns() -> None:
    lazy = lazy_compile(PATTERN)
    lazy.match("")
    for method in ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split"):
        bound = getattr(lazy, method)
        assert isinstance(bound.__self__, re.Pattern), method
        assert bound.__self__.pattern == PATTERN


# Counts, in a fresh process, the deferred patterns of the loaded modules and those unused.
PROBE = """
import sys
from summarizer.extract import facts_record
from summarizer.lazy import LazyPattern
facts_record(sys.argv[1])
lazy = [v for n, m in list(sys.modules.items()) if n.startswith("summarizer.")
        for v in vars(m).values() if isinstance(v, LazyPattern)]
print(len(lazy), sum("search" not in vars(p) for p in lazy))
"""


def test_a_korean_page_leaves_the_rare_patterns_uncompiled() -> None:
    doc = Path(__file__).resolve().parent.parent / "examples" / "mss-release.txt"
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(doc)], capture_output=True, text=True, check=True
    )
    deferred, unused = map(int, out.stdout.split())
    assert deferred >= 40
    assert unused >= deferred // 2
