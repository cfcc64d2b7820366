"""An English quote opened by `and said,` after the sentence's own verb: the subject speaks
(`On May 2, Governor A met with B at C and said, "…"`), invented names."""

from __future__ import annotations

from structure_helpers import run


def test_subject_with_a_verb_of_its_own_and_said() -> None:
    text = (
        "Two provinces sign\n\nGaram Province and Nuri Province signed a friendship agreement.\n"
        "On May 2, Governor Oh Na-ri met with Nuri Party Secretary Lee Ha-na at the Byeol Hall "
        "(official residence) and said, “I am very glad to deepen our ties with Nuri Province.”\n"
    )
    quotes = run(text).quotes
    assert [(q.speaker, q.text[:20]) for q in quotes] == [("Oh Na-ri", "I am very glad to de")]
