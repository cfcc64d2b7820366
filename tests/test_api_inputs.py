"""The Python API's documented functions given wrong types or empty strings: the package's own
errors with what to do (InputError), or a TypeError naming what is expected, never a pathlib or
attribute error from deep inside."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarizer import Config, InputError, brief, extract_facts, read_document, summarize

ROOT = Path(__file__).resolve().parents[1]
DOC = str(ROOT / "examples" / "mss-release.txt")
TEXT = "가나부와 다라협회는 2024년 7월 17일 업무협약을 체결했다.\n"


@pytest.mark.parametrize("empty", ["", "   "])
def test_an_empty_path_says_so(empty: str) -> None:
    """It read as the current folder: '.: is a directory'."""
    for call in (read_document, extract_facts, lambda s: summarize(s, offline=True)):
        with pytest.raises(InputError, match=r"^an empty path: give a file"):
            call(empty)


@pytest.mark.parametrize("wrong", [None, 123, ["a.txt"]])
def test_a_source_that_is_no_document_is_a_type_error_naming_what_is(wrong: object) -> None:
    for call in (read_document, extract_facts, lambda s: summarize(s, offline=True)):
        with pytest.raises(
            TypeError, match=r"a path, an http\(s\) address, '-' \(stdin\) or bytes"
        ):
            call(wrong)


def test_bytearray_reads_as_bytes() -> None:
    data = TEXT.encode("utf-8")
    assert read_document(bytearray(data)).text == read_document(data).text == TEXT


def test_a_reference_date_that_is_no_string_is_an_input_error() -> None:
    with pytest.raises(InputError, match=r"reference date 20240717 is not YYYY-MM-DD"):
        extract_facts(TEXT.encode("utf-8"), reference_date=20240717)  # type: ignore[arg-type]


def test_brief_takes_one_path_given_alone_as_one_path() -> None:
    """A str was iterated letter by letter: 'no such file or folder: e'."""
    assert brief(DOC, offline=True) == brief([DOC], offline=True)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sources", "message"),
    [([], r"^no documents given"), ("", r"^an empty path"), ([DOC, ""], r"^an empty path")],
)
def test_brief_of_nothing_is_an_input_error(sources: object, message: str) -> None:
    """An empty list or string gave a briefing of no documents, as if all was well."""
    with pytest.raises(InputError, match=message):
        brief(sources, offline=True)  # type: ignore[arg-type]


def test_a_config_that_is_no_config_is_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"config is a summarizer\.Config .* not str"):
        summarize(DOC, config="gpt-4o-mini")  # type: ignore[arg-type]
    assert summarize(DOC, config=Config.from_env(offline=True)).mode == "offline"
