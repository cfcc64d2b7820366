"""A typed caller sees the package's real types (py.typed, exports visible to type checkers)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import summarizer


def test_py_typed_ships_beside_the_package() -> None:
    assert (Path(summarizer.__file__).parent / "py.typed").is_file()


def test_a_caller_is_type_checked_against_the_api(tmp_path: Path) -> None:
    caller = tmp_path / "caller.py"
    caller.write_text(
        "from summarizer import Config, summarize\n"
        "reveal_type(summarize)\n"
        'wrong: int = summarize("a.txt", config=Config())\n',
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", str(caller)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=300,
    )
    # Not Any: the revealed signature returns SummaryResult, and misuse is an error.
    assert "-> summarizer.models.report.SummaryResult" in proc.stdout, proc.stdout
    assert 'expression has type "SummaryResult", variable has type "int"' in proc.stdout


def test_lazy_exports_are_the_real_objects() -> None:
    from summarizer.api import summarize as real

    assert summarizer.summarize is real
    assert set(summarizer.__all__) <= set(dir(summarizer))
