"""Bad input on the command line: one `Error:` line, a non-zero exit, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.cli import cli

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)


def _cases(tmp: Path) -> dict[str, tuple[str, str]]:
    """name -> (path argument, expected words in the message)."""
    (tmp / "empty.txt").write_bytes(b"")
    (tmp / "blank.txt").write_bytes(b"   \r\n\t\n")
    (tmp / "image.txt").write_bytes(PNG)
    (tmp / "latin.txt").write_bytes(b"\xc3\x28 caf\xe9 na\xefve \xa0\xa1" * 30)
    (tmp / "folder").mkdir()
    with open(tmp / "huge.txt", "wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB (sparse): refused before it is read
    return {
        "empty": (str(tmp / "empty.txt"), "empty"),
        "whitespace": (str(tmp / "blank.txt"), "empty"),
        "binary": (str(tmp / "image.txt"), "PNG"),
        "bad-encoding": (str(tmp / "latin.txt"), "not valid UTF-8 and not CP949"),
        "directory": (str(tmp / "folder"), "directory"),
        "missing": (str(tmp / "nope.txt"), "no such file"),
        "huge": (str(tmp / "huge.txt"), "larger than"),
    }


@pytest.mark.parametrize(
    "case", ["empty", "whitespace", "binary", "bad-encoding", "directory", "missing", "huge"]
)
def test_bad_input_gives_one_line_error(tmp_path: Path, case: str) -> None:
    arg, words = _cases(tmp_path)[case]
    result = CliRunner().invoke(cli, ["facts", arg, "--json"])
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    lines = (
        result.stderr.strip().splitlines()
        if hasattr(result, "stderr")
        else result.output.strip().splitlines()
    )
    assert len(lines) == 1 and lines[0].startswith("Error: ")
    assert words in lines[0]
    assert result.stdout == ""


def test_real_process_has_no_traceback(tmp_path: Path) -> None:
    arg, _ = _cases(tmp_path)["binary"]
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "facts", arg],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("Error: ")
    assert proc.stdout == ""


def test_a_cut_pdf_is_one_line_in_a_real_process(tmp_path: Path) -> None:
    """pypdf logs its repairs; outside pytest (no logging handlers) they must not reach stderr."""
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n")
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "facts", str(cut)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
        timeout=60,
    )
    assert proc.returncode == 1
    assert proc.stderr.splitlines() == [proc.stderr.strip()], proc.stderr
    assert proc.stderr.startswith("Error: ") and "PDF cannot be read" in proc.stderr


def test_stdin_is_read(tmp_path: Path) -> None:
    result = CliRunner().invoke(
        cli, ["facts", "-", "--json"], input="가나부는 협약을 맺었다.\n".encode()
    )
    assert result.exit_code == 0, result.output
    assert '"path": "<stdin>"' in result.stdout


def test_bad_reference_date_is_a_usage_error(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("가나부는 17일 협약을 맺었다.", encoding="utf-8")
    result = CliRunner().invoke(cli, ["facts", str(doc), "--reference-date", "17/07/2024"])
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr


def test_usage_error_exits_2() -> None:
    result = CliRunner().invoke(cli, ["facts"])
    assert result.exit_code == 2


@pytest.mark.parametrize(
    "args",
    [
        ["brief", "{bad}", "--offline"],
        ["brief", "{bad}", "--offline", "-o", "{tmp}/brief.md"],
        ["summarize", "{bad}", "--offline", "-o", "{tmp}/results.jsonl"],
    ],
    ids=["brief", "brief-o", "summarize-o"],
)
def test_one_document_that_fails_in_a_batch_command_is_one_error_line(
    tmp_path: Path, args: list[str]
) -> None:
    """A lone bad file was three lines: the batch report, `failed: …` and `Error: every
    document failed (see above)`."""
    arg, _ = _cases(tmp_path)["binary"]
    result = CliRunner().invoke(cli, [a.format(bad=arg, tmp=tmp_path) for a in args])
    assert result.exit_code == 1, result.output
    assert result.stderr.splitlines() == [
        f"Error: {arg}: this is a PNG image, not a document; give text, HTML, PDF, HWP or HWPX"
    ]
    assert result.stdout == ""


def test_several_documents_that_fail_keep_the_batch_report(tmp_path: Path) -> None:
    cases = _cases(tmp_path)
    args = ["brief", cases["binary"][0], cases["empty"][0], "--offline"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    lines = result.stderr.splitlines()
    assert lines[0].startswith("2 document(s): 0 ok, 2 failed")
    assert [line.split(":")[0] for line in lines[1:]] == ["failed", "failed", "Error"]


def test_a_size_limit_that_is_no_number_is_one_error_not_ignored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`SUMMARIZER_MAX_BYTES=20M` was ignored without a word (the default applied)."""
    doc = tmp_path / "a.txt"
    doc.write_text("가나부는 2024년 7월 17일 협약을 맺었다.\n", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_MAX_BYTES", "20M")
    for args in (["facts", str(doc)], ["summarize", str(doc), str(tmp_path), "--offline", "-q"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1
        assert result.stderr.splitlines() == [
            "Error: SUMMARIZER_MAX_BYTES='20M' is not a number of bytes: give e.g. 41943040 "
            "(40 MiB), or unset it for 20 MiB"
        ]


@pytest.mark.parametrize(
    ("limit", "words"),
    [
        ("10", "53 bytes is larger than the 10 bytes limit"),
        ("40", "53 bytes is larger than the 40 bytes limit"),
    ],
)
def test_a_small_size_limit_is_said_in_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, limit: str, words: str
) -> None:
    """It said '0.0 MiB is larger than the 0 MiB limit'."""
    doc = tmp_path / "a.txt"
    doc.write_text("가나부는 2024년 7월 17일 협약을 맺었다.\n", encoding="utf-8")
    monkeypatch.setenv("SUMMARIZER_MAX_BYTES", limit)
    result = CliRunner().invoke(cli, ["facts", str(doc)])
    assert (
        result.exit_code == 1
        and result.stderr
        == f"Error: {doc}: {words}; split the file or raise SUMMARIZER_MAX_BYTES\n"
    )


@pytest.mark.parametrize("encoding", ["ascii", "cp949"])
def test_facts_table_on_a_stream_that_cannot_hold_every_character(
    tmp_path: Path, encoding: str
) -> None:
    """A legacy code page (a Korean Windows console redirected to a file is cp949, which has no
    em dash) gave a UnicodeEncodeError traceback; what the stream cannot hold is replaced."""
    doc = tmp_path / "a.txt"
    doc.write_text("가나부는 2024년 7월 17일(수) 협약을 맺었다.\n", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "summarizer", "facts", str(doc), "--reference-date", "2024-07-01"],
        capture_output=True,
        env={**os.environ, "PYTHONIOENCODING": encoding},
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert b"Traceback" not in proc.stderr
    out = proc.stdout.decode(encoding)
    assert "2024-07-17" in out and " ? text, utf-8" in out  # the em dash replaced
    if encoding == "cp949":
        assert "2024년 7월 17일(수)" in out  # Korean kept where the code page has it


def test_an_unreadable_file_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Permission denied (made by hand: the tests may run as root, who reads any file)."""
    from summarizer.reading import load

    doc = tmp_path / "locked.txt"
    doc.write_text("가나부는 협약을 맺었다.\n", encoding="utf-8")

    def denied(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(load, "open", denied, raising=False)
    for args in (["facts", str(doc)], ["summarize", str(doc), "--offline"]):
        result = CliRunner().invoke(cli, args)
        assert result.exit_code == 1
        assert result.stderr.splitlines() == [
            f"Error: {doc}: permission denied; check the file's permissions"
        ]


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")
@pytest.mark.parametrize(
    "args",
    [["facts", "{doc}"], ["facts", "{doc}", "--json"], ["summarize", "{doc}", "--offline"]],
    ids=["facts", "facts-json", "summarize"],
)
def test_a_full_disk_under_stdout_is_one_line(tmp_path: Path, args: list[str]) -> None:
    """stdout on a full disk was an OSError (No space left on device) traceback."""
    doc = tmp_path / "a.txt"
    doc.write_text("가나부는 2024년 7월 17일 협약을 맺었다.\n", encoding="utf-8")
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [sys.executable, "-m", "summarizer", *[a.format(doc=doc) for a in args]],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONIOENCODING": "utf-8"},
            timeout=60,
        )
    assert proc.returncode == 1
    errors = [line for line in proc.stderr.splitlines() if not line.startswith("warning: ")]
    assert errors == [
        "Error: cannot write the output: No space left on device; check the free space and "
        "where the output goes"
    ], proc.stderr


@pytest.mark.parametrize(
    ("error", "stderr"),
    [
        (BrokenPipeError(32, "Broken pipe"), ""),  # `| head` went away: nothing to say
        (
            OSError(5, "Input/output error"),
            "Error: cannot write the output: Input/output error; check the free space and where "
            "the output goes\n",
        ),
    ],
    ids=["broken-pipe", "io-error"],
)
def test_an_output_that_fails_is_handled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, error: OSError, stderr: str
) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("가나부는 2024년 7월 17일 협약을 맺었다.\n", encoding="utf-8")

    def failing(*args: object, **kwargs: object) -> None:
        raise error

    monkeypatch.setattr("summarizer.cli.facts_table.print_facts", failing)
    result = CliRunner().invoke(cli, ["facts", str(doc), "--reference-date", "2024-07-01"])
    assert isinstance(result.exception, SystemExit) and result.exit_code == 1
    assert result.stderr == stderr
