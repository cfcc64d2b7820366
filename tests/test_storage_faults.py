"""Storage that fails safe: a broken cache, log or output file is one line and loses no result."""

from __future__ import annotations

import errno
import json
import sqlite3
import warnings
from pathlib import Path

import pytest
from click.testing import CliRunner

from summarizer.batch.output import BatchLine, JsonlWriter, read_done
from summarizer.cache import ResultCache
from summarizer.cli.app import handles_errors
from summarizer.errors import ConfigError, StorageWarning
from summarizer.logs import RequestLog


def test_a_corrupt_log_warns_once_and_the_run_goes_on(tmp_path: Path) -> None:
    db = tmp_path / "logs.db"
    db.write_bytes(b"this is not sqlite " * 200)
    log = RequestLog(db)
    with pytest.warns(StorageWarning, match="request log") as warned:
        assert log.record(model="m", request={"a": 1}) == 0
        assert log.record(model="m", request={"a": 2}) == 0
    assert len(warned) == 1 and "\n" not in str(warned[0].message)


def test_a_full_disk_under_the_log_warns_once(tmp_path: Path) -> None:
    log = RequestLog(tmp_path / "logs.db")
    assert log.record(model="m", request={"a": 1}) > 0

    class FullDisk:  # the open connection, as SQLite behaves when the disk fills
        def __init__(self, conn: sqlite3.Connection) -> None:
            self.conn = conn

        def __enter__(self) -> FullDisk:
            return self

        def __exit__(self, *exc: object) -> None:
            return None

        def execute(self, sql: str, *args: object) -> sqlite3.Cursor:
            if sql.startswith("INSERT"):
                raise sqlite3.OperationalError("database or disk is full")
            return self.conn.execute(sql, *args)

    log._conn = FullDisk(log._conn)  # type: ignore[assignment,arg-type]
    with pytest.warns(StorageWarning, match="disk is full"):
        assert log.record(model="m", request={"a": 2}) == 0


def test_a_log_we_may_not_write_is_still_readable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "logs.db"
    writer = RequestLog(db)
    writer.record(model="m", request={"n": 1})
    writer.close()
    real_connect = sqlite3.connect

    def read_only(target: object, *args: object, **kwargs: object) -> sqlite3.Connection:
        conn = real_connect(target, *args, **kwargs)  # type: ignore[arg-type]
        if not str(target).startswith("file:"):
            conn.close()
            conn = real_connect(f"file:{target}?mode=ro", uri=True)
        return conn

    monkeypatch.setattr(sqlite3, "connect", read_only)  # root ignores chmod: simulate the file
    entries = RequestLog(db).latest(5)
    assert [e.request for e in entries] == [{"n": 1}]


def test_a_failed_cache_write_keeps_the_result(tmp_path: Path) -> None:
    (tmp_path / "results.db").write_bytes(b"garbage" * 500)
    cache = ResultCache(tmp_path)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cache.put("k", _result())
        cache.put("k2", _result())
        assert cache.get("k") is None
    assert [w.category for w in caught] == [StorageWarning]


def test_resume_skips_a_line_cut_inside_a_utf8_character(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    good = BatchLine(path="a.txt", sha256="aa", prompt_version="v", status="ok")
    cut = BatchLine(path="나.txt", sha256="bb", prompt_version="v", status="ok")
    raw = (good.model_dump_json() + "\n").encode() + cut.model_dump_json().encode()
    out.write_bytes(raw[: raw.index("나".encode()) + 1])  # one byte into a three-byte character
    done = read_done(out)
    assert list(done) == [("aa", "v")], "the cut document is done again, the other is kept"


def test_a_second_writer_is_refused_in_one_line(tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    first = JsonlWriter(out, append=False)
    first.write({"x": 1})
    with pytest.raises(ConfigError, match="another summarizer run") as caught:
        JsonlWriter(out, append=False)
    assert "\n" not in str(caught.value)
    first.write({"x": 2})
    first.close()
    assert [json.loads(x) for x in out.read_text().splitlines()] == [{"x": 1}, {"x": 2}]


def test_a_full_disk_on_out_leaves_whole_lines_and_says_how_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.jsonl"
    writer = JsonlWriter(out, append=False)
    writer.write({"n": 1})

    def no_space(fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("summarizer.batch.output.os.fsync", no_space)
    with pytest.raises(ConfigError, match=r"No space left on device\) after 1 line.*--resume"):
        writer.write({"n": 2, "text": "가" * 1000})
    writer.close()
    assert [json.loads(x) for x in out.read_text().splitlines()] == [{"n": 1}]


def test_the_cli_prints_a_storage_warning_as_one_line() -> None:
    import click

    @click.command()
    @handles_errors
    def cmd() -> None:
        warnings.warn("the cache at /x is unusable (boom)", StorageWarning, stacklevel=1)
        click.echo("done")

    result = CliRunner().invoke(cmd)
    assert result.exit_code == 0 and "done" in result.stdout
    assert result.stderr == "Warning: the cache at /x is unusable (boom)\n"


def _result():  # a minimal offline result
    from summarizer.models import FactsResult, SourceInfo, SummaryResult

    source = SourceInfo(path="x", format="text", encoding="utf-8", sha256="0" * 64, chars=1)
    facts = FactsResult(source=source, reference_date="2025-01-01", reference_date_origin="option")
    return SummaryResult(mode="offline", facts=facts)
