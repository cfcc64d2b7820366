"""The Revised Romanization of Korean, the project's one romaniser (no outside package).

`syllable` reads one syllable alone (as the rules allow for a personal name's syllables);
`romanise` reads a word with the sound changes the rules write at a syllable boundary:
a final consonant carried over to a vowel (`부안` Buan, `칠곡읍` Chilgogeup), nasalisation
(`백마` Baengma, `종로` Jongno, `강릉` Gangneung, `협력` Hyeomnyeok), ㄹ after ㄴ or ㄹ and ㄴ
after ㄹ as `ll` (`신라` Silla, `울릉` Ulleung, `설날` Seollal), palatalisation (`같이` gachi) and
ㅎ merged with the next plain consonant (`좋고` joko). As the rules say for nouns, ㅎ after
ㄱ, ㄷ, ㅂ stays written (`묵호` Mukho, `집현전` Jiphyeonjeon); tensing is never written.
"""

from __future__ import annotations

from functools import cache

_BASE, _SPAN = 0xAC00, 11172

INITIALS = ("g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch",
            "k", "t", "p", "h")  # fmt: skip
MEDIALS = ("a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u",
           "wo", "we", "wi", "yu", "eu", "ui", "i")  # fmt: skip
# A final consonant as said at the end of a syllable, by its jamo index (0 = none).
FINALS = ("", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m",
          "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t")  # fmt: skip
# Before a vowel a final is carried over: (what stays, what starts the next syllable).
_CARRIED = (("", ""), ("", "g"), ("", "kk"), ("k", "s"), ("", "n"), ("n", "j"), ("", "n"),
            ("", "d"), ("", "r"), ("l", "g"), ("l", "m"), ("l", "b"), ("l", "s"), ("l", "t"),
            ("l", "p"), ("", "r"), ("", "m"), ("", "b"), ("p", "s"), ("", "s"), ("", "ss"),
            ("ng", ""), ("", "j"), ("", "ch"), ("", "k"), ("", "t"), ("", "p"), ("", ""))  # fmt: skip
_NASAL = {"k": "ng", "t": "n", "p": "m"}
_ASPIRATED = {"g": "k", "d": "t", "j": "ch"}
_I, _G, _N, _D, _R, _M, _B, _O, _J, _H = 20, 0, 2, 3, 5, 6, 7, 11, 12, 18  # jamo indices used
_H_FINALS = {27: "", 6: "n", 15: "l"}  # ㅎ, ㄶ, ㅀ: the ㅎ merges with a following ㄱ, ㄷ, ㅈ


def jamo(ch: str) -> tuple[int, int, int] | None:
    """(initial, medial, final) indices of a Hangul syllable; None for any other character."""
    code = ord(ch) - _BASE
    if not 0 <= code < _SPAN:
        return None
    return code // 588, (code % 588) // 28, code % 28


@cache
def syllable(ch: str) -> str:
    """One Hangul syllable alone, lower case: `림` -> `rim`, `밖` -> `bak`; other text as is."""
    parts = jamo(ch)
    if parts is None:
        return ch
    ini, med, fin = parts
    return INITIALS[ini] + MEDIALS[med] + FINALS[fin]


def syllables(hangul: str) -> str:
    """Each Hangul syllable alone, hyphenated (a given name's form): `태윤` -> `tae-yun`."""
    return "-".join(syllable(ch) for ch in hangul if jamo(ch) is not None)


def _boundary(fin: int, ini: int, med: int) -> tuple[str, str]:
    """What a final `fin` and the next syllable's initial `ini` (before medial `med`) become."""
    coda, onset = FINALS[fin], INITIALS[ini]
    if ini == _O:
        if fin in (7, 25) and med == _I:  # ㄷ, ㅌ + 이: palatalised
            return "", "j" if fin == 7 else "ch"
        return _CARRIED[fin]
    if fin in _H_FINALS and ini in (_G, _D, _J):
        return _H_FINALS[fin], _ASPIRATED[onset]
    if fin in _H_FINALS and ini == _N:
        return _H_FINALS[fin] or "n", onset
    if ini == _R:
        if coda in ("l", "n"):
            return "l", "l"
        return (_NASAL.get(coda, coda), "n") if coda else ("", "r")
    if ini in (_N, _M):
        if ini == _N and coda == "l":
            return "l", "l"
        return _NASAL.get(coda, coda), onset
    return coda, onset


@cache
def romanise(hangul: str) -> str:
    """A Hangul word in lower case with the boundary sound changes: `종로` -> `jongno`.

    Characters other than Hangul syllables are kept and break the word (`강남2` -> `gangnam2`).
    """
    out: list[str] = []
    parts = [jamo(ch) for ch in hangul]
    onset = ""
    for i, (ch, part) in enumerate(zip(hangul, parts, strict=True)):
        if part is None:
            out.append(ch)
            continue
        ini, med, fin = part
        if i == 0 or parts[i - 1] is None:
            onset = INITIALS[ini]
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if nxt is None:
            coda, following = FINALS[fin], ""
        else:
            coda, following = _boundary(fin, nxt[0], nxt[1])
        out.append(onset + MEDIALS[med] + coda)
        onset = following
    return "".join(out)


__all__ = ["FINALS", "INITIALS", "MEDIALS", "jamo", "romanise", "syllable", "syllables"]
