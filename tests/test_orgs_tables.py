"""The organisation tables' fast paths (built at the first `brief` of a process) answer what the
plain definitions answer: the name regex matches exactly the names, and the suffix look-ups
cut what a loop over every title and particle cuts."""

from __future__ import annotations

import random
import re

from summarizer.events.lexicon import (
    NOT_ORG_ENDINGS,
    NOT_ORG_PREFIXES,
    NOT_ORGS,
    ORG_SUFFIXES,
    PARTICLES,
    TITLE_CUTS,
    WEAK_SUFFIXES,
)
from summarizer.events.orgs import _cut_title, _is_org_word, _strip_particle
from summarizer.events.tables import tables as _tables
from summarizer.events.tables import trie_pattern as _trie_pattern


def _naive_cut(token: str) -> str:
    for title, back in TITLE_CUTS:
        if token.endswith(title) and len(token) - len(title) >= 2:
            return token[: -len(title)] + back
    return token


def _naive_strip(token: str) -> list[str]:
    out = [token[: -len(p)] for p in PARTICLES if token.endswith(p) and len(token) - len(p) >= 2]
    return [*out, token]


def _naive_org_word(word: str) -> bool:
    if word in NOT_ORGS or not re.search("[가-힣]", word) or re.search(r"\d", word):
        return False
    if word.endswith(NOT_ORG_ENDINGS) or word.startswith(NOT_ORG_PREFIXES):
        return False
    for suffix in ORG_SUFFIXES:
        if word.endswith(suffix):
            return len(word) - len(suffix) >= (2 if suffix in WEAK_SUFFIXES else 1)
    return False


def test_the_trie_matches_exactly_its_words() -> None:
    rng = random.Random(7)
    for _ in range(200):
        words = ["".join(rng.choice("ab.가각") for _ in range(rng.randint(0, 4))) for _ in range(8)]
        pattern = re.compile(_trie_pattern(words))
        for probe in {*words, "", "a", "ab", "a.", "가b", "b가각", "aaaa"}:
            assert bool(pattern.fullmatch(probe)) == (probe in words), (words, probe)


def test_the_trie_of_the_glossary_names_matches_each_name() -> None:
    names = list(_tables().canon_of)
    pattern = re.compile(_trie_pattern(names), re.IGNORECASE)
    assert all(pattern.fullmatch(n) for n in names)


def test_title_and_particle_cuts_are_the_plain_loops() -> None:
    titles = [t for t, _ in TITLE_CUTS]
    stems = ["칠곡군", "강남", "외교부", "가", "BNK경남"]
    tokens = [s + t + p for s in stems for t in ["", *titles] for p in ["", *PARTICLES[:12]]]
    tokens += [t for t in titles] + [p for p in PARTICLES]
    for token in tokens:
        assert _cut_title(token) == _naive_cut(token), token
        assert _strip_particle(token) == _naive_strip(token), token


def test_the_organisation_suffix_look_up_is_the_plain_loop() -> None:
    for stem in ["", "가", "칠곡", "신용보증재단"]:
        for suffix in ORG_SUFFIXES:
            for word in (stem + suffix, stem + suffix + "1", suffix[1:]):
                assert _is_org_word(word) == _naive_org_word(word), word
