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
# ... and as a document, as a sentence names what its content or signing is of (`협약서에
# 서명했다`, `이번 협정은 …을 골자로 한다`, `합의서를 교환했다`).
AGREEMENT_DOCUMENTS: tuple[str, ...] = (*AGREEMENT_NOUNS, "협약서", "협정서", "합의서")
SIGNING_CEREMONIES: tuple[str, ...] = ("협약식", "협정식", "체결식", "서명식", "조인식", "결연식")
# The words of a series of signings, one partner after another (`A와의 협약을 시작으로 … 순차적으로
# 체결할 계획이다`, `B, C와 잇따라 협약을 맺었다`): the sentence dates no one signing.
SERIES_WORDS: tuple[str, ...] = ("시작으로", "순차적으로", "잇따라", "연이어", "차례로")
# Events other than a signing, told as a sentence's topic (`이번 페스티벌에는 △A 소개 △B 시상`):
# what such a sentence lists is the event's programme or aims, not an agreement's terms.
OTHER_EVENTS: tuple[str, ...] = (
    *("행사", "페스티벌", "축제", "포럼", "교류회", "설명회", "세미나", "간담회", "워크숍"),
    *("박람회", "대회"),
)

__all__ = [
    "AGREEMENT_DOCUMENTS",
    "AGREEMENT_NOUNS",
    "OTHER_EVENTS",
    "SERIES_WORDS",
    "SIGNING_CEREMONIES",
    "SIGNING_STEMS",
]
