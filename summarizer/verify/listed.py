"""A party the source names by its stem in a list whose last name carries the shared ending.

`김포, 군포, 이천문화재단과 협약` names 김포문화재단 and 군포문화재단 though the text never
writes them whole; `영동·황간·추풍령농협` names 황간농협. The claim gives the full name, so the
check only asks whether its stem stands in such a list, followed by the same ending: it does not
guess which bodies a list holds.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.lexicon import BRANCH_SUFFIXES, ORG_SUFFIXES, ORG_SYLLABLES
from summarizer.models import Span
from summarizer.verify.literal import unspaced

_BODIES = (*ORG_SUFFIXES, *BRANCH_SUFFIXES)
_ENDINGS = (*_BODIES, *ORG_SYLLABLES)
# Between two names of a list: a comma or dot, `와`/`과` ending a name, or a free-standing `및`.
_JOINT = r"(?:\s*[,，·ㆍ]\s*|(?:와|과)\s+|\s+및\s+)"
_ITEM = r"[가-힣]{2,8}"


@lru_cache(maxsize=256)
def _list_pattern(stem: str, ending: str) -> re.Pattern[str]:
    return re.compile(
        rf"(?<![가-힣]){re.escape(stem)}(?:{_JOINT}{_ITEM})*?{_JOINT}{_ITEM}{re.escape(ending)}"
    )


def listed_stem(text: str, name: str) -> Span | None:
    """Where `text` writes `name`'s stem as one of a list sharing `name`'s ending, if it does."""
    bare = unspaced(name)
    for k in range(2, len(bare) - 1):
        stem, ending = bare[:k], bare[k:]
        if not ending.endswith(_ENDINGS) or stem.endswith(_BODIES):  # `수원` is no body
            continue
        for m in _list_pattern(stem, ending).finditer(text):
            items = re.split(_JOINT, m.group(0)[: -len(ending)])
            # The ending is what the last name adds to a stem like the others: `마루문화재단`
            # after `가람, 나루` shares `문화재단`, not `재단`.
            if len(items[-1]) <= max(map(len, items[:-1])) + 1:
                return Span(text=stem, start=m.start(), end=m.start() + len(stem))
    return None
