"""The closed vocabularies of the facts models, shared by the pydantic models and the records."""

from __future__ import annotations

from typing import Literal

FactKind = Literal["date", "time", "phone", "email", "url", "money"]
NoteKind = Literal["weekday-mismatch", "year-inferred", "hour-ambiguous", "no-reference"]
ReferenceOrigin = Literal[
    "option",  # given by the user (`--reference-date`)
    "embargo",  # the release-time line (보도시점, 엠바고)
    "input-line",  # a posting line: 입력, 등록, 송고, 기사입력, 웹출고시간, 승인, 게재, Published
    "html-meta",  # the page's metadata: article:published_time, <time datetime>
    "metadata",  # a `date 2021-07` line left at the top, or an issue marker (`2021년 3월호`)
    "dateline",  # `SEOUL, Oct. 1 (Yonhap) --`
    "byline",  # a reporter line with its date, `홍길동 기자 2024.05.21 10:30`
    "signature",  # a notice's closing date over its issuer, `2024년 4월 25일 / ○○부 장관`
    "path",  # older results only: a dated image or link address, which dates no page now
    "photo-stamp",  # a wire photo's stamp of the day the story tells, `2024.5.5/뉴스1`
    "modified-line",  # only a last-modified line (최종수정, 수정) states a date
    "unknown",  # neither the page nor the user gives one: nothing is resolved against a guess
    "today",  # older results only: the guess that "unknown" replaced; never produced now
]
# How sure the rules are of a piece of structure; the prompt marks or leaves out "low" ones.
Confidence = Literal["high", "low"]
Format = Literal["text", "html", "pdf", "hwp", "hwpx"]


__all__ = ["Confidence", "FactKind", "Format", "NoteKind", "ReferenceOrigin"]
