"""Organisation words: suffixes of bodies, companies and branches, and words that are no body."""

from __future__ import annotations

# The endings of nouns for kinds of people a body's name is often of (`기술인 협동조합`,
# `소상공인연합회`, `농업인 단체`): not the copula's adnominal `인` of a describing clause
# (`곶감 산지인 누리농협`).
PEOPLE_NOUN_ENDINGS: tuple[str, ...] = (
    "업인", "술인", "제인", "육인", "애인", "국인", "론인", "법인", "상인", "공인", "노인", "화인",
    "학인", "계인", "축인", "산인",
)  # fmt: skip
# --- organisations -------------------------------------------------------------------------
# A name ending with one of these is an organisation (`중소벤처기업진흥공단`, `한국경제인협회`).
ORG_SUFFIXES: tuple[str, ...] = (
    "공단", "공사", "협회", "연합회", "회의소", "재단", "은행", "기금", "위원회", "협의회",
    "조합", "중앙회", "대학교", "대학", "병원", "그룹", "전자", "자동차", "센터", "연구원",
    "진흥원", "연구소", "외교원", "인재원", "사업단", "산학협력단", "대사관", "공관", "의회",
    "상공회의소", "교육청", "교육지원청", "경찰서", "소방서", "농협", "신문", "방송", "항만공사", "의료원",
    "기술원", "과학원", "공항", "학회", "박물관", "도서관", "지주", "금고", "진흥회",
    "군단", "사단", "여단", "함대", "비행단", "작전사", "사령부",
    # public offices, welfare and civic bodies the list above missed on real pages
    "관리소", "관리단", "공제회", "테크노파크", "복지관", "보건소", "우체국", "세무서", "자치회", "상인회",
    "상공회", "향우회", "군민회", "체육회", "연맹", "협력단", "기록관", "문화원", "학교", "연구회",
    # civic `…회` bodies (`달성문화선양회`): a bare `회` also ends events (`대회`, `박람회`)
    "선양회", "기념사업회", "보존회", "번영회",
)  # fmt: skip
# A military unit written short, a number (or `OO`) before its kind: `1군단`, `2작전사`, `3함대`.
UNIT_SUFFIXES: tuple[str, ...] = ("군단", "사단", "여단", "함대", "비행단", "작전사", "사령부")
# Words that end a company's name (`SK텔레콤`, `현대건설`): organisations in news reports.
COMPANY_SUFFIXES: tuple[str, ...] = (
    "텔레콤", "증권", "생명", "화재", "카드", "제약", "중공업", "건설", "에너지", "솔루션",
    "홀딩스", "물산", "케미칼", "바이오", "항공", "모빌리티", "캐피탈", "백화점",
)  # fmt: skip
# One syllable that ends many public bodies (`중기부`, `조달청`, `안산시`): weak evidence alone.
# The first four end national bodies (`중기부`, `인사처`, `조달청`, `감사원`), the rest local ones.
CENTRAL_SYLLABLES: tuple[str, ...] = ("부", "처", "청", "원")
# the last syllable of a city, county or district (`가온시`, `다온군`, `누리구`): a local
# government's, whose head is a 시장, 군수 or 구청장
MUNICIPAL_SYLLABLES: tuple[str, ...] = ("시", "군", "구")
# ... or a province's too (`강원도`)
TOWN_SYLLABLES: tuple[str, ...] = (*MUNICIPAL_SYLLABLES, "도")
# the same as a regex class of one syllable (`[시군구]`, `[시군구도]`)
MUNICIPAL_CLASS = "[" + "".join(MUNICIPAL_SYLLABLES) + "]"
TOWN_CLASS = "[" + "".join(TOWN_SYLLABLES) + "]"
ORG_SYLLABLES: tuple[str, ...] = (*CENTRAL_SYLLABLES, *TOWN_SYLLABLES)
# A town or district inside a city or county (`안동시 도산면`, `연수구 연수3동`): a body when its
# city or county is written before it (alone, `-면`/`-동` ends many common nouns: `측면`, `활동`).
SUBDIVISION_SYLLABLES: tuple[str, ...] = ("읍", "면", "동")
# A unit inside an office (bureau, division, team, office, section, squad: `기획행정국`,
# `투자유치과`): its head (`기획행정국장`) speaks for no party; no body of its own.
OFFICE_UNIT_SYLLABLES: tuple[str, ...] = ("국", "과", "팀", "실", "계", "반")
# The last syllable of a hall, an archive or a unit a body keeps under a name of its own
# (`기록관`, `장서각`, `연수원`, `연구소`, `조사단`, `문서고`), written after its body's name
# (`가람연구원 다온각`); with the office units' and central bodies' syllables, a word of three
# syllables so ended is read as a unit's name, not a person's, unless the page shows the person.
UNIT_NAME_SYLLABLES: tuple[str, ...] = (
    *OFFICE_UNIT_SYLLABLES, *CENTRAL_SYLLABLES, "관", "각", "당", "소", "단", "고",
)  # fmt: skip
# The sub-unit that signed for its organisation (`중진공 경기북부지부`).
BRANCH_SUFFIXES: tuple[str, ...] = (
    "지역본부", "지부", "지회", "지사", "본부", "지점", "사업소", "지청", "분원", "캠퍼스",
    "사무소", "지원단", "센터", "본점", "사업단", "산학협력단", "인재원",
)  # fmt: skip
ORG_SUFFIXES_EN: tuple[str, ...] = (
    "Association", "Agency", "Ministry", "Corporation", "Chamber", "Institute", "Bank", "Council",
    "Foundation", "Federation", "Company", "Industry", "Industries", "Service", "Authority",
    "Group", "University", "Administration", "Commission", "Office", "Government", "Hospital",
    "Department", "Bureau",
)  # fmt: skip
# What a wire calls a firm before its name (`US contractor Matrix Service`, `South Korean LNG
# importing giant Kogas`, `Vietnamese IT firm FPT`): the description, no part of the name.
FIRM_ROLES_EN: tuple[str, ...] = (
    "giant", "firm", "company", "contractor", "maker", "manufacturer", "operator", "provider",
    "developer", "carrier", "conglomerate", "builder", "shipbuilder", "utility", "producer",
    "supplier", "lender", "insurer", "retailer", "distributor", "importer", "exporter", "startup",
    "start-up", "unicorn", "chaebol", "affiliate", "subsidiary",
)  # fmt: skip
# The words an English body's name ends with, for reading English signing sentences: the
# suffixes above and the heads of places, units and halls (`Garam City`, `Nuri Museum`).
BODY_HEADS_EN: tuple[str, ...] = (
    *ORG_SUFFIXES_EN, "City", "County", "Province", "District", "Museum", "Center", "Centre",
    "College", "School", "Faculty", "Directorate", "Society", "Institution", "Academy",
)  # fmt: skip
# An English legal form written after a comma (`Byeolbit Co., Ltd.`): part of the name.
LEGAL_FORMS_EN: tuple[str, ...] = (
    "Ltd", "Inc", "LLC", "Corp", "Co", "PLC", "Plc", "GmbH", "AG", "SA", "JSC", "Pte",
)  # fmt: skip
# The last word of a phrase that names an aim, not a body: `공동 발전`, `상호 협력`.
ACTION_NOUNS: tuple[str, ...] = (
    "발전", "협력", "강화", "활성화", "지원", "육성", "추진", "교류", "확대", "구축", "개발", "상생",
    "성장", "증진", "체결", "협약", "업무", "관계자", "일행", "대표단", "도약", "실현", "도모",
    "향상", "제고", "창출", "협업",
)  # fmt: skip
# Words before 기관/기업/단체 that make a kind of body, not a name (`지역기관`, `유관기관`,
# `중소기업`, `회원사`-like `참여기업`): such a noun names no party.
GENERIC_MODIFIERS: tuple[str, ...] = (
    "지역", "유관", "관계", "협력", "공공", "민간", "참여", "지방", "중소", "벤처", "강소", "관내",
    "회원", "국내", "해외", "외국", "주요", "우수", "선도", "중견", "대", "협약", "관련", "입주",
    "자매",  # (`자매대학`, `자매도시`: a partner of a kind, no name)
)  # fmt: skip
# Kinds of body that name no one in particular, however they are written (`기업체`,
# `혁신도시이전 공기업`, `출자·출연기관`), and the sides a pairing names in general (`농촌과
# 도시 농협 간`, `스타트업과 대기업의`): a list holding one names a category, not a party.
GENERIC_BODIES: tuple[str, ...] = (
    "기업체", "공기업", "관공서", "공공기관", "출연기관", "출자기관", "산하기관", "유관기관",
    "공사·공단", "회원사", "협력사", "기관들", "기업들", "스타트업", "대기업", "소상공인",
    "농촌", "어촌", "산촌", "도시", "지방자치단체", "자치단체", "지자체",
)  # fmt: skip
# Bodies of a nationwide network whose bare name is the same in every town (`새마을금고`,
# `우체국`): the place written before one is part of its name (`남한산성 새마을금고`).
NETWORK_BODIES: tuple[str, ...] = (
    "새마을금고", "농협", "신협", "수협", "축협", "우체국", "보건소", "지구대", "파출소",
    "행정복지센터", "주민센터", "주민자치회", "상인회", "노인회", "부녀회", "청년회",
)  # fmt: skip
# A kind noun a page writes after a body's name before its particle (`연탄3리 마을과`, `77사단
# 부대,`, `누리협회 중앙회 등`): the body is still the one joined to the others.
KIND_NOUNS_AFTER_NAME: tuple[str, ...] = ("마을", "부대", "중앙회", "본부", "지부", "지회")
# Countries as the text's shorthand for their governments: a party only in a loose sense.
COUNTRIES: tuple[str, ...] = (
    "한국", "대한민국", "미국", "중국", "일본", "호주", "영국", "프랑스", "독일", "캐나다", "러시아",
    "인도", "베트남", "태국", "필리핀", "인도네시아", "말레이시아", "싱가포르", "양국", "북한",
)  # fmt: skip
# The same in English, as a page places a body after its name (`A University of South Korea`,
# `A Institute, Korea`) or owns it before (`South Korea's A University`): where the body is,
# no part of its name and no party beside it. (`Republic of`, `Federal Republic of` may lead.)
COUNTRIES_EN: tuple[str, ...] = (
    "Korea", "South Korea", "S. Korea", "ROK", "RoK", "China", "Japan", "India", "Vietnam",
    "Viet Nam", "Thailand", "Philippines", "Indonesia", "Malaysia", "Singapore", "Mongolia",
    "Pakistan", "Nigeria", "Kenya", "Egypt", "Uzbekistan", "Kazakhstan", "Taiwan", "Australia",
    "Canada", "Germany", "France", "UK", "U.K.", "United Kingdom", "US", "U.S.", "USA",
    "United States", "UAE", "United Arab Emirates",
    # (more of the countries Korea-related agreements name: where a body is, no part of its name)
    "Russia", "Cambodia", "Laos", "Myanmar", "Nepal", "Bangladesh", "Sri Lanka", "Brunei",
    "Turkey", "Saudi Arabia", "Qatar", "Kuwait", "Oman", "Israel", "Brazil", "Mexico", "Chile",
    "Peru", "Colombia", "Argentina", "Spain", "Italy", "Netherlands", "Belgium", "Sweden",
    "Norway", "Finland", "Denmark", "Poland", "Hungary", "Czech Republic", "Austria",
    "Switzerland", "Ireland", "New Zealand", "El Salvador", "Ghana", "Ethiopia", "Tanzania",
    "Rwanda", "South Africa", "Morocco", "Estonia", "Latvia", "Lithuania", "Ukraine", "Romania",
    "Portugal", "Kyrgyzstan", "Tajikistan", "Azerbaijan", "North Korea", "DPRK",
)  # fmt: skip
# The forms an English page writes one country in, each family one country: a country named
# one way is the party another page (or sentence) names the other way.
COUNTRY_FORMS_EN: tuple[tuple[str, ...], ...] = (
    ("South Korea", "Korea", "S. Korea", "Republic of Korea", "ROK", "RoK"),
    ("United States", "U.S.", "US", "USA", "America"),
    ("United Kingdom", "U.K.", "UK", "Britain"),
    ("United Arab Emirates", "UAE"),
    ("Saudi Arabia", "Saudi"),
    ("Vietnam", "Viet Nam"),
    ("North Korea", "DPRK"),
)  # fmt: skip
# The states of the United States, by name: the one a page names is `the state` its
# governor signed for (`Gov. A signed an agreement between the state and B`).
US_STATES: tuple[str, ...] = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
    "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota",
    "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey",
    "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon",
    "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah",
    "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming",
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

# The particles a name takes in a sentence (`세종시와`, `경남은행은`, `KIST와의`), longest first.
NAME_PARTICLES: tuple[str, ...] = (
    "에서는", "으로는", "와의", "과의", "에서", "으로", "에는", "와는", "과는", "와도", "과도", "로서",
    "에게", "부터", "까지", "측은", "측과", "측", "은", "는", "이", "가", "와", "과", "의", "을",
    "를", "로", "도", "에",
)  # fmt: skip
# Words ending like a city, county, district, ministry or agency (`-시`, `-부`, `-구`) that name
# none, and the endings of such common nouns (`공동연구`, `고령인구`).
NOT_BODIES: tuple[str, ...] = (
    "필요시", "비상시", "유사시", "평상시", "관계부처", "관련부처", "소관부처", "중앙부처", "각부처",
    "공동연구", "지방정부", "중앙정부", "행정시", "자치시",
)  # fmt: skip
NOT_BODY_ENDINGS: tuple[str, ...] = (
    "연구", "인구", "요구", "도구", "입구", "출구", "친구", "가구", "기구", "지구",
)  # fmt: skip
# The endings of words in `대` that name no university (`청년세대`, `신산업시대`, `기대`, `확대`,
# `협약 상대`): a word so ending is a university written short (`다온대`) only when it is none of
# these. (The party readers' name test and the event grouping's organisation words read them.)
NOT_UNIVERSITY_ENDINGS: tuple[str, ...] = (
    "세대", "시대", "기대", "확대", "지대", "연대", "강대", "최대", "극대", "증대", "상대",
)  # fmt: skip
# How a university's own page names itself (`우리 대학은`, `본교는`): no name, the page's own
# university (named in its title or elsewhere on the page) is the party.
SELF_UNIVERSITY: tuple[str, ...] = (
    "우리 대학", "우리대학", "우리 대학교", "우리대학교", "본교", "본 대학", "본대학", "본 대학교",
    "우리 학교", "우리학교", "Our university", "our university", "Our University",
)  # fmt: skip
# Latin capitals that name an agreement, a topic or a file, not a body (`MOU`, `ESG`, `JPG`).
NOT_LATIN_BODIES: tuple[str, ...] = (
    "MOU", "MOA", "LOI", "MOC", "NDA", "ESG", "RE100", "AI", "IT", "ICT", "R&D", "CEO", "CTO",
    "TF", "TFT", "DX", "AX", "GX", "JPG", "PNG", "PDF", "URL", "SNS", "VR", "AR", "IoT",
)  # fmt: skip
# What a body named beside an agreement does when it does not sign it (`X의 후원`, `X 주최`).
NON_SIGNING_ROLES: tuple[str, ...] = ("후원", "주최", "주관", "협조", "지원", "입회", "참관")
# The last word of a phrase that names people, not their body (`가람농협 관계자`, `25개사
# 대표`, `누리마을 주민`): such a phrase is never a party by itself.
PERSON_REFERENCES: tuple[str, ...] = (
    "관계자", "관계자들", "임직원", "직원", "직원들", "대표", "대표들", "대표단", "일행", "주민", "주민들",
    "회원", "회원들", "담당자", "실무자", "일동", "관계관", "대표자", "대표자들",
)  # fmt: skip
# Kinds of body written bare (`자매마을`, `협력업체`, `유통대기업`): a kind names no one; the
# same word after a proper name (`누리마을`, `별빛기업`) is a name and is kept.
KIND_NOUNS: tuple[str, ...] = (
    "마을", "기업", "업체", "기관", "단체", "회사", "기업체", "협력사", "협력업체", "거래업체",
    "대기업", "유통대기업", "중소기업", "중견기업", "업체들", "기업들", "기관들", "단체들",
    # (`지역대학`, `자치구`: a kind of school or district; `산업계`, `학계`: a sector, no body)
    "대학", "자치구", "산업계", "학계", "재계", "경제계", "금융계",
)  # fmt: skip
# The kinds a page names the signers by (`협약기관은 …`, `3개 협약기업(…)`, `N개 기관과`): the
# party readers' `(?:기관|기업|업체|단체)`, in this order.
SIGNER_KINDS: tuple[str, ...] = ("기관", "기업", "업체", "단체")
# An institution's kind written alone as a side of a signing (`경찰이 … B와 업무협약을 맺었다`,
# `지자체와 교육청이 손을 맞잡고`): it stands for a body the page names elsewhere, none itself
# (the public bodies' kinds, and the kinds a page names its signers by, above).
INSTITUTION_KINDS: tuple[str, ...] = (
    "경찰", "지자체", "자치단체", "지방자치단체", "교육청", "학교", "대학", *SIGNER_KINDS,
)  # fmt: skip
# Words a kind noun is written after to make another kind (`자매마을`, `참여기업`, `거래업체`).
KIND_MODIFIERS: tuple[str, ...] = (
    "자매", "결연", "협약", "참여", "거래", "협력", "우수", "유통", "대형", "지역", "혁신",
)  # fmt: skip
# Offices one body runs for two districts, named with both (`동작·관악교육지원청`): the dotted
# place is no body of its own, its ending not shared out.
JOINT_OFFICE_KINDS: tuple[str, ...] = ("교육지원청",)
# Taking part in the ceremony, read where a side's name should stand (`…에서 참석, 2개 기업과`):
# the act, no party.
# (`이날 행사는 A시장과 …`: the occasion itself, no party either)
ATTENDANCE_NOUNS: tuple[str, ...] = ("참석", "참여", "참가", "행사")


__all__ = [
    "ACTION_NOUNS",
    "ATTENDANCE_NOUNS",
    "BODY_HEADS_EN",
    "BRANCH_SUFFIXES",
    "CENTRAL_SYLLABLES",
    "COMPANY_SUFFIXES",
    "COUNTRIES",
    "COUNTRIES_EN",
    "DEPARTMENT_SUFFIXES",
    "FIRM_ROLES_EN",
    "GENERIC_BODIES",
    "GENERIC_MODIFIERS",
    "JOINT_OFFICE_KINDS",
    "KIND_MODIFIERS",
    "KIND_NOUNS",
    "LEGAL_FORMS_EN",
    "MUNICIPAL_CLASS",
    "MUNICIPAL_SYLLABLES",
    "NAME_PARTICLES",
    "NETWORK_BODIES",
    "NON_SIGNING_ROLES",
    "NOT_ALIASES",
    "NOT_BODIES",
    "NOT_BODY_ENDINGS",
    "NOT_LATIN_BODIES",
    "NOT_UNIVERSITY_ENDINGS",
    "OFFICE_UNIT_SYLLABLES",
    "ORG_SUFFIXES",
    "ORG_SUFFIXES_EN",
    "ORG_SYLLABLES",
    "PEOPLE_NOUN_ENDINGS",
    "PERSON_REFERENCES",
    "SIGNER_KINDS",
    "SUBDIVISION_SYLLABLES",
    "TOWN_CLASS",
    "TOWN_SYLLABLES",
]
