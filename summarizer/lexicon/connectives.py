"""Korean sentence connectives: the words that join a sentence to the one before it (`또한`,
`아울러`, `이어`, `그러면서`), written once, with the subsets each reader asks for.

A pledge's run goes on at `아울러 …`, a speaker's next statement at `이어 “…`, and none of these
words names a party, an organisation or a speaker. Each reader builds its pattern with
`connectives()` from its subset here, so a new connective is one edit (a test checks that every
subset is drawn from `CONNECTIVES_KO`).
"""

from __future__ import annotations

import re

# Every connective the readers know, as written (a space stands for any run of space).
CONNECTIVES_KO: tuple[str, ...] = (
    *("또", "또한", "아울러", "더불어", "나아가", "특히", "이와 함께", "이와", "함께"),
    *("이 밖에", "이 밖에도", "이밖에", "이밖에도", "이를 위해"),
    *("이어", "이어서", "그러면서", "덧붙여", "끝으로", "마지막으로"),
    *("한편", "이에", "앞서", "그러나", "하지만"),
)
# Those that open longer words (`더불어민주당`): a connective only before a space or a comma.
_OPEN_LONGER = frozenset({"더불어"})

# A pledge goes on (structure.clauses.CONNECTIVE: `아울러 두 기관은 …`, `이 밖에도 …`).
PLEDGE_GOES_ON: tuple[str, ...] = (
    *("아울러", "더불어", "또한", "이와 함께", "특히", "나아가", "이 밖에도", "이 밖에", "또"),
    "이를 위해",
)
# The terms go on (structure.terms: `또한 …`, `이 밖에도 …`), and before the parties together.
TERMS_GO_ON: tuple[str, ...] = (
    *("또한", "또", "이와 함께", "아울러", "이 밖에도", "이 밖에", "이밖에도", "이밖에"),
)
JOINT_GOES_ON: tuple[str, ...] = ("또한", "또", "이와 함께", "아울러")
# A speaker's next statement (structure.quotes: `이어 “…”고 강조했다`).
SPEECH_GOES_ON: tuple[str, ...] = ("이어서", "이어", "또한", "또", "그러면서", "아울러", "덧붙여")
# No organisation's name (structure.orgs), no speaker's (structure.speakers), no word of an
# attribution (verify.attribution).
NOT_ORG: tuple[str, ...] = ("한편", "또한", "또", "특히", "아울러", "이어", "이에")
NOT_NAME: tuple[str, ...] = (
    *("한편", "또한", "특히", "이어서", "이어", "아울러", "이에", "앞서", "끝으로", "마지막으로"),
    *("또", "이밖에"),
)
NOT_SPEAKER: tuple[str, ...] = (
    *("또한", "또", "이어서", "이어", "아울러", "그러면서", "그러나", "하지만", "특히", "이와"),
    *("함께", "덧붙여", "마지막으로", "이에", "한편"),
)

# A sentence turning back to an earlier agreement (`한편, 시는 지난해 B와 협약을 맺은 바 있다`):
# not the signing the page reports (structure.parties, party_members, event). With it, the
# words that date a deed before this one (`지난해`) and the ending that tells it as done before.
TURNS_BACK: tuple[str, ...] = ("한편", "앞서")
PAST_YEAR = r"지난해|작년"
TOLD_BEFORE = r"바\s*있"

SUBSETS: dict[str, tuple[str, ...]] = {
    "PLEDGE_GOES_ON": PLEDGE_GOES_ON,
    "TERMS_GO_ON": TERMS_GO_ON,
    "JOINT_GOES_ON": JOINT_GOES_ON,
    "SPEECH_GOES_ON": SPEECH_GOES_ON,
    "NOT_ORG": NOT_ORG,
    "NOT_NAME": NOT_NAME,
    "NOT_SPEAKER": NOT_SPEAKER,
    "TURNS_BACK": TURNS_BACK,
}


def connectives(words: tuple[str, ...]) -> str:
    """The regex alternation of `words` in their order (each subset lists the longer of two
    words before the shorter, `또한` before `또`, for the readers that stop at their first
    match), a written space as any run of space, a word that opens longer words only before a
    space or a comma."""
    return "|".join(
        r"\s*".join(map(re.escape, w.split(" "))) + (r"(?=[\s,])" if w in _OPEN_LONGER else "")
        for w in words
    )
