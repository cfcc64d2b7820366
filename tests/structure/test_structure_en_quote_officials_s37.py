"""English quotations of an unnamed official (session 37, issue 8, helper quo37; invented
snippets), the speaker as the story writes them: after the quote (`…," a ministry official
said`), the paragraph after it the same official's, and before it (`A city official stated,
"…`); the party the body word names."""

from __future__ import annotations

from structure_helpers import run

HEAD = (
    "Two bodies sign MOU\n\n"
    "The Ministry of Rivers signed a memorandum of understanding with Nuri Corp. on May 2.\n\n"
)


def test_an_unnamed_official_after_the_quote_and_the_paragraph_after_it() -> None:
    got = run(
        HEAD + '"We expect the deal will open new markets for firms from both sides," a ministry '
        "official said.\n\n"
        '"Nuri plans to spend up to $3 billion on new water plants by 2030."\n'
    ).quotes
    assert [(q.speaker, q.org, q.text[:9]) for q in got] == [
        ("a ministry official", "Ministry of Rivers", "We expect"),
        ("a ministry official", "Ministry of Rivers", "Nuri plan"),
    ]


def test_an_unnamed_official_before_the_quote() -> None:
    got = run(
        HEAD + 'A city official stated, "We expect that this agreement will bring new jobs '
        'to the region."\n'
    ).quotes
    assert [(q.speaker, q.text[:9]) for q in got] == [("A city official", "We expect")]
