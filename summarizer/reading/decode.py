"""Bytes to text: UTF-8 (BOM or not), UTF-16 with BOM, CP949/EUC-KR detected, binary refused."""

from __future__ import annotations

import codecs

from summarizer.errors import InputError

# The first bytes of an OLE2 compound file (HWP 5.0, .doc, .xls…) and of an HWP 3.0 file: here,
# where every read looks, so that reading a text file never loads the HWP reader.
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
HWP3_MAGIC = b"HWP Document File V3"
# Magic numbers of formats we are sometimes handed by mistake.
_BINARY_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x7fELF": "an executable",
    b"\x1f\x8b": "a gzip archive",
}
_KOREAN_LEGACY = ("cp949", "euc_kr", "euc-kr", "johab", "iso2022_kr")


def refuse_binary(data: bytes, name: str) -> None:
    """Raise InputError when the bytes are an image, executable or other non-text file."""
    for magic, what in _BINARY_MAGIC.items():
        if data.startswith(magic):
            raise InputError(
                f"{name}: this is {what}, not a document; give text, HTML, PDF, HWP or HWPX"
            )


def decode_text(data: bytes, name: str) -> tuple[str, str]:
    """Decode document bytes; return (text, encoding label). CRLF and all characters are kept."""
    if data.startswith(codecs.BOM_UTF8):
        return _strict(data[3:], "utf-8", name), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _strict(data, "utf-16", name), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError(
            f"{name}: looks binary (NUL bytes) and has no UTF-16 BOM; give a text, HTML, PDF, HWP or HWPX file"
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Korean legacy encodings first: charset detection on short Korean text sometimes
    # prefers other CJK code pages, and CP949 is a superset of EUC-KR.
    try:
        text = data.decode("cp949")
        if _looks_korean(text):
            return text, "cp949"
    except UnicodeDecodeError:
        pass
    guess = _detect(data)
    if guess is not None:
        return guess
    raise InputError(
        f"{name}: not valid UTF-8 and not CP949/EUC-KR; convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8)"
    )


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: invalid {encoding} at byte {exc.start}; re-save the file as UTF-8"
        ) from None


def _looks_korean(text: str) -> bool:
    hangul = sum(1 for ch in text if "\uac00" <= ch <= "\ud7a3")
    letters = sum(1 for ch in text if ch.isalpha())
    return hangul > 0 and hangul >= 0.3 * max(letters, 1)


def _detect(data: bytes) -> tuple[str, str] | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return None
    enc = best.encoding.lower()
    if enc not in _KOREAN_LEGACY and not enc.startswith(("utf", "ascii")):
        return None  # a Western code page on binary junk is not a decoding we can stand behind
    text = str(best)
    if "\ufffd" in text or not text.strip():
        return None
    return text, enc
