"""HTML pages: visible text only, entities decoded, chrome marked as noise with honest spans."""

from __future__ import annotations

from summarizer.reading import read_document

PAGE = """<!DOCTYPE html><html><head><title>t</title>
<meta property="article:published_time" content="2024-05-21T14:20:00+09:00">
<script>var id = "010-1234-5678"; gtag('config','G-1');</script><style>p{color:red}</style></head>
<body><nav class="gnb"><ul><li><a href="/a">경제</a></li><li>산업</li></ul></nav>
<article><h2 class="headline">기관 A·B, 협약 체결</h2>
<p>기관 A(이하 A)는 21일 기관 B와 &quot;상생 협약&quot;을 맺었다고 밝혔다. 두 기관은 앞으로 공동 연구와 인력 교류를 함께 추진하기로 했다.</p>
<p>A 원장은 &ldquo;협력을 넓히겠다&rdquo;고 말했다. 이번 협약으로 지역 기업의 기술 개발과 판로 확대를 지원할 계획이다.</p>
</article>
<footer><address>대표전화 02-2038-5100 | 팩스 02-2038-5199</address><p>Copyright © 2024 Example.</p></footer>
</body></html>"""


def test_visible_text_without_script_style_or_head() -> None:
    doc = read_document(PAGE.encode("utf-8"))
    assert doc.source.format == "html"
    assert doc.source.text_is_extracted
    assert (
        "gtag" not in doc.text and "color:red" not in doc.text and "010-1234-5678" not in doc.text
    )
    assert "+09:00" not in doc.text  # meta attributes are not text
    assert '"상생 협약"' in doc.text  # &quot; decoded
    assert "“협력을 넓히겠다”" in doc.text
    assert "02-2038-5100" in doc.text  # footer text is kept: its numbers are real mentions


def test_chrome_is_noise_and_body_is_not() -> None:
    doc = read_document(PAGE.encode("utf-8"))
    noise = {r.text for r in doc.regions if r.kind == "noise"}
    assert "경제" in noise
    assert any("02-2038-5100" in t for t in noise)
    assert any("Copyright" in t for t in noise)
    assert not any("공동 연구" in t for t in noise)
    assert "기관 A·B, 협약 체결" not in noise  # the headline is content
    for r in doc.regions:
        assert doc.text[r.start : r.end] == r.text


def test_blocks_become_lines() -> None:
    doc = read_document(PAGE.encode("utf-8"))
    lines = [line for line in doc.text.split("\n") if line.strip()]
    assert "기관 A·B, 협약 체결" in lines


def test_no_break_space_is_kept_so_spans_match_the_page() -> None:
    import html as html_lib

    page = "<html><body><p>협약식은 4월&nbsp;1일 오후 2시&nbsp;30분에 열린다. 두 기관은 협력하기로 했다.</p></body></html>"
    doc = read_document(page.encode("utf-8"))
    assert "4월\u00a01일" in doc.text
    assert "4월\u00a01일" in html_lib.unescape(page)


def test_table_rows_become_tab_separated_lines() -> None:
    page = (
        "<html><body><p>본문이다.</p><table class='contact'><tr><th>담당 부서</th><th>담당자</th><th>연락처</th></tr>"
        "<tr><td>가나과</td><td>홍길동 차장</td><td>042-123-4567</td></tr></table></body></html>"
    )
    doc = read_document(page.encode("utf-8"))
    assert "담당 부서\t담당자\t연락처" in doc.text.split("\n")
    assert "가나과\t홍길동 차장\t042-123-4567" in doc.text.split("\n")


def test_nbsp_paragraphs_and_table_rows_inside_the_article_are_not_noise() -> None:
    page = (
        "<html><body><article><h2>가나공단, 다라와 협약</h2>"
        "<p>가나공단은 4월&nbsp;1일 다라협회와 지역 기업 지원을 위한 업무협약을 맺었다고 밝혔다. "
        "두 기관은 공동 연구와 인력 교류를 함께 추진하고 판로 개척을 돕기로 했다.</p>"
        "<p>가나공단 이사장은 협력을 넓혀 기업의 성장을 돕겠다고 말했다. 협약은 3년 동안 이어진다.</p>"
        "<table><tr><td>가나공단</td><td>홍보팀</td><td>홍길동 차장</td><td>042-123-4567</td></tr></table>"
        "</article></body></html>"
    )
    doc = read_document(page.encode("utf-8"))
    noise = [r.text for r in doc.regions if r.kind == "noise"]
    assert not any("4월\u00a01일" in t for t in noise)
    assert not any("042-123-4567" in t for t in noise)


def test_a_page_cut_off_inside_a_tag_ends_at_its_last_words() -> None:
    # a page saved up to a byte limit: `…체결했다.</span` is no text of the page
    page = (
        '<html><body><div><span style="font-size: 13pt;">가람교육지원청</span><span>(이하 '
        "가람교육청)은 24일 누리시니어클럽과 ‘지원사업 업무협약’을 체결했다.</span"
    )
    doc = read_document(page.encode("utf-8"))
    assert doc.text.rstrip().endswith("체결했다."), doc.text
