"""Revised Romanization of Korean place names, enough to match `칠곡군` with `Chilgok County`.

English reports write local governments romanised (`Gangnam-gu`, `Chilgok County`,
`Suwon City`); both sides become one key, `chilgok|gun`, compared as equal.
"""

from __future__ import annotations

import re

_INITIAL = [
    "g",
    "kk",
    "n",
    "d",
    "tt",
    "r",
    "m",
    "b",
    "pp",
    "s",
    "ss",
    "-",
    "j",
    "jj",
    "ch",
    "k",
    "t",
    "p",
    "h",
]
_MEDIAL = [
    "a",
    "ae",
    "ya",
    "yae",
    "eo",
    "e",
    "yeo",
    "ye",
    "o",
    "wa",
    "wae",
    "oe",
    "yo",
    "u",
    "wo",
    "we",
    "wi",
    "yu",
    "eu",
    "ui",
    "i",
]
# Final consonants as pronounced at the end of a syllable, by their jamo index.
_FINAL = ["", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l",
          "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"]  # fmt: skip
# Before a vowel a final consonant is voiced and carried over (`부안` buan, `칠곡읍` chilgogeup).
_BEFORE_VOWEL = {"k": "g", "t": "d", "p": "b", "l": "r"}
_KIND = {"군": "gun", "구": "gu", "시": "si", "도": "do"}
_EN_KIND = {
    "gun": "gun", "county": "gun", "gu": "gu", "district": "gu", "si": "si", "city": "si",
    "do": "do", "province": "do",
}  # fmt: skip
EN_LOCAL = re.compile(
    r"\b([A-Z][a-z]+(?:-[a-z]+)?)(?:-(gun|gu|si|do)\b|\s+(County|District|City|Province)\b)"
)


def _jamo(ch: str) -> tuple[int, int, int] | None:
    code = ord(ch) - 0xAC00
    if not 0 <= code < 11172:
        return None
    return code // 588, (code % 588) // 28, code % 28


def romanize(hangul: str) -> str:
    """`칠곡` -> `chilgok`, `청림` -> `cheongnim`, `울릉` -> `ulleung` (letters only)."""
    parts = [j for ch in hangul if (j := _jamo(ch)) is not None]
    out: list[str] = []
    for i, (ini, med, fin) in enumerate(parts):
        onset = _INITIAL[ini].replace("-", "")
        coda = _FINAL[fin]
        nxt = parts[i + 1][0] if i + 1 < len(parts) else None
        prev = _FINAL[parts[i - 1][2]] if i else ""
        if ini == 5:  # ㄹ: `l` after ㄹ or ㄴ, `n` after other consonants, `r` elsewhere
            onset = "l" if prev in ("l", "n") else "n" if prev else "r"
        if ini == 2 and prev == "l":  # ㄹ+ㄴ -> ll
            onset = "l"
        if nxt is not None:
            if nxt == 11 and coda in _BEFORE_VOWEL:
                coda = _BEFORE_VOWEL[coda]
            elif nxt in (2, 6, 5):  # before ㄴ, ㅁ, ㄹ: nasal
                coda = {"k": "ng", "t": "n", "p": "m"}.get(coda, coda)
                if nxt == 5 and coda == "n":
                    coda = "l"
        out.append(onset + _MEDIAL[med] + coda)
    return "".join(out)


def korean_local_key(name: str) -> str | None:
    """`칠곡군` -> `chilgok|gun`; None when the name is not `<stem>군|구|시|도`."""
    if len(name) < 3 or name[-1] not in _KIND or not re.fullmatch("[가-힣]+", name):
        return None
    return f"{romanize(name[:-1])}|{_KIND[name[-1]]}"


def english_local_key(stem: str, kind: str) -> str:
    """`Chilgok`, `County` -> `chilgok|gun`; `Gangnam-gu` -> `gangnam|gu`."""
    return f"{stem.replace('-', '').casefold()}|{_EN_KIND[kind.casefold()]}"


__all__ = ["EN_LOCAL", "english_local_key", "korean_local_key", "romanize"]
