"""The Korean (and English) vocabulary of press releases, written once; rules build regexes from it.

Data, not code: organisation and branch suffixes, titles with their English renderings and the
organisation word a fused title stands for (`안산시장` -> `안산시`), release-handling and contact
labels, speech verbs and the words that mark a photo caption. Modules import these tuples and
build their patterns with `ending()` / `alternation()`; a new word is one edit here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --- organisations -------------------------------------------------------------------------
# A name ending with one of these is an organisation (`중소벤처기업진흥공단`, `한국경제인협회`).
ORG_SUFFIXES: tuple[str, ...] = (
    "공단", "공사", "협회", "연합회", "회의소", "재단", "은행", "기금", "위원회", "협의회",
    "조합", "중앙회", "대학교", "대학", "병원", "그룹", "전자", "자동차", "센터", "연구원",
    "진흥원", "연구소", "외교원", "인재원", "사업단", "산학협력단", "대사관", "공관", "의회",
    "상공회의소", "교육청", "경찰서", "소방서", "농협", "신문", "방송",
)  # fmt: skip
# One syllable that ends many public bodies (`중기부`, `조달청`, `안산시`): weak evidence alone.
ORG_SYLLABLES: tuple[str, ...] = ("부", "처", "청", "원", "시", "군", "구", "도")
# The sub-unit that signed for its organisation (`중진공 경기북부지부`).
BRANCH_SUFFIXES: tuple[str, ...] = (
    "지역본부", "지부", "지회", "지사", "본부", "지점", "사업소", "지청", "분원", "캠퍼스",
    "사무소", "지원단", "센터", "본점", "사업단", "산학협력단", "인재원",
)  # fmt: skip
ORG_SUFFIXES_EN: tuple[str, ...] = (
    "Association", "Agency", "Ministry", "Corporation", "Chamber", "Institute", "Bank", "Council",
    "Foundation", "Federation", "Company", "Industry", "Industries", "Service", "Authority",
    "Group", "University", "Administration", "Commission", "Office",
)  # fmt: skip
# The last word of a phrase that names an aim, not a body: `공동 발전`, `상호 협력`.
ACTION_NOUNS: tuple[str, ...] = (
    "발전", "협력", "강화", "활성화", "지원", "육성", "추진", "교류", "확대", "구축", "개발", "상생",
    "성장", "증진", "체결", "협약", "업무", "관계자", "일행", "대표단", "도약", "실현", "도모",
    "향상", "제고", "창출", "협업",
)  # fmt: skip
# Countries as the text's shorthand for their governments: a party only in a loose sense.
COUNTRIES: tuple[str, ...] = (
    "한국", "대한민국", "미국", "중국", "일본", "호주", "영국", "프랑스", "독일", "캐나다", "러시아",
    "인도", "베트남", "태국", "필리핀", "인도네시아", "말레이시아", "싱가포르", "양국", "북한",
)  # fmt: skip
# A unit inside an organisation, as contact tables name departments (`상생협력정책과`).
DEPARTMENT_SUFFIXES: tuple[str, ...] = (
    "과", "팀", "실", "처", "국", "관", "부", "본부", "센터", "단", "원", "청", "공단", "공사",
    "협회", "회의소", "시", "군", "구", "지부", "지사", "사업소", "콜센터", "상황실", "파트",
    "그룹", "위원회", "은행",
)  # fmt: skip
# Words a bracket after a name holds that are no alias of it: `6일(현지시간)`, `김 사장(왼쪽)`.
NOT_ALIASES: tuple[str, ...] = (
    "현지시간", "한국시간", "미국시간", "왼쪽", "오른쪽", "가운데", "사진", "앞줄", "뒷줄", "좌", "우",
    "중앙", "제공", "자료사진", "위", "아래",
)  # fmt: skip


@dataclass(frozen=True)
class Title:
    """A title word: its English rendering and the organisation syllable a fused form drops.

    `fused` is what replaces the title when it is written onto the organisation's name:
    `안산시장` -> `안산시` (`시장` -> `시`), `칠곡군수` -> `칠곡군`, `외교부장관` -> `외교부`.
    """

    ko: str
    en: str
    fused: str = ""


TITLES: tuple[Title, ...] = (
    Title("장관", "Minister"), Title("차관", "Vice Minister"), Title("차관보", "Assistant Secretary"),
    Title("청장", "Commissioner", "청"), Title("처장", "Minister", "처"),
    Title("위원장", "Chairperson", "위원회"), Title("부위원장", "Vice Chairperson", "위원회"),
    Title("시장", "Mayor", "시"), Title("부시장", "Deputy Mayor", "시"),
    Title("군수", "County Governor", "군"), Title("구청장", "District Mayor", "구"),
    Title("도지사", "Governor", "도"), Title("지사", "Governor"),
    Title("교육감", "Superintendent of Education"),
    Title("대사", "Ambassador"), Title("총영사", "Consul General"),
    Title("원장", "President", "원"), Title("부원장", "Vice President", "원"),
    Title("이사장", "Chairperson"), Title("회장", "Chairperson"), Title("부회장", "Vice Chairperson"),
    Title("대표이사", "CEO"), Title("대표", "CEO"), Title("사장", "President"),
    Title("부사장", "Vice President"), Title("행장", "President", "은행"),
    Title("부행장", "Senior Executive Vice President", "은행"),
    Title("부행장보", "Executive Vice President", "은행"),
    Title("총장", "President"), Title("부총장", "Vice President"), Title("학장", "Dean"),
    Title("병원장", "Director", "병원"), Title("센터장", "Director", "센터"),
    Title("본부장", "Head", "본부"), Title("단장", "Head", "단"), Title("소장", "Director", "소"),
    Title("국장", "Director General", "국"), Title("실장", "Director", "실"),
    Title("관장", "Director", "관"), Title("지부장", "Head", "지부"),
    Title("지사장", "Head", "지사"), Title("지점장", "Branch Manager", "지점"),
    Title("사무총장", "Secretary General"), Title("사무국장", "Secretary General"),
    Title("의장", "Speaker"), Title("의원", "Member"), Title("위원", "Member"),
    Title("전무", "Executive Director"), Title("상무", "Managing Director"), Title("이사", "Director"),
    Title("대변인", "Spokesperson"), Title("차장", "Deputy Director"), Title("과장", "Director"),
    Title("팀장", "Team Leader"), Title("교수", "Professor"), Title("대장", "Chief"),
    Title("서장", "Chief", "서"), Title("명예원장", "Honorary President", "원"),
)  # fmt: skip
# Words after a title that qualify it (`사장 직무대행`): the title is the word before.
TITLE_QUALIFIERS: tuple[str, ...] = (
    "직무대행", "권한대행", "직무대리", "대행", "대리", "내정자", "당선인", "당선자",
)  # fmt: skip
# Words before a title that qualify it, never an organisation: `상임이사`, `수석부회장`.
TITLE_PREFIXES: tuple[str, ...] = (
    "상임", "수석", "선임", "명예", "대표", "공동", "초대", "전임", "비상임", "사무", "총괄", "집행",
)  # fmt: skip
# Words a title may end with, for titles the table does not list (`창업벤처혁신실장`).
TITLE_ENDINGS: tuple[str, ...] = (
    "장", "관", "사", "원", "표", "수", "리", "무", "재", "인", "님", "씨", "보", "대표이사",
    "CEO", "위원", "의원", "이사",
)  # fmt: skip
TITLES_EN: tuple[str, ...] = (
    "Minister", "Chairman", "Chairwoman", "Chair", "President", "CEO", "Director", "Commissioner",
    "Governor", "Mayor", "Ambassador", "Secretary", "Administrator", "Chief Executive", "Mr.",
    "Ms.", "Mrs.", "Dr.", "Prof.", "Professor",
)  # fmt: skip

# --- release and contact labels ----------------------------------------------------------
# Lines telling how a release is handled: never an issuer, a title or a party.
RELEASE_LABELS: tuple[str, ...] = (
    "즉시 보도", "보도자료", "보도시점", "보도일시", "보도일자", "배포일시", "배포일자", "배포시점",
    "배포즉시", "배포일", "엠바고", "embargo",
)  # fmt: skip
CONTACT_LABELS: tuple[str, ...] = (
    "담당부서", "협조부서", "공동부서", "관계부서", "담당자", "책임자", "협업기관", "협조기관",
    "협력기관", "협약기업", "협약기관", "공동담당", "담당관", "연락처", "문의처", "문의",
)  # fmt: skip

# --- speech ------------------------------------------------------------------------------
SPEECH_VERBS_KO: tuple[str, ...] = (
    "말했다", "밝혔다", "강조했다", "전했다", "덧붙였다", "설명했다", "화답했다", "당부했다",
    "다짐했다", "기대했다", "약속했다", "소감을 밝혔다", "의미를 부여했다", "포부를 밝혔다",
    "했다",
)  # fmt: skip
SPEECH_VERBS_EN: tuple[str, ...] = (
    "said", "says", "added", "noted", "stressed", "explained", "remarked", "commented",
)  # fmt: skip
# Announcing verbs after a date (`…체결했다고 27일 밝혔다`): the date is the announcement's.
ANNOUNCE_VERBS_KO: tuple[str, ...] = (
    "밝혔다",
    "전했다",
    "발표했다",
    "말했다",
    "알렸다",
    "설명했다",
)

# --- photo captions ----------------------------------------------------------------------
# Where a person stands in a photo: `김 사장(오른쪽)`, `(사진 왼쪽 네번째)`, `왼쪽부터`.
CAPTION_POSITIONS: tuple[str, ...] = (
    "왼쪽", "오른쪽", "가운데", "앞줄", "뒷줄", "좌측", "우측", "좌로부터", "왼쪽부터", "오른쪽부터",
)  # fmt: skip
# What people in a photo are doing (`기념촬영을 하고 있다`, `협약서를 들고 있다`).
CAPTION_ACTS: tuple[str, ...] = (
    "기념촬영", "기념 촬영", "기념사진", "사진을 찍", "포즈를 취", "협약서를 들", "서명하고 있",
    "체결하고 있", "악수하고 있", "맺고 있", "교환하고 있", "참석자들이",
)  # fmt: skip


def _spaced(word: str) -> str:
    """`보도자료` -> a pattern allowing spaces between syllables (`보 도 자 료`)."""
    return r"\s*".join(re.escape(ch) for ch in word if not ch.isspace())


def alternation(words: tuple[str, ...] | list[str], *, spaced: bool = False) -> str:
    """One regex alternation of `words`, longest first so `지역본부` wins over `본부`.

    Words of one length keep a fixed order, so each run builds the same pattern text (and the
    CLI's kept patterns, summarizer.regexcache, are found again).
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_spaced(w) if spaced else re.escape(w) for w in ordered) + ")"


def ending(words: tuple[str, ...] | list[str]) -> re.Pattern[str]:
    """A pattern matching text that ends with one of `words`."""
    return re.compile(alternation(words) + "$")


TITLE_WORDS: tuple[str, ...] = tuple(t.ko for t in TITLES)
_BY_KO = {t.ko: t for t in TITLES}


def title_of(word: str) -> Title | None:
    """The listed title `word` is or ends with (`외교부장관` -> 장관, `칠곡군수` -> 군수)."""
    for ko in sorted(_BY_KO, key=len, reverse=True):
        if word.endswith(ko):
            return _BY_KO[ko]
    return None


def org_of_fused_title(word: str) -> str | None:
    """`안산시장` -> `안산시`, `칠곡군수` -> `칠곡군`, `외교부장관` -> `외교부`, `충북지사` -> `충북`.

    None when `word` is a bare title (`장관`) or no listed title ends it.
    """
    t = title_of(word)
    if t is None or len(word) <= len(t.ko) or word[: -len(t.ko)] in TITLE_PREFIXES:
        return None
    org = word[: -len(t.ko)] + t.fused
    return org if len(org) >= 2 else None


# --- page chrome -------------------------------------------------------------------------
# Whole lines of a news page that are furniture: menus, share bars, ranking boxes, board headers.
PAGE_CHROME: tuple[str, ...] = (
    "배너", "최근기사", "최신기사", "랭킹 뉴스", "랭킹뉴스", "실시간 댓글", "인기기사", "인기 기사",
    "관련뉴스", "관련 뉴스", "관련기사", "관련 기사", "많이 본 기사", "많이 본 뉴스",
    "댓글 많은 뉴스", "에디터 추천 인기 기사", "이 기사를 공유합니다", "다른기사보기",
    "다른기사 보기", "기사보기", "공유하기", "글씨 크기 조절", "기사 소리로 듣기", "다시듣기",
    "페이스북", "트위터", "유튜브", "카카오톡", "카카오스토리", "네이버블로그", "밴드", "이메일 보내기",
    "프린터", "인쇄", "PDF", "스크랩", "목록", "이전글", "다음글", "닫기", "이미지 확대", "댓글",
    "댓글 운영규정", "댓글 댓글 운영규정", "관리자", "원본 이미지입니다.",
    "이 글자크기로 변경됩니다.", "전체 맥락을 이해하기 위해서는 본문 보기를 권장합니다.",
    "손가락을 이용하여 이미지를 확대해 보세요.", "URL 복사", "기사 공유", "구독", "오늘의 주요뉴스",
)  # fmt: skip
# A box of other stories follows these headers: its lines are headlines of other articles.
RANKING_HEADERS: tuple[str, ...] = (
    "댓글 많은 뉴스", "많이 본 기사", "많이 본 뉴스", "인기기사", "인기 기사", "관련뉴스",
    "관련 뉴스", "관련기사", "관련 기사", "최근기사", "최신기사", "랭킹 뉴스", "랭킹뉴스",
    "에디터 추천 인기 기사", "당신이 좋아할만한 뉴스", "오늘의 주요뉴스", "실시간 댓글",
)  # fmt: skip
