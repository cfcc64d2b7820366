"""The Korean connectives, written once (`summarizer.lexicon.connectives`): every reader's
subset is drawn from the one list, and the patterns built from them read as the readers' did."""

from __future__ import annotations

import re

from summarizer.lexicon.connectives import CONNECTIVES_KO, SUBSETS, connectives


def test_every_subset_is_drawn_from_the_one_list() -> None:
    for name, words in SUBSETS.items():
        assert set(words) <= set(CONNECTIVES_KO), (name, set(words) - set(CONNECTIVES_KO))
        assert len(set(words)) == len(words), name


def test_a_reader_that_stops_at_its_first_match_tries_the_longer_word_first() -> None:
    for name, words in SUBSETS.items():
        for i, w in enumerate(words):
            for shorter in words[:i]:
                assert not w.startswith(shorter), (name, shorter, w)


def test_the_pattern_reads_spaces_and_words_that_open_longer_ones() -> None:
    from summarizer.structure.clauses import CONNECTIVE

    assert re.fullmatch(connectives(("이와 함께",)), "이와  함께")
    assert CONNECTIVE.match("더불어 두 기관은") is not None
    assert CONNECTIVE.match("더불어민주당은") is None
    assert CONNECTIVE.match("또한, 두 기관은").group(0) == "또한, "  # type: ignore[union-attr]
    assert CONNECTIVE.match("이 밖에도 두 기관은").group(0) == "이 밖에도 "  # type: ignore[union-attr]
