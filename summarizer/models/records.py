"""Light twins of the facts models: plain dataclasses the deterministic layers build.

Reading, facts and structure build these; `summarizer.models.facts` holds the pydantic models
with the same names and fields that the Python API returns (`models.facts.facts_result`
converts, validating). A process that only prints facts (`summarizer facts`) never imports pydantic:
`dump_json` writes a record exactly as `FactsResult.model_dump_json` writes the model (a test
compares the two on every example). Keep the fields, their order and defaults the same as
the models'.

No `from __future__ import annotations` here: `dataclass` takes a field's type as given, where
an annotation kept as a string is parsed (is it a ClassVar? an InitVar?) field by field, a
quarter of what this module's classes cost every `summarizer facts` (~1.6 M instructions).
"""

from collections.abc import Callable
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, Literal

from summarizer.models.kinds import (
    Confidence,
    FactKind,
    Format,
    NoteKind,
    ReferenceOrigin,
)


class Record:
    """What `dataclass` generates for each class, written once for all records: each record
    class compiles only its `__init__` when this module loads (the generated `__repr__` and
    `__eq__` were a third of the load, which every `summarizer facts` pays). Both behave as
    dataclass's: `Name(field=value, …)`, and equal when of the same class with equal fields."""

    __slots__ = ()

    def __repr__(self) -> str:
        shown = ", ".join(f"{n}={getattr(self, n)!r}" for n in _field_names(type(self)) or ())
        return f"{type(self).__qualname__}({shown})"

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        names = _field_names(type(self)) or ()
        return tuple(getattr(self, n) for n in names) == tuple(getattr(other, n) for n in names)

    __hash__ = None  # type: ignore[assignment]  # mutable, as a dataclass with eq is


@dataclass(kw_only=True, repr=False, eq=False)
class Span(Record):
    """A piece of the source: `text == document.text[start:end]` always holds."""

    text: str
    start: int
    end: int


@dataclass(kw_only=True, repr=False, eq=False)
class FactNote(Record):
    """A typed remark on a fact (see models.facts.FactNote)."""

    kind: NoteKind
    message: str


@dataclass(kw_only=True, repr=False, eq=False)
class DateParts(Record):
    """A date as the text writes it (see models.facts.DateParts)."""

    day: int
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    relative: str | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class Fact(Span):
    """One regex-found fact with its normalised value (see models.facts.Fact)."""

    kind: FactKind
    value: str | None = None
    fax: bool = False
    currency: str | None = None
    parts: list[DateParts] = field(default_factory=list)
    notes: list[FactNote] = field(default_factory=list)

    @property
    def note(self) -> str | None:
        """The notes as one readable line (display only; read the typed fields in code)."""
        said = (["fax"] if self.fax else []) + [n.message for n in self.notes]
        return "; ".join(said) or None


@dataclass(kw_only=True, repr=False, eq=False)
class Region(Span):
    """A stretch that belongs to no summary, or repeats an earlier one (see models.facts)."""

    kind: Literal["noise", "duplicate"]
    reason: str
    basis: Literal["rule", "guess", "extractor"] = "rule"


@dataclass(kw_only=True, repr=False, eq=False)
class Embargo(Span):
    """The release-time line and, when parseable, its moment."""

    value: str | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class Headline(Span):
    """The document's title line, and how sure the rules are that it is the real headline."""

    confidence: Confidence = "high"
    why: str | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class Party(Record):
    """An organisation party to the agreement, with the aliases the text introduces."""

    name: str
    aliases: list[str] = field(default_factory=list)
    head: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: Confidence = "high"
    why: str | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class Commitment(Span):
    """One cooperation item as listed in the text, bullet removed."""

    section: Literal["body", "appendix", "prose"] = "body"
    confidence: Confidence = "high"
    # why it is doubted: "no stated subject", "after the list", "one party's plan", "long clause"
    why: str | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class Quote(Span):
    """A direct quotation; `text` is the quoted words without quote marks."""

    speaker: str | None = None
    title: str | None = None
    org: str | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class Contact(Record):
    """A press contact from the contact table."""

    department: str | None = None
    name: str | None = None
    role: str | None = None
    phone: str | None = None
    phone_text: str | None = None
    start: int | None = None
    end: int | None = None


@dataclass(kw_only=True, repr=False, eq=False)
class Event(Record):
    """The signing or launch the document is about: date, time and place as stated."""

    date: str | None = None
    time: str | None = None
    place: str | None = None
    date_span: Span | None = None
    time_span: Span | None = None
    place_span: Span | None = None
    unsure: list[Literal["date", "time", "place"]] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class Structure(Record):
    """What the document says, found without a model."""

    title: Headline | None = None  # a plain Span is taken as a headline the rules are sure of
    subtitles: list[Span] = field(default_factory=list)
    embargo: Embargo | None = None
    dateline: Span | None = None
    parties: list[Party] = field(default_factory=list)
    commitments: list[Commitment] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    contacts: list[Contact] = field(default_factory=list)
    event: Event | None = None

    def __post_init__(self) -> None:
        t = self.title
        if t is not None and not isinstance(t, Headline):
            self.title = Headline(text=t.text, start=t.start, end=t.end)


@dataclass(kw_only=True, repr=False, eq=False)
class SourceInfo(Record):
    """Where the text came from and how it was decoded."""

    path: str
    format: Format
    published: str | None = None
    encoding: str
    sha256: str
    chars: int
    text_is_extracted: bool = False


@dataclass(kw_only=True, repr=False, eq=False)
class Document(Record):
    """The decoded text plus reading notes (see models.document.Document)."""

    text: str
    source: SourceInfo
    regions: list[Region] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@dataclass(kw_only=True, repr=False, eq=False)
class FactsRecord(Record):
    """The deterministic result (see models.facts.FactsResult, which it converts to)."""

    source: SourceInfo
    reference_date: str | None
    reference_date_origin: ReferenceOrigin
    reference_date_span: Span | None = None
    facts: list[Fact] = field(default_factory=list)
    structure: Structure = field(default_factory=Structure)
    regions: list[Region] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    text: str | None = None


# Field names by class, None for a class that is no dataclass: `is_dataclass` and `fields` on
# every value cost a third of converting a document's record.
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    if cls not in _FIELD_NAMES:
        _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls)) if is_dataclass(cls) else None
    return _FIELD_NAMES[cls]


def plain(value: Any) -> Any:
    """JSON-ready data of a record, keyed in field order; a fact's `note` last, as pydantic
    writes a computed field."""
    names = _field_names(type(value))
    if names is not None:
        out = {name: plain(getattr(value, name)) for name in names}
        if isinstance(value, Fact):
            out["note"] = value.note
        return out
    if isinstance(value, list | tuple):
        return [plain(v) for v in value]
    return value


def dump_json(record: Any, indent: int | None = None) -> str:
    """The record as the pydantic model's `model_dump_json(indent=…)` writes it."""
    if indent is None:
        import json  # here: the facts table (no --json) does not load the json package

        return json.dumps(plain(record), ensure_ascii=False, separators=(",", ":"))
    try:
        from _json import encode_basestring as quoted  # what json.dumps quotes strings with
    except ImportError:  # another Python: json's own
        from json.encoder import encode_basestring as quoted
    out: list[str] = []
    _indented(plain(record), " " * indent, "\n", out, quoted)
    return "".join(out)


def _indented(
    value: Any, step: str, newline: str, out: list[str], quoted: Callable[[str], str]
) -> None:
    """`json.dumps(value, ensure_ascii=False, indent=len(step))` of a record's plain value,
    written into `out`: the same text (a test compares them on every example and on odd
    values), without importing the json package (its decoder and scanner too: ~3 M
    instructions of a `summarizer facts --json` start) for the one call. `newline` is a
    newline and the current indentation."""
    if isinstance(value, str):
        out.append(quoted(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(int.__repr__(value))
    elif isinstance(value, dict | list | tuple) and not value:
        out.append("{}" if isinstance(value, dict) else "[]")
    elif isinstance(value, dict) and all(isinstance(k, str) for k in value):
        inner = newline + step
        lead = "{" + inner
        for key, item in value.items():
            out.append(lead + quoted(key) + ": ")
            _indented(item, step, inner, out, quoted)
            lead = "," + inner
        out.append(newline + "}")
    elif isinstance(value, list | tuple):
        inner = newline + step
        lead = "[" + inner
        for item in value:
            out.append(lead)
            _indented(item, step, inner, out, quoted)
            lead = "," + inner
        out.append(newline + "]")
    else:  # floats, keys other than str: as json writes them, at this indentation
        import json

        text = json.dumps(value, ensure_ascii=False, indent=len(step))
        out.append(text.replace("\n", newline))


__all__ = [
    "Commitment",
    "Confidence",
    "Contact",
    "DateParts",
    "Document",
    "Embargo",
    "Event",
    "Fact",
    "FactKind",
    "FactNote",
    "FactsRecord",
    "Headline",
    "Party",
    "Quote",
    "Region",
    "SourceInfo",
    "Span",
    "Structure",
    "dump_json",
    "plain",
]
