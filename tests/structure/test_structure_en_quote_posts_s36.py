"""English attributions whose subject writes a body's name and a post in lower case before the
person (`…," Nuri 2030 secretary general Park Ga-on said`), the inverted `…,” said the provincial
governor Kim`, a `she said` after `X, <a long apposition>, said …`, and a quote whose own tail
names a speaker no reader took (never the previous speaker's follow-up)."""

from __future__ import annotations

from structure_helpers import run

HEAD = (
    "Garam City and Nuri Foundation sign MOU\n\n"
    "Garam City signed a memorandum of understanding with the Nuri Foundation on May 2.\n\n"
)


def _said(text: str) -> list[tuple[str | None, str]]:
    return [(q.speaker, q.text[:10]) for q in run(HEAD + text).quotes]


def test_a_body_and_a_lower_case_post_before_the_name() -> None:
    assert _said(
        '"The agreement will help local firms reach new markets," Nuri 2030 secretary general '
        "Park Ga-on said.\n\n"
        '"We hope to build a lasting partnership with the city," Nuri Foundation director '
        "general Lee Da-on said.\n"
    ) == [("Park Ga-on", "The agreem"), ("Lee Da-on", "We hope to")]


def test_the_inverted_attribution_with_a_lower_case_post() -> None:
    assert _said(
        "“Having the plant here will give our industries a great deal of energy.”, said the "
        "provincial governor Kim.\n"
    ) == [("Kim", "Having the")]


def test_a_long_apposition_before_the_verb_names_the_later_she() -> None:
    assert _said(
        "Choi Na-ri, President of Nuri Regional Asset Management Corporation, said her company "
        "was pleased to join.\n\n"
        '"We are proud to take part in this partnership for the region," she said.\n'
    ) == [("Choi Na-ri", "We are pro")]


def test_a_quote_its_tail_gives_to_someone_unread_is_no_follow_up() -> None:
    # (`added by Mr. Schmidt`: no reader takes the passive; the quote is not the mayor's)
    assert _said(
        '"The fund will open to local firms next year," Mayor Park Ga-on said.\n\n'
        '"Our products will help the factories of the region work faster.", added by Mr. '
        "Schmidt.\n"
    ) == [("Park Ga-on", "The fund w")]
