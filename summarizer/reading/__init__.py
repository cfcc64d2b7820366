"""Reading a document: bytes from a path or stdin, decoded, reduced to text, noise marked.

The names are imported on first use (PEP 562): `summarizer.reading.load` (the bytes, for a
cache lookup by their hash) does not load the decoders, page readers and noise rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.lazy import lazy_exports

if TYPE_CHECKING:
    from summarizer.reading.document import read_document, read_record
    from summarizer.reading.regions import lines_with_offsets

_EXPORTS = {
    "lines_with_offsets": "summarizer.reading.regions",
    "read_document": "summarizer.reading.document",
    "read_record": "summarizer.reading.document",
}

__all__ = ["lines_with_offsets", "read_document", "read_record"]

__getattr__, __dir__ = lazy_exports(__name__, _EXPORTS, globals(), __all__)
