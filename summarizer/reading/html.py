"""HTML to the visible text that offsets index, with page chrome marked as noise, never deleted.

The visible text keeps every text node outside script/style (footers included: their phones
and dates are real mentions). trafilatura picks the main article text; blocks outside it and
inside page chrome (nav, footer, aside, ads, related lists) become noise regions.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.errors import ConfigError
from summarizer.lazy import lazy_compile
from summarizer.models.records import Region

if TYPE_CHECKING:
    from summarizer.reading.visible import Block

# For comparing a block with trafilatura's text: it turns &nbsp; into a space and table rows
# into `| a | b |` lines, so all whitespace and table bars are ignored on both sides.
_SQUASH = lazy_compile(r"[\s|]+")


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
_META_TAG = lazy_compile(r"<meta\b[^>]*>", re.I)
_META_NAME = lazy_compile(
    r"""(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publishdate|publish-date|date|dc\.date|dc\.date\.issued|"""
    r"""sailthru\.date|parsely-pub-date)["'\s>/]""",
    re.I,
)
_CONTENT = lazy_compile(r"""content\s*=\s*["']?(?P<v>(?:19|20)\d\d-[01]\d-[0-3]\d)""", re.I)
_TIME_TAG = lazy_compile(
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
    from summarizer.reading.visible import visible_text

    text, blocks = visible_text(markup)
    # Trailing spaces before line breaks are artefacts of inline markup; trim them per block
    # would shift offsets, so blocks are trimmed only when recorded as regions.
    return text, _noise_regions(markup, text, blocks)


def _noise_regions(markup: str, text: str, blocks: list[Block]) -> list[Region]:
    main = _main_text(markup)
    regions: list[Region] = []
    # where the last block found in the main text ends there: the blocks come in the page's
    # order, and so does the main text, so each is looked for from there first (`key in main`
    # from the start for every block grew with the page: 1M characters of paragraphs 4.6 s,
    # bench_adversarial.py html_release); from the start only when not found after it
    after = 0
    for block in blocks:
        start, end = block.start, block.end
        while end > start and text[end - 1] == " ":
            end -= 1
        piece = text[start:end]
        if not piece.strip():
            continue
        key = _squash(piece)
        at = main.find(key, after) if main else -1
        if at >= 0:
            after = at + len(key)
        in_main = at >= 0 or (bool(main) and key in main)
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
