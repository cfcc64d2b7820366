"""The wheel as users install it: plain pip, a fresh venv, no uv.

Skipped unless SUMMARIZER_INSTALLED_VENV names such a venv (`.ci/smoke` builds one). The
installed `summarizer facts` must give, on HTML pages and a PDF, the same JSON as this
environment; quotes and commitments must be there (a missing HTML cleaner once emptied them).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "reading"))

from korean_pdf import pdf_from_paragraphs  # noqa: E402
from pages import RELEASE_PAGE  # noqa: E402

VENV = os.environ.get("SUMMARIZER_INSTALLED_VENV")
pytestmark = pytest.mark.skipif(not VENV, reason="set SUMMARIZER_INSTALLED_VENV (see .ci/smoke)")

RELEASE = [
    "보도자료",
    "가람부·누리공사, 수출 지원 업무협약 체결",
    "가람부(장관 김하늘)와 누리공사는 3월 12일 세종 정부청사에서 중소기업의 수출 지원을 위한 "
    "업무협약을 체결했다고 밝혔다.",
    "두 기관은 협약에 따라 수출 상담회를 공동으로 개최하고 해외 인증 획득을 지원하며 판로 개척에 "
    "함께 나서기로 했다.",
    "○ 수출 상담회 공동 개최",
    "○ 해외 인증 획득 지원",
    "김하늘 가람부 장관은 “중소기업의 수출 길을 함께 넓히고 현장의 어려움을 끝까지 챙기겠다”고 "
    "말했다.",
]


def _documents(tmp: Path) -> list[Path]:
    page = tmp / "release.html"
    page.write_text(RELEASE_PAGE, encoding="utf-8")
    pdf = tmp / "release.pdf"
    pdf.write_bytes(pdf_from_paragraphs(RELEASE, width=60))
    return [page, pdf, *sorted((ROOT / "corpus" / "docs").glob("*.html"))]


def _installed_facts(path: Path) -> dict[str, object]:
    exe = Path(str(VENV)) / "bin" / "summarizer"
    proc = subprocess.run(
        [str(exe), "facts", str(path), "--json", "--reference-date", "2025-03-12"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=path.parent,
    )
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def test_the_installed_wheel_reads_like_this_environment(tmp_path: Path) -> None:
    from summarizer.extract import extract_facts

    for doc in _documents(tmp_path):
        installed = _installed_facts(doc)
        here = json.loads(extract_facts(str(doc), reference_date="2025-03-12").model_dump_json())
        assert installed == here, f"{doc.name}: the installed wheel reads it differently"
        if doc.parent == tmp_path:  # our own release: quotes and commitments must be found
            structure = installed["structure"]
            assert isinstance(structure, dict)
            assert structure["quotes"] and structure["commitments"], doc.name


def _package_data() -> list[str]:
    """Every non-Python file of the package in this checkout (glossary, templates, py.typed …)."""
    package = ROOT / "summarizer"
    return sorted(
        str(p.relative_to(package))
        for p in package.rglob("*")
        if p.is_file() and p.suffix not in (".py", ".pyc") and "__pycache__" not in p.parts
    )


def test_the_installed_wheel_carries_its_files(tmp_path: Path) -> None:
    files = _package_data()
    assert "py.typed" in files and any(f.startswith("data/") for f in files)
    code = (
        "import importlib.resources as r, json, sys, summarizer.prompting as p;"
        "root = r.files('summarizer');"
        "missing = [f for f in json.loads(sys.argv[1]) if not (root / f).is_file()];"
        "print(json.dumps(missing));"
        "print(p.prompts_dir(), p.prompt_version())"
    )
    python = Path(str(VENV)) / "bin" / "python"
    # Run outside the checkout: `python -c` would otherwise import the checkout's package.
    proc = subprocess.run(
        [str(python), "-c", code, json.dumps(files)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    missing_line, prompts_line = proc.stdout.strip().splitlines()
    assert json.loads(missing_line) == [], "the wheel lacks package data"
    assert "_prompts" in prompts_line  # the wheel's copy, not a checkout's prompts/
    from summarizer.prompting import prompt_version

    assert prompts_line.split()[-1] == prompt_version()
