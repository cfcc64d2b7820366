"""One reader of an English agreement sentence: the sentence whose verb or noun is the
agreement (`signed an MOU`, `reached a letter of intent`, `agreed to sign a friendship
agreement`, `forged a sisterhood`, `the signing of a memorandum between A and B`), its parties
read off the slots the agreement gives them (the subject before the verb, `with …`,
`between … and …`, `by …` after a passive), each slot's coordinated noun phrases turned into
the bodies they name:

- a place's government by its place: `Leaders of the northern A province` -> `A province`,
  `the Republic of Korea's B county of C city` -> `B county`;
- a body named through its head: `Mayor D of E City` -> `E City`, `F Governor G` -> `F`,
  `H, Governor of I` -> `I`; a head named alone (`Governor Kim`) -> the body the text names
  him with elsewhere;
- `the state` -> the state the text names.

People the text names with no body, pronouns and descriptions (`the two sides`, `a South Korean
city`) are no side. Sentences are read only on English pages and only where the cue stands."""

from __future__ import annotations

import re
from dataclasses import replace

from summarizer.facts.datewords import MONTH_NAME_EN, WEEKDAY_NAME_EN
from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    BODY_HEADS_EN,
    COUNTRIES_EN,
    FIRM_ROLES_EN,
    HEAD_TITLES_EN,
    HONORIFICS_EN,
    LEGAL_FORMS_EN,
    US_STATES,
    alternation,
)
from summarizer.structure.en_dateline import WIRE_DATELINE, dateline_end
from summarizer.structure.en_names import full_name, spelled_out, spells
from summarizer.structure.en_sides import (
    BY_COUNTRY,
    ONLY_COUNTRY,
    bodies,
    head_of_after,
    named_before,
)
from summarizer.structure.orgs import Cand

# a capital letter of any Latin script (`Đồng Nai`, `Đà Nẵng`, `Øresund`): the `[A-Z]` of the
# name patterns below, each compiled through `_compile`
_CAPITAL = (
    "[A-Z"
    + "".join(ch for ch in map(chr, (*range(0xC0, 0x250), *range(0x1E00, 0x1F00))) if ch.isupper())
    + "]"
)


def _compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`lazy_compile`, a name's capital asked as `_CAPITAL` (`[A-Z]` alone, not `[A-Za-z]`)."""
    return lazy_compile(pattern.replace("[A-Z]", _CAPITAL), flags)


# the agreement's verb and its noun (case-blind: a headline writes `Signs`)
_VERB = (
    r"(?:sign(?:s|ed|ing)?|ink(?:s|ed)?|conclud(?:e|es|ed)|reach(?:es|ed)?|forg(?:e|es|ed)|"
    r"establish(?:es|ed)?|seal(?:s|ed)?|enter(?:s|ed)?(?:\s+into)?|formali[sz]ed|"
    r"agreed\s+to\s+(?:sign|establish|forge)|"
    # (`A and B made an MOA`: the document made, right after the verb)
    r"made(?=\s+(?:an?\s+)?(?:MOU|MOA|agreement|memorandum)s?\b))"
)
_NOUN = (
    r"(?:agreements?|MOUs?|MOAs?|M\.O\.U|memorand(?:um|ums|a)|letters?\s+of\s+intent|LOIs?|pacts?|"
    r"(?:joint\s+)?statements?\s+of\s+intent|joint\s+statements?|"
    r"partnerships?|sister[-\s](?:city|cities|state|province)|sisterhood|twinning|"
    r"(?:friendship|friendly|cooperative|cooperation|sister)\b[^.;]{0,30}?\b(?:ties|relations(?:hip)?)|"
    r"deals?|accords?|declarations?|frameworks?|(?:the\s+)?(?:[\w-]+\s+)?documents?|the\s+understanding)"
)
# the verb, then its noun within a few words (`signed a sister city cooperation agreement`)
CUE = _compile(r"\b(?P<verb>" + _VERB + r")\b(?:[^.;]{0,80}?)\b" + _NOUN + r"\b", re.I)
# the noun, then a passive verb (`The MoU was signed by …`, `The deal was inked by …`)
_PASSIVE = _compile(
    r"\b" + _NOUN + r"\b(?:[^.;]{0,60}?\b(?:was|were|has\s+been|have\s+been|is|are)\s+"
    r"(?:\w+ly\s+)?|,\s+(?=\w+\s+by\b))(?P<verb>signed|inked|concluded|sealed)\b",
    re.I,
)
# an accord with no document named: `A and B have agreed to share data`, `A said it has agreed
# with B to study …`
_ACCORD = _compile(
    r"\b(?:has|have|had)\s+(?:(?:also|now|\w+ly)\s+)?agreed\s+(?:to|with|on)\b|\bagreed\s+with\b"
)
_HELD = _compile(
    r"\b(?:held|hosted|announced)\s+(?:an?\s+|the\s+)?(?:new\s+)?(?:[\w-]+\s+){0,2}"
    r"(?:MOU|MoU|memorandum|agreement|signing)\b"
)
# the noun as the event: `the signing of an MOU between A and B`, `an MOU between A and B`
_NOUN_BETWEEN = _compile(r"\b" + _NOUN + r"\b[^.;]{0,60}?\bbetween\b", re.I)

_MORE_HEADS = (
    "Committee", "Assembly", "Organization", "Organisation", "Board", "Secretariat", "Forum",
    "Co.", "Corp.", "Corp", "Inc.", "Inc", "Ltd.", "Park", "Hall", "Club", "Network", "Alliance", "Union",
)  # fmt: skip
_NAME_WORD = r"[A-Z][\w&'’.-]*"
_PLAIN_WORD = r"[A-Z][\w&'’-]*"
# a ministry's field before a minister's title (`Industry Minister Lee`): no body's name
_FIELDS = (
    "Industry", "Finance", "Foreign", "Trade", "Defense", "Defence", "Health", "Education",
    "Science", "Culture", "Tourism", "Energy", "Environment", "Labor", "Labour", "Agriculture",
    "Justice", "Interior", "Unification", "Transport", "Economy", "Commerce", "Fisheries",
)  # fmt: skip
_DAY = re.compile(WEEKDAY_NAME_EN + r"|\.")
_BOTH = re.compile(r"\s*(?:both|either)\s+(?=[A-Z])")
_TITLES = alternation(HEAD_TITLES_EN)
_TITLE = (
    r"(?:(?:Senior|Executive)\s+)?(?:(?:Vice|Deputy|First|Acting)\s+)?(?:"
    + _TITLES
    + r"|Gov\.|Sen\.|Rep\.)"
)
_PERSON_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# (the heads of the bodies an agreement names, beside those the lexicon gives every English
# reading: committees, assemblies, organisations)
_HEADS = alternation((*BODY_HEADS_EN, *_MORE_HEADS))
# the kinds of place a government is named by (case-blind where a name ends with one)
_ROLE = r"(?:province|city|county|district|state|prefecture|region|municipality|town)"
_KINDS = r"(?i:" + _ROLE + ")"
_COUNTRY = (
    r"(?:the\s+)?(?:(?:Federal\s+|People['’]s\s+)?Republic\s+of\s+(?:the\s+)?)?"
    + alternation(COUNTRIES_EN)
)

_MONTHS = MONTH_NAME_EN
# a day, a month, a weekday: no body
_WHEN = _compile(
    r"^(?:(?:On|In|Last|This|Next)\s+)?(?:(?:"
    + _MONTHS
    + r")\.?(?:\s+\d{1,2}\w*)?(?:,?\s*\d{4})?|"
    + WEEKDAY_NAME_EN
    + r")$"
)
# (no `^`: matched at a position, after a sentence's leading space or an earlier lead-in)
_LEAD_IN = _compile(
    r"(?:(?:In|On|At|After|During|With|Last|Earlier|Later|To|For|Under|Through|Following|As|"
    r"By|Towards?)\b[^,]{1,100},\s+|"
    r"(?:Furthermore|Moreover|Meanwhile|Additionally|Also|Then|Today|Yesterday|Recently),\s+|"
    r"(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*\d{4})?,\s+)"
)
# what stands between the subject and its verb: time, modal, adverb
_BEFORE_VERB = _compile(
    r"(?:,?\s+(?:on\s+(?:\w+day|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|"
    r"the\s+\d{1,2}(?:st|nd|rd|th))|earlier\s+(?:in\s+)?(?:the\s+day|today|this\s+\w+)|"
    r"(?:this|last)\s+\w+|\w+day|today|yesterday|have|has|had|will|would|shall|jointly|"
    r"formally|officially|also|then|recently|finally|successfully|is\s+to|are\s+to|plans?\s+to|"
    r"(?:is|are)\s+set\s+to)),?\s*$"
)
# a group naming the bodies it stands for: `Leaders of`, `The People's Committee of`
_GROUP_OF = _compile(
    r"^(?:(?:the\s+)?(?:[a-z]+\s+)?(?:leaders?|mayors?|governors?|heads?|officials?|"
    r"representatives?|delegations?|authorities|administrations?|governments?|"
    r"people['’]s\s+committee|city\s+hall|"
    # (`The cities of A and B`: the places' kind, its `of` shared by each name in the list)
    r"cities|provinces|states|counties|prefectures|municipalities|towns|districts)"
    r"\s+of\s+(?:the\s+)?)",
    re.I,
)
# an owner before the body: `the Republic of Korea (RoK)’s`, `South Korea's`, `China's`
_OWNER = _compile(  # (no `^`: matched after a group's `Leaders of`)
    r"(?:the\s+)?(?:[A-Z][\w.-]*\s+(?:of\s+(?:the\s+)?)?){0,4}?[A-Z][\w.-]*"
    # (`the U.S.’ Boeing`: an abbreviation's owner, its `s` left off)
    r"(?:\s*\([^()]{1,10}\))?(?:['’]s|(?<=\.)['’])\s+(?!(?:" + _HEADS + r")\b)"
)
# `Ulju county of Ulsan city`: the smaller place, within the larger
# `the South Korean city of Chuncheon`, `the city of Gumi`: a role, then the name
_NATIONALITY = r"(?:(?:South|North|S\.|N\.)\s+)?[A-Z][a-z]+(?:an|ese|ish)"
_ROLE_OF = _compile(  # (no `^`: matched after a group's `the governments of`, too)
    r"(?:(?:the\s+)?"
    + _NATIONALITY
    + r"\s+|the\s+)?"
    # (`Ukraine's war-torn suburb of Bucha`: a description of the town before its name)
    + r"(?:(?!of\s)[a-z][\w-]*\s+){0,2}(?:"
    + _ROLE
    + r"|suburb|village|town)\s+of\s+(?P<name>"
    + _NAME_WORD
    + r"(?:\s+"
    + _NAME_WORD
    + r"){0,3})$"
)
_ROLE_ONLY = _compile(r"^" + _NATIONALITY + r"\s+" + _ROLE + r"$")
# a bracket after a name that holds no acronym: its head (`(President Heo Nam-sik)`)
_HEAD_BRACKET = _compile(r"\s*\((?![A-Z][A-Za-z&.-]{1,10}\))[^()]{2,60}\)")
_ABBR_HEAD = _compile(
    r"\((?P<abbr>[A-Z][A-Za-z&.-]{1,10}),\s*(?P<who>" + _TITLE + r"\s+[A-Z][^()]{1,50})\)\s*$"
)
_PLACE_OF = _compile(
    r"^(?P<place>" + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,2}\s+" + _KINDS + r")"
    r"\s+of\s+.+$"
)
# `Mayor Jerry Lee of Garam City`: a head, then the body he heads
_TITLE_OF = _compile(
    r"^(?:(?:the\s+)?"
    + _TITLE
    + r"\.?\s+)(?:(?P<who>"
    + _PERSON_NAME
    + r")\s+)?of\s+(?:the\s+)?(?P<org>.+)$"
)
# `Garam-gu Mayor Oh Nuri`, `Nuri University President Kim Ha-na`: the body, then its head
_ORG_TITLE = _compile(
    r"^(?:the\s+)?(?P<org>" + _NAME_WORD + r"(?:\s+(?:" + _NAME_WORD + r"|of|for|&)){0,6}?)"
    r"\s+"
    + _TITLE
    # (`Maryland Secretary of State John Lee`: the title's portfolio before the name)
    + r"(?:\s+(?:of|for)\s+[A-Z][\w-]*(?:\s+and\s+[A-Z][\w-]*)?(?=\s+[A-Z]))?"
    + r"(?:\s+(?P<who>"
    + _PERSON_NAME
    + r"))?$"
)
# `Kim Ha-na, Governor of Nuri` / `Kim Ha-na, the director of the Nuri Museum`
_NAME_TITLE_OF = _compile(
    r"^(?P<who>"
    + _PERSON_NAME
    + r"),\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:"
    + _TITLES
    + r"|"
    + _TITLES.lower()
    + r")\s+(?:of|at)\s+(?:the\s+)?(?P<org>.+)$"
)
# a person: a title and a name, or a name alone
_PERSON = _compile(
    r"^(?:(?:Mr\.|Ms\.|Dr\.|Prof\.)\s+)?(?:" + _TITLE + r"\.?\s+)?" + _PERSON_NAME + r"$"
)
_HAS_HEAD = _compile(r"\b(?:" + _HEADS + r")\b|\b" + _KINDS + r"\b|-(?:gu|gun|si|do)\b")
_BRACKET = _compile(r"\s*\((?P<abbr>[A-Z][A-Za-z&.-]{1,10})\)\s*$")
_STATE = _compile(r"^(?:the\s+)?state$", re.I)
# a pronoun or a description: no body named
_NO_BODY = _compile(
    r"^(?:the\s+)?(?:two|both|three|four|all)\b|^(?:they|we|it|he|she|his|her|their|its)\b|"
    r"^(?:a|an)\s",
    re.I,
)


def cue(sent: str) -> bool:
    """Whether a sentence reports an agreement by its verb or its noun."""
    return bool(
        CUE.search(sent)
        or _PASSIVE.search(sent)
        or _NOUN_BETWEEN.search(sent)
        or _ACCORD.search(sent)
        or _HELD.search(sent)
    )


def titled_person(name: str) -> bool:
    """No body: a head named by title and name (`Governor Reed`, `Vice Minister Oh`, `Industry
    Minister Lee Chang-yang`), a nationality alone (`Vietnamese`), the agreement's document
    (`Letter of Intent`)."""
    if _NATIONALITY_ONLY.fullmatch(name) or _FIELD_HEAD.fullmatch(name):
        return True
    if _DOCUMENT.fullmatch(name):
        return True  # `Letter of Intent`: the agreement's own document
    if _IN_TITLE.search(name) and not _HAS_HEAD.search(name):
        return True
    return bool(_TITLE_START.match(name)) and _is_person("", name)


_DOCUMENT = _compile(_NOUN, re.I)
# a ministry's field alone or before its minister's title and name (`Finance`, `Industry
# Minister Lee Chang-yang`): a person, or a cut word, no body (a field is also a head word:
# `Hanbit Industry`, so `_HAS_HEAD` does not tell)
_FIELD_HEAD = _compile(
    r"(?:(?:South\s+|North\s+)?[A-Z][a-z]+(?:an|ese|ish)\s+)?(?:"
    + alternation(_FIELDS)
    + r")(?:\s+(?:(?:Vice|Deputy|First)\s+)?(?:Minister|Secretary)"
    r"(?:\s+" + _PERSON_NAME + r")?)?"
)
# (a title inside, a name after it: `Industry Minister Lee Chang-yang`)
_IN_TITLE = _compile(r"\b" + _TITLE + r"\s+[A-Z][\w'’.]*(?:[ -][A-Za-z][\w'’.]*){1,3}$")


def better(got: list[Cand], older: list[Cand]) -> bool:
    """Whether the general reader's sides beat an older reading's: more of them end as a body's
    name does, or as many and each older name stands whole inside one of them, one of them a
    lone word cut off its name (`Busan Women's University` beside a cut `University`)."""
    if _country_for_body(got, older):
        return True
    a, b = named_as_bodies(got), named_as_bodies(older)
    if a != b:
        return a > b
    names = [c.name for c in got]
    inside = all(any(o.name in n for n in names) for o in older)
    # (only a lone head word is taken for a cut name: `University`, not `Science Directorate`)
    lone_cut = any(" " not in o.name and o.name not in names for o in older)
    if inside and lone_cut and len(got) == len(older):
        return True
    # the same bodies, each cut as the general reader cuts it: its owner or country off
    # (`Virginia's Columbia College` -> `Columbia College`), its whole name on (`Korean Land,
    # Infrastructure and Transport Ministry`)
    return (
        len(got) == len(older)
        and all(any(_same_body(o.name, n) for o in older) for n in names)
        and set(names) != {o.name for o in older}
    )


def whole_names(older: list[Cand], got: list[Cand]) -> list[Cand]:
    """An older reading's sides less those that are no whole name: a bare owner (`with Vietnam's
    national news agency` -> `Vietnam's`), a piece of a name the general reader gives whole at
    its comma (`University of California` and `Santa Cruz` of `University of California, Santa
    Cruz (UCSC)`)."""
    whole = [g.name for g in got if ", " in g.name]
    return [
        c
        for c in older
        if not c.name.endswith(("'s", "’s"))
        and not any(c.name != w and c.name in w.split(", ") for w in whole)
    ]


def _country_for_body(got: list[Cand], older: list[Cand]) -> bool:
    """Whether the older reading took a country for a side where the general reader names a
    body instead, the other sides the same (`Jeju Province`, `Korea` against `Maryland`,
    `Jeju Province`: the country is where a side is)."""
    names = {c.name for c in got}
    countries = [o for o in older if ONLY_COUNTRY.fullmatch(o.name)]
    return (
        bool(countries)
        and len(got) >= len(older)
        and not any(ONLY_COUNTRY.fullmatch(n) for n in names)
        and all(o.name in names for o in older if o not in countries)
    )


def _same_body(old: str, new: str) -> bool:
    """One body in two cuts: the same name, the older with a place owning it (`Virginia's B`),
    or the general reader's the longer, ending as the older does."""
    if old == new:
        return True
    if _TITLE_THEN_OF.match(old) and new in old:
        return True  # (`President of the U.S.-based A Association`: the head's post, then A)
    if new.endswith(old) and len(new) > len(old):
        extra = new[: -len(old)]  # (`Korean Land, ` cut off by the older reading's comma; not
        if extra.rstrip().endswith(("'s", "’s")):  # a department before its unit; nor an owner
            return False  # before a description, `Korea's seed agency`)
        return "(" not in extra and not _HAS_HEAD.search(extra)
    owner = old[: -len(new)].rstrip() if old.endswith(new) else ""
    # (a place's: `Virginia's`; not a body's own unit, `A Department's Science Directorate`)
    return owner.endswith(("'s", "’s")) and not _HAS_HEAD.search(owner)


def named_as_bodies(cands: list[Cand]) -> int:
    """How many sides end as a body's name ends (`… Ministry`, `… province`, an acronym given):
    a reading whose sides are cut words (`Sky`, `Rivers Lee Du-ri`) counts fewer."""
    return sum(
        1
        for c in cands
        if _ENDS_HEAD.search(c.name)
        or re.search(r"\b" + _KINDS + r"$|-(?:do|gu|gun|si)$", c.name)
        or any(re.fullmatch(r"[A-Z][A-Za-z&-]{1,10}", a) for a in c.aliases)
        or (_OF_BODY_NAME.match(c.name) and not _PERSON_TAILS[0].search(c.name))
    )


_OF_BODY_NAME = _compile(r"^(?:Ministry|Department|Bureau|Office|Agency|University)\s+of\s")


def agreement_sides(text: str, s: int, e: int) -> list[Cand]:
    """The bodies party to the agreement a sentence reports; [] where it reports none."""
    sent = text[s:e]
    got: list[Cand] = []
    if (m := CUE.search(sent)) is not None:
        # (`following the signing of an MOU`: the subject before is another verb's)
        signing = m.group("verb").lower() == "signing"
        got = [] if signing else _subject(text, s, sent, m.start("verb"))
        after = m.end()
        got += _slot_after(text, s, sent, after, r"with")
        got += _between(text, s, sent, after)
    elif (m := _PASSIVE.search(sent)) is not None:
        got = _slot_after(text, s, sent, m.end(), r"by")
        got += _between(text, s, sent, m.end())
    elif (m := _NOUN_BETWEEN.search(sent)) is not None:
        got = _between(text, s, sent, m.start())
    elif (m := _ACCORD.search(sent)) is not None:  # `A and B have agreed to share data`
        got = _subject(text, s, sent, m.start()) + _slot_after(text, s, sent, m.start(), r"with")
    elif (m := _HELD.search(sent)) is not None:  # `A held an MOU ceremony on May 2 with B`
        partner = _slot_after(text, s, sent, m.end(), r"with")  # (no partner: a report of it)
        got = _subject(text, s, sent, m.start()) + partner if partner else []
    else:
        return []
    if len(got) < 2:  # `A University President B … to visit with C University President D`
        got = _merge(got, _headed_in(text, s, sent))
    return bodies(text, _unique(got))


def _subject(text: str, s: int, sent: str, verb: int) -> list[Cand]:
    """The coordinated noun phrases before the verb, from the clause's start."""
    head = sent[:verb]
    a = dateline_end(head)
    if head.count("(", 0, a) > head.count(")", 0, a):
        a = 0  # (`A (Director: B) held`: a colon inside a bracket ends no dateline)
    if (wire := WIRE_DATELINE.match(head, a)) is not None:  # `(GAON=Haeul News) A and B signed`
        a = wire.end()
    # (a clause inside the sentence: `…, and A and B signed`, `…; A signed`)
    base = a
    for cut in _CLAUSE_CUT.finditer(head[a:]):
        if head.count("(", 0, base + cut.start()) > head.count(")", 0, base + cut.start()):
            continue  # (`A (Director: B) held`: a colon inside a bracket)
        if (ap := _APPOSED_BEFORE.search(head, base, base + cut.start())) is not None and (
            _HAS_HEAD.search(ap.group("name"))
        ):
            continue  # (`A, B's leading seed bank, and C signed`: A described, a list goes on)
        a = a + cut.end()
    while (lead := _LEAD_IN.match(head, a)) is not None:  # `On Monday, March 11, A signed`
        a = lead.end()
    b = len(head)
    while (tail := _BEFORE_VERB.search(head, a, b)) is not None and tail.start() < b:
        b = tail.start()
    if (told := _REPORTED.search(head, a, b)) is not None:
        b = told.start()  # `A and B announced they have signed`: the subject of the report
    if _DESCRIBED_SIGNERS.match(head, a, b):
        return []  # `two associations representing the United States and Korea`: no names
    return _phrases(text, s + a, s + b)


# where a clause inside the sentence starts: `…; A signed`, `…, and A and B signed`, a report's
# `that` (`We are pleased to announce that A and B have entered into …`)
_CLAUSE_CUT = _compile(
    r"[;:]\s+|,\s+(?:and|while|as|after|when)\s+|"
    r"\b(?:announce[sd]?|announcing|said|says|report(?:s|ed)?|confirm(?:s|ed)?|revealed|stated)"
    r"(?:\s+(?:on\s+)?\w+day)?\s+that\s+"
)
# signers described, not named: a count or a description, then what they stand for (`two
# leading trade associations representing the United States and the Republic of Korea`)
_DESCRIBED_SIGNERS = _compile(
    r"(?:two|three|four|several|both|\d+)\s+(?:[a-z][\w-]*\s+){0,8}?"
    r"(?:representing|from|based\s+in)\s"
)


_APPOSED_BEFORE = _compile(
    r"(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*),\s+(?:[A-Z][\w'’.-]*['’]s\s+|an?\s+|the\s+)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*)*$"
)
# the report of a signing between its subject and the pronoun that signs: `A said it`,
# `A and B announced on Monday that they`
_REPORTED = _compile(
    r"\s+(?:said|announced|reported|confirmed|revealed)"
    r"(?:\s+(?:on\s+)?\w+day|\s+on\s+the\s+\d{1,2}(?:st|nd|rd|th)"
    # (`H2Korea announced on March 24 that it had signed`)
    r"|\s+on\s+(?:" + _MONTHS + r")\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)?(?:\s+that)?"
    r"\s+(?:it|they)(?:\s+(?:had|has|have))?\s*$"
)


# (`the Committee on Balanced Development`: a committee's own `on`, not a date's `on July 17`)
_COMMITTEE_ON = (
    r"(?:(?<=Committee)|(?<=Commission))\s+on\s+(?!(?:"
    + _MONTHS
    + r"|"
    + WEEKDAY_NAME_EN
    + r")\b)(?=[A-Z])"
)
# the abbreviations whose stop is no sentence's (each a lookbehind of its own width)
_ABBREVIATED = "".join(
    rf"(?<!\b{re.escape(w.rstrip('.'))})" for w in (*LEGAL_FORMS_EN, *HONORIFICS_EN)
)
_SLOT_END = _compile(
    # (an abbreviation's stop ends nothing: a legal form's, `B Pte. Ltd`, a form of address's,
    # `signed by Dr. A, Director General, B`; nor a stop a letter follows, a web name's,
    # `Dara.com`)
    r"(?=\s*(?:"
    + _ABBREVIATED
    + r"(?<![A-Z])\.(?![a-z])|[;:!?]|,\s+(?:the|a|an|which|who|to|on|in|at)\b|"
    # (`for` a name's own before a capital: `the Foundation for Research and Technology`)
    r"(?!" + _COMMITTEE_ON + r")(?!\s+for\s+[A-Z])\s+(?:to|on|in|at|for|during|regarding|"
    r"concerning|about|"
    r"under|after|before|while|which|that|as|last|this|next|earlier|later|yesterday|today|is|are|"
    r"was|were|will|has|have)\s|$))"
)


def _slot_stop(sent: str, at: int, text: str = "", s: int = 0) -> int:
    """Where a slot starting at `at` ends: at its first end past any bracket it opens (`B
    (President: C)`: the colon is the bracket's)."""
    end = _SLOT_END.search(sent, at)
    stop = end.start() if end is not None else len(sent)
    if (
        sent.count("(", at, stop) > sent.count(")", at, stop)
        and (close := sent.find(")", stop)) > 0
    ):
        end = _SLOT_END.search(sent, close + 1)
        stop = end.start() if end is not None else len(sent)
    return _titled_for_stop(text, s, sent, at, stop)


# a word a headline in Title Case may leave in small letters
_TITLE_SMALL = frozenset(
    {
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "nor",
        "for",
        "of",
        "in",
        "on",
        "at",
        "to",
        "by",
        "with",
        "from",
        "into",
        "as",
        "via",
        "per",
        "vs",
        "between",
        "over",
        "under",
        "upon",
        "about",
    }
)
_FOR_CAPITAL = _compile(r"\s+for\s+(?=[A-Z])")
_NAME_RUN = _compile(r"(?:[A-Z][\w&'’.-]*\s+(?:(?:of|and|&)\s+)?)*[A-Z][\w&'’.-]*\s*$")
_ACRONYM = _compile(r"\b[A-Z][A-Z&]{1,9}\b")


def _title_cased(sent: str) -> bool:
    """Whether a line is written in Title Case (`A Signs MOU With B Institute for Mutual
    Development`): every word but the small ones capitalised, where a capital says nothing."""
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", sent) if w.lower() not in _TITLE_SMALL]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


def _titled_for_stop(text: str, s: int, sent: str, at: int, stop: int) -> int:
    """In a Title Case line a capital after `for` does not make it a name's own (`B Institute
    for Mutual Development`: the purpose): the slot ends at `for` unless the page supports the
    longer name, written so outside the line or spelt by an acronym it gives."""
    m = _FOR_CAPITAL.search(sent, at, stop)
    if m is None or not text or not _title_cased(sent):
        return stop
    run = _NAME_RUN.search(sent, at, m.start())
    head = run.group().strip() if run is not None else ""
    name = f"{head.split()[-1]} for {sent[m.end() : stop].strip()}" if head else ""
    if name and _written_outside(text, name, s, s + len(sent)):
        return stop
    full = f"{head} for {sent[m.end() : stop].strip()}"
    words = full.split()
    if any(
        spells(" ".join(words[k:]), a.group())
        for a in _ACRONYM.finditer(text)
        for k in range(len(head.split()))
        if a.group() not in words  # (`OECD for …` spells `OECD` by its own first word)
    ):
        return stop
    return m.start()


def _written_outside(text: str, name: str, s: int, e: int) -> bool:
    """Whether `name` is written outside `text[s:e]` on a line not in Title Case itself (a
    headline's copy, `KREI Signed MOU with OECD for Research` above the story, supports nothing)."""
    at = text.find(name)
    while at >= 0:
        if not s <= at < e:
            ls = text.rfind("\n", 0, at) + 1
            le = text.find("\n", at)
            if not _title_cased(text[ls : le if le >= 0 else len(text)]):
                return True
        at = text.find(name, at + 1)
    return False


def _slot_after(text: str, s: int, sent: str, at: int, word: str) -> list[Cand]:
    """`… with A and B to …`, `… signed by A and B on …`: the names after the word."""
    m = re.compile(r"\b" + word + r"\s+(?=\S)", re.I).search(sent, at)
    if m is None or m.start() - at > 160:
        return []
    stop = _slot_stop(sent, m.end(), text, s)
    got = _phrases(text, s + m.end(), s + stop)
    # `with four firms, including A, which is owned by B, C and D`: the list goes on past the
    # clause that describes one of its names (to that clause's comma)
    if "including" in sent and _INCLUDING.search(sent, m.end(), stop) is not None:
        while (rel := _REL_CLAUSE.match(sent, stop)) is not None:
            stop = _slot_stop(sent, rel.end(), text, s)
            got += _phrases(text, s + rel.end(), s + stop)
    return got


_INCLUDING = _compile(r",\s+including\s+")
_REL_CLAUSE = _compile(r",\s+(?:which|who)\s+[^,;.]*,\s+(?=\S)")
_BETWEEN = _compile(r"\bbetween\s+")


def _between(text: str, s: int, sent: str, at: int) -> list[Cand]:
    m = _BETWEEN.search(sent, at)
    if m is None or m.start() - at > 120:
        return []
    end = _SLOT_END.search(sent, m.end())
    stop = _titled_for_stop(text, s, sent, m.end(), end.start() if end is not None else len(sent))
    if len(people := _between_people(text, s, sent, m.end())) == 2:
        return people
    # (`between the two cities`: a description; `between A and B`: two)
    return _phrases(text, s + m.end(), s + stop)


# `between Oh Nuri, director-general at the ministry's A bureau, and Gil Byeol, assistant in
# the B Agency's (BA) bureau for …`: two signatories, each with the body his post is in
_PEOPLE = _compile(
    r"(?P<a>"
    + _PERSON_NAME
    + r"),\s+(?P<ra>[a-z][^,]{2,80}?),\s+and\s+(?P<b>"
    + _PERSON_NAME
    + r"),"
    r"\s+(?P<rb>[a-z][^;]{2,160})"
)
_POST_IN = _compile(
    r"\b(?:at|in|of|from)\s+(?:the\s+)?(?P<org>[A-Z][\w.&-]*(?:\s+(?:[A-Z][\w.&-]*|of|for|and))*"
    r"|(?:ministry|agency|corporation|company|bank|association|institute|authority|council|"
    r"foundation|office|administration|commission))(?:['’]s)?"
    r"(?:\s*\((?P<abbr>[A-Z][A-Za-z&-]{1,10})\))?"
)


def _between_people(text: str, s: int, sent: str, at: int) -> list[Cand]:
    """The bodies of two signatories named by name and post (`the ministry's`: the body the
    text named before with that word: `Seoul's foreign ministry`)."""
    m = _PEOPLE.match(sent, at)
    if m is None or not _PERSON.match(m.group("a")) or not _PERSON.match(m.group("b")):
        return []
    out = []
    for side in ("ra", "rb"):
        post = _POST_IN.search(sent, m.start(side), m.end(side))
        if post is None:
            return []
        org, start = re.sub(r"\s+(?:of|for|and)$", "", post.group("org")), s + post.start("org")
        if org[0].islower():
            found = named_before(text[: s + post.start()], org)
            if found is None:
                return []
            org, start = found
        aliases = [post.group("abbr")] if post.group("abbr") else []
        out.append(Cand(name=org, aliases=aliases, start=start, end=start + len(org)))
    return out


_CUTS = _compile(
    r"\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+|\s*&\s+(?=the\s)"
)


def _phrases(text: str, a: int, b: int) -> list[Cand]:
    """The coordinated noun phrases in `text[a:b]`, each as the body it names."""
    span = text[a:b]
    if not span.strip() or len(span) > 260:
        return []
    parts: list[tuple[int, str]] = []
    pos = 0
    if (one := _LIST_NAME.match(span)) is not None:  # `The Korean Land, Infrastructure and
        parts.append((0, one.group(0)))  # Transport Ministry (MOLIT)`: one name
        pos = one.end()
    for cut in [*_CUTS.finditer(span, pos), None]:
        if cut is not None and span.count("(", 0, cut.start()) > span.count(")", 0, cut.start()):
            continue  # (`A ( President B , President )`: a comma inside a bracket)
        if (
            cut is not None
            and cut.start() == pos
            and parts
            and pos == parts[-1][0] + len(parts[-1][1])
        ):
            pos = cut.end()  # (the cut right after a name read whole)
            continue
        end = cut.start() if cut else len(span)
        part = span[pos:end]
        if parts and _one_name(
            text, parts[-1][1], part, span[end - len(part) - 6 : end - len(part)]
        ):
            start, _ = parts.pop()
            part = span[start:end]
            parts.append((start, part))
        else:
            parts.append((pos, part))
        pos = cut.end() if cut else len(span)
    out: list[Cand] = []
    for k, (start, part) in enumerate(parts):
        if (both := _BOTH.match(part)) is not None:
            start, part = start + both.end(), part[both.end() :]
        if _placed_by(span, parts, k):
            continue  # `the city of Gumi, North Gyeongsang Province`: where Gumi is
        if _named_after_title(span, parts, k):
            continue  # `Korean Minister of Culture, Sports and Tourism, Lee Du-ri`: his name
        if _apposed(span, parts, k):
            continue  # `A Agency, Garam's leading seed bank, and B`: A described
        lead = len(part) - len(part.lstrip())
        if (
            out
            and (other := _OTHER_NAME.match(part)) is not None
            and span[start - 2 : start].strip() == ","
        ):
            # `Korea Water Resources Corp., or K-water, announced …`: the name the story goes
            # on to use for the body before, no side of its own
            if (
                alias := body_of(text, a + start + other.end(), part[other.end() :].strip())
            ) is not None:
                out[-1].aliases.append(alias.name)
            continue
        c = body_of(text, a + start + lead, part.strip())
        if c is None and k == len(parts) - 1:
            c = _head_of_body(text, a + start + lead, part.strip())
        if c is not None:
            out.append(c)
    return _compass_shared(out)


_OTHER_NAME = _compile(r"\s*or\s+(?=[A-Z])")
# `North and South Korea`, `East and West Gaon`: a point of the compass alone, then one with the
# place both are parts of
_COMPASS = _compile(r"North|South|East|West")
_COMPASS_PLACE = _compile(
    r"(?:North|South|East|West)\s+(?P<place>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)"
)


def _compass_shared(out: list[Cand]) -> list[Cand]:
    """Two phrases sharing their last word (`North and South Korea`) each given it."""
    for k in range(len(out) - 1):
        if _COMPASS.fullmatch(out[k].name) and (m := _COMPASS_PLACE.fullmatch(out[k + 1].name)):
            out[k] = replace(out[k], name=f"{out[k].name} {m.group('place')}")
    return out


def _head_of_body(text: str, at: int, np: str) -> Cand | None:
    """`with Kim Byeol, the director of the Garam Museum,`: the head a slot names, kept as a
    side where his body follows him (`en_sides.bodies` reads it off the text there)."""
    if not _PERSON.fullmatch(np) or _HAS_HEAD.search(np) or not head_of_after(text, at + len(np)):
        return None
    return Cand(name=np, start=at, end=at + len(np))


_LARGER = _compile(r"\b(?i:province|state|prefecture|region)$|-do$|^" + _COUNTRY + r"$")
_SMALLER = _compile(r"\b(?i:city|county|district|town|city\s+of)\b|-(?:gu|gun|si)\b")


def _named_after_title(span: str, parts: list[tuple[int, str]], k: int) -> bool:
    """Whether part k is the name of the head the part before gives by title (after a comma)."""
    if not k or not re.search(r"\b(?:" + _TITLE + r"|counterparts?)\b", parts[k - 1][1]):
        return False  # (`his Vietnamese counterpart, Nguyen Van A`: the counterpart's name)
    part = parts[k][1].strip()
    gap = span[parts[k - 1][0] + len(parts[k - 1][1]) : parts[k][0]].strip()
    return gap == "," and bool(_PERSON.match(part)) and not _HAS_HEAD.search(part)


# a description: an owner's or an article's lower-case words (`Garam's leading seed bank`)
_APPOSITIVE = _compile(r"(?:[A-Z][\w'’.-]*['’]s\s+|an?\s+|the\s+)[a-z][\w-]*(?:\s+[a-z][\w-]*)*")


def _apposed(span: str, parts: list[tuple[int, str]], k: int) -> bool:
    """Whether part k describes the name before it, between commas (`A, B's leading bank, and`)."""
    if not k or k + 1 >= len(parts) or not _APPOSITIVE.fullmatch(parts[k][1].strip()):
        return False
    if _APPOSITIVE.fullmatch(parts[k - 1][1].strip()):
        return False  # (`A's x ministry, B's y agency, and C`: a list of descriptions)
    before = span[parts[k - 1][0] + len(parts[k - 1][1]) : parts[k][0]].strip()
    after = span[parts[k][0] + len(parts[k][1]) : parts[k + 1][0]].strip()
    return before == "," and after.startswith(",")


def _placed_by(span: str, parts: list[tuple[int, str]], k: int) -> bool:
    """Whether part k is the larger place, after a comma, the part before stands in."""
    if (
        k
        and re.search(r"-(?:gu|gun)$", parts[k - 1][1].strip())
        and re.fullmatch(r"[A-Z][a-z]+", parts[k][1].strip())
    ):  # `Deul-gu, Seoul`: a district, then its city
        return span[parts[k - 1][0] + len(parts[k - 1][1]) : parts[k][0]].strip() == ","
    if not k or not _LARGER.search(parts[k][1].strip()):
        return False
    if not _SMALLER.search(parts[k - 1][1]) and not re.fullmatch(_COUNTRY, parts[k][1].strip()):
        return False  # (a country after a comma places any body; a province, a city)
    return span[parts[k - 1][0] + len(parts[k - 1][1]) : parts[k][0]].strip() == ","


_LIST_NAME = _compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+)?[A-Z][\w-]*(?:,\s+[A-Z][\w-]*)+,?\s+and\s+[A-Z][\w-]*\s+"
    r"(?:" + _HEADS + r")(?:\s*\([A-Z][A-Za-z&-]{1,10}\))?"
)
# (`… of Ocean Science and Technology`: up to three words after `of`, then the `and`; `Council
# for Arts and Culture`: after `for` the same)
_OF_ONE = _compile(
    r"\b(?:of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2}(?:,\s+[A-Z][\w&'’-]*)*$"
)


# a department's name, then a field its unit is named by, then `and` the unit's own words
_DEPARTMENT_FIELD = _compile(
    r"\b(?:Department|Ministry)\s+of\s+(?:[A-Z][\w-]*\s+){1,3}[A-Z][\w-]*$"
)
_UNIT = _compile(r"[A-Z][\w-]*\s+(?:Directorate|Division)")


def _one_name(text: str, left: str, right: str, sep: str) -> bool:
    """Whether `left` and `right` are one name: what the page says of it first (`_page_says`),
    else the words' own form (`_joins`)."""
    said = _page_says(text, left, right)
    return _joins(left, right, sep) if said is None else said


# a short name no field word takes: `K-water`, `H2Korea`
_COINED = _compile(r"[A-Z][A-Za-z]*(?:-[A-Za-z][\w]*)+|[A-Z][A-Za-z]*\d[\w-]*")


def _page_says(text: str, left: str, right: str) -> bool | None:
    """The page's evidence whether `left` and `right` (cut at a comma or `and`) are one name or
    two: the acronym in brackets after `right` is spelled by the two together (`National
    Council for Arts and Culture (NCAC)`: one) or by `right` alone (two); a coined short name
    (`K-water`) the page uses again on its own is a body of its own (`The U.S. Army Corps of
    Engineers and K-water signed`). None where the page says neither."""
    bare = right.strip()
    if (br := _BRACKET.search(bare)) is not None:
        abbr, bare = br.group("abbr"), bare[: br.start()].strip()
        words = left.split()
        joined = any(spells(" ".join([*words[k:], bare]), abbr) for k in range(len(words)))
        rest = bare.split()
        alone = any(spells(" ".join(rest[k:]), abbr) for k in range(len(rest)))
        if joined != alone:
            return joined
    bare = re.sub(r"^[Tt]he\s+", "", bare)
    if _COINED.fullmatch(bare):
        for m in re.finditer(r"(?<![\w-])" + re.escape(bare) + r"(?![\w-])", text):
            if not re.search(
                r"(?:\band|&)\s+(?:the\s+)?$", text[max(0, m.start() - 8) : m.start()]
            ):
                return False  # (named on its own elsewhere: its own body)
    return None


def _joins(left: str, right: str, sep: str) -> bool:
    """Whether `left` and `right` are one name cut at its own comma or `and`: `Ministry of
    Trade, Industry and Energy`, `Korea Overseas Infrastructure and Urban Development
    Corporation`."""
    left, right = left.strip(), _BRACKET.sub("", right.strip())
    if not right or not right[0].isupper() or right.startswith("The ") or "’s " in right:
        return False
    if "'s " in right or _TITLE_START.match(right) or _GROUP_OF.match(left):
        return False
    if _PLACED_IN.search(left):
        return False  # `A of the Republic of the Philippines and B County`: A ends at its country
    if _OF_ONE.search(left) and not _CLOSING.search(right.split()[-1] if right else ""):
        return True
    if _DEPARTMENT_FIELD.search(left) and _UNIT.fullmatch(right):
        return True  # `A Department of Public Safety Science and Technology Directorate`
    if re.search(r"['’]s\s+[A-Z][\w-]*$", left) and _CLOSING.search(right):
        return True  # `A’s Science and Technology Directorate`  # `Ministry of Science and ICT`, `Ministry of Land, Infrastructure and …`
    # `Korea Overseas Infrastructure and Urban Development Corporation`: two or more capitalised
    # words with no head of their own, then the words that end the name
    words = left.removeprefix("the ").split()
    return (
        len(words) >= 2
        and all(w[0].isupper() for w in words)
        and not _HAS_HEAD.search(left)
        and not _LEGAL_END.search(left)  # (`A Power Co Ltd, B Oil Corp`: a firm's name ends)
        and not _IN_TITLE.search(left)  # (`A President Kim Ha-na and B University`: two)
        and not _ABBR_END.search(left)  # (`A Motor Co.`: a company's name ends there)
        and not _PERSON_LIKE.match(left)
        and bool(re.search(r"\b(?:" + _HEADS + r")\b", right))
    )


# the heads a name ends with (not `Industry`, `Administration`: `Ministry of Trade, Industry
# and Energy` goes on past them)
_CLOSING = _compile(
    r"\b(?:"
    + alternation(
        tuple(
            h for h in (*BODY_HEADS_EN, *_MORE_HEADS)
            if h not in ("Industry", "Industries", "Administration", "Office", "Government",
                         "Department", "Bureau", "Commission", "Service", "Society")
        )
    )
    + r")$"
)  # fmt: skip
_TITLE_START = _compile(r"^(?:the\s+)?" + _TITLE + r"\b")
_PERSON_LIKE = _compile(r"^(?:the\s+)?" + _TITLE + r"\b")


_LEGAL_END = _compile(r"\b(?:" + alternation(LEGAL_FORMS_EN) + r")\.?$")
_ABBR_END = _compile(r"(?:\b[A-Z]\.[A-Z]\.|\b(?:Co|Inc|Ltd|Corp|Jr|St)\.)$")


def body_of(text: str, at: int, np: str) -> Cand | None:
    """The body a noun phrase names (None for a person named with no body, a pronoun, a
    description)."""
    # (a sentence's full stop is no part of the name; an abbreviation's is: `U.K.`, `Co.`)
    np = np.rstrip() if _ABBR_END.search(np.rstrip()) else re.sub(r"[\s,.]+$", "", np)
    np = re.sub(r"^['‘“\"]|['’”\"]$", "", np)
    if not np or len(np) > 120 or _SAID.search(np):
        return None  # (`Chairman of the Board Kim said`: a report's clause, no name)
    if _STATE.match(np):
        return _the_state(text, at, np)
    if _THE_GOVERNOR.match(np):
        return _the_governor(text, at, np)
    if _WHEN.match(np):
        return None
    if (cp := _COUNTERPART.fullmatch(np)) is not None:  # `his Da Lat counterpart`: Da Lat,
        place = cp.group("org")  # `his Vietnamese counterpart`: Vietnam
        land = country_of(place) if _NATIONALITY_ONLY.fullmatch(place) else place
        return Cand(name=land, start=at + cp.start("org"), end=at + cp.end("org")) if land else None
    if (desc := _DESCRIBED.fullmatch(np)) is not None:
        return _described(text, at, np, desc)
    if _NO_BODY.match(np):
        return None
    if (gov := _GOVERNMENT_OF.fullmatch(np)) is not None and not _HAS_KIND.search(np):
        return _cand(gov.group("name"), at + gov.start("name"))  # a country's government
    lead = 0
    if (g := _GROUP_OF.match(np)) is not None:
        lead = g.end()
    owner = None
    if (o := _OWNER.match(np, lead)) is not None and o.end() < len(np):
        owner = re.sub(r"(?:\s*\([^()]*\))?['’]s\s+$", "", o.group(0)).removeprefix("the ")
        lead = o.end()
    if (role := _ROLE_OF.match(np, lead)) is not None:  # `the city of Gumi` (before the words
        return _cand(role.group("name"), at + role.start("name"))  # it opens with are passed)
    if (adj := _DESCRIBED_NAME.match(np, lead)) is not None:
        lead = adj.end()  # `the state-run A Agency`, `the Norwegian gene bank B Vault`
    elif (role := _FIRM_ROLE.match(np, lead)) is not None:
        lead = role.end()  # `US contractor Matrix Service`: the firm, not its description
    # `northern Hoa Binh province`: lower-case words before the name describe it
    while (w := re.match(r"[a-z][\w-]*\s+(?=\S)", np[lead:])) is not None and not re.match(
        r"(?:of|and|for)\s", np[lead:]
    ):
        lead += w.end()
    the = np.startswith("The ", lead)
    rest = np[lead + 4 :] if the and np[lead + 4 : lead + 5].isupper() else np[lead:]
    if not rest or not rest[0].isupper():
        return None
    abbr_head = _ABBR_HEAD.search(rest)  # `A Ministry (AM, Minister B)`: its acronym and head
    rest = _HEAD_BRACKET.sub("", rest).strip()
    abbr = None
    if (inner := _INNER_ABBR.search(rest)) is not None and _TITLE_AFTER.match(rest, inner.end()):
        # `B University (BU) Senior Vice President C`: the acronym, then the head's title
        abbr, rest = inner.group("abbr"), rest[: inner.start()] + rest[inner.end() :]
    if (br := _BRACKET.search(rest)) is not None:
        abbr = br.group("abbr")
        rest = rest[: br.start()]
    if (unit := _UNIT_AFTER.fullmatch(rest)) is not None and _ENDS_HEAD.search(unit.group("unit")):
        # `The A Department (AD) B Directorate`: the unit signs for its department
        name, parent, pabbr = unit.group("unit"), unit.group("parent"), unit.group("pabbr")
        start = at + lead + unit.start("unit")
        aliases = [a for a in (abbr, f"{pabbr} {abbr}" if abbr else None) if a]
        if pabbr and not abbr:  # `the A Area (AA) Secretariat`: `AA Secretariat`
            aliases.append(f"{pabbr} {name}")
        return Cand(
            name=name, aliases=[*aliases, f"{parent} {name}"], start=start, end=start + len(name)
        )
    if (acr := _ACRONYM.fullmatch(rest)) is not None and (spelled := spelled_out(text, rest)):
        return Cand(
            name=spelled, aliases=[acr.group(0)], start=at + lead, end=at + lead + len(rest)
        )
    if (
        (placed := _PLACED_IN.search(rest)) is not None
        and not _BARE_HEAD.fullmatch(rest[: placed.start()])
        and not BY_COUNTRY.search(rest, 0, placed.start())  # (`A of the Embassy of Korea`)
    ):
        rest = rest[: placed.start()]  # (not `Republic of Korea`, `Government of Korea`)
    if (within := _IN_LARGER.search(rest)) is not None and _SMALLER.search(rest, 0, within.start()):
        rest = rest[: within.start()]  # `Yongin City in Gyeonggi Province`: where the city is
    if (m := _NATION_HEAD.match(rest)) is not None and (land := country_of(m.group("adj"))):
        return Cand(name=land, start=at + lead, end=at + lead + len(m.group("adj")))
    if (m := _TITLE_OF.match(rest)) is not None:
        got = _titled_body(text, m.group("org"), at + lead + m.start("org"), rest)
        return _headed(got, m.group("who"))
    if (m := _NAME_TITLE_OF.match(rest)) is not None:
        return _headed(_cand(m.group("org"), at + lead + m.start("org")), m.group("who"))
    if (m := _ORG_TITLE.match(rest)) is not None and not _NOT_ORG.match(m.group("org")):
        return _headed(_cand(m.group("org"), at + lead), m.group("who"))
    if (m := _ROLE_OF.match(rest)) is not None:
        return _cand(m.group("name"), at + lead + m.start("name"))
    if _ROLE_ONLY.match(rest):
        return None  # `South Korean city`: a description
    if (m := _PLACE_OF.match(rest)) is not None:
        return _cand(m.group("place"), at + lead)
    if (city := _IN_CITY.search(rest)) is not None and _HAS_HEAD.search(rest, 0, city.start()):
        rest = rest[: city.start()]  # `The A Museum of Art in New York`: where the museum is
    if _CLAUSE.search(rest):
        return None  # `A welcomed B as its newest sister city following`: a clause, no name
    if _is_person(text, rest):
        return _headed_elsewhere(text, rest)
    if _FIELD_HEAD.fullmatch(rest):
        return None  # `Industry Minister Lee Chang-yang`: a minister by his field, no body
    if len(rest.split()) > (14 if abbr or _HAS_HEAD.search(rest) else 8):
        return None
    c = _cand(rest, at + lead)
    if c is not None and owner and (owned := _owner_named(text, owner, c.name)) is not None:
        c = Cand(name=owned, aliases=[c.name], start=c.start, end=c.end)
    elif c is not None and owner and o is not None and _HAS_HEAD.search(owner):
        # `A Department’s Science Directorate`: a unit, its department's name kept as an alias
        c.aliases.append(re.sub(r"^[Tt]he\s+", "", o.group(0)) + c.name)
    if c is not None and abbr:
        c.aliases.append(abbr)
    if c is not None and abbr_head is not None:
        c.aliases.append(abbr_head.group("abbr"))
        c = _headed(c, abbr_head.group("who"))
    if c is not None and the:  # `The Nation`: a newspaper's name may hold its article
        c.aliases.append("The " + c.name)
    return c


# `South Korea's industry ministry`, `the A Emirates' nuclear energy corporation`: an owner,
# then a lower-case description of the body (wire style)
_DESCRIBED = _compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*(?:'s|’s|'|’)\s+"
    r"(?P<desc>(?:[a-z][\w-]*\s+){0,4}(?:ministry|agency|corporation|company|bank|association|"
    r"institute|authority|council|foundation|federation|service|university|office|administration|"
    r"commission|chamber|fund|group|organi[sz]ation))"
)


# `the Government of A`, `the Government of the Republic of B`: a country's government by its
# own name (`the governments of A and B`, `the Government of C Province`: the places)
_GOVERNMENT_OF = _compile(
    r"(?:[Tt]he\s+)?(?P<name>Government\s+of\s+(?:the\s+)?[A-Z][\w'’.-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,3})"
)
_HAS_KIND = _compile(r"\b" + _KINDS + r"\b|-do\b")


# an article, a nationality perhaps, and lower-case words before a capitalised name (no `of`:
# `the city of A` is a role's)
_DESCRIBED_NAME = _compile(
    r"(?:[Tt]he\s+)(?:"
    + _NATIONALITY
    + r"\s+)?(?!(?:of|and|for)\s)(?:[a-z][\w-]*\s+){1,3}(?=[A-Z])"
)


# `US contractor`, `South Korean LNG importing giant`: what a firm is, before its name
_FIRM_ROLE = _compile(
    r"(?:(?:South|North|S\.|N\.)\s+)?(?:[A-Z][\w.&-]*\s+){0,3}(?:[a-z][\w-]*\s+){0,3}?"
    + alternation(FIRM_ROLES_EN)
    + r"\s+(?=[A-Z])"
)
_INNER_ABBR = _compile(r"\s*\((?P<abbr>[A-Z][A-Za-z&-]{1,10})\)(?=\s+[A-Z])")
_TITLE_AFTER = _compile(r"\s+" + _TITLE + r"\b")
# `… Museum of Art in New York`: the city a body is in, after its name
_IN_CITY = _compile(r"\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}$")


# a unit named after its department's bracketed acronym: `The A Department (AD) B Directorate`
_UNIT_AFTER = _compile(
    r"(?P<parent>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|and))*)\s*"
    r"\((?P<pabbr>[A-Z][A-Za-z&.-]{1,10})\)\s+(?P<unit>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*)"
)
_ACRONYM = _compile(r"[A-Z][A-Z&-]{1,9}")


def _described(text: str, at: int, np: str, m: re.Match[str]) -> Cand | None:
    """A body described in lower case: the name the text gives it in full (`industry ministry`
    -> `Ministry of Trade, Industry and Energy`), else the description as written."""
    desc = m.group("desc")
    full = full_name(text, desc)
    if full is None:  # (kept as written, its owner too: the page names it in full nowhere)
        lead = 4 if np.startswith(("the ", "The ")) else 0
        return Cand(name=np[lead:], start=at + lead, end=at + len(np))
    name, abbr = full
    return Cand(name=name, aliases=[desc, *abbr], start=at + m.start("desc"), end=at + m.end())


# `… in Gyeonggi Province`, `… in Gangwon-do`: the larger place a city or county lies in
_IN_LARGER = _compile(
    r"\s+in\s+(?:(?:[A-Z][\w'’-]*\s+){1,3}(?i:province|state|prefecture|region)|[A-Z][\w'’]*-do)$"
)
# the head the signer met, named by the place he heads: `his Da Lat counterpart`
_COUNTERPART = _compile(
    r"(?:his|her|its|their)\s+(?P<org>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s+counterparts?"
)
_PERSON_ONLY = _compile(r"^(?:" + _TITLE + r")$")
# (`Vice Minister Choi`, `Industry Minister Lee`: a rank or a field before the title, no body)
_NOT_ORG = _compile(
    r"^(?:Vice|Deputy|First|Acting|Senior|Executive|Former|The|With|And|"
    + _TITLE
    + r"|"
    + alternation(_FIELDS)
    + r")$"
)


# a lower-case word no name holds (a verb, a preposition the name does not take)
_SAID = _compile(r"\s(?:said|says|added|noted|explained|stated)$")
_CLAUSE = _compile(
    r"\s(?!(?:of|and|for|the|on|de|du|la|del|am|an|und|" + _KINDS + r"|" + r"gu|gun|si|do)\b)[a-z]"
)


def _is_person(text: str, rest: str) -> bool:
    """A person, not a body: a title and a name (`Governor Kim`, `Gov. A B`), or a name the text
    gives a title elsewhere (`Sanders` after `Gov. Sarah Huckabee Sanders`)."""
    if _HAS_HEAD.search(rest) or not _PERSON.match(rest):
        return False
    if _TITLE_START.match(rest) or re.match(r"(?:Mr|Ms|Mrs|Dr|Prof)\.\s", rest):
        return True
    last = re.escape(rest.split()[-1])
    titled = r"\b" + _TITLE + r"\.?\s+(?:[A-Z][\w'’.-]*\s+){0,3}" + last + r"\b"
    return (
        re.search(titled, text) is not None
        or re.search(
            last
            + r",\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:"
            + _TITLES.lower()
            + r"|"
            + _TITLES
            + r")\b",
            text,
        )
        is not None
    )


# `A of South Korea`, `A, China`, `A in Korea`: where the body is, no part of its name
_BARE_HEAD = _compile(r"(?:the\s+)?(?:Republic|Government|Embassy|Consulate|" + _HEADS + r")")
_PLACED_IN = _compile(r"(?:\s+(?:of|in)\s+|,\s*)" + _COUNTRY + r"$")
_PERSON_TAILS = (
    _compile(r"\s+[A-Z][\w'’.]*\s+[A-Z][\w'’.]*-[\w'’.]+$"),  # `Song Jae-ho`
    _compile(r"\s+[A-Z][\w'’.]*\s+[A-Z][\w'’.]*\s+[A-Z][\w'’.]*$"),  # `Nguyen Chi Dung`
    _compile(r"\s+[A-Z][\w'’.]*\s+[A-Z][\w'’.]*$"),
)


_ENDS_HEAD = _compile(r"\b(?:" + _HEADS + r")$")
_TITLE_THEN_OF = _compile(r"^(?:the\s+)?" + _TITLE + r"\.?\s+of\s")


def _titled_body(text: str, org: str, start: int, phrase: str) -> Cand | None:
    """`Mayor A of B City` -> `B City`; `Minister of Land, Infrastructure and Transport Suh
    Seoung-hwan` -> `Ministry of Land, Infrastructure and Transport` (the name the text gives
    the body, the head's name after it cut off)."""
    org = re.sub(
        r"^(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}?[A-Z][\w.-]*(?:\s*\([^()]{1,10}\))?['’]s\s+", "", org
    )
    ministry = phrase.startswith(("Minister of", "Vice Minister of", "Deputy Minister of"))
    if not _TITLE_THEN_OF.match(phrase):  # `Mayor A of B City`: the head named before `of`
        return _cand(org, start)
    words = org.split()
    # the longest run of the words the text names a body by elsewhere, the rest a person
    for k in range(len(words), 0, -1):
        name = " ".join(words[:k])
        full = ("Ministry of " + name) if ministry else name
        if k < len(words) and text.count(full) >= (1 if ministry else 2):
            return _longer(text, full, start)
    for tail in _PERSON_TAILS:
        if (m := tail.search(org)) is not None and _ENDS_HEAD.search(org[: m.start()]):
            return _longer(text, org[: m.start()], start)
    return None if ministry else _cand(org, start)


def _longer(text: str, org: str, start: int) -> Cand | None:
    """`Presidential Committee` -> `Presidential Committee on Balanced National Development
    of the Republic of Korea`, the name the text gives the body in full."""
    m = re.search(
        re.escape(org) + r"(?:\s+(?:on|of|for)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)+",
        text,
    )
    c = _cand(org, start)
    if m is not None and c is not None:
        c = Cand(
            name=_PLACED_IN.sub("", m.group(0)), aliases=[org, m.group(0)], start=start, end=c.end
        )
    return c


def _headed(c: Cand | None, who: str | None) -> Cand | None:
    """The body with the head the phrase names (`Mayor Kim Ha-na of A` -> head `Kim Ha-na`)."""
    if c is not None and who and c.head is None:
        c.head = who.strip()
    return c


def _owner_named(text: str, owner: str, name: str) -> str | None:
    """`Korea’s International Trade Association` where the text also writes `Korea International
    Trade Association`: the name with its owner, as the text gives it."""
    whole = f"{owner} {name}"
    return whole if len(owner.split()) == 1 and whole in text else None


# `Malaysian Minister of Tourism … Tiong King Sing`, `Korean Minister … Yu Inchon`: a country's
# minister, named by the country's adjective, signs for the country
# (`Korean Industry Minister Kim Ha-na`: the field of the country's ministry between)
_NATION_HEAD = _compile(
    r"^(?P<adj>(?:South\s+|North\s+)?[A-Z][a-z]+(?:an|ese|ish))\s+(?:(?:Vice|Deputy|Prime|Foreign)\s+)?"
    r"(?:(?:" + alternation(_FIELDS) + r")\s+(?:(?:Vice|Deputy|First)\s+)?)?"
    # (`North Korean leader Kim Jong-un`: the head of state, by the word wires use for one)
    r"(?:Minister|President|Ambassador|Secretary|[Ll]eader)\b"
)
_NATIONALITY_ONLY = _compile(r"(?:South\s+|North\s+)?[A-Z][a-z]+(?:an|ese|ish)")


def country_of(adjective: str) -> str | None:
    """`Malaysian` -> `Malaysia`, `Vietnamese` -> `Vietnam`, `South Korean` -> `South Korea`: the
    country the lexicon names by the adjective's stem."""
    for cut, add in ((1, ""), (3, ""), (2, ""), (3, "a"), (2, "a")):
        land = adjective[:-cut] + add
        if land in COUNTRIES_EN:
            return land
    return None


def _cand(name: str, start: int) -> Cand | None:
    name = re.sub(r"\s+(?:of|and|for|the|on|in)$", "", name.strip())
    if not name or not name[0].isupper():
        return None
    return Cand(name=name, start=start, end=start + len(name))


def _the_state(text: str, at: int, np: str) -> Cand | None:
    """`the state`: the state the page names (`the State of A`, or a state's name)."""
    m = re.search(r"\bState of (?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)?)", text)
    if m is None:
        m = _STATES.search(text)
    if m is None:
        return None
    name = m.group("name")
    return Cand(name=name, aliases=[np], start=m.start("name"), end=m.end("name"))


_THE_GOVERNOR = _compile(r"^the\s+governor$", re.I)
_GOVERNOR_NAMED = _compile(r"\bGovernor(?:\s+[A-Z][\w'’.-]*){1,3}")


def _the_governor(text: str, at: int, np: str) -> Cand | None:
    """`The governor will sign …`: the body of the governor named last before (`Garam Governor
    Kim`), else the state the page names (a state's governor: `Governor Nuri … the state`)."""
    named = [m.group(0) for m in _GOVERNOR_NAMED.finditer(text, max(0, at - 2000), at)]
    got = _headed_elsewhere(text, named[-1]) if named else None
    if got is not None:
        return Cand(name=got.name, aliases=[np], start=got.start, end=got.end)
    return _the_state(text, at, np) if named else None


_STATES = _compile(r"\b(?P<name>" + alternation(US_STATES) + r")\b")


def _headed_elsewhere(text: str, person: str) -> Cand | None:
    """A head named without his body (`Governor Greitens`, `Mayor Oh`): the body the text names
    him with elsewhere (`Garam Governor Greitens`, `Governor Eric Greitens of Garam`)."""
    surname = person.split()[-1]
    if len(surname) < 2 or not surname[0].isupper():
        return None
    esc = re.escape(surname)
    for form in (
        r"(?P<org>"
        + _PLAIN_WORD
        + r"(?:[ \t]+"
        + _PLAIN_WORD
        + r"){0,4}?)[ \t]+"
        + _TITLE
        + r"(?:\s+[A-Z][\w'’.-]*){0,3}\s+"
        + esc
        + r"\b",
        _TITLE
        + r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}"
        + esc
        + r"(?:\s+[A-Z][\w'’.-]*){0,2}\s+of\s+(?:the\s+)?(?P<org>"
        + _NAME_WORD
        + r"(?:\s+(?:"
        + _NAME_WORD
        + r"|of|and|for|&)){0,7})",
    ):
        for m in re.finditer(form, text):
            org = re.sub(r"\s+(?:of|and|for|&)$", "", m.group("org"))
            if _TITLE_START.match(org) or _NOT_ORG.match(org) or _DAY.search(org):
                continue
            return Cand(name=org, start=m.start("org"), end=m.start("org") + len(org))
    return None


_HEADED_IN = _compile(
    r"(?P<org>"
    + _NAME_WORD
    + r"(?:\s+(?:"
    + _NAME_WORD
    + r"|of|for|&)){0,5}?\s+(?:"
    + _HEADS
    + r"))\s+"
    + _TITLE
    + r"\s+"
    + _PERSON_NAME
)


def _headed_in(text: str, s: int, sent: str) -> list[Cand]:
    """Bodies named through their heads anywhere in the sentence (`A University President B`)."""
    out = []
    for m in _HEADED_IN.finditer(sent):
        org = re.sub(r"^(?:The|In|On|With|And)\s+", "", m.group("org"))
        start = s + m.end("org") - len(org)
        out.append(Cand(name=org, start=start, end=start + len(org)))
    return out


def _key(c: Cand) -> str:
    return re.sub(r"\W+", "", c.name).lower()


def _unique(cands: list[Cand]) -> list[Cand]:
    out: list[Cand] = []
    for c in cands:
        k = _key(c)
        if any(
            k == _key(o) or ((k in _key(o) or _key(o) in k) and not _head_on(c, o)) for o in out
        ):
            continue
        out.append(c)
    return out


def _head_on(a: Cand, b: Cand) -> bool:
    """`A University` and `A University College`: the longer is the shorter and a head more, a
    body of its own."""
    short, long = sorted((a.name, b.name), key=len)
    return long.startswith(short + " ") and bool(_ENDS_HEAD.fullmatch(long[len(short) + 1 :]))


def _merge(got: list[Cand], more: list[Cand]) -> list[Cand]:
    return _unique([*got, *more])
