"""HWP 5.0 read as a first-class format, through the same section reader as HWPX."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import extract_facts, read_document
from summarizer.errors import InputError
from tests.reading.hwp_fixtures import RELEASE, expected_text, with_flags, word_doc, write


@pytest.fixture(scope="module")
def hwp() -> bytes:
    return write(RELEASE, "hwp")


@pytest.fixture(scope="module")
def hwpx() -> bytes:
    return write(RELEASE, "hwpx")


def test_hwp_is_an_ole_file_read_as_hwp(hwp: bytes) -> None:
    assert hwp.startswith(b"\xd0\xcf\x11\xe0")
    doc = read_document(hwp, name="release.hwp")
    assert doc.source.format == "hwp"
    assert doc.source.text_is_extracted


@pytest.mark.parametrize("fmt", ["hwp", "hwpx"])
def test_paragraphs_in_order_and_table_rows_as_tab_separated_cells(
    fmt: str, hwp: bytes, hwpx: bytes
) -> None:
    doc = read_document(hwp if fmt == "hwp" else hwpx, name=f"release.{fmt}")
    lines = doc.text.split("\n")
    assert "담당 부서\t해양수산부\t책임자\t과장 박민호\t044-200-5811" in lines
    assert "장소\t부산항 국제여객터미널 2층 회의실" in lines
    assert "－ 2030년까지 ＬＮＧ 벙커링 거점 ３곳 구축 －" in lines  # full-width kept as written
    body = [line for line in lines if line.strip()]
    assert body == [line for line in expected_text(RELEASE).split("\n") if line.strip()]


def _facts_json(data: bytes, name: str) -> dict:
    result = json.loads(extract_facts(read_document(data, name=name)).model_dump_json())
    return {"facts": result["facts"], "structure": result["structure"]}


def test_hwp_hwpx_and_text_give_the_same_facts_and_structure(hwp: bytes, hwpx: bytes) -> None:
    # Empty paragraphs the writer adds shift offsets; compare on the text they index.
    text_doc = read_document(expected_text(RELEASE).encode(), name="release.txt")
    plain = extract_facts(text_doc)
    for data, name in ((hwp, "release.hwp"), (hwpx, "release.hwpx")):
        doc = read_document(data, name=name)
        got = extract_facts(doc)
        assert [(f.kind, f.text, f.value) for f in got.facts] == [
            (f.kind, f.text, f.value) for f in plain.facts
        ]
        for fact in got.facts:
            assert doc.text[fact.start : fact.end] == fact.text
        assert got.structure is not None and plain.structure is not None
        assert _without_offsets(got.structure.model_dump()) == _without_offsets(
            plain.structure.model_dump()
        )
    assert any(f.kind == "phone" for f in plain.facts)
    assert plain.structure.contacts and plain.structure.embargo is not None


def _without_offsets(value: object) -> object:
    if isinstance(value, dict):
        return {k: _without_offsets(v) for k, v in value.items() if k not in ("start", "end")}
    if isinstance(value, list):
        return [_without_offsets(v) for v in value]
    return value


_TEXT = st.text(
    alphabet=st.sampled_from(
        list("가나다라마바사아자차카타파하업무협약체결 ,.()·“”－ＡＢＣ１２３０123abcXYZ%~")
    ),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() == s and s.strip())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_TEXT, min_size=1, max_size=6))
def test_text_written_to_hwp_reads_back_unchanged(paragraphs: list[str]) -> None:
    doc = read_document(write(list(paragraphs), "hwp"), name="p.hwp")
    assert [line for line in doc.text.split("\n") if line.strip()] == paragraphs


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda h: h[: len(h) // 2], "damaged or truncated"),
        (lambda h: h[:600], "damaged or truncated"),
        (lambda h: with_flags(h, 2), "distribution-protected"),
        (lambda h: with_flags(h, 1), "password-protected"),
        (lambda h: word_doc(), r"Word \(\.doc\) file, not HWP"),
        (lambda h: b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + bytes(200), "HWP 3.0"),
    ],
    ids=["half", "header-only", "distribution", "password", "renamed-doc", "hwp3"],
)
def test_bad_hwp_is_one_line(hwp: bytes, make, message: str) -> None:
    with pytest.raises(InputError, match=message) as info:
        read_document(make(hwp), name="bad.hwp")
    assert "\n" not in str(info.value)
    assert str(info.value).startswith("bad.hwp: ")


def test_cli_reads_hwp_and_refuses_a_protected_one(tmp_path, hwp: bytes) -> None:
    from click.testing import CliRunner

    from summarizer.cli import cli

    good, bad = tmp_path / "release.hwp", tmp_path / "locked.hwp"
    good.write_bytes(hwp)
    bad.write_bytes(with_flags(hwp, 2))
    runner = CliRunner()
    ok = runner.invoke(cli, ["facts", str(good), "--json"])
    assert ok.exit_code == 0, ok.output
    data = json.loads(ok.output)
    assert data["source"]["format"] == "hwp"
    assert (
        data["text"][data["facts"][0]["start"] : data["facts"][0]["end"]]
        == (data["facts"][0]["text"])
    )
    refused = runner.invoke(cli, ["facts", str(bad)])
    assert refused.exit_code == 1
    assert "Traceback" not in refused.output
    assert "배포용 문서" in refused.output


@pytest.mark.parametrize("fmt", ["hwp", "hwpx"])
def test_a_cell_of_several_lines_keeps_its_row_on_one_line(fmt: str) -> None:
    blocks = ["연락처", [["홍보담당관실\n대변인", "주무관 김나래", "044-200-5000"]], "끝 \t 탭"]
    doc = read_document(write(blocks, fmt), name=f"c.{fmt}")  # type: ignore[arg-type]
    lines = [line for line in doc.text.split("\n") if line.strip()]
    assert lines == ["연락처", "홍보담당관실 대변인\t주무관 김나래\t044-200-5000", "끝 \t 탭"]
