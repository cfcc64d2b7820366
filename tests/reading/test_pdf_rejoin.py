"""PDF lines broken only to fit the page are joined before structure and facts read them."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

from korean_pdf import pdf_from_paragraphs, wrap

from summarizer import extract_facts, read_document
from summarizer.reading.rejoin import rejoin_page

BODY = "가람부(장관 김하늘)와 누리공사는 3월 12일 세종 정부청사에서 중소기업의 수출 지원을 위한 업무협약을 체결했다고 밝혔다."
QUOTE = "김하늘 가람부 장관은 “중소기업의 수출 길을 함께 넓히고 현장의 어려움을 끝까지 챙기겠다”고 말했다."
RELEASE = [
    "보도자료",
    "가람부·누리공사, 수출 지원 업무협약 체결",
    BODY,
    "두 기관은 협약에 따라 수출 상담회를 공동으로 개최하고 해외 인증 획득을 지원하며 판로 개척에 함께 나서기로 했다.",
    "○ 수출 상담회 공동 개최",
    "○ 해외 인증 획득 지원",
    QUOTE,
    "담당 부서\t수출정책과\t이바다\t044-204-7810",
]


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # a word cut in two, a cut between words after a particle, a number and its unit
        (
            "가나다라마바사아자차카타파하 기관은 업무협\n약을 맺었다.",
            "가나다라마바사아자차카타파하 기관은 업무협약을 맺었다.",
        ),
        (
            "가나다라마바사아자차카타파하 기관은 협약을\n맺었다.",
            "가나다라마바사아자차카타파하 기관은 협약을 맺었다.",
        ),
        (
            "가나다라마바사아자차카타파하 기관은 3월 12\n일 협약을 맺었다.",
            "가나다라마바사아자차카타파하 기관은 3월 12일 협약을 맺었다.",
        ),
        (
            "가나다라마바사아자차카타 장관은 “함께 하겠다\n”고 말했다.",
            "가나다라마바사아자차카타 장관은 “함께 하겠다”고 말했다.",
        ),
        (
            "The two agencies agreed to co-host export fairs\nand to support certification.",
            "The two agencies agreed to co-host export fairs and to support certification.",
        ),
    ],
)
def test_wrapped_lines_are_joined(page: str, expected: str) -> None:
    assert rejoin_page(page) == expected


@pytest.mark.parametrize(
    "page",
    [
        # a finished sentence, a list item, a short line, a table row: all stay apart
        "가나다라마바사아자차카타파하 기관은 협약을 맺었다.\n두 기관은 협력한다.",
        "가나다라마바사아자차카타파하 두 기관의 협력 분야는 다음과 같\n○ 수출 상담회",
        "가나다라마바사아자차카타파하 기관은 협약을 맺었다.\n짧은 줄\n다음 줄",
        "담당 부서\t수출정책과\t과장 이바다\t044-204-7810 가나다라마바사\n다음 줄",
        "짧은 제목\n본문",
    ],
)
def test_lines_that_are_not_wraps_stay(page: str) -> None:
    assert rejoin_page(page) == page


def test_a_wrapped_release_reads_like_its_text() -> None:
    pdf = pdf_from_paragraphs(RELEASE, width=60)
    assert any(len(wrap(p, 60)) > 1 for p in RELEASE)  # the PDF really has wrapped lines
    doc = read_document(pdf, name="release.pdf")
    assert BODY in doc.text and QUOTE in doc.text
    facts = extract_facts(doc, reference_date="2025-03-12")
    # Offsets index the joined text, which is the text the result carries.
    assert facts.text == doc.text
    for f in facts.facts:
        assert doc.text[f.start : f.end] == f.text
    quotes = facts.structure.quotes
    assert quotes and quotes[0].speaker == "김하늘"
    assert "챙기겠다" in quotes[0].text
    assert doc.text[quotes[0].start : quotes[0].end] == quotes[0].text
    assert len(facts.structure.commitments) >= 2
    assert any(f.kind == "date" and f.value == "2025-03-12" for f in facts.facts)


def _kept(source: Path) -> tuple[int, int, int, int]:
    """(quotes, quotes found again, commitments, commitments found again) in a wrapped PDF."""
    doc = read_document(source)
    pdf = read_document(pdf_from_paragraphs(doc.text.replace("\r", "").split("\n"), width=70))
    a = extract_facts(doc, reference_date="2025-03-12").structure
    b = extract_facts(pdf, reference_date="2025-03-12").structure

    def squash(text: str) -> str:
        return "".join(text.split())

    qa = {(q.speaker, squash(q.text)) for q in a.quotes}
    qb = {(q.speaker, squash(q.text)) for q in b.quotes}
    ca = {squash(c.text) for c in a.commitments}
    cb = {squash(c.text) for c in b.commitments}
    return len(qa), len(qa & qb), len(ca), len(ca & cb)


def test_the_corpus_wrapped_into_pdfs_keeps_its_quotes_and_commitments() -> None:
    # Every text document of the corpus, laid out as a PDF wrapped at 70 columns the way HWP
    # wraps (Korean anywhere, Latin words whole): nearly all quotes (with their speaker) and
    # commitments are read as from the text (92 of 93 and 148 of 149 when written).
    root = Path(__file__).resolve().parents[2]
    sources = sorted((root / "examples").glob("*.txt")) + sorted(
        (root / "corpus" / "docs").glob("*.txt")
    )
    totals = [0, 0, 0, 0]
    for source in sources:
        totals = [t + k for t, k in zip(totals, _kept(source), strict=True)]
    quotes, quotes_kept, commitments, commitments_kept = totals
    assert quotes > 50 and commitments > 100
    assert quotes_kept >= 0.95 * quotes, totals  # 48 of 93 without rejoining
    assert commitments_kept >= 0.95 * commitments, totals  # 85 of 149 without
