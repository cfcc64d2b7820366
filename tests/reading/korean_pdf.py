"""Write small Korean PDFs for tests: text drawn line by line, as a word processor lays it out.

The font is a Type0 font with Identity-H encoding whose CIDs are the Unicode code points and a
ToUnicode map back, so any PDF text extractor reads the characters we wrote. `wrap` cuts
paragraphs into lines of a fixed width anywhere, even inside a word, the way HWP wraps Korean.

    python tests/reading/korean_pdf.py OUT.pdf < text.txt     # one paragraph per input line
"""

from __future__ import annotations

import io
import sys
import unicodedata


def _width(ch: str) -> int:
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def wrap(paragraph: str, width: int) -> list[str]:
    """Lines of at most `width` columns (Hangul counts two), cut as HWP cuts by default: Korean
    anywhere, even inside a word; a Latin word whole (moved to the next line). A space at a cut
    is dropped."""
    lines, line, used = [], "", 0
    for ch in paragraph:
        if used + _width(ch) > width:
            carry = ""
            if _latin(ch) and line and _latin(line[-1]):
                word = len(line) - len(line.rstrip("".join(c for c in set(line) if _latin(c))))
                if word < len(line):  # move the Latin word to the next line
                    carry, line = line[len(line) - word :], line[: len(line) - word]
            lines.append(line.rstrip(" "))
            line, used = carry, sum(_width(c) for c in carry)
            if ch == " ":
                continue
        line += ch
        used += _width(ch)
    if line.strip():
        lines.append(line.rstrip(" "))
    return lines


def _to_unicode_cmap() -> bytes:
    ranges = "\n".join(f"<{hi:02X}00> <{hi:02X}FF> <{hi:02X}00>" for hi in range(256))
    return (
        (
            "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
            "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
            "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
            f"100 beginbfrange\n{ranges}\nendbfrange\nendcmap\n"
            "CMapName currentdict /CMap defineresource pop\nend\nend\n"
        )
        .replace("100 beginbfrange", "256 beginbfrange")
        .encode("ascii")
    )


def write_pdf(objects: list[bytes], *, root: int = 1) -> bytes:
    """Numbered objects (1, 2, …) written as a PDF with a correct xref table."""
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(
        b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, root, xref)
    )
    return out.getvalue()


def pdf_from_lines(pages: list[list[str]]) -> bytes:
    """A PDF with one page per list, each string drawn on its own line (10 pt, 14 pt apart)."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    catalog = add(b"")  # filled in below
    pages_obj = add(b"")
    cmap = _to_unicode_cmap()
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descendant = add(
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /KoreanTest /CIDSystemInfo "
        b"<< /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>"
    )
    font = add(
        b"<< /Type /Font /Subtype /Type0 /BaseFont /KoreanTest /Encoding /Identity-H "
        b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (descendant, to_unicode)
    )
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 780 Td"]
        for line in lines:
            hexed = "".join(f"{ord(ch):04X}" for ch in line if ord(ch) <= 0xFFFF)
            ops.append(f"<{hexed}> Tj T*")
        ops.append("ET")
        stream = "\n".join(ops).encode("ascii")
        contents = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_obj, contents, font)
            )
        )
    objects[catalog - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_obj
    objects[pages_obj - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    return write_pdf(objects, root=catalog)


def pdf_from_paragraphs(paragraphs: list[str], width: int = 60) -> bytes:
    """One page: each paragraph wrapped to `width` columns (short ones stay one line)."""
    return pdf_from_lines([[line for p in paragraphs for line in (wrap(p, width) or [""])]])


if __name__ == "__main__":
    text = sys.stdin.read().splitlines()
    with open(sys.argv[1], "wb") as f:
        f.write(pdf_from_paragraphs(text))
