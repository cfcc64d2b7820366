"""`parties._inside_sentence` (where a `The …` alias is written mid-sentence) looks only where the
name stands, and answers as the whole-page pattern `[\\w,/][ \\t]+NAME\\b` would."""

from __future__ import annotations

import re

import pytest

from summarizer.structure import en_partners
from summarizer.structure.lines import Mask
from summarizer.structure.parties import _inside_sentence

_CASES = [
    "Mayor Han and The Daily Star signed",  # a word, a space, the name
    "The Daily Star signed with Nuri",  # at the start only
    "with Nuri,\tThe Daily Star",  # a comma and a tab
    "Nuri / The Daily Star's desk",  # a slash; `'s` after the name still ends a word
    "Nuri and The Daily Stars",  # the name runs on: no word boundary
    "Nuri.  The Daily Star",  # a full stop before the spaces
    "NuriThe Daily Star",  # no space before the name
    "",
]


@pytest.mark.parametrize("text", _CASES)
def test_as_the_whole_page_pattern(text: str) -> None:
    name = "The Daily Star"
    want = re.search(r"[\w,/][ \t]+" + re.escape(name) + r"\b", text) is not None
    assert _inside_sentence(text, name) is want


def test_a_name_closing_on_a_stop() -> None:
    # (`\b` after a stop needs a word character next)
    assert _inside_sentence("with Nuri and The Nuri Co.x", "The Nuri Co.")
    assert not _inside_sentence("with Nuri and The Nuri Co. signed", "The Nuri Co.")


def test_a_roster_needs_its_middle() -> None:
    # a page holding the roster's words but not its middle reads no roster (the cheap search
    # first); one holding it reads the list
    plain = "Firms involved in exports include Nuri Corp., Dain Inc. and Gaon Co."
    assert en_partners.roster(plain, Mask([]), 0) == []
    signed = "Firms taking part in the MOUs include Nuri Robotics, Dain Motors and Gaon Bank."
    names = [c.name for c in en_partners.roster(signed, Mask([]), 0)]
    assert len(names) == 3 and names[0].startswith("Nuri"), names
