"""Lines and sentences are split once per document and shared: every range reads the same bounds
as a fresh scan of that range, and similarity gives what `difflib.ratio()` alone gives."""

from __future__ import annotations

import difflib
import random

from summarizer.models.records import Region
from summarizer.structure.items import similar, squash
from summarizer.structure.lines import Mask, _scan_sentences, iter_lines, iter_sentences

# Our own mixed forms: CRLF and lone CR, quoted full stops, `p.m.`, Hangul joined by a dot.
_TEXT = (
    "두 기관은 협약을 맺었다. 주요 내용은 다음과 같다.\r\n"
    "▲공동 연구 ▲인력 교류 등에 협력한다.\r"
    '김 원장은 "함께 하겠다. 꼭 그렇다"라고 말했다.연구시설.장비를 공유한다.\n'
    "\n"
    "The event starts at 2 p.m. Friday. Both sides agreed! Then what?\n"
    "마지막 줄은 끝맺지 않는다"
)


def test_every_range_reads_the_bounds_of_a_fresh_scan() -> None:
    rng = random.Random(7)
    points = sorted({0, len(_TEXT), *(rng.randrange(len(_TEXT) + 1) for _ in range(60))})
    for start in points:
        for end in points:
            if end < start:
                continue
            got = list(iter_sentences(_TEXT, start, end))
            assert got == list(_scan_sentences(_TEXT, start, end)), (start, end)


def test_lines_are_shared_and_stay_honest() -> None:
    lines = list(iter_lines(_TEXT))
    assert lines == list(iter_lines(_TEXT))
    assert [ln.text for ln in lines] == _TEXT.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    assert all(_TEXT[ln.start : ln.end] == ln.text for ln in lines)
    assert lines[2].stripped == lines[2].text.strip()


def test_similar_matches_ratio_alone() -> None:
    rng = random.Random(3)
    words = ["공동", "연구", "인력", "교류", "협력", "지원", "홍보", "사업", "기술", "개발"]
    for _ in range(300):
        a = " ".join(rng.choices(words, k=rng.randrange(1, 6)))
        b = " ".join(rng.choices(words, k=rng.randrange(1, 6)))
        x, y = squash(a), squash(b)
        want = bool(x and y) and (
            x in y or y in x or difflib.SequenceMatcher(None, x, y).ratio() >= 0.8
        )
        assert similar(a, b) == want, (a, b)


def test_mask_questions_on_empty_and_filled_masks() -> None:
    empty = Mask([])
    assert not empty.in_noise(0, 10) and not empty.in_duplicate(0, 10)
    mask = Mask(
        [
            Region(text="", kind="noise", start=10, end=20, reason="menu", basis="rule"),
            Region(text="", kind="duplicate", start=30, end=40, reason="repeat", basis="rule"),
        ]
    )
    assert mask.in_noise(15, 25) and mask.in_noise(5, 11) and not mask.in_noise(20, 30)
    assert mask.furniture(19, 21) and not mask.furniture(0, 10)
    assert mask.in_duplicate(31, 39) and mask.in_duplicate(28, 38) and not mask.in_duplicate(20, 33)
