"""Words the event grouping reads: agreement words, org suffixes, titles, wire services, regions.

Vocabulary is data: organisation suffixes and titles come from `summarizer.lexicon`; the words
only the grouping reads are written once here, and the matchers are built from them.
"""

from __future__ import annotations

from summarizer.lexicon import (
    ACTING,
    COMPANY_SUFFIXES,
    NOT_UNIVERSITY_ENDINGS,
    ORG_SUFFIXES_EN,
    PROVINCE_TABLE,
    PROVINCES,
    SIGNING_CEREMONIES,
    SIGNING_STEMS,
    TITLE_WORDS,
    TITLES,
)
from summarizer.lexicon import ORG_SUFFIXES as LEXICON_ORG_SUFFIXES
from summarizer.lexicon.joint import JOINT_WORDS

# A report of an agreement names one of these (title or lead); selections, awards and
# programme launches that merely mention cooperation do not.
AGREEMENT_WORDS_KO = (
    "협약", "양해각서", "MOU", "결연", "협정", "약정", "맺었", "맺고", "맺은", "맺기로",
    "협력각서", "의향서", "LOI", "MOA",
)  # fmt: skip
AGREEMENT_WORDS_EN = (
    "memorandum of understanding", "memorandum", "agreement", "mou", "sisterhood",
    "sister city", "partnership pact", "signed a pact", "letter of intent",
)  # fmt: skip

# A signing: with one of these an agreement word is a signing, whatever else the lead says.
SIGNING_WORDS = "|".join(
    (*SIGNING_STEMS, "조인", *SIGNING_CEREMONIES, "signed", "signs", r"sign\b", "inked", "conclude")
)
# Announcements that name agreements without being one: `운영기관 선정 후 협약 예정`.
LOOKALIKE_WORDS = r"선정|모집|공모|수상|시상|선발|출시|개최|설명회|발표회|지원사업|selected|award"

# Organisation words end in one of these (the lexicon's, longest first), then one syllable.
_WEAK = ("부", "청", "처", "원", "회", "대", "시", "군", "구")  # `도` is a particle as often
ORG_SUFFIXES = (
    *sorted({*LEXICON_ORG_SUFFIXES, *COMPANY_SUFFIXES} - set(_WEAK), key=lambda w: (-len(w), w)),
    *_WEAK,
)
# One-syllable suffixes name an organisation only after a stem of two or more syllables.
WEAK_SUFFIXES = frozenset(_WEAK)
# Endings that look like an organisation suffix but make ordinary words (`금융지원`, `신산업시대`,
# `12억원`, `임직원`); and words that start like a generic description (`협력은행`, `전문대학`).
NOT_ORG_ENDINGS = (
    "지원", "직원", "특파원", "위원", "회원", "요원", "인원", "단원", "사원", "자원", "재원",
    "복원", "기원", "차원", "동원", "억원", "만원", "천원", *NOT_UNIVERSITY_ENDINGS,
    "사회", "기회", "대회", "이사회", "연구", "지구", "요구",
    "추구", "도구", "창구", "이후", "부처", "정부", "본부", "전부", "내부", "외부", "일부",
    "학부", "실시", "개시", "제시", "표시", "동시", "당시", "수시", "필요시", "추진시",
)  # fmt: skip
NOT_ORG_PREFIXES = (
    "협력", "관계", "유관", "해당", "전문", "주요", "각종", "국내", "해외", "민간", "공공",
    "참여", "회원", "소속", "산하", "우수", "지방", "양", "각", "본", "모든", "전체", "협약",
    "친환경", "신재생", "재생", "전기", "수소", "미래", "자율주행", "첨단", "차세대", "그린",
)  # fmt: skip
# English abbreviations that are ordinary words in agreement news, never a body's name.
EN_ABBR_STOP = frozenset(("MOU", "MOA", "LOI", "ICT", "R&D", "ODA", "CEO"))
# Common words that end like an organisation but name none.
NOT_ORGS = frozenset(
    (
        "간담회", "설명회", "박람회", "전시회", "토론회", "발표회", "협의회", "위원회", "연구원",
        "공무원", "대학원", "관계자", "지역사회", "이사회", "총회", "공동연구", "기술연구",
        "학술대회", "대회", "축제", "필요시", "추진시", "현지시", "관계부", "관계부처", "지자체",
        "연구소", "센터", "재단", "병원", "공단", "공사", "은행", "그룹", "정부", "본부",
        "전국", "수도권", "우리나라", "양도", "행정", "지난해", "부처", "방문단",
        "대표단", "사업단", "추진단", "협력국", "회원국", "상대국", "참가국", "선진국", "개도국",
        "교육청", "시도", "시군구", "시군", "도청", "시청", "군청", "구청", "기념회", "환영회",
        "운영위원회", "사무국", "제도", "속도", "정도", "태도", "의도", "용도", "각도", "한도",
        "보도", "매도", "주도", "강도", "지도", "인도", "전도", "적도", "시범운영", "대학생",
        "창업동아리", "다양한분야", "공공기관", "유관기관", "민관기관", "연구기관", "보건복지",
        *JOINT_WORDS,
    )
)  # fmt: skip

# A title after an organisation's name (`칠곡군수`, `강남구청장`, `외교부 장관`): what to cut
# and what to put back so the organisation remains (`군수` -> `군`), longest title first; then
# the office building (`강남구청` -> `강남구`).
TITLE_CUTS = (
    *sorted(((t.ko, t.fused) for t in TITLES if not t.role), key=lambda c: -len(c[0])),
    ("청사", ""),
    ("청", ""),
)
# Particles (and the like) that follow a name without being part of it, longest first.
PARTICLES = tuple(
    sorted(
        (
            "은", "는", "이", "가", "을", "를", "의", "와", "과", "도", "에", "로", "으로",
            "에서", "과의", "와의", "와는", "과는", "에게", "측", "간", "과도", "와도", "이며",
            "이다", "에서는", "으로부터", "로부터", "까지", "부터", "하고", "이랑", "랑", "께서",
            "측은", "측과", "측의", "들", "들과", "들은", "에선",
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip

# Person titles: `조성명 강남구청장`, `김재욱 군수`, `장관 오영주`, `권한대행`.
PERSON_TITLES = (*TITLE_WORDS, *ACTING)

# Wire services: their copies rank after the issuer's release and before other outlets.
WIRE_MARKS = (
    ("연합뉴스", "Yonhap"), ("Yonhap", "Yonhap"), ("뉴시스", "Newsis"), ("NEWSIS", "Newsis"),
    ("뉴스1", "News1"), ("News1", "News1"),
)  # fmt: skip

# Provinces and metropolitan cities: formal name, Korean short forms, English forms.
# A bare two-syllable form (`충북`) names the government only with a title (`충북지사`) or `도`.
REGIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = tuple(
    (p.formal, tuple(ko for ko, _ in p.other_ko), p.other_en) for p in PROVINCE_TABLE
)
# The bare forms, which are also location prefixes (`경북 칠곡군`, `서울 강남구`).
REGION_SHORT = PROVINCES

# English organisation heads (`Ministry`, `Agency`) for English-language reports.
EN_ORG_HEADS = ORG_SUFFIXES_EN

# What an agreement is called, most specific first: two reports calling one signing by
# different names (`친선 결연` against `자매결연`) is a difference a reader should see.
AGREEMENT_NAMES: tuple[tuple[str, str], ...] = (
    (r"자매\s*결연|sisterhood|sister[- ]city", "sisterhood ties (자매결연)"),
    (r"친선\s*결연|우호\s*결연|friendship ties", "friendship ties (친선결연)"),
    (r"우호\s*교류\s*협약", "friendship exchange agreement (우호교류협약)"),
    (r"양해\s*각서|\bMOU\b|memorandum", "memorandum of understanding (양해각서)"),
    (r"협정|accord", "accord (협정)"),
    (r"협약|agreement", "agreement (협약)"),
)
