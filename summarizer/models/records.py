"""Light twins of the facts models: plain dataclasses the deterministic layers build.

Reading, facts and structure build these; `summarizer.models.facts` holds the pydantic models
with the same names and fields that the Python API returns (`models.facts.facts_result`
converts, validating). A process that only prints facts (`summarizer facts`) never imports pydantic:
`dump_json` writes a record exactly as `FactsResult.model_dump_json` writes the model (a test
compares the two on every example). Keep the fields, their order and defaults the same as
the models'.

The classes are made with `record`, a `dataclass(kw_only=True, repr=False, eq=False)` of their
own: the same `__init__`, `__dataclass_fields__` (so `dataclasses.fields`, `replace` and
`is_dataclass` work on them), without `dataclass`'s checks of each field (a ClassVar? an
InitVar? a mutable default?), which every `summarizer facts` paid for the ~80 fields here.
"""

import dataclasses
from collections.abc import Callable
from dataclasses import MISSING, Field, field, fields, is_dataclass
from typing import Any, Literal, TypeVar, dataclass_transform

from summarizer import codecache
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


_C = TypeVar("_C", bound=type)
_FIELD_KIND = dataclasses._FIELD  # type: ignore[attr-defined]  # what `fields` lists
_FACTORY = object()  # an argument left out whose default is a factory's value


@dataclass_transform(kw_only_default=True, eq_default=False, field_specifiers=(field,))
def record(cls: _C) -> _C:
    """`dataclass(kw_only=True, repr=False, eq=False)` for the plain fields of this module
    (annotated, a default or `field(default_factory=…)`): base fields first, as dataclass
    orders them, then the class's own. The `__init__` text depends only on the field names
    and which have defaults, so its code is kept between runs (summarizer.codecache)."""
    found: dict[str, Field[Any]] = {}
    for base in cls.__mro__[-1:0:-1]:
        found.update(getattr(base, "__dataclass_fields__", {}))
    own = cls.__dict__.get("__annotations__", {})  # noqa: RUF063  # inspect: a heavy import
    for name, kind in own.items():
        value = cls.__dict__.get(name, MISSING)
        f: Field[Any] = value if isinstance(value, Field) else field(default=value)
        if isinstance(value, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        f.name, f.type, f.kw_only = name, kind, True
        f._field_type = _FIELD_KIND  # type: ignore[attr-defined]
        found[name] = f
    cls.__dataclass_fields__ = found  # type: ignore[attr-defined]
    cls.__match_args__ = ()  # type: ignore[attr-defined,misc]  # keyword-only: none by position
    cls.__init__ = _init(cls, found)  # type: ignore[misc]
    return cls


def _init(cls: type, found: dict[str, Field[Any]]) -> Callable[..., None]:
    """The `__init__` dataclass writes for keyword-only fields (and a `__post_init__` call)."""
    params, body = [], []
    space: dict[str, Any] = {"_F": _FACTORY}
    for name, f in found.items():
        if f.default_factory is not MISSING:
            params.append(f"{name}=_F")
            space[f"_f_{name}"] = f.default_factory
            body.append(f" self.{name} = _f_{name}() if {name} is _F else {name}")
            continue
        if f.default is MISSING:
            params.append(name)
        else:
            params.append(f"{name}=_d_{name}")
            space[f"_d_{name}"] = f.default
        body.append(f" self.{name} = {name}")
    if hasattr(cls, "__post_init__"):
        body.append(" self.__post_init__()")
    text = f"def __init__(self, *, {', '.join(params)}):\n" + "\n".join(body or [" pass"]) + "\n"
    codecache.run(text, space)
    fn: Callable[..., None] = space["__init__"]
    fn.__qualname__ = f"{cls.__qualname__}.__init__"
    return fn


@record
class Span(Record):
    """A piece of the source: `text == document.text[start:end]` always holds."""

    text: str
    start: int
    end: int


@record
class FactNote(Record):
    """A typed remark on a fact (see models.facts.FactNote)."""

    kind: NoteKind
    message: str


@record
class DateParts(Record):
    """A date as the text writes it (see models.facts.DateParts)."""

    day: int
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    relative: str | None = None


@record
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


@record
class Region(Span):
    """A stretch that belongs to no summary, or repeats an earlier one (see models.facts)."""

    kind: Literal["noise", "duplicate"]
    reason: str
    basis: Literal["rule", "guess", "extractor"] = "rule"


@record
class Embargo(Span):
    """The release-time line and, when parseable, its moment."""

    value: str | None = None


@record
class Headline(Span):
    """The document's title line, and how sure the rules are that it is the real headline."""

    confidence: Confidence = "high"
    why: str | None = None


@record
class Party(Record):
    """An organisation party to the agreement, with the aliases the text introduces."""

    name: str
    aliases: list[str] = field(default_factory=list)
    head: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: Confidence = "high"
    why: str | None = None


@record
class Commitment(Span):
    """One cooperation item as listed in the text, bullet removed."""

    section: Literal["body", "appendix", "prose"] = "body"
    confidence: Confidence = "high"
    # why it is doubted: "no stated subject", "after the list", "one party's plan", "long clause"
    why: str | None = None


@record
class Quote(Span):
    """A direct quotation; `text` is the quoted words without quote marks."""

    speaker: str | None = None
    title: str | None = None
    org: str | None = None


@record
class Contact(Record):
    """A press contact from the contact table."""

    department: str | None = None
    name: str | None = None
    role: str | None = None
    phone: str | None = None
    phone_text: str | None = None
    start: int | None = None
    end: int | None = None


@record
class Event(Record):
    """The signing or launch the document is about: date, time and place as stated."""

    date: str | None = None
    time: str | None = None
    place: str | None = None
    date_span: Span | None = None
    time_span: Span | None = None
    place_span: Span | None = None
    unsure: list[Literal["date", "time", "place"]] = field(default_factory=list)


@record
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


@record
class SourceInfo(Record):
    """Where the text came from and how it was decoded."""

    path: str
    format: Format
    published: str | None = None
    encoding: str
    sha256: str
    chars: int
    text_is_extracted: bool = False


@record
class Document(Record):
    """The decoded text plus reading notes (see models.document.Document)."""

    text: str
    source: SourceInfo
    regions: list[Region] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


@record
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
