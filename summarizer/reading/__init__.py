"""Reading a document: bytes from a path or stdin, decoded, reduced to text, noise marked."""

from __future__ import annotations

import hashlib
from pathlib import Path

from summarizer.models import Document, SourceInfo


def read_document(source: str | Path | bytes, *, name: str | None = None) -> Document:
    """TEMPORARY minimal reader (UTF-8 / CP949 text only) until the reading work lands."""
    data = source if isinstance(source, bytes) else Path(source).read_bytes()
    try:
        text, enc = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, enc = data.decode("cp949"), "cp949"
    info = SourceInfo(path=name or str(source) if not isinstance(source, bytes) else "<bytes>",
                      format="text", encoding=enc, sha256=hashlib.sha256(data).hexdigest(),
                      chars=len(text))
    return Document(text=text, source=info)


__all__ = ["read_document"]
