"""Decoding: every encoding we accept, and the ones we refuse with a clear message."""

from __future__ import annotations

import codecs

import pytest

from summarizer.errors import InputError
from summarizer.reading import read_document

SAMPLE = "중소벤처기업부는 17일(수) 업무협약을 체결했다.\r\n문의: 044-204-7920\r\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SAMPLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SAMPLE.encode("utf-8"), "utf-8-sig"),
        (SAMPLE.encode("utf-16"), "utf-16"),
        (SAMPLE.encode("cp949"), "cp949"),
        (SAMPLE.encode("euc-kr"), "cp949"),
    ],
)
def test_accepted_encodings_give_the_same_text(data: bytes, encoding: str) -> None:
    doc = read_document(data)
    assert doc.text == SAMPLE  # CRLF kept, BOM not part of the text
    assert doc.source.encoding == encoding
    assert doc.source.format == "text"
    assert not doc.source.text_is_extracted


def test_cp949_is_reported_as_a_warning() -> None:
    doc = read_document(SAMPLE.encode("cp949"))
    assert doc.warnings == ["decoded as cp949"]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"  \n\t \r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(200), "PNG"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "HWP file is damaged"),
        (b"abc\x00\x00def" * 10, "binary"),
        (b"\xc3\x28 caf\xe9 \xc3\x28\xa0\xa1" * 20, "not valid UTF-8 and not CP949"),
        (b"PK\x03\x04" + bytes(50), "zip"),
    ],
)
def test_refused_inputs_say_why(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_document(data, name="x")


def test_hash_is_of_the_bytes() -> None:
    import hashlib

    data = SAMPLE.encode("cp949")
    assert read_document(data).source.sha256 == hashlib.sha256(data).hexdigest()
