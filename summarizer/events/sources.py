"""Who published a report and how authoritative it is: the issuer's release, a wire, an outlet."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlparse

from summarizer.events.lexicon import WIRE_MARKS

if TYPE_CHECKING:
    from summarizer.models import SummaryResult

Authority = Literal["issuer", "wire", "outlet"]
RANK: dict[str, int] = {"issuer": 0, "wire": 1, "outlet": 2}
PUBLICATION_ORIGINS = (
    "embargo",
    "input-line",
    "html-meta",
    "metadata",
    "dateline",
    "byline",
    "signature",
    "path",
    "modified-line",
    "photo-stamp",
)

_WIRE = re.compile(
    r"[(\[<]\s*(?:[가-힣A-Za-z ]{1,12}\s*=\s*)?("
    + "|".join(w for w, _ in WIRE_MARKS)
    + r")\s*[)\]>]"
)
# A reporter's byline (a release lists its officials' e-mails, so an address alone is none).
_BYLINE = re.compile(r"기자\s*[=\]\)]|[가-힣]\s?기자(?![가-힣])|특파원|\bReporter\b|\(Yonhap\)")
_RELEASE = re.compile(r"보도\s*자료|보도\s*시점|보도\s*일시|배포\s*일시|^Source:\s", re.MULTILINE)
_MEDIA = r"[가-힣A-Za-z0-9]{0,10}(?:일보|신문|뉴스|경제|타임스|방송|미디어|투데이|저널|포스트|데일리|뉴스1|TV|tv)"
_OUTLET_FORMS = (
    re.compile(r"[\[(]\s*[가-힣]{1,6}\s*=\s*([가-힣A-Za-z0-9]{2,12})\s*[\])]"),  # [경남=일요신문]
    re.compile(r"[\[(]\s*([가-힣A-Za-z0-9]{2,12})(?:\s+[가-힣]{2,4}\s*(?:기자|특파원))?\s*[\])]"),
    re.compile(
        r"^\s*([가-힣A-Za-z0-9]{2,12})\s+[가-힣]{2,4}\s*기자\s*=", re.M
    ),  # 아주경제 홍길동 기자 =
    re.compile(
        r"(?:저작권자|Copyright)\s*(?:\(c\)|[©ⓒ])\s*(?:'[^']*'\s*)?([가-힣A-Za-z0-9]{2,12}?)(?:\(|,|\s|$)"
    ),
    re.compile(r"[©ⓒ]\s*(" + _MEDIA + r")(?:\(|,|\s|$)"),
    re.compile(r"^Source:\s*([A-Z][\w ,&'-]{2,60}?)\s*$", re.M),  # an issuer's English release
    re.compile(r"기자\s+[\w.]+@((?:[a-z0-9-]+\.)+[a-z]{2,})"),  # a reporter's e-mail domain
)
_NOT_OUTLET = re.compile(r"^(?:사진|제공|뉴스|기자|연합|[가-힣]{1,3}(?:시|군|구|도))$")


def _is_media(name: str, m: re.Match[str]) -> bool:
    """A bracketed name is an outlet when a byline follows it or it is named like one."""
    return "기자" in m.group(0) or "특파원" in m.group(0) or re.fullmatch(_MEDIA, name) is not None


def is_url(path: str) -> bool:
    """An input given as a web address."""
    return path.startswith(("http://", "https://"))


def outlet(result: SummaryResult, text: str) -> str | None:
    """The outlet the text names (dateline, byline bracket, copyright line), or a URL's host."""
    path = result.facts.source.path
    if is_url(path):
        return urlparse(path).hostname
    wire = _WIRE.search(text)
    if wire is not None:
        return wire.group(1) if not wire.group(1).isascii() else dict(WIRE_MARKS)[wire.group(1)]
    for form in _OUTLET_FORMS:
        for m in form.finditer(text):
            name = m.group(1)
            if not _NOT_OUTLET.match(name) and (form is not _OUTLET_FORMS[1] or _is_media(name, m)):
                return name
    return None


def authority(result: SummaryResult, text: str) -> Authority:
    """issuer (the body's own release), wire (a news agency's copy), or outlet."""
    st = result.facts.structure
    if _WIRE.search(text):
        return "wire"
    released = st.embargo is not None or bool(st.contacts) or bool(_RELEASE.search(text))
    if released and not _BYLINE.search(text):
        return "issuer"
    return "outlet"


def published(result: SummaryResult) -> str | None:
    """The publication date the document states (embargo, 입력 line, dateline, metadata …)."""
    origin = result.facts.reference_date_origin
    # The first full date of a text is often the event's, not the publication's.
    return result.facts.reference_date if origin in PUBLICATION_ORIGINS else None


__all__ = ["RANK", "Authority", "authority", "is_url", "outlet", "published"]
