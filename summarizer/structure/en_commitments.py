"""Commitments in English prose: `Under the agreement, the two sides will …`, `The MOU calls for …`."""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from summarizer.lazy import lazy_compile
from summarizer.lexicon import SPEECH_VERBS_EN, alternation, led_start
from summarizer.models.records import Commitment
from summarizer.structure.en_leads import EN_DOC, EN_GROUP, EN_LEAD, EN_MODAL, leads
from summarizer.structure.items import item, similar
from summarizer.structure.lines import Mask, iter_sentences

# an item that opens with a verb (`share data, train staff`): its list is cut only before
# another verb, so `discussions involving agencies, banks and firms` stays one item
_EN_VERB = lazy_compile(
    r"(?:and\s+)?(?:also\s+|further\s+|[a-z]+ly\s+)?(?:set|hold|share|exchange|promote|develop|create|"
    r"build|provide|support|conduct|expand|explore|establish|cooperate|collaborate|work|pursue|host|"
    r"launch|carry|train|run|foster|strengthen|boost|encourage|facilitate|open|organi[sz]e|identify|"
    r"invest|offer|help|improve|enhance|increase|discuss|consult|implement|seek|test|come|make|"
    r"jointly|form|operate|nurture|attract|hire|recruit|give|send|visit|study|research|upgrade|deepen|"
    r"bolster|widen|dispatch|report|partner|push|cover|cooperate|link|seek|pursue|continue|"
    r"suggest|propose|assist|coordinate)\b",
    re.I,
)
# `…, the ministry said`, `…, it added`: who reported it, not part of the item
_EN_SAID = lazy_compile(
    r"[,;]?\s*(?:(?:(?:the|a|an)\s+)?(?:[\w.'-]+\s+){0,3}"
    + alternation((*SPEECH_VERBS_EN, "announced"))
    + r"|,\s*according\s+to\s+[^,.]+)\.?\s*$",
    re.I,
)
# A word every `_EN_SAID` match holds: an item without one is not searched (tried at every
# character, its run of words costs more than the rest of the item; a test compares)
_SAID_WORDS = (*SPEECH_VERBS_EN, "announced", "according")
_EN_SAID_WORD = re.compile(  # (only whether there is one is asked)
    led_start(alternation(_SAID_WORDS), "".join(w[0] for w in _SAID_WORDS), case_blind=True), re.I
)


_EN_MORE = lazy_compile(
    r"\s*(?:(?:But|And|In\s+addition,|In\s+particular,|Also,|Specifically,|Additionally,|Moreover,|"
    r"Furthermore,)\s+)?(?:(?:[Tt]hey|we|We|(?:The|Both|the|both)\s+(?:(?:two|three|four)\s+)?"
    + EN_GROUP
    + r")\s+(?:also\s+)?"
    + EN_MODAL
    + r"\s+(?:also\s+)?"
    # `Specifically, they aim to create …`: what the sides aim at is their term too
    + r"|(?:[Tt]hey|we|We)\s+(?:also\s+)?aim\s+to\s+"
    # `B Corp. will assist in …`, `The university will also provide …`: one side's share
    # (`The South Korean university will …`: the role the page calls a side by)
    + r"|(?:[Tt]he\s+)?(?:(?:[A-Z][\w&.'’-]*\s+){1,5}|(?:(?:South\s+|North\s+)?[A-Z][a-z]+(?:an|ese|ish|i)\s+)?"
    + r"(?:university|varsity|institute|company|"
    + r"city|ministry|agency|foundation|museum|association)\s+)(?:also\s+)?will\s+(?:also\s+)?"
    + r"(?=[a-z])"
    # `In addition, it includes …` after `The main contents of the MOU include …`
    + r"|(?:[Ii]t|[Tt]he\s+"
    + EN_DOC
    + r")\s+(?:also\s+)?(?:includes|covers|calls\s+for|aims\s+to)\s+)"
)
# `…, with the first meeting in May`: a detail of the item before, not an item of its own
# (`…, in the following areas: a) …, b) …`: the areas belong to the item before)
_EN_DETAIL = lazy_compile(r"(?:with|which|while|including|where|who|as|so|to|in)\b|\(?[a-h]\)\s")


def _semicolon_items(text: str, a: int, stop: int) -> list[Commitment] | None:
    """`cooperate for: A; B; and C`, `areas, including A; B; C`: semicolons part the items
    (each may hold commas of its own); None when the list is not written that way."""
    body = text[a:stop]
    if body.count(";") < 2:
        return None
    head = re.search(r":\s*|,?\s*\bincluding\s+", body[: body.index(";")])
    cuts = [a + head.end() if head else a]
    cuts += [a + m.end() for m in re.finditer(r";\s*(?:and\s+)?", body)]
    out = []
    for x, y in itertools.pairwise([*cuts, stop]):
        end = x + len(text[x:y].rstrip(" ;.,"))
        end -= len(text[x:end]) - len(text[x:end].rstrip(" ;"))
        found = item(text, x, end, False, "prose")
        if found is not None and len(found.text) >= 8:
            out.append(found)
    return out


# `(will) work to X and to Y`: striving towards two aims, each an item (a bare `and` without
# `to` may join two objects of X: only a repeated `to` parts them)
_EN_WORK_TO = lazy_compile(
    r"(?:work|strive|endeavou?r|seek)\s+(?:together\s+)?to\s+(?=[a-z])", re.I
)
_EN_AND_TO = lazy_compile(r"\s+and\s+to\s+(?=[a-z])")


def en_items(text: str, a: int, stop: int) -> list[Commitment]:
    """`share data, train staff, and run pilots` -> three items; `, with …` stays attached."""
    said = _EN_SAID.search(text, a, stop) if _EN_SAID_WORD.search(text, a, stop) else None
    if said and said.start() > a:
        stop = said.start()
    listed = _semicolon_items(text, a, stop)
    if listed is not None:
        return listed
    aside = re.search(r"\s+(?:--|—|–)\s+", text[a:stop])
    if aside and aside.start() > 8:  # `… strategy -- their regional initiatives -- particularly …`
        stop = a + aside.start()
    # `cooperate in areas such as A and B`: the areas are the items
    areas = _EN_AREAS.match(text, a, stop)
    if areas is not None and _ADDED.search(text, max(0, a - 80), a):
        return _area_items(text, areas.end(), stop)
    # `will work with the parties to develop A and improve B`: the partners, then the deeds
    # (only where the deeds part: `cooperate with each other to strengthen A` stays whole)
    partners = _EN_WITH_TO.match(text, a, stop)
    if partners is not None:
        deeds = en_items(text, partners.end(), stop)
        if len(deeds) >= 2:
            return deeds
    # `work to promote A and to foster B`: the aim's two infinitives are the deeds
    aims = _EN_WORK_TO.match(text, a, stop)
    if aims is not None:
        then = _EN_AND_TO.search(text, aims.end(), stop)
        if then is not None:
            parts = (
                item(text, x, y, False, "prose")
                for x, y in ((aims.end(), then.start()), (then.end(), stop))
            )
            return [p for p in parts if p is not None and len(p.text) >= 8]
    # `cooperate in A, B and C`: the verb heads a list of its fields (not `cooperate on A, as
    # well as promote B`: a second deed follows, and the verb stays with its own)
    field = _EN_COOP_IN.match(text, a, stop)
    if field and "," in text[field.end() : stop] and not _AS_WELL_AS_DEED.search(text, a, stop):
        a = field.end()
    verbal = bool(_EN_VERB.match(text, a))
    cuts = [a]
    examples = None  # where `…, including A, B and C` began: its commas part no items
    for c in re.finditer(r"[,;]\s*", text[a:stop]):
        if examples is not None:
            # the examples end with their `and`: `including A and B, C …` goes on with item C
            if not re.search(r"\sand\s", text[examples : a + c.start()]):
                continue
            examples = None
            if _EN_DETAIL.match(text, a + c.end()):
                continue
        elif _EN_DETAIL.match(text, a + c.end()):
            if re.match(r"including|such\s+as|as\s+well\s+as", text[a + c.end() :]):
                examples = a + c.end()
            continue
        if verbal and not (
            _EN_VERB.match(text, a + c.end()) or _EN_SUBJECT.match(text, a + c.end())
        ):
            continue
        cuts.append(a + c.end())
    # `share data, train staff and hold drills`: the last one too; with no comma, `carry out A
    # and promote B` (not `… to help A cope and improve B`: the second verb is the aim's)
    if verbal:
        last = re.search(
            r"\s+(?:and|as\s+well\s+as)\s+(?=" + _EN_VERB.pattern + ")", text[cuts[-1] : stop], re.I
        )
        if len(cuts) == 1 and last and not _two_deeds(text[a : a + last.start()]):
            last = None
        if last and not re.search(
            r"\b(?:including|such\s+as)\b", text[cuts[-1] : cuts[-1] + last.start()]
        ):
            cuts.append(cuts[-1] + last.end())
    if not verbal:  # `sharing data and holding meetings`: two doings, two items
        last = re.search(r"^\w+ing\b.*?\s+and\s+(?=\w+ing\s)", text[cuts[-1] : stop])
        # `the creation of a group and exchange of information`: two deeds named `N of …`
        last = last or _OF_AND_OF.match(text[cuts[-1] : stop])
        if last:
            cuts.append(cuts[-1] + last.end())
    cuts.append(stop)
    if not verbal:  # `the fields of culture, athletics, youth and welfare`: one item's fields
        cuts = [
            c
            for k, c in enumerate(cuts)
            if k in (0, len(cuts) - 1) or not _fields(text, c, cuts[k + 1])
        ]
    out = []
    for x, y in itertools.pairwise(cuts):
        # `…, and Business Finland will host B`: the subject is no part of the item
        subj = _EN_SUBJECT.match(text, x, y)
        found = item(text, subj.end() if subj else x, y, False, "prose")
        if found is not None and len(found.text) >= 8 and not _BARE_TIE.fullmatch(found.text):
            out.append(found)
    return out


# `will establish a new global partnership`: the tie the signing makes, no term of it
_BARE_TIE = lazy_compile(
    r"(?:an?|the)\s+(?:(?:new|global|strategic|comprehensive|close|mutual)\s+)*"
    r"(?:partnership|cooperative\s+relationship|relationship)\.?",
    re.I,
)


# (only in an added sentence: `cooperate in fields such as A and B` under a lead stays one item)
_ADDED = lazy_compile(
    r"\b(?:In\s+addition|Additionally|Furthermore|Moreover),\s+[^,.\n]{0,40}?\bagreed\s+to\s+$",
    re.I,
)
_EN_AREAS = lazy_compile(
    r"(?:[a-z]+\s+){1,3}?(?:in|on)\s+(?:various\s+|many\s+|several\s+|key\s+)?(?:areas|fields|sectors)"
    r"\s+(?:such\s+as|including)\s+",
    re.I,
)


def _area_items(text: str, a: int, stop: int) -> list[Commitment]:
    """`A, B and C` after `areas such as`: one item per area. A series is cut at its commas
    and at the `and` before its last item, not at an item's own `and` (`data and information
    sharing, planning, and engineering`: three items)."""
    seps = list(_SERIES_CUT.finditer(text, a, stop))
    commas = [c for c in seps if c.group(0).startswith(",")]
    if commas:
        # (an Oxford comma, `, and`, cuts off the last item itself; else the `and` after the
        # last comma does)
        after = [c for c in seps if c.start() > commas[-1].start()]
        seps = commas if "and" in commas[-1].group(0) else commas + after[-1:]
    cuts = [a] + [c.end() for c in seps]
    ends = [c.start() for c in seps]
    out = []
    for x, y in zip(cuts, [*ends, stop], strict=True):
        found = item(text, x, y, False, "prose")
        if found is not None and len(found.text) >= 3:
            out.append(found)
    return out


_SERIES_CUT = lazy_compile(r",\s*(?:and\s+)?|\s+and\s+")


_OF_AND_OF = lazy_compile(
    r"(?:the\s+)?[a-z]+\s+of\s+[^,;]{3,60}?\s+and\s+(?=(?:the\s+)?[a-z]+\s+of\s)"
)


def _two_deeds(first: str) -> bool:
    """Whether the words before a bare `and VERB` are a deed of their own: four words or more,
    and no `to VERB` aim whose second verb the `and` could be joining."""
    return len(first.split()) >= 4 and not re.search(r"\bto\s+[a-z]+\b", first)


def _fields(text: str, a: int, b: int) -> bool:
    """A part of single words (`athletics`, `youth and welfare`), not `staff exchanges`."""
    pieces = re.split(r"\s+(?:and|or|&)\s+|^\s*(?:and|or)\s+", text[a:b].strip(" ,;."))
    return all(len(p.split()) <= 1 for p in pieces)


_EN_WITH_TO = lazy_compile(
    r"\s*(?:(?:work|cooperate|collaborate|partner)\s+(?:closely\s+|together\s+)?)?"
    r"with\s+(?:[\w'-]+\s+){1,5}?to\s+(?=[a-z])",
    re.I,
)
_AS_WELL_AS_DEED = lazy_compile(r",?\s+as\s+well\s+as\s+(?=" + _EN_VERB.pattern + ")", re.I)
_EN_COOP_IN = lazy_compile(
    r"(?:cooperate|collaborate|work\s+together|partner)\s+(?:closely\s+)?(?:in|on|for)\s+", re.I
)
_EN_SUBJECT = lazy_compile(
    r"\s*(?:and\s+)?(?:the\s+)?(?:[A-Z][\w&.'-]*\s+){1,6}(?:will|would|shall|is\s+to)\s+(?:also\s+)?"
)


def english_commitments(text: str, mask: Mask, limit: int = 8) -> list[Commitment]:
    """`Under the agreement, the two will share data, train staff and run pilots.`

    The next sentence or two may add more: `They also agreed to set up a working group.`
    """
    out: list[Commitment] = []
    done = 0
    for m in leads(text):
        if m.start() < done or mask.blocked(m.start(), m.end()):
            continue
        if re.search(r"[“\"]", text[max(0, m.start() - 200) : m.start()].split("\n")[-1]):
            continue  # inside a quotation
        sentences = [(s, e) for s, e in iter_sentences(text, m.start()) if e > m.end()]
        if "agreed" in m.group(0) and _past_year(text[max(0, m.start() - 40) : m.start()]):
            continue  # `In 2018, Russia and South Korea agreed to …`: an earlier agreement
        stop = sentences[0][1] if sentences else len(text)
        # `…Southeast Asia.Under the agreement`: a full stop with no space still ends it
        glued = re.search(r"[a-z)]\.(?=[A-Z])", text[m.end() : stop])
        if glued:
            stop = m.end() + glued.start() + 1
        # `agreed on cooperation plans such as A, B and C`: the examples, one item each
        examples = m.group(0).endswith(("such as ", "including "))
        out += _area_items(text, m.end(), stop) if examples else en_items(text, m.end(), stop)
        done = stop
        skipped = False
        for s, e in [*_glued_rest(text, stop, sentences), *sentences[1:5]][:5]:
            if mask.blocked(s, e) or re.search(r"[“\"]", text[s:e]):
                break
            if not text[s:e].strip():
                continue
            more = _EN_MORE.match(text, s)
            if not more:
                lead = EN_LEAD.search(text, s, e)
                if skipped or (lead and not mask.blocked(lead.start(), lead.end())):
                    break  # (a sentence with a lead of its own opens its own run)
                skipped = True  # `Currently, the two operate …`: one sentence of context between
                continue
            out += en_items(text, more.end(), e)
            done = e
    if "together" in text:  # (a word test first: most pages have none)
        out += _together(text, mask, out)
    return out[:limit]


# A word every agreement sentence's verb holds (en_agreement.CUE's stems): a page with none is
# not searched
_SIGN_WORDS = ("sign", "Sign", "ink", "conclud", "forg", "seal", "reach", "establish", "enter")
# `to VERB` after the agreement's noun: the aim the signing is for (a verb an item opens with,
# in lower case: `an Agreement to Reaffirm Sister City Friendship` names the document)
_AIM_TO = lazy_compile(r"\bto\s+(?:(?:jointly|further|also|closely)\s+)?(?=[a-z])")
# what parts the aim from the agreement's noun: another clause, a quotation, a new sentence
_NOT_ONE_CLAUSE = lazy_compile(r"\b(?:which|that|who|whose|where|while|after|before|when)\b|[;“\"]")
# `to establish sister-city ties`, `to link A and B as sister cities`, `to strengthen the
# relationship between the two cities`: the tie the signing makes, no term of it
_TIE_ONLY = lazy_compile(
    r"(?:[a-z]+\s+and\s+)?[a-z]+(?:\s+up)?\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:ties|relations|relationship|partnership|sisterhood|friendship|"
    r"sister[-\s](?:city|cities|state|province)(?:\s+relationship)?)(?:\s+(?:between|with)\s.*)?"
    r"|link\s.*\bas\s+(?:sister|twin|partner)\b.*",
    re.I,
)
# where the aim's words end: a clause, an aside or its reporter after a comma, the place or
# the day of the signing (`… at Paris City Hall on the morning of …`), a dash
_AIM_END = lazy_compile(
    r",\s+(?:when|which|while|who|where|as|after|before|according|with|including|following)\b|"
    # (`…, three people told Reuters`: who reported it)
    r",\s+(?:[\w.'’-]+\s+){0,3}(?:said|told|reported|added)\b|"
    r"\s+(?:--|—|–)\s|\s+(?:at|on)\s+(?:(?-i:[A-Z])|the\s+(?:morning|afternoon|evening|sidelines|occasion))",
    re.I,
)


def agreement_aims(
    text: str, mask: Mask, found: list[Commitment], body_start: int = 0, most: int = 1
) -> list[Commitment]:
    """`A signed an MOU with B on May 2 to deepen collaboration in C`: what the signing is for,
    read where the agreement sentence's verb and noun stand (en_agreement.CUE) and only in a
    bounded window after them. The aim is one item (`to build and operate a plant`,
    `to strengthen exchanges in the fields of A, B and C`), two where `and to` gives a second.
    Only the first `most` agreement sentences with an aim are read: later ones tell other
    signings or the same again."""
    if not any(w in text for w in _SIGN_WORDS):
        return []
    from summarizer.structure.en_agreement import CUE  # (English pages only)

    out: list[Commitment] = []
    read = 0
    for m in CUE.finditer(text, body_start):
        if read >= most:
            break
        if mask.blocked(m.start(), m.end()) or m.group("verb").lower() == "signing":
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        if _open_quote(text[line : m.start()]):
            continue  # (a speaker's words)
        stop = next((e for _s, e in iter_sentences(text, m.end()) if e > m.end()), len(text))
        aim = _AIM_TO.search(text, m.end(), min(stop, m.end() + 160))
        if aim is None or not _EN_VERB.match(text, aim.end()):
            continue
        if _NOT_ONE_CLAUSE.search(text, m.end(), aim.start()):
            continue
        read += 1
        if _EN_SAID_WORD.search(text, aim.end(), stop) and (
            said := _EN_SAID.search(text, aim.end(), stop)
        ):
            stop = said.start()
        if (end := _AIM_END.search(text, aim.end(), stop)) is not None:
            stop = end.start()
        then = _EN_AND_TO.search(text, aim.end(), stop)
        spans = ((aim.end(), then.start()), (then.end(), stop)) if then else ((aim.end(), stop),)
        for x, y in spans:
            c = item(text, x, y, False, "prose")
            if c is None or len(c.text) < 8 or _TIE_ONLY.fullmatch(c.text.rstrip(". ")):
                continue
            if any(similar(c.text, o.text) or o.start <= c.start < o.end for o in found):
                continue
            out.append(c)
    return out


# `…will work together to …`, `…will continue to work closely together to …`: the deed the
# parties do together, whatever lead (or none) the sentence opens with
_TOGETHER = lazy_compile(
    r"\bwill\s+(?:(?:now|also|further|continue\s+to)\s+)*work\s+(?:closely\s+)?together\s+to\s+(?=[a-z])",
    re.I,
)
# the parties named together as the subject: `A and B`, `the two sides`, `both`, `they`, `we`
_TOGETHER_SUBJECT = lazy_compile(
    r"\S\s+and\s+\S|\b(?:both|they|we)\b|\b(?:two|three|four)\s+" + EN_GROUP, re.I
)
_QUOTE_MARKS = '“"”'


def _together(text: str, mask: Mask, found: list[Commitment]) -> list[Commitment]:
    """`The two sides will work together to exchange A` (also in a quotation: a ministry or a
    governor saying what both will do), `A and B, the bodies for C, will continue to work
    together to carry out D`: the deeds, unless a lead already read them."""
    out: list[Commitment] = []
    for m in _TOGETHER.finditer(text):
        if mask.blocked(m.start(), m.end()) or any(c.start <= m.end() < c.end for c in found):
            continue
        line = text.rfind("\n", 0, m.start()) + 1
        full_stop = text.rfind(". ", line, m.start())
        opened = full_stop + 2 if full_stop >= 0 else line
        # a quotation opened in the sentence (or right before it) holds the lead
        quote = max(text.rfind(q, max(0, opened - 1), m.start()) for q in '“"')
        quoted = quote >= 0
        subject = text[quote + 1 if quoted else opened : m.start()]
        if len(subject) > 200 or not _TOGETHER_SUBJECT.search(subject):
            continue
        stop = next((e for s, e in iter_sentences(text, m.end()) if e > m.end()), len(text))
        closing = [p for q in _QUOTE_MARKS if (p := text.find(q, m.end(), stop)) >= 0]
        if quoted and closing:
            stop = min(closing)  # the quotation ends the deed: `…situations," the ministry said.`
        items = [c for c in en_items(text, m.end(), stop) if c.start >= m.end()]
        if any(c.start in {o.start for o in found} for c in items):
            continue
        # a quotation is the speaker's word, not the agreement's text: said so
        out += (
            [replace(c, confidence="low", why="in a quotation") for c in items] if quoted else items
        )
    return out


# `B Corp. will assist in …`, `In addition, B will produce …`: one side's share, a sentence of
# its own opening with the side's name (not `…, and B will`, not inside a quotation)
_SIDE_WILL = lazy_compile(r"[ \t]+(?:also[ \t]+)?will[ \t]+(?:also[ \t]+)?(?=[a-z])")
_SENTENCE_OPENS = lazy_compile(
    r"(?:^|[.!?][”\"’)]?[ \t]+|\n[ \t]*)(?:(?:In\s+addition|Additionally|Also|Moreover|Furthermore|In\s+particular),"
    r"[ \t]+)?(?:[Tt]he[ \t]+)?$"
)


def sides_will(
    text: str, mask: Mask, sides: list[str], body_start: int, limit: int = 6
) -> list[Commitment]:
    """`B Corp. will assist in the promotion of C.`: what a side named at the sentence's start
    will do, where no lead (`Under the agreement, …`) told it. Each name is looked for as a
    literal; only where `will` follows it is the sentence's opening asked."""
    out: list[Commitment] = []
    seen: set[int] = set()
    # the terms are told before the speakers: a side's plan after the first quoted speech
    # (`Gwangju will receive know-how …` after the mayors' words) is the story's colour
    end = _first_speech(text, body_start)
    for name in sides:
        pos = text.find(name, body_start, end)
        while 0 <= pos < end and len(out) < limit:
            at = pos
            pos = text.find(name, pos + len(name))
            will = _SIDE_WILL.match(text, at + len(name))
            if will is None or at in seen or mask.blocked(at, will.end()):
                continue
            line = text.rfind("\n", 0, at) + 1
            if _SENTENCE_OPENS.search(text, max(line - 1, at - 40, 0), at) is None:
                continue
            if _open_quote(text[line:at]):
                continue  # (a quotation's words are the speaker's)
            seen.add(at)
            stop = next((e for _s, e in iter_sentences(text, will.end()) if e > will.end()), None)
            out += en_items(text, will.end(), stop if stop is not None else len(text))
    return sorted(out, key=lambda c: c.start)[:limit]


_SPEECH_WORD = lazy_compile(r"\b(?i:" + alternation(SPEECH_VERBS_EN) + r")\b")


def _first_speech(text: str, start: int) -> int:
    """Where the first quotation whose line holds a speech verb opens (`“…,” said Kim.`), or
    the text's end: each quotation mark is found as a literal, its line asked only then."""
    pos = start
    while True:
        marks = [q for q in (text.find("“", pos), text.find('"', pos)) if q >= 0]
        if not marks:
            return len(text)
        q = min(marks)
        line = text.rfind("\n", 0, q) + 1
        stop = text.find("\n", q)
        if _SPEECH_WORD.search(text, line, stop if stop >= 0 else len(text)):
            return q
        if stop < 0:
            return len(text)
        pos = stop + 1


def _open_quote(before: str) -> bool:
    """Whether a quotation opened in `before` is still open at its end."""
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1


def _glued_rest(text: str, stop: int, sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentences glued to the first one's end (`…(RoK).Ha Nam province, in turn, …`), each
    on its own, as the next sentences of the run."""
    if not sentences or stop >= sentences[0][1]:
        return []
    end = sentences[0][1]
    cuts = [stop, *(stop + g.end() for g in re.finditer(r"[a-z)]\.(?=[A-Z])", text[stop:end]))]
    return [(x, y) for x, y in itertools.pairwise([*cuts, end]) if text[x:y].strip()]


def _past_year(before: str) -> bool:
    """Whether the words before end a sentence's opening on a year gone by (`In 2018,`): an
    earlier agreement, not this one's terms (string tests: this layer's patterns are many)."""
    words = before.split()
    if len(words) < 2 or not before.rstrip().endswith(","):
        return False
    year = words[-1].rstrip(",")
    return (
        words[-2] in ("In", "Since", "in")
        and len(year) == 4
        and year[:2] in ("19", "20")
        and year.isdigit()
    )
