"""Direct quotations and their speakers: `홍길동 OO부 장관은 “…”이라며 “…”고 말했다`, `"…," Kim said`."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    OFFICIALS,
    ORG_SUFFIXES,
    SPEECH_VERBS_KO,
    TOWN_SYLLABLES,
    alternation,
    marks,
)
from summarizer.lexicon.connectives import SPEECH_GOES_ON, connectives
from summarizer.models.records import Party, Quote
from summarizer.structure.en_quotes import (
    EN_BEFORE,
    EN_SAY_CUE,
    EN_SPEECH_WORD,
    NEXT_LINE_SPEAKER,
    SPACED_PUNCT,
    before_speaker,
    office_holder,
    party_named,
    said_subject,
    speech_line_above,
    subject_speaker,
    titled_holder,
)
from summarizer.structure.en_quotes import (
    en_tail as english_tail,
)
from summarizer.structure.lines import Mask, start_of_line
from summarizer.structure.quote_marks import (
    HANGUL,
    KO_TAIL,
    LINE_END,
    QUOTATIVE,
    Seg,
    paragraph_above,
    segments,
)
from summarizer.structure.speakers import (
    KO_TOPIC,
    OFFICIAL,
    PRONOUN,
    english_org,
    english_who,
    full_foreign_name,
    full_korean_name,
    head_named,
    korean_speaker,
    names_someone,
    topic_phrase,
    written_speaker,
)

_GOES_ON = re.compile(r"[.,]?\s*(?:" + QUOTATIVE + r")?\s*,?\s*")
# the speaker after the quotation, the sentence's subject before its speech verb, a few words
# between (`…”라고 가람부는 이날 보도자료를 통해 밝혔다`)
_KO_AFTER = lazy_compile(
    r"^[.,]?\s*(?:이?라고|고)\s+(?P<phrase>(?:\S+\s+){0,4}?\S+?)(?:은|는|이|가)\s+(?:\S+\s+){0,4}?"
    + alternation(SPEECH_VERBS_KO)
)


_SENTENCE_END = lazy_compile(r"(?<=[다요])\.\s*|[.!?]\s+(?=[A-Z\"“])")


_MOST_BEFORE = 2_000  # characters: how far back a quote's sentence is looked for


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins: after a line break or a `다.` outside quotes.

    The end of the last `_SENTENCE_END` match in `text[line_start:pos]`, found from `pos` back:
    the last mark that closes a sentence there (a paragraph is one long line: its matches were
    all found from the line's start for every quote in it).

    Looked for no further back than `_MOST_BEFORE` characters: a line of thousands of quote
    marks and no full stop (a page without sentences) was scanned back to its start from every
    mark, and the words before each searched for a speaker (quadratic: 300k characters 5.7 s,
    bench_adversarial.py quotes_unbalanced). The sentences before a quote in the 581 documents
    of tools/dump_facts.py's folders and the pooled sets are at most 364 characters long."""
    line_start = start_of_line(text, pos, floor=max(0, pos - _MOST_BEFORE))
    i = pos
    while (i := max(text.rfind(".", line_start, i), text.rfind("!", line_start, i),
                    text.rfind("?", line_start, i))) >= 0:  # fmt: skip
        end = i + 1
        while end < pos and text[end].isspace():
            end += 1
        if text[i] == "." and i > line_start and text[i - 1] in "다요":
            return end  # `…했다.` (`\s*`: the spaces after it, up to `pos`)
        if end > i + 1 and end < pos and ("A" <= text[end] <= "Z" or text[end] in '"“'):
            return end  # `… Seoul. The …`
    return line_start


# The quoted stretches of a page `find_quotes` reads: a speaker's name is looked for over the
# whole page (its first mention, the body named beside it), so a page of thousands of quotes
# by thousands of speakers was quadratic (bench_adversarial.py quotes_many_one_line: 1M
# characters over 60 s). The 581 documents of tools/dump_facts.py's folders and the pooled
# sets hold at most 13.
_MOST_QUOTED = 200


def find_quotes(text: str, mask: Mask, parties: list[Party]) -> list[Quote]:
    """One entry per speaker statement, holding the first quoted segment."""
    out: list[Quote] = []
    seen: set[tuple[str | None, str]] = set()
    prev: Seg | None = None
    prev_speaker: tuple[str | None, str | None, str | None] | None = None
    orgs_of: dict[str, str | None] = {}
    segs = segments(text)[:_MOST_QUOTED]
    for at, seg in enumerate(segs):
        inner_s, inner_e = seg.open + 1, seg.close
        body = text[inner_s:inner_e]
        tail = (
            ""
            if seg.unclosed
            else text[seg.close : seg.close + 100]  # (no mark: the quotative is at `close`)
            if seg.lost
            else text[seg.close + 1 : seg.close + 100]
        )
        if (eol := LINE_END.search(tail)) is not None:
            # `…essential,”⏎Shin said.`: an English speaker on the next line
            below = (
                NEXT_LINE_SPEAKER.match(tail, eol.start())
                if not tail[: eol.start()].strip()
                else None
            )
            tail = (
                tail[below.end() :] if below and body.rstrip()[-1:] in ",." else tail[: eol.start()]
            )
        start = _sentence_start(text, seg.open)
        before = paragraph_above(text, seg.open) if seg.unopened else text[start : seg.open]
        if not seg.unopened and start == seg.open and (above := _speaker_above(text, start)):
            before = above  # `박누리 이사장은⏎“…”고 밝혔다`: the speaker's line broken off
        elif start == seg.open and not seg.unopened and (said := speech_line_above(text, start)):
            before = said  # `… He emphasized,⏎"The …`: the English speaker's line broken off
        if seg.unopened and (own := _line_speaker(text, seg, parties)) is not None:
            # `백가람 누리시장은 이번 협약을 …”고 밝혔다`: the paragraph names its speaker and
            # the quote lost its opening mark after it
            before, inner_s = own.group(0), own.end()
            body = text[inner_s:inner_e]
        if prev is not None and prev.close >= start:
            between = text[prev.close + 1 : seg.open]
            if _GOES_ON.fullmatch(between):
                prev = seg  # `…”이라며 “…`: the same statement goes on
                continue
            before = between
        en_tail = english_tail(tail)
        if en_tail and _OPENS_NEXT.match(tail, en_tail.end()) and _ENDS_SENTENCE.search(body):
            # `…exchange.”Mayor Kim said, “The …`: a quote closed by a full stop; the speaker
            # after it says the next quote (`"A," Kim said, "B"` keeps A's comma)
            en_tail = None
        # `Jang , CEO of KOTRA , said , “`: a page that spaces its punctuation
        # (only where a speech verb is: the look for a speaker before it is costly)
        en_before = (
            EN_BEFORE.search(SPACED_PUNCT.sub(r"\1", before))
            if EN_SPEECH_WORD.search(before)
            else None
        )
        # `Deputy Mayor Ko said at the ceremony, "…`: the sentence's subject, the verb further on
        # (its sentence opens with a capital: a Korean one is never searched for the verb)
        en_subject = (
            subject_speaker(before)
            if en_before is None
            and not en_tail
            and "A" <= before.lstrip()[:1] <= "Z"
            and EN_SAY_CUE.search(before)
            else None
        )
        ko_speech = bool(KO_TAIL.match(tail)) and bool(HANGUL.search(body))
        # `“…” 김가람 총장의 말이다.`: the speaker named after the quotation, in a sentence of its own
        words_of = _WORDS_OF.match(tail) if not ko_speech and HANGUL.search(body) else None
        ko_speech = ko_speech or words_of is not None
        # a page cut off inside the quote: no tail, the speaker before it says it is speech
        # (`박 이사장은 환영 인사를 통해 “…`: words may stand between the speaker and the quote)
        cut_off = (
            seg.unclosed
            and bool(HANGUL.search(body))
            and (KO_TOPIC.search(before) or topic_phrase(before, parties) is not None)
        )
        if not (
            ko_speech
            or cut_off
            or en_tail
            or en_before
            or en_subject
            or ('"' in text[seg.open] and _ends_speech(body))
            # (an English paragraph quoted in curly marks: a follow-up, perhaps, see below)
            or (text[seg.open] == "“" and _ends_speech(body) and not HANGUL.search(body))
        ):
            continue
        if len(body.strip()) < 8 or " " not in body.strip():
            continue  # a short quoted phrase is a name or a term, not speech
        speaker: tuple[str | None, str | None, str | None] = (None, None, None)
        if en_before or en_tail or en_subject:
            who = (
                before_speaker(en_before)
                if en_before
                else en_subject
                if en_subject
                else (
                    en_tail.group("n1")  # type: ignore[union-attr]
                    or en_tail.group("n2")  # type: ignore[union-attr]
                    or en_tail.group("n3")  # type: ignore[union-attr]
                    or en_tail.group("n4")  # type: ignore[union-attr]
                    or en_tail.group("n5")  # type: ignore[union-attr]
                )
            )
            if who is None and en_tail is not None and en_tail.group("pron"):
                who = en_tail.group("pron").capitalize()  # `…,” he said.`
                if not prev_speaker and (who := said_subject(text, seg.open)) is None:
                    prev = seg
                    continue
                if prev_speaker and prev is not None:
                    # `"…," Kim said. … Park said the two … "…," he said.`: the one named
                    # saying something since the last quote, not the last quote's speaker
                    who = said_subject(text, seg.open, since=prev.close + 1) or who
            elif (
                who is not None
                and PRONOUN.match(who)
                and not prev_speaker
                and (who := said_subject(text, seg.open)) is None
            ):
                # no quote before named its speaker: the person the story last named saying
                # something (`Mayor Kim said the signing …`); no one: not a statement read
                # (`He`, as with `…,” he said` after the quote)
                prev = seg
                continue
            if who is None and en_tail is not None and en_tail.group("titled"):
                who = titled_holder(text, seg.open, en_tail.group("titled"))
                if who is None:
                    prev = seg
                    continue
            if who is None and en_tail is not None and en_tail.group("body"):
                body_word = en_tail.group("body")
                speaker = (None, body_word, party_named(body_word, parties))
            elif who is None and en_tail is not None:
                who = office_holder(text, seg.open, en_tail.group("office"))
                if who is None:
                    prev = seg
                    continue
            if who is not None:
                name, title = english_who(text, who)
                speaker = (name, title, english_org(text, name, parties))
            if who is not None and PRONOUN.match(who) and prev_speaker:
                speaker = prev_speaker  # `He said, "…"`
        elif (topic := topic_phrase(before, parties)) is not None:
            marks = _LEAD_MARKS.match(topic)  # (`^`: one match at most, not a search)
            phrase = topic[marks.end() :] if marks else topic
            official = OFFICIAL.search(phrase)
            speaker = (
                _official(official, parties, text) if official else korean_speaker(phrase, parties)
            )
            if official and speaker[2] is None and _outsider(official.group(1)):
                prev = seg  # `업계 관계자는 “…`: an outsider, not a party's voice
                continue
            written = written_speaker(phrase) if speaker[0] is None else None
            if speaker[0] is None and speaker[1] is None and prev_speaker:
                if names_someone(phrase, parties):
                    prev = seg  # `나가온 감독은 “…`: someone new, by a title not read
                    continue
                # `응우옌 쑤언 푹 베트남 주석은 “…`: someone the sentence names, though the
                # readers of names and titles did not take the words apart; `그는 “…`: the
                # last speaker
                speaker = (None, written, None) if written else prev_speaker
            elif written and speaker[1] and _squeeze(speaker[1]) in _squeeze(written):
                # `국립재활원 측은 “…`, `조용명 정비창장은 “…`: the speaker as written, which
                # holds the body or title read from it (and the side or the name left out)
                speaker = (None, written, speaker[2])
            if speaker[0] is None and speaker[1] and _SHORT_NAMED.fullmatch(phrase.strip()):
                # `가람사업청(가람청)은 “…`: a body as written, with the short name the page
                # goes on to call it by
                speaker = (None, phrase.strip(), speaker[2])
        else:
            m = (
                _KO_AFTER.match(text[seg.close + 1 : seg.close + 120])
                or words_of
                or (_after_chain(text, segs, at) if ko_speech else None)
            )
            if m:
                official = OFFICIAL.search(m.group("phrase"))
                speaker = (
                    _official(official, parties, text)
                    if official
                    else korean_speaker(m.group("phrase"), parties)
                )
                if official and speaker[2] is None and _outsider(official.group(1)):
                    speaker = (None, None, None)  # `…”고 업계 관계자는 말했다`: an outsider
            elif prev is not None and not before.strip() and prev_speaker:
                # an English follow-up from the same speaker: on the same line one statement
                # (merged below), a paragraph of its own a statement of its own, unless the
                # paragraph above left its quote open (`“… on the other hand.⏎“We’ve …”`: one
                # quote running over paragraphs); nor one its own tail gives to someone the
                # readers above did not take (`…”, added by Mr. Kim`: a speech verb after it)
                if _left_open(text, seg.open) or _UNREAD_TAIL.match(tail):
                    prev = seg
                    continue
                speaker = prev_speaker
            elif (
                prev_speaker
                and prev is not None
                and ko_speech
                and seg.open - prev.close < _FOLLOW_ON_GAP
                and _FOLLOW_ON.fullmatch(before)
            ):
                speaker = prev_speaker  # `…”고 말했다.⏎이어 “…”고 강조했다`: the same speaker
        prev = seg
        if speaker == (None, None, None):
            continue
        if speaker[0] and len(speaker[0]) == 1 and speaker[1]:
            speaker = (full_korean_name(text, seg.open, speaker[0], speaker[1]), *speaker[1:])
            if len(speaker[0] or "") == 1:  # `문 총장은` after `누리대학교(총장 문지호)`
                speaker = head_named(parties, speaker[0] or "", speaker[1] or "") or speaker
        elif speaker[0] and speaker[1] and HANGUL.match(speaker[0]) and " " not in speaker[0]:
            # `슈미트 이사장은` after `안드레아 슈미트 누리재단 이사장`: the whole foreign name
            speaker = (full_foreign_name(text, seg.open, speaker[0], parties), *speaker[1:])
        if speaker[0] and speaker[2] is None:
            if speaker[0] not in orgs_of:  # one look through the text per person, not per quote
                orgs_of[speaker[0]] = _org_of_person(text, speaker[0], parties)
            speaker = (speaker[0], speaker[1], orgs_of[speaker[0]])
        same_line = out and text.find("\n", out[-1].end, seg.open) < 0  # (no copy of the gap)
        if (
            same_line
            and speaker[0]
            and out[-1].speaker == speaker[0]
            and not ko_speech
            and not _SENTENCES_BETWEEN.search(text, out[-1].end, seg.open + 1)
        ):
            # `"…," Park told them. "…," Park noted.`: one statement (a Korean sentence with its
            # own verb, `그는 이어 “…”고 덧붙였다`, is the speaker's next statement; so is a
            # quote the reporter's own sentences stand before, in a page printing its article
            # as one line: `"…," Kim said, citing … . He cited … . "…," Kim added.`)
            prev_speaker = speaker
            continue
        prev_speaker = speaker
        if mask.blocked(inner_s, inner_e):
            continue
        key = (speaker[0], "".join(body.split()))  # (`\s+` removed, without a regex)
        if key in seen:
            continue
        seen.add(key)
        lead = len(body) - len(body.lstrip())
        trail = len(body) - len(body.rstrip())
        qs, qe = inner_s + lead, inner_e - trail
        out.append(
            Quote(
                text=text[qs:qe],
                start=qs,
                end=qe,
                speaker=speaker[0] or speaker[1],
                title=speaker[1],
                org=speaker[2],
            )
        )
    return out


# two sentence ends between two quotes (the first the quote's tail's, `," Kim said. `): a
# sentence of the reporter's own stands between them
_SENTENCES_BETWEEN = lazy_compile(
    r"[a-z)][.!?][\"”’']?\s+(?=[A-Z\"“'‘])[^\"“”]*?[a-z)][.!?][\"”’']?\s+(?=[A-Z\"“'‘])"
)


# a line that names a speaker and stops at the topic marker (`이에 박누리 이사장은 `)
_TOPIC_LINE = lazy_compile(r"[^\n“”\"]{2,60}?(?:은|는)[ \t]*")


def _speaker_above(text: str, line_start: int) -> str | None:
    """The line right above a quote that opens a line (blank lines between allowed), when it
    names a speaker and breaks off at the topic marker; only that line is read."""
    end = line_start
    while end > 0 and text[end - 1] in "\r\n \t":
        end -= 1
    if end == line_start or "\n" not in text[end:line_start]:
        return None  # (the quote does not open a line)
    begin = text.rfind("\n", max(0, end - 61), end) + 1
    if begin == 0 and end > 60:
        return None
    m = _TOPIC_LINE.fullmatch(text, begin, end)
    return m.group(0) if m else None


# `이어 “…”고 강조했다` right after a statement: its speaker's next one, with its own verb (a
# word that only joins sentences, no new subject: `또`, `그러면서`, `아울러`; or the pronoun,
# `그는 이어 “…`); within a paragraph or two of that statement
_JOINING = r"(?:" + connectives(SPEECH_GOES_ON) + ")"
_FOLLOW_ON = lazy_compile(
    r"\s*(?:(?:그|그녀)[는도]\s+(?:" + _JOINING + ")?|" + _JOINING + r")\s*,?\s*"
)
_FOLLOW_ON_GAP = 300
# a paragraph's opening `NAME TITLE은 ` (up to five words) before an unopened quotation
_LINE_TOPIC = lazy_compile(r"[ \t]*((?:\S+[ \t]+){0,4}?\S+?)(?:은|는)[ \t]+")


def _line_speaker(text: str, seg: Seg, parties: list[Party]) -> re.Match[str] | None:
    """The speaker a paragraph with no opening mark names at its start (a name and a title),
    read in its first words only."""
    m = _LINE_TOPIC.match(text, seg.open + 1, min(seg.close, seg.open + 60))
    if m is None:
        return None
    name, title, _ = korean_speaker(m.group(1), parties)
    return m if name and title else None


# `…” 김가람 총장의 말이다.`, `…”는 게 누리재단 관계자의 설명이다.`: whose words they were
_WORDS_OF = lazy_compile(
    r"^\.?(?:이?라?는\s*(?:게|것이))?\s+(?P<phrase>(?:[^\s“”\"]+\s+){0,4}?[^\s“”\"]+?)의\s+"
    r"(?:말|설명|얘기|전언)이다\."
)


def _after_chain(text: str, segs: list[Seg], at: int) -> re.Match[str] | None:
    """`“A”며 “B”라고 가람부는 밝혔다`: a statement in several segments whose speaker is named
    after the last one (each joined to the next by a quotative ending, in one paragraph)."""
    seg = segs[at]
    for nxt in segs[at + 1 :]:
        if nxt.unopened or not _GOES_ON.fullmatch(text, seg.close + 1, nxt.open):
            return None
        if "\n" in text[seg.close : nxt.open]:
            return None
        seg = nxt
        m = _KO_AFTER.match(text[seg.close + 1 : seg.close + 120])
        if m:
            return m
    return None


# one word and the short name in brackets after it (`가람사업청(가람청)`)
_SHORT_NAMED = lazy_compile(r"[가-힣A-Za-z0-9·]{2,20}\([가-힣A-Za-z0-9]{1,10}\)")
# a quote's tail that gives it to someone by a speech verb within its first words
_UNREAD_TAIL = lazy_compile(r",?\s*(?:[\w'’.-]+\s+){0,4}?" + EN_SPEECH_WORD.pattern + r"\b")
_OPENS_NEXT = lazy_compile(r"\s*[,:]\s*[\"“]")
_ENDS_SENTENCE = lazy_compile(r"[.!?]\s*$")
_LEAD_MARKS = re.compile(rf"[\s{marks.LEAD}]+")  # (the marks: summarizer.lexicon.marks)


# words naming a field or a crowd, no body of the story's own: `업계 관계자`, `한 관계자`
_OUTSIDERS = frozenset(
    (
        "업계",
        "정부",
        "금융권",
        "학계",
        "재계",
        "정치권",
        "당국",
        "한",
        "다른",
        "현지",
        "관련",
        "해당",
    )
)


def _actor(org_word: str, text: str) -> bool:
    """`SM엔터테인먼트 관계자는 “…` where the story names that body on its own elsewhere (`…는
    한류 콘텐츠 제작에도 협력할 계획이다`): its voice, though it was not found as a party."""
    if len(org_word) < 2 or org_word in _OUTSIDERS or not _HANGUL_OR_LATIN.match(org_word):
        return False
    if len(org_word) >= 3 and _GOVERNMENT_END.search(org_word):
        return True  # `외교부 당국자는 “…`: a ministry or agency speaks through its official
    for m in re.finditer(re.escape(org_word), text):
        if not _OFFICIAL_AFTER.match(text, m.end(), m.end() + 8):
            return True
    return False


_GOVERNMENT_END = lazy_compile(r"[가-힣](?:부|처|청)$")
_OFFICIAL_AFTER = lazy_compile(r"\s*" + alternation(OFFICIALS))


_HANGUL_OR_LATIN = lazy_compile(r"^[가-힣A-Za-z][가-힣A-Za-z0-9&.·-]*$")


def _official(
    m: re.Match[str], parties: list[Party], text: str = ""
) -> tuple[str | None, str | None, str | None]:
    """`부산시 관계자는 “…`: an unnamed official speaks, never the previous named speaker."""
    who = m.group(1)
    org_word = who.split()[0] if " " in who else ""
    exact = [p.name for p in parties if org_word in [p.name, *p.aliases]]
    # `시 관계자`, `대학 관계자`: the one party whose name ends with (or holds) that word
    ending = [
        p.name
        for p in parties
        if org_word
        and any(
            (n.endswith(org_word) if len(org_word) == 1 else org_word in n) and len(n) <= 12
            for n in [p.name, *p.aliases]
        )
    ]
    # `군 관계자` with two 군 parties: the story's own (the first named) speaks through them
    org = exact[0] if exact else (ending[0] if ending else None)
    if org is None and _actor(org_word, text):
        org = org_word
    if org is None and org_word in _LOCAL_UNITS:
        org = _local_body(org_word, text)
    return who, None, org


# `군 관계자는 “…` where no party was found (a meeting, not a signing): the first local
# government the story names with that ending (`가람군은 …`, `가람군(군수 …)`) speaks
_LOCAL_UNITS = frozenset(TOWN_SYLLABLES)
_LOCAL_BODY = {
    u: re.compile(rf"(?<![가-힣])([가-힣]{{2,6}}{u})(?=[은는이가(,]|\s)") for u in _LOCAL_UNITS
}


# the word for a body (`…도서관`, `…재단`): an institution's official, though the story names
# that body nowhere else (`가람도서관 관계자는 “…`)
_BODY_WORD = lazy_compile(r"[가-힣A-Za-z0-9]" + alternation(ORG_SUFFIXES) + "$")


def _outsider(who: str) -> bool:
    """`업계 관계자`, `한 관계자`: an official of a field or a crowd, no body's voice; not one of
    a local government (`군 관계자`) or of an institution by its name (`가람도서관 관계자`), whom the
    story need not name as a party."""
    org_word = who.split()[0] if " " in who else ""
    return not (org_word in _LOCAL_UNITS or _BODY_WORD.search(org_word))


def _local_body(unit: str, text: str) -> str | None:
    m = _LOCAL_BODY[unit].search(text)
    return m.group(1) if m else None


def _org_of_person(text: str, name: str, parties: list[Party]) -> str | None:
    """`윤석진 사장은 “…`: the party headed by that person, or named next to them earlier."""
    for p in parties:
        if p.head and name in p.head.split():
            return p.name
    if len(name) < 2:
        return None
    names = tuple((p.name, tuple(p.aliases)) for p in parties)
    return _named_beside(text, name, names)  # once per speaker, not once per quote


# `윤석진 수공 사장`, `수공 사장 윤석진`: what may stand between a person and their body
_TITLE_GAP_KO = lazy_compile(r"\s(?:\S{1,6}\s)?")


@lru_cache(maxsize=256)
def _named_beside(
    text: str, name: str, parties: tuple[tuple[str, tuple[str, ...]], ...]
) -> str | None:
    best: tuple[int, str] | None = None
    for m_start in _found(text, name, False):
        m_end = m_start + len(name)
        lo, hi = max(0, m_start - 15), m_end + 15
        for party_name, aliases in parties:
            for n in [party_name, *aliases]:
                if len(n) < 2:
                    continue
                for o_start in _found(text[lo:hi], n, True):
                    at, to = lo + o_start, lo + o_start + len(n)
                    gap = at - m_end if at >= m_end else m_start - to
                    between = text[m_end:at] if at >= m_end else text[to:m_start]
                    # `윤석진 수공 사장`, `수공 사장 윤석진`: only a space or a title between
                    if not _TITLE_GAP_KO.fullmatch(between):
                        continue
                    if gap >= 0 and (best is None or gap < best[0]):
                        best = (gap, party_name)
    return best[1] if best else None


def _found(text: str, word: str, word_start: bool) -> list[int]:
    """Where `re.finditer(re.escape(word), text)` matches (with `word_start`, preceded by
    `(?<![가-힣])`): found by `str.find`, with no pattern compiled for each name (one holding
    `[가-힣]` costs ~0.3 ms in `re`'s compiler, on every page naming someone new)."""
    out: list[int] = []
    at = text.find(word)
    while at >= 0:
        if word_start and at > 0 and "가" <= text[at - 1] <= "힣":
            at = text.find(word, at + 1)
            continue
        out.append(at)
        at = text.find(word, at + len(word))
    return out


def _left_open(text: str, at: int) -> bool:
    """Whether the paragraph above the line at `at` opens a curly quote it does not close."""
    end = len(text[:at].rstrip())
    above = text[text.rfind("\n", 0, end) + 1 : end]
    return above.count("“") > above.count("”")


def _ends_speech(body: str) -> bool:
    return bool(re.search(r"[.,!?]\s*$", body)) and len(body.split()) >= 4


def _squeeze(s: str) -> str:
    return "".join(s.split())
