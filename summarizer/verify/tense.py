"""The main verb of English prose against its Korean: signed / will sign / did not sign, and
negations the Korean does not have (`will not lower` for `낮추겠다`)."""

from __future__ import annotations

import re
from functools import cache

from summarizer.lazy import lazy_compile
from summarizer.lexicon import SIGNING_CEREMONIES, alternation
from summarizer.models import ClaimCheck

_EN_NEG = re.compile(
    r"\b(?:did not|didn't|has not|hasn't|have not|haven't|will not|won't|not|never|failed to|"
    r"refused to|declined to|no longer)\s+(?:yet\s+)?(?:be\s+)?(?:sign|signed|conclude|concluded|agree|agreed|reach|ink)",
    re.I,
)
_EN_FUTURE = re.compile(
    r"\b(?:will|shall|plans? to|planning to|(?:is|are) (?:set|scheduled|expected|due) to|(?:is|are) to|to be)\s+"
    r"(?:formally\s+|jointly\s+)?(?:sign|conclude|ink|be signed|agree|hold (?:an? |the )?"
    r"(?:[\w-]+ ){0,2}(?:ceremony|signing))\b"
    r"|\b(?:yet|still|due|set|scheduled|expected)\s+to\s+be\s+(?:formally\s+)?(?:signed|concluded|inked)\b",
    re.I,
)
_EN_PAST = re.compile(
    r"\b(?:signed|concluded|inked|have agreed|has agreed|agreed|held (?:an? |the )?"
    r"(?:[\w-]+ ){0,2}(?:ceremony|signing))\b",
    re.I,
)
_KO_NEG = re.compile(r"(?:체결|서명|합의)[가-힣\s]{0,6}(?:않|못|무산|불발|결렬)|미체결")
_KO_FUTURE = re.compile(
    r"(?:체결|서명|맺)[가-힣\s]{0,3}(?:할|을)\s*(?:예정|계획)|체결키로|협약식을 가질"
    r"|체결한다|체결할|서명한다|서명할|맺는다|맺을|합의할"
)
_KO_PAST = re.compile(
    r"(?:체결|서명|합의)(?:했|하였|됐|되었|하고|한(?![가-힣]))|맺었|맺고|맺은"
    rf"|{alternation(SIGNING_CEREMONIES)}(?:을|를)?\s*(?:가졌|열었|개최했|진행했)"
    r"|(?:협약|각서|MOU)(?:을|를)?\s*(?:했|하였|하고)|기로\s*(?:했|하였|합의했|약속했)"
)
# A signing verb joined to what follows (`체결하고`, `맺고`): past or future as the clause ends.
_KO_JOINED = re.compile(r"(?:체결|서명|합의)하고|맺고")
_KO_COMING = re.compile(r"오는\s*\d{1,2}\s*일")
_KO_BEFORE = re.compile(r"지난\s*\d{1,2}\s*일")
# The sentence's final verb after a joined signing verb: its last syllable before `다.`.
_KO_FINAL = re.compile(r"([가-힣])다(?=\s*(?:[.。!?\n”\"'’]|$))")
# Quoted speech in the source: a speaker's `결실을 맺을 수 있도록` is no report of the signing.
_QUOTED = re.compile(r"“[^”\n]*”|\"[^\"\n]*\"|‘[^’\n]*’")
# Any negation in Korean: a negated verb, 없다, 아니다 (`먼 친척이 아닌`), a negating prefix.
_KO_ANY_NEG = re.compile(
    r"않|못|없|아니|아닌|아님|말고|말아|금지|불가|불허|미정|미흡|미체결|무산|불발|결렬|중단|폐지|(?<![가-힣])안\s"
)
# Adverbs built on 없이 that say "wholly", not "not" (`빠짐없이` every, `끊임없이` constantly):
# English renders them without a negation, so they do not license one. `아낌없이` stays a
# negation: it is `spare no`.
_KO_WHOLLY = re.compile(
    r"(?:빠짐|끊임|변함|틀림|남김|쉼|(?<![가-힣])한|거침|빈틈|어김)\s*없(?:이|는)"
)
_EN_ANY_NEG = re.compile(
    r"\b(?:not(?!\s+(?:only|just|least))|never|no longer|cannot|\w+n't|without|rather than|"
    r"instead of|spar(?:e|es|ed|ing)\s+no)\b",
    re.I,
)
# A negated main verb in a headline or title (`will not sign`, `didn't join`), not one that
# says what the source leaves out (`does not state the year`): a headline may add such notes.
_EN_VERB_NEG = re.compile(
    r"\b(?:(?:will|would|did|does|do|can|could|shall|should|has|have|had)\s+not|won't|"
    r"wouldn't|didn't|doesn't|don't|can't|cannot|hasn't|haven't|never)\s+"
    r"(?!(?:be(?:en)?\s+)?(?:stat|giv|nam|sa[iy]|specif|disclos|mention|report|reveal|"
    r"indicat|confirm|known|clear|announc|publish|writ|record)\w*)(?=\w)",
    re.I,
)
# Negations that render a Korean one but say nothing about the main verb (`걱정 없이` without).
_EN_SOFT_NEG = {"without", "rather than", "instead of"}


def _flag(field: str, english: str, note: str) -> ClaimCheck:
    return ClaimCheck(field=field, kind="english", claim=english, status="unsupported", note=note)


_SIGNING_TENSE_RE1 = lazy_compile(r"(sign|conclude|ink)\w*$", re.I)


@cache
def _past_of(verb: str) -> re.Pattern[str]:
    """`\bVERBe?d\b` (case-blind), once per signing verb (a few words: _SIGNING_TENSE_RE1's)."""
    return re.compile(rf"\b{verb}e?d\b", re.I)


def signing_tense(
    field: str, english: str, korean: str, source: str | None = None
) -> list[ClaimCheck]:
    """`signed` / `will sign` / `did not sign` must agree with the Korean's signing verb."""
    # A headline or title may say what the source does not state (`the date is not given`).
    strict = not field.startswith(("headline", "title"))
    flags = _polarity(field, english, korean) if strict else _verb_polarity(field, english, korean)
    if flags:
        return flags
    if source is not None and not (_KO_PAST.search(korean) or _KO_FUTURE.search(korean)):
        korean = _QUOTED.sub(" ", source)  # the model's Korean names no signing verb: the source's
    neg_en = _EN_NEG.search(english)
    neg_ko = _KO_NEG.search(korean)
    past_ko, future_ko = _KO_PAST.search(korean), _KO_FUTURE.search(korean)
    if past_ko and _KO_JOINED.fullmatch(past_ko.group(0)) and not future_ko:
        # `오는 17일 협약을 체결하고 …`: `-하고` only joins, and the day to come tells the tense
        # (`지난 5일 체결하고 … 나갈 계획이다` stays a past signing).
        future_ko = _KO_COMING.search(korean, 0, past_ko.start()) or _final_future(korean, past_ko)
        past_ko = None if future_ko else past_ko
    if neg_en and not neg_ko and (past_ko or future_ko):
        return [_flag(field, neg_en.group(0), "the Korean does not negate the signing")]
    if neg_ko and not neg_en and (_EN_PAST.search(english) or _EN_FUTURE.search(english)):
        return [_flag(field, english[:60], f"the Korean negates it ({neg_ko.group(0)!r})")]
    future_en = _EN_FUTURE.search(english)
    # `has signed with 17 … and plans to sign more`: the past act is the Korean's, the future
    # one (the same verb again) another; `signed … and will agree to` still contradicts.
    verb = _SIGNING_TENSE_RE1.search(future_en.group(0)) if future_en else None
    rest = english[: future_en.start()] + english[future_en.end() :] if future_en else english
    signed_too = verb and _past_of(verb.group(1)).search(rest)
    if future_en and past_ko and not future_ko and not signed_too:
        note = f"the Korean reports it done ({past_ko.group(0)!r})"
        return [_flag(field, future_en.group(0), note)]
    past_en = None if future_en else _EN_PAST.search(english)
    if past_en and future_ko and not past_ko:
        note = f"the Korean reports it as planned ({future_ko.group(0)!r})"
        return [_flag(field, past_en.group(0), note)]
    return []


def _final_future(korean: str, joined: re.Match[str]) -> re.Match[str] | None:
    """`20일 협약을 체결하고 22일 귀국한다`: a sentence ending in the plain non-past (`-ㄴ다`,
    `-는다`) tells of what is to come, and the joined signing takes its tense. A past ending
    (`체결하고 돌아왔다`), a caption's `체결하고 있다`, a plan (`추진할 계획이다`, as often said
    after a signing done) or a day gone by (`지난 5일`) leave it a past signing."""
    final = _KO_FINAL.search(korean, joined.end())
    if final is None or _KO_BEFORE.search(korean, 0, joined.start()):
        return None
    last = final.group(1)
    plain = last == "는" or (ord(last) - 0xAC00) % 28 == 4  # 한, 간, 선: a final ㄴ
    return final if plain else None


def _polarity(field: str, english: str, korean: str) -> list[ClaimCheck]:
    """More negations in the English than in the Korean it renders (`걱정 없이 … 낮추겠다` is
    `without worrying … will lower`, not `… will not lower`)."""
    negs = list(_EN_ANY_NEG.finditer(english))
    plain = [m for m in negs if m.group(0).casefold() not in _EN_SOFT_NEG]
    if not plain or not korean.strip():
        return []
    found = _KO_ANY_NEG.findall(_KO_WHOLLY.sub(" ", korean))
    if not found:
        return [_flag(field, plain[0].group(0), "the Korean it renders negates nothing")]
    if len(negs) > len(found):
        note = f"more negations than the Korean it renders ({', '.join(map(repr, found))})"
        return [_flag(field, plain[-1].group(0), note)]
    return []


def _verb_polarity(field: str, english: str, korean: str) -> list[ClaimCheck]:
    """A headline's or title's negated verbs against every negation of the Korean it sums up:
    more of them in the English is a negation the Korean does not make."""
    negs = list(_EN_VERB_NEG.finditer(english))
    if not negs or not korean.strip():
        return []
    if len(negs) > len(_KO_ANY_NEG.findall(_KO_WHOLLY.sub(" ", korean))):
        note = "negates a verb the Korean it sums up does not negate"
        return [_flag(field, negs[-1].group(0).strip(), note)]
    return []


__all__ = ["signing_tense"]
