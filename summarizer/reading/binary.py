"""PDF (pypdf) and HWPX (a zip of OWPML XML) to text."""

from __future__ import annotations

import io
import re
import zipfile
from xml.etree import ElementTree

from summarizer.errors import InputError
from summarizer.reading.rejoin import rejoin_page


def pdf_to_text(data: bytes, name: str) -> str:
    """The text of every page, pages separated by a form feed line."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception:
                raise InputError(
                    f"{name}: the PDF is encrypted; save an unprotected copy"
                ) from None
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(
            f"{name}: the PDF cannot be read ({exc}); export it again or give the text"
        ) from None
    # Lines broken only to fit the page are joined before anything reads them.
    text = "\n\f\n".join(rejoin_page(p.strip("\n")) for p in pages)
    if not text.strip():
        raise InputError(
            f"{name}: the PDF has no text layer (a scan?); run OCR first or give the text"
        )
    return text


_SECTION = re.compile(r"^Contents/section(\d+)\.xml$")


def is_hwpx(data: bytes) -> bool:
    """An HWPX file is a zip whose `mimetype` entry names hwp+zip, or that has Contents/section*.xml."""
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            if "mimetype" in names and b"hwp" in zf.read("mimetype").lower():
                return True
            return any(_SECTION.match(n) for n in names)
    except zipfile.BadZipFile:
        return False


def hwpx_to_text(data: bytes, name: str) -> str:
    """Paragraph texts of every section in order, one paragraph per line, table cells tab-separated."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            sections = sorted(
                (n for n in zf.namelist() if _SECTION.match(n)),
                key=lambda n: int(_SECTION.match(n).group(1)),  # type: ignore[union-attr]
            )
            if not sections:
                raise InputError(
                    f"{name}: a zip without HWPX sections; give an HWPX, PDF or text file"
                )
            lines: list[str] = []
            for section in sections:
                root = ElementTree.fromstring(zf.read(section))
                _walk(root, lines)
    except zipfile.BadZipFile:
        raise InputError(f"{name}: a damaged HWPX (zip) file; save it again") from None
    except ElementTree.ParseError as exc:
        raise InputError(f"{name}: HWPX section XML is malformed ({exc}); save it again") from None
    return "\n".join(lines)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _walk(node: ElementTree.Element, lines: list[str]) -> None:
    """Paragraphs (`p`) become lines; a table row (`tr`) becomes one line of tab-joined cells."""
    for child in node:
        tag = _local(child.tag)
        if tag == "tr":
            cells = [" ".join(_paragraph_texts(tc)) for tc in child if _local(tc.tag) == "tc"]
            lines.append("\t".join(cells))
        elif tag == "p":
            own = _own_text(child)
            nested = [g for g in child.iter() if g is not child and _local(g.tag) == "tbl"]
            if own or not nested:
                lines.append(own)
            for table in nested:
                _walk(table, lines)
        else:
            _walk(child, lines)


def _paragraph_texts(cell: ElementTree.Element) -> list[str]:
    return [_own_text(p) for p in cell.iter() if _local(p.tag) == "p"]


def _own_text(paragraph: ElementTree.Element) -> str:
    """Text of the `t` runs of this paragraph, not of tables nested inside it."""
    parts: list[str] = []

    def visit(el: ElementTree.Element) -> None:
        for child in el:
            tag = _local(child.tag)
            if tag == "tbl":
                continue
            if tag == "t":
                parts.append("".join(child.itertext()))
            elif tag == "tab":
                parts.append("\t")
            elif tag == "lineBreak":
                parts.append("\n")
            else:
                visit(child)

    visit(paragraph)
    return "".join(parts)
