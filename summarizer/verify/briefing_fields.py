"""A briefing's fields as several checks read them alike: prose as (path, text) rows, the
renderings as (path, Korean, English) rows, each party's Korean names."""

from __future__ import annotations

from summarizer.models import Briefing


def english_prose(briefing: Briefing) -> list[tuple[str, str]]:
    """The English title, headline and summary lines, each with its field path."""
    out = [("title_en", briefing.title_en), ("headline_en", briefing.headline_en)]
    out += [(f"summary_en[{i}]", s) for i, s in enumerate(briefing.summary_en)]
    return out


def renderings(briefing: Briefing, *, quotes: bool = False) -> list[tuple[str, str, str]]:
    """(English field path, Korean, English) of each summary line and commitment, and of each
    quote with `quotes`."""
    out = [
        (f"summary_en[{i}]", ko, en)
        for i, (ko, en) in enumerate(zip(briefing.summary_ko, briefing.summary_en, strict=False))
    ]
    out += [
        (f"commitments[{i}].text_en", c.text_ko, c.text_en)
        for i, c in enumerate(briefing.commitments)
    ]
    if quotes:
        out += [
            (f"quotes[{i}].text_en", q.text_ko, q.text_en) for i, q in enumerate(briefing.quotes)
        ]
    return out


def korean_names(briefing: Briefing) -> list[set[str]]:
    """Each party's Korean name, aliases and abbreviation (those of two letters or more)."""
    out = []
    for p in briefing.parties:
        names = {p.name_ko, *p.aliases, p.abbreviation or ""}
        out.append({n for n in names if n and len(n) >= 2})
    return out


__all__ = ["english_prose", "korean_names", "renderings"]
