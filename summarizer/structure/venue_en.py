"""English venues. The venue the sentence of signing names (`english_place`): a hall after `at`
(`at the Government Complex Sejong`, `at the university's main building, Conference Room 1`), a
city before the day (`in Seoul on Monday`), never an investment's site (`invest … in X`).

English venues told outside the sentence of signing, both sent as unsure: a sentence just
after it saying where the occasion `was held` (`… signed dozens of deals on Tuesday. Two events
… were held at the US Chamber of Commerce in Washington.`), and a release's own dateline city
(`SEOUL, Republic of Korea — On Monday, March 11, Governor … signed …`), never a news agency's,
whose dateline names where the story was filed.

Two more forms of the signing's own sentence, read when it names no venue otherwise
(`fronted_city`, `occasion_city`): a place fronted before the clause of signing (`On Sept. 2 in
the Gaon capital Dara, provincial officials signed …`) and the city of an occasion the signing
took place during (`agreed to sign … during the 20th Symposium on … in Nuri province`). A last
form: the city the signers visited (`visited Dara, Gaon, for the signing of the MOU`)."""

from __future__ import annotations

import re

from summarizer.facts.datewords import MONTH_NAME_EN, WEEKDAY_NAME_EN
from summarizer.lazy import lazy_compile
from summarizer.lexicon import POSTS_EN, alternation
from summarizer.models.records import Fact, Span
from summarizer.structure.en_dateline import dateline_city
from summarizer.structure.lines import iter_sentences, span
from summarizer.structure.venue import VENUE_WORDS
from summarizer.structure.venue_other import english_other_occasion

_HELD = re.compile(r"\b(?:was|were)\s+held\s+(?:at|in)\s+(?=[A-Z]|the\s+[A-Z])")
_HANGUL = re.compile(r"[가-힣]")


def held_after(text: str, s: int, e: int, facts: list[Fact]) -> tuple[str, Span] | None:
    """The venue a sentence right after `[s, e)` says the occasion was held at."""
    if _HANGUL.search(text, s, e):
        return None
    for n, (a, b) in enumerate(iter_sentences(text, e)):
        if n >= 2:
            break
        if _HELD.search(text, a, b):
            return english_place(text, a, b)
    return None


# a city named by what it is before its name: `the Gaon capital Dara`, `the city of Dara`
_DESCRIBED = r"(?:the\s+)?(?:(?:[A-Z][a-z]+\s+)?(?:capital|city|port\s+city)\s+(?:of\s+)?)?"
_CITY = r"((?!(?:" + MONTH_NAME_EN + r")\b)[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})"
# a wire's way of naming a town: `in the southeastern city of Gyeongju`, `the southern port city
# of Busan`, `the central county of Okcheon` (the words before it say where it lies)
_TOWN_OF = r"(?:the\s+(?:[a-z]+\s+){0,3}(?:city|county|town|province|island)\s+of\s+)?"
# `On Sept. 2 in the Polish capital Warsaw, provincial officials signed …`, `In Dara, the two
# sides signed …`: the place opens the sentence, before the clause whose verb is the signing's
_FRONTED = lazy_compile(
    r"[ \t]*(?:On\s+(?:"
    + MONTH_NAME_EN
    + r"|"
    + WEEKDAY_NAME_EN
    + r")[^,;\n]{0,20}?\s+in|In)\s+"
    + _DESCRIBED
    + _CITY
    + r",\s+[^,.;\n]{0,80}?\b(?:signed|inked|sealed|concluded)\b"
)


# `In the conference room of the A Institute (AI) in B, A and C signed …`: a room fronted
_FRONTED_ROOM = lazy_compile(
    r"[ \t]*In\s+the\s+((?:conference|meeting|seminar|board|reception)\s+(?:room|hall)\s+of\s+"
    r"(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|on|&)\s+)*[A-Z][\w&'’.-]*){0,7})"
    r"[^,;\n]{0,60},\s+[^,.;\n]{0,80}?\b(?:signed|inked|sealed|concluded)\b"
)


def _named(text: str, m: re.Match[str] | None) -> tuple[str, Span] | None:
    """The place a venue pattern's first group holds, with its span."""
    if m is None:
        return None
    sp = span(text, m.start(1), m.end(1))
    return sp.text, sp


def fronted_city(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """The place fronted before the signing's clause in the sentence `[s, e)`."""
    return _named(text, _FRONTED.match(text, s, e) or _FRONTED_ROOM.match(text, s, e))


# `agreed to sign a Memorandum … during the 20th International Symposium on … in Nuri province`:
# the signing took place at the occasion, in its city (a province or county word may follow)
_DURING_IN = lazy_compile(
    # (`signed … on the sidelines of the APEC gathering underway in the southeastern city of
    # Gyeongju`: an occasion the signing took place beside, in its city)
    r"\b(?:sign(?:ed|s|ing)?|inked)\b[^.;\n]{0,160}?\b(?:during|on\s+the\s+sidelines\s+of)\s+"
    r"(?:the|a|an|their|its)\s+[^.;\n]{0,100}?"
    r"\bin\s+" + _TOWN_OF + _CITY + r"(?:\s+(?:province|city|county|district))?(?=[,.;]|\s+on\b|$)"
)


def occasion_city(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """The city of the occasion the signing of the sentence `[s, e)` took place during."""
    return _named(text, _DURING_IN.search(text, s, e))


# --- the venue a sentence of signing names (`at the Government Complex Sejong`, `in Seoul on Monday`)

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
# `on 10 December 2014`, `on 6 February, 2018`: the day written before its month
_DAY_MONTH = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
_EN_PLACE = lazy_compile(
    # (a full stop inside an abbreviation stays: `in Washington, D.C., Tuesday`)
    # (`at the historic Gaon Palace`: a word of praise before the name; `at a room of Gaon City
    # Hall`: the room left unnamed, the building named)
    r"\b(?:in|at)\s+(?:the\s+)?(?:(?:historic|iconic|famous|newly\s+built|new)\s+"
    r"|a\s+(?:(?:conference|meeting|seminar)\s+)?room\s+(?:of|at|in)\s+(?:the\s+)?)?"
    r"(?=[A-Z])((?:[^.;\n]|\.(?=[A-Z,]))*?)"
    r"(?=\.\s|\.$|;|,\s+[a-z]|,?\s+" + WEEKDAY_NAME_EN + r"\b"
    # (`in Dara, Gaonland, April 18`: the day after a comma, no `on`)
    r"|,\s+" + _MONTH + r"\s+\d"
    # (`…'s main campus, A and B signed …`: the comma before the clause that tells the signing)
    r"|,\s+(?:[^,.;\n]|\.(?=\s+[a-z])){0,80}?\b(?:signed|signs|inked|sealed|concluded|exchanged)\b"
    r"|\s+(?:yesterday|today|tomorrow|earlier|later|last|this|next)\b"
    # (`the Embassy of Gaon in Dara signed the MoU`: the place ends where the clause's verb stands)
    r"|\s+(?:signed|inked|sealed|concluded)\b"
    # (`… headquarters in Busan by CEO Kim …`: the signers after the venue)
    r"|\s+by\s+(?=[A-Z])"
    r"|\s+on\s+(?:[A-Z][a-z]+day|"
    + _DAY_MONTH
    + _MONTH
    + r"|the\s+\d+(?:st|nd|rd|th)?\b(?!\s+(?:floor|level|basement))"
    # (`at Gaon City Hall on the morning of December 4`: the part of the day, no venue's)
    + r"|the\s+(?:morning|afternoon|evening|night)\s+of)\b|\s+(?:to|for)\s+[a-z]"
    # (`… at Gaon Astoria and signed 23 MOUs`: the clause the venue's sentence goes on with)
    r"|\s+and\s+[a-z]|$)"
)
# `… ceremony on April 25 at Gaon Astoria`: a name right after the signing's day is its venue,
# whether or not it says what it is (a hotel, a hall)
_AFTER_DAY = lazy_compile(
    r"\bon\s+(?:" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?|[A-Z][a-z]+day"
    # (`on 6 February, 2018 at …`: the day before its month)
    r"|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r"(?:,?\s*\d{4})?)\s+$"
)
# `the Ministry of Finance, Dara Hill, Gaon`: a body's name, then its quarter and city
_NAME_AND_TOWN = lazy_compile(
    r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|&)\s+)*[A-Z][\w&'’.-]*){0,6}"
    r"(?:,\s+[A-ZÀ-ÞĐ][^\W\d_]+(?:\s+[A-ZÀ-ÞĐ][^\W\d_]+)?){1,2}"
)
# `in Dara, Gaonland, April 18`: a city and its country right before the day, no `on`
_CITY_COUNTRY = lazy_compile(
    r"[A-ZÀ-ÞĐ][^\W\d_]+(?:\s+[A-ZÀ-ÞĐ][^\W\d_]+)?,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?"
)
_BARE_DAY = lazy_compile(r",\s+" + _MONTH + r"\s+\d")
_NAME = lazy_compile(r"[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5}")
# `in Washington on Monday`, `in Seoul on the 5th`: a city named right before the day of signing
# (a city's letters may be any script's: `Hà Nội`, `Đà Lạt`)
_EN_CITY = lazy_compile(r"[A-ZÀ-ÞĐ][^\W\d_]+(?:\s+[A-ZÀ-ÞĐ][^\W\d_]+){0,2}")
_ON_DAY = lazy_compile(r"\s+on\s+(?:[A-Z][a-z]+day|" + _DAY_MONTH + _MONTH + r"|the\s+\d)")
_EN_SIGNED_IN = lazy_compile(
    # `The signing ceremony was held Monday during a business forum in Abu Dhabi`: held too
    # (the verbs of an agreement besides: `reached a letter of intent … in Changsha on May 23`,
    # `agreed to sign a … agreement during a working session in Hoa Binh on July 3`)
    # (`while signing the MoU in Abuja, stated`: the signing's own clause)
    r"\b(?:signed|signing|inked|sealed|clinched|held|took\s+place|reached|forged|concluded|"
    r"agreed\s+to\s+sign)\b(?:[^.;\n]|\.(?=\s\d)){0,80}?"
    r"\bin\s+" + _TOWN_OF + r"([A-ZÀ-ÞĐ][^\W\d_]+(?:\s+[A-ZÀ-ÞĐ][^\W\d_]+)?)"
    r"(?=[,.;]|\s+(?:on|earlier|later|last|this|yesterday|today)\b|$)"
)


# `held at the university headquarters`: a venue named in lower case, by what it is
_EN_PLAIN_PLACE = lazy_compile(
    # (`A met with B at her office in Dara and signed …`: the meeting the signing was part of)
    r"\b(?:held|signed|inked|took\s+place|signing|met)\b[^.;\n]{0,120}?"
    # (`at her office`, `in a hotel`: the venue by its owner or as one of its kind)
    r"\s+(?:at|in)\s+(?:the\s+|its\s+|her\s+|his\s+|their\s+|an?\s+)"
    # (`at the university's main building`: a possessive among the words; `…'s main building,
    # Conference Room 1`: the room named after it)
    # (`at the hospital’s 10th floor auditorium`: a floor's number among the words)
    r"((?:[a-z0-9]+(?:['’]s)?\s+){0,3}(?:headquarters|head\s+office|office|city\s+hall|hall|campus|building"
    r"|auditorium|annex|hotel|complex)\b(?:,\s+(?:[A-Z][a-z]+\s+){0,2}(?:Room|Hall)(?:\s+\d{1,3})?\b"
    # (`in the office of Nuri’s president`: whose office, after it)
    r"|\s+of\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4}(?:['’]s\s+[a-z]+)?)?)"
)


_OF_ON_AT_IN = lazy_compile(r"(\S*)\s+(on|of|at|in)\s+(the\s+)?(?=(\S))")


def _as_told(place: str) -> str:
    """A venue as the text tells it when it is one name and its city (`Nuri Bank's headquarters
    in central Busan`); a path of places (`the Grand Hall on the 5th floor of the Gaon Tower in
    Dara`, `Nuri's headquarters in Jung-gu, Dara`) is written one place after another, `Grand
    Hall, 5th floor, Gaon Tower, Dara`."""
    links = [m for m in _OF_ON_AT_IN.finditer(place) if _comma(m) != m.group(0)]
    if len(links) == 1 and links[0].group(2) == "in" and "," not in place[links[0].end() :]:
        return place
    # `KOTRA's headquarters` -> `KOTRA headquarters`; a named room keeps its `'s`
    # (`the Foreign Ministry's Office`, `the President's Office`)
    return re.sub(r"(?<=\w)['’]s\s(?=[a-z])", " ", _OF_ON_AT_IN.sub(_comma, place))


def _comma(m: re.Match[str]) -> str:
    """`the 51st floor of the Trade Tower` -> `51st floor, Trade Tower`; an `of` (or `of the`)
    between two capitalised words is part of a name and stays (`the Chamber of Commerce`, `the
    Great Hall of the People`)."""
    if m.group(2) == "of" and m.group(1)[:1].isupper() and m.group(4).isupper():
        return m.group(0)
    return m.group(1) + ", "


# `at the Ministry of Tourism`, `at the Institute for Science and Technology in Dara`: a body named
# in capitals (joined by `of`, `for`, `and`, `the`) after `at`, its city perhaps after it
_INSTITUTION = lazy_compile(
    r"[A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|the|on|&)\s+)*[A-Z][\w&'’.-]*){0,7}"
    # (`at K-water’s Research Institute in Daejeon, South Korea, on April 16`: its country too)
    r"(?:\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?)?"
)
# an occasion's name is no venue: `at the Gaon Business Forum in Jakarta` leaves it to the city
_OCCASION_EN = lazy_compile(
    r"\b(?:Forum|Summit|Conference|Expo|Fair|Festival|Meeting|Dialogue|Week|Show|Exhibition"
    r"|Games|Olympics|Congress|Session|Roundtable|Symposium|Seminar|Workshop|Ceremony|Visit)\b"
)


# an English venue named in lower case after a capitalised name (`the Gaon embassy`); asked of
# English places only, apart from _VENUE, which Korean venues are asked of many times
_EN_LOWER_VENUE = lazy_compile(r"embassy|consulate|campus|auditorium")
# (`… in the Gaonian capital`: the city by its country's adjective)
_THEN_CITY = lazy_compile(
    r"\s+in\s+(?:the\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}\b(?:\s+(?:capital|city)\b)?"
)


def _plain_in_city(text: str, at: int, e: int) -> int | None:
    """Where `in <City>` right after a venue named in lower case ends (`… campus in Daejeon`)."""
    m = _THEN_CITY.match(text, at, e)
    return m.end() if m else None


def institution_at(text: str, at: int, name: str) -> bool:
    """Whether `name`, told after the `at` (not `in`) at `at`, is a body named in capitals."""
    return (
        text.startswith("at", at)
        and _INSTITUTION.fullmatch(name) is not None
        and not _OCCASION_EN.search(name)
    )


# `plans to invest in the Gaon Industrial Complex`, `invest 8 billion won in …`: where the money
# goes (a plant's site), never where the agreement was signed
_INVESTED = lazy_compile(r"\binvest(?:s|ed|ing|ments?)?\b[^.;\n]{0,40}$")


def _invested_in(text: str, s: int, at: int) -> bool:
    """Whether the `in` at `at` names the site of an investment (`invest … in X`)."""
    return _INVESTED.search(text, max(s, at - 50), at) is not None


# `Cho, executive director at the A Chamber, and …`, `Deputy Editor-in-Chief at B`: a person's
# post, the `at` naming the body he works at, no venue (a caption naming those pictured)
# (`executive director of the B Institution at the A Chamber`: the post's unit, then its body)
_POST_AT = lazy_compile(
    r"\b(?i:" + alternation(POSTS_EN) + r")"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,4})?\s+$"
)


def _post_at(text: str, s: int, at: int) -> bool:
    """Whether the `at` at `at` follows a person's post (`executive director at`)."""
    return _POST_AT.search(text, max(s, at - 80), at) is not None


_MODAL_BETWEEN = lazy_compile(r"\b(?:will|would|shall|could|can|may|should)\s+[a-z]")


def english_place(text: str, s: int, e: int) -> tuple[str, Span] | None:
    plain = _EN_PLAIN_PLACE.search(text, s, e)
    if plain and not _EN_PLACE.search(text, s, e):
        sp = span(text, plain.start(1), plain.end(1))
        return sp.text, sp
    if plain and (city := _plain_in_city(text, plain.end(1), e)):
        # `at the university's main campus in Daejeon`: the campus, then its city
        sp = span(text, plain.start(1), city)
        return _as_told(sp.text), sp
    for m in _EN_PLACE.finditer(text, s, e):
        if english_other_occasion(text, s, m.start()) or _invested_in(text, s, m.start()):
            continue  # `signed … after attending a forum at the …`, `… to invest in the …`
        if _post_at(text, s, m.start()):
            continue  # `executive director at the A Chamber`: where a person works
        sp = span(text, m.start(1), m.end(1))
        if _EN_CITY.fullmatch(sp.text) and _ON_DAY.match(text, m.end(1)):
            return sp.text, sp
        if _CITY_COUNTRY.fullmatch(sp.text) and _BARE_DAY.match(text, m.end(1)):
            return sp.text, sp  # `in Dara, Gaonland, April 18`
        after_day = _AFTER_DAY.search(text, max(s, m.start() - 40), m.start()) is not None
        named = after_day and (
            _NAME.fullmatch(sp.text) is not None or _NAME_AND_TOWN.fullmatch(sp.text) is not None
        )
        named = named or institution_at(text, m.start(), sp.text)
        if (
            not VENUE_WORDS.search(sp.text) and not named and not _EN_LOWER_VENUE.search(sp.text)
        ) or re.match(
            r"(?:January|February|March|April|May|June|July|August|"
            r"September|October|November|December|Sept?|Oct|Nov|Dec)\b",
            sp.text,
        ):
            continue
        return _as_told(sp.text), sp
    if plain:  # (`at the hospital’s 10th floor auditorium with the A of B in Busan`: no `in` is
        sp = span(text, plain.start(1), plain.end(1))  # the signing's)
        return sp.text, sp
    # `was signed Oct. 1 in Pohang, South Korea`, `inked … at a hotel in Canberra earlier in the
    # day`: the city of the signing, when no named hall is given
    for m in _EN_SIGNED_IN.finditer(text, s, e):
        if (
            not re.match(_MONTH + r"$", m.group(1))
            # (`this signing will expand our ties with institutes in Dara`: the `in` is the
            # modal's clause, not the signing's)
            and not _MODAL_BETWEEN.search(text, m.start(), m.start(1))
            and not english_other_occasion(text, s, m.start(1))
            and not _invested_in(text, s, m.start(1) - 3)
        ):
            sp = span(text, m.start(1), m.end(1))
            return sp.text, sp
    # (three more forms of the sentence: few sentences get here)
    return fronted_city(text, s, e) or occasion_city(text, s, e) or visited_city(text, s, e)


# `The delegation of A visited Dara, Gaon, for the signing of the MOU on May 2`, `President Kim,
# who visited Dara, the capital of Gaon, on Saturday, … exchanged MOUs`: the city the signers
# travelled to, told in the sentence of signing (a person visited is none: `visited President X`);
# or the body whose premises they visited (`visited the University of Dara on the morning of
# the 20th, … and signed`: a name with its `of` part, after `the`)
_VISITED_EN = lazy_compile(
    r"\bvisited\s+(?:the\s+)?"
    r"(?!(?:President|Prime|Minister|Governor|Mayor|Chairman|Ambassador|Mr|Ms|Dr)\b)"
    r"((?!(?:" + MONTH_NAME_EN + r")\b)[A-ZÀ-ÞĐ][^\W\d_]+"
    r"(?:\s+(?:of\s+)?[A-ZÀ-ÞĐ][^\W\d_]+){0,3})"
    r"(?=,|\s+(?:for|on|to)\b)"
)


def visited_city(text: str, s: int, e: int) -> tuple[str, Span] | None:
    """The city the sentence of signing `[s, e)` says its signers visited."""
    return _named(text, _VISITED_EN.search(text, s, e))


# `met in Dara on 10 May 2024`, `on May 10 in Dara hosted a summit`: a city told with the day
_CITY_WORDS = r"[A-ZÀ-ÞĐ][^\W\d_]+(?:\s+[A-ZÀ-ÞĐ][^\W\d_]+){0,2}"
_CITY_THEN_ON = lazy_compile(r"\bin\s+" + _TOWN_OF + r"(" + _CITY_WORDS + r")\s+on\s+$")
_IN_CITY_AFTER = lazy_compile(r"\s+in\s+" + _TOWN_OF + r"(" + _CITY_WORDS + r")(?=[,.;]|\s+[a-z])")


def city_by_day(text: str, day: Fact) -> tuple[str, Span] | None:
    """The city an English sentence names right before (`in Dara on`) or after (`… in Dara`) the
    day `day`."""
    if _HANGUL.search(text, max(0, day.start - 60), day.end + 60):
        return None
    m = _CITY_THEN_ON.search(text, max(0, day.start - 60), day.start) or _IN_CITY_AFTER.match(
        text, day.end
    )
    if m is not None and re.fullmatch(_MONTH, m.group(1)):
        return None
    return _named(text, m)


__all__ = [
    "city_by_day",
    "dateline_city",
    "english_place",
    "fronted_city",
    "held_after",
    "institution_at",
    "occasion_city",
    "visited_city",
]
