"""PDF (pypdf) and HWPX (a zip of OWPML XML) to text; HWP 5.0 is in `reading.hwp`.

zipfile, the OWPML reader and the line rejoiner are imported when a PDF or zip is read: a
plain-text run does not pay for them.
"""

from __future__ import annotations

import io

from summarizer.errors import InputError


def pdf_to_text(data: bytes, name: str) -> str:
    """The text of every page, pages separated by a form feed line."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError, PdfReadError, PyPdfError

    from summarizer.reading.rejoin import rejoin_page

    # pypdf logs what it repairs ("EOF marker not found"); without a handler Python would print
    # it as a stray stderr line beside our one-line error. An application's own logging still
    # receives it.
    pypdf_log = logging.getLogger("pypdf")
    if not pypdf_log.handlers:
        pypdf_log.addHandler(logging.NullHandler())
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
    except LimitReachedError:  # a stream that unpacks past pypdf's safety limit
        raise InputError(
            f"{name}: the PDF unpacks to more than the reader's safety limit (a damaged or "
            "hostile file?); export it again or give the text"
        ) from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
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


def is_hwpx(data: bytes) -> bool:
    """An HWPX file is a zip whose `mimetype` entry names hwp+zip, or that has Contents/section*.xml."""
    if not data.startswith(b"PK"):
        return False
    import zipfile

    from summarizer.reading.owpml import section_names

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            # a mimetype entry is a few bytes: one that unpacks larger is not read
            if (
                "mimetype" in names
                and zf.getinfo("mimetype").file_size <= 256
                and b"hwp" in zf.read("mimetype").lower()
            ):
                return True
            return bool(section_names(names))
    except zipfile.BadZipFile:
        return False


def hwpx_to_text(data: bytes, name: str) -> str:
    """Paragraph texts of every section in order, one paragraph per line, table cells tab-separated."""
    import zipfile

    from summarizer.reading.load import max_bytes, size_text
    from summarizer.reading.owpml import parts_to_text, section_names

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            sections = section_names(zf.namelist())
            # A zip states what each part unpacks to (and zipfile reads no more than that): a
            # small file whose sections unpack to gigabytes is refused before it fills memory.
            unpacked = sum(zf.getinfo(n).file_size for n in sections)
            if unpacked > (limit := max_bytes()):
                raise InputError(
                    f"{name}: its sections unpack to {size_text(unpacked)}, more than the "
                    f"{size_text(limit)} limit (a damaged or hostile file?); give the PDF or "
                    "text, or raise SUMMARIZER_MAX_BYTES"
                )
            parts = {n: zf.read(n) for n in sections}
    except (zipfile.BadZipFile, EOFError, OSError, KeyError):
        raise InputError(f"{name}: a damaged HWPX (zip) file; save it again") from None
    if not parts:
        raise InputError(f"{name}: a zip without HWPX sections; give an HWPX, PDF or text file")
    return parts_to_text(parts, name, "HWPX")
