"""Markdown and plain-text briefings, one document or many."""

from __future__ import annotations

import re
from datetime import datetime

from summarizer.render.names import Flag, Inline, Name
from summarizer.render.view import DocView, Item

UNOFFICIAL = (
    "Unofficial translation: English prepared automatically from the Korean "
    "source; only the Korean original is authoritative."
)
OFFLINE = (
    "Produced without a model: official names from the glossary, people romanised with "
    "titles from a lexicon, dates, places and phones in English form; the title, commitments "
    "and quotes are the Korean source text, not translated."
)


class Markdown:
    """Markdown output: marks as bold warnings, unsupported claims struck through."""

    _special = re.compile(r"([\\`*_\[\]<>#|~])")

    def esc(self, text: str) -> str:
        # Model output may carry markup or HTML from an injected document; show it as text.
        return self._special.sub(r"\\\1", text)

    def inline(self, parts: Inline) -> str:
        out = []
        for p in parts:
            if isinstance(p, Name):
                # A footnote mark, not a phrase: a headline stays one sentence.
                out.append(self.esc(p.text) + ("†" if p.unverified else ""))
            elif isinstance(p, Flag):
                out.append(self.flag(p))
            else:
                out.append(self.esc(p))
        return "".join(out)

    def flag(self, p: Flag) -> str:
        text = self.esc(p.text) + ("‡" if p.project else "")
        if p.mark == "unsupported":
            return f"~~{text}~~ ⚠ **{p.label or 'not in source'}**"
        if p.mark == "unverified":
            return f"{text} ⚠ *{p.label or 'unverified'}*"
        return text

    def item(self, item: Item) -> str:
        text = self.inline(item.parts)
        if item.mark == "unsupported":
            return f"~~{text}~~ ⚠ **not in source**" + (
                f" ({self.esc(item.note)})" if item.note else ""
            )
        if item.mark == "unverified":
            return f"{text} ⚠ *unverified*"
        if item.mark == "unchecked":
            return f"{text} *(unchecked)*"
        return text

    def heading(self, level: int, text: str) -> str:
        return "#" * level + " " + text

    def emph(self, text: str) -> str:
        return f"*{text}*"

    def strong(self, text: str) -> str:
        return f"**{text}**"

    def label(self, text: str) -> str:
        return f"**{text}:**"

    def callout(self, text: str) -> str:
        return "> " + text


class Text(Markdown):
    """Plain text: the same layout, marks spelled out in brackets."""

    def esc(self, text: str) -> str:
        return text

    def flag(self, p: Flag) -> str:
        text = p.text + ("‡" if p.project else "")
        if p.mark == "unsupported":
            return f"[{(p.label or 'not in source').upper()}: {text}]"
        if p.mark == "unverified":
            return f"{text} [{p.label or 'unverified'}]"
        return text

    def item(self, item: Item) -> str:
        text = self.inline(item.parts)
        if item.mark == "unsupported":
            return f"[NOT IN SOURCE] {text}" + (f" ({item.note})" if item.note else "")
        if item.mark == "unverified":
            return f"{text} [unverified]"
        if item.mark == "unchecked":
            return f"{text} [unchecked]"
        return text

    def heading(self, level: int, text: str) -> str:
        underline = "=" if level <= 1 else "-"
        return f"{text}\n{underline * len(text)}" if level <= 2 else text.upper()

    def emph(self, text: str) -> str:
        return text

    def strong(self, text: str) -> str:
        return text

    def label(self, text: str) -> str:
        return f"{text}:"

    def callout(self, text: str) -> str:
        return text


def _line(f: Markdown, item: Item, sep: str = " — ") -> str:
    text = f.item(item)
    extra = f.inline(item.extra) if item.extra else ""
    return text + (sep + extra if extra else "")


def _party(f: Markdown, item: Item, offline: bool) -> str:
    text = f.item(item)
    if item.ko and not offline:
        text += f" ({f.esc(item.ko)})"
    return text + (" — " + f.inline(item.extra) if item.extra else "")


def document_lines(view: DocView, f: Markdown, level: int = 2, numbered: bool = True) -> list[str]:
    """The lines of one document's briefing."""
    prefix = f"{view.number or view.index + 1}. " if numbered else ""
    lines = [f.heading(level, prefix + f.esc(view.title))]
    if view.title_ko and view.title_ko != view.title:
        lines += ["", f.emph(f"(Korean title: {f.esc(view.title_ko)})")]
    lines += ["", f"{f.label('Source')} {f.esc(view.source_path)}"]
    if view.offline:
        lines += ["", f.emph(OFFLINE)]
    if view.embargo_active and view.embargo is not None:
        stamp = view.embargo.strftime("%Y-%m-%d %H:%M KST")
        lines += [
            "",
            f.callout(f"⚠ {f.strong('EMBARGOED until ' + stamp)} — do not publish before then."),
        ]
    elif view.embargo_lifted and view.embargo is not None:
        stamp = view.embargo.strftime("%Y-%m-%d %H:%M KST")
        lines += ["", f"{f.label('Embargo')} lifted (it ran until {stamp})."]
    if view.when is not None:
        when = f"{f.label('Date')} {f.item(view.when)}"
        if view.when.extra:
            when += f" · {f.label('Place')} {f.inline(view.when.extra)}"
        lines += ["", when]
    if view.headline is not None:
        lines += [
            "",
            f.strong(f.item(view.headline))
            if view.headline.mark == "ok"
            else f.item(view.headline),
        ]
    if view.points:
        lines += [""] + [f"- {f.item(p)}" for p in view.points]
    sub = level + 1
    if view.parties:
        lines += ["", f.heading(sub, "Parties")] + [
            f"- {_party(f, p, view.offline)}" for p in view.parties
        ]
    if view.commitments:
        lines += ["", f.heading(sub, "Commitments")] + [
            f"{n}. {_line(f, c)}" for n, c in enumerate(view.commitments, 1)
        ]
    if view.quotes:
        label = "" if view.offline else " (translated)"
        lines += ["", f.heading(sub, "Quotes")] + [
            f"- “{f.item(q)}”{label} — {f.inline(q.extra)}" for q in view.quotes
        ]
    if view.contacts:
        lines += ["", f.heading(sub, "Contacts")] + [
            f"- {_line(f, c, ': ')}" for c in view.contacts
        ]
    if view.terms:
        lines += ["", f.heading(sub, "Key terms")] + [f"- {f.item(t)}" for t in view.terms]
    if view.footnotes:
        lines += ["", *(f"{f.esc(n)}  " for n in view.footnotes)]
    if view.problems:
        lines += ["", f.heading(sub, "Not verified")] + [f"- {f.esc(p)}" for p in view.problems]
    if view.notes:
        lines += ["", f.heading(sub, "Reading notes")] + [f"- {f.esc(n)}" for n in view.notes]
    return lines


def period(dates: list[str]) -> str:
    """`2024-07-01 – 2024-07-17`, one date, or "dates not stated"."""
    known = sorted(d for d in dates if d)
    if not known:
        return "dates not stated"
    return known[0] if known[0] == known[-1] else f"{known[0]} – {known[-1]}"


def failure(path: str, reason: str) -> str:
    """Why a document failed, without the path its error message may already start with."""
    return reason.removeprefix(f"{path}: ")


def by_date(views: list[DocView]) -> list[DocView]:
    """Sections in the order of the dates they are about (undated last), numbered in that order."""
    ordered = sorted(views, key=lambda v: (v.sort_date is None, v.sort_date or "", v.index))
    for n, v in enumerate(ordered, 1):
        v.number = n
    return ordered


def brief_text(
    views: list[DocView],
    dates: list[str],
    now: datetime,
    f: Markdown,
    failed: list[tuple[str, str]] | None = None,
) -> str:
    """A briefing of many documents: header, documents that failed, then each document by date."""
    n = len(views)
    lines = [
        f.heading(1, "Briefing: Korean public-sector agreements"),
        "",
        f"{f.label('Period covered')} {period(dates)}  ",
        f"{f.label('Documents')} {n}  ",
        f"{f.label('Prepared')} {now.strftime('%Y-%m-%d %H:%M')}",
    ]
    if any(not v.offline for v in views):
        lines += ["", f.emph(UNOFFICIAL)]
    if any(v.embargo_active for v in views):
        lines += ["", f"⚠ {f.strong('Some documents are under embargo')} — see each section."]
    if failed:
        lines += ["", f.heading(2, f"Not summarised ({len(failed)})")]
        lines += [f"- {f.esc(path)}: {f.esc(failure(path, reason))}" for path, reason in failed]
    for v in by_date(views):
        lines += ["", *document_lines(v, f)]
    return "\n".join(lines).rstrip() + "\n"


def summary_text(view: DocView, f: Markdown) -> str:
    """One document's briefing with the unofficial-translation note."""
    lines = document_lines(view, f, level=1, numbered=False)
    if not view.offline:
        lines += ["", f.emph(UNOFFICIAL)]
    return "\n".join(lines).rstrip() + "\n"


__all__ = [
    "Markdown",
    "Text",
    "brief_text",
    "by_date",
    "document_lines",
    "failure",
    "period",
    "summary_text",
]
