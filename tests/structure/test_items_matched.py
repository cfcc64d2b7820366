"""`items.similar` counts the characters difflib's matcher would match without loading difflib
(~3 M instructions of every `summarizer facts` whose items are compared)."""

from __future__ import annotations

import difflib
import random
import subprocess
import sys

from summarizer.structure.items import _AUTOJUNK_FROM, _matched, similar


def _difflib_matched(x: str, y: str) -> int:
    return sum(b.size for b in difflib.SequenceMatcher(None, x, y).get_matching_blocks())


def test_matched_counts_what_difflib_matches() -> None:
    rng = random.Random(7)
    letters = "가람시누리재단별빛 협력,.ab"
    for _ in range(3000):
        pool = letters[: rng.randint(2, len(letters))]
        x = "".join(rng.choice(pool) for _ in range(rng.randint(0, 50)))
        y = "".join(rng.choice(pool) for _ in range(rng.randint(0, _AUTOJUNK_FROM - 1)))
        assert _matched(x, y) == _difflib_matched(x, y), (x, y)


def test_similar_agrees_with_difflib_on_items() -> None:
    a = "가람시 청년 창업 지원 사업 공동 추진"
    b = "가람시 청년창업 지원사업의 공동 추진"
    c = "누리재단 문화 예술 교류 확대"
    assert similar(a, b) is True
    assert similar(a, c) is False


def test_comparing_short_items_loads_no_difflib() -> None:
    probe = (
        "import sys\n"
        "from summarizer.structure.items import similar\n"
        "similar('가람시 청년 창업 지원 사업 공동 추진', '가람시 청년창업 지원사업의 공동 추진')\n"
        "print('difflib' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
