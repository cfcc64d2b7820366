"""English signing sentences whose sides are bodies the words place or describe: a country
before or after a name, `the South Korean city of A`, `B Kim, the director of the A Museum`,
`A, a research arm of B`, names holding `’` or `&`, and `Faculty of A and the B`."""

from __future__ import annotations

import pytest
from structure_helpers import run


@pytest.mark.parametrize(
    ("lead", "want"),
    [
        (  # an owner country before the partner's name
            "Garam University signed an agreement with South Korea's Nuri National University "
            "on student exchange.",
            ["Garam University", "Nuri National University"],
        ),
        (  # a country after a name, `of South Korea`
            "Garam University (GU) and Nuri National University of South Korea signed a "
            "memorandum of understanding on Monday.",
            ["Garam University", "Nuri National University"],
        ),
        (  # `, Korea` after a name: where the body is, no party beside it
            "The Faculty of Music and the Byeolbit Research Institute, Korea have signed a "
            "memorandum of understanding.",
            ["Faculty of Music", "Byeolbit Research Institute"],
        ),
        (  # a county, then the province it is in: one side
            "Garam Institute (GI) signed a memorandum of understanding with Nuri-gun, "
            "Byeolbit-do (Governor Kim Ha-na) on June 10.",
            ["Garam Institute", "Nuri-gun"],
        ),
        (  # a dateline's dash, an opening phrase, two short names placed in their country
            "SEOUL  -  In a landmark move, The Garam Times and The Nuri Herald of the Republic "
            "of Korea, have entered into a memorandum of understanding (MoU) to share news.",
            ["The Garam Times", "The Nuri Herald"],
        ),
        (  # a list after `between`: the country after a name places it
            "This memorandum is made by and between Garam University, Republic of Korea, and "
            "Nuri College (NC) to set up student exchange.",
            ["Garam University", "Nuri College"],
        ),
        (  # a city, then a body: `City` ends a name
            "Garam City and Nuri Foundation signed a memorandum of understanding at the "
            "foundation's hall on Monday.",
            ["Garam City", "Nuri Foundation"],
        ),
        (  # a legal form after a comma is the name's own
            "Garam City signed an MOU with Byeolbit Co., Ltd. at the Seoul headquarters on "
            "Monday, the city said.",
            ["Garam City", "Byeolbit Co., Ltd."],
        ),
        (  # long names with owners: the owner counted out, cut from the second
            "The Garam Department of Public Safety’s Science and Technology Directorate and the "
            "Republic of Korea’s Ministry of Nuri Defense Acquisition Program Administration "
            "signed a memorandum of understanding on Monday.",
            [
                "Garam Department of Public Safety’s Science and Technology Directorate",
                "Ministry of Nuri Defense Acquisition Program Administration",
            ],
        ),
        (  # `and` inside a name's `of` part: one name
            "The Garam Department of Public Safety Science and Technology Directorate and the "
            "Republic of Korea's Ministry of Science and Nuri Communication Technologies signed "
            "a memorandum of understanding in Seoul.",
            [
                "Garam Department of Public Safety Science and Technology Directorate",
                "Ministry of Science and Nuri Communication Technologies",
            ],
        ),
        (  # a partner named by its role
            "Garam City signed a memorandum of understanding with the South Korean city of "
            "Nuri Gwangyeoksi on Thursday.",
            ["Garam City", "Nuri Gwangyeoksi"],
        ),
        (  # a partner named by its head, the body after
            "Byeolbit Corp. CEO Han Da-rae signed a business agreement with Yoon Ha-neul, the "
            "director of the Nuri Foundation, to promote reading.",
            ["Byeolbit Corp.", "Nuri Foundation"],
        ),
        (  # a curly apostrophe inside a name
            "Recently, President Ma Ling of Gar’am University and President Kim Do-hun of Nuri "
            "National University signed cooperation agreements.",
            ["Gar’am University", "Nuri National University"],
        ),
        (  # `&` inside a name, and a description after the subject
            "Nuri Invest, a foreign investment arm of the Garam Agency, signed an MOU with "
            "Byeolbit Marine & Ocean University (BMOU) on training.",
            ["Byeolbit Marine & Ocean University", "Nuri Invest"],
        ),
    ],
)
def test_english_sides(lead: str, want: list[str]) -> None:
    got = run("Two bodies sign MOU\n\n" + lead + "\n").parties
    assert len(got) == len(want)
    for p, name in zip(got, want, strict=True):  # (`Byeolbit Corp.` may be kept as an alias)
        assert name in (p.name, *p.aliases)
