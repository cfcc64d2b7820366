"""English terms joined in one sentence: `A as well as VERB B`, `the N of A and N of B`, and a
second sentence opening `In particular, we will …`."""

from __future__ import annotations

import pytest
from structure_helpers import run

HEAD = (
    "Two cities sign MOU\n\n"
    "Hanbit City signed a memorandum of understanding with Nuri County on May 2.\n\n"
)


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Under the agreement, the two sides will hold a farm fair in Hanbit as well as "
            "develop a network of young farmers.",
            ["hold a farm fair in Hanbit", "develop a network of young farmers"],
        ),
        (
            "The MOU calls for the creation of a joint committee and exchange of data on "
            "crop prices.",
            ["the creation of a joint committee", "exchange of data on crop prices"],
        ),
        (  # one deed's object, no second `N of`: one item
            "The MOU calls for the exchange of data on crop prices and rainfall.",
            ["the exchange of data on crop prices and rainfall"],
        ),
        (
            "Under the agreement, the two sides will share data on crop prices. In particular, "
            "we will engage in joint training for young farmers.",
            ["share data on crop prices", "engage in joint training for young farmers"],
        ),
    ],
)
def test_english_pairs(sentence: str, want: list[str]) -> None:
    assert [c.text for c in run(HEAD + sentence + "\n").commitments] == want
