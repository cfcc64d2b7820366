"""Default factories for the pydantic models' list fields, written in Python.

pydantic asks every field's `default_factory` for its signature when it builds a model (does
it take the validated data?). For a builtin such as `list` that means parsing its text
signature with `tokenize` (whose pattern `re` compiles anew in every process): ~0.6 ms per
field, ~40 fields at every start that builds the models (a cached `brief`). A Python
function answers from its code object.
"""

from __future__ import annotations

from typing import Any


def empty_list() -> list[Any]:
    """A new empty list (`Field(default_factory=empty_list)` for `default_factory=list`)."""
    return []


__all__ = ["empty_list"]
