"""Reading a document: bytes from a path or stdin, decoded, reduced to text, noise marked.

The names are imported on first use (PEP 562): `summarizer.reading.load` (the bytes, for a
cache lookup by their hash) does not load the decoders, page readers and noise rules.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from summarizer.reading.document import read_document, read_record
    from summarizer.reading.regions import lines_with_offsets

_EXPORTS = {
    "lines_with_offsets": "summarizer.reading.regions",
    "read_document": "summarizer.reading.document",
    "read_record": "summarizer.reading.document",
}

__all__ = ["lines_with_offsets", "read_document", "read_record"]


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        value = getattr(import_module(_EXPORTS[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'summarizer.reading' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
