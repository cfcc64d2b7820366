"""Titles of officials: the Korean word, its English renderings, the body a fused form names.

One record a title (`TITLES`); every rule that reads titles builds its pattern from it:
structure (`김재욱 칠곡군수`), events (`강남구청장` -> 강남구), the verifier (`조 장관`), the
English renderings (`english.titles`). A new title is one line here.
"""

from summarizer.codecache import dataclass
from summarizer.lexicon._regex import by_last_letter


@dataclass(frozen=True)
class Title:
    """A title word: its English (the project's rendering first, then other correct English),
    the organisation word a fused form stands for, and whether it is as much a role or common
    word as a title.

    `fused` replaces the title when it is written onto the organisation's name: `안산시장` ->
    `안산시` (`시장` -> `시`), `칠곡군수` -> `칠곡군`; empty, the title is cut (`외교부장관` ->
    `외교부`). A `role` word (`담당자`, `관계자`, `연구원` also an institute, `감사` also thanks)
    is rendered in English but never read off the text as a person's title.
    """

    ko: str
    en: tuple[str, ...]
    fused: str = ""
    role: bool = False


TITLES: tuple[Title, ...] = (
    Title("대통령", ("President",)),
    Title("부통령", ("Vice President",)),
    Title("국무총리", ("Prime Minister",)),
    Title("총리", ("Prime Minister", "Premier")),
    Title("국무장관", ("Secretary of State",)),
    Title("주지사", ("Governor",)),
    Title("국회의원", ("Member of the National Assembly", "Lawmaker", "Representative")),
    Title("의원", ("Lawmaker", "Member", "Representative", "Councilor")),
    Title("총재", ("Governor", "President", "Chairman")),
    Title("공동대표", ("Co-CEO", "Co-Representative", "Co-Chair")),
    Title("위원", ("Member", "Commissioner")),
    Title("고문", ("Adviser", "Advisor")),
    Title("부총리", ("Deputy Prime Minister",)),
    Title("장관", ("Minister",)),
    Title("차관", ("Vice Minister", "Deputy Minister")),
    Title("제1차관", ("First Vice Minister", "Vice Minister")),
    Title("제2차관", ("Second Vice Minister", "Vice Minister")),
    Title("1차관", ("First Vice Minister", "Vice Minister")),
    Title("2차관", ("Second Vice Minister", "Vice Minister")),
    Title("차관보", ("Assistant Minister", "Assistant Secretary", "Deputy Minister")),
    Title(
        "청장", ("Administrator", "Commissioner", "Commissioner General", "Minister", "Head"), "청"
    ),
    Title("처장", ("Director", "Minister", "Head", "Commissioner"), "처"),
    Title(
        "사령관", ("Commander",), "사령부"
    ),  # `별빛사령부 사령관`, `별빛사령관` (a unit's commander)
    Title(
        "지회장",
        (
            "Branch Chairman",
            "Branch Head",
            "Chairman",
            "Head",
            "Branch President",
            "Chapter President",
            "President",
        ),
        "지회",
    ),
    Title("위원장", ("Chairperson", "Chairman", "Chair", "Chairwoman"), "위원회"),
    Title("부위원장", ("Vice Chairperson", "Vice Chairman", "Vice Chair"), "위원회"),
    Title("이사장", ("Chairman", "President", "Chairperson", "Chairwoman", "Chair", "CEO")),
    Title("회장", ("Chairman", "President", "Chairperson", "Chairwoman", "Chair")),
    Title("조합장", ("President", "Chairman", "Chairperson", "Head")),
    Title("부회장", ("Vice Chairman", "Vice President", "Vice Chairperson")),
    Title("사장", ("President", "CEO", "President and CEO")),
    Title("부사장", ("Executive Vice President", "Vice President")),
    Title("대표이사", ("CEO", "President", "Representative Director", "President and CEO")),
    Title("대표", ("CEO", "President", "Representative", "Head")),
    Title("원장", ("President", "Director", "Chancellor", "Head", "Director General"), "원"),
    Title("부원장", ("Vice President", "Deputy Director"), "원"),
    Title("총장", ("President", "Chancellor")),
    Title("부총장", ("Vice President",)),
    Title("학장", ("Dean",)),
    Title("교수", ("Professor",)),
    Title("시장", ("Mayor",), "시"),
    Title("부시장", ("Vice Mayor", "Deputy Mayor"), "시"),
    Title("도지사", ("Governor",), "도"),
    Title("지사", ("Governor",)),
    Title("부지사", ("Vice Governor", "Deputy Governor")),
    Title("군수", ("County Governor", "County Magistrate", "Governor"), "군"),
    Title("부군수", ("Deputy County Governor", "Vice County Governor", "Deputy Governor")),
    Title("구청장", ("District Mayor", "District Head", "Mayor"), "구"),
    Title("부구청장", ("Deputy District Mayor", "Vice District Mayor", "Deputy Mayor")),
    Title("교육감", ("Superintendent of Education", "Superintendent"), "교육청"),
    Title("교육장", ("Superintendent", "Head of the Education Office")),
    Title("부교육감", ("Deputy Superintendent of Education", "Deputy Superintendent")),
    Title("의장", ("Speaker", "Chairperson", "Chairman")),
    Title("대사", ("Ambassador",)),
    Title("총영사", ("Consul General",)),
    Title("영사", ("Consul",)),
    Title("본부장", ("Director General", "Head", "Executive Director"), "본부"),
    Title("지역본부장", ("Regional Director General", "Director General", "Head"), "지역본부"),
    Title("실장", ("Director General", "Head", "Chief"), "실"),
    Title("국장", ("Director General",), "국"),
    Title("우체국장", ("Postmaster", "Director", "Head"), "우체국"),
    Title("정책관", ("Director General",)),
    Title("단장", ("Director General", "Head", "Director"), "단"),
    Title("관장", ("Director", "Head"), "관"),
    Title("센터장", ("Director", "Head", "Center Director"), "센터"),
    Title("소장", ("Director", "Head"), "소"),
    # an association's branch or chapter is headed by its president or chairman
    Title(
        "지부장",
        (
            "Branch Director",
            "Director",
            "Head",
            "Branch President",
            "Chapter President",
            "President",
            "Branch Chairman",
            "Chairman",
        ),
        "지부",
    ),
    Title("지사장", ("Branch Director", "Head", "Director"), "지사"),
    Title("과장", ("Director", "Division Director", "Head")),
    Title("팀장", ("Team Leader", "Head", "Team Manager", "Director")),
    Title("부장", ("General Manager", "Head", "Director")),
    Title("차장", ("Deputy General Manager", "Deputy Director", "Deputy Head")),
    Title("상무", ("Managing Director", "Executive Director")),
    Title("전무", ("Executive Director", "Senior Managing Director")),
    Title("이사", ("Director", "Executive Director")),
    Title("감사", ("Auditor",), role=True),
    Title("사무관", ("Deputy Director",)),
    Title("서기관", ("Deputy Director", "Director")),
    Title("주무관", ("Officer", "Official")),
    Title("연구관", ("Senior Researcher", "Researcher")),
    Title("연구사", ("Researcher",)),
    Title("연구위원", ("Research Fellow",)),
    Title("선임연구위원", ("Senior Research Fellow", "Research Fellow")),
    Title("책임연구원", ("Principal Researcher", "Senior Researcher")),
    Title("선임연구원", ("Senior Researcher", "Researcher")),
    Title("연구원", ("Researcher",), role=True),
    Title("대리", ("Assistant Manager",), role=True),
    Title("과장대리", ("Assistant Manager",), role=True),
    Title("주임", ("Associate", "Officer")),
    Title("사원", ("Staff", "Associate"), role=True),
    Title("매니저", ("Manager",)),
    Title("커미셔너", ("Commissioner",)),  # `인베스트코리아 커미셔너`
    Title("담당", ("Officer", "Officer in charge"), role=True),
    Title("담당자", ("Officer", "Officer in charge", "Contact"), role=True),
    Title("책임자", ("Head", "Officer in charge", "Director"), role=True),
    Title("대변인", ("Spokesperson",)),
    Title("관계자", ("Official", "Spokesperson"), role=True),
    Title("당국자", ("Official",), role=True),  # `외교부 당국자`: a ministry's unnamed official
    Title("직무대행", ("Acting",), role=True),
    Title("권한대행", ("Acting",), role=True),
    Title("행장", ("President", "CEO", "Chairman"), "은행"),
    Title("은행장", ("President", "CEO", "Chairman"), "은행"),
    Title(
        "부행장",
        ("Executive Vice President", "Deputy President", "Senior Executive Vice President"),
        "은행",
    ),
    Title(
        "부행장보",
        ("Senior Vice President", "Assistant Deputy President", "Deputy President"),
        "은행",
    ),
    Title("사무총장", ("Secretary General",)),
    Title("사무국장", ("Secretary General", "Director")),
    Title("병원장", ("Director", "President"), "병원"),
    Title("지점장", ("Branch Manager", "Branch Director", "Head"), "지점"),
    Title("대장", ("Chief",)),
    # officers' ranks, written after the name as a title (`연대장 김가온 대령은 “…`)
    Title("준장", ("Brigadier General",)),
    Title("중장", ("Lieutenant General",)),
    Title("대령", ("Colonel",)),
    Title("중령", ("Lieutenant Colonel",)),
    Title("소령", ("Major",)),
    Title("대위", ("Captain",)),
    Title("서장", ("Chief",), "서"),
    Title("명예원장", ("Honorary President",), "원"),
    Title("원내대표", ("Floor Leader",)),
)

# Words after a title that qualify it (`사장 직무대행`): the title is the word before.
# Those two make an acting holder (`사장 직무대행` = Acting President).
ACTING: tuple[str, ...] = ("직무대행", "권한대행")
TITLE_QUALIFIERS: tuple[str, ...] = (
    *ACTING, "직무대리", "대행", "대리", "내정자", "당선인", "당선자",
)  # fmt: skip
# Words before a title that qualify it, never an organisation: `상임이사`, `수석부회장`.
TITLE_PREFIXES: tuple[str, ...] = (
    "상임", "수석", "선임", "명예", "대표", "공동", "초대", "전임", "비상임", "사무", "총괄", "집행",
    "행정", "정무", "경제",  # `행정부시장`, `정무부지사`: a vice-head's portfolio, no body
)  # fmt: skip
# Words a title may end with, for titles the table does not list (`창업벤처혁신실장`), and a
# unit's officer as local governments name one (`공장설립지원담당`, a rank contact tables write too).
TITLE_ENDINGS: tuple[str, ...] = (
    "장", "관", "사", "원", "표", "수", "리", "무", "재", "인", "님", "씨", "보", "감", "대표이사",
    "CEO", "위원", "의원", "이사", "매니저", "커미셔너", "담당",
)  # fmt: skip
# Ranks a contact table writes beside a person (`주무관 홍길동`, `홍보팀장 김OO`): heads of a unit,
# which may follow its name (`기획예산과장`), working ranks written alone, and words that end a
# rank after a few syllables (`전문위원`, `홍보담당`).
CONTACT_HEADS: tuple[str, ...] = (
    "과장", "국장", "부장", "실장", "팀장", "처장", "차장", "단장", "원장", "본부장", "센터장",
    "소장", "지사장", "관장", "계장", "반장", "파트장",
)  # fmt: skip
CONTACT_RANKS: tuple[str, ...] = (
    "사무관", "서기관", "주무관", "행정관", "연구관", "연구사", "선임연구원", "책임연구원",
    "수석연구원", "연구원", "전문위원", "전문관", "대리", "주임", "매니저", "과장대리", "선임",
    "책임", "수석", "대변인", "주무", "실무관",
)  # fmt: skip
CONTACT_RANK_ENDINGS: tuple[str, ...] = ("위원", "담당")
# English office words written before a name (`Minister Cho`, `Chancellor PARK`).
TITLES_EN: tuple[str, ...] = (
    "Minister", "Chairman", "Chairwoman", "Chairperson", "Chair", "President", "CEO",
    "Chief Executive", "Director", "Commissioner", "Governor", "Mayor", "Ambassador", "Secretary",
    "Administrator", "Chancellor", "Head", "Chief", "Dean", "Superintendent", "Professor",
    "Prof.",
)  # fmt: skip
# English words for a person's post written before the body he works at (`executive director at
# the A Chamber`, `Deputy Editor-in-Chief at B`): the offices above and a staff's posts.
POSTS_EN: tuple[str, ...] = (*TITLES_EN, "Editor", "Officer", "Manager", "Researcher", "Fellow")
# Of those, the titles of a body's head (`Mayor Kim of Haeul City`): all but a teacher's.
HEAD_TITLES_EN: tuple[str, ...] = tuple(t for t in TITLES_EN if not t.startswith("Prof"))
# Forms of address before an English name: no office.
HONORIFICS_EN: tuple[str, ...] = ("Mr.", "Ms.", "Mrs.", "Dr.")
# Offices written short before a name (`Gov. Park said`, `Sen. Lee`): a title with its period.
TITLE_ABBREVIATIONS_EN: tuple[str, ...] = ("Gov.", "Sen.", "Rep.", "Amb.")
# English words that make a title second to another (`Vice Minister`, `Deputy Mayor`).
VICE_EN: tuple[str, ...] = ("Vice", "Deputy")
# English words ranking or qualifying a title without making it second (`First Vice Minister`,
# `Senior Director`, `Under Secretary`, `Senior Presidential Secretary`, `Party Secretary`): the
# title keeps them.
TITLE_RANKS_EN: tuple[str, ...] = ("First", "Senior", "Executive", "Under", "Presidential", "Party")
# The words of a post written in lower case between a body's name and a person's (`Nuri Bank
# senior vice president Kim said`, `KOTRA director general Min said`): the posts, the words
# ranking them, and `general`, which closes a post (`secretary general`, `director general`).
POST_WORDS_LOWER_EN: tuple[str, ...] = tuple(
    w.lower()
    for w in (*POSTS_EN, *VICE_EN, *TITLE_RANKS_EN, "General")
    if " " not in w and not w.endswith(".") and not w.isupper()
)

# The heads of a region's offices, by the region's suffix, as written onto its stem:
# 충북(도) -> 충북지사, 칠곡(군) -> 칠곡군수.
REGION_HEADS: dict[str, tuple[str, ...]] = {
    "도": ("지사", "도지사", "부지사", "교육감"),
    "시": ("시장", "부시장"),
    "군": ("군수", "부군수"),
    "구": ("구청장", "부구청장"),
}

# The same in English, by the last word of a region's English name, written after its stem:
# Garam (City) -> Garam Mayor, Nuri (County) -> Nuri County Governor.
REGION_HEADS_EN: dict[str, tuple[str, ...]] = {
    "City": ("Mayor", "Deputy Mayor"),
    "County": ("Governor", "County Governor", "County Mayor", "County Head"),
    "Province": ("Governor", "Provincial Governor"),
    "District": ("District Mayor", "District Head"),
}

TITLE_WORDS: tuple[str, ...] = tuple(t.ko for t in TITLES if not t.role)
# Unnamed officials who may speak for their body (`가람시 관계자는 “…`, `외교부 당국자는 “…`)
OFFICIALS: tuple[str, ...] = ("관계자", "관계자들", "담당자", "당국자")
_BY_KO = {t.ko: t for t in TITLES if not t.role}
_BY_LAST = by_last_letter(list(_BY_KO))


def title_of(word: str) -> Title | None:
    """The listed title `word` is or ends with (`외교부장관` -> 장관, `칠곡군수` -> 군수)."""
    for ko in _BY_LAST.get(word[-1:], ()):
        if word.endswith(ko):
            return _BY_KO[ko]
    return None


# bodies whose ending holds the 회 of their head's title (`협회` + `장` = `협회장`)
_HEADED_BY_CHAIR = ("협회", "연합회", "협의회", "중앙회", "학회", "진흥회")


def org_of_fused_title(word: str) -> str | None:
    """`안산시장` -> `안산시`, `칠곡군수` -> `칠곡군`, `외교부장관` -> `외교부`, `충북지사` -> `충북`.

    None when `word` is a bare title (`장관`) or no listed title ends it.
    """
    if word.endswith("장") and len(word) > 3 and word[:-1].endswith(_HEADED_BY_CHAIR):
        return word[:-1]  # `한국인공지능협회장`: the 협회's 회장, not a `…협` body's
    t = title_of(word)
    if t is None or len(word) <= len(t.ko) or word[: -len(t.ko)] in TITLE_PREFIXES:
        return None
    org = word[: -len(t.ko)] + t.fused
    return org if len(org) >= 2 else None


__all__ = [
    "ACTING",
    "CONTACT_HEADS",
    "CONTACT_RANKS",
    "CONTACT_RANK_ENDINGS",
    "HEAD_TITLES_EN",
    "HONORIFICS_EN",
    "OFFICIALS",
    "POSTS_EN",
    "POST_WORDS_LOWER_EN",
    "REGION_HEADS",
    "REGION_HEADS_EN",
    "TITLES",
    "TITLES_EN",
    "TITLE_ENDINGS",
    "TITLE_PREFIXES",
    "TITLE_QUALIFIERS",
    "TITLE_RANKS_EN",
    "TITLE_WORDS",
    "VICE_EN",
    "Title",
    "org_of_fused_title",
    "title_of",
]
