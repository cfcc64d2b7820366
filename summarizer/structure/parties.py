"""Parties to the agreement: read from the signing sentence, the header and bracketed aliases."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from summarizer.models import Fact, Party, Span
from summarizer.structure.lines import Mask, iter_lines, iter_sentences

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
_SOME_MORE = re.compile(r"\s*등\s*(?:\d+\s*개|[가-힣]\s*개)?\s*(?:기관|단체|기업|사|곳)?$")
_BRANCH = re.compile(
    r"(?:지부|지회|지사|본부|지역본부|지점|사업소|지청|분원|캠퍼스|사무소|지원단|센터)$"
)
_ORG_SUFFIX = re.compile(
    r"(?:부|처|청|원|공단|공사|협회|연합회|회의소|재단|은행|기금|위원회|협의회|조합|중앙회|대학교|"
    r"병원|시|군|구|도|그룹|전자|자동차|지부|지회|본부|센터|Association|Agency|Ministry|Corporation|"
    r"Chamber|Institute|Bank|Council|Foundation|Federation|Company|Industry|Industries)$"
)
_PERSONAL = re.compile(r"^([가-힣A-Za-z]{1,10})\s+([가-힣]{2,4})$")
_NOT_ORG = re.compile(
    r"^(?:이번|이|두|세|네|양|각|해당|협약|본|당|이날|그|동|같은|올해|지난|오는)\b|\d"
)
_EN_ORG = re.compile(
    r"(?:[Tt]he\s+)?((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|of|and|for|on|the|in))*?)\s*\(([A-Z][A-Za-z&-]{1,10})\)"
)
_EN_WITH = re.compile(r"\bwith\s+(?:the\s+)?([A-Z][\w&'.-]*(?:\s+(?:[A-Z][\w&'.-]*|of|and|for))*)")


@dataclass
class _Cand:
    name: str
    aliases: list[str] = field(default_factory=list)
    head: str | None = None
    start: int | None = None
    end: int | None = None

    def keys(self) -> set[str]:
        return {_key(n) for n in [self.name, *self.aliases] if n}


def _key(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _split_outside_brackets(
    s: str, seps: str = r",\s*|\s*[·ㆍ]\s*|\s+및\s+|(?<=[가-힣)])(?:와|과)\s+"
) -> list[tuple[int, int]]:
    """Pieces of `s` separated by commas, middle dots, 및 or 와/과, ignoring those inside brackets."""
    depth, out, pos = 0, [], 0
    i = 0
    while i < len(s):
        ch = s[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = re.compile(seps).match(s, i)
            if m and m.end() > i:
                out.append((pos, i))
                pos = i = m.end()
                continue
        i += 1
    out.append((pos, len(s)))
    return [(a, b) for a, b in out if s[a:b].strip()]


def _parse_piece(text: str, start: int, end: int) -> _Cand | None:
    """`중소벤처기업부(장관 오영주, 이하 중기부)` or `A(이하 B) 지부` as a candidate party."""
    piece = text[start:end]
    lead = len(piece) - len(piece.lstrip())
    piece = piece.strip()
    start += lead
    aliases: list[str] = []
    head = None
    for m in re.finditer(r"\(([^()]{1,60})\)", piece):
        for item in re.split(r"\s*,\s*", m.group(1)):
            item = item.strip()
            am = re.match(r"^(?:이하|약칭|약어)\s*[:：]?\s*[‘'\"“]?([^’'\"”]+?)[’'\"”]?$", item)
            if am:
                aliases.append(am.group(1).strip())
            elif _PERSONAL.match(item):
                head = item
            elif re.fullmatch(r"[가-힣A-Za-z0-9&\-]{2,15}", item) and not re.fullmatch(
                r"[가-힣]{1,3}장", item
            ):
                aliases.append(item)
    name = _SOME_MORE.sub("", re.sub(r"\s*\([^()]*\)\s*", " ", piece))
    name = re.sub(r"\s+", " ", name).strip(" ,·")
    name = re.sub(r"^(?:[Tt]he)\s+", "", name)
    if not name or len(name) > 50 or _NOT_ORG.match(name) or len(name.split()) > 5:
        return None
    if re.search(r"(?:에서|으로|하고|하며|했다|한다|위해|위한)$", name):
        return None
    if " " in name and _BRANCH.search(name):
        base = name.split(" ")[0]
        if base not in aliases:
            aliases.append(base)
    return _Cand(name=name, aliases=aliases, head=head, start=start, end=start + len(piece))


_CLAUSE_WORD = re.compile(r"\S*(?:[을를의에로며고인된한]|위해|위한|함께|통해|대해)$")


def _pieces(text: str, a: int, b: int) -> list[_Cand]:
    out = []
    for x, y in _split_outside_brackets(text[a:b]):
        # `…돕기 위해 중소벤처기업진흥공단(중진공)`, `국내 최대 경제단체인 한국경제인협회`:
        # keep the words after the last clause word
        masked = re.sub(r"\([^()]*\)", lambda m: "_" * len(m.group(0)), text[a + x : a + y])
        words = list(re.finditer(r"\S+", masked))
        cut = max((w.end() for w in words[:-1] if _CLAUSE_WORD.match(w.group(0))), default=0)
        c = _parse_piece(text, a + x + cut, a + y)
        if c:
            out.append(c)
    return out


def _korean_sentence(text: str, s: int, e: int, facts: list[Fact]) -> list[_Cand]:
    sent = text[s:e]
    lead = _LEAD.match(sent)
    base = s + (lead.end() if lead else 0)
    obj = _AGREEMENT_KO.search(text, base, e)
    stop = obj.start() if obj else e
    eq = text.rfind("= ", base, stop)  # a dateline `[서울=뉴시스] 홍길동 기자 =` opens it
    if eq >= 0:
        base = eq + 2
    when = _WHEN.match(text, base, stop)  # `15일 중기부는`, `이날 오후 …`
    if when:
        base = when.end()
    topic = _TOPIC.search(text, base, stop) or _SUBJ.search(text, base, stop)
    if not topic or topic.start() - base > 250:
        return []
    found = _pieces(text, base, topic.start())
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
        found += _pieces(text, left, w.start())
    return found


def _is_adverbial(chunk: str) -> bool:
    """A comma-ended chunk that is a date or time, not an organisation."""
    chunk = chunk.strip()
    return bool(re.fullmatch(r"[\d.()월화수목금토일년\s~:오전후시분이날]+", chunk))


def _english_sentence(text: str, s: int, e: int) -> list[_Cand]:
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
        found.append(_Cand(name=name, aliases=[abbr], start=s + om.start(1), end=s + om.end(2) + 1))
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
                _Cand(name=subj.group(1), start=s + a + subj.start(1), end=s + a + subj.end(1))
            )
        for wm in _EN_WITH.finditer(sent):
            if not any(wm.group(1) in n or n in wm.group(1) for n in names):
                found.append(_Cand(name=wm.group(1), start=s + wm.start(1), end=s + wm.end(1)))
    return found


_RELEASE_HEAD = re.compile(
    r"보\s*도\s*자\s*료|보\s*도\s*(?:시\s*점|일\s*시)|배\s*포\s*일|엠\s*바\s*고|공\s*고|press\s+release|embargo",
    re.I,
)


def _header_issuers(text: str, title: Span | None, mask: Mask) -> list[_Cand]:
    """Organisation lines above the title (`중소벤처기업진흥공단`, `안산시 보도자료`, `공고` lines).

    Only a release or notice has them; a news page's menu (`경기도`) is not an issuer.
    """
    out: list[_Cand] = []
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
            for x, y in _split_outside_brackets(s2, r"\s*[·ㆍ,]\s*"):
                piece = s2[x:y].strip()
                if (
                    _ORG_SUFFIX.search(re.sub(r"\s*\([^()]*\)$", "", piece))
                    and len(piece.split()) <= 6
                ):
                    c = _parse_piece(text, first + x, first + y)
                    if c:
                        out.append(c)
    return out


def _merge(cands: list[_Cand]) -> list[_Cand]:
    out: list[_Cand] = []
    for c in cands:
        same = next(
            (
                o
                for o in out
                if o.keys() & c.keys()
                or _key(o.name).startswith(_key(c.name))
                or (_key(c.name).startswith(_key(o.name)) and _BRANCH.search(c.name))
            ),
            None,
        )
        if same is None:
            out.append(c)
            continue
        if len(_key(c.name)) > len(_key(same.name)) and _key(c.name).startswith(_key(same.name)):
            same.aliases.append(same.name)
            same.name = c.name
        for a in c.aliases:
            if a not in same.aliases and a != same.name:
                same.aliases.append(a)
        same.head = same.head or c.head
    return out


def _abbreviates(short: str, name: str) -> bool:
    """`중기부` abbreviates `중소벤처기업부`: its characters appear in order, starting early."""
    n = re.sub(r"\s+", "", name)
    if len(short) < 2 or short == n or short[0] not in n[:3]:
        return False
    i = 0
    for ch in n:
        if i < len(short) and ch == short[i]:
            i += 1
    return i == len(short)


def find_parties(
    text: str,
    facts: list[Fact],
    mask: Mask,
    title: Span | None,
    contact_orgs: list[str],
    body_start: int = 0,
) -> list[Party]:
    """The organisations party to the agreement, with their aliases and heads."""
    cands: list[_Cand] = []
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
    cands = cands + issuers if cands else issuers + [_Cand(name=o) for o in contact_orgs]
    _expand_short_names(text, cands)
    merged = _merge(cands)
    short = _short_names(text, title)
    for c in merged:
        for s_ in short:
            fits = s_ not in c.aliases and s_ != c.name and _abbreviates(s_, c.name)
            if fits and not any(_abbreviates(s_, o.name) for o in merged if o is not c):
                c.aliases.append(s_)
    return [
        Party(name=c.name, aliases=c.aliases, head=c.head, start=c.start, end=c.end) for c in merged
    ]


def _expand_short_names(text: str, cands: list[_Cand]) -> None:
    """`중기부` in the signing sentence -> `중소벤처기업부`, when `중소벤처기업부(…이하 중기부)` is elsewhere."""
    full: dict[str, _Cand] = {}
    for m in re.finditer(r"[가-힣A-Za-z0-9]{2,30}\([^()\n]{1,40}\)", text):
        c = _parse_piece(text, m.start(), m.end())
        if c:
            for a in c.aliases:
                full.setdefault(a, c)
    for c in cands:
        if c.name in full and full[c.name].name != c.name:
            long = full[c.name]
            c.aliases = [c.name, *[a for a in [*long.aliases, *c.aliases] if a != c.name]]
            c.name, c.head = long.name, c.head or long.head


def _short_names(text: str, title: Span | None) -> list[str]:
    """Short names in the title (`중기부-한경협`, `법무보호복지공단·중진공`) used as aliases."""
    if not title:
        return []
    head = re.split(r"[,，]|\s", title.text.strip())[0] if title.text else ""
    if not re.search(r"[-·ㆍ]", head):
        return []
    return [t for t in re.split(r"[-·ㆍ]", head) if re.fullmatch(r"[가-힣A-Za-z]{2,15}", t)]
