"""Parties in an English signing sentence: `The A Agency (AA) and B signed …`, wire style
`South Korea's industry ministry and …` resolved to the name the text gives in full."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import BODY_HEADS_EN, LEGAL_FORMS_EN, alternation
from summarizer.structure.en_dateline import DATELINE_DASH, WIRE_DATELINE, dateline_end
from summarizer.structure.en_forms import (
    HELD_EN,
    body_pair,
    head_and_counterpart,
    held_with,
    said_agreed,
    short_pair,
    signed_by,
)
from summarizer.structure.en_heads import ORG_HEAD as _ORG_HEAD
from summarizer.structure.en_heads import TITLE_EN as _TITLE_EN
from summarizer.structure.en_heads import bare_partner, with_heads
from summarizer.structure.en_meeting import meeting_sides
from summarizer.structure.en_ministers import minister_sides
from summarizer.structure.en_names import full_name, spelled_out
from summarizer.structure.en_sides import bodies, named_before, unplaced
from summarizer.structure.lines import blanked
from summarizer.structure.orgs import Cand

_NOT_CLOSING = frozenset(
    ("Industry", "Industries", "Administration", "Office", "Government", "Department", "Bureau",
     "Commission", "Hospital", "Society", "Institution", "Academy", "School", "Faculty")
)  # fmt: skip
# `Ministry of Trade, Industry and Energy`: a comma inside `of A, B and C` stays in the name
_OF_LIST = r"\s+of\s+[A-Z][\w&'’.-]*,(?=\s+[A-Z][\w&'’.-]*\s+and\s+[A-Z])"
SIGN_EN = re.compile(r"\b(?:signed|sign|signs|inked|conclude|concluded|concludes)\b")
_EN_ORG = lazy_compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w&'’.-]*)(?:"
    + _OF_LIST
    + r"|\s+(?:[A-Z][\w&'’.-]*|of|and|for|on|the|in|&))*?)"
    r"\s*\(([A-Z][A-Za-z&-]{1,10})(?:,\s*([^()]{2,60}))?\)"
)
_EN_WITH = lazy_compile(
    r"\bwith\s+(?:the\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|&))*)"
)
# (not `Industry`: `Ministry of Trade, Industry and Energy` goes on past it; not the words a
# title-case headline ends with as often as a body, `Integration of Administration`)
_EN_ORG_END = lazy_compile(
    r"\b(?:"
    + alternation(tuple(w for w in BODY_HEADS_EN if w not in _NOT_CLOSING))
    + r"|Corp\.?|Co\.|Inc\.?|Ltd\.?)$"
)
_ORG_NOUN = (
    r"(?:ministry|agency|corporation|company|bank|association|institute|authority|council|"
    r"foundation|federation|service|university|office|administration|commission|chamber|fund|"
    r"group|organi[sz]ation)"
)
# `South Korea's industry ministry`: an owner, then a lower-case description of the body
_DESCRIBED = re.compile(
    r"^(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*(?:'s|’s|'|’)\s+"
    r"((?:[a-z][\w-]*\s+){0,4}" + _ORG_NOUN + r")$"
)
# `Finland's innovation agency Business Finland`: a description, then the name itself
_APPOSED = re.compile(
    r"^(?:[Tt]he\s+)?(?:(?:[A-Z][\w.&-]*\s+)*[A-Z][\w.&-]*(?:'s|’s|'|’)\s+|[A-Z][a-z]+\s+(?=[a-z]))?"
    # (`Faculty of Geography`: a name joined by `of`, no description before a name)
    r"(?!(?:of|for|and|on|in)\s)(?:[a-z][\w-]*\s+){1,4}"
    r"([A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and|for|&))*)$"
)
_BRACKETED = re.compile(
    r"^(?:[Tt]he\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|on|the|in|&))*)\s*"
    r"\(([A-Z][A-Za-z&-]{1,10})(?:,\s*([^()]{2,60}))?\)$"
)
_HEADED = re.compile(
    r"^(?:(?:[A-Z][\w-]*\s+){0,2}"
    + _TITLE_EN
    + r"\s+)(?P<who>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)"
    r"\s+of\s+(?:the\s+)?(?P<org>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|and|for|&))*)$"
)
_OWNER_OF = lazy_compile(
    r"\b(?:agency|arm|unit|affiliate|subsidiary|branch|division|body|office|wing)\s+of\s+"
    r"(?:the\s+)?$"
)
# `Hwaseong City Mayor Jeong Myeong-geun`: the body, then its head by title and name
# `South Korea's Haeul Motor Company`: the owner is no part of the name
_OWNER = lazy_compile(r"^(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:'s|’s)\s+(?=[A-Z])")
_NAMED = re.compile(
    r"^(?:[Tt]he\s+)?([A-Z][\w&.'’-]*(?:" + _OF_LIST + r"|\s+(?:[A-Z][\w&.'’-]*|of|and|for|the))*)$"
)
_OF_BODY = lazy_compile(r"\b(?:Ministry|Department|Bureau|Office|Agency)\s+of\s+[A-Z]")
_UNIT_OF = lazy_compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Faculty|School|College|Department|Ministry|Office|"
    r"Bureau|Agency|University|Institute)\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}$"
)


def english_sentence(text: str, s: int, e: int) -> list[Cand]:
    """The parties a sentence holding `signed` names, as bodies (`South Korea's A` -> `A`); a
    signing told of the two sides (`The two sides signed …`), those the meeting before it named."""
    if met := meeting_sides(text, s, e):
        return met
    return bodies(text, _heads_as_bodies(text, _signed_sentence(text, s, e)))


# A head named with the body he heads: `Mayor Hyun Lee of Garam City` (title, name, `of`),
# `Garam-gu Mayor Oh Nuri` (body, title, name) and, after a name, `…, Governor of Nuri`
_OF_WORDS = r"[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4}"
_TITLED_OF = lazy_compile(
    r"^(?:(?:Vice|Deputy)\s+)?" + _TITLE_EN + r"\.?\s+(?:[A-Z][\w.'-]*\s+){1,4}of\s+(?:the\s+)?"
    r"(?P<org>" + _OF_WORDS + r")$"
)
_TITLE_OF_AFTER = lazy_compile(
    r",\s+(?:(?:Vice|Deputy)\s+)?" + _TITLE_EN + r"\s+of\s+(?:the\s+)?(?P<org>" + _OF_WORDS + r")"
)
# (a person's name, no body's: `Peter John Hale`, not `Garam Corp, Chairman of the Board`)
_PERSON_EN = lazy_compile(
    r"(?![\w\s'-]*\b(?:"
    + alternation((*BODY_HEADS_EN, *LEGAL_FORMS_EN))
    + r")\b)[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+){1,3}"
)
_BARE_TITLE = lazy_compile(r"(?:(?:Vice|Deputy)\s+)?" + _TITLE_EN)


def _heads_as_bodies(text: str, cands: list[Cand]) -> list[Cand]:
    """Heads named as the sides turned into the bodies they head: `A and Mayor B of C City` ->
    `C City`, `with D E, Governor of F` -> `F`; a title read alone as a side (`Governor`) goes."""
    out: list[Cand] = []
    for c in cands:
        if _BARE_TITLE.fullmatch(c.name):
            continue
        if (
            c.end is not None
            and _PERSON_EN.fullmatch(c.name)
            and (m := _TITLE_OF_AFTER.match(text, c.end))
        ):
            out.append(Cand(name=m.group("org"), start=m.start("org"), end=m.end("org")))
            continue
        headed = [_TITLED_OF.match(part) for part in c.name.split(" and ")]
        if c.start is None or not any(headed):
            out.append(c)
            continue
        for m in headed:  # (a part no body is read off: a person, `Sanders`, no side)
            if m is not None:
                at = c.start + c.name.find(m.group(0)) + m.start("org")
                out.append(Cand(name=m.group("org"), start=at, end=at + len(m.group("org"))))
    return out


def _signed_sentence(text: str, s: int, e: int) -> list[Cand]:
    """The parties a sentence holding `signed` names: bracketed acronyms, then its subjects."""
    sent = text[s:e]
    m = SIGN_EN.search(sent)
    if not m:
        return []
    for form in (signed_by, head_and_counterpart, said_agreed, minister_sides):
        if got := form(text, s, sent):
            return got
    found: list[Cand] = []
    for om in _EN_ORG.finditer(sent):
        name, abbr = om.group(1), om.group(2)
        if re.search(r"memorandum|understanding|agreement", name, re.I) or abbr in ("MOU", "MOA"):
            continue
        if _OWNER_OF.search(sent, 0, om.start()):
            continue  # `B, the investment agency of the C Agency (CA)`: C describes B
        if sent.startswith(("'s", "’s"), om.end()):
            continue  # `the Republic of Korea (RoK)’s Gyeongsangbuk province`: its owner
        if DATELINE_DASH.match(sent, om.end()):
            continue  # `MOSCOW (Sputnik) — A and B signed`: a wire's dateline, no body
        name = _OWNER.sub("", re.sub(r"^.*\s[–—-]\s", "", name))
        head = om.group(3).strip() if om.group(3) else None  # `(MSS, Minister JANG Eunsol)`
        if (
            found
            and found[-1].end is not None
            and not sent[found[-1].end - s : om.start(0)].strip()
        ):
            # `The A Department (AD) Science Directorate (SD) and …`: the unit signs for A
            parent = found.pop()
            aliases = [abbr, f"{parent.aliases[0]} {abbr}", f"{parent.name} {name}"]
            found.append(
                Cand(name=name, aliases=aliases, head=head, start=s + om.start(1), end=s + om.end())
            )
            continue
        found.append(
            Cand(name=name, aliases=[abbr], head=head, start=s + om.start(1), end=s + om.end())
        )
    if len(found) < 2 and (between := _between_people(text, s, sent) or _between_names(s, sent)):
        return between
    if len(found) < 2:
        # `SEOUL, March 4 (Yonhap) -- Samsung Electronics Co. signed … with Naver Corp. on …`
        head = sent[: m.start()]
        a = dateline_end(head)  # (the common reader: a dash, a colon, a bare dateline)
        if wire := WIRE_DATELINE.match(head, a):  # `(GANGNEUNG=Yonhap News) A and B signed`
            a = wire.end()
        a += len(head[a:]) - len(head[a:].lstrip())
        names = {c.name for c in found}
        # `Authorities of the two cities, namely A and B, on Thursday signed`: the two named
        namely = _NAMELY.search(head, a) if "namely" in head else None
        subj = (
            [Cand(name=namely[k], start=s + namely.start(k), end=s + namely.end(k)) for k in (1, 2)]
            if namely is not None
            else subjects(text, s + a, s + m.start())
        )
        for comma in re.finditer(r",\s+", head[a:]) if not subj else []:
            # `In Seoul on Monday, A Company and B Corporation signed …`
            subj = subjects(text, s + a + comma.end(), s + m.start())
            if subj:
                break
        bracketed = set(names)  # `A University` and `A University College`: two subjects
        for c in subj:
            if c.name not in names and not any(c.name in n or n in c.name for n in bracketed):
                found.append(c)
                names.add(c.name)
        for wm in _EN_WITH.finditer(sent):
            # `… with Deul University.`: the sentence's full stop is no part of the name
            partner = bare_partner(wm.group(1))
            if not any(partner in n or n in partner for n in names):
                at = s + wm.start(1)
                found += with_heads(at, partner) or [
                    Cand(name=partner, start=at, end=at + len(partner))
                ]
                found += _listed_after(s, sent, wm.end(1))
    if len(found) < 2 and (pair := _between_pair(s, sent, m.end())):
        return pair  # `The Governor and Mayor Lee signed an MOU … between the State of A and B`
    return found


_NAME_EN = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for))*"
# `… to strengthen ties between the State of A (hereafter "the State") and the B Government`
_PAIR_EN = lazy_compile(
    rf"\bbetween\s+(?:[Tt]he\s+)?(?P<a>{_NAME_EN})(?:\s*\([^()]*\))?"
    rf"\s+and\s+(?:[Tt]he\s+)?(?P<b>{_NAME_EN})(?=\s*(?:\(|[,.;]|\s+(?:in|on|to|for|at)\b|$))"
)


def _between_pair(s: int, sent: str, after: int) -> list[Cand]:
    """The two sides a signing sentence names after its verb as `between A and B`, when its
    subjects are people (`The Governor and Mayor Lee …`) and name no two bodies."""
    m = _PAIR_EN.search(sent, after)
    if m is None or _TITLE_IN.search(m.group("a")) or _TITLE_IN.search(m.group("b")):
        return []
    out = []
    for k in ("a", "b"):
        name = bare_partner(m.group(k))  # (the sentence's full stop is no part of the name)
        out.append(Cand(name=name, start=s + m.start(k), end=s + m.start(k) + len(name)))
    return out


AGREE_EN = re.compile(
    r"\b(?:has|have|had)\s+(?:agreed\b|entered\s+into\b)|\bagreed\s+with\b|" + HELD_EN.pattern
)


def agreed_sentence(text: str, s: int, e: int) -> list[Cand]:
    """`A said it has agreed with B`, `A and the B have agreed to …`: the two sides, as bodies."""
    return bodies(text, _agreed_sides(text, s, e))


def _agreed_sides(text: str, s: int, e: int) -> list[Cand]:
    sent = text[s:e]
    if got := said_agreed(text, s, sent) or held_with(text, s, sent):
        return got
    m = AGREE_EN.search(sent)
    if m is None:
        return []
    head = sent[: m.start()]
    a = dateline_end(head)
    if got := short_pair(text, s + a, head[a:].strip()) or body_pair(s, head):
        return got
    # `ISLAMABAD  -  In a landmark move, The A and The B of the Republic of Korea, have entered
    # into …`: after the dateline's dash and the opening phrase, two short names, placed
    if (lead := _AGREED_LEAD.match(head)) is None:
        return []
    pair = unplaced(head[lead.end() :].strip().rstrip(","))
    return [_with_the(text, s, c) for c in short_pair(text, s + lead.end(), pair)]


def _with_the(text: str, s: int, c: Cand) -> Cand:
    """`… move, The Nation and The B`: a capital `The` inside a sentence is the name's own."""
    at = c.start
    if at is None or at - 4 <= s or text[at - 4 : at] != "The ":
        return c
    return Cand(name="The " + c.name, aliases=[c.name, *c.aliases], start=at - 4, end=c.end)


# a dateline's dash (spaced: `-`, `–`, `—`, `--`), then an opening phrase (`In a landmark move,`)
_AGREED_LEAD = lazy_compile(
    r"(?:.*\s(?:--|[-–—])\s+)?(?:(?:In|On|At|After|During|With)\s[^,]{2,40},\s+)?(?=[A-Z])"
)


# `signed between Oh, director-general at the ministry's bureau, and Maloney, assistant in the
# U.S. Agency for International Development's (USAID) bureau`: each signatory's body
_BETWEEN = lazy_compile(r"\bsigned\s+between\s+(?P<a>.+?),\s+and\s+(?P<b>.+)")
_BODY_OF = lazy_compile(
    r"\b(?:at|in|of|from)\s+(?:the\s+)?(?P<org>(?:[A-Z][\w.&-]*)(?:\s+(?:[A-Z][\w.&-]*|of|for|and))*"
    r"|" + _ORG_NOUN + r")(?:['’]s)?(?:\s*\((?P<abbr>[A-Z][A-Za-z&-]{1,10})\))?"
)


def _between_people(text: str, s: int, sent: str) -> list[Cand]:
    m = _BETWEEN.search(sent)
    if m is None:
        return []
    out = []
    for side in ("a", "b"):
        body = _BODY_OF.search(sent, m.start(side), m.end(side))
        if body is None:
            return []
        org, at = body.group("org"), s + body.start("org")
        if org[0].islower():  # `the ministry's …`: the body the text named before
            found = named_before(text[: s + body.start()], org)
            if found is None:
                return []
            org, at = found
        aliases = [body.group("abbr")] if body.group("abbr") else []
        out.append(Cand(name=org, aliases=aliases, start=at, end=at + len(org)))
    return out


_TITLE_IN = lazy_compile(r"\b(?:" + _TITLE_EN + r"|Gov|Rep|Sen|Amb)\b")
_NAMELY = lazy_compile(
    r",\s+namely\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s+and\s+"
    r"([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})\s*,"
)
_MORE_LISTED = lazy_compile(r",\s+(?:and\s+)?([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})")
_LAST_AND = lazy_compile(r"\s+and\s+([A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,5})")


def _listed_after(s: int, sent: str, at: int) -> list[Cand]:
    """`with A, B and C`: the names listed after the first partner (a last `B and C` is two)."""
    out: list[Cand] = []
    while m := _MORE_LISTED.match(sent, at):
        # (`with A, Kazakhstan.`: the sentence's full stop is no part of the name)
        name, start = bare_partner(m.group(1)), m.start(1)
        if (last := re.search(r"\s+and\s+", name)) is not None:
            out.append(
                Cand(name=name[: last.start()], start=s + start, end=s + start + last.start())
            )
            start += last.end()
            name = name[last.end() :]
        out.append(Cand(name=name, start=s + start, end=s + start + len(name)))
        at = m.end()
    if out and (tail := _LAST_AND.match(sent, at)):
        name = bare_partner(tail.group(1))
        out.append(Cand(name=name, start=s + tail.start(1), end=s + tail.start(1) + len(name)))
    return out


_LISTED = lazy_compile(r"\b(?:signed|inked|sealed)\s+(?:by\s+and\s+)?between\s+(?P<list>[^.;]+)")
_LIST_CUT = lazy_compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# (`the Government of the Republic of Korea`: `of the` inside a name)
_LEAD_NAME = lazy_compile(
    r"(?:[Tt]he\s+)?([A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|(?:of|for)(?:\s+the(?=\s+[A-Z]))?)){0,7})"
)


def _between_names(s: int, sent: str) -> list[Cand]:
    """`… was signed between A Park, B TechnoPark, and C Institute from Korea`: the bodies listed."""
    m = _LISTED.search(sent)
    if m is None:
        return []
    out, pos = [], m.start("list")
    for cut in [*_LIST_CUT.finditer(sent, pos, m.end("list")), None]:
        end = cut.start() if cut else m.end("list")
        name = _LEAD_NAME.match(sent, pos, end)
        if name is None or _TITLE_IN.search(name.group(1)):
            return []  # `signed between Oh, director-general …`, `Seoul Mayor Oh`: people
        nm = re.sub(r"\s+(?:of|for)(?:\s+the)?$", "", name.group(1))
        out.append(Cand(name=nm, start=s + name.start(1), end=s + name.start(1) + len(nm)))
        if cut is None or sent[name.end(1) : end].strip():
            break  # `… and the B Council at a hotel in Canberra, the ministry said`: the list ends
        pos = cut.end()
    return out if len(out) >= 2 else []


_PERSON_BRACKET = lazy_compile(
    r"\s*\(\s*(?:[A-Z][a-z]+\s+)?(?:Minister|President|Chairman|Chairwoman|CEO|Governor|Mayor|Director|Dojisa|Commissioner)\b[^()]*\)"
)


def subjects(text: str, a: int, b: int) -> list[Cand]:
    """`A (AA) and B`, `X's industry ministry and Y's energy corporation`, `A Company and B Corp`."""
    # `The Foreign Ministry (Minister Kang) will`: the head in brackets and the modal are no part
    # of the name (blanked, so offsets stay those of the text)
    head = blanked(_PERSON_BRACKET, text[a:b]).rstrip()
    head = re.sub(
        r"\s+(?:have|has|jointly|formally|officially|on\s+\w+day|will|would|shall|is\s+to|plans?\s+to)$",
        "",
        head,
    ).rstrip()
    if (desc := _DESCRIPTION.search(head)) is not None:
        head = head[: desc.start()]  # `A, a foreign investment arm of B`: A, described
    if len(local := _local_pair(text, a, head)) == 2:
        return local
    cuts = [m for m in re.finditer(r"\s*,\s*(?:and\s+)?|\s+and\s+", head)]
    out: list[Cand] = []
    pos = 0
    for k, m in enumerate(cuts):
        if _OF_COMMA.search(head, 0, m.start()) and _LIST_ON.match(head, m.start()):
            continue  # `Ministry of Trade, Industry and Energy`: the comma is the name's
        left = head[pos : m.start()]
        if _of_goes_on(head, left, m, cuts[k + 1].start() if k + 1 < len(cuts) else len(head)):
            continue  # `Ministry of Science and Information Technologies`: one name
        # `X's Ministry of Trade, Industry and Energy and Y's Ministry of …`: an owner next
        owned = bool(_OF_BODY.search(left) and _NAMED.match(left) and _OWNED.match(head, m.end()))
        # `Faculty of Geography and the B Institute`: a unit named by `of`, then `the` next
        owned = owned or bool(
            _UNIT_OF.match(left) and "," not in left and head.startswith("the ", m.end())
        )
        # `A Institute of Technology and B University`: a body named by `of`, then a whole name
        nxt = head[m.end() : cuts[k + 1].start() if k + 1 < len(cuts) else len(head)]
        owned = owned or bool(
            "and" in m.group(0) and _BODY_OF_FIELD.match(left) and _SCHOOL_NAME.fullmatch(nxt)
        )
        if (_closed(left) or owned) and re.match(r"(?:[Tt]he\s+)?[A-Z]", head[m.end() :]):
            out.append(_one(text, a + pos, left))
            pos = m.end()
    last = head[pos:]
    if not out and (pair := short_pair(text, a, head) or _body_and_region(a, head)):
        return pair
    forms = (_HEADED, _ORG_HEAD, _NAMED, _BRACKETED, _DESCRIBED, _APPOSED)
    if out or any(p.match(last) for p in forms):
        out.append(_one(text, a + pos, last))
    # (a long name's owner, `the Republic of Korea's`, is counted out: it is cut later; a
    # name ending as a body's does may run to ten words)
    out = [c for c in out if c.name and _name_length_fits(c.name)]
    # `A Agency, South Korea's key wire service, and B`: a description the text names no body
    # by describes the subject before it
    named = [c for c in out if not _LOWER_ONLY.fullmatch(c.name)]
    return named if len(named) >= 2 else out


# `…, a foreign investment attraction arm of KOTRA`: an article, then lower-case words to the end
_DESCRIPTION = lazy_compile(r",\s+(?:a|an|the)\s+[a-z][^,]*,?$")
_OWNER_WORDS = lazy_compile(r"^[^'’]{1,40}?['’]s\s+(?=[A-Z])")


def _name_length_fits(name: str) -> bool:
    words = len(_OWNER_WORDS.sub("", name).split())
    return words <= 8 or (words <= 10 and _EN_ORG_END.search(name) is not None)


_LOWER_ONLY = lazy_compile(r"[a-z][a-z\s-]*")
# `The People's Committee of Bac Ninh province`, `the administration of the Republic of Korea
# (RoK)'s Gyeongsangbuk province`: a local government named by its place, the kind in lower case
_LOCAL = lazy_compile(
    r"(?:[Tt]he\s+)?(?:(?:People[’']s\s+Committee|administration|government|authorities)\s+of\s+)?"
    r"(?:(?:the\s+)?[^,]*?[’']s\s+)?(?P<place>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
    r"(?P<kind>province|city|county|prefecture|state)"
)


def _local_pair(text: str, a: int, head: str) -> list[Cand]:
    """`The People's Committee of A province and the administration of B province`: two places'
    governments, each named `A province`."""
    parts = head.split(" and ")
    if len(parts) != 2:
        return []
    out, at = [], a
    for part in parts:
        m = _LOCAL.fullmatch(part.strip())
        if m is None:
            return []
        lead = len(part) - len(part.lstrip())
        start = at + lead + m.start("place")
        out.append(
            Cand(
                name=f"{m.group('place')} {m.group('kind')}",
                start=start,
                end=start + len(m.group("place")) + 1 + len(m.group("kind")),
            )
        )
        at += len(part) + len(" and ")
    return out


_BODY_IN = lazy_compile(
    r"\b(?:Commission|Ministry|Agency|Council|Institute|Foundation|Association|Federation|"
    r"Corporation|Company|University|Bank|Chamber|Authority|Administration|Department|Bureau)\b"
)
# `The National Commission for Corporate Partnership and South Chungcheong Province`: a body
# whose name goes on past its kind (`… for …`), then a province or city
_AND_REGION = lazy_compile(
    r"^(?:[Tt]he\s+)?(?P<a>[A-Z][\w&'’.-]*(?:\s+(?:[A-Z][\w&'’.-]*|of|for|on))*)\s+and\s+"
    r"(?:the\s+)?(?P<b>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*)*\s+"
    r"(?:Province|City|County|Government|State|Prefecture))$"
)


def _body_and_region(at: int, head: str) -> list[Cand]:
    m = _AND_REGION.match(head)
    if m is None or not _BODY_IN.search(m.group("a")) or " and " in m.group("a"):
        return []
    return [Cand(name=m.group(k), start=at + m.start(k), end=at + m.end(k)) for k in ("a", "b")]


# a school named by `of` and its field (`Nuri Institute of Technology`), then a whole name of
# a body of its own kind (`Dara University`; not a unit, `Science and Technology Directorate`)
_BODY_OF_FIELD = lazy_compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w&'’.-]*\s+){0,4}(?:Institute|University|College|School|Academy)"
    r"\s+(?:of|for)\s+(?:[A-Z][\w&'’-]*\s+){0,3}[A-Z][\w&'’-]*$"
)
_SCHOOL_NAME = lazy_compile(
    r"(?:[Tt]he\s+)?(?:[A-Z][\w&'’.-]*\s+){1,4}(?:Institute|University|College|School|Academy)"
)
_OWNED = lazy_compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w.&-]*\s+){0,2}[A-Z][\w.&-]*(?:'s|’s)\s")
_OF_COMMA = lazy_compile(r"\bof\s+[A-Z][\w&'’.-]*$")
_LIST_ON = lazy_compile(r"\s*,\s*[A-Z][\w&'’.-]*\s+and\s+[A-Z]")


_OF_TAIL = lazy_compile(r"\bof\s+(?:[A-Z][\w&'’-]*\s+){0,2}[A-Z][\w&'’-]*$")


def _of_goes_on(head: str, left: str, cut: re.Match[str], stop: int) -> bool:
    """`Ministry of Science and Information Technologies`: an `and` inside the `of` part of a
    name, the words after it no name of their own (not `University of A and B University`,
    not `Faculty of A and the B Institute`)."""
    if "and" not in cut.group(0) or not _OF_TAIL.search(left):
        return False
    nxt = head[cut.end() : stop]
    return not nxt.startswith(("the ", "The ")) and not _OWNED.match(nxt) and not _closed(nxt)


def _closed(part: str) -> bool:
    """A subject that ends where an organisation's name ends."""
    return bool(
        _HEADED.match(part)
        or _ORG_HEAD.match(part)
        or _BRACKETED.match(part)
        or _DESCRIBED.match(part)
        or _APPOSED.match(part)
        or re.fullmatch(r"(?:[Tt]he\s+)?[A-Z][A-Z&-]{1,9}", part)  # `KOTRA and …`
        or (_NAMED.match(part) and _EN_ORG_END.search(part))
    )


def _one(text: str, at: int, part: str) -> Cand:
    end = at + len(part)
    if hm := _HEADED.match(part):
        return Cand(name=hm.group("org"), head=hm.group("who"), start=at + hm.start("org"), end=end)
    if om := _ORG_HEAD.match(part):
        return Cand(name=om.group("org"), head=om.group("who"), start=at + om.start("org"), end=end)
    if bm := _BRACKETED.match(part):
        head = bm.group(3).strip() if bm.group(3) else None
        name = _OWNER.sub("", bm.group(1))
        return Cand(name=name, aliases=[bm.group(2)], head=head, start=end - len(part), end=end)
    if dm := _DESCRIBED.match(part):
        desc = dm.group(1)
        full = full_name(text, desc)
        if full:
            name, abbr = full
            return Cand(name=name, aliases=[desc, *abbr], start=at + dm.start(1), end=end)
        return Cand(name=desc, start=at + dm.start(1), end=end)
    if acr := re.fullmatch(r"(?:[Tt]he\s+)?([A-Z][A-Z&-]{1,9})", part):
        spelled = spelled_out(text, acr.group(1))
        aliases = [acr.group(1)] if spelled else []
        return Cand(
            name=spelled or acr.group(1), aliases=aliases, start=end - len(acr.group(1)), end=end
        )
    if am := _APPOSED.match(part):
        return Cand(name=am.group(1), start=at + am.start(1), end=end)
    nm = _NAMED.match(part)
    name = _OWNER.sub("", nm.group(1)) if nm else ""
    return Cand(name=name, start=end - len(name), end=end)
