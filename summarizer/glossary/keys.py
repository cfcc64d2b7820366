"""Comparison keys of names, without the glossary's models (pydantic): what event grouping and
the branch rules compare names by."""

from __future__ import annotations

import re
import unicodedata

PAREN = re.compile(r"[(\[（][^)\]）]*[)\]）]")
COMPANY = re.compile(r"\(주\)|㈜|주식회사|\(재\)|\(사\)|재단법인|사단법인|\(유\)|유한회사")


def korean_key(korean: str) -> str:
    """Comparison key of a Korean name: NFKC, no company marks, no brackets, no spaces."""
    text = unicodedata.normalize("NFKC", korean)
    text = COMPANY.sub("", text)
    text = PAREN.sub("", text)
    return re.sub(r"[\s·ㆍ\-]+", "", text)


def english_key(english: str) -> str:
    """Comparison key of an English name: case, `the`, `&`, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKC", english).casefold().replace("&", " and ")
    text = re.sub(r"[^\w\s]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text[4:] if text.startswith("the ") else text


def abbr_key(abbr: str) -> str:
    return re.sub(r"[^0-9a-z]", "", abbr.casefold())


__all__ = ["COMPANY", "PAREN", "abbr_key", "english_key", "korean_key"]
