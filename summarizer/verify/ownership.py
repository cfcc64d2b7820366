"""Whose is it: an alias belongs to the party it abbreviates or is declared for, a commitment
to the parties its subject names (`두 기관은 △…`, `▲ (소진공) …`, `A는 …`)."""

from __future__ import annotations

import re

from summarizer.models import Briefing, ClaimCheck, Span
from summarizer.verify.evidence import Evidence
from summarizer.verify.meaning import generic_name
from summarizer.verify.roles import _check, _key, party_of


def _subsequence(short: str, long: str) -> bool:
    """`중기부` in `중소벤처기업부`: every letter of the short name, in order, in the long one."""
    it = iter(_key(long))
    return all(ch in it for ch in _key(short))


def _standalone(ev: Evidence, alias: str) -> bool:
    """`도는 …`: the source itself uses a one-word short name (`도`, `시`, `군`) for a party."""
    word = alias.strip()
    if not re.fullmatch(r"[가-힣]{1,3}", word):
        return False
    # `도는 …`, `병원 관계자`: the word on its own, then a particle, a space or a stop.
    pattern = (
        rf"(?:^|(?<=[\s\"“‘(]))({re.escape(word)})(?:(?:는|은|가|이|와|과|의|에|를|을|도)?[\s,.])"
    )
    return re.search(pattern, ev.text, re.M) is not None


def _same_body(name: str, own: set[str]) -> bool:
    key = _key(name)
    return any(k and (k == key or (len(k) >= 3 and (k in key or key in k))) for k in own)


def _declared_for(ev: Evidence, briefing: Briefing, alias: str) -> int | None:
    """The party whose name the text writes just before `(이하 ALIAS)` or `(ALIAS)`."""
    pattern = rf"[(（][^)）\n]{{0,30}}?(?:이하\s*)?[\"'‘“]?{re.escape(alias)}[\"'’”]?\s*[)）,]"
    for m in re.finditer(pattern, ev.text):
        before = ev.text[max(0, m.start() - 60) : m.start()]
        best: tuple[int, int] | None = None
        for k, p in enumerate(briefing.parties):
            for name in (p.name_ko, p.name_en or ""):
                pos = before.rfind(name) if len(name) >= 2 else -1
                adjacent = pos >= 0 and pos + len(name) >= len(before) - 2
                if adjacent and (best is None or pos > best[0]):
                    best = (pos, k)
        if best is not None:
            return best[1]
    return None


def check_aliases(ev: Evidence, briefing: Briefing, names: list[set[str]]) -> list[ClaimCheck]:
    """An alias belongs to the party the source declares it for (`이하 중기부`) or abbreviates."""
    out = []
    for i, party in enumerate(briefing.parties):
        for j, alias in enumerate(party.aliases):
            field = f"parties[{i}].aliases[{j}]"
            if generic_name(alias) and not _standalone(ev, alias):
                # `.` names nothing at all (re-asked); `재단` may be a short name (only marked).
                note = "is too short or too generic to name a body"
                empty = len(re.sub(r"\W", "", alias)) < 1
                out.append(_check(field, "alias", alias, "unsupported", note=note, hard=empty))
                continue
            owners = [
                sp for sp in ev.facts.structure.parties if _key(alias) in map(_key, sp.aliases)
            ]
            own = {_key(party.name_ko)} | {_key(a) for a in party.aliases if a != alias}
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
            if alias.isascii():
                continue
            mine = _subsequence(alias, party.name_ko)
            others = [
                p.name_ko for k, p in enumerate(briefing.parties)
                if k != i and _subsequence(alias, p.name_ko)
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
    for k, name in enumerate(item.parties):
        field = f"commitments[{c}].parties[{k}]"
        owner = party_of(names, name)
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
    line_start = ev.text.rfind("\n", 0, span.start) + 1
    prefix = ev.text[max(line_start, span.start - 60) : span.start]
    # The item's own clause: after the last `-고`, `-며` or comma before it, plus its first words.
    clause = (
        re.split(r"(?:고|며|서)\s|[,，;]\s*", prefix)[-1] + ev.text[span.start : span.start + 30]
    )
    # Names, and one-syllable short names the briefing gives (`도는 …`), as a clause's subject.
    short = [{a for a in p.aliases if len(a.strip()) == 1} for p in briefing.parties]
    subjects = {
        i for i, group in enumerate(names)
        for n in group | short[i]
        if re.search(r"(?<![가-힣A-Za-z])" + re.escape(n) + r"\s*(?:은|는|이|가|측은|측이)\s", clause)
    }  # fmt: skip
    # `두 기관은 ETRI가 개발한 …`: a joint topic of the sentence outranks a subject inside the item.
    topics = re.findall(r"((?:\S+\s+)?\S+)(?:은|는)\s", ev.text[line_start : span.start])
    if topics and _JOINT_TOPIC.search(topics[-1]):
        subjects = set()
    # `서울대학교병원과 제일병원, 새통영병원, 고창종합병원은 △…`: a subject naming several parties.
    # The sentence's subject (`강경화 장관과 이시종 지사는 … 체결하고 [item]`) when the clause has none.
    sentence = re.split(r"[.。]\s", ev.text[line_start : span.start])[-1]
    for part in (clause, sentence if not subjects else ""):
        listed = re.search(r"([^.。\n]*?)(?:은|는|이|가)\s", part)
        if listed is None:
            continue
        named = {i for i, group in enumerate(names) for n in group if n in listed.group(1)}
        named |= {
            i for i, p in enumerate(briefing.parties)
            if p.signatory and len(p.signatory) >= 2 and p.signatory in listed.group(1)
        }  # fmt: skip
        if len(named) >= 2:
            subjects = named
            break
    # `A는 B와 업무협약을 맺고, [item]`: the item follows the signing of both.
    if not subjects and _SIGNED_WITH.search(sentence):
        both = {
            i for i, group in enumerate(names) for n in group
            if re.search(re.escape(n) + r"\s*(?:은|는|이|가|와|과)\s", sentence)
        }  # fmt: skip
        if len(both) >= 2:
            subjects = both
    line = ev.text[line_start : span.end]
    if bracket := _BRACKET_SUBJECT.match(line):
        owner = party_of(names, bracket.group(1))
        subjects = {owner} if owner is not None else subjects
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
        return [_bound(o) for o in out]
    joint = _joint_intro(ev, span, line_start)
    topic = re.findall(r"((?:\S+\s+)?\S+)(?:은|는)\s", ev.text[line_start : span.start])
    if joint and topic and not _JOINT_TOPIC.search(topic[-1]):
        joint = None  # `이번 협약으로 도는 …`: the clause has its own subject, unknown to us
    everyone = set(range(len(briefing.parties)))
    if joint and not subjects and len(everyone) >= 2:
        if set(claimed) >= everyone:
            return [_bound(o) for o in out]
        note = f"the source gives this item to all parties ({joint.group(0)!r})"
        return [
            _check(field, "party", ", ".join(item.parties), "unsupported", note=note),
            *out,
        ]
    return out


# `▲ (소진공) 공동브랜드 …`: the item names its party in a bracket.
_BRACKET_SUBJECT = re.compile(r"^\s*[▲△○□■◆◇•·\-ㅇ*①-⑳❶-❿]*\s*[(（]([^)）]{2,20})[)）]")
# Words that make the items after them joint: `두 기관은`, `양측은`, `the two parties`.
_JOINT = re.compile(
    r"(?:양|두|세|네|다섯|여섯|각|협약|모든|\d+\s*개)\s*(?:기관|측|사|부처|대학|지자체|자치단체|단체|공단|은행|국|나라)"
    r"|양국|협약서(?:는|에는)"
    r"|양측|양사|쌍방|상호\s*협력|협약(?:에\s*따라|을\s*통해|으로|에는|서에는|\s*(?:주요\s*)?내용)"
    r"|(?:under|through) (?:the|this) (?:agreement|MOU|memorandum)|(?:both|the (?:two|three|four|five)) (?:parties|sides|institutions|organi[sz]ations|agencies|countries|governments|ministries|cities)",
    re.I,
)


_BULLET = re.compile(r"^\s*[▲△○□■◆◇•·\-ㅇ*①-⑳❶-❿]")


def _joint_intro(ev: Evidence, span: Span, line_start: int) -> re.Match[str] | None:
    """`두 기관은 △… △…`: a joint subject on the item's line, or introducing its bullet list.

    Failing those, the document's one joint list introduction (`양 기관은 … △`), when the item
    is a bullet of an annex that repeats the list.
    """
    same = _JOINT.search(ev.text[line_start : span.start])
    if same:
        return same
    line = ev.text[line_start : span.end]
    if not _BULLET.match(line):
        return None
    prev_end = line_start - 1
    while prev_end > 0:
        prev_start = ev.text.rfind("\n", 0, prev_end) + 1
        prev = ev.text[prev_start:prev_end]
        if prev.strip() and (not _BULLET.match(prev) or prev.lstrip().startswith("□")):
            return _JOINT.search(prev)
        prev_end = prev_start - 1
    return None


_SIGNED_WITH = re.compile(
    r"(?:협약|양해각서|MOU|협정)[^.\n]{0,12}(?:맺고|체결하고|맺어|체결해)\s*,?\s*$"
)
_JOINT_TOPIC = re.compile(
    r"(?:양|두|세|네|다섯|각|협약|모든|\d+\s*개)\s*(?:기관|측|사|부처|대학|지자체|자치단체|단체|공단|은행|국|나라)들?$"
    r"|협약\s*(?:주요\s*)?내용$"
    r"|(?:양측|양사|쌍방|양국|협약서)$"
)


def _bound(check: ClaimCheck) -> ClaimCheck:
    if check.status != "unchecked":
        return check
    return check.model_copy(update={"status": "exact", "note": None})


__all__ = ["check_aliases", "check_commitment_parties"]
