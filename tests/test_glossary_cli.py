"""`summarizer glossary`: one object per name in order, dates, unknown names, bad input."""

from __future__ import annotations

import json

from click.testing import CliRunner

from summarizer.cli import cli


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["glossary", *args])
    return result.exit_code, result.stdout, result.stderr


def test_json_prints_one_object_per_name_in_order() -> None:
    code, out, _ = _run("중기부", "한국그린산업진흥원", "안산시", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert [r["query"] for r in rows] == ["중기부", "한국그린산업진흥원", "안산시"]
    assert all(set(r) == {"query", "ko", "en", "abbr", "source", "derived"} for r in rows)
    assert rows[0]["en"] == "Ministry of SMEs and Startups" and rows[0]["abbr"] == "MSS"
    assert rows[1]["en"] is None and rows[1]["source"] is None
    assert rows[2]["en"] == "Ansan City" and rows[2]["derived"] is True


def test_date_selects_the_name_then_in_use() -> None:
    _, out, _ = _run("중소벤처기업부", "--date", "2016-05-01", "--json")
    assert json.loads(out)["en"] == "Small and Medium Business Administration"
    _, out, _ = _run("중소벤처기업부", "--date", "2024-05-01", "--json")
    assert json.loads(out)["en"] == "Ministry of SMEs and Startups"


def test_readable_output_names_source_and_confidence() -> None:
    code, out, _ = _run("중진공 경기북부지부")
    assert code == 0
    assert "Korea SMEs and Startups Agency, Northern Gyeonggi Branch" in out
    assert "derived" in out and "source:" in out


def test_text_gives_document_evidence(tmp_path) -> None:  # type: ignore[no-untyped-def]
    doc = tmp_path / "doc.txt"
    doc.write_text("한빛연구원(Hanbit Research Institute)과 협약을 맺었다.", "utf-8")
    _, out, _ = _run("한빛연구원", "--text", str(doc), "--json")
    assert json.loads(out)["en"] == "Hanbit Research Institute"


def test_bad_input_is_one_line_and_non_zero() -> None:
    code, _, err = _run("중기부", "--date", "2024-13-01")
    assert code == 2 and "YYYY-MM-DD" in err and "Traceback" not in err
    code, _, err = _run()
    assert code == 2 and "Traceback" not in err


def test_an_empty_name_is_a_usage_error() -> None:
    """`glossary ""` printed ': unknown — no official English name' and exited 0."""
    for names in ([""], ["중기부", "  "]):
        code, out, err = _run(*names)
        assert code == 2 and out == "" and "an empty name" in err and "Traceback" not in err
