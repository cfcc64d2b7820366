"""A calibrated confidence for the party hints (issue 8, item 3: a wrong hint is worse than
none).

The readers that find parties mark an item they doubt (`confidence` "low", a `why`), but on
pages nobody tuned on the mark meant little: parties sent as sure were right about seven times
in ten and the doubted ones no less often. Here a small logistic scorer over general features
of each party found (which stage of `find_parties` produced it, its readers' own doubt, how often
and where the page names it, the kind of noun it ends in, how many parties the page yields)
decides the mark instead. Its weights were fitted on the pooled tuning pages of many sites and
its threshold chosen by leave-one-set-out cross-validation:

    S=/work/sets; uv run python tools/fit_confidence.py $S/blind24 $S/blind25 $S/blind26 \
      $S/blind27 $S/blind28 $S/blind29 $S/s31-dq-dev $S/s31-dq-test $S/s31-en-dev \
      $S/s31-en-test $S/s31-enq-dev $S/s31-enq-test $S/s31-koc-dev $S/s31-koc-test \
      $S/s31-koc2-dev $S/s31-koc2-test $S/s31-kop-dev $S/s31-kop-test $S/s31-place-dev \
      $S/s31-place-test $S/look32-dev $S/look32-test

(`tools/fit_confidence.py` prints the weights below and the cross-validated table). No feature
names a page, a site or a body: a name counts only for its shape and where the page repeats it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from summarizer.lexicon import (
    BRANCH_SUFFIXES,
    COMPANY_SUFFIXES,
    COUNTRIES,
    COUNTRIES_EN,
    GENERIC_BODIES,
    KIND_NOUNS,
    ORG_SUFFIXES,
    ORG_SUFFIXES_EN,
    ORG_SYLLABLES,
    TITLE_WORDS,
)
from summarizer.models.records import Party
from summarizer.structure.candidate import key

# The stages of `find_parties` an item can first appear at, in order; an item first seen at
# none of these (named by a late step: the heads' vote, a title's roster, a role) is "late".
ROUTES: tuple[str, ...] = ("sentence", "fallback", "list")

PARTY_FEATURES: tuple[str, ...] = (
    "bias",
    "route_sentence",  # a signing sentence's reading (the surest source)
    "route_fallback",  # a caption, the heads attending, a selection, the title, an English clause
    "route_list",  # a participants' list, a counted roster, a count's members
    "doubted",  # the readers' own mark (`why` set: a caption, not an organisation, …)
    "mentions",  # log(1 + how often the body names it or an alias)
    "in_title",  # the headline names it
    "in_signing",  # the sentence read as the signing names it
    "early",  # named within the body's first 300 characters
    "org_ending",  # ends in an organisation's or company's word (`…공단`, `…건설`, `… Agency`)
    "town_ending",  # ends in a public body's syllable (`…시`, `…군`, `…부`, `…청`)
    "person_title",  # ends in a person's title (`…시장`, `…대표`)
    "generic",  # a kind, not a body (`기관`, `지자체`, `협력사`)
    "country",  # a country's name (`미국`, `South Korea`, `Republic of Korea`)
    "phrase",  # a word inside it ends in a particle or a verb's ending (`…하고자 A센터`)
    "short",  # three characters or fewer
    "long",  # more than sixteen characters
    "latin",  # written without Hangul
    "no_signing",  # the page has no sentence read as the signing
    "crowd",  # log of how many parties the page yields
    "branch",  # another party's name inside it (`A공단 B지부`)
    "bracketed",  # an alias or head its bracket gave
)

# fitted by `uv run python tools/fit_confidence.py` over the 326 pooled tuning pages (blind24 …
# blind29, the 14 s31-* sets, look32-dev/test); see the module's docstring
PARTY_WEIGHTS: dict[str, float] = {
    "bias": -1.110,
    "route_sentence": -1.215,
    "route_fallback": -2.139,
    "route_list": 0.595,
    "doubted": 0.823,
    "mentions": 0.851,
    "in_title": 1.170,
    "in_signing": 0.958,
    "early": 1.432,
    "org_ending": 1.248,
    "town_ending": 0.646,
    "person_title": -2.397,
    "generic": -1.210,
    "country": -1.245,
    "phrase": -6.634,
    "short": -0.766,
    "long": 0.683,
    "latin": 0.512,
    "no_signing": 0.210,
    "crowd": 0.671,
    "branch": -1.112,
    "bracketed": 0.144,
}
# below this score a party is sent as unsure (cross-validated: sure .913, 536/587; unsure .500,
# 43/86); below the second it is left out (cross-validated parties F1 .835 -> .838, no corpus
# lower)
PARTY_SURE_AT = 0.7
PARTY_DROP_BELOW: float | None = 0.1

# set to a list by the fitting script: each `mark_parties` call appends its page's items
RECORD: list[list[tuple[str, dict[str, float]]]] | None = None

_HANGUL = re.compile(r"[가-힣]")
# a word (not the last) ending in a case particle or a connective ending: a phrase, no name
_PHRASE = re.compile(r"[가-힣](?:가|는|은|를|을|의|로|며|고자|하고|에서|으로)\s")
_COUNTRY = re.compile(
    r"(?:(?:the\s+)?(?:Republic\s+of|Government\s+of)\s+)?(?:"
    + "|".join(re.escape(c) for c in (*COUNTRIES, *COUNTRIES_EN))
    + r")(?:\s*정부|\s+Government)?"
)
_LEGAL = re.compile(r"㈜|\(주\)|\(재\)|\(사\)|\(유\)")


class Routes:
    """Where in `find_parties` each name was first seen (`saw` at the end of each stage)."""

    def __init__(self) -> None:
        self._first: dict[str, str] = {}

    def saw(self, route: str, names: Iterable[str]) -> None:
        for n in names:
            self._first.setdefault(key(n), route)

    def of(self, names: Iterable[str]) -> str:
        """The earliest route of a name or alias, or of a name holding it or held in it (the
        name may have lost a legal form or been cut to its head body since)."""
        keys = [key(n) for n in names if n]
        best = len(ROUTES)
        for k in keys:
            for seen, route in self._first.items():
                if seen and k and (seen == k or seen in k or k in seen):
                    best = min(best, ROUTES.index(route))
        return ROUTES[best] if best < len(ROUTES) else "late"


def _ends(name: str, words: Iterable[str]) -> bool:
    return any(name.endswith(w) for w in words if w)


def party_features(
    party: Party,
    parties: list[Party],
    text: str,
    title: str,
    body_start: int,
    signing: tuple[int, int] | None,
    route: str,
) -> dict[str, float]:
    """The features of one party found on the page (see `PARTY_FEATURES`)."""
    name = party.name.strip()
    bare = _LEGAL.sub("", name).strip()
    names = [n for n in (bare, *party.aliases) if n]
    body = text[body_start:]
    mentions = sum(body.count(n) for n in dict.fromkeys(names))
    firsts = [i for i in (body.find(n) for n in names) if i >= 0]
    k = key(bare)
    others = [key(_LEGAL.sub("", o.name)) for o in parties if o is not party]
    sign = text[signing[0] : signing[1]] if signing is not None else ""
    f = {n: 0.0 for n in PARTY_FEATURES}
    f["bias"] = 1.0
    if route in ROUTES:
        f["route_" + route] = 1.0
    f["doubted"] = float(party.why is not None)
    f["mentions"] = math.log1p(mentions)
    f["in_title"] = float(any(n in title or key(n) in key(title) for n in names if len(n) > 1))
    f["in_signing"] = float(any(n in sign for n in names))
    f["early"] = float(bool(firsts) and min(firsts) < 300)
    f["org_ending"] = float(
        _ends(bare, ORG_SUFFIXES)
        or _ends(bare, COMPANY_SUFFIXES)
        or _ends(bare, BRANCH_SUFFIXES)
        or _ends(bare, ORG_SUFFIXES_EN)
        or _LEGAL.search(name) is not None
    )
    f["town_ending"] = float(not f["org_ending"] and _ends(bare, ORG_SYLLABLES))
    f["person_title"] = float(_ends(bare, TITLE_WORDS))
    f["generic"] = float(bare in GENERIC_BODIES or bare in KIND_NOUNS or _ends(bare, KIND_NOUNS))
    f["country"] = float(_COUNTRY.fullmatch(bare) is not None)
    f["phrase"] = float(_PHRASE.search(bare) is not None)
    f["short"] = float(len(k) <= 3)
    f["long"] = float(len(k) > 16)
    f["latin"] = float(_HANGUL.search(bare) is None)
    f["no_signing"] = float(signing is None)
    f["crowd"] = math.log(max(len(parties), 1))
    f["branch"] = float(any(o and o != k and len(o) >= 2 and o in k for o in others))
    f["bracketed"] = float(bool(party.aliases or party.head))
    return f


def party_score(features: dict[str, float]) -> float:
    """The probability, by the fitted weights, that a party with these features is right."""
    z = sum(PARTY_WEIGHTS.get(n, 0.0) * v for n, v in features.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 30.0), -30.0)))


def mark_parties(
    parties: list[Party],
    text: str,
    title: str,
    body_start: int,
    signing: tuple[int, int] | None,
    routes: Routes,
) -> list[Party]:
    """`parties` with the mark the scorer gives: below `PARTY_SURE_AT` unsure (the readers' own
    `why` kept, else the score named), at or above it sure; below `PARTY_DROP_BELOW` left out."""
    out: list[Party] = []
    recorded: list[tuple[str, dict[str, float]]] = []
    for p in parties:
        route = routes.of([p.name, *p.aliases])
        f = party_features(p, parties, text, title, body_start, signing, route)
        recorded.append((p.name, f))
        s = party_score(f)
        if PARTY_DROP_BELOW is not None and s < PARTY_DROP_BELOW:
            continue
        if s < PARTY_SURE_AT:
            why = p.why or f"the rules doubt it (score {s:.2f})"
            out.append(_with_mark(p, "low", why))
        else:
            out.append(_with_mark(p, "high", p.why))
    if RECORD is not None:
        RECORD.append(recorded)
    return out


def _with_mark(p: Party, confidence: str, why: str | None) -> Party:
    return Party(
        name=p.name,
        aliases=p.aliases,
        head=p.head,
        start=p.start,
        end=p.end,
        confidence=confidence,  # type: ignore[arg-type]
        why=why,
    )
