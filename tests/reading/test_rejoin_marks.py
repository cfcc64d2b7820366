"""A PDF line opening with any of a line's marks (`lexicon.marks`) opens a list item: it is never
joined to the line above as a wrap."""

from __future__ import annotations

import pytest

from summarizer.reading.rejoin import rejoin_page


@pytest.mark.parametrize("mark", ["‣", "►", "◎"])
def test_a_marked_line_is_not_joined_to_the_line_above(mark: str) -> None:
    page = f"가나다라마바사아자차카타파하 기관은 다음 사업에 협력한다\n{mark} 수출 상담회를 공동으로 개최\n"
    assert rejoin_page(page) == page
