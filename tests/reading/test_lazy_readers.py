"""Reading a plain text file loads none of the other formats' readers nor the fetcher: each is
imported when its first bytes (or an address) are seen. Every `summarizer facts` on a text file
paid ~4 module loads for them."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PROBE = """
import sys
from summarizer.reading import read_record
record = read_record(sys.argv[1])
assert record.source.format == "text", record.source.format
names = ("binary", "hwp", "html", "fetch")
print(sorted(n for n in names if f"summarizer.reading.{n}" in sys.modules))
"""


def test_a_text_file_loads_no_other_reader(tmp_path: Path) -> None:
    doc = tmp_path / "release.txt"
    doc.write_text("가람시-누리재단 업무협약 체결\n\n가람시는 누리재단과 협약을 맺었다.\n")
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(doc)], capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"


def test_a_text_with_angle_brackets_is_still_text(tmp_path: Path) -> None:
    from summarizer.reading import read_record

    doc = tmp_path / "release.txt"
    doc.write_text("<사진> 가람시장(왼쪽)과 누리재단 이사장\n협약서에 서명했다.\n")
    assert read_record(str(doc)).source.format == "text"


def test_html_is_still_read_as_html(tmp_path: Path) -> None:
    from summarizer.reading import read_record

    doc = tmp_path / "page.html"
    doc.write_text("<!doctype html><html><body><p>가람시와 누리재단이 협약했다.</p></body></html>")
    assert read_record(str(doc)).source.format == "html"
