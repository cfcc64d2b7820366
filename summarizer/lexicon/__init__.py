"""The Korean (and English) vocabulary of press releases, written once; rules build regexes from it.

Data, not code: organisation and branch suffixes (`orgs`), titles with their English renderings
and the organisation word a fused title stands for (`titles`: `안산시장` -> `안산시`),
provinces and premises (`places`), release-handling and contact labels, speech verbs, photo captions and page chrome (`labels`).
Relative-day and other time words live with the dates (`summarizer.facts.datewords`). Modules
import these tuples and build their patterns with `ending()` / `alternation()`; a new word is one
edit here.
"""

from summarizer.lexicon._regex import alternation, ending
from summarizer.lexicon.labels import (
    ANNOUNCE_VERBS_KO,
    CAPTION_ACTS,
    CAPTION_POSITIONS,
    CONTACT_LABELS,
    DATE_LABEL_ENDINGS,
    MODIFIED_LABELS,
    MODIFIED_LABELS_EN,
    PAGE_CHROME,
    POSTING_LABELS,
    POSTING_LABELS_EN,
    RANKING_HEADERS,
    RELEASE_LABELS,
    SPEECH_VERBS_EN,
    SPEECH_VERBS_KO,
    STRONG_POSTING,
)
from summarizer.lexicon.orgs import (
    ACTION_NOUNS,
    BRANCH_SUFFIXES,
    CENTRAL_SYLLABLES,
    COMPANY_SUFFIXES,
    COUNTRIES,
    DEPARTMENT_SUFFIXES,
    NOT_ALIASES,
    ORG_SUFFIXES,
    ORG_SUFFIXES_EN,
    ORG_SYLLABLES,
)
from summarizer.lexicon.places import OWN_SITES, PROVINCE_ENDINGS, PROVINCES
from summarizer.lexicon.titles import (
    ACTING,
    HONORIFICS_EN,
    TITLE_ENDINGS,
    TITLE_PREFIXES,
    TITLE_QUALIFIERS,
    TITLE_WORDS,
    TITLES,
    TITLES_EN,
    VICE_EN,
    Title,
    org_of_fused_title,
    title_of,
)

__all__ = [
    "ACTING",
    "ACTION_NOUNS",
    "ANNOUNCE_VERBS_KO",
    "BRANCH_SUFFIXES",
    "CAPTION_ACTS",
    "CAPTION_POSITIONS",
    "CENTRAL_SYLLABLES",
    "COMPANY_SUFFIXES",
    "CONTACT_LABELS",
    "COUNTRIES",
    "DATE_LABEL_ENDINGS",
    "DEPARTMENT_SUFFIXES",
    "HONORIFICS_EN",
    "MODIFIED_LABELS",
    "MODIFIED_LABELS_EN",
    "NOT_ALIASES",
    "ORG_SUFFIXES",
    "ORG_SUFFIXES_EN",
    "ORG_SYLLABLES",
    "OWN_SITES",
    "PAGE_CHROME",
    "POSTING_LABELS",
    "POSTING_LABELS_EN",
    "PROVINCES",
    "PROVINCE_ENDINGS",
    "RANKING_HEADERS",
    "RELEASE_LABELS",
    "SPEECH_VERBS_EN",
    "SPEECH_VERBS_KO",
    "STRONG_POSTING",
    "TITLES",
    "TITLES_EN",
    "TITLE_ENDINGS",
    "TITLE_PREFIXES",
    "TITLE_QUALIFIERS",
    "TITLE_WORDS",
    "VICE_EN",
    "Title",
    "alternation",
    "ending",
    "org_of_fused_title",
    "title_of",
]
