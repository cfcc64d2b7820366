"""HWP 5.0 (.hwp): an OLE compound file whose compressed BodyText record streams hold the body.

python-hwpx converts the record streams into the OWPML parts an HWPX package holds; the body
is then read by the same section reader as HWPX (`reading.owpml`), so a release gives the same
text whether it was saved as .hwp or .hwpx.
"""

from __future__ import annotations

from summarizer.errors import InputError
from summarizer.reading.decode import HWP3_MAGIC, OLE_MAGIC

_PROTECTED = {
    "hwp5-password": "is password-protected",
    "hwp5-distribution": "is a distribution-protected document (배포용 문서) whose body is encrypted",
    "hwp5-drm": "is DRM- or certificate-protected",
}
_RESAVE = "open it in Hancom Office and save a copy as HWPX, PDF or text without the protection"


def is_ole(data: bytes) -> bool:
    """An OLE2 compound file: HWP 5.0, but also Word .doc, Excel .xls and other Office files."""
    return data.startswith(OLE_MAGIC)


def is_hwp3(data: bytes) -> bool:
    return data.startswith(HWP3_MAGIC)


def hwp_to_text(data: bytes, name: str) -> str:
    """The body of an HWP 5.0 file: paragraphs in order, table rows as tab-separated cells."""
    try:
        from hwpx.errors import Hwp5Error
        from hwpx.hwp5.package import convert
    except ImportError as exc:
        raise InputError(
            f"{name}: reading HWP needs the python-hwpx package ({exc.name} is missing); "
            "reinstall summarizer or `pip install python-hwpx`"
        ) from None
    import warnings

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # what was not converted is reported by the text
            converted = convert(data)
    except Hwp5Error as exc:
        raise InputError(_explain(data, name, getattr(exc, "code", ""))) from None
    except Exception as exc:  # a damaged stream can fail anywhere inside the record parser
        raise InputError(
            f"{name}: the HWP file cannot be read ({type(exc).__name__}: damaged or truncated?); "
            "open and save it again in Hancom Office, or give the PDF"
        ) from None
    from summarizer.reading.owpml import parts_to_text

    return parts_to_text(converted.files, name, "an HWP file")


def _explain(data: bytes, name: str, code: str) -> str:
    if code in _PROTECTED:
        return f"{name}: the HWP file {_PROTECTED[code]}; {_RESAVE}"
    if code == "hwp5-not-hwp5":
        kind = _office_kind(data)
        if kind:
            return f"{name}: a {kind} file, not HWP; save it as PDF or text and give that"
        return f"{name}: an OLE compound file that is not an HWP 5.0 document; give HWP, HWPX, PDF or text"
    if code == "hwp5-version-unsupported":
        return f"{name}: an HWP version other than 5.x; save it as HWPX or PDF in Hancom Office"
    if code == "hwp5-limit-exceeded":
        return f"{name}: the HWP file exceeds a safety limit of the reader; give the PDF or text"
    return (
        f"{name}: the HWP file is damaged or truncated; open and save it again in Hancom Office, "
        "or give the PDF"
    )


def _office_kind(data: bytes) -> str | None:
    """Name the Microsoft Office format by the stream names its directory holds (UTF-16LE)."""
    head = data[: 1 << 20]
    for stream, kind in (
        ("WordDocument", "Word (.doc)"),
        ("Workbook", "Excel (.xls)"),
        ("PowerPoint Document", "PowerPoint (.ppt)"),
    ):
        if stream.encode("utf-16-le") in head:
            return kind
    return None
