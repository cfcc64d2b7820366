"""The words of a signing: the verb stems that say an agreement was signed (`체결했다`, `맺은`,
`서명하고`) and the ceremonies it is signed at (`협약식`, `조인식`).

Structure reads them to tell the signing's sentence, date and venue from another step's (a
council's vote, a forum the same day, an earlier agreement), a photo caption showing the signing,
and who attended the ceremony; the verifier reads the ceremonies to find a venue the source gives
in another sentence. A new word is one edit here.
"""

from __future__ import annotations

SIGNING_STEMS: tuple[str, ...] = ("체결", "맺", "서명")
# The agreement itself, as a sentence names what is signed (`협약을 맺었다`, `MOU도 체결`).
AGREEMENT_NOUNS: tuple[str, ...] = ("협약", "협정", "양해각서", "MOU")
SIGNING_CEREMONIES: tuple[str, ...] = ("협약식", "협정식", "체결식", "서명식", "조인식", "결연식")
# The words of a series of signings, one partner after another (`A와의 협약을 시작으로 … 순차적으로
# 체결할 계획이다`, `B, C와 잇따라 협약을 맺었다`): the sentence dates no one signing.
SERIES_WORDS: tuple[str, ...] = ("시작으로", "순차적으로", "잇따라", "연이어", "차례로")

__all__ = ["AGREEMENT_NOUNS", "SERIES_WORDS", "SIGNING_CEREMONIES", "SIGNING_STEMS"]
