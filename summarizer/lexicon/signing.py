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

__all__ = ["AGREEMENT_NOUNS", "SIGNING_CEREMONIES", "SIGNING_STEMS"]
