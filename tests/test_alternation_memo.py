"""`alternation` keeps what it made: the same words (as a tuple or a list) in the same form
give the same text, made once; another form or other words are made anew. A CLI run reads
back what the last one kept."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from summarizer import kept
from summarizer.lexicon import _regex
from summarizer.lexicon._regex import alternation

WORDS = ("누리재단", "가람시청", "별빛", "누리재단")  # invented; one repeated


def test_the_same_words_give_the_text_made_before() -> None:
    first = alternation(WORDS)
    assert alternation(list(WORDS)) is first
    assert first == _regex._alternation(WORDS, False, r"\s*")


def test_the_form_is_part_of_the_key() -> None:
    plain = alternation(WORDS)
    spaced = alternation(WORDS, spaced=True)
    gapped = alternation(WORDS, spaced=True, gap=" ?")
    assert len({plain, spaced, gapped}) == 3
    assert spaced == _regex._alternation(WORDS, True, r"\s*")
    assert gapped == _regex._alternation(WORDS, True, " ?")


def test_a_list_changed_after_the_call_is_made_anew() -> None:
    words = ["한빛", "누리"]
    before = alternation(words)
    words.append("가람시청")
    assert alternation(words) != before
    assert "가람시청" in alternation(words)


def test_a_spaced_word_is_the_generic_form() -> None:
    # the one-join path (a word of letters and digits only) gives the per-character form
    words = ["보도자료", "보 도", "a.b", "가(나)", "가·나", "x y", "가\t나", "1차관", "①②", "Ⅱ"]
    for word in words:
        generic = r"\s*".join(_regex._ESCAPED.get(c, c) for c in word if not c.isspace())
        assert _regex._spaced(word) == generic, word


def test_a_cli_run_reads_the_alternations_the_last_one_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_regex, "_MADE", {})
    monkeypatch.setattr(_regex, "_kept_read", False)
    monkeypatch.setattr(_regex, "_made_here", 0)
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    kept.keep_in(tmp_path)
    try:
        plain, spaced = alternation(WORDS), alternation(WORDS, spaced=True)
        assert _regex.keep_alternations()
        assert not _regex.keep_alternations()  # nothing new since
        # The next run: nothing made yet; the kept texts come back without sorting a word.
        monkeypatch.setattr(_regex, "_MADE", {})
        monkeypatch.setattr(_regex, "_kept_read", False)
        made: list[object] = []
        real = _regex._alternation
        monkeypatch.setattr(_regex, "_alternation", lambda *args: made.append(args) or real(*args))
        assert (alternation(list(WORDS)), alternation(WORDS, spaced=True)) == (plain, spaced)
        assert made == []
        other = (*WORDS, "솔빛동")  # other words: made, not read
        assert "솔빛동" in alternation(other) and len(made) == 1
    finally:
        kept.keep_in(None)


def test_the_words_are_kept_as_one_string(monkeypatch: pytest.MonkeyPatch) -> None:
    # one string per alternation (the kept table then reads back one string, not every word);
    # a word holding the separator keeps its tuple, so no two word lists share a key
    monkeypatch.setattr(_regex, "_MADE", {})
    alternation(WORDS)
    alternation(("가\0람", "별빛"))
    alternation(("가", "람", "별빛"))
    keys = [key for key, _spaced, _gap in _regex._MADE]
    assert keys == ["\0".join(WORDS), ("가\0람", "별빛"), "가\0람\0별빛"]
