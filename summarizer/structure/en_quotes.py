"""English quotations: the speaker after (`…," Kim said`, `…," the ministry said`) or before
(`Kim Min-su, president of …, said, "…`) the quote, single quotes and unclosed ones."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    POST_WORDS_LOWER_EN,
    SPEECH_VERBS_EN,
    TITLE_ABBREVIATIONS_EN,
    TITLE_RANKS_EN,
    TITLES_EN,
    VICE_EN,
    alternation,
)
from summarizer.models.records import Party

_EN_SPEECH = alternation(SPEECH_VERBS_EN)
EN_SPEECH_WORD = re.compile(_EN_SPEECH)
_EN_OFFICES = r"(?:mayor|governor|minister|president|chairman|chairwoman|CEO|ambassador|director)"
_EN_BODIES = (
    r"(?:ministry|agency|company|university|city|government|council|bank|institute|foundation"
    r"|association|office|department|county|province|corporation|firm|group)"
)
# a form of address or a short office before a name, with its period (`Mr. Kim`, `Gov. Park`)
_ADDRESS = (
    r"(?:(?:Mr|Ms|Mrs|Dr|Prof|"
    + alternation(tuple(t.rstrip(".") for t in TITLE_ABBREVIATIONS_EN))
    + r")\.\s+)?"
)
# a noun phrase set off by commas after a name: `, the city's chief of staff,`
_APPOSITION = r"(?:,\s+(?:the|a|an|its|his|her)\s+[^,\"“”\n]{1,80},)?"
# a post in lower case between a body's name and a person's (`Nuri 2030 secretary general`)
_POST_LOWER = alternation(POST_WORDS_LOWER_EN)
# `…," Nuri 2030 secretary general Kim Ga-on said`: a body's name and a post in lower case
# before the name (tried only where the plain tail fails and a post word stands: see `en_tail`)
_POSTED = (
    r"(?:[A-Z0-9][\w'’.&-]*\s+){1,5}(?:" + _POST_LOWER + r")(?:\s+(?:" + _POST_LOWER + r")){0,3}\s+"
)


# `…,” said the provincial governor Kim.`: the post in lower case, then the name (the same)
_INVERTED = (
    r"|"
    + _EN_SPEECH
    + r"\s+the\s+(?:[a-z][\w'’-]*\s+){0,2}?(?:"
    + _POST_LOWER
    + r")\s+(?P<n5>"
    + _ADDRESS
    + r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})(?=\s*[.,])"
)


EN_TAIL = re.compile(
    # (`…," the bank's chief Park Ji-won said`, `…," Mr. Kim said`: the name before the verb;
    # `…”, said …`: a comma after the closing mark)
    r"^,?\s*(?:(?:the\s+(?:[a-z][\w'’-]*\s+){1,4})?"
    # (`Acme Defense, Space and Security President and CEO Jo Lee said`: a comma in a title)
    r"(?P<n1>"
    + _ADDRESS
    + r"[A-Z][\w'-]+(?:,?\s+(?:(?:for|of|and)\s+)?[A-Z][\w'-]+){0,8})"
    # (`…," Kim Ga-ram, the city's chief of staff, told reporters`: an apposition after it)
    + _APPOSITION
    + r"\s+"
    + _EN_SPEECH
    # `…," Nuri's head of trade, Kim Ga-ram, said.`: the post, then the name set off by commas
    + r"|(?:[A-Z][\w.-]*['’]s\s+|the\s+)[a-z][^,\"“”\n]{0,60},\s+(?P<n4>"
    + _ADDRESS
    + r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}),\s+"
    + _EN_SPEECH
    + r"|"
    + _EN_SPEECH
    # (`…,” said Nuri Under Secretary for Science and Technology Kim Ha-na.`: a title with
    # `for`, `of`, `and` before the name, as before the verb)
    # (`…,” stated Dr. Kao.`: a form of address with its period, as before the verb)
    + r"\s+(?P<n2>"
    + _ADDRESS
    + r"[A-Z][\w'-]+(?:\s+(?:(?:for|of|and)\s+)?[A-Z][\w'-]+){0,8}"
    # (`…,” said A Air’s Chairman and CEO, Yang Ho Cho.`: the post, then the name)
    + r"(?:['’]s(?:\s+(?:and\s+)?[A-Z][\w'-]+){1,4},\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}"
    + r"(?=\s*[.,]))?)"
    # (`n5`: the inverted form with a post in lower case, `_EN_TAIL_POSTED` only)
    + r"|(?P<n5>(?!))"
    # `…,” said the First Lady.`: a capitalised office the story gave with the name before
    + r"|"
    + _EN_SPEECH
    + r"\s+the\s+(?P<titled>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})\b"
    # `…,” the mayor said.`: a head the story named before, by office
    + r"|the\s+(?P<office>"
    + _EN_OFFICES
    + r")\s+"
    + _EN_SPEECH
    # `…,” the ministry said.`: a body in its own name
    + r"|(?P<body>the\s+"
    + _EN_BODIES
    + r")\s+"
    + _EN_SPEECH
    # `…,” Nuri Daily quoted Kim Ha-na as saying`: the one quoted, not the paper quoting
    + r"|(?:[A-Z][\w'’.-]*\s+){1,4}quoted\s+(?P<n3>"
    + _ADDRESS
    + r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
    r"\s+as\s+saying"
    # `…,” he said.`: the person the story last named speaking (see `said_subject`)
     + r"|(?P<pron>he|she)\s+" + _EN_SPEECH + r")"
)
# the two forms with a post in lower case, on their own (a copy of the whole tail costs its
# compilation on every page that asks; the other groups stand empty)
_EN_TAIL_POSTED = lazy_compile(
    r"^,?\s*(?:"
    + _POSTED
    + r"(?P<n1>"
    + _ADDRESS
    + r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
    + _APPOSITION
    + r"\s+"
    + _EN_SPEECH
    + _INVERTED
    + "".join(f"|(?P<{g}>(?!))" for g in ("n2", "n3", "n4", "pron", "titled", "office", "body"))
    + ")"
)


def en_tail(tail: str) -> re.Match[str] | None:
    """The English attribution after a quote (`EN_TAIL`), or one writing a post in lower case
    before the person (`Nuri 2030 secretary general Kim said`, `said the provincial governor
    Kim`): that form tried only where a post word stands in the tail's first words."""
    m = EN_TAIL.match(tail)
    if m is None:
        # (an English tail opens with a Latin letter or a digit: a Korean one is never read on)
        first = tail.lstrip(", ")[:1]
        if first.isascii() and first.isalnum():
            head = tail[:80]
            if any(word in head for word in POST_WORDS_LOWER_EN):
                m = _EN_TAIL_POSTED.match(tail)
    return m


EN_BEFORE = lazy_compile(
    # (`Kim Ga-ram, who led the talks on the MOU said,`: the one a relative clause speaks of,
    # not the last capitalised word before the verb; not a body's last word, `the College of
    # Arts and Science Kim Ga-ram, who …`)
    r"(?:(?<!\band )(?<!\bof )(?P<w>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}),\s+who\s+[^\"“,]{1,120}?"
    # (`President Kim of Haeul University stated,`: the person, not the body after `of`; but
    # `Chief of Staff Kim said,`: a lone title's `of` part of the title, see `before_speaker`)
    # (`Asked about the fund, he said, "…`: the pronoun after a lead-in clause)
    r"|(?<=, )(?P<p>he|she)"
    r"|(?P<n>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})"
    r"(?P<of>\s+of\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,5})?|^\s*(?P<m>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}),"
    # (`Its head of trade, Kim Ga-ram, has stated, "…`: the comma closing an apposition, and
    # the verb with its auxiliary)
    r"[^\"“]{0,120},)"
    # (`President Kim in particular stated, "…`: an adverb between the name and the verb)
    r"(?:\s+(?:in\s+particular|also|then|later|further|again|finally|meanwhile))?"
    r",?\s+(?:has\s+|had\s+)?" + _EN_SPEECH + r"(?:,?\s*:?|\s+that\s+[^\"“.]{0,100}?)\s*$"
)  # `Kim added that the group would "…"` quotes part of a sentence
EN_UNCLOSED = lazy_compile(r"[^가-힣“”\n]{20,}$")
# an English single-quoted statement: opens before a capital, closes after its punctuation
# (`'… in many fields,' Lee said`), so an apostrophe inside (`city's`) does not end it
EN_SINGLE = lazy_compile(r"'(?=[A-Z])[^\n]*?[.,!?]'(?=\s|$)")
SPACED_PUNCT = lazy_compile(r"\s+([,:])")
# (not a line that opens its own quote: `Mayor Cox responded, "…` speaks the next quote; not
# a line of reported speech, `The city said it drew 23 firms last year.`: the verb ends the
# line, a day or a place perhaps after it, `Seo said on Monday.`)
NEXT_LINE_SPEAKER = lazy_compile(
    r"\r?\n(?=[A-Z][^\n]{0,40}\b" + _EN_SPEECH + r"\b(?![^\n\"“]{0,40}[\"“])"
    r"(?:\s+(?:on|in|at|during|yesterday|today|[A-Z][a-z]+day)\b[^\n\"“]{0,60})?[^\n\w]*(?:\n|$))"
)
# the sentence's subject speaks, the verb further on: `Deputy Mayor Ko Gwang-wan said at the
# signing ceremony, "…`, `Governor Kim expressed his hopes, saying, "…` (asked of the one
# sentence before the quote, only where a speech word is in it)
_EN_SAYING = r"(?:" + _EN_SPEECH + r"|saying|adding|noting|stating)"
EN_SAY_CUE = lazy_compile(r"\b" + _EN_SAYING + r"\b")
EN_SUBJECT = lazy_compile(
    # (`Kim Ga-ram, mayor of Garam, said at …`: an apposition after the name)
    r"^\s*(?P<s>(?:[A-Z][\w'-]*\.?\s+){0,5}[A-Z][\w'-]+)(?:\s*,[^,\"“]{1,80},)?\s+"
    r"(?:[a-z][\w'-]*,?\s+){0,8}?" + _EN_SAYING + r"(?:\s+[a-z][\w'-]*){0,5}\s*[,:]\s*$"
    # `On June 19, Governor Kim met with A at B and said, "…`: a lead-in, then the subject, a
    # verb of its own and the clause `and said,` that opens the quote
    r"|^\s*(?:(?:On|In|At|During|After|Later|Earlier)\s[^,\"“]{1,40},\s+)?"
    # (`Kim Ga-ram, the city's chief of staff, was asked …`: an apposition after the name)
    r"(?P<s2>(?:[A-Z][\w'-]*\.?\s+){0,5}[A-Z][\w'-]+)(?:\s*,[^,\"“]{1,80},)?"
    r"\s+(?:[a-z][\w'-]*\s+){1,2}"
    # (`Oh described it as a “growing city” and emphasized, "…`: a quoted term on the way; an
    # abbreviation's period, `U.S.-Korea`, no sentence's end)
    r"(?:[^\"“.]|\.(?=\S)|[\"“][^\"“”.]{1,40}[\"”]){0,160}?\s(?:and|before|then)\s+"
    + _EN_SAYING
    + r"\s*[,:]\s*$"
)
# a sentence opening with these is not a person's name
_NOT_SUBJECT = frozenset(
    (
        "The", "This", "That", "These", "Those", "It", "In", "At", "On", "During", "According",
        "After", "As", "With", "For", "Under", "Through", "Meanwhile", "Also", "Both", "Each",
        "Mr", "Ms", "Mrs", "Dr",
    )
)  # fmt: skip


def subject_speaker(before: str) -> str | None:
    """`Deputy Mayor Ko Gwang-wan` from `Deputy Mayor Ko Gwang-wan said at the ceremony, `."""
    m = EN_SUBJECT.match(before)
    who = None if m is None else m.group("s") or m.group("s2")
    if who is None or who.split()[0] in _NOT_SUBJECT:
        return None
    return who


_LONE_TITLE = lazy_compile(alternation((*VICE_EN, *TITLE_RANKS_EN, *TITLES_EN)) + r"$")


def before_speaker(m: re.Match[str]) -> str | None:
    """The speaker an `EN_BEFORE` match names: `Kim Ga-ram` from `Kim Ga-ram, who …`, `He`
    from `Asked about it, he said,`, `Kim`
    from `Kim of Nuri said`, `Chief of Staff Kim` from `Chief of Staff Kim said` (a title
    alone names no one: its `of` phrase holds the name)."""
    if m.group("w"):
        return m.group("w")
    if m.group("p"):
        return m.group("p").capitalize()
    n = m.group("n")
    if n and m.group("of") and _LONE_TITLE.match(n):
        return n + m.group("of")
    return n or m.group("m")


# the line right above a quote that opens its line, ending on its speech verb and a comma or a
# colon: its last sentence (`… the pandemic. He emphasized,⏎"The …`)
_LINE_ABOVE_SPEECH = lazy_compile(
    r"(?:^|(?<=[a-z0-9)][.!?] ))(?P<s>[A-Z][^\n.!?\"“”]{0,160}?\b"
    + _EN_SPEECH
    + r"\s*[,:])[ \t\r]*$"
)


def speech_line_above(text: str, line_start: int) -> str | None:
    """The sentence ending the line above `line_start` when it breaks off at a speech verb
    and its comma or colon (`He emphasized,`), the quote's speaker in the next line; None
    otherwise (a blank line between: the quote is a paragraph of its own)."""
    if line_start < 2 or text[line_start - 1] != "\n":
        return None
    end = line_start - 1
    if text[end - 1 : end] == "\r":
        end -= 1
    begin = text.rfind("\n", max(0, end - 2000), end) + 1
    m = _LINE_ABOVE_SPEECH.search(text, max(begin, end - 200), end)
    return m.group("s") if m else None


def titled_holder(text: str, upto: int, title: str) -> str | None:
    """`the First Lady` -> `Yumi Hogan`, the name the story wrote after that title before."""
    found = re.findall(re.escape(title) + r"\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)", text[:upto])
    return found[-1] if found else None


# `Mayor Adam Kim said the signing …`: a paragraph or a sentence opening with a capitalised
# name that says something (reported speech), the person a later `he said` stands for
# (`Garam Office head Kim Ga-ram said`: a body and its post before the name; `Kim Ga-ram, for
# her part, said`, `Kim Ga-ram, meanwhile said`: a phrase between the name and the verb)
_SAID_SUBJECT = lazy_compile(
    r"(?:^|\n|(?<=[a-z0-9)][.!?] ))[ \t]*(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+[a-z]+\s+)?"
    # (`During their meeting, Party Secretary Kim highlighted …`: a lead-in phrase first)
    r"(?:(?:On|In|At|During|After|Later|Earlier)\s[^,\"“\n]{1,40},\s+)?"
    r"((?:[A-Z][\w'-]*\.?\s+){0,5}[A-Z][\w'-]+)"
    # (an apposition as long as the tail's: `Kim Ga-ram, President of Nuri Asset Management
    # Corporation, said`)
    r"(?:,[^,\"“\n]{1,80},|,?\s+(?:meanwhile|also|later|then))?\s+" + _EN_SPEECH + r"\b"
)
_SAID_LOOKBACK = 800


def said_subject(text: str, upto: int, since: int = 0) -> str | None:
    """Who `he said` after a quote is when no quote before named its speaker, or when someone
    new was named saying something after it (`since`): the last person a paragraph or a
    sentence opened with as saying something, within the few paragraphs above."""
    found = _SAID_SUBJECT.findall(text, max(since, upto - _SAID_LOOKBACK), upto)
    for who in reversed(found):
        if who.split()[0] not in _NOT_SUBJECT and who not in ("He", "She", "They"):
            return str(who)
    return None


def party_named(body: str, parties: list[Party]) -> str | None:
    """`the ministry` -> the one party whose English name holds `Ministry`, else None."""
    word = body.split()[-1].lower()
    named = [p.name for p in parties if word in p.name.lower().split()]
    return named[0] if len(named) == 1 else None


def office_holder(text: str, upto: int, office: str) -> str | None:
    """`the mayor` -> `Mayor Jeong Myeong-geun`, the last holder of that office named before."""
    found = re.findall(
        r"\b(?i:" + re.escape(office) + r")\s+((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)", text[:upto]
    )
    return f"{office.capitalize()} {found[-1]}" if found else None


__all__ = [
    "EN_BEFORE",
    "EN_SAY_CUE",
    "EN_SINGLE",
    "EN_SPEECH_WORD",
    "EN_TAIL",
    "EN_UNCLOSED",
    "NEXT_LINE_SPEAKER",
    "SPACED_PUNCT",
    "before_speaker",
    "en_tail",
    "office_holder",
    "party_named",
    "said_subject",
    "speech_line_above",
    "subject_speaker",
    "titled_holder",
]
