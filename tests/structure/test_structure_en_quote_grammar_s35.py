"""English attribution read by its grammar (session 35): a name set off by an apposition of any
kind before the verb, a verb first then the name, verbs that report a quote only beside it,
lowercase name links (`von der`, `bin`, `al-`), wrong or missing marks, a page wrapped at a fixed
width, `he said` after a person introduced by title without a speech verb, and a quote whose
own attribution names someone unread (never the previous speaker's)."""

from __future__ import annotations

from structure_helpers import run

HEAD = (
    "Garam City and Nuri University sign MOU\n\n"
    "Garam City signed a memorandum of understanding with Nuri University on May 2.\n\n"
)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:12]) for q in run(HEAD + text).quotes]


def test_a_name_and_its_apposition_before_the_verb() -> None:
    assert _said(
        '"We expect to hire many graduates," Jean-Pierre Dupont, vice president of Nuri '
        "University, told reporters.\n"
    ) == [("Jean-Pierre Dupont", "We expect to")]


def test_a_verb_that_reports_a_quote_only_beside_it() -> None:
    assert _said(
        '"This is a milestone for us all," declared Anna Berg, head of the Garam Institute.\n\n'
        '"The bank opens a branch on campus," announced Tom Reed, the bank\'s chief officer.\n'
    ) == [("Anna Berg", "This is a mi"), ("Tom Reed", "The bank ope")]


def test_a_name_with_lowercase_links_is_whole() -> None:
    assert _said(
        '"The students will benefit from this," Sheikh Omar bin Rashid said in a speech.\n\n'
        'Greta von der Aue said: "Our region supports this cooperation fully."\n'
    ) == [("Sheikh Omar bin Rashid", "The students"), ("Greta von der Aue", "Our region s")]


def test_a_body_with_its_abbreviation_before_the_title_and_name() -> None:
    assert _said('"We will invest in the city," Nuri Corp. CEO Jo Han said.\n') == [
        ("Jo Han", "We will inve")
    ]


def test_an_english_quote_closed_with_the_wrong_mark_or_holding_an_apostrophe() -> None:
    assert _said(
        "“This partnership brings jobs to us,“ said Mayor Park Ji-won.\n\n"
        "‘The city’s future depends on this,’ said Kim Min-su, president of Nuri University.\n"
    ) == [("Park Ji-won", "This partner"), ("Kim Min-su", "The city’s f")]


def test_two_quotes_side_by_side_each_with_its_own_attribution() -> None:
    assert _said(
        'Kim Min-su said, "Both sides will share data and staff." "We are proud to join the '
        'project," said Ana Ruiz, director of Nuri University.\n'
    ) == [("Kim Min-su", "Both sides w"), ("Ana Ruiz", "We are proud")]


def test_a_page_wrapped_at_a_fixed_width() -> None:
    assert _said(
        'President Park\nJi-won of Garam City stressed, "The agreement marks the start of a\n'
        'long journey for both of us."\n\n'
        'Dean Omar al-Nasser of the business school reciprocated, "Our students will learn\n'
        'from the city."\n'
    ) == [("Park Ji-won", "The agreemen"), ("Omar al-Nasser", "Our students")]


def test_he_said_after_a_person_introduced_by_title_without_a_speech_verb() -> None:
    assert _said(
        "Nuri CEO John Smith welcomed the deal and thanked the city.\n\n"
        '"We are excited to start building the plant," he said.\n\n'
        "The deal was signed by Vice President Tom Reed of Nuri.\n\n"
        '"This is just the beginning for us," the vice president said.\n'
    ) == [("John Smith", "We are excit"), ("Tom Reed", "This is just")]


def test_a_quote_attributed_to_someone_unread_is_not_the_previous_speakers() -> None:
    assert _said(
        'Mayor Park Ji-won said, "The city will help the company hire."\n\n'
        '"We will hold a second meeting in May," the official said.\n'
    ) == [("Park Ji-won", "The city wil")]
