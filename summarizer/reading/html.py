"""HTML to the visible text that offsets index, with page chrome marked as noise, never deleted.

The visible text keeps every text node outside script/style (footers included: their phones
and dates are real mentions). trafilatura picks the main article text; blocks outside it and
inside page chrome (nav, footer, aside, ads, related lists) become noise regions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from summarizer.errors import ConfigError
from summarizer.models.records import Region

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
_CHROME_ATTR = re.compile(
    r"(^|[\s_-])(ad|ads|advert\w*|banner|gnb|lnb|menu|nav\w*|footer|side\w*|related|"
    r"copyright|copy|popular|ranking|share|sns|comment\w*|breadcrumb|byline|writer)($|[\s_-])",
    re.IGNORECASE,
)
# Only ASCII whitespace collapses: a no-break space (&nbsp;) stays, so every extracted
# mention is still a substring of the page with its entities decoded.
_WS = re.compile(r"[ \t\n\r\f\v]+")


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
        self.blocks: list[Block] = []
        self.block_start: int | None = None

    def _in_chrome(self) -> bool:
        return any(chrome for _, chrome in self.stack)

    def _in_heading(self) -> bool:
        return any(tag in {"h1", "h2", "h3", "title"} for tag, _ in self.stack)

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
        self.stack.append((tag, tag in _CHROME_TAGS or bool(_CHROME_ATTR.search(marks))))

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if tag in _BLOCK:
            self._break()
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                del self.stack[i:]
                break

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


# For comparing a block with trafilatura's text: it turns &nbsp; into a space and table rows
# into `| a | b |` lines, so all whitespace and table bars are ignored on both sides.
_SQUASH = re.compile(r"[\s|]+")


def _squash(text: str) -> str:
    return _SQUASH.sub("", text)


def looks_like_html(text: str) -> bool:
    """True for a page or fragment of HTML (doctype, <html>, or several block tags)."""
    head = text[:2048].lower()
    if "<!doctype html" in head or "<html" in head:
        return True
    return len(re.findall(r"</(p|div|li|td|span|a)>", text[:20000], re.IGNORECASE)) >= 5


# Publication metadata: <meta property="article:published_time" content="…">, itemprop
# datePublished, <meta name="date">, and <time datetime="…"> (the first, in page order).
_META_TAG = re.compile(r"<meta\b[^>]*>", re.I)
_META_NAME = re.compile(
    r"""(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|publish-date|date|dc\.date|dc\.date\.issued|"""
    r"""sailthru\.date|parsely-pub-date)["'\s>/]""",
    re.I,
)
_CONTENT = re.compile(r"""content\s*=\s*["']?(?P<v>(?:19|20)\d\d-[01]\d-[0-3]\d)""", re.I)
_TIME_TAG = re.compile(
    r"""<time\b[^>]*datetime\s*=\s*["']?(?P<v>(?:19|20)\d\d-[01]\d-[0-3]\d)""", re.I
)


def published_date(markup: str) -> str | None:
    """The publication date (`YYYY-MM-DD`) the page's metadata states, or None."""
    for tag in _META_TAG.finditer(markup):
        if _META_NAME.search(tag.group()) and (m := _CONTENT.search(tag.group())):
            return m.group("v")
    m = _TIME_TAG.search(markup)
    return m.group("v") if m else None


def html_to_text(markup: str) -> tuple[str, list[Region]]:
    """The visible text of `markup` (entities decoded) and its noise regions."""
    parser = _Visible()
    parser.feed(markup)
    parser.close()
    text = "".join(parser.parts)
    # Trailing spaces before line breaks are artefacts of inline markup; trim them per block
    # would shift offsets, so blocks are trimmed only when recorded as regions.
    return text, _noise_regions(markup, text, parser.blocks)


def _noise_regions(markup: str, text: str, blocks: list[Block]) -> list[Region]:
    main = _main_text(markup)
    regions: list[Region] = []
    for block in blocks:
        start, end = block.start, block.end
        while end > start and text[end - 1] == " ":
            end -= 1
        piece = text[start:end]
        if not piece.strip():
            continue
        key = _squash(piece)
        in_main = bool(main) and key in main
        if in_main and not block.chrome:
            continue
        if block.heading and not block.chrome:
            continue  # the headline and subhead are content, though trafilatura leaves them out
        reason = "page-chrome" if block.chrome else "outside-main-text"
        regions.append(
            Region(
                kind="noise",
                reason=reason,
                basis="rule" if block.chrome else "extractor",
                text=piece,
                start=start,
                end=end,
            )
        )
    return regions


def _main_text(markup: str) -> str:
    """trafilatura's main text with whitespace removed (for containment tests), or ''."""
    try:
        import trafilatura
    except ImportError as exc:
        # A broken install must fail loudly: an empty main text would mark the article as noise.
        reason = " ".join(str(exc).split())  # one line, whatever the ImportError says
        raise ConfigError(
            f"reading HTML needs trafilatura, which failed to import ({reason}); reinstall "
            "summarizer with its dependencies (pip install --force-reinstall summarizer)"
        ) from None
    try:
        extracted = trafilatura.extract(
            markup, include_comments=False, include_tables=True, favor_recall=True
        )
    except Exception:  # trafilatura raises assorted lxml errors on broken markup
        return ""
    return _squash(extracted or "")
