"""Direct quotations and their speakers: `홍길동 OO부 장관은 “…”이라며 “…”고 말했다`, `"…," Kim said`."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.models import Party, Quote
from summarizer.structure.lines import Mask, iter_lines

_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』"}
_KO_TAIL = re.compile(
    r"^[.,]?\s*(?:이?라(?:며|면서|고)|며|면서|고)(?=[\s,.]|$)"
    r"|^\s*(?:이?라?는|이?란)\s*(?:뜻|입장|포부|의지|소감|각오|말|당부|바람)"
)
_EN_SPEECH = r"(?:said|says|added|noted|stressed|explained|remarked|commented)"
_EN_TAIL = re.compile(
    r"^\s*(?:(?P<n1>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})\s+"
    + _EN_SPEECH
    + r"|"
    + _EN_SPEECH
    + r"\s+(?P<n2>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3}))"
)
_EN_BEFORE = re.compile(
    r"(?:(?P<n>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,3})|^\s*(?P<m>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){1,3}),"
    r"[^\"“]{0,120},)\s+" + _EN_SPEECH + r",?\s*:?\s*$"
)
_KO_TOPIC = re.compile(r"(?:은|는|이|가|도)\s*,?\s*$")
_KO_AFTER = re.compile(
    r"^[.,]?\s*(?:이?라고|고)\s+(?P<phrase>(?:\S+\s+){0,4}?\S+?)(?:은|는|이|가)\s+(?:\S+\s+){0,2}?"
    r"(?:말했다|밝혔다|강조했다|전했다|했다|덧붙였다|설명했다)"
)
_NOT_NAME = re.compile(
    r"^(?:이날|한편|또한|특히|이어|아울러|이에|앞서|끝으로|마지막으로|또|그는|그녀는|이번|현장|당시|행사|협약식|올해|기념사)$"
)
_ORG_END = re.compile(
    r"(?:부|처|청|원|공단|공사|협회|회의소|연합회|재단|은행|기금|위원회|센터|시|군|도|구|공|사)$"
)
_STRONG_ORG_END = re.compile(
    r"(?:부|처|청|공단|공사|협회|은행|재단|회의소|위원회|센터|연합회|중앙회|그룹|기금)$"
)
_TITLE_END = re.compile(r"(?:[장관사원표수리무재인님씨]|대표이사|CEO|위원|의원|이사)$")
_PRONOUN = re.compile(r"^(?:그|그녀|He|She|They)$")


@dataclass
class _Seg:
    open: int  # offset of the opening mark
    close: int  # offset of the closing mark


def _segments(text: str) -> list[_Seg]:
    """Quoted stretches; a curly quote may run over a line break (not a blank line).

    A quote nested in another is left out.
    """
    segs: list[_Seg] = []
    resume = 0
    for ln in iter_lines(text):
        s, base = ln.text, ln.start
        i = max(0, resume - base)
        while i < len(s):
            ch = s[i]
            close = None
            if ch in _PAIRS:
                close = s.find(_PAIRS[ch], i + 1)
                if close < 0 and ch == "“":
                    close = _close_below(text, base + i, _PAIRS[ch]) - base
            elif ch == '"':
                close = s.find('"', i + 1)
            elif ch == "'" and (i == 0 or not s[i - 1].isalnum()):
                j = s.find("'", i + 1)
                close = j if j > 0 and re.search(r"[가-힣]", s[i:j]) else None
            if close is not None and close > i + 1:
                segs.append(_Seg(base + i, base + close))
                resume = base + close + 1
                if close >= len(s):
                    break
                i = close + 1
            else:
                i += 1
    return segs


def _close_below(text: str, open_at: int, mark: str) -> int:
    """The closing mark on a following line of the same paragraph, or -1."""
    limit = min(len(text), open_at + 600)
    blank = re.compile(r"\n[ \t\r]*\n").search(text, open_at, limit)
    end = blank.start() if blank else limit
    pos = text.find(mark, open_at + 1, end)
    return pos if pos > 0 and text.find("“", open_at + 1, pos) < 0 else -1


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` begins: after a line break or a `다.` outside quotes."""
    line_start = max(text.rfind("\n", 0, pos), text.rfind("\r", 0, pos)) + 1
    best = line_start
    for m in re.finditer(r"(?<=[다요])\.\s*|[.!?]\s+(?=[A-Z\"“])", text[line_start:pos]):
        best = line_start + m.end()
    return best


_EN_TITLE = re.compile(
    r"^(?:(?:Vice|Deputy|First|Senior|Executive)\s+)*(?:Minister|Chairman|Chairwoman|Chair|President|"
    r"CEO|Director|Commissioner|Governor|Mayor|Ambassador|Secretary|Administrator|Chief\s+Executive|"
    r"Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?|Professor)\s+"
)


def _english_who(text: str, who: str) -> tuple[str, str | None]:
    """(`Kang Do-hyung`, `Minister`) from `Minister Kang Do-hyung`; short names made full."""
    m = _EN_TITLE.match(who)
    title = m.group(0).strip() if m else None
    name = who[m.end() :] if m else who
    inner = list(
        re.finditer(
            r"\b(?:CEO|Chairman|Chairwoman|President|Minister|Director|Governor|Mayor)\s+", name
        )
    )
    if inner:  # `Naver CEO Choi Soo-yeon`
        title = inner[-1].group(0).strip()
        name = name[inner[-1].end() :]
    return _full_english_name(text, name), title


def _full_english_name(text: str, short: str) -> str:
    """`Kim` -> `Kim Do-hyun` when the text names the person in full somewhere."""
    m = re.search(r"\b" + re.escape(short) + r"(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,2}\b", text)
    if m:
        return m.group(0)
    if " " in short:
        return short
    m = re.search(r"\b[A-Z][a-z]+\s+" + re.escape(short) + r"\b", text)
    if m and not _EN_TITLE.match(m.group(0)):
        return m.group(0)
    return short


def _org_of(token: str, parties: list[Party]) -> Party | None:
    """The party `token` names: its name, an alias, or a clipped form (`아주대` for `아주대학교`)."""
    t = re.sub(r"\s+", "", token)
    for p in parties:
        names = [re.sub(r"\s+", "", n) for n in [p.name, *p.aliases]]
        if t in names:
            return p
    for p in parties:
        if len(t) >= 3 and re.sub(r"\s+", "", p.name).startswith(t):
            return p
    return None


def _org_like(tok: str, parties: list[Party]) -> bool:
    """`중기부`, `한국경제인협회`, `안산시청`: an organisation, not a person."""
    if _org_of(tok, parties) or re.search(r"[A-Za-z0-9]", tok):
        return True
    if len(tok) >= 3 and _STRONG_ORG_END.search(tok):
        return True
    return len(tok) >= 4 and _ORG_END.search(tok) is not None


def _korean_speaker(phrase: str, parties: list[Party]) -> tuple[str | None, str | None, str | None]:
    """(name, title, org) from `오영주 중기부 장관` / `중기부 오영주 장관` / `정민호 안산시장`."""
    tokens = [t for t in re.sub(r"\([^()]*\)", " ", phrase).split() if t][-6:]
    if not tokens:
        return None, None, None
    title = tokens[-1]
    if len(tokens) >= 2 and not _TITLE_END.search(title):
        return None, None, None  # `업계 관계자`: nobody the release names
    for k in range(len(tokens) - 1):
        tok = tokens[k]
        if (
            re.fullmatch(r"[가-힣]{2,4}", tok)
            and not _NOT_NAME.match(tok)
            and not _org_like(tok, parties)
        ):
            org_tokens = [t for i, t in enumerate(tokens[:-1]) if i != k and _org_like(t, parties)]
            org = " ".join(org_tokens) or None
            return tok, title, _resolve_org(org, title, parties)
    if len(tokens) == 1 and _PRONOUN.match(title):
        return None, None, None
    if len(tokens) >= 2 and re.fullmatch(r"[가-힣]", tokens[-2]):
        return tokens[-2], title, None  # `박 이사장`: a surname, made full by the caller
    # no name: `중기부 장관` -> the head the party's bracket gave (`장관 오영주`)
    org = " ".join(tokens[:-1]) or None
    party = _org_of(org, parties) if org else None
    if party and party.head and party.head.split()[0] == title:
        return party.head.split()[-1], title, party.name
    return None, title, _resolve_org(org, title, parties)


def _full_korean_name(text: str, upto: int, surname: str, title: str) -> str:
    """`박` + `이사장` -> `박세웅` from an earlier `박세웅 중기중앙회 회장 …이사장` mention."""
    pat = re.compile(
        re.escape(surname) + r"[가-힣]{1,3}(?=\s+(?:\S+\s+){0,2}?\S*" + re.escape(title) + ")"
    )
    found = pat.findall(text[:upto])
    return found[-1] if found else surname


def _topic_phrase(before: str, parties: list[Party]) -> str | None:
    """`홍길동 장관은 이날 축사에서 ` -> `홍길동 장관`: the words up to the topic marker."""
    if _KO_TOPIC.search(before):
        return _KO_TOPIC.sub("", before)
    tokens = before.split()
    for i, tok in enumerate(tokens[:8]):
        if i >= 1 and len(tok) >= 2 and tok[-1] in "은는도":
            phrase = " ".join([*tokens[:i], tok[:-1]])
            if _korean_speaker(phrase, parties)[0]:
                return phrase
    return None


def _resolve_org(org: str | None, title: str, parties: list[Party]) -> str | None:
    if org:
        p = _org_of(org, parties)
        return p.name if p else org
    for p in parties:  # `안산시장`: the title begins with the party's name
        for n in [p.name, *p.aliases]:
            if n and title.startswith(n) and len(title) > len(n):
                return p.name
    return None


def find_quotes(text: str, mask: Mask, parties: list[Party]) -> list[Quote]:
    """One entry per speaker statement, holding the first quoted segment."""
    out: list[Quote] = []
    seen: set[tuple[str | None, str]] = set()
    prev: _Seg | None = None
    prev_speaker: tuple[str | None, str | None, str | None] | None = None
    for seg in _segments(text):
        inner_s, inner_e = seg.open + 1, seg.close
        body = text[inner_s:inner_e]
        tail = text[seg.close + 1 : seg.close + 60]
        tail = re.split(r"[\r\n]", tail)[0]
        start = _sentence_start(text, seg.open)
        before = text[start : seg.open]
        if prev is not None and prev.close >= start:
            between = text[prev.close + 1 : seg.open]
            if re.fullmatch(r"[.,]?\s*(?:이?라(?:며|면서|고)|며|면서|고)?\s*,?\s*", between):
                prev = seg  # `…”이라며 “…`: the same statement goes on
                continue
            before = between
        en_tail = _EN_TAIL.match(tail)
        en_before = _EN_BEFORE.search(before)
        ko_speech = bool(_KO_TAIL.match(tail)) and bool(re.search(r"[가-힣]", body))
        if not (
            ko_speech or en_tail or en_before or ('"' in text[seg.open] and _ends_speech(body))
        ):
            continue
        if len(body.strip()) < 8 or " " not in body.strip():
            continue  # a short quoted phrase is a name or a term, not speech
        speaker: tuple[str | None, str | None, str | None] = (None, None, None)
        if en_before or en_tail:
            who = (
                (en_before.group("n") or en_before.group("m"))
                if en_before
                else (en_tail.group("n1") or en_tail.group("n2"))  # type: ignore[union-attr]
            )
            name, title = _english_who(text, who)
            speaker = (name, title, None)
            if _PRONOUN.match(who) and prev_speaker:
                speaker = prev_speaker  # `He said, "…"`
        elif (topic := _topic_phrase(before, parties)) is not None:
            phrase = re.sub(r"^[\s□■○●◦•ㅇ▶▷◆◇\-–*]+", "", topic)
            speaker = _korean_speaker(phrase, parties)
            if speaker[0] is None and speaker[1] is None and prev_speaker:
                speaker = prev_speaker  # `그는 “…`
        else:
            m = _KO_AFTER.match(text[seg.close + 1 : seg.close + 120])
            if m:
                speaker = _korean_speaker(m.group("phrase"), parties)
            elif prev is not None and not before.strip() and prev_speaker:
                prev = seg  # an English follow-up sentence from the same speaker
                continue
        prev = seg
        if speaker == (None, None, None):
            continue
        if speaker[0] and len(speaker[0]) == 1 and speaker[1]:
            speaker = (_full_korean_name(text, seg.open, speaker[0], speaker[1]), *speaker[1:])
        prev_speaker = speaker
        if mask.blocked(inner_s, inner_e):
            continue
        key = (speaker[0], re.sub(r"\s+", "", body))
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


def _ends_speech(body: str) -> bool:
    return bool(re.search(r"[.,!?]\s*$", body)) and len(body.split()) >= 4
