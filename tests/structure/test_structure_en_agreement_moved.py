"""Forms only the older English readings (en_parties) held, now read by the general reader
(en_agreement) itself: a slot ended by `regarding`, a committee's own `on`, a head named in a
`with` slot with his body after him, `the governor` as his body, a body described in lower case
after its owner, two signatories named by name and post after `signed between`, and a bracket
holding an acronym and a head."""

from __future__ import annotations

import pytest

from summarizer.structure.en_agreement import agreement_sides


def _sides(text: str, sent: str) -> list[tuple[str, str | None, list[str]]]:
    s = text.index(sent)
    return [(c.name, c.head, c.aliases) for c in agreement_sides(text, s, s + len(sent))]


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        (
            "In addition, the province signed a memorandum with Byeolbit Co. regarding the "
            "company's plans to invest in the Garam Industrial Complex.",
            ["Byeolbit Co."],
        ),
        (
            "The Ministry of Nuri (MON) signed a memorandum of understanding with the "
            "Presidential Committee on Balanced Garam Development of the Republic of Korea (RoK) "
            "on July 17.",
            ["Ministry of Nuri", "Presidential Committee on Balanced Garam Development"],
        ),
        (  # (a date after `on` still ends the slot)
            "The Nuri Council signed an agreement with the Garam Committee on July 17.",
            ["Nuri Council", "Garam Committee"],
        ),
    ],
)
def test_slot_ends(sent: str, want: list[str]) -> None:
    assert [name for name, _, _ in _sides(sent, sent)] == want


def test_a_head_in_the_with_slot_is_his_body() -> None:
    sent = (
        "Nuri Corp. CEO Park Ga-ram signed a business agreement with Kim Byeol, the director of "
        "the National Garam Museum, to spread the culture."
    )
    assert [(n, h) for n, h, _ in _sides(sent, sent)] == [
        ("Nuri Corp.", "Park Ga-ram"),
        ("National Garam Museum", "Kim Byeol"),
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (  # a state's governor named with no body: the state the page names
            "Governor Gil Nuri will lead a mission to Asia. The governor will sign a Memorandum "
            "of Understanding with Garam Province to expand cooperation. Officials of the Ohio "
            "Department of Commerce attend.",
            ["Ohio", "Garam Province"],
        ),
        (  # a governor named with his body before
            "Byeol Governor Gil Nuri will lead a mission. The governor will sign a Memorandum of "
            "Understanding with Garam Province to expand cooperation. Officials of the Ohio "
            "Department of Commerce attend.",
            ["Byeol", "Garam Province"],
        ),
        (  # no governor named: no side
            "A mission will visit. The governor will sign a Memorandum of Understanding with "
            "Garam Province to expand cooperation. Ohio officials attend.",
            ["Garam Province"],
        ),
    ],
)
def test_the_governor(text: str, want: list[str]) -> None:
    sent = text[text.index("The governor") : text.index("cooperation.") + len("cooperation.")]
    assert [name for name, _, _ in _sides(text, sent)] == want


def test_a_body_described_after_its_owner_is_its_full_name() -> None:
    text = (
        "GARAM, May 4 (Wire) -- Nuria's fisheries ministry and the Byeol Isles' sea energy "
        "corporation signed a memorandum of understanding on Tuesday.\n"
        "Vice Minister Oh Da-on of the Ministry of Oceans and Fisheries and the head of the "
        "Byeol Sea Energy Corporation (BSEC) attended."
    )
    sent = text.splitlines()[0]
    assert _sides(text, sent) == [
        ("Ministry of Oceans and Fisheries", None, ["fisheries ministry"]),
        ("Byeol Sea Energy Corporation", None, ["sea energy corporation", "BSEC"]),
    ]


def test_a_description_never_named_in_full_stays_as_written() -> None:
    sent = "Nuria's fisheries ministry and Garam Corp. signed a memorandum on Tuesday."
    assert [name for name, _, _ in _sides(sent, sent)] == [
        "Nuria's fisheries ministry",
        "Garam Corp.",
    ]


def test_signatories_named_by_post_after_signed_between() -> None:
    text = (
        "Garam's foreign ministry said it would fund the plan. The agreement was signed between "
        "Oh Da-on, director-general at the ministry's aid bureau, and Gil Byeol, assistant to "
        "the head in the Nuri Agency for Relief's (NAR) bureau for planning, in Nuri on Monday."
    )
    sent = text[text.index("The agreement") :]
    assert [(n, a) for n, _, a in _sides(text, sent)] == [
        ("Garam's foreign ministry", []),
        ("Nuri Agency for Relief", ["NAR"]),
    ]


def test_a_bracket_with_an_acronym_and_a_head() -> None:
    sent = (
        "The Ministry of Garam Affairs (MGA, Minister OH Daon) and the Nuri Promotion Agency "
        "(NURI, President GIL Byeol) signed a memorandum of understanding on Tuesday."
    )
    got = _sides(sent, sent)
    assert [(n, h) for n, h, _ in got] == [
        ("Ministry of Garam Affairs", "Minister OH Daon"),
        ("Nuri Promotion Agency", "President GIL Byeol"),
    ]
    assert "MGA" in got[0][2] and "NURI" in got[1][2]


def test_a_unit_named_by_its_field_after_its_department_is_one_name() -> None:
    sent = (
        "The Garam Department of Public Safety Science and Technology Directorate and the Nuri "
        "Foundation signed a memorandum of understanding in Seoul."
    )
    assert [name for name, _, _ in _sides(sent, sent)] == [
        "Garam Department of Public Safety Science and Technology Directorate",
        "Nuri Foundation",
    ]


def test_a_unit_owned_by_its_department_keeps_the_whole_name_as_an_alias() -> None:
    sent = (
        "The Garam Department of Public Safety’s Science and Technology Directorate and the Nuri "
        "Foundation signed a memorandum of understanding on Monday."
    )
    got = _sides(sent, sent)
    assert got[0][0] == "Science and Technology Directorate"
    assert "Garam Department of Public Safety’s Science and Technology Directorate" in got[0][2]


def test_an_accord_signed_by_as_a_participle() -> None:
    sent = "The accord, signed by Garam City and Nuri County, will fund joint cruises."
    assert [name for name, _, _ in _sides(sent, sent)] == ["Garam City", "Nuri County"]


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        (
            "A Memorandum of Understanding was signed between the Government of Garamia and the "
            "Government of the Republic of Nuria.",
            ["Government of Garamia", "Government of the Republic of Nuria"],
        ),
        (  # (a province's government is the province; `the governments of`: the places)
            "The Government of Garam Province signed an MOU with Nuri City.",
            ["Garam Province", "Nuri City"],
        ),
        ("The governments of Garamia and Nuria signed an MOU.", ["Garamia", "Nuria"]),
    ],
)
def test_a_country_s_government_by_its_own_name(sent: str, want: list[str]) -> None:
    assert [name for name, _, _ in _sides(sent, sent)] == want


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        ("Garamia and the U.K. have agreed to share port data.", ["Garamia", "U.K."]),
        (
            "GARAM, May 3 (Wire) -- Nuria's transport ministry said Friday it has agreed with the "
            "Byeol Rail Group to study a joint line.",
            ["Nuria's transport ministry", "Byeol Rail Group"],
        ),
    ],
)
def test_an_accord_with_no_document_named(sent: str, want: list[str]) -> None:
    assert [name for name, _, _ in _sides(sent, sent)] == want


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        (  # a body and its own college: two
            "Garam University (President NAM Yuri) and Garam University College (President DO "
            "Hana) signed a memorandum of understanding on Monday.",
            ["Garam University", "Garam University College"],
        ),
        (  # a wire's dateline in brackets
            "(GARAM=Nuri News) Garam Province and Byeol City signed investment agreements with "
            "Pine Engineering on April 21.",
            ["Garam Province", "Byeol City", "Pine Engineering"],
        ),
        (  # adjectives, a nationality and a description before full names
            "GARAM, May 2 - The state-run Nuri Seed Agency and the Byeolish gene bank Garam Seed "
            "Vault signed an MOU.",
            ["Nuri Seed Agency", "Garam Seed Vault"],
        ),
        (  # an MOU ceremony held with the other side; a colon inside a bracket
            "Garam Research Foundation (Director: Park, Mina) held an MOU ceremony on September 2 "
            "(Thu) with Nuri Startups Agency (President: Kim, Dora).",
            ["Garam Research Foundation", "Nuri Startups Agency"],
        ),
        ("The ministry held a meeting on the agreement with Garam City.", []),
    ],
)
def test_more_subject_forms(sent: str, want: list[str]) -> None:
    assert [name for name, _, _ in _sides(sent, sent)] == want


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        (  # a long dash closed up on the dateline's place
            "GARAM, Nuribuk— Garam University and Byeol Global University in South Korea have "
            "entered into a Memorandum of Understanding (MOU), pledging to cooperate.",
            ["Garam University", "Byeol Global University"],
        ),
        (  # a district, then its city
            "Garam City announced on the 20th that it signed a business agreement for cooperation "
            "with Nuri-gu, Byeolsan.",
            ["Garam City", "Nuri-gu"],
        ),
        (  # a description between commas after a name
            "GARAM, May 2 (Nuri News) -- Garam Seed Agency, Garam's leading seed bank, and the "
            "Nuri Farming Council (NFC) signed a cooperation agreement Monday.",
            ["Garam Seed Agency", "Nuri Farming Council"],
        ),
        (  # (a clause before: no name described)
            "Earlier, the city hosted a forum, and Garam City and Nuri County signed an MOU.",
            ["Garam City", "Nuri County"],
        ),
    ],
)
def test_places_datelines_and_descriptions(sent: str, want: list[str]) -> None:
    assert [name for name, _, _ in _sides(sent, sent)] == want


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        (
            "On the first day, Garam University (President Do Hana) announced a new business "
            "agreement with Nuri Electronics to work together.",
            ["Garam University", "Nuri Electronics"],
        ),
        ("The ministry announced the agreement on Monday.", []),  # (no partner: a report)
    ],
)
def test_an_agreement_announced_with_a_partner(sent: str, want: list[str]) -> None:
    assert [name for name, _, _ in _sides(sent, sent)] == want


def test_a_unit_after_its_department_s_acronym_signs_for_it() -> None:
    sent = (
        "The Garam Department of Safety (GDS) Science Directorate (SD) and the Nuri Procurement "
        "Agency (NPA) signed a Memorandum of Understanding (MOU) focused on research."
    )
    got = _sides(sent, sent)
    assert [name for name, _, _ in got] == ["Science Directorate", "Nuri Procurement Agency"]
    assert "GDS SD" in got[0][2]


def test_an_acronym_spelled_out_elsewhere_is_the_full_name() -> None:
    text = (
        "GARAM, May 2 - NUSA and Byeol Seed Vault signed an MOU on May 1. The Nuri Seed Agency "
        "(NUSA) was founded in 2001."
    )
    sent = text[: text.index("May 1.") + 6]
    name, _, aliases = _sides(text, sent)[0]
    assert (name, aliases) == ("Nuri Seed Agency", ["NUSA"])


def test_a_report_after_the_partner_is_no_side() -> None:
    sent = "Nuri University signed an agreement with Garam Corp, Chairman of the Board Kim said."
    assert [name for name, _, _ in _sides(sent, sent)] == ["Nuri University", "Garam Corp"]


@pytest.mark.parametrize(
    ("sent", "want"),
    [
        (
            "Chairman Nguyễn Văn Út of Đồng Nai province signed an MOU with Garam City.",
            ["Đồng Nai province", "Garam City"],
        ),
        ("The province of Đồng Nai signed an MOU with Garam City.", ["Đồng Nai", "Garam City"]),
        (
            "Đồng Nai Governor Trần Văn Út signed an MOU with Garam City.",
            ["Đồng Nai", "Garam City"],
        ),
    ],
)
def test_a_name_s_capital_in_any_latin_script(sent: str, want: list[str]) -> None:
    assert [name for name, _, _ in _sides(sent, sent)] == want


def test_a_company_s_legal_form_ends_its_name() -> None:
    sent = "GARAM, May 2 (Wire) -- Garam Motor Co. and Nuri Energy Corp. signed a deal."
    assert [name for name, _, _ in _sides(sent, sent)] == ["Garam Motor Co.", "Nuri Energy Corp."]
