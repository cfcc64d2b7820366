"""Place words: the 17 provinces and metropolitan cities by their short names, and the words of
an organisation's own premises."""

from __future__ import annotations

# Short name -> formal name; a short name also prefixes a place (`경북 칠곡군`, `서울 강남구`).
PROVINCES: dict[str, str] = {
    "서울": "서울특별시", "부산": "부산광역시", "대구": "대구광역시", "인천": "인천광역시",
    "광주": "광주광역시", "대전": "대전광역시", "울산": "울산광역시", "세종": "세종특별자치시",
    "경기": "경기도", "강원": "강원특별자치도", "충북": "충청북도", "충남": "충청남도",
    "전북": "전북특별자치도", "전남": "전라남도", "경북": "경상북도", "경남": "경상남도",
    "제주": "제주특별자치도",
}  # fmt: skip
# What follows a short name in a province's own name (`서울특별시`, `경기도`, `부산시`).
PROVINCE_ENDINGS: tuple[str, ...] = ("특별시", "광역시", "특별자치시", "특별자치도", "도", "시")
# An organisation's own premises (`대전 본사`, `본원 대회의실`): a venue that names no town.
OWN_SITES: tuple[str, ...] = ("본사", "본원", "본점", "본관", "본부", "사옥", "연수원")

__all__ = ["OWN_SITES", "PROVINCES", "PROVINCE_ENDINGS"]
