"""Readers skipped on a page without what every one of their results needs (gate37): the
reader still runs, and finds as before, when the page holds it; without it nothing is read."""

from __future__ import annotations

import pytest

from summarizer.extract import extract_facts
from summarizer.structure import contacts

# (invented names and numbers)
_CONTACT_PAGE = (
    "가람시, 누리대학교와 업무협약 체결\n\n"
    "가람시는 3일 누리대학교와 청년 일자리 협력을 위한 업무협약을 체결했다.\n\n"
    "담당 부서 : 가람시 일자리정책과 담당자 주무관 홍길동 (031-123-4567)\n"
)
_NO_PHONE_PAGE = (
    "가람시, 누리대학교와 업무협약 체결\n\n"
    "가람시는 3일 누리대학교와 청년 일자리 협력을 위한 업무협약을 체결했다.\n\n"
    "담당 부서 : 가람시 일자리정책과 담당자 주무관 홍길동\n"
)


def test_contacts_still_read_on_a_page_with_a_phone() -> None:
    found = extract_facts(_CONTACT_PAGE.encode()).structure.contacts
    assert [c.phone_text for c in found] == ["031-123-4567"]
    assert found[0].department is not None and "일자리정책과" in found[0].department


def test_contacts_not_read_on_a_page_without_a_phone(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_lines(*_a: object, **_k: object) -> object:
        raise AssertionError("a page without a phone was split into lines for its contacts")

    monkeypatch.setattr(contacts, "iter_lines", no_lines)
    assert extract_facts(_NO_PHONE_PAGE.encode()).structure.contacts == []
