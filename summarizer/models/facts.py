"""Deterministic facts and document structure, each carrying its span in the decoded text."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field, ValidationError, computed_field, field_validator

from summarizer.models.defaults import empty_list
from summarizer.models.kinds import Confidence, FactKind, NoteKind, ReferenceOrigin


class Span(BaseModel):
    """A piece of the source: `text == document.text[start:end]` always holds."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class FactNote(BaseModel):
    """A typed remark on a fact: what kind of doubt it is, and the sentence saying it."""

    kind: NoteKind
    message: str


class DateParts(BaseModel):
    """A date as the text writes it: what is known even when no calendar value can be given."""

    day: int
    month: int | None = None
    year: int | None = None
    weekday: int | None = None  # 0 Monday … 6 Sunday, as written (`(수)`, `Wednesday`)
    relative: str | None = None  # the relative word written with it: 지난, 오는, 지지난달, 이날 …


class Fact(Span):
    """One regex-found fact with its normalised value.

    Values: dates ISO `YYYY-MM-DD` or `A/B` for ranges; times `HH:MM` or `HH:MM/HH:MM`;
    phones E.164 (`+82…`) or bare digits for service numbers; e-mails and URLs as written;
    money as an integer amount in the currency (`1200억 원` -> `120000000000`).
    A date whose year or month the text omits has no value when the reference date is
    unknown; `parts` keeps what it does say (day, weekday, relative word).
    """

    kind: FactKind
    value: str | None = None
    fax: bool = False  # a phone written as a fax number
    currency: str | None = None  # money: ISO 4217 code (`KRW`, `USD`, …)
    parts: list[DateParts] = Field(default_factory=empty_list)  # dates: one, or two for a range
    notes: list[FactNote] = Field(default_factory=empty_list)

    @computed_field  # type: ignore[prop-decorator]
    @property
    def note(self) -> str | None:
        """The notes as one readable line (display only; read the typed fields in code)."""
        said = (["fax"] if self.fax else []) + [n.message for n in self.notes]
        return "; ".join(said) or None


class Region(Span):
    """A stretch of the document that belongs to no summary, or repeats an earlier one."""

    kind: Literal["noise", "duplicate"]
    # e.g. "copyright", "byline", "input-line", "caption", "campaign", "repeat of line at 120"
    reason: str
    # what marks it: a line rule (sure), a guess from the layout (a campaign footer), or only
    # that a page extractor left it out of the main text
    basis: Literal["rule", "guess", "extractor"] = "rule"


class Embargo(Span):
    """The release-time line (`보도시점`, `보도일시`, `엠바고`) and, when parseable, its moment."""

    value: str | None = None  # ISO date or date-time, `2024-07-17T10:30`


class Headline(Span):
    """The document's title line, and how sure the rules are that it is the real headline."""

    confidence: Confidence = "high"
    why: str | None = None  # why it is doubted: "caption", "tagged", "far from the top"


class Party(BaseModel):
    """An organisation party to the agreement, with the aliases the text introduces."""

    name: str
    aliases: list[str] = Field(default_factory=empty_list)
    head: str | None = None  # `장관 오영주` from `중소벤처기업부(장관 오영주, 이하 중기부)`
    start: int | None = None
    end: int | None = None
    confidence: Confidence = "high"
    # why it is doubted: "caption", "lead sentence", "agreement name", "issuer", "not an organisation"
    why: str | None = None


class Commitment(Span):
    """One cooperation item as listed in the text, bullet removed."""

    section: Literal["body", "appendix", "prose"] = "body"
    confidence: Confidence = "high"
    # why it is doubted: "no stated subject", "after the list", "one party's plan", "long clause"
    why: str | None = None


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
    # fields the rules are unsure of (`date` read from a sentence about another step, a guess)
    unsure: list[Literal["date", "time", "place"]] = Field(default_factory=empty_list)


class Structure(BaseModel):
    """What the document says, found without a model."""

    title: Headline | None = None  # a plain Span is taken as a headline the rules are sure of
    subtitles: list[Span] = Field(default_factory=empty_list)
    embargo: Embargo | None = None
    dateline: Span | None = None
    parties: list[Party] = Field(default_factory=empty_list)
    commitments: list[Commitment] = Field(default_factory=empty_list)
    quotes: list[Quote] = Field(default_factory=empty_list)
    contacts: list[Contact] = Field(default_factory=empty_list)
    event: Event | None = None

    @field_validator("title", mode="before")
    @classmethod
    def _span_as_headline(cls, v: object) -> object:
        if isinstance(v, Span) and not isinstance(v, Headline):
            return Headline(text=v.text, start=v.start, end=v.end)
        return v


class SourceInfo(BaseModel):
    """Where the text came from and how it was decoded."""

    path: str
    format: Literal["text", "html", "pdf", "hwp", "hwpx"]
    # the publication date the page's metadata states (article:published_time, <time datetime>)
    published: str | None = None
    encoding: str
    sha256: str
    chars: int
    text_is_extracted: bool = False  # True for HTML/PDF/HWPX: offsets index `FactsResult.text`


class FactsResult(BaseModel):
    """The deterministic result: facts, structure and regions, all indexed into `text`."""

    source: SourceInfo
    # ISO `YYYY-MM-DD`, `YYYY-MM` when the page states only its month, None when unknown
    reference_date: str | None
    reference_date_origin: ReferenceOrigin
    reference_date_span: Span | None = None  # where the text states it
    facts: list[Fact] = Field(default_factory=empty_list)
    structure: Structure = Field(default_factory=Structure)
    regions: list[Region] = Field(default_factory=empty_list)
    warnings: list[str] = Field(default_factory=empty_list)
    text: str | None = None  # the indexed text, included when it differs from the raw file


def facts_result(record: Any) -> FactsResult:
    """The validated model of a `records.FactsRecord` (what the Python API returns).

    Read off the records' attributes by pydantic itself: a third of the cost of turning the
    records into dicts first. Strictly first (a fifth faster: no coercion is tried), as the
    records hold exactly the types the models name; were a value of another type ever to come
    (a tuple for a list), it is read again as usual, and what strict reading accepts the usual
    reading gives alike."""
    try:
        return FactsResult.model_validate(record, from_attributes=True, strict=True)
    except ValidationError:
        return FactsResult.model_validate(record, from_attributes=True)
