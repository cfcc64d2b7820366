"""An English speaker named after `said` with a long title (`said Nuri Under Secretary for
Science and Technology Kim Ha-na`): the name, and the whole title with its rank and portfolio."""

from __future__ import annotations

from structure_helpers import run


def test_said_then_titled_speaker() -> None:
    got = run(
        "Two bodies sign MOU\n\n"
        "Garam University signed a memorandum of understanding with Nuri Foundation on May 2.\n\n"
        "“The MOU is a milestone for our readers,” said Nuri Under Secretary for Science and "
        "Technology Kim Ha-na.\n"
    ).quotes
    assert [(q.speaker, q.title, q.text[:9]) for q in got] == [
        ("Kim Ha-na", "Under Secretary for Science and Technology", "The MOU i")
    ]


def test_a_title_keeps_every_word_ranking_it() -> None:
    # `Senior Presidential` ranks the post: the title is not cut at `Secretary`
    got = run(
        "Two bodies sign MOU\n\n"
        "Garam University signed a memorandum of understanding with Nuri Foundation on May 2.\n\n"
        "“The MOU opens a new chapter,” said Senior Presidential Secretary for Economic Affairs "
        "Park Ga-on.\n"
    ).quotes
    assert [(q.speaker, q.title) for q in got] == [
        ("Park Ga-on", "Senior Presidential Secretary for Economic Affairs")
    ]


def test_a_party_secretary_keeps_party() -> None:
    got = run(
        "Two bodies sign MOU\n\n"
        "Garam Province signed a friendship agreement with Nuri Province on May 2.\n\n"
        "“We will widen trade and youth exchanges,” said Nuri Party Secretary Wang Lin.\n"
    ).quotes
    assert [(q.speaker, q.title) for q in got] == [("Wang Lin", "Party Secretary")]
