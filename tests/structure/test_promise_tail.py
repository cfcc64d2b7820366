"""`prose.promises` (a promise's ending asked of the sentence's last characters first) answers
as the whole pattern's search does: on the bundled documents' sentences and on generated
strings, long runs of spaces after `기로` among them (the one part of a form with no bound)."""

from __future__ import annotations

from fast_path_helpers import bundled, soup

from summarizer.structure.lines import sentence_split
from summarizer.structure.prose import _PROMISE, promises


def test_promises_is_the_patterns_search() -> None:
    words = [
        "기로", "키로", "로", " ", "  ", "          ", "\n", "\t", "\u3000", "\xa0", "합의",
        "약속", "했다", "하였다", "계획이다", "예정이", "방침", "이다", "다", ".", "했", "가람시는",
    ]  # fmt: skip
    texts = soup(words, 20000, seed=7, most=14)
    for text in bundled():
        texts += [text[s:e] for s, e in sentence_split(text)[1]]
    found = 0
    for text in texts:
        plain = _PROMISE.search(text) is not None
        assert promises(text) == plain, repr(text)
        found += plain
    assert found > 1000  # (promises among them: not a comparison of empty answers)


def test_a_promise_spaced_far_from_its_verb() -> None:
    # (the spaces after `기로` reach past the last characters first asked)
    text = "가람시와 누리재단은 함께 돕기로" + " " * 20 + "합의했다."
    assert promises(text) and _PROMISE.search(text) is not None
