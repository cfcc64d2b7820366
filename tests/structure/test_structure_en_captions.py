"""English photo captions and ministers named by nationality and field (snippets written for
these tests; the country names are facts): a caption opening on the people's positions (`From
left,`) or closing on the wire's credit (`Yonhap`, `(AP)`) tells who attended, and the story's
own sentence that states the signing outranks it; `Korean Industry Minister A` signs for the
country, no body called `Korean Industry`."""

from __future__ import annotations

import pytest
from structure_helpers import run_names as _names

_STORY = (
    "SEOUL — Korea and China signed a series of memorandums of understanding (MOUs) on "
    "cooperation in trade on the occasion of a summit between Presidents Kim Dal and Li Garam "
    "in Seoul on Monday, the presidential office said.\nThe two countries will share data.\n"
)


@pytest.mark.parametrize(
    ("caption"),
    [
        (  # the positions open it, the credit closes its line
            "From left, Korean Industry Minister Kim Ha-na and Chinese Commerce Minister Li Nuri, "
            "and Korean Food and Drug Safety Minister Oh Byeol and Sun Garam, director general of "
            "China’s General Administration of Nuri, attend signing ceremonies for agreements on "
            "the establishment of a trade dialogue and on food safety cooperation, respectively, "
            "with attendance by President Kim Dal and Chinese President Li Garam, right in the "
            "second row, at the Nuri Hall in Seoul, Monday. Yonhap\n"
        ),
        (  # the credit alone, in brackets
            "Garam University President Kim Ha-na and Nuri Foundation Chairman Li Byeol attend "
            "the signing ceremony for agreements on trade at the Nuri Hall in Seoul, Monday. "
            "(Yonhap)\n"
        ),
        (  # the positions alone, closed by a colon
            "Left to right: Garam University President Kim Ha-na and Nuri Foundation Chairman Li "
            "Byeol attend the signing ceremony for agreements on trade at the Nuri Hall in Seoul "
            "on Monday.\n"
        ),
        (  # the credit after a slash
            "Garam University President Kim Ha-na and Nuri Foundation Chairman Li Byeol attend "
            "the signing ceremony for agreements on trade at the Nuri Hall in Seoul, Monday. "
            "/ AP\n"
        ),
    ],
)
def test_a_caption_yields_to_the_story_sentence(caption: str) -> None:
    assert _names(caption + _STORY) == ["Korea", "China"]


def test_a_minister_by_nationality_and_field_signs_for_the_country() -> None:
    text = (
        "Korean Industry Minister Kim Ha-na and Chinese Commerce Minister Li Nuri signed a "
        "memorandum of understanding on trade in Seoul on Monday.\n"
        "The two sides will share data.\n"
    )
    assert _names(text) == ["Korea", "China"]
