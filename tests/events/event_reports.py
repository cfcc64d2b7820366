"""Short reports of invented agreements, written for these tests (no outside text).

Event "sister": 청림군 and 서울 한결구 sign a sisterhood agreement on 2025-05-15, reported by
the county's own release, a wire story and a regional paper that dates it the 16th and spells
the district head's name 박도연 (the others write 박도윤); plus a syndicated copy of the wire.
Event "kotec": 중소벤처기업부 and 기술보증기금 sign an MOU, in Korean (with short names) and in
English. A look-alike: the ministry selects operators on the same day (no agreement). And the
same two local governments sign again two weeks later (a different event).
"""

from __future__ import annotations

from pathlib import Path

from summarizer import extract_facts, read_document
from summarizer.models import SummaryResult

RELEASE = """보도자료
보도시점 2025. 5. 15.(목) 14:00
청림군-서울 한결구, 자매결연 협약 체결
- 농특산물 직거래와 청소년 교류 확대
청림군(군수 윤서진)은 5월 15일(목) 오전 11시 청림군청 대회의실에서 서울 한결구(구청장 박도윤)와 자매결연 협약을 체결했다.
양 기관은 △농특산물 직거래 장터 운영 △청소년 문화 교류 프로그램 △행정 경험 공유에 협력하기로 했다.
윤서진 청림군수는 "도시와 농촌이 함께 성장하는 모범을 만들겠다"고 말했다.
담당 부서 기획예산과 주무관 한소라 (061-350-2214)
"""

WIRE = """(서울=연합뉴스) 정다운 기자 = 서울 한결구는 15일 청림군청에서 청림군과 자매결연 협약을 맺었다고 밝혔다.
박도윤 한결구청장과 윤서진 청림군수는 이날 협약식에서 농특산물 직거래 장터를 열고 청소년 문화 교류 프로그램을 함께 운영하기로 했다.
박도윤 구청장은 "두 지역이 서로의 강점을 나누며 상생하겠다"고 말했다.
dawn@yna.co.kr
<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>
"""

PAPER = """[남도일보] 청림군이 서울 한결구와 손을 잡았다.
청림군은 16일 군청에서 윤서진 군수와 박도연 서울 한결구청장 등 40여 명이 참석한 가운데 한결구와 자매결연 협약을 체결했다.
두 지자체는 농특산물 직거래 장터 운영과 청소년 교류, 관광 홍보에 힘을 모으기로 했다.
저작권자 © 남도일보 무단전재 및 재배포 금지
"""

SYNDICATED = """스포츠한마당
청림군-한결구 자매결연
(서울=연합뉴스) 정다운 기자 = 서울 한결구는 15일 청림군청에서 청림군과 자매결연 협약을 맺었다고 밝혔다.
박도윤 한결구청장과 윤서진 청림군수는 이날 협약식에서 농특산물 직거래 장터를 열고 청소년 문화 교류 프로그램을 함께 운영하기로 했다.
박도윤 구청장은 "두 지역이 서로의 강점을 나누며 상생하겠다"고 말했다.
dawn@yna.co.kr
:) 이런 뉴스는 어때요
"""

KOTEC_KO = """입력 2025.05.15 10:20
중기부·기보, 기술창업 보증 협약
(세종=뉴스1) 한지민 기자 = 중소벤처기업부(이하 중기부)와 기술보증기금(이하 기보)은 15일 정부세종청사에서 기술창업 기업 보증 지원을 위한 업무협약을 체결했다.
협약에 따라 기보는 창업 3년 이내 기업에 보증료를 깎아 주고, 중기부는 우수 기업을 추천한다.
"""

KOTEC_EN = """Ministry of SMEs and Startups and KOTEC sign MOU on startup guarantees
The Ministry of SMEs and Startups (MSS) and the Korea Technology Finance Corporation (KOTEC) signed a memorandum of understanding on May 15, 2025 in Sejong to support technology startups with guarantees.
Under the agreement, KOTEC will lower guarantee fees for startups under three years old, and the ministry will recommend promising companies.
"""

LOOKALIKE = """입력 2025.05.15 16:00
중기부, 기술창업 지원사업 운영기관 2곳 선정
(세종=뉴스1) 한지민 기자 = 중소벤처기업부는 15일 '기술창업 도약 지원사업' 운영기관으로 한빛기술연구원과 누리과학원을 선정했다고 밝혔다.
두 기관은 각각 창업 기업 20곳을 발굴해 최대 2년간 기술개발을 돕는다. 기술보증기금은 선정 기업의 보증 심사를 맡는다.
"""

AGAIN = """보도자료
보도시점 2025. 5. 29.(목) 10:00
청림군-서울 한결구, 청소년 교류 세부 협약 체결
청림군(군수 윤서진)은 5월 29일(목) 한결구청에서 서울 한결구(구청장 박도윤)와 청소년 교류 세부 협약을 체결했다.
양 기관은 여름방학 농촌 체험 캠프를 공동 운영하기로 했다.
"""

REPORTS = {
    "release.txt": RELEASE,
    "wire.txt": WIRE,
    "paper.txt": PAPER,
    "syndicated.txt": SYNDICATED,
    "kotec-ko.txt": KOTEC_KO,
    "kotec-en.txt": KOTEC_EN,
    "lookalike.txt": LOOKALIKE,
    "again.txt": AGAIN,
}
GOLD = {
    "release.txt": "sister",
    "wire.txt": "sister",
    "paper.txt": "sister",
    "syndicated.txt": "sister",
    "kotec-ko.txt": "kotec",
    "kotec-en.txt": "kotec",
    "lookalike.txt": "select",
    "again.txt": "again",
}


def write_reports(folder: Path, names: list[str] | None = None) -> list[Path]:
    """The reports as files in `folder` (all, or the named ones in that order)."""
    out = []
    for name in names or list(REPORTS):
        path = folder / name
        path.write_text(REPORTS[name], encoding="utf-8")
        out.append(path)
    return out


def offline_results(paths: list[Path]) -> list[SummaryResult]:
    """Offline results (deterministic facts only) of the given files."""
    return [SummaryResult(mode="offline", facts=extract_facts(read_document(p))) for p in paths]
