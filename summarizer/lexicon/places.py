"""Place words: the 17 provinces and metropolitan cities by their short names, and the words of
an organisation's own premises."""

from summarizer.codecache import dataclass


@dataclass(frozen=True)
class Province:
    """A province or metropolitan city: its short and formal names and their English.

    `en` renders the formal name in a place (`North Chungcheong Province`), `en_short` the short
    name (`North Chungcheong`), `en_word` the short name inside a body's or branch's name
    (`충북지역본부` -> `Chungbuk`). `other_ko` are other Korean forms with their English in a place
    (`강원도` -> `Gangwon Province`); `other_en` the English its government goes by, which reports
    may use for it (`Chungcheongbuk-do`).
    """

    short: str
    formal: str
    en: str
    en_short: str
    en_word: str
    other_ko: tuple[tuple[str, str], ...] = ()
    other_en: tuple[str, ...] = ()


def _metro(short: str, formal: str, en: str, *other_en: str) -> Province:
    """A metropolitan city: one English for every form; `부산시` is another Korean form."""
    return Province(short, formal, en, en, en, ((short + "시", en),), other_en)


PROVINCE_TABLE: tuple[Province, ...] = (
    _metro("서울", "서울특별시", "Seoul", "Seoul Metropolitan Government", "Seoul City"),
    _metro("부산", "부산광역시", "Busan", "Busan Metropolitan City", "Busan City"),
    _metro("대구", "대구광역시", "Daegu", "Daegu Metropolitan City", "Daegu City"),
    _metro("인천", "인천광역시", "Incheon", "Incheon Metropolitan City", "Incheon City"),
    _metro("광주", "광주광역시", "Gwangju", "Gwangju Metropolitan City"),
    _metro("대전", "대전광역시", "Daejeon", "Daejeon Metropolitan City", "Daejeon City"),
    _metro("울산", "울산광역시", "Ulsan", "Ulsan Metropolitan City", "Ulsan City"),
    _metro("세종", "세종특별자치시", "Sejong", "Sejong City"),
    Province(
        "경기", "경기도", "Gyeonggi Province", "Gyeonggi", "Gyeonggi",
        (("경기도청", "Gyeonggi Provincial Government"),), ("Gyeonggi-do", "Gyeonggi Province"),
    ),
    Province(
        "강원", "강원특별자치도", "Gangwon State", "Gangwon", "Gangwon",
        (("강원도", "Gangwon Province"),), ("Gangwon-do", "Gangwon Province"),
    ),
    Province(
        "충북", "충청북도", "North Chungcheong Province", "North Chungcheong", "Chungbuk",
        (("충북도", "North Chungcheong Province"),),
        ("Chungcheongbuk-do", "North Chungcheong Province", "Chungbuk"),
    ),
    Province(
        "충남", "충청남도", "South Chungcheong Province", "South Chungcheong", "Chungnam",
        (("충남도", "South Chungcheong Province"),),
        ("Chungcheongnam-do", "South Chungcheong Province", "Chungnam"),
    ),
    Province(
        "전북", "전북특별자치도", "Jeonbuk State", "Jeonbuk", "Jeonbuk",
        (("전라북도", "North Jeolla Province"), ("전북도", "Jeonbuk State")),
        ("Jeollabuk-do", "North Jeolla Province", "Jeonbuk"),
    ),
    Province(
        "전남", "전라남도", "South Jeolla Province", "South Jeolla", "Jeonnam",
        (("전남도", "South Jeolla Province"),), ("Jeollanam-do", "South Jeolla Province", "Jeonnam"),
    ),
    Province(
        "경북", "경상북도", "North Gyeongsang Province", "North Gyeongsang", "Gyeongbuk",
        (("경북도", "North Gyeongsang Province"),),
        ("Gyeongsangbuk-do", "North Gyeongsang Province", "Gyeongbuk"),
    ),
    Province(
        "경남", "경상남도", "South Gyeongsang Province", "South Gyeongsang", "Gyeongnam",
        (("경남도", "South Gyeongsang Province"),),
        ("Gyeongsangnam-do", "South Gyeongsang Province", "Gyeongnam"),
    ),
    Province(
        "제주", "제주특별자치도", "Jeju Province", "Jeju", "Jeju", (("제주도", "Jeju Province"),),
        ("Jeju-do", "Jeju Province", "Jeju Special Self-Governing Province"),
    ),
)  # fmt: skip
# Short name -> formal name; a short name also prefixes a place (`경북 칠곡군`, `서울 강남구`).
PROVINCES: dict[str, str] = {p.short: p.formal for p in PROVINCE_TABLE}


def _forms(p: Province) -> tuple[str, ...]:
    """`경상남도`, `경남`, `경남도`: the province's own names (not its government's building)."""
    own = p.short + "도" if p.formal.endswith("도") else p.short + "시"
    forms = (p.formal, p.short, own, *(k for k, _ in p.other_ko))
    return tuple(dict.fromkeys(f for f in forms if not f.endswith("청")))


# Every Korean form of each province (`경남`, `경남도`, `경상남도`): one province whichever is written.
# (each province's forms made once: not again for each of its forms)
PROVINCE_FORMS: dict[str, tuple[str, ...]] = {
    form: forms for forms in map(_forms, PROVINCE_TABLE) for form in forms
}


def province_variants(name: str) -> list[str]:
    """`경상남도 가람군` -> [`경남 가람군`, `경남도 가람군`]: the name with its leading province
    written in each other form (empty when it does not start with a province)."""
    first, _, rest = name.strip().partition(" ")
    return [f"{form} {rest}".strip() for form in PROVINCE_FORMS.get(first, ()) if form != first]


# What follows a short name in a province's own name (`서울특별시`, `경기도`, `부산시`).
PROVINCE_ENDINGS: tuple[str, ...] = ("특별시", "광역시", "특별자치시", "특별자치도", "도", "시")
# Cities and counties by the short name a report puts before a local body (`성주 선남농협`,
# `완주 봉동농협`): a place, not part of the body's name. Short names that are also common words
# (`예산`, `음성`, `고령`, `장수`, `영광`, `구리`, `거창`, `동해`, `남해`) are left out.
MUNICIPALITIES: tuple[str, ...] = (
    "수원", "성남", "고양", "용인", "부천", "안산", "안양", "남양주", "화성", "평택", "의정부",
    "시흥", "파주", "김포", "광명", "군포", "하남", "오산", "이천", "안성", "의왕", "양주",
    "포천", "동두천", "과천", "여주", "가평", "양평", "연천", "춘천", "원주", "강릉", "태백",
    "속초", "삼척", "홍천", "횡성", "영월", "평창", "정선", "철원", "화천", "양구", "인제",
    "고성", "양양", "청주", "충주", "제천", "보은", "옥천", "영동", "증평", "진천", "괴산",
    "단양", "천안", "공주", "보령", "아산", "서산", "논산", "계룡", "당진", "금산", "부여",
    "서천", "청양", "홍성", "태안", "전주", "군산", "익산", "정읍", "남원", "김제", "완주",
    "진안", "무주", "임실", "순창", "고창", "부안", "목포", "여수", "순천", "나주", "광양",
    "담양", "곡성", "구례", "고흥", "보성", "화순", "장흥", "강진", "해남", "영암", "무안",
    "함평", "장성", "완도", "진도", "신안", "포항", "경주", "김천", "안동", "구미", "영주",
    "영천", "상주", "문경", "경산", "군위", "의성", "청송", "영양", "영덕", "청도", "성주",
    "칠곡", "예천", "봉화", "울진", "울릉", "창원", "진주", "통영", "사천", "김해", "밀양",
    "거제", "양산", "의령", "함안", "창녕", "하동", "산청", "함양", "합천", "서귀포", "기장",
    "달성", "울주", "강화", "옹진",
)  # fmt: skip
# An organisation's own premises (`대전 본사`, `본원 대회의실`): a venue that names no town.
OWN_SITES: tuple[str, ...] = ("본사", "본원", "본점", "본관", "본부", "사옥", "연수원")
# Rooms of a building a signing is held in (`A 본사 대회의실에서`).
MEETING_ROOMS: tuple[str, ...] = (
    "청사", "회의실", "대회의실", "중회의실", "소회의실", "강당", "홀", "세미나실", "접견실",
    "상황실", "집무실", "사무실",
)  # fmt: skip

# Words placing a partner near the one that reports (`관내 누리병원`, `인접지역 A·B소방서`):
# where the body is, said before its name and no part of it.
NEARBY_WORDS: tuple[str, ...] = (
    "관내", "관할", "인접지역", "인접 지역", "인근", "인근 지역", "도내", "지역 내",
)  # fmt: skip

__all__ = [
    "MEETING_ROOMS",
    "MUNICIPALITIES",
    "NEARBY_WORDS",
    "OWN_SITES",
    "PROVINCES",
    "PROVINCE_ENDINGS",
    "PROVINCE_FORMS",
    "PROVINCE_TABLE",
    "Province",
    "province_variants",
]
