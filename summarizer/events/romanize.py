"""Korean local governments against their English names: `칠곡군` is `Chilgok County`.

English reports write local governments romanised (`Gangnam-gu`, `Chilgok County`,
`Suwon City`); both sides become one key, `chilgok|gun`, compared as equal. The stem is
romanised by the project's one romaniser (`summarizer.english.revised`).
"""

from __future__ import annotations

import re

from summarizer.english.revised import romanise

_KIND = {"군": "gun", "구": "gu", "시": "si", "도": "do"}
_EN_KIND = {
    "gun": "gun", "county": "gun", "gu": "gu", "district": "gu", "si": "si", "city": "si",
    "do": "do", "province": "do",
}  # fmt: skip
EN_LOCAL = re.compile(
    r"\b([A-Z][a-z]+(?:-[a-z]+)?)(?:-(gun|gu|si|do)\b|\s+(County|District|City|Province)\b)"
)


def korean_local_key(name: str) -> str | None:
    """`칠곡군` -> `chilgok|gun`; None when the name is not `<stem>군|구|시|도`."""
    if len(name) < 3 or name[-1] not in _KIND or not re.fullmatch("[가-힣]+", name):
        return None
    return f"{romanise(name[:-1])}|{_KIND[name[-1]]}"


def english_local_key(stem: str, kind: str) -> str:
    """`Chilgok`, `County` -> `chilgok|gun`; `Gangnam-gu` -> `gangnam|gu`."""
    return f"{stem.replace('-', '').casefold()}|{_EN_KIND[kind.casefold()]}"


__all__ = ["EN_LOCAL", "english_local_key", "korean_local_key"]
