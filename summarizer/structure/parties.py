"""Parties to the agreement: read from the signing sentence, the header and bracketed aliases."""

from __future__ import annotations

import re

from summarizer.models import Fact, Party, Span
from summarizer.structure.lines import Mask, iter_lines, iter_sentences
from summarizer.structure.orgs import (
    Cand,
    abbreviates,
    expand_short_names,
    merge,
    parse_piece,
    pieces,
    split_outside_brackets,
    strip_legal_form,
)

_SIGN_KO = re.compile(r"체결|맺|협약식|양해각서|MOU|손[을잡]")
_AGREEMENT_KO = re.compile(r"[‘'“\"「『]|업무\s*협약|협약|양해각서|MOU|협정")
_SIGN_EN = re.compile(r"\b(?:signed|sign|signs|inked|concluded)\b")
_TOPIC = re.compile(r"(?<=[가-힣A-Za-z0-9)])(?:은|는)(?=\s)")
_SUBJ = re.compile(r"(?<=[가-힣A-Za-z0-9)])(?:이|가)(?=\s)")
_WITH = re.compile(r"(?<=[가-힣A-Za-z0-9)])(?:와|과)(?=\s)")
_LEAD = re.compile(r"^[\s□■○●◦•ㅇ▶▷◆◇\-–*]+")
_WHEN = re.compile(
    r"(?:(?:지난|오는|이날)\s*)?(?:\d{1,2}일(?:\s*\([월화수목금토일]\))?)?\s*"
    r"(?:(?:오전|오후)\s*\d{1,2}시(?:\s*\d{1,2}분)?|\d{1,2}:\d{2})?\s*,?\s*"
)
_ORG_SUFFIX = re.compile(
    r"(?:부|처|청|원|공단|공사|협회|연합회|회의소|재단|은행|기금|위원회|협의회|조합|중앙회|대학교|"
    r"병원|시|군|구|도|그룹|전자|자동차|지부|지회|본부|센터|Association|Agency|Ministry|Corporation|"
    r"Chamber|Institute|Bank|Council|Foundation|Federation|Company|Industry|Industries)$"
)
_EN_ORG = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|of|and|for|on|the|in))*?)\s*\(([A-Z][A-Za-z&-]{1,10})\)"
)
_EN_WITH = re.compile(r"\bwith\s+(?:the\s+)?([A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|for))*)")


def _korean_sentence(text: str, s: int, e: int, facts: list[Fact]) -> list[Cand]:
    sent = text[s:e]
    lead = _LEAD.match(sent)
    base = s + (lead.end() if lead else 0)
    obj = _AGREEMENT_KO.search(text, base, e)
    stop = obj.start() if obj else e
    eq = text.rfind("= ", base, stop)  # a dateline `[서울=뉴시스] 홍길동 기자 =` opens it
    if eq >= 0:
        base = eq + 2
    byline = re.match(
        r"\s*\[[^\[\]\n]{2,20}기자\]\s*", text[base:stop]
    )  # `[머니투데이 홍길동 기자]`
    if byline:
        base += byline.end()
    when = _WHEN.match(text, base, stop)  # `15일 중기부는`, `이날 오후 …`
    if when:
        base = when.end()
    topic = _TOPIC.search(text, base, stop) or _SUBJ.search(text, base, stop)
    if not topic or topic.start() - base > 250:
        return []
    found = pieces(text, base, topic.start())
    if not found:
        return []
    # partners: `…와/과` between the subject and the agreement's name, after any place or date
    w = _WITH.search(text, topic.end(), stop)
    if w:
        left = origin = topic.end()
        for m in re.finditer(r"에서\s|[,，]\s", text[origin : w.start()]):
            if m.group(0).startswith("에서") or _is_adverbial(text[left : origin + m.start()]):
                left = origin + m.end()
        for f in facts:
            if f.kind in ("date", "time") and left <= f.start and f.end <= w.start():
                left = max(left, f.end)
        found += pieces(text, left, w.start())
    return found


def _is_adverbial(chunk: str) -> bool:
    """A comma-ended chunk that is a date or time, not an organisation."""
    chunk = chunk.strip()
    return bool(re.fullmatch(r"[\d.()월화수목금토일년\s~:오전후시분이날]+", chunk))


def _english_sentence(text: str, s: int, e: int) -> list[Cand]:
    sent = text[s:e]
    m = _SIGN_EN.search(sent)
    if not m:
        return []
    found = []
    for om in _EN_ORG.finditer(sent):
        name, abbr = om.group(1), om.group(2)
        if re.search(r"memorandum|understanding|agreement", name, re.I) or abbr in ("MOU", "MOA"):
            continue
        name = re.sub(r"^.*\s[–—-]\s", "", name)
        found.append(Cand(name=name, aliases=[abbr], start=s + om.start(1), end=s + om.end(2) + 1))
    if len(found) < 2:
        # `SEOUL, March 4 (Yonhap) -- Samsung Electronics Co. signed … with Naver Corp. on …`
        head = sent[: m.start()]
        dash = max(head.rfind(" -- "), head.rfind(" – "), head.rfind(" — "), head.rfind(" - "))
        a = dash + 3 if dash >= 0 else 0
        a += len(head[a:]) - len(head[a:].lstrip())
        subj = re.match(
            r"(?:[Tt]he\s+)?([A-Z][\w&.'-]*(?:\s+(?:[A-Z][\w&.'-]*|of|and|for))*)\s*$", head[a:]
        )
        names = [c.name for c in found]
        if subj and subj.group(1) not in names and len(subj.group(1).split()) <= 8:
            found.append(
                Cand(name=subj.group(1), start=s + a + subj.start(1), end=s + a + subj.end(1))
            )
        for wm in _EN_WITH.finditer(sent):
            if not any(wm.group(1) in n or n in wm.group(1) for n in names):
                found.append(Cand(name=wm.group(1), start=s + wm.start(1), end=s + wm.end(1)))
    return found


_AGREED = re.compile(r"협약(?:을|식|서)|MOU|양해각서|memorandum|agreement", re.I)
_RELEASE_HEAD = re.compile(
    r"보\s*도\s*자\s*료|보\s*도\s*(?:시\s*점|일\s*시)|배\s*포\s*일|엠\s*바\s*고|공\s*고|press\s+release|embargo",
    re.I,
)


def _header_issuers(text: str, title: Span | None, mask: Mask) -> list[Cand]:
    """Organisation lines above the title (`중소벤처기업진흥공단`, `안산시 보도자료`, `공고` lines).

    Only a release or notice has them; a news page's menu (`경기도`) is not an issuer.
    """
    out: list[Cand] = []
    limit = title.start if title else min(len(text), 600)
    if not _RELEASE_HEAD.search(text[:limit]):
        return out
    for ln in iter_lines(text[:limit]):
        s = ln.stripped
        if not s or len(s) > 80 or mask.in_noise(ln.lstart, ln.rend) or _LEAD.match(s):
            continue
        s2 = re.sub(
            r"\s*(?:보\s*도\s*자\s*료|공고\s*제?\s*[\d\-]+호?|PRESS RELEASE)\s*$", "", s, flags=re.I
        )
        if s2 != s or _ORG_SUFFIX.search(re.sub(r"\s*\([^()]*\)$", "", s)):
            first = ln.lstart
            for x, y in split_outside_brackets(s2, r"\s*[·ㆍ,]\s*"):
                piece = s2[x:y].strip()
                if (
                    _ORG_SUFFIX.search(re.sub(r"\s*\([^()]*\)$", "", piece))
                    and len(piece.split()) <= 6
                ):
                    c = parse_piece(text, first + x, first + y)
                    if c:
                        out.append(c)
    return out


def find_parties(
    text: str,
    facts: list[Fact],
    mask: Mask,
    title: Span | None,
    contact_orgs: list[str],
    body_start: int = 0,
) -> list[Party]:
    """The organisations party to the agreement, with their aliases and heads."""
    cands: list[Cand] = []
    for s, e in iter_sentences(text, body_start):
        if mask.blocked(s, e):
            continue
        sent = text[s:e]
        if re.search(r"[가-힣]", sent) and _SIGN_KO.search(sent):
            got = _korean_sentence(text, s, e, facts)
        elif _SIGN_EN.search(sent):
            got = _english_sentence(text, s, e)
        else:
            continue
        if len(got) >= 2:
            cands = got
            break
    issuers = _header_issuers(text, title, mask)
    # without a signing sentence (a notice), the issuer and the bodies named in the contacts
    cands = cands + issuers if cands else issuers + [Cand(name=o) for o in contact_orgs]
    if not cands and _AGREED.search(text, body_start):
        # `중기부-한경협, 업무협약 체결` and a body that never names them as subjects
        cands = [Cand(name=n) for n in _short_names(text, title)]
    cands = [strip_legal_form(c) for c in cands]
    expand_short_names(text, cands)
    merged = merge(cands)
    short = _short_names(text, title)
    for c in merged:
        for s_ in short:
            fits = s_ not in c.aliases and s_ != c.name and abbreviates(s_, c.name)
            if fits and not any(abbreviates(s_, o.name) for o in merged if o is not c):
                c.aliases.append(s_)
    return [
        Party(name=c.name, aliases=c.aliases, head=c.head, start=c.start, end=c.end) for c in merged
    ]


def _short_names(text: str, title: Span | None) -> list[str]:
    """Short names in the title (`중기부-한경협`, `법무보호복지공단·중진공`) used as aliases."""
    if not title:
        return []
    head = re.split(r"[,，]|\s", title.text.strip())[0] if title.text else ""
    if not re.search(r"[-·ㆍ]", head):
        return []
    return [t for t in re.split(r"[-·ㆍ]", head) if re.fullmatch(r"[가-힣A-Za-z]{2,15}", t)]
