"""Department names in English, built from their parts: 소상공인정책과 -> Small Business Policy Division.

A department name is a stem of subject words and a unit word at the end (과 Division, 팀
Team, 국 Bureau …). When every part is known the English is composed; when a part is not, the
project does not guess: it says what kind of unit it is and keeps the Korean beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.lexicon import PROVINCE_TABLE

UNITS: dict[str, str] = {
    "담당관실": "Office",
    "담당관": "Office",
    "대변인실": "Spokesperson's Office",
    "정책관실": "Policy Bureau",
    "정책관": "Policy Bureau",
    "지역본부": "Regional Headquarters",
    "본부": "Headquarters",
    "지부": "Branch",
    "지사": "Branch",
    "지소": "Branch Office",
    "사무소": "Office",
    "센터": "Center",
    "사업단": "Project Group",
    "추진단": "Task Force",
    "기획단": "Planning Group",
    "단": "Group",
    "실": "Office",
    "국": "Bureau",
    "과": "Division",
    "팀": "Team",
    "부": "Department",
    "처": "Department",
    "원": "Institute",
    "소": "Office",
}

WORDS: dict[str, str] = {
    "소상공인": "Small Business", "협업": "Collaboration", "보증": "Guarantee",
    "협동조합": "Cooperative", "소통협력": "Communication and Cooperation",
    "성과분석": "Performance Analysis", "정책연구": "Policy Research", "중소기업": "SME", "중소벤처": "SME and Startup",
    "벤처": "Venture", "창업": "Startup", "스타트업": "Startup", "기업": "Business",
    "정책": "Policy", "기획": "Planning", "조정": "Coordination", "총괄": "General",
    "홍보": "Public Relations", "대외협력": "External Cooperation", "대외": "External",
    "협력": "Cooperation", "지원": "Support", "혁신": "Innovation", "산업": "Industry",
    "기술": "Technology", "투자": "Investment", "글로벌": "Global", "국제": "International",
    "해외": "Overseas", "통상": "Trade", "수출": "Export", "무역": "Trade", "경제": "Economic",
    "일자리": "Jobs", "고용": "Employment", "노동": "Labor", "미래": "Future",
    "디지털": "Digital", "전략": "Strategy", "운영": "Operations", "사업": "Business",
    "소통": "Communication", "언론": "Media", "보도": "Press", "총무": "General Affairs",
    "인사": "Personnel", "교육": "Education", "연구": "Research", "개발": "Development",
    "관리": "Management", "농업": "Agriculture", "농촌": "Rural", "농식품": "Agri-Food",
    "해양": "Marine", "수산": "Fisheries", "환경": "Environment", "에너지": "Energy",
    "문화": "Culture", "관광": "Tourism", "체육": "Sports", "복지": "Welfare",
    "보건": "Health", "안전": "Safety", "재난": "Disaster", "교통": "Transport",
    "도시": "Urban", "건설": "Construction", "주택": "Housing", "금융": "Finance",
    "재정": "Fiscal", "예산": "Budget", "세무": "Tax", "법무": "Legal", "감사": "Audit",
    "데이터": "Data", "정보": "Information", "통신": "Communications", "과학": "Science",
    "바이오": "Bio", "의료": "Medical", "청년": "Youth", "여성": "Women", "가족": "Family",
    "판로": "Market Access", "상생": "Shared Growth", "동반성장": "Shared Growth",
    "지역": "Regional", "균형": "Balanced", "발전": "Development", "성장": "Growth",
    "마케팅": "Marketing", "경영": "Management", "지식재산": "Intellectual Property",
    "특허": "Patent", "표준": "Standards", "인증": "Certification", "품질": "Quality",
    "물류": "Logistics", "항공": "Aviation", "공항": "Airport", "항만": "Port",
    "국토": "Land", "자원": "Resources", "원자력": "Nuclear", "탄소중립": "Carbon Neutrality",
    "기후": "Climate", "스마트": "Smart", "제조": "Manufacturing", "소재": "Materials",
    "부품": "Parts", "장비": "Equipment", "반도체": "Semiconductor", "자동차": "Automotive",
    "조선": "Shipbuilding", "국방": "Defense", "외교": "Foreign Affairs", "행정": "Administration",
    "자치": "Local Autonomy", "브랜드": "Brand", "콘텐츠": "Content", "평가": "Evaluation",
    "성과": "Performance", "감독": "Supervision", "조사": "Investigation", "분석": "Analysis",
    "통계": "Statistics", "전환": "Transition", "전통시장": "Traditional Market",
    "상권": "Commercial District", "시장": "Market", "유통": "Distribution",
    "규제": "Regulation", "개혁": "Reform", "공정": "Fair", "거래": "Trade",
    "대변인": "Spokesperson", "비서": "Secretariat", "운영지원": "Operations Support",
    "신산업": "New Industry", "융합": "Convergence", "사회": "Social", "인재": "Talent",
    "인력": "Human Resources", "양성": "Development", "진흥": "Promotion", "육성": "Promotion",
    "소비자": "Consumer", "보호": "Protection", "공공": "Public", "민간": "Private",
    "북부": "Northern", "남부": "Southern", "동부": "Eastern", "서부": "Western", "중부": "Central",
    **{p.short: p.en_word for p in PROVINCE_TABLE},
}  # fmt: skip

_ORDER = sorted(WORDS, key=len, reverse=True)


@dataclass(frozen=True)
class DepartmentEn:
    """A department in English: `complete` when every part was known."""

    en: str
    complete: bool


def _stem_words(stem: str) -> list[str] | None:
    out: list[str] = []
    pos = 0
    while pos < len(stem):
        word = next((w for w in _ORDER if stem.startswith(w, pos)), None)
        if word is None:
            return None
        out.append(WORDS[word])
        pos += len(word)
    return out


def department_en(korean: str | None) -> DepartmentEn | None:
    """The English of one department name (the last unit of `중기부 소상공인정책과` is enough)."""
    if not korean or not korean.strip():
        return None
    words = korean.split()
    name = re.sub(r"[()\[\]·]", "", words[-1])
    for unit in sorted(UNITS, key=len, reverse=True):
        if name.endswith(unit):
            stem = name[: -len(unit)]
            if not stem and len(unit) == 1:
                break
            parts = _stem_words(stem)
            if parts is not None:
                # Repeated words (`Promotion Promotion`) read badly; keep their first use.
                seen = list(dict.fromkeys(parts))
                return DepartmentEn(" ".join([*seen, UNITS[unit]]).strip(), True)
            return DepartmentEn(UNITS[unit], False)
    return None


__all__ = ["UNITS", "WORDS", "DepartmentEn", "department_en"]
