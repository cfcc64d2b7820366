"""English speakers before a quote with words between: an adverb between the name and the verb
(`President Kim in particular stated, "…`) and a quoted term in the subject's own clause
(`Oh described it as a "…" and emphasized, "…`), invented names."""

from __future__ import annotations

from structure_helpers import run


def test_adverb_between_the_name_and_the_verb() -> None:
    text = (
        "Garam University and Nuri Corp. signed an MOU on May 2.\n"
        "With both parties greatly anticipating the benefits of this MOU, President Kim Na-ri "
        "in particular stated, “This memorandum is a good opportunity for our research.”\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.text[:15]) for q in quotes] == [("Kim Na-ri", "This memorandum")]


def test_quoted_term_before_and_emphasized() -> None:
    text = (
        "Garam University and Nuri Corp. signed an MOU on May 2. President Oh Na-ri of Garam "
        "University attended.\n"
        "In his address, Oh described Garam as a “growing city” and emphasized, “No other city "
        "in the world grows as fast as ours.”\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.text[:14]) for q in quotes] == [("Oh Na-ri", "No other city ")]


def test_quoted_term_alone_is_no_quote() -> None:
    text = (
        "Garam University and Nuri Corp. signed an MOU on May 2.\n"
        "In his address, Oh described Garam as a “growing city” and thanked the guests.\n"
    )
    assert run(text).quotes == []
