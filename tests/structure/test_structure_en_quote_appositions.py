"""English speakers set off by commas (`…," Kim, the city's chief of staff, told reporters`,
`…," Nuri's head of trade, Kim, said`, `Its head of trade, Kim, has stated, "…`) and the one a
`he said` stands for when someone new was named saying something after the last quote."""

from __future__ import annotations

from structure_helpers import run

HEAD = (
    "Garam City and Nuri University sign MOU\n\n"
    "Garam City signed a memorandum of understanding with Nuri University on May 2.\n\n"
)


def test_an_apposition_between_the_name_and_the_verb_after_the_quote() -> None:
    got = run(
        HEAD + '"The campus will open to our residents next spring," Kim Ga-ram, the city\'s '
        "chief of staff, told reporters.\n"
    ).quotes
    assert [(q.speaker, q.text[:10]) for q in got] == [("Kim Ga-ram", "The campus")]


def test_the_post_then_the_name_set_off_by_commas_after_the_quote() -> None:
    got = run(
        HEAD + '"We expect the exchange to grow every year," Nuri\'s director of the trade '
        "team, Park Ji-won, said.\n"
    ).quotes
    assert [(q.speaker, q.text[:9]) for q in got] == [("Park Ji-won", "We expect")]


def test_the_post_then_the_name_and_has_stated_before_the_quote() -> None:
    got = run(
        HEAD + 'Its director of external affairs, Park Ji-won, has stated, "Both sides will '
        'share their research labs."\n'
    ).quotes
    assert [(q.speaker, q.text[:10]) for q in got] == [("Park Ji-won", "Both sides")]


def test_he_said_is_the_person_named_saying_something_since_the_last_quote() -> None:
    got = run(
        HEAD + "“This is a good day for our city,” Mayor Kim Ga-ram said.\n"
        "Nuri Chief Operating Officer Lee Min-ho said the two sides share many goals.\n"
        "“We will send our students to Garam every summer,” he said.\n"
    ).quotes
    assert [(q.speaker, q.title) for q in got] == [
        ("Kim Ga-ram", "Mayor"),
        ("Lee Min-ho", "Chief Operating Officer"),
    ]


def test_a_phrase_between_the_named_sayer_and_the_verb() -> None:
    got = run(
        HEAD + "Garam Office head Choi Da-eun, for her part, said that the city has new plans.\n\n"
        "“The city will fund ten new labs,” she said.\n\n"
        "Nuri Chairperson Han Seo-yeon, meanwhile said the university is ready.\n\n"
        "“Our students are eager to start,” she said.\n"
    ).quotes
    assert [q.speaker for q in got] == ["Choi Da-eun", "Han Seo-yeon"]


def test_he_said_keeps_the_last_speaker_when_nobody_new_spoke() -> None:
    got = run(
        HEAD + "“This is a good day for our city,” Mayor Kim Ga-ram said.\n"
        "The two sides will meet every year.\n"
        "“We will welcome Nuri students every summer,” he said.\n"
    ).quotes
    assert [q.speaker for q in got] == ["Kim Ga-ram", "Kim Ga-ram"]
