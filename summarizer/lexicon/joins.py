"""The conjunction 와/과 that joins two names (`가람시와 누리재단`), and what a name may end with
right before it: one class for every reader, so that a name ending a new way (`별빛㈜과`) is
one edit here, not a dozen look-behinds that disagree.
"""

# What a name may end with, glued to the particle after it: a Hangul syllable, a Latin letter or
# a digit (`KT와`, `3M과`), a closing bracket (`가람(주)와`), a legal-form sign (`별빛㈜과`), a
# Latin abbreviation's full stop (`Daon Technologies Inc.와`: a sentence's own stop is followed
# by a space, never glued to the particle).
# A character-class body (no brackets), for the readers that add characters of their own.
NAME_END = "가-힣A-Za-z0-9)㈜."
# ... and the closing quotes a quoted name ends with (`‘누리’와`): only the signing sentence's
# own join reads quoted sides (elsewhere a quote closes a project's title, not a name).
NAME_END_QUOTED = NAME_END + "’”」』'"

# ... narrower: a head named by its title ends with the title (Hangul), so a join after a
# bracket stays inside the head's item (`가람대 총장(직무대행)과 …` is not split into a bare
# bracket and a head that would outvote the issuer; party_lists' titled heads)
NAME_END_TITLE = "가-힣"

# The conjunction itself (과 after a final consonant, 와 after a vowel; pages mix them up).
JOIN = "(?:와|과)"


def after_name(particles: str = JOIN, ends: str = NAME_END) -> str:
    """`particles` (a group) right after a character that may end a name."""
    return f"(?<=[{ends}]){particles}"


# `A와 B`, `별빛㈜과 누리재단`: the join after a name (callers add the space after it)
JOINED = after_name()

# Descriptive stems of `X하다` adjectives: `다양하고 전문적인 …`, `신속하고 효율적으로 …` join
# two descriptions of one thing, never two clauses (no deed, no object: an action verb such as
# `추진하고`, `지원하고` is never among them).
DESCRIPTIVE_STEMS: tuple[str, ...] = (
    *("다양", "신속", "원활", "긴밀", "풍부", "투명", "공정", "편리", "쾌적", "정확", "활발"),
    *("유연", "충실", "적절", "면밀", "깨끗", "건전", "안정", "튼튼", "든든"),
)

__all__ = [
    "DESCRIPTIVE_STEMS",
    "JOIN",
    "JOINED",
    "NAME_END",
    "NAME_END_QUOTED",
    "NAME_END_TITLE",
    "after_name",
]
