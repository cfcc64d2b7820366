"""Releases written to HWP 5.0 and HWPX with python-hwpx, and the text each should read as.

A release is a list of blocks: a string is a paragraph, a list of rows is a table. The
expected text puts a paragraph on a line and a table row on a line of tab-separated cells,
which is how the reader presents both formats.
"""

from __future__ import annotations

import struct
from typing import Literal

Block = str | list[list[str]]

# Our own release, in the layout ministries use: handling header, embargo line, body with an
# MOU, a quote, full-width characters, the contact table and an appendix table.
RELEASE: list[Block] = [
    "보도자료",
    "보도시점: 2025. 3. 12.(수) 14:00 이후 (온라인 2025. 3. 12.(수) 12:00)",
    "해양수산부·한국항만공사협회, 친환경 선박 연료 공급 업무협약 체결",
    "－ 2030년까지 ＬＮＧ 벙커링 거점 ３곳 구축 －",
    "해양수산부(장관 한서진)는 3월 12일(수) 오후 2시 부산항 국제여객터미널에서 "
    "한국항만공사협회(이하 항만협회)와 친환경 선박 연료 공급 확대를 위한 업무협약을 체결했다고 밝혔다.",
    "협약에 따라 양 기관은 ▲벙커링 거점 구축 ▲연료 품질 기준 마련 ▲전문 인력 양성에 협력한다.",
    "한서진 장관은 “친환경 연료 전환은 항만 경쟁력의 핵심”이라고 말했다.",
    [
        ["담당 부서", "해양수산부", "책임자", "과장 박민호", "044-200-5811"],
        ["해운정책과", "", "담당자", "사무관 최유리", "044-200-5817"],
    ],
    "붙임  협약 개요",
    [
        ["구분", "내용"],
        ["일시", "2025. 3. 12.(수) 14:00"],
        ["장소", "부산항 국제여객터미널 2층 회의실"],
    ],
]


def expected_text(blocks: list[Block]) -> str:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, str):
            lines.append(block)
        else:
            lines.extend("\t".join(row) for row in block)
    return "\n".join(lines)


def write(blocks: list[Block], fmt: Literal["hwp", "hwpx"]) -> bytes:
    from hwpx import HwpxDocument

    doc = HwpxDocument.new()
    for block in blocks:
        if isinstance(block, str):
            doc.add_paragraph(block)
            continue
        table = doc.add_table(len(block), len(block[0]))
        for r, row in enumerate(block):
            for c, cell in enumerate(row):
                table.set_cell_text(r, c, cell)
    return bytes(doc.to_bytes(format=fmt))


def with_flags(hwp: bytes, *bits: int) -> bytes:
    """The same HWP file with property bits set in its FileHeader (1 password, 2 distribution)."""
    from hwpx.hwp5.cfb import CompoundFile, build_compound_file, read_all_streams

    streams = dict(read_all_streams(CompoundFile(hwp)))
    header = bytearray(streams["FileHeader"])
    (flags,) = struct.unpack_from("<I", header, 36)
    for bit in bits:
        flags |= 1 << bit
    struct.pack_into("<I", header, 36, flags)
    streams["FileHeader"] = bytes(header)
    return bytes(build_compound_file(streams.items()))


def word_doc() -> bytes:
    """An OLE compound file laid out like a Word 97 .doc (what a renamed .doc looks like)."""
    from hwpx.hwp5.cfb import build_compound_file

    return bytes(
        build_compound_file([("WordDocument", b"\xec\xa5" + bytes(510)), ("1Table", bytes(64))])
    )
