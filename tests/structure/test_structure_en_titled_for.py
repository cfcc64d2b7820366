"""A Title Case headline's `for` before a capital: the purpose, unless the page supports the
longer name (written so in a sentence-cased line, or spelt by an acronym it gives)."""

from __future__ import annotations

import pytest
from structure_helpers import run_names as _names


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # the headline's `for Shared Growth` is what the agreement is for
            "GARI Signs MOU With Nuri Institute for Shared Growth in the Byeol Region\n"
            "On May 3, GARI and the Nuri Institute agreed to work together on coastal roads.\n",
            ["GARI", "Nuri Institute"],
        ),
        (  # the same name written in a sentence-cased line keeps its `for`
            "GARI Signs MOU With Nuri Institute for Shared Growth in the Byeol Region\n"
            "The Nuri Institute for Shared Growth was founded by the province in 2001.\n",
            ["GARI", "Nuri Institute for Shared Growth"],
        ),
        (  # an acronym the page gives spells the longer name
            "GARI Signs MOU With Nuri Institute for Shared Growth in the Byeol Region\n"
            "NISG will send two researchers to the joint team.\n",
            ["GARI", "Nuri Institute for Shared Growth"],
        ),
    ],
)
def test_a_title_case_for(text: str, want: list[str]) -> None:
    assert _names(text) == want
