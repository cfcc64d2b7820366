"""The noise-line registry's fast forms give what their plain forms give.

A form searched `anywhere` stands for `.*X.*` matched against the whole line; a form's `needs`
is a cheap test that must hold on every line its pattern matches; the copyright pattern sits
behind a look-ahead for its first characters. Each is compared here on the lines of the
bundled documents and on many generated lines (a new mark, label or branch that the cheap test
does not hold fails here). The line split's LF-only path is compared with the general one.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from summarizer.lexicon import (
    COPYRIGHT_MARKS,
    COPYRIGHT_MARKS_EN,
    IMMEDIATE_RELEASE_EN,
    PAGE_CHROME,
    POSTING_LABELS,
)
from summarizer.reading import read_document
from summarizer.reading.noise_lines import _NOISE_LINES, NoiseLine, noise_reason
from summarizer.reading.regions import lines_with_offsets

ROOT = Path(__file__).resolve().parents[2]
DOC_LINES = sorted(
    {
        line
        for folder in (ROOT / "examples", ROOT / "corpus" / "docs")
        for p in sorted(folder.glob("*.txt"))
        for _, _, line in lines_with_offsets(read_document(p).text)
    }
)
_WORDS = [
    *COPYRIGHT_MARKS, *COPYRIGHT_MARKS_EN, *PAGE_CHROME[:12], *POSTING_LABELS[:6],
    IMMEDIATE_RELEASE_EN, IMMEDIATE_RELEASE_EN.lower(), "Copyright", "COPYRIGHT", "(c)", "(C)",
    "사진", "/사진=", "(사진=", "사진 제공", "[사진]", "▲", "[가나 제공]", "(제공=", "기념", "촬영을",
    "하고", "있다", "기자", "특파원", "통신원", "홍길동", "a@b.kr", "공유", "3번", "댓글", "℃",
    "21.5", "작성자", "글쓴이", "조회", "조회수", "좋아요", "#태그", "#", "###", "•", "-", "*",
    "붙임", "첨 부", "끝", "사 진", "※", "이", "보도자료는", "바뀔", "변경될", "수", "있",
    "2024.05.10", "09:10", ":", " ", "\t", "  ", "가나다", "x", "1", "ſ", "K", "İ", "ı", "ⓒ", "Ⓒ",
]  # fmt: skip


def _soup(n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_WORDS) for _ in range(rnd.randint(0, 9))) for _ in range(n)]


LINES = DOC_LINES + _soup(20000, 13)


def _plain(form: NoiseLine) -> re.Pattern[str]:
    """The pattern as a match of the whole line, without the look-ahead `led` put before it."""
    pattern = form.pattern.pattern
    if pattern.startswith("(?=["):
        pattern = pattern.split("])(?:", 1)[1][:-1]
    if form.anywhere:
        pattern = f".*(?:{pattern}).*"
    return re.compile(pattern, form.pattern.flags)


@pytest.mark.parametrize("form", _NOISE_LINES, ids=[f.reason for f in _NOISE_LINES])
def test_each_form_matches_as_its_plain_pattern(form: NoiseLine) -> None:
    plain = _plain(form)
    for line in LINES:
        matched = plain.fullmatch(line) is not None
        assert not matched or form.needs(line), line  # the cheap test never drops a line
        fast = form.pattern.search(line) if form.anywhere else form.pattern.fullmatch(line)
        assert (fast is not None) == matched, line


def test_the_soup_reaches_every_kind() -> None:
    found = {noise_reason(line) for line in LINES}
    assert found >= {f.reason for f in _NOISE_LINES}


def _general(text: str) -> list[tuple[int, int, str]]:
    """The split as the general path makes it (a match per line), for an LF-only text."""
    out, pos = [], 0
    while True:
        m = re.compile(r"[^\r\n]*").match(text, pos)
        assert m is not None
        out.append((m.start(), m.end(), m.group()))
        if m.end() >= len(text):
            return out
        pos = m.end() + 1


@pytest.mark.parametrize(
    "text", ["", "\n", "a", "a\n", "\nb\n\nc", "가나\n다라 \n", *DOC_LINES[:5]]
)
def test_lf_lines_split_as_the_general_path(text: str) -> None:
    assert list(lines_with_offsets(text)) == _general(text)
    # and a CRLF text splits into the same lines
    crlf = [line for _, _, line in lines_with_offsets(text.replace("\n", "\r\n"))]
    assert crlf == [line for _, _, line in _general(text)]
