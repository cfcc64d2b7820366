"""PDF and HWPX documents become text; broken ones give clear errors."""

from __future__ import annotations

import io
import zipfile

import pytest
from korean_pdf import write_pdf

from summarizer.errors import InputError
from summarizer.reading import read_document


def _minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF drawing `lines` in Helvetica, with a correct xref table."""
    ops = ["BT", "/F1 12 Tf", "72 720 Td", "14 TL"]
    for line in lines:
        ops.append(f"({line}) Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return write_pdf(objects)


def test_pdf_text_is_extracted() -> None:
    doc = read_document(_minimal_pdf(["MOU signed on July 17, 2024.", "Contact: 044-204-7920"]))
    assert doc.source.format == "pdf"
    assert doc.source.text_is_extracted
    assert "July 17, 2024" in doc.text
    assert "044-204-7920" in doc.text


def test_broken_pdf_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="PDF"):
        read_document(b"%PDF-1.4\nthis is not really a pdf\n", name="x.pdf")


def _hwpx(section_xml: str, mimetype: bytes = b"application/hwp+zip") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", mimetype)
        zf.writestr("Contents/section0.xml", section_xml)
    return buf.getvalue()


HP = 'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph" xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section"'


def test_hwpx_paragraphs_and_tables() -> None:
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<hs:sec {HP}>
  <hp:p><hp:run><hp:t>가나부, 다라협회와 업무협약 체결</hp:t></hp:run></hp:p>
  <hp:p><hp:run><hp:t>가나부는 7월 17일 협약을 </hp:t></hp:run><hp:run><hp:t>맺었다.</hp:t></hp:run></hp:p>
  <hp:p><hp:run><hp:tbl><hp:tr>
      <hp:tc><hp:subList><hp:p><hp:run><hp:t>담당 부서</hp:t></hp:run></hp:p></hp:subList></hp:tc>
      <hp:tc><hp:subList><hp:p><hp:run><hp:t>상생과</hp:t></hp:run></hp:p></hp:subList></hp:tc>
      <hp:tc><hp:subList><hp:p><hp:run><hp:t>홍길동 (044-204-7920)</hp:t></hp:run></hp:p></hp:subList></hp:tc>
  </hp:tr></hp:tbl></hp:run></hp:p>
</hs:sec>"""
    doc = read_document(_hwpx(xml))
    assert doc.source.format == "hwpx"
    lines = doc.text.split("\n")
    assert lines[0] == "가나부, 다라협회와 업무협약 체결"
    assert lines[1] == "가나부는 7월 17일 협약을 맺었다."
    assert "담당 부서\t상생과\t홍길동 (044-204-7920)" in lines


def test_malformed_hwpx_is_a_clear_error() -> None:
    with pytest.raises(InputError, match="HWPX"):
        read_document(_hwpx("<hs:sec><not-closed>"))


def test_hwpx_whose_sections_unpack_past_the_limit_is_refused_before_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A zip bomb: 64 KiB of compressed spaces declaring 16 MiB; refused on the declared size."""
    monkeypatch.setenv("SUMMARIZER_MAX_BYTES", str(4 * 1024 * 1024))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("mimetype", b"application/hwp+zip")
        zf.writestr("Contents/section0.xml", b"<hs:sec>" + b" " * (16 * 1024 * 1024) + b"</hs:sec>")
    data = buf.getvalue()
    assert len(data) < 100_000
    read: list[str] = []
    real_read = zipfile.ZipFile.read

    def counted(self: zipfile.ZipFile, name: str, pwd: bytes | None = None) -> bytes:
        read.append(name)
        return real_read(self, name, pwd)

    monkeypatch.setattr(zipfile.ZipFile, "read", counted)
    with pytest.raises(
        InputError, match=r"bomb\.hwpx: its sections unpack to 16 MiB, more than the 4 MiB limit"
    ) as info:
        read_document(data, name="bomb.hwpx")
    assert "\n" not in str(info.value)
    assert read == ["mimetype"]  # no section was unpacked


def test_hwpx_within_the_limit_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUMMARIZER_MAX_BYTES", "4096")
    xml = f"<hs:sec {HP}><hp:p><hp:run><hp:t>{'가' * 300}</hp:t></hp:run></hp:p></hs:sec>"
    assert read_document(_hwpx(xml)).text == "가" * 300


def test_pdf_stream_that_unpacks_past_the_readers_limit_is_one_line(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """pypdf's LimitReachedError (a zip-bomb stream) was not caught: a traceback. The limit is
    lowered to 200 KB here so that a small stream reaches it, as 75 MB would in use."""
    import dataclasses
    import zlib

    from pypdf import filters

    low = dataclasses.replace(filters.get_configuration(), zlib_maximum_output_length=200_000)
    monkeypatch.setattr(filters, "get_configuration", lambda: low)
    stream = zlib.compress(b"BT /F1 12 Tf 72 720 Td (MOU) Tj ET\n" * 20_000, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    with pytest.raises(InputError, match=r"^bomb\.pdf: the PDF unpacks to more than the reader's"):
        read_document(write_pdf(objects), name="bomb.pdf")
