"""Whose is it: an alias belongs to the party it abbreviates or is declared for, a commitment
to the parties its subject names (`두 기관은 △…`, `▲ (소진공) …`, `A는 …`)."""

from __future__ import annotations

import re

from summarizer.lazy import lazy_compile
from summarizer.lexicon import SIGNING_STEMS, TITLE_WORDS, alternation, title_of
from summarizer.models import Briefing, BriefingParty, ClaimCheck, Span
from summarizer.verify import literal
from summarizer.verify.evidence import Evidence
from summarizer.verify.evidence import claim_check as _check
from summarizer.verify.evidence import key as _key
from summarizer.verify.meaning import generic_name
from summarizer.verify.roles import mentions_in, party_of
from summarizer.verify.subjects import Binding, read_binding


def _subsequence(short: str, long: str) -> bool:
    """`중기부` in `중소벤처기업부`: every letter of the short name, in order, in the long one."""
    it = iter(_key(long))
    return all(ch in it for ch in _key(short))


_STANDALONE_RE1 = lazy_compile(r"[가-힣]{1,3}")


def _standalone(ev: Evidence, alias: str) -> bool:
    """`도는 …`: the source itself uses a one-word short name (`도`, `시`, `군`) for a party."""
    word = alias.strip()
    if not _STANDALONE_RE1.fullmatch(word):
        return False
    # `도는 …`, `병원 관계자`: the word on its own, then a particle, a space or a stop.
    return literal.search(ev.text, (word,), before=_WORD_OPENS, after=_WORD_ENDS) is not None


# `(?:^|(?<=[\s"“‘(]))WORD(?:(?:는|…|도)?[\s,.])` (re.M): a short name as a word of its own.
_WORD_OPENS = re.compile(r"(?:^|(?<=[\s\"“‘(]))", re.M)
_WORD_ENDS = re.compile(r"(?:(?:는|은|가|이|와|과|의|에|를|을|도)?[\s,.])", re.M)


def _same_body(name: str, own: set[str]) -> bool:
    key = _key(name)
    return any(k and (k == key or (len(k) >= 3 and (k in key or key in k))) for k in own)


# `(이하 "ALIAS")`: what may stand between the bracket and the alias, and after the alias.
_DECLARATION = r"[(（][^)）\n]{0,30}?(?:이하\s*)?[\"'‘“]?"
_DECLARATION_END = re.compile(r"[\"'’”]?\s*[)）,]")
_BRACKET_AFTER = re.compile(r"\s*[(（]\s*")


def _declarations(text: str, alias: str) -> list[int]:
    r"""The starts of `re.finditer(_DECLARATION + re.escape(alias) + _DECLARATION_END, text)`,
    the alias found with str.find. The regex's order of trial, kept: each bracket, the words
    before the alias shortest first, `이하` taken before not, an opening quote taken before
    not; the end has one reading. An alias opening with a space (where `이하\s*` could give
    back spaces) is searched with the regex."""
    if not alias or alias[0].isspace():
        pattern = _DECLARATION + re.escape(alias) + _DECLARATION_END.pattern
        return [m.start() for m in re.finditer(pattern, text)]
    out: list[int] = []
    pos = 0
    while (start := _next_bracket(text, pos)) >= 0:
        end = _declaration_at(text, start, alias)
        if end is None:
            pos = start + 1
            continue
        out.append(start)
        pos = end
    return out


def _next_bracket(text: str, pos: int) -> int:
    found = [i for i in (text.find("(", pos), text.find("（", pos)) if i >= 0]
    return min(found) if found else -1


def _declaration_at(text: str, start: int, alias: str) -> int | None:
    for k in range(31):
        p = start + 1 + k
        if k and (p > len(text) or text[p - 1] in ")）\n"):
            return None
        heads = [p]
        if text.startswith("이하", p):
            heads.insert(0, literal.ANY_SPACE.match(text, p + 2).end())  # type: ignore[union-attr]
        for head in heads:
            for q in [head + 1, head] if text[head : head + 1] in ('"', "'", "‘", "“") else [head]:
                if text.startswith(alias, q):
                    m = _DECLARATION_END.match(text, q + len(alias))
                    if m is not None:
                        return m.end()
    return None


def _alias_brackets(text: str, alias: str) -> list[literal.Found]:
    r"""`re.finditer(rf"(?<![가-힣A-Za-z]){re.escape(alias)}\s*[(（]\s*", text)`."""
    if not alias:
        return [
            literal.Found(m.start(), m.end())
            for m in re.finditer(literal.NOT_AFTER_LETTER.pattern + _BRACKET_AFTER.pattern, text)
        ]
    return list(
        literal.finditer(text, (alias,), before=literal.NOT_AFTER_LETTER, after=_BRACKET_AFTER)
    )


def _declared_for(ev: Evidence, briefing: Briefing, alias: str) -> int | None:
    """The party whose name the text writes just before `(이하 ALIAS)` or `(ALIAS)`, or in the
    brackets right after the alias (`ALIAS(NAME, …)`)."""
    for start in _declarations(ev.text, alias):
        before = ev.text[max(0, start - 60) : start]
        best: tuple[int, int] | None = None
        for k, p in enumerate(briefing.parties):
            for name in (p.name_ko, p.name_en or ""):
                pos = before.rfind(name) if len(name) >= 2 else -1
                adjacent = pos >= 0 and pos + len(name) >= len(before) - 2
                if adjacent and (best is None or pos > best[0]):
                    best = (pos, k)
        if best is not None:
            return best[1]
    # `캠코(한국자산관리공사, 사장 …)`: the short name first, the full name in its brackets
    for m in _alias_brackets(ev.text, alias):
        inside = ev.text[m.end : m.end + 60]
        for k, p in enumerate(briefing.parties):
            if len(p.name_ko) >= 2 and _key(inside).startswith(_key(p.name_ko)):
                return k
    return None


def _shortens_ko(alias: str, party: BriefingParty) -> bool:
    return _subsequence(alias, party.name_ko)


_SHORTENS_EN_RE1 = lazy_compile(r"[a-z0-9]+")
_SHORTENS_EN_RE2 = lazy_compile(r"[A-Za-z0-9]+")


def _shortens_en(alias: str, party: BriefingParty) -> bool:
    """`Jeju University` of Jeju National University: its words in order in the English name;
    `KITA`, one capitalised word, also as the initials of the name or its abbreviation."""
    names = [n for n in (party.name_en, party.abbreviation) if n]
    words = _SHORTENS_EN_RE1.findall(alias.casefold())
    if not words or not names:
        return False
    for name in names:
        it = iter(_SHORTENS_EN_RE1.findall(name.casefold()))
        if all(w in it for w in words):
            return True
    if len(words) == 1 and alias.isupper():
        initials = "".join(w[0] for n in names for w in _SHORTENS_EN_RE2.findall(n))
        return _subsequence(alias, initials) or any(alias in n for n in names)
    return False


_CHECK_ALIASES_RE1 = lazy_compile(r"\W")


def check_aliases(ev: Evidence, briefing: Briefing, names: list[set[str]]) -> list[ClaimCheck]:
    """An alias belongs to the party the source declares it for (`이하 중기부`) or abbreviates."""
    out = []
    for i, party in enumerate(briefing.parties):
        for j, alias in enumerate(party.aliases):
            field = f"parties[{i}].aliases[{j}]"
            if generic_name(alias) and not _standalone(ev, alias):
                # `.` names nothing at all (re-asked); `재단` may be a short name (only marked).
                note = "is too short or too generic to name a body"
                empty = len(_CHECK_ALIASES_RE1.sub("", alias)) < 1
                out.append(_check(field, "alias", alias, "unsupported", note=note, hard=empty))
                continue
            owners = [
                sp for sp in ev.facts.structure.parties if _key(alias) in map(_key, sp.aliases)
            ]
            own = {_key(party.name_ko)} | {_key(a) for a in party.aliases if a != alias}
            own |= {_key(party.name_en)} if party.name_en else set()  # an English source's name
            if owners and not [sp for sp in owners if _same_body(sp.name, own)]:
                note = (
                    f"the source declares {alias!r} for {owners[0].name}, not for {party.name_ko}"
                )
                out.append(_check(field, "alias", alias, "unsupported", note=note, hard=True))
                continue
            if owners:
                continue
            declared = _declared_for(ev, briefing, alias)
            if declared is not None and declared != i:
                other = briefing.parties[declared].name_ko
                note = f"the source declares {alias!r} after {other}, not {party.name_ko}"
                out.append(_check(field, "alias", alias, "unsupported", note=note))
                continue
            if alias.isascii() and not (party.name_en or party.abbreviation):
                continue  # no English name to read an English short name against
            shortens = _shortens_en if alias.isascii() else _shortens_ko
            mine = shortens(alias, party)
            others = [
                p.name_ko for k, p in enumerate(briefing.parties)
                if k != i and shortens(alias, p)
            ]  # fmt: skip
            if not mine and others:
                note = f"abbreviates {others[0]}, not {party.name_ko}"
                out.append(_check(field, "alias", alias, "unsupported", note=note))
    return out


def check_commitment_parties(
    ev: Evidence, briefing: Briefing, c: int, span: Span | None, names: list[set[str]]
) -> list[ClaimCheck]:
    """A commitment's parties must be parties, and include the one the source makes its subject."""
    item = briefing.commitments[c]
    out = []
    claimed = []
    owners = []  # each claimed name's party (None: not a party), in the order of `out`
    for k, name in enumerate(item.parties):
        field = f"commitments[{c}].parties[{k}]"
        owner = party_of(names, name)
        owners.append(owner)
        if owner is None:
            note = "is not one of the briefing's parties"
            out.append(_check(field, "party", name, "unsupported", note=note))
        else:
            claimed.append(owner)
            out.append(
                _check(
                    field,
                    "party",
                    name,
                    "unchecked",
                    note="a party; its binding to the item is read from the source's subject only",
                )
            )
    if span is None or not claimed:
        return out
    binding = Binding()
    for at in _occurrences(ev, span):  # an item the text repeats: the first place that binds it
        binding = read_binding(ev, briefing, names, at)
        if binding.subjects or binding.joint:
            break
    subjects = binding.subjects
    field = f"commitments[{c}].parties"
    if len(subjects) == 1 and not subjects & set(claimed):
        subject = briefing.parties[next(iter(subjects))].name_ko
        note = f"the source makes {subject} the subject of this item"
        return [o.model_copy(update={"status": "unsupported", "note": note}) for o in out]
    if len(subjects) >= 2 and not subjects <= set(claimed):
        shown = ", ".join(briefing.parties[i].name_ko for i in sorted(subjects))
        note = f"the source makes {shown} together the subject of this item"
        return [_check(field, "party", ", ".join(item.parties), "unsupported", note=note), *out]
    if subjects and subjects & set(claimed):
        return _bound_to(out, owners, subjects, briefing, _named_near(ev, span, names))
    everyone = set(range(len(briefing.parties)))
    if binding.joint and len(everyone) >= 2:
        if set(claimed) >= everyone:
            return [_bound(o) for o in out]
        note = f"the source gives this item to all parties ({binding.joint!r})"
        return [
            _check(field, "party", ", ".join(item.parties), "unsupported", note=note),
            *out,
        ]
    return out


def _occurrences(ev: Evidence, span: Span) -> list[Span]:
    """The grounded span, then every other place the source writes the same text."""
    out = [span]
    pos = ev.text.find(span.text)
    while pos >= 0 and span.text.strip():
        if pos != span.start:
            out.append(Span(text=span.text, start=pos, end=pos + len(span.text)))
        pos = ev.text.find(span.text, pos + 1)
    return out


def _bound_to(
    out: list[ClaimCheck],
    owners: list[int | None],
    subjects: set[int],
    briefing: Briefing,
    near: set[int],
) -> list[ClaimCheck]:
    """Confirm the claimed parties the source makes the subject; an extra party is not confirmed.

    Over-binding (a supplier's pledge given to both signers, every item to all parties) is a
    common slip: the subject binds its own party only, so a party beyond it gets a soft notice
    (`unverified`), never a silent pass. A party the item's paragraph (or the one before) names
    is left as it was: the subject reader may have kept one name of a listed subject
    (`A와 B, C는 …`) or missed a partner (`A는 B와 함께 …`), and the item may be shared.
    """
    shown = ", ".join(briefing.parties[i].name_ko for i in sorted(subjects))
    note = f"the source makes only {shown} the subject of this item"
    result = []
    for check, owner in zip(out, owners, strict=True):
        if owner is None or owner in subjects or owner in near:
            result.append(_bound(check))
        else:
            result.append(check.model_copy(update={"status": "unverified", "note": note}))
    return result


# `B는 `, `B가 `: a party as the subject of a clause of its own (`A는 …하고, B는 …한다`).
_OWN_TOPIC = re.compile(r"(?:은|는|이|가)\s")
# `A와 B는`, `A, B, C는`: B is one name of a listed subject, not a clause of its own (a comma
# joins names only right after a name: `…제공하고, B는` starts B's own clause).
_JOINED = re.compile(r"(?:와|과|및)\s*$")
_LIST_MARK = re.compile(r"[,ㆍ·、]\s*$")


_SENTENCE_RE1 = lazy_compile(r"[.!?。]\s")


def _sentence(text: str, span: Span, lo: int, hi: int) -> str:
    """The sentence of `text[lo:hi]` (one paragraph) the span sits in, through the span's end."""
    ends = [m.end() for m in _SENTENCE_RE1.finditer(text[lo : span.start])]
    start = lo + (ends[-1] if ends else 0)
    stop = text.find(".", span.end, hi)
    return text[start : stop if stop >= 0 else hi]


# `삼육가람병원 응급실에 핫라인을 설치한다`, `누리경찰서 직원과 가족에게`: a party's name before
# a plain noun of the clause (the place or people an item serves) is no agent of the item; its
# head (`누리시 김바다 시장과`), `등`, `측` or `관계자` after the name still are.
_AFTER_NAME = re.compile(r"[ \t]+([가-힣]+)")
_AGENT_WORDS = ("등", "측", "관계자", "양", "간")


def _modifies(text: str, end: int) -> bool:
    m = _AFTER_NAME.match(text, end)
    if m is None:
        return False
    word = m.group(1)
    if word.startswith(_AGENT_WORDS) or title_of(word) is not None:
        return False
    return _HEAD_AFTER.match(text, end) is None


_HEAD_AFTER = re.compile(r"[ \t]+[가-힣]{2,4}[ \t]*(?:" + alternation(TITLE_WORDS) + r")")


def _named_near(ev: Evidence, span: Span, names: list[set[str]]) -> set[int]:
    """The parties named in the item's paragraph (up to the item's line end) or the one before,
    except a party the item's sentence makes the subject of a clause of its own: then the item,
    whose subject is another party, is not its (`A는 [item]하고, B는 …한다`). Only that
    sentence: the one before is often the signing sentence (`A가 B와 협약을 맺었다.`)."""
    line_start = ev.text.rfind("\n", 0, span.start) + 1
    lo = ev.text[:line_start].rstrip().rfind("\n") + 1
    hi = ev.text.find("\n", span.end)
    line = _sentence(ev.text, span, line_start, hi if hi >= 0 else len(ev.text))
    window = ev.text[lo : hi if hi >= 0 else len(ev.text)]
    item_lo = max(ev.text.find(line, line_start), line_start) - lo  # the item's sentence
    named = set()
    for piece in _SENTENCES.finditer(window):
        sentence = piece.group(0)
        if piece.start() < span.end - lo and item_lo < piece.end():
            named |= {
                m.party for m in mentions_in(sentence, names) if not _modifies(sentence, m.end)
            }
        else:
            named |= _partners(sentence, names)
    found = mentions_in(line, names)
    ends = {m.end for m in found}

    def joined(start: int) -> bool:
        mark = _LIST_MARK.search(line[:start])
        return bool(_JOINED.search(line[:start])) or (mark is not None and mark.start() in ends)

    own = {m.party for m in found if _OWN_TOPIC.match(line, m.end) and not joined(m.start)}
    return named - own


# a sentence of the item's window (the item's own is checked as a whole)
_SENTENCES = re.compile(r"(?:[^.!?。\n]|\.(?=\d))+(?:[.!?。]+|$)", re.M)
# a sentence about the agreement (`A는 B와 협약을 맺었다`, `이번 협약에 따라 A는 B와 함께`):
# the parties it names may share the item, whatever their place in it
_SIGNING = re.compile(alternation(("협약", "MOU", "양해각서", *SIGNING_STEMS)))


def _partners(sentence: str, names: list[set[str]]) -> set[int]:
    """The parties another sentence of the item's window names as possible partners of the
    item: any a sentence about the agreement names; elsewhere not one named as the subject of
    a clause of its own (`B는 … 설치한다.` before `A는 …을 제공한다`: each side's share, as in
    `A는 …을, B는 …을`)."""
    found = mentions_in(sentence, names)
    if _SIGNING.search(sentence):
        return {m.party for m in found if not _modifies(sentence, m.end)}
    ends = {m.end for m in found}

    def joined(start: int) -> bool:
        mark = _LIST_MARK.search(sentence[:start])
        return bool(_JOINED.search(sentence[:start])) or (mark is not None and mark.start() in ends)

    return {
        m.party
        for m in found
        if not _modifies(sentence, m.end)
        and not (_OWN_TOPIC.match(sentence, m.end) and not joined(m.start))
    }


def _bound(check: ClaimCheck) -> ClaimCheck:
    if check.status != "unchecked":
        return check
    return check.model_copy(update={"status": "exact", "note": None})


__all__ = ["check_aliases", "check_commitment_parties"]
