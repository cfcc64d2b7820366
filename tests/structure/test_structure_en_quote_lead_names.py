"""English speakers named before the quote where the last capitalised word before the verb is
no person: a relative clause after the name (`Kim Ga-ram, who led the talks on the MOU said,
"…`) and a lone title whose `of` phrase holds the name (`Chief of Staff Kim said, "…`)."""

from __future__ import annotations

from structure_helpers import run

HEAD = (
    "Garam City and Nuri University sign MOU\n\n"
    "Garam City signed a memorandum of understanding with Nuri University on May 2.\n\n"
)


def test_the_name_a_relative_clause_follows_speaks() -> None:
    got = run(
        HEAD + "The Dean of the College of Arts and Science Park Ji-won, who led the talks on "
        'the MOU said, "This agreement will bring our two labs together for years."\n'
    ).quotes
    assert [(q.speaker, q.text[:14]) for q in got] == [("Park Ji-won", "This agreement")]


def test_a_lone_title_with_its_portfolio_before_the_name() -> None:
    got = run(
        HEAD + "Park Ji-won, the mayor's chief of staff, met reporters on May 3.\n\n"
        'Asked about the fund, Chief of Staff Park explained, "The fund will open to local '
        'firms next year."\n'
    ).quotes
    assert [(q.speaker, q.title, q.text[:8]) for q in got] == [
        ("Park Ji-won", "Chief of Staff", "The fund")
    ]


def test_a_person_of_a_body_is_still_the_person() -> None:
    got = run(
        HEAD + 'President Kim Ga-ram of Nuri University stated, "Our students will study at '
        'the city hall."\n'
    ).quotes
    assert [(q.speaker, q.text[:12]) for q in got] == [("Kim Ga-ram", "Our students")]


def test_a_quote_after_the_reporters_own_sentences_is_a_statement_of_its_own() -> None:
    # a page printing its article as one line: two quotes of one speaker with the reporter's
    # sentences between them are two statements; one right after the other's tail is one
    got = run(
        HEAD + "'We will keep the exchange going,' Park said, naming the city's festivals and "
        "the students' visits. She cited the bank's loan to local firms last year. \"Three "
        'firms have already applied for the new fund," Park added. "It is a good start," Park '
        "noted.\n"
    ).quotes
    assert [(q.speaker, q.text[:11]) for q in got] == [
        ("Park", "We will kee"),
        ("Park", "Three firms"),
    ]


def test_a_pronoun_after_a_lead_in_clause_is_the_last_speaker() -> None:
    got = run(
        HEAD + 'Mayor Park Ji-won said, "The campus will open to our residents next spring."\n\n'
        'Asked about the cost, he said, "The city will pay half of it from next year."\n'
    ).quotes
    assert [(q.speaker, q.text[:8]) for q in got] == [
        ("Park Ji-won", "The camp"),
        ("Park Ji-won", "The city"),
    ]


def test_the_speakers_line_broken_off_above_the_quote() -> None:
    got = run(
        HEAD + "During their meeting, Governor Park Ji-won highlighted that the two cities have "
        "kept their exchanges. He emphasized,\n"
        '"The ties between our cities are strong and will grow further."\n'
    ).quotes
    assert [(q.speaker, q.text[:8]) for q in got] == [("Park Ji-won", "The ties")]


def test_a_pronoun_no_one_was_named_for_is_not_read_as_a_speaker() -> None:
    got = run(HEAD + 'Also, he added, "The fund will open to local firms next spring."\n').quotes
    assert got == []


def test_the_subject_with_an_apposition_and_a_long_clause_before_and_said() -> None:
    got = run(
        HEAD + "Park Ji-won, the city's chief of staff, was asked at a briefing on the 3rd about "
        'the date of the U.S.-Korea fair and the joint plan, and said, "There is no gap '
        'between the two sides."\n'
    ).quotes
    assert [(q.speaker, q.text[:8]) for q in got] == [("Park Ji-won", "There is")]
