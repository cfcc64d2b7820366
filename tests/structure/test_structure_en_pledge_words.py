"""English pledges in other words (issue 8): `both parties made a commitment to A, B and C`,
`With this MOU, A and B pledge to …` (`this` as `the`; `pledge` as `pledged`), and a sentence of
its own, `They vowed to …`, after the signing."""

from __future__ import annotations

from summarizer.structure.en_commitments import english_commitments
from summarizer.structure.lines import Mask


def _items(text: str) -> list[str]:
    return [c.text for c in english_commitments(text, Mask([]))]


def test_made_a_commitment_to() -> None:
    text = (
        "The cities of Garamton and Nurivale have signed a memorandum of understanding.\n\n"
        "In the agreement, both parties made a commitment to work together to create strong "
        "trade links, cooperate in areas such as farming and tourism, and encourage exchanges "
        "in sport.\n"
    )
    got = _items(text)
    assert "create strong trade links" in got  # (the striving, `work together to`, is no item)
    assert "encourage exchanges in sport" in got


def test_with_this_mou_they_pledge_to() -> None:
    text = "With this MOU, GAID and NOFA, pledge to strengthen and expand cooperation in health.\n"
    assert _items(text) == ["strengthen and expand cooperation in health"]


def test_they_vowed_to_in_a_sentence_of_its_own() -> None:
    text = (
        "Garam News and Nuri Agency signed a cooperation agreement in Dara on Monday.\n\n"
        "Both agencies have exchanged news for ten years.\n\n"
        "The two heads met in the afternoon.\n\n"
        "They vowed to keep the cooperation going, especially in sharing information.\n"
    )
    assert _items(text)[0] == "keep the cooperation going"
