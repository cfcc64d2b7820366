"""Prompt templates: one loader (StrictUndefined), the prompt version, and the summary messages."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer import kept
from summarizer.errors import ConfigError
from summarizer.schema_text import guide_of, schema_guide

if TYPE_CHECKING:  # jinja2 is imported when a prompt is rendered: a cached run never needs it
    import jinja2

    from summarizer.models import Fact, FactsResult

_PACKAGE = Path(__file__).resolve().parent


def prompts_dir() -> Path:
    """Where the templates live: `summarizer/_prompts` in a wheel, the repository's `prompts/` otherwise."""
    for candidate in (_PACKAGE / "_prompts", _PACKAGE.parent / "prompts"):
        if (candidate / "summarize.j2").is_file():
            return candidate
    raise ConfigError(f"prompt templates not found beside {_PACKAGE}: reinstall summarizer")


class Prompts:
    """The templates of one directory, rendered with StrictUndefined so a missing variable fails."""

    def __init__(self, directory: Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else prompts_dir()
        self._version: tuple[tuple[tuple[str, int, int], ...], str] | None = None

    @cached_property
    def _env(self) -> jinja2.Environment:
        import jinja2

        # Plain text prompts: no HTML autoescape; trim/lstrip so {% %} lines leave no blank lines.
        return jinja2.Environment(
            loader=jinja2.FileSystemLoader(self.directory),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=False,
        )

    def render(self, name: str, **variables: Any) -> str:
        """Render `name` (with or without `.j2`); values are inserted as data, never re-parsed."""
        import jinja2

        filename = name if name.endswith(".j2") else f"{name}.j2"
        try:
            template = self._env.get_template(filename)
        except jinja2.TemplateNotFound:
            raise ConfigError(
                f"no prompt template {filename!r} in {self.directory}: reinstall summarizer"
            ) from None
        return template.render(**variables).strip() + "\n"

    def version(self) -> str:
        """Short sha256 of every template, the Briefing JSON schema and its written form: changes
        when the prompt does."""
        files = tuple(
            (path.name, path.stat().st_mtime_ns, path.stat().st_size)
            for path in sorted(self.directory.glob("*.j2"))
        )
        if self._version is None or self._version[0] != files:
            # The CLI keeps it (summarizer.kept) while the templates, the models, pydantic and
            # the written schema's code are unchanged: a cached `brief` needs it for its keys
            # only, and computing it reads every template and hashes the schema (OpenSSL).
            stamp = self._stamp(files) if kept.on() else None
            version = kept.load("prompt-version", stamp) if stamp is not None else None
            if not isinstance(version, str):
                version = self._computed(files)
                if stamp is not None:
                    kept.store("prompt-version", stamp, version)
            self._version = (files, version)
        return self._version[1]

    def _computed(self, files: tuple[tuple[str, int, int], ...]) -> str:
        import hashlib

        digest = hashlib.sha256()
        for name, _mtime, _size in files:
            digest.update(name.encode() + b"\0" + (self.directory / name).read_bytes() + b"\0")
        schema = json.loads(_schema_json())
        digest.update(json.dumps(schema, sort_keys=True, ensure_ascii=False).encode("utf-8"))
        for mode in ("tools", "json_schema"):  # the written schema, as each legend opens it
            digest.update(guide_of(schema, mode).encode("utf-8"))
        return digest.hexdigest()[:12]

    def _stamp(self, files: tuple[tuple[str, int, int], ...]) -> tuple[object, ...] | None:
        """What the version is derived from: the templates (`files`), the schema's sources
        (`_schema_stamp`) and the code that writes the schema out (summarizer.schema_text)."""
        schema = _schema_stamp()
        try:
            written = kept.stamp_of([_PACKAGE / "schema_text.py"])
        except OSError:
            return None
        return None if schema is None else (str(self.directory), files, schema, written)


@cache
def _schema_json() -> str:
    # The Briefing JSON schema as built (its keys in order: the written guide follows them).
    # It is fixed for a process; building it costs ~15 ms, too much per document, and for the
    # CLI too much per run: a cached `brief` needs the version for its cache keys only. The
    # CLI keeps it (summarizer.kept) while the models and pydantic are unchanged.
    stamp = _schema_stamp() if kept.on() else None
    schema = kept.load("briefing-json-schema", stamp) if stamp is not None else None
    if not isinstance(schema, str):
        from summarizer.models import Briefing

        schema = json.dumps(Briefing.model_json_schema(), ensure_ascii=False)
        if stamp is not None:
            kept.store("briefing-json-schema", stamp, schema)
    return schema


def _schema_stamp() -> tuple[object, ...] | None:
    """What the Briefing JSON schema is derived from: the models' sources and pydantic's version.

    The version is read from pydantic's `version.py` without importing pydantic (a cached
    `brief` needs none of it); pydantic refuses to run with any pydantic-core but the one its
    version names, so that also fixes pydantic-core's.
    """
    from importlib.util import find_spec

    try:
        models = kept.stamp_of(sorted((_PACKAGE / "models").glob("*.py")))
        spec = find_spec("pydantic")
        if spec is None or spec.origin is None:
            return None
        return (models, (Path(spec.origin).parent / "version.py").read_bytes())
    except (OSError, ValueError, ImportError):
        return None


@cache
def default_prompts() -> Prompts:
    """The installed templates, compiled once per process (jinja caches compiled templates)."""
    return Prompts()


def render_prompt(name: str, **variables: Any) -> str:
    """Render one template of the installed prompts."""
    return default_prompts().render(name, **variables)


def prompt_version() -> str:
    """The version of the installed prompts (travels with every result and cache key)."""
    return default_prompts().version()


def boundary_for(text: str) -> str:
    """A marker token derived from the text, so the document cannot contain its own end marker."""
    import hashlib

    # Eight hex digits: the check below, not the length, keeps the marker out of the text.
    token = hashlib.sha256(text.encode("utf-8")).hexdigest()[:8]
    while token in text:
        token += "-" + hashlib.sha256(token.encode()).hexdigest()[:8]
    return token


def summary_messages(
    text: str,
    facts: FactsResult,
    terms: Iterable[Any] = (),
    *,
    prompts: Prompts | None = None,
    mode: str = "tools",
) -> list[dict[str, str]]:
    """The system and user messages asking for a Briefing of `text`, with facts and terms as hints.

    In every mode the keys and their instructions go into the system prompt as we write them
    (schema_text): servers such as llama.cpp use the json_schema only as a grammar, so the
    model would never see them, md_json has no schema of its own, and the tool (or OpenAI's
    response format) carries only the top-level keys (llm.schema).
    """
    prompts = prompts or default_prompts()
    hints = fact_hints(facts)
    if hints["title"] and not hints["title_unsure"] and hints["title"] == _first_line(text):
        hints["title"] = "the first line"  # not the document's own first line written twice
    user = prompts.render(
        "summarize",
        document=text,
        boundary=boundary_for(text),
        reference_date=facts.reference_date,
        source_format=facts.source.format,
        terms=_named_on_parties(hints["parties"], [_term(t) for t in terms]),
        hints=hints,
    )
    return [
        {
            "role": "system",
            "content": prompts.render("system", schema=schema_guide(mode)),
        },
        {"role": "user", "content": user},
    ]


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def _named_on_parties(
    parties: list[dict[str, Any]], terms: list[dict[str, str | None]]
) -> list[dict[str, str | None]]:
    """The terms left after each party's official English name goes on its own line (`en`),
    so a party's Korean name is not written twice."""
    by_ko = {t["ko"]: t for t in terms}
    used: set[str | None] = set()
    for party in parties:
        term = by_ko.get(party["name"])
        if term is not None and term["en"]:
            party["en"] = term["en"] + (f" ({term['abbr']})" if term["abbr"] else "")
            used.add(term["ko"])
    return [t for t in terms if t["ko"] not in used]


def _term(entry: Any) -> dict[str, str | None]:
    # Glossary entries may be objects (ko/en/abbr attributes) or mappings.
    get = entry.get if isinstance(entry, Mapping) else lambda k: getattr(entry, k, None)
    return {"ko": get("ko"), "en": get("en"), "abbr": get("abbr")}


def _outside(regions: list[tuple[int, int]], fact: Fact) -> bool:
    return not any(start <= fact.start < end for start, end in regions)


def _once(facts: list[Fact], known: set[str]) -> list[dict[str, str | None]]:
    """Each value once (its first written form), leaving out values a hint with a role gives;
    a fact with a note (a weekday that does not match, an inferred year) is kept with it."""
    out: list[dict[str, str | None]] = []
    for f in facts:
        key = (f.value or f.text) + (f"|{f.note}" if f.note else "")
        if key in known:
            continue
        known.add(key)
        out.append({"text": f.text, "value": f.value, "note": f.note})
    return out


def _plain(fact: Fact) -> bool:
    # `10:00~10:40` = `10:00/10:40`, `2024-09-30`: the value says nothing the text does not
    return fact.value == "".join(fact.text.split()).replace("~", "/")


def _person(head: str | None) -> str | None:
    # a head is written "title name" (장관 한서진): the name is the last word
    words = (head or "").split()
    return words[-1] if words else None


def fact_hints(facts: FactsResult) -> dict[str, Any]:
    """What the rules found, trimmed to what helps the model: noise left out, and each date,
    time and phone once, under its role (event, embargo, contact) when it has one."""
    skip = [(r.start, r.end) for r in facts.regions]
    kept = [f for f in facts.facts if _outside(skip, f)]
    s = facts.structure

    def of(kind: str) -> list[Fact]:
        return [f for f in kept if f.kind == kind]

    event = None
    sure_date = sure_time = None
    if s.event is not None:
        event = {"date": s.event.date, "time": s.event.time, "place": s.event.place}
        sure_date = None if "date" in s.event.unsure else s.event.date
        sure_time = None if "time" in s.event.unsure else s.event.time
    moment = (s.embargo.value or "") if s.embargo else ""
    # a date the event, the embargo or the reference date line already gives is not repeated
    # (an unsure event date keeps its mentions: they are how the model checks it)
    unsure_date = s.event.date if s.event is not None and "date" in s.event.unsure else None
    said = {v for v in (sure_date, moment[:10], facts.reference_date) if v} - {unsure_date}
    dates = _once([f for f in of("date") if not _plain(f)], said)
    times = _once(
        [f for f in of("time") if not _plain(f)], {v for v in (sure_time, moment[11:]) if v}
    )
    contact_phones = {v for c in s.contacts for v in (c.phone, c.phone_text) if v}
    phones = [
        f for f in of("phone") if f.value not in contact_phones and f.text not in contact_phones
    ]
    # a party's head who is quoted is marked on the party's line; other speakers are listed
    # with their title (the organisation is a party's or the document's)
    heads = {_person(p.head) for p in s.parties} - {None}
    quoted = {q.speaker for q in s.quotes if q.speaker}
    quotes = [
        " ".join(x for x in (q.title, q.speaker) if x)
        for q in s.quotes
        if q.speaker and q.speaker not in heads
    ]
    # what the rules are unsure of travels with it, so the template can mark it
    return {
        "title": s.title.text if s.title else None,
        "title_unsure": s.title.why if s.title and s.title.confidence == "low" else None,
        "event_unsure": list(s.event.unsure) if s.event else [],
        "embargo": {"text": s.embargo.text, "value": s.embargo.value} if s.embargo else None,
        "event": event,
        "parties": [
            {
                "name": p.name,
                "en": None,  # the official English name, when the glossary has it
                "aliases": p.aliases,
                "head": p.head,
                "quoted": _person(p.head) in quoted,
                "unsure": p.why if p.confidence == "low" else None,
            }
            for p in s.parties
        ],
        # who (the name, or the desk) and the phone: the rest of the line is in the document
        "contacts": [
            " ".join(x for x in (c.name or c.department, c.phone_text) if x) for c in s.contacts
        ],
        "commitments": [
            {"text": c.text, "unsure": c.why if c.confidence == "low" else None}
            for c in s.commitments
        ],
        "quotes": list(dict.fromkeys(quotes)),
        "dates": dates,
        "times": times,
        "phones": [{**d, "value": None} for d in _once(phones, set())],  # as written only
    }


__all__ = [
    "Prompts",
    "boundary_for",
    "default_prompts",
    "fact_hints",
    "prompt_version",
    "prompts_dir",
    "render_prompt",
    "summary_messages",
]
