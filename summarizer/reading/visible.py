"""The visible text of an HTML page and its blocks, by the standard library's HTML parser.

Apart from summarizer.reading.html so that reading a plain-text document does not load
`html.parser` (its entity tables cost more instructions than the document's facts).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from summarizer.lazy import lazy_compile

_SKIP = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_BLOCK = {
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "tbody",
    "thead",
    "tr",
    "ul",
    "caption",
    "title",
}
_CELL = {"td", "th"}
_VOID = {
    "br",
    "hr",
    "img",
    "meta",
    "link",
    "input",
    "area",
    "base",
    "col",
    "embed",
    "source",
    "wbr",
}
_CHROME_TAGS = {"nav", "footer", "aside", "figcaption"}
_HEADINGS = {"h1", "h2", "h3", "title"}
_CHROME_ATTR = lazy_compile(
    r"(^|[\s_-])(ad|ads|advert\w*|banner|gnb|lnb|menu|nav\w*|footer|side\w*|related|"
    r"copyright|copy|popular|ranking|share|sns|comment\w*|breadcrumb|byline|writer)($|[\s_-])",
    re.IGNORECASE,
)
# Only ASCII whitespace collapses: a no-break space (&nbsp;) stays, so every extracted
# mention is still a substring of the page with its entities decoded.
_WS = lazy_compile(r"[ \t\n\r\f\v]+")


@dataclass
class Block:
    start: int
    end: int
    chrome: bool
    heading: bool


class _Visible(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.length = 0
        self.skip = 0
        self.stack: list[tuple[str, bool]] = []  # (tag, is chrome)
        # Kept with the stack, so that no block scans it: a page of tags never closed
        # (`<p><span>…` thousands of times) grew it with the page, and each block's opening
        # and each end tag went through all of it (quadratic: bench_adversarial.py
        # html_unclosed, 300k characters over 40 s). Where each tag stands in the stack, and
        # how many open tags are chrome and headings.
        self.open_at: dict[str, list[int]] = {}
        self.chrome_open = 0
        self.headings_open = 0
        self.blocks: list[Block] = []
        self.block_start: int | None = None

    def _in_chrome(self) -> bool:
        return self.chrome_open > 0  # (any chrome tag in the stack)

    def _in_heading(self) -> bool:
        return self.headings_open > 0  # (any of _HEADINGS in the stack)

    def _break(self) -> None:
        if self.block_start is not None and self.length > self.block_start:
            self.blocks.append(
                Block(self.block_start, self.length, self._chrome_at_open, self._heading_at_open)
            )
        self.block_start = None
        if self.parts and not self.parts[-1].endswith("\n"):
            self.parts.append("\n")
            self.length += 1

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if tag in _BLOCK:
            self._break()
        elif tag in _CELL and self.parts and not self.parts[-1].endswith(("\n", "\t")):
            # Cells of one table row stay on one line, tab-separated, like a release's
            # contact table pasted as text.
            self.parts.append("\t")
            self.length += 1
        if tag in _VOID:
            return
        marks = " ".join(v or "" for k, v in attrs if k in ("class", "id", "role"))
        chrome = tag in _CHROME_TAGS or bool(_CHROME_ATTR.search(marks))
        self.open_at.setdefault(tag, []).append(len(self.stack))
        self.stack.append((tag, chrome))
        self.chrome_open += chrome
        self.headings_open += tag in _HEADINGS

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK:
            self._break()
        at = self.open_at.get(tag)
        if at:  # the innermost open `tag` closes, with every tag opened inside it
            i = at[-1]
            for t, chrome in self.stack[i:]:
                self.open_at[t].pop()  # (the last of each: those from `i` on)
                self.chrome_open -= chrome
                self.headings_open -= t in _HEADINGS
            del self.stack[i:]

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        chunk = _WS.sub(" ", data)
        at_line_start = not self.parts or self.parts[-1].endswith("\n")
        if at_line_start:
            chunk = chunk.lstrip()
        if not chunk:
            return
        if self.block_start is None:
            self.block_start = self.length
            self._chrome_at_open = self._in_chrome()
            self._heading_at_open = self._in_heading()
        self.parts.append(chunk)
        self.length += len(chunk)

    def close(self) -> None:
        super().close()
        self._break()


_CUT_TAG = lazy_compile(r"</?[A-Za-z][^<>]*$")


def _without_cut_tag(markup: str) -> str:
    """`markup` without a tag the page was cut off inside (`…체결했다.</span`): the parser would
    give the unclosed tag's text as the page's last words."""
    lt = markup.rfind("<")
    if lt < 0 or markup.find(">", lt) >= 0:
        return markup
    return markup[:lt] if _CUT_TAG.match(markup, lt) else markup


def visible_text(markup: str) -> tuple[str, list[Block]]:
    """The visible text of `markup` (entities decoded) and its blocks."""
    parser = _Visible()
    parser.feed(_without_cut_tag(markup))
    parser.close()
    return "".join(parser.parts), parser.blocks


__all__ = ["Block", "visible_text"]
