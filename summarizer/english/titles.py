"""Titles of officials in English, as Korean ministries' and agencies' English releases write them.

`TITLES` maps a Korean title to the English the project writes first, then other English
titles that are also correct for it. A title may carry its body in front (국립외교원장 = the
원장 of 국립외교원) or a portfolio (경제부지사): the longest known title at the end decides.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

TITLES: dict[str, tuple[str, ...]] = {
    "대통령": ("President",),
    "부통령": ("Vice President",),
    "국무총리": ("Prime Minister",),
    "총리": ("Prime Minister", "Premier"),
    "국무장관": ("Secretary of State",),
    "주지사": ("Governor",),
    "국회의원": ("Member of the National Assembly", "Lawmaker", "Representative"),
    "의원": ("Lawmaker", "Member", "Representative", "Councilor"),
    "총재": ("Governor", "President", "Chairman"),
    "공동대표": ("Co-CEO", "Co-Representative", "Co-Chair"),
    "위원": ("Member", "Commissioner"),
    "고문": ("Adviser", "Advisor"),
    "부총리": ("Deputy Prime Minister",),
    "장관": ("Minister",),
    "차관": ("Vice Minister", "Deputy Minister"),
    "제1차관": ("First Vice Minister", "Vice Minister"),
    "제2차관": ("Second Vice Minister", "Vice Minister"),
    "1차관": ("First Vice Minister", "Vice Minister"),
    "2차관": ("Second Vice Minister", "Vice Minister"),
    "차관보": ("Assistant Minister", "Assistant Secretary", "Deputy Minister"),
    "청장": ("Administrator", "Commissioner", "Minister", "Head"),
    "처장": ("Director", "Minister", "Head", "Commissioner"),
    "지회장": ("Branch Chairman", "Branch Head", "Chairman", "Head"),
    "위원장": ("Chairperson", "Chairman", "Chair", "Chairwoman"),
    "부위원장": ("Vice Chairperson", "Vice Chairman", "Vice Chair"),
    "이사장": ("Chairman", "President", "Chairperson", "Chairwoman", "CEO"),
    "회장": ("Chairman", "President", "Chairperson", "Chairwoman", "Chair"),
    "부회장": ("Vice Chairman", "Vice President", "Vice Chairperson"),
    "사장": ("President", "CEO", "President and CEO"),
    "부사장": ("Executive Vice President", "Vice President"),
    "대표이사": ("CEO", "President", "Representative Director", "President and CEO"),
    "대표": ("CEO", "President", "Representative", "Head"),
    "원장": ("President", "Director", "Chancellor", "Head", "Director General"),
    "부원장": ("Vice President", "Deputy Director"),
    "총장": ("President", "Chancellor"),
    "부총장": ("Vice President",),
    "학장": ("Dean",),
    "교수": ("Professor",),
    "시장": ("Mayor",),
    "부시장": ("Vice Mayor", "Deputy Mayor"),
    "도지사": ("Governor",),
    "지사": ("Governor",),
    "부지사": ("Vice Governor", "Deputy Governor"),
    "군수": ("County Governor", "County Magistrate", "Governor"),
    "구청장": ("District Mayor", "District Head", "Mayor"),
    "교육감": ("Superintendent of Education", "Superintendent"),
    "의장": ("Speaker", "Chairperson", "Chairman"),
    "대사": ("Ambassador",),
    "총영사": ("Consul General",),
    "영사": ("Consul",),
    "본부장": ("Director General", "Head", "Executive Director"),
    "지역본부장": ("Regional Director General", "Director General", "Head"),
    "실장": ("Director General", "Head", "Chief"),
    "국장": ("Director General",),
    "정책관": ("Director General",),
    "단장": ("Director General", "Head", "Director"),
    "관장": ("Director", "Head"),
    "센터장": ("Director", "Head", "Center Director"),
    "소장": ("Director", "Head"),
    "지부장": ("Branch Director", "Director", "Head"),
    "지사장": ("Branch Director", "Head", "Director"),
    "과장": ("Director", "Division Director", "Head"),
    "팀장": ("Team Leader", "Head", "Team Manager", "Director"),
    "부장": ("General Manager", "Head", "Director"),
    "차장": ("Deputy General Manager", "Deputy Director", "Deputy Head"),
    "상무": ("Managing Director", "Executive Director"),
    "전무": ("Executive Director", "Senior Managing Director"),
    "이사": ("Director", "Executive Director"),
    "감사": ("Auditor",),
    "사무관": ("Deputy Director",),
    "서기관": ("Deputy Director", "Director"),
    "주무관": ("Officer", "Official"),
    "연구관": ("Senior Researcher", "Researcher"),
    "연구사": ("Researcher",),
    "연구위원": ("Research Fellow",),
    "선임연구위원": ("Senior Research Fellow", "Research Fellow"),
    "책임연구원": ("Principal Researcher", "Senior Researcher"),
    "선임연구원": ("Senior Researcher", "Researcher"),
    "연구원": ("Researcher",),
    "대리": ("Assistant Manager",),
    "과장대리": ("Assistant Manager",),
    "주임": ("Associate", "Officer"),
    "사원": ("Staff", "Associate"),
    "매니저": ("Manager",),
    "담당": ("Officer", "Officer in charge"),
    "담당자": ("Officer", "Officer in charge", "Contact"),
    "책임자": ("Head", "Officer in charge", "Director"),
    "대변인": ("Spokesperson",),
    "관계자": ("Official", "Spokesperson"),
    "직무대행": ("Acting",),
    "권한대행": ("Acting",),
    "행장": ("President", "CEO", "Chairman"),
    "은행장": ("President", "CEO", "Chairman"),
    "부행장": ("Executive Vice President", "Deputy President", "Senior Executive Vice President"),
    "부행장보": ("Senior Vice President", "Assistant Deputy President", "Deputy President"),
    "사무총장": ("Secretary General",),
    "사무국장": ("Secretary General", "Director"),
}

# Words after a title that make it an acting one (사장 직무대행, 서울시장 권한대행).
ACTING = ("직무대행", "권한대행")

# Portfolios and ranks written before a title: 경제부지사 = Vice Governor for Economic Affairs.
PORTFOLIOS: dict[str, str] = {
    "경제": "for Economic Affairs",
    "행정": "for Administrative Affairs",
    "정무": "for Political Affairs",
    "기획": "for Planning",
    "평화": "for Peace",
}

# Korean words before a title that allow a rank word in its English (명예 -> Honorary).
PREFIX_RANKS: dict[str, tuple[str, ...]] = {
    "명예": ("honorary",),
    "수석": ("senior", "chief"),
    "선임": ("senior",),
    "상임": ("executive", "standing"),
    "제1": ("first",),
    "제2": ("second",),
    "지역": ("regional",),
    "공동": ("co",),
}

# English words that change a rank: "Vice Minister" is not a "Minister".
RANK_WORDS = frozenset(
    [
        "vice",
        "deputy",
        "assistant",
        "acting",
        "associate",
        "executive",
        "senior",
        "first",
        "second",
        "third",
        "co",
        "honorary",
        "former",
        "regional",
        "branch",
        "division",
    ]
)


@dataclass(frozen=True)
class TitleEn:
    """A Korean title in English: the words, and the Korean left over (a body or portfolio)."""

    en: str
    accepted: tuple[str, ...]
    korean: str  # the lexicon key that matched
    prefix: str  # what came before it (국립외교원 for 국립외교원장), maybe ""


def _compact(title: str) -> str:
    return re.sub(r"\s+", "", title)


def lookup_title(title: str) -> TitleEn | None:
    """The English of a Korean title by its longest known ending; None when none is known."""
    bare = _compact(title)
    suffix = next((a for a in ACTING if bare.endswith(a) and bare != a), None)
    acting = suffix is not None
    if suffix:
        bare = bare[: -len(suffix)]
    for size in range(len(bare), 0, -1):
        key = bare[-size:]
        if key in TITLES:
            prefix = bare[:-size]
            names = TITLES[key]
            en = names[0]
            if key.endswith("장") and prefix and key in ("원장", "청장", "처장", "관장", "소장"):
                prefix += key[0]  # 국립외교원장: the body is 국립외교원
            portfolio = next((v for k, v in PORTFOLIOS.items() if prefix.endswith(k)), None)
            if portfolio:
                en = f"{en} {portfolio}"
            if acting:
                return TitleEn(f"Acting {en}", names, key, prefix)
            return TitleEn(en, names, key, prefix)
    return None


def title_en(title: str | None) -> str | None:
    """The project's English for a Korean title (`부시장 겸 대변인`: both), or None."""
    found = [lookup_title(part) for part in re.split(r"\s*겸\s*", title or "") if part.strip()]
    if not found or any(f is None for f in found):
        return None
    return " and ".join(f.en for f in found if f is not None)


def _head(english: str) -> list[str]:
    """The rank words of an English title: `Vice Minister of SMEs` -> [vice, minister]."""
    core = re.split(r"\s+(?:of|for|at|,)\s+|,", english.strip(), maxsplit=1)[0]
    return [w for w in re.findall(r"[a-z]+", core.casefold()) if w not in ("the", "and")]


def title_matches(korean: str, english: str) -> bool | None:
    """Whether `english` renders the Korean title; None when the lexicon does not know it."""
    parts = [p for p in re.split(r"\s*겸\s*", korean) if p.strip()]
    if len(parts) > 1:
        pieces = re.split(r"\s+and\s+|\s*&\s*|\s*/\s*", english)
        verdicts = [[_one_title(p, e) for e in pieces] for p in parts]
        if any(all(v is None for v in row) for row in verdicts):
            return None
        return all(any(v for v in row) for row in verdicts)
    return _one_title(korean, english)


def _one_title(korean: str, english: str) -> bool | None:
    found = lookup_title(korean)
    if found is None:
        return None
    words = _head(english)
    for accepted in found.accepted:
        want = _head(accepted)
        if len(words) < len(want) or words[len(words) - len(want) :] != want:
            continue
        extra = set(words[: len(words) - len(want)])
        allowed = set(_head(found.en)) | ({"acting"} if any(a in korean for a in ACTING) else set())
        allowed |= {w for k, ws in PREFIX_RANKS.items() if k in found.prefix for w in ws}
        if not (extra & RANK_WORDS) - allowed:
            return True
    return False


__all__ = ["PORTFOLIOS", "TITLES", "TitleEn", "lookup_title", "title_en", "title_matches"]
