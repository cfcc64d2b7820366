"""Deterministic facts and document structure, each carrying its span in the decoded text."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

FactKind = Literal["date", "time", "phone", "email", "url", "money"]


class Span(BaseModel):
    """A piece of the source: `text == document.text[start:end]` always holds."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Fact(Span):
    """One regex-found fact with its normalised value.

    Values: dates ISO `YYYY-MM-DD` or `A/B` for ranges; times `HH:MM` or `HH:MM/HH:MM`;
    phones E.164 (`+82…`) or bare digits for service numbers; e-mails and URLs as written;
    money as an integer amount in won (`1200억 원` -> `120000000000`).
    """

    kind: FactKind
    value: str | None = None
    note: str | None = None  # e.g. "fax", "weekday (화) disagrees with 2024-07-17 (수)"


class Region(Span):
    """A stretch of the document that belongs to no summary, or repeats an earlier one."""

    kind: Literal["noise", "duplicate"]
    # e.g. "copyright", "byline", "input-line", "caption", "campaign", "repeat of line at 120"
    reason: str


class Embargo(Span):
    """The release-time line (`보도시점`, `보도일시`, `엠바고`) and, when parseable, its moment."""

    value: str | None = None  # ISO date or date-time, `2024-07-17T10:30`


class Party(BaseModel):
    """An organisation party to the agreement, with the aliases the text introduces."""

    name: str
    aliases: list[str] = Field(default_factory=list)
    head: str | None = None  # `장관 오영주` from `중소벤처기업부(장관 오영주, 이하 중기부)`
    start: int | None = None
    end: int | None = None


class Commitment(Span):
    """One cooperation item as listed in the text, bullet removed."""

    section: Literal["body", "appendix", "prose"] = "body"


class Quote(Span):
    """A direct quotation; `text` is the quoted words without quote marks."""

    speaker: str | None = None
    title: str | None = None  # 장관, 회장, 이사장 …
    org: str | None = None


class Contact(BaseModel):
    """A press contact from the contact table."""

    department: str | None = None
    name: str | None = None
    role: str | None = None
    phone: str | None = None  # E.164 value
    phone_text: str | None = None
    start: int | None = None
    end: int | None = None


class Event(BaseModel):
    """The signing or launch the document is about: date, time and place as the text states them."""

    date: str | None = None
    time: str | None = None
    place: str | None = None
    date_span: Span | None = None
    time_span: Span | None = None
    place_span: Span | None = None


class Structure(BaseModel):
    """What the document says, found without a model."""

    title: Span | None = None
    subtitles: list[Span] = Field(default_factory=list)
    embargo: Embargo | None = None
    dateline: Span | None = None
    parties: list[Party] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    contacts: list[Contact] = Field(default_factory=list)
    event: Event | None = None


class SourceInfo(BaseModel):
    """Where the text came from and how it was decoded."""

    path: str
    format: Literal["text", "html", "pdf", "hwp", "hwpx"]
    encoding: str
    sha256: str
    chars: int
    text_is_extracted: bool = False  # True for HTML/PDF/HWPX: offsets index `FactsResult.text`


class FactsResult(BaseModel):
    """The deterministic result: facts, structure and regions, all indexed into `text`."""

    source: SourceInfo
    reference_date: str
    # "option", "embargo", "input-line", "dateline", "first-full-date" or "today"
    reference_date_origin: str
    facts: list[Fact] = Field(default_factory=list)
    structure: Structure = Field(default_factory=Structure)
    regions: list[Region] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    text: str | None = None  # the indexed text, included when it differs from the raw file
