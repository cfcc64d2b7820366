"""The cyclic collector is off while one document is extracted, and as it was afterwards."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

import summarizer.extract as extract
from summarizer.errors import InputError

TEXT = "가람시와 누리재단은 2025년 3월 4일 업무협약을 체결했다. 문의 02-123-4567\n"


@pytest.fixture
def collector_on() -> Iterator[None]:
    was = gc.isenabled()
    gc.enable()
    yield
    if not was:
        gc.disable()


def test_off_during_extraction_and_on_after(
    collector_on: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[bool] = []
    real = extract.find_structure

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.isenabled())
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract, "find_structure", spy)
    result = extract.extract_facts(TEXT.encode())
    assert seen == [False]
    assert gc.isenabled()
    assert any(f.kind == "date" for f in result.facts)


def test_left_off_when_the_caller_had_turned_it_off() -> None:
    was = gc.isenabled()
    gc.disable()
    try:
        extract.extract_facts(TEXT.encode())
        assert not gc.isenabled()
    finally:
        if was:
            gc.enable()


def test_on_again_after_a_failed_document(collector_on: None) -> None:
    with pytest.raises(InputError):
        extract.extract_facts(b"")
    assert gc.isenabled()
