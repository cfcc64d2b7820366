"""`facts_result` reads the records strictly, and as usual where a value is of another type."""

from __future__ import annotations

from pathlib import Path

from summarizer.extract import facts_record
from summarizer.models.facts import FactsResult, facts_result

ROOT = Path(__file__).resolve().parents[2]


def test_strict_reading_gives_the_usual_model() -> None:
    for path in sorted((ROOT / "examples").glob("*.txt"))[:4]:
        record = facts_record(path)
        assert facts_result(record) == FactsResult.model_validate(record, from_attributes=True)


def test_a_value_of_another_type_is_read_as_usual() -> None:
    record = facts_record(sorted((ROOT / "examples").glob("*.txt"))[0])
    record.warnings = ("a tuple, not a list",)  # type: ignore[assignment]
    result = facts_result(record)
    assert result.warnings == ["a tuple, not a list"]
