"""Names a document gives in English itself: `한국전자기술연구원(KETI)`, an English-language release."""

from __future__ import annotations

import re
import unicodedata

from pydantic import BaseModel, ConfigDict

_ABBR = re.compile(r"[A-Z][A-Za-z0-9]*(?:[&\-][A-Za-z0-9]+)*")
_NAME = re.compile(
    r"(?:the\s+)?[A-Z][\w.'’&\-]*(?:\s+(?:[A-Z][\w.'’&\-]*|of|and|for|on|the|de|&))+"
)
_LEAD = re.compile(r"^(?:이하|약칭|영문명?|영문|약어)\s*[:：]?\s*")


class DocumentName(BaseModel):
    """What the document itself says a body is called in English."""

    model_config = ConfigDict(frozen=True)

    en: str | None = None
    abbr: str | None = None
    evidence: str  # the text it rests on, as written


def _is_abbr(part: str) -> bool:
    return (
        bool(_ABBR.fullmatch(part))
        and len(part) <= 12
        and any(c.isupper() for c in part[1:] or part)
    )


def _bracket_after(text: str, name: str) -> list[str]:
    """The contents of the brackets that directly follow each mention of `name`."""
    found = []
    pattern = re.escape(name) + r"\s*[(（]([^()（）\n]{1,120})[)）]"
    for match in re.finditer(pattern, text):
        found.append(match.group(1))
    return found


def name_in_document(name: str, text: str) -> DocumentName | None:
    """The English the document gives for `name`, if any.

    - an English name written in the document (an English-language release) is its own evidence;
    - a Korean name followed by brackets with an English name and/or an abbreviation:
      `한국전자기술연구원(KETI)`, `중소벤처기업부(Ministry of SMEs and Startups, MSS)`,
      `(이하 KETI)`.
    """
    text = unicodedata.normalize("NFKC", text)
    name = unicodedata.normalize("NFKC", name).strip()
    if not name or not text:
        return None
    if name.isascii():
        bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE).strip()
        one_word = re.fullmatch(r"[A-Z][a-z][\w.'’&\-]{2,}", bare) is not None
        if (_NAME.fullmatch(bare) or one_word) and re.search(
            rf"(?<![\w]){re.escape(bare)}(?![\w])", text
        ):
            after = _bracket_after(text, bare)
            abbr = next((a.strip() for a in after if _is_abbr(a.strip())), None)
            return DocumentName(en=bare, abbr=abbr, evidence=bare)
        return None
    en = abbr = None
    evidence = ""
    for inside in _bracket_after(text, name):
        for part in re.split(r"[,;·ㆍ/]", inside):
            part = _LEAD.sub("", part.strip())
            if en is None and _NAME.fullmatch(part) and part.isascii():
                en, evidence = re.sub(r"^the\s+", "", part, flags=re.IGNORECASE), inside
            elif abbr is None and _is_abbr(part):
                abbr, evidence = part, evidence or inside
    if en is None and abbr is None:
        return None
    return DocumentName(en=en, abbr=abbr, evidence=f"{name}({evidence})")


_NAMED = re.compile(r"([가-힣][가-힣A-Za-z0-9·]{1,40})\s*[(（]([^()（）\n]{1,120})[)）]")


def names_given_in(text: str) -> dict[str, DocumentName]:
    """Every Korean name the document follows with its own English name or abbreviation."""
    found: dict[str, DocumentName] = {}
    for match in _NAMED.finditer(unicodedata.normalize("NFKC", text)):
        name = match.group(1)
        if name in found:
            continue
        got = name_in_document(name, text)
        if got is not None:
            found[name] = got
    return found


__all__ = ["DocumentName", "name_in_document", "names_given_in"]
