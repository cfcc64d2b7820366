"""A news site's legal imprint in its footer (snippets invented for these tests): the outlet's
registration date there is a date the page writes, but not the article's publication date."""

from __future__ import annotations

from summarizer.facts import find_reference_date

_FOOTER_LINES = (
    "누리시와 별빛㈜는 지난 23일 업무협약을 맺었다.\n\n"
    "  • 제호 : 가온매거진\n"
    "  • 등록번호 : 대전 아00000\n"
    "  • 발행일 : 2018-03-21\n"
    "  • 발행·편집인 : 홍누리\n"
)
_FOOTER_ONE_LINE = (
    "누리시와 별빛㈜는 지난 23일 업무협약을 맺었다.\n"
    "제호 : 가온타임즈주소 : 가람시 누리로 3 인터넷신문등록번호 : 경북 아00000 "
    "등록(발행)일자 : 2023년 3월 3일\n발행인 : 홍누리\n"
)


def test_the_imprint_registration_date_is_no_publication_date() -> None:
    for text in (_FOOTER_LINES, _FOOTER_ONE_LINE):
        assert find_reference_date(text) is None
    # an article's own `등록일` stamp under its headline, no imprint around it, dates the page
    text = "[사진] 협약 체결\n\n  • 등록일 2021.03.17\n\n누리시와 별빛㈜는 17일 협약을 맺었다.\n"
    found = find_reference_date(text)
    assert found is not None and found.reference.date.isoformat() == "2021-03-17"
