"""Official English names of Korean public bodies: lookup, renames and English-name checks."""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import date
from functools import cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from summarizer.errors import ConfigError

Confidence = Literal["confirmed", "seen-in-english-press", "partly-confirmed"]
EnglishCheck = Literal["official", "former", "mismatch", "unknown"]

# A branch, regional office or chapter of a body keeps the body's English name plus a suffix.
BRANCH_SUFFIXES = (
    "지역본부", "본부", "지부", "지사", "지회", "지점", "지청", "지원", "사무소", "출장소",
    "센터", "분소", "분원", "지방청", "지역센터", "연구소",
)  # fmt: skip
# Particles that may follow a two-syllable short name (`한전은`, `무보와`) without ending the word.
_PARTICLES = (
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "의",
    "와",
    "과",
    "도",
    "에",
    "로",
    "으로",
    "에서",
    "과의",
    "와의",
)
_PAREN = re.compile(r"[(\[（][^)\]）]*[)\]）]")
_COMPANY = re.compile(r"\(주\)|주식회사|\(재\)|\(사\)|재단법인|사단법인")


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _key(korean: str) -> str:
    """Comparison key of a Korean name: NFKC, no company marks, no brackets, no spaces."""
    text = unicodedata.normalize("NFKC", korean)
    text = _COMPANY.sub("", text)
    text = _PAREN.sub("", text)
    return re.sub(r"[\s·ㆍ\-]+", "", text)


def _en_key(english: str) -> str:
    """Comparison key of an English name: case, `the`, `&`, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKC", english).casefold().replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def _abbr_key(abbr: str) -> str:
    return re.sub(r"[^0-9a-z]", "", abbr.casefold())


class Rename(BaseModel):
    """An earlier name of a body, in use until (not including) `until`."""

    model_config = ConfigDict(frozen=True)

    until: date
    en: str
    abbr: str | None = None
    ko: str | None = None  # the Korean name then, when it differed
    ko_aliases: tuple[str, ...] = ()


class Entry(BaseModel):
    """One body: its Korean names, official English name and abbreviation, and where they come from."""

    model_config = ConfigDict(frozen=True)

    ko: str
    ko_aliases: tuple[str, ...] = ()
    en: str
    abbr: str | None = None
    source: str
    confidence: Confidence
    renames: tuple[Rename, ...] = ()
    branch: str | None = Field(
        None, description="Branch suffix (경기북부지부) when looked up by one"
    )

    @property
    def display(self) -> str:
        """`Ministry of SMEs and Startups (MSS)`, or the bare name without an abbreviation."""
        return f"{self.en} ({self.abbr})" if self.abbr else self.en

    @property
    def korean_names(self) -> list[str]:
        """Every Korean name: formal, aliases, and earlier names with theirs."""
        names = [self.ko, *self.ko_aliases]
        for old in self.renames:
            names += [n for n in (old.ko, *old.ko_aliases) if n]
        return list(dict.fromkeys(names))

    def as_of(self, when: date | str) -> Entry:
        """The entry as it was named on `when` (earlier names come from `renames`)."""
        day = date.fromisoformat(when) if isinstance(when, str) else when
        for old in sorted(self.renames, key=lambda r: r.until):
            if day < old.until:
                return self.model_copy(
                    update={
                        "ko": old.ko or self.ko,
                        "ko_aliases": old.ko_aliases or self.ko_aliases,
                        "en": old.en,
                        "abbr": old.abbr,
                        "renames": (),
                    }
                )
        return self

    def prompt_line(self) -> str:
        """One terminology line for the prompt: `중소벤처기업부 (중기부): Ministry of SMEs and Startups (MSS)`."""
        aliases = f" ({', '.join(self.ko_aliases)})" if self.ko_aliases else ""
        return f"{self.ko}{aliases}: {self.display}"


class Glossary:
    """The loaded glossary with lookups by Korean name and checks of English names."""

    def __init__(self, entries: list[Entry]) -> None:
        self.entries = entries
        self._by_key: dict[str, Entry] = {}
        for entry in entries:
            for name in entry.korean_names:
                self._by_key.setdefault(_key(name), entry)
        # English-language documents name parties in English: `Korea International Trade Association`.
        self._by_en: dict[str, Entry] = {}
        for entry in entries:
            for en in (entry.en, *(r.en for r in entry.renames)):
                self._by_en.setdefault(_en_key(en), entry)
        # Longest first so `한국전기안전공사` wins over a shorter name it starts with.
        self._keys_longest_first = sorted(self._by_key, key=len, reverse=True)

    def lookup(self, korean: str) -> Entry | None:
        """The body named `korean` (formal name, alias, earlier name, `<name> <branch>`, or its English name)."""
        key = _key(korean)
        if not key:
            return None
        if key in self._by_key:
            return self._by_key[key]
        if korean.isascii():
            return self._by_en.get(_en_key(_PAREN.sub(" ", korean)))
        for name in self._keys_longest_first:
            rest = key[len(name) :]
            if key.startswith(name) and rest.endswith(BRANCH_SUFFIXES):
                return self._by_key[name].model_copy(
                    update={"branch": _branch_text(korean, len(name))}
                )
        return None

    def check_english(self, korean: str, english: str) -> EnglishCheck:
        """Whether `english` is the official name of `korean`, an earlier one, wrong, or unknown."""
        entry = self.lookup(korean)
        if entry is None:
            return "unknown"
        brackets = [
            m.group(0)[1:-1] for m in _PAREN.finditer(unicodedata.normalize("NFKC", english))
        ]
        base = _en_key(_PAREN.sub(" ", unicodedata.normalize("NFKC", english)))
        names: list[tuple[str, str | None, EnglishCheck]] = [(entry.en, entry.abbr, "official")]
        names += [(r.en, r.abbr, "former") for r in entry.renames]
        for en, abbr, verdict in names:
            en_key = _en_key(en)
            same = base == en_key or (entry.branch is not None and base.startswith(en_key + " "))
            bare_abbr = abbr is not None and not brackets and _abbr_key(base) == _abbr_key(abbr)
            if not (same or bare_abbr):
                continue
            for inner in brackets:
                if abbr is not None and _abbr_key(inner) == _abbr_key(abbr):
                    continue
                known = {_abbr_key(a) for _, a, _ in names if a}
                if _abbr_key(inner) in known:
                    return "former"  # official name with an outdated abbreviation
                if abbr is not None and re.fullmatch(r"[A-Za-z][A-Za-z&\- ]{1,11}", inner.strip()):
                    return "mismatch"  # the right name with an invented abbreviation
            return verdict
        return "mismatch"

    def terms_for(self, text: str) -> list[Entry]:
        """Entries whose Korean (or full English) names occur in `text`, in order of appearance."""
        norm = unicodedata.normalize("NFKC", text)
        found: dict[str, tuple[int, Entry]] = {}
        for entry in self.entries:
            first = min(
                (pos for name in entry.korean_names if (pos := _find_word(norm, name)) >= 0),
                default=-1,
            )
            en_pos = _find_english(norm, entry.en)
            if en_pos >= 0 and (first < 0 or en_pos < first):
                first = en_pos
            if first >= 0:
                found[entry.ko] = (first, entry)
        return [entry for _, entry in sorted(found.values(), key=lambda item: item[0])]


def _branch_text(korean: str, name_len: int) -> str:
    """The branch as written (`경기북부지부`): what follows the body's first `name_len` key chars."""
    text = _PAREN.sub(" ", _COMPANY.sub("", unicodedata.normalize("NFKC", korean)))
    seen = 0
    for i, ch in enumerate(text):
        if seen == name_len:
            return text[i:].strip()
        if not re.match(r"[\s·ㆍ\-]", ch):
            seen += 1
    return ""


def _latin_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _find_word(text: str, name: str) -> int:
    """First position of `name` starting a word; two-syllable names must also end one."""
    name = unicodedata.normalize("NFKC", name)
    latin = name.isascii()
    for match in re.finditer(re.escape(name), text):
        start, end = match.span()
        before = text[start - 1] if start else " "
        after = text[end : end + 2]
        if latin:
            # `LH공사` still names LH: only Latin letters and digits extend a Latin word.
            if _latin_alnum(before) or _latin_alnum(after[:1]):
                continue
            return start
        if _is_hangul(before):
            continue
        if len(name) <= 2 and after and _is_hangul(after[0]) and not after.startswith(_PARTICLES):
            continue  # `무보험` is not `무보`
        return start
    return -1


def _find_english(text: str, english: str) -> int:
    match = re.search(r"(?<![\w])" + re.escape(english) + r"(?![\w])", text, re.IGNORECASE)
    return match.start() if match else -1


def _entry_from_json(raw: dict[str, object]) -> Entry:
    return Entry.model_validate(raw)


@cache
def load_glossary() -> Glossary:
    """The bundled glossary (`summarizer/data/glossary.json`), read once."""
    try:
        raw = resources.files("summarizer").joinpath("data/glossary.json").read_text("utf-8")
        data = json.loads(raw)
        return Glossary([_entry_from_json(item) for item in data["entries"]])
    except (OSError, ValueError, KeyError) as exc:
        raise ConfigError(
            f"the bundled glossary cannot be read ({exc}); reinstall the package"
        ) from None


__all__ = [
    "BRANCH_SUFFIXES",
    "Confidence",
    "EnglishCheck",
    "Entry",
    "Glossary",
    "Rename",
    "load_glossary",
]
