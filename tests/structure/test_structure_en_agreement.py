"""The general reader of an English agreement sentence (en_agreement): forms of unseen pages the
older readings named no two sides in (invented names)."""

from __future__ import annotations

import pytest
from structure_helpers import run


@pytest.mark.parametrize(
    ("body", "want"),
    [
        (  # a group naming its place, an owner country, a county within a city
            "Garam (VNA) – Leaders of the northern Garam province and the Republic of Korea’s "
            "Nuri county of Byeol city agreed to sign a friendship exchange agreement during a "
            "working session in Garam on July 3.",
            ["Garam province", "Nuri county"],
        ),
        (  # `reached a letter of intent`, a country after the second name
            "Haneul and Dalbit-do of South Korea reached a letter of intent for friendly "
            "province relationship in Sora on May 23, 2016.",
            ["Haneul", "Dalbit-do"],
        ),
        (  # a governor for `the state`, then `A and Mayor B of C City` in the next sentence
            "Gov. Mira Stone on Friday signed an agreement reinforcing ties between the state "
            "and a South Korean city, a news release states.\nStone and Mayor Han Ji-woo of "
            "Garam City signed the non-binding document on the first day of the governor's "
            "trade mission. It creates no obligations for Oregon or Garam City.",
            ["Oregon", "Garam City"],
        ),
        (  # ministers named with their ministries, `between their two Ministries`
            "Minister of Sea Affairs Kim Ha-na and Minister of Land, Sky and Rivers Lee Du-ri "
            "signed a memorandum of understanding between their two Ministries on July 30. The "
            "Ministry of Sea Affairs and the Ministry of Land, Sky and Rivers will meet yearly.",
            ["Ministry of Sea Affairs", "Ministry of Land, Sky and Rivers"],
        ),
        (  # `to visit with B … and sign`: bodies named through their heads
            "In January, Garam University President Kim Ha-na traveled to visit with Nuri State "
            "University President Alan Reed and sign a Dual Degree Agreement.",
            ["Garam University", "Nuri State University"],
        ),
        (  # a head in brackets after each name, a name with its own `’s`
            "Garam University (President Kim Ha-na) and Nuri Women's University (President Lee "
            "Du-ri) signed an academic exchange agreement on the 6th.",
            ["Garam University", "Nuri Women's University"],
        ),
        (  # `To this end,` before the subject; a head whose body the text names elsewhere
            "Vice Minister Oh Da-in of the Ministry of Garam Affairs met the governor.\nTo this "
            "end, Governor Reed and Vice Minister Oh signed a memorandum with Nuri State.",
            ["Ministry of Garam Affairs", "Nuri State"],
        ),
        (  # ministers named by their countries' adjectives sign for the countries
            "The MoU was signed at the Garam Forum between Malaysian Minister of Tourism, Arts "
            "and Culture Kim Ha-na and Korean Minister of Culture, Sports and Tourism, Lee Du-ri.",
            ["Malaysia", "Korea"],
        ),
        (  # `for A and B` inside a name, as `of A and B` is; then the second body after `and the`
            "The Garam Council for Arts and Crafts and the Nuri Cultural Centre have signed a "
            "Memorandum of Understanding to promote cultural exchange.",
            ["Garam Council for Arts and Crafts", "Nuri Cultural Centre"],
        ),
        (  # three subjects, the second a body named by `of` and its field, the third whole
            "Garam University, Nuri Institute of Technology and Dara University signed "
            "memoranda on Wednesday with three universities in Sora.",
            ["Garam University", "Nuri Institute of Technology", "Dara University"],
        ),
    ],
)
def test_english_agreement_sides(body: str, want: list[str]) -> None:
    got = run("Two sides agree\n\n" + body + "\n").parties
    assert [p.name for p in got] == want
