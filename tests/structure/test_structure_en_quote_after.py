"""English quotations whose speaker is told after them: by a short office (`…," Gov. Park
said`), by the one a paper quoted (`…," Nuri Daily quoted Kim Ha-na as saying`), and by a
pronoun for the person a sentence before named as saying something (`Kim added, …. "…," she
noted`)."""

from __future__ import annotations

from structure_helpers import run

HEAD = (
    "Two bodies sign MOU\n\n"
    "Garam Province signed a memorandum of understanding with Nuri Corp. on May 2.\n\n"
)


def test_short_office_before_the_name() -> None:
    got = run(HEAD + '"The plant will bring jobs to the whole province," Gov. Park said.\n').quotes
    assert [(q.speaker, q.title, q.text[:9]) for q in got] == [("Park", "Gov.", "The plant")]


def test_quoted_as_saying() -> None:
    got = run(
        HEAD + "“This is one part of our partnership with Garam,” Nuri Daily quoted Kim Ha-na "
        "as saying in a statement.\n"
    ).quotes
    assert [(q.speaker, q.text[:9]) for q in got] == [("Kim Ha-na", "This is o")]


def test_pronoun_after_a_sentence_that_named_the_speaker() -> None:
    got = run(
        HEAD + "At the ceremony, Lee stressed the need for seed exchanges. Lee added, Garam wants "
        "more projects.\n“Garam is a partner of many seed banks,” she noted.\n"
    ).quotes
    assert [(q.speaker, q.text[:9]) for q in got] == [("Lee", "Garam is ")]


def test_a_quoted_paragraph_after_a_speaker_is_his_next_statement() -> None:
    got = run(
        HEAD + "“The plant will bring jobs to the whole province,” Gov. Park said.\n"
        "“We will also train the young people of Garam for the new plant.”\n"
        "The province said it drew 12 firms to the area last year.\n"
    ).quotes
    assert [(q.speaker, q.text[:9]) for q in got] == [("Park", "The plant"), ("Park", "We will a")]


def test_a_quote_left_open_runs_on_into_the_next_paragraph() -> None:
    got = run(
        HEAD + "“The plant will bring jobs to the whole province,” Gov. Park said. “And it will "
        "bring more trade to the port.\n“We have waited for this day for many years now.”\n"
    ).quotes
    assert [(q.speaker, q.text[:9]) for q in got] == [("Park", "The plant")]


def test_reported_speech_on_the_next_line_names_no_speaker() -> None:
    got = run(
        HEAD + "“The plant will bring jobs to the whole province,” Gov. Park said.\n"
        "“We will train the young people of Garam for the new plant.”\n"
        "Nuri Corp. said it would open the plant in May.\n"
    ).quotes
    assert [q.speaker for q in got] == ["Park", "Park"]
