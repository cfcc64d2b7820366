"""A document from bytes: decoded, reduced to text (HTML, PDF, HWP, HWPX), noise marked."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.digest import sha256_hex
from summarizer.errors import InputError
from summarizer.models.records import Document as DocRecord
from summarizer.models.records import Region, SourceInfo
from summarizer.reading.decode import HWP3_MAGIC, OLE_MAGIC, decode_text, refuse_binary
from summarizer.reading.load import load_bytes
from summarizer.reading.regions import find_regions

if TYPE_CHECKING:
    from pathlib import Path

    from summarizer.models import Document


def read_document(source: str | Path | bytes, *, name: str | None = None) -> Document:
    """Read a path, `-` (stdin) or raw bytes into a Document whose text every offset indexes.

    Plain text is kept exactly as decoded (CRLF included). HTML, PDF, HWP and HWPX are reduced to
    text first; `source.text_is_extracted` says so and the text travels with the result.
    """
    from summarizer.models.document import Document
    from summarizer.models.records import plain

    return Document.model_validate(plain(read_record(source, name=name)))


def read_record(source: str | Path | bytes, *, name: str | None = None) -> DocRecord:
    """What `read_document` returns, as a light record (no pydantic import)."""
    if isinstance(source, bytearray | memoryview):
        source = bytes(source)
    if isinstance(source, bytes):
        data, label = source, name or "<bytes>"
    else:
        data, label = load_bytes(source)
        label = name or label
    if not data.strip():
        raise InputError(f"{label}: the file is empty; give a press release or article")
    return _from_bytes(data, label)


def _from_bytes(data: bytes, label: str) -> DocRecord:
    regions: list[Region] = []
    warnings: list[str] = []
    published = None
    # Each reader is imported when its format's first bytes are seen: a text file loads none.
    if data.startswith(b"%PDF"):
        from summarizer.reading.binary import pdf_to_text

        text, fmt, enc = pdf_to_text(data, label), "pdf", "binary"
    elif data.startswith(b"PK") and _is_hwpx(data):
        from summarizer.reading.binary import hwpx_to_text

        text, fmt, enc = hwpx_to_text(data, label), "hwpx", "utf-8"
    elif data.startswith(OLE_MAGIC):
        from summarizer.reading.hwp import hwp_to_text

        text, fmt, enc = hwp_to_text(data, label), "hwp", "binary"
    elif data.startswith(HWP3_MAGIC):
        raise InputError(
            f"{label}: an HWP 3.0 file (before 2002); save it as HWPX or PDF in Hancom Office"
        )
    else:
        refuse_binary(data, label)
        if data.startswith(b"PK"):
            raise InputError(
                f"{label}: a zip archive that is not HWPX; unpack it and give the document"
            )
        decoded, enc = decode_text(data, label)
        if "<" in decoded[:20000] and _looks_like_html(decoded):  # no tag: plain text
            from summarizer.reading.html import html_to_text, published_date

            text, regions = html_to_text(decoded)
            fmt, published = "html", published_date(decoded)
        else:
            text, fmt = decoded, "text"
    if not text.strip():
        raise InputError(
            f"{label}: no text in the document (whitespace only); give a press release or article"
        )
    if enc not in ("utf-8", "binary"):
        warnings.append(f"decoded as {enc}")
    regions = _merge(regions, find_regions(text))
    info = SourceInfo(
        path=label,
        format=fmt,  # type: ignore[arg-type]
        encoding=enc,
        sha256=sha256_hex(data),
        chars=len(text),
        text_is_extracted=fmt != "text",
        published=published,
    )
    return DocRecord(text=text, source=info, regions=regions, warnings=warnings)


def _is_hwpx(data: bytes) -> bool:
    from summarizer.reading.binary import is_hwpx

    return is_hwpx(data)


def _looks_like_html(text: str) -> bool:
    from summarizer.reading.html import looks_like_html  # its tests look only within 20,000

    return looks_like_html(text)


def _merge(first: list[Region], second: list[Region]) -> list[Region]:
    """Both lists, without a second region that repeats the span of one already kept."""
    spans = {(r.start, r.end) for r in first}
    merged = first + [r for r in second if (r.start, r.end) not in spans]
    return sorted(merged, key=lambda r: (r.start, r.end))


__all__ = ["read_document", "read_record"]
