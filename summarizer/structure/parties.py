"""Parties to the agreement: read from the signing sentence, the header and bracketed aliases."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from types import SimpleNamespace
from typing import Any

from summarizer.lazy import lazy_compile
from summarizer.lexicon import (
    AGREEMENT_NOUNS,
    CAPTION_POSITIONS_EN,
    GENERIC_BODIES,
    MUNICIPAL_SYLLABLES,
    ORG_SUFFIXES,
    PHOTO_CREDITS_EN,
    PROVINCE_FORMS,
    SIGNING_CEREMONIES,
    TOWN_SYLLABLES,
    alternation,
    led_start,
    marks,
)
from summarizer.lexicon.connectives import TOLD_BEFORE, TURNS_BACK, connectives
from summarizer.lexicon.counts import BARE, count
from summarizer.models.records import Fact, Party, Span
from summarizer.structure.candidate import key
from summarizer.structure.confidence import Routes, mark_parties
from summarizer.structure.counted import counted_partners, counts_partners
from summarizer.structure.issuers import (
    HANDLING,
    author_issuers,
    co_operators,
    header_issuers,
    organisers,
)
from summarizer.structure.lines import Mask, iter_sentences
from summarizer.structure.org_names import abbreviates, expand_short_names, merge
from summarizer.structure.orgs import (
    Cand,
    forget_parsed,
    looks_like_org,
    strip_legal_form,
)
from summarizer.structure.page_shape import (
    LEAD_TITLE,
    hard_wrapped_from,
    mostly_korean,
    wrapped_end,
)
from summarizer.structure.party_also import also_signed, paragraph_signings
from summarizer.structure.party_copula import copular_roster
from summarizer.structure.party_count import counted_fill
from summarizer.structure.party_cues import (
    NOT_SIGNING,
    bodies_of_kind_before,
    named_for_kind,
    reported_sides,
    signing_tier,
    tidy_sides,
    unnamed_side,
)
from summarizer.structure.party_evidence import (
    title_roster,
    title_sides,
    weigh,
    without_next_sentence,
    without_possessive,
)
from summarizer.structure.party_fallbacks import (
    bodies_attending,
    from_attendance,
    headed_names,
    host_heads,
    host_of_venue,
    named_in_agreement,
    pair_through,
    selection,
    short_names,
    title_pair,
)
from summarizer.structure.party_heads import counted_list, head_of, signatory_bodies
from summarizer.structure.party_lists import participants, register_fields, titled_heads
from summarizer.structure.party_members import (
    counted_members,
    is_count_of,
    listed_members,
    shared_run_members,
)
from summarizer.structure.party_repair import is_phrase, qualify, share_suffix
from summarizer.structure.party_roster import rostered
from summarizer.structure.party_self import own_university
from summarizer.structure.party_sentence import korean_sentence, lengthen
from summarizer.structure.party_shape import (
    keep_parties,
    mark_head_only,
    not_a_party,
)
from summarizer.structure.party_visits import visited_partners
from summarizer.structure.party_vote import agreed_bodies, supplement

# How surely a sentence reports the signing: 0 `체결`/`맺었다`/`서명`, 1 `협약을 했다`,
# (`협약을 진행했다`, `협약을 가졌다`),
# 2 a lead that only says the two work together (`A와 B가 손잡았다`, `A가 B와 협력한다`).
_SIGN_TIERS = (
    re.compile(
        # (`‘…자매결연’을 했다`: the agreement's quoted name closes before its particle)
        # (`의향서를 교환하고`, `협약서를 교환했다`: the signed papers exchanged)
        r"체결|맺|양해각서|MOU|서명|협약[’'”\"]?을\s*(?:했|하)|결연[’'”\"]?을?\s*(?:했|하)|"
        r"(?:의향서|협약서|협정서)(?:를|을)?\s*교환|"
        + alternation(SIGNING_CEREMONIES)  # `협약식`, `조인식`
    ),
    re.compile(  # (every branch opens with a letter: the engine skips ahead to those)
        r"협약했|결연|협약(?:을|를)?\s*(?:진행(?:했|하였|한다)|가졌)|MOU(?:을|를)?\s*진행(?:했|하였|한다)"
        r"|양해각서(?:을|를)?\s*진행(?:했|하였|한다)"
    ),
    re.compile(r"손[을잡]|맞잡|맞손|협력한다|협력(?:하기로|키로)|약속했다"),
)
# (found by the letters every branch opens with, read off the tiers: a branch opening with a
# group, `(?:결연식|…)`, left the engine nothing to skip ahead by, and every sentence is asked;
# only whether a sentence has one is asked, so the first character alone is matched
# (`led_start`), which the engine skips ahead by)
_SIGN_KO = re.compile(led_start("|".join(p.pattern for p in _SIGN_TIERS)))
_COUNTED_SIDE = re.compile(count(BARE, number=r"\d"))  # (its last digit is enough)
_PHOTO_MARK = re.compile(rf"\s*[{marks.CAPTION}]")  # a caption's opening mark
# an earlier agreement told (`한편, 시는 지난해 B와 협약을 맺은 바 있다`, `앞서 …`): not the
# signing the page reports, whose sides it would stand in for
# a first clause ended by `…기로 하고`: the signing's own clause follows
_THEN_CLAUSE = lazy_compile(r"기로\s+하고\s+")
_EARLIER_KO = lazy_compile(rf"^\s*(?:{connectives(TURNS_BACK)})[\s,]|{TOLD_BEFORE}(?:다|으며|고)")
_AGREED = lazy_compile(r"협약(?:을|식|서)|MOU|양해각서|memorandum|agreement", re.I)


_EN_PLACES = 9  # `South Korea and the U.S. signed`: kept unless a sentence names the bodies
# `South Korea and Indonesia signed 10 memorandums of understanding`: a package the two
# countries signed; the companies a later sentence names signed single items of it
_PACKAGE = lazy_compile(
    r"\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|several)\s+"
    r"(?:\w+\s+)?(?:memorand(?:ums|a)|MOUs|MoUs|agreements|deals|pacts)\b"
)
_HANGUL = re.compile(r"[가-힣]")
# A word every match of SIGN_EN / AGREE_EN holds (both case-sensitive): a sentence with none
# is not searched (a test checks the patterns still need them)
_SIGN_EN_WORDS: tuple[str, ...] = ("sign", "inked", "conclude")
_AGREE_EN_WORDS: tuple[str, ...] = (
    "agreed",
    "entered",
    "held",
    "hosted",
    "announced",
    "forged",
    "reached",
)
# (each list as one alternation of plain words: one search in C, skipping to their letters)
_HOLDS: dict[tuple[str, ...], re.Pattern[str]] = {
    words: re.compile("|".join(map(re.escape, words)))
    for words in (_SIGN_EN_WORDS, _AGREE_EN_WORDS)
}


def _holds(sent: str, words: tuple[str, ...]) -> bool:
    """Whether `sent` holds one of `words` (`any(w in sent for w in words)`)."""
    return _HOLDS[words].search(sent) is not None


# A word every sentence the general English reader takes holds (its verbs' stems, a headline's
# capitals, `between` of `an MOU between A and B`)
_AGREEMENT_EN_WORDS: tuple[str, ...] = (
    "sign", "Sign", "SIGN", "ink", "Ink", "conclud", "Conclud", "reach", "Reach", "forg", "Forg",
    "establish", "Establish", "seal", "Seal", "enter", "Enter", "agreed", "formali", "between",
    "held", "hosted", "announced", "made",
)  # fmt: skip
_HOLDS[_AGREEMENT_EN_WORDS] = re.compile("|".join(map(re.escape, _AGREEMENT_EN_WORDS)))
# every word a sentence the loop reads must hold (`_SIGN_KO`, or an English cue word)
_ANY_EN = re.compile(
    "|".join(map(re.escape, (*_SIGN_EN_WORDS, *_AGREE_EN_WORDS, *_AGREEMENT_EN_WORDS)))
)


class _Ahead:
    """The first match of each cue at or after the sentence asked about, each found by one
    search over the rest of the text, searched again only once a sentence starts past it: a
    sentence none stands in is passed over unread (no slice, mask look-up or search of its
    own). A match in a sentence is one in the whole text at the same place: the cues hold
    no anchor, word boundary or negative look-around."""

    def __init__(self, text: str, start: int, cues: tuple[re.Pattern[str], ...]) -> None:
        self.text, self.cues = text, cues
        self.found = [cue.search(text, start) for cue in cues]

    def within(self, s: int, e: int) -> bool:
        """Whether a cue stands in `text[s:e]` (sentences asked in order)."""
        hit = False
        for i, m in enumerate(self.found):
            if m is not None and m.start() < s:
                m = self.found[i] = self.cues[i].search(self.text, s)
            hit = hit or (m is not None and m.start() < e)
        return hit


@cache
def _en() -> Any:
    """The English readings of a signing (en_parties, en_forms), loaded at the first sentence
    that may sign in English: a Korean page never needs them (~4 M instructions of a start)."""
    from summarizer.structure import en_agreement, en_forms, en_parties

    return SimpleNamespace(
        AGREE_EN=en_parties.AGREE_EN,
        agreement_cue=en_agreement.cue,
        agreement_sides=en_agreement.agreement_sides,
        better=en_agreement.better,
        titled_person=en_agreement.titled_person,
        whole_names=en_agreement.whole_names,
        SIGN_EN=en_parties.SIGN_EN,
        agreed_sentence=en_parties.agreed_sentence,
        english_sentence=en_parties.english_sentence,
        only_places=en_forms.only_places,
    )


def _investors(
    text: str, mask: Mask, sign: tuple[int, int] | None, found: list[Cand]
) -> list[Cand]:
    """party_investors.investors, its module loaded only for a signing sentence that tells an
    investment (`투자`, the first thing it asks: most pages' signing tells none)."""
    if sign is None or "투자" not in text[sign[0] : sign[1]]:
        return []
    from summarizer.structure.party_investors import investors

    return investors(text, mask, sign, found)


# the candidate parties of a page read further (its signing sentence's and the lists' first)
_MOST_CANDIDATES = 100


def find_parties(
    text: str,
    facts: list[Fact],
    mask: Mask,
    title: Span | None,
    contact_orgs: list[str],
    body_start: int = 0,
) -> list[Party]:
    """The organisations party to the agreement, with their aliases and heads.

    The stages, in order:
    1. the signing sentences, each read by its language's reader (a Korean one by
       `korean_sentence`, which gives each side as a body: a signatory's person cut off, `A 외
       2개 업체` as A, a dotted name rejoined), ranked by how surely it signs; the surest wins
       and is tidied (`tidy_sides`); a lone subject and its counted partners kept aside;
    2. when no sentence names two sides, the other sources in turn: a photo caption, the
       bodies attending, the heads' bodies, a selection, an English sentence, the title, an
       English `between` clause or headline, and last a register's agreement field;
    3. what lists and counts add: partners counted elsewhere, a participants sentence or
       copular roster, an English list the page's count of sides checks (`en_counted`), a
       counted roster, a count's members (`party_members`: its bracket, a run sharing one
       ending, a list it closes), the bodies visited to sign (`party_visits`), the bodies a
       count leaves unnamed, investors, a second agreement and a round-up's other signings,
       each in a paragraph of its own;
    4. the issuers (header lines; on a notice, author, co-operators, organisers, contacts);
    5. the final checks of each name itself (an English page's possessive and run-on
       sentence, a release label, a legal form, `not_a_party`), then merging and short names;
    6. on a Korean page, phrases let go and names repaired (`party_repair`), the vote of the
       heads' bodies, the title's roster and sides;
    7. a university's page naming itself (`우리 대학`, `본교`) given its name (`party_self`),
       and the page's evidence against a candidate (`party_evidence.weigh`).
    (A name's own description, `부설인 …`, `… 전문 …`, is cut where it is parsed, `orgs`.)"""
    forget_parsed()  # (a bracket is parsed once per document: the last one's are let go)
    by_tier: dict[int, list[Cand]] = {}
    # a Korean page with an English rendering after it: the Korean text names the parties; the
    # English sentence is used only when no Korean one does
    korean_page = mostly_korean(text)
    english: list[Cand] = []
    wrapped = hard_wrapped_from(text, body_start)
    # a page whose first line is the lead itself (`A는 20일 B와 협약을 맺고 …했다.`), taken for
    # its title, or whose title is a doubted caption below the lead: the lead is read too
    lead_at = body_start
    if title is not None and LEAD_TITLE.search(title.text):
        lead_at = min(lead_at, title.start)  # (a closing line taken for a title: the story above)
    elif title is not None and getattr(title, "why", None) == "caption":
        lead_at = 0
    lone: list[Cand] = []  # `롯데건설이 … 업무협약을 체결했다`: the one side the sentence names
    signing: tuple[int, int] | None = None
    signed: tuple[int, int] | None = None  # the first sentence that reports a signing at all
    pictured: list[Cand] = []
    pictured_tier, pictured_en = 0, False  # (an English caption's tier: its names' own)
    tier_single: list[Cand] | None = None  # an English sentence naming one side
    # a signing reading with a side that names no body (`경찰이 … B와 협약을 맺었다`), kept
    # while the next signing sentences are read for one naming the same agreement's bodies
    unnamed: list[Cand] | None = None
    ahead = _Ahead(text, lead_at, (_SIGN_KO, _ANY_EN))
    for s, e in iter_sentences(text, lead_at):
        # (a hard-wrapped sentence may run on past its end: the cue is looked for up to where
        # it really ends)
        run_on = wrapped_end(text, s, e) if wrapped else e
        if not ahead.within(s, run_on):
            continue  # (no cue of a signing: the tests below would pass it over)
        if mask.blocked(s, e):
            continue
        e = run_on
        sent = text[s:e]
        if unnamed is not None:
            named = _named_again(text, s, e, facts, unnamed)
            if named is None:
                continue
            by_tier[0] = named or unnamed
            break
        korean = _HANGUL.search(sent) is not None
        if korean and _SIGN_KO.search(sent) and not _EARLIER_KO.search(sent):
            tier = next(n for n, p in enumerate(_SIGN_TIERS) if p.search(sent))
            tier = signing_tier(sent, tier)  # (`파트너십을 맺고`: no agreement named)
            if tier == NOT_SIGNING:  # (`… MOU를 체결하는 일이 잦다`: signings in general)
                continue
            if tier == 0 and signed is None and not _PHOTO_MARK.match(sent):
                signed = (s, e)
            got = korean_sentence(text, s, e, facts) if tier not in by_tier else []
            if tier not in by_tier and got and all(_kind_only(c, text) for c in got):
                # `지역대학과 지자체가 힘을 모으기로 하고 A 총장과 B 구청장이 … 체결했다`: kinds
                # in the first clause; the signers the clause after it names
                then = _THEN_CLAUSE.search(text, s, e)
                got = (korean_sentence(text, then.end(), e, facts) if then else []) or got
            if any(len(c.name) == 1 for c in got):  # `구는 … B와`: the district named before
                # (as a signing side, else anywhere in the story before it, one body of that
                # kind: `누리도 가람군이 … 밝혔다. 군은 이날 B와 …`; or no reading: the title
                # may name both)
                kinds = named_for_kind(got, lone) if lone else []
                if len(kinds) != len(got):
                    kinds = named_for_kind(got, bodies_of_kind_before(text, lead_at, s, got))
                got = kinds if len(kinds) == len(got) else []
            elif len(got) >= 2 and all(c.name in ORG_SUFFIXES and not c.aliases for c in got):
                # `A복지관과 B연합회가 손을 맞잡았다. 복지관과 연합회는 … 협약을 체결했다`: each
                # kind word is the one body of that kind a looser sentence named before
                read = [c for cs in by_tier.values() for c in cs] + lone
                kinds = named_for_kind(got, read)
                got = kinds if all(c.aliases for c in kinds) else got
            if got and tier == 0 and signing is None:
                signing = (s, e)
            if len(got) == 1 and tier == 0 and not lone and looks_like_org(got[0]):
                # (`A를 비롯한 지역 7개 대학이 … 체결했다`: a count of the signers, no one side)
                lone = [] if _COUNTED_SIDE.search(got[0].name) else got
            if len(got) < 2:
                got = (
                    named_in_agreement(text, s, e)
                    or headed_names(text, s, e)
                    or titled_heads(text, s, e)
                    or reported_sides(text, s, e)
                    or got
                )
        elif (
            not korean_page
            and _holds(sent, _AGREEMENT_EN_WORDS)
            and (en := _en()).agreement_cue(sent)
        ):
            got = _english_agreement(en, text, s, e, sent)
            if len(got) == 1 and tier_single is None:
                tier_single = got  # one side here; a later sentence may name the other
                continue
            if len(got) == 1 and not _same(got[0], tier_single[0]):  # type: ignore[index]
                got = [*tier_single, *got]  # type: ignore[misc]
            elif (
                tier_single is not None
                and _IT_SIGNED.search(sent) is not None
                and not any(_same(c, tier_single[0]) for c in got)
            ):  # `it signed memorandums with A, B and C`: `it`, the one side named before
                got = [*tier_single, *got]
            tier = _EN_PLACES if en.only_places(got) and not _PACKAGE.search(sent) else 0
        elif _holds(sent, _SIGN_EN_WORDS) and (en := _en()).SIGN_EN.search(sent):
            got = en.english_sentence(text, s, e)
            tier = _EN_PLACES if en.only_places(got) and not _PACKAGE.search(sent) else 0
        elif not korean and _holds(sent, _AGREE_EN_WORDS) and (en := _en()).AGREE_EN.search(sent):
            got = en.agreed_sentence(text, s, e)
            tier = _EN_PLACES if en.only_places(got) else 0
        else:
            continue
        if korean_page and not korean:
            english = english or (got if len(got) >= 2 else [])
            continue
        if (
            len(got) >= 2
            and (tier == 0 or not korean)
            and not pictured
            and _under_photo(text, s, e, korean)
        ):
            pictured = got  # `▲ A는 … B와 협약을 맺었다.`: under the photo; the story may say it
            pictured_tier, pictured_en = tier, not korean
            continue
        if len(got) >= 2 and tier not in by_tier:
            if tier == 0 and korean and any(unnamed_side(c, text) for c in got):
                unnamed = got
                continue
            by_tier[tier] = got
            if tier == 0:
                break
    if unnamed is not None and 0 not in by_tier:
        by_tier[0] = unnamed
    # (an English caption names the people attending: a story sentence naming only the
    # countries that signed outranks it too, `Korea and China signed …`)
    if pictured and (not by_tier if pictured_en else 0 not in by_tier):
        by_tier[pictured_tier] = pictured
    cands = by_tier[min(by_tier)] if by_tier else []
    if by_tier:  # `공단은`, `향후 2년간`, `교육부가 주관하는 … 사업`: the chosen tier tidied
        cands = by_tier[min(by_tier)] = tidy_sides(cands, lone, text)
    if lone and signing is not None and min(by_tier, default=_EN_PLACES) > 0:
        # `A는 지역 대학 3곳과 협약을 체결했다` and the three named at the ceremony: the signing
        # sentence and its count outrank a looser sentence naming two
        counted = counted_partners(text, *signing, lone)
        cands = lone + counted if counted else cands
    if lone and signing is not None and cands and not any(_same(lone[0], c) for c in cands):
        # `A는 2개 기업과 2개 마을이 … 체결했다` and the four named in a later sentence: the
        # subject that counted its partners is a side beside them
        cands = lone + cands if counts_partners(text, *signing) else cands
    routes = Routes()  # (where each name was first seen: a feature of the calibrated mark)
    routes.saw("sentence", cands)
    if not cands:  # the signing is told only under the photo: `A 시장과 B 군수가 … 체결한 뒤`
        cands = [replace(c, why="caption") for c in _from_captions(text, mask, facts)]
    if not cands and lone and signing is not None:  # one side named; the host's hall, perhaps
        listed = bodies_attending(text, mask, body_start, lone)
        cands = lone + (listed or host_of_venue(text, *signing, lone))
    if not cands:  # `이날 협약식에는 A 진주시장과 B 서초구청장이 참석했다`: the heads' bodies
        cands = from_attendance(text, mask, body_start)
    if not cands:  # no signing: `A는 … B와 C를 선정했다고 밝혔다`, an announcement's bodies
        cands = selection(text, mask, body_start)
    cands = cands or english or title_pair(title)
    if not cands and not korean_page:  # `It is agreed by and amongst A (a), B (b) and C`
        from summarizer.structure.en_between import between_bodies  # English pages only

        cands = between_bodies(text, mask, body_start)
    if not cands and not korean_page and title is not None:  # `A signs MOU with B` over a story
        cands = _english_title(text, title)  # naming neither (`The two institutions signed`)
    if not cands and not korean_page:  # `S. Korea, Poland sign 33 MOUs`: two countries
        from summarizer.structure.en_countries import country_pair  # English pages only

        cands = country_pair(text, mask, title, body_start)
    routes.saw("fallback", cands)
    if cands and signing is not None:  # `시·도교육지원청 6곳과`: named in a list elsewhere
        cands = cands + counted_partners(text, *signing, cands)
    listed = participants(text, mask, body_start)  # `참여 기관은 A, B, C이다`
    # `협약을 체결한 언론사는 A, B, C로 총 3곳이며`, `센터 7개소는 A, … G로 구성됐다`
    listed = listed or copular_roster(text, mask, body_start)
    # `Companies participating in the MOUs include A, B, …`; `A also signed a separate MOU with
    # B` (a page holding neither word loads no English reader for them)
    if not korean_page and _PARTNER_WORDS.search(text, body_start):
        from summarizer.structure import en_partners

        listed = listed or en_partners.roster(text, mask, body_start)
        cands = cands + [
            c
            for c in en_partners.also_signed(text, mask, body_start, cands)
            if not any(_same(c, o) for o in cands)
        ]
    if not korean_page and cands:  # `with the A, the B, …, and the E … the six signatories`
        from summarizer.structure.en_counted import counted_sides  # English pages only

        cands = cands + [
            c
            for c in counted_sides(text, mask, body_start, cands)
            if not any(_same(c, o) for o in cands)
        ]
    if not cands and not lone and not listed:  # the last source: a register's record of the
        cands = register_fields(text, mask)  # agreement, `체결기관 A-B` (a board's, no sentence)
    if listed:
        base = [c for c in cands or lone if c.why != "title"]
        # (`가람시 누리동` the lead names, `누리동 행정복지센터` the list: the list's name)
        base = [o for o in base if not any(_office_of(o, c) for c in listed)]
        cands = base + [c for c in listed if not any(_same(c, o) for o in base)]
    # `업무협약에는 A, B·C … 등 9개 기관이 참석했다`: the rest of a counted roster
    cands = cands + rostered(text, mask, body_start, cands)
    if korean_page:  # `9개 항공사(A, B, …, I)와`: a count's bracket, as many members as it says
        members, counts = counted_members(text, mask, lead_at, cands)
        cands = [c for c in cands if not is_count_of(c.name, counts)] + members
        # `가람·누리·별빛군은` near the lead, the page counting `3개군`: each county (a bare
        # `가람` found is given its ending in place, a side holding the whole run let go)
        cands = cands + shared_run_members(text, lead_at, cands)
        # `㈜A, B, C㈜ 등 3개 기업 대표들이 참석한 가운데`: a list its count closes, exactly
        cands = cands + listed_members(text, lead_at, cands, signing or signed)
        # `A는 B, C, D 등을 방문해 협정을 체결했다`: the bodies visited to sign
        cands = cands + visited_partners(text, mask, lead_at, cands)
    if korean_page:  # `국내 기업 세 곳과` and the three named one by one below: the count checked
        cands = cands + counted_fill(text, mask, signing or signed, cands)
        # `기업 3곳과 투자협약` and each firm the subject of its own investment clause below
        cands = cands + _investors(text, mask, signing or signed, cands)
        if signing is not None:  # `이날 C와 D 간 협정 체결식도 진행됐다`: a second agreement
            cands = cands + also_signed(text, signing[1], facts, cands)
            cands = cands + paragraph_signings(text, mask, signing[1], facts, cands)
        # `박원순 시장은 … 서울시청 간담회장에서 … 체결`: the host the head signs for
        cands = cands + host_heads(text, lead_at, cands)
    routes.saw("list", cands)
    # (the readers from here compare each candidate with the others: a page naming thousands
    # of bodies was quadratic, bench_adversarial.py release_like; real pages name at most 19)
    cands = cands[:_MOST_CANDIDATES]
    others = [c for t, cs in by_tier.items() if cands is not cs for c in cs]
    lengthen(cands, others, text[body_start : body_start + 600])
    issuers = header_issuers(text, title, mask)
    # without a signing sentence (a notice), the issuer and the bodies named in the contacts
    if not cands:  # a notice: its issuer, the bodies running it, those named in the contacts
        blocks = [(s, e) for s, e in iter_sentences(text, body_start) if not mask.blocked(s, e)]
        issuers += author_issuers(text, mask) + co_operators(text, blocks) + organisers(text, mask)
    cands = (
        cands + issuers
        if cands
        else issuers + [Cand(name=o, why="contact table") for o in contact_orgs]
    )
    routes.saw("list", cands)
    if not cands and _AGREED.search(text, body_start):
        # `중기부-한경협, 업무협약 체결` and a body that never names them as subjects
        cands = [Cand(name=n) for n in short_names(text, title)]
    if not korean_page:  # `Virginia's Columbia College`: the college
        cands = [without_possessive(without_next_sentence(c)) for c in cands]
        from summarizer.structure.en_countries import with_country_forms  # English pages only

        cands = [with_country_forms(c) for c in cands]  # `S. Korea`: `South Korea`, `Korea`
    cands = [strip_legal_form(c) for c in cands if not HANDLING.search(c.name)]
    cands = keep_parties(cands)  # (`거래업체인 25개사`: no party)
    expand_short_names(text, cands)
    merged = merge(cands)
    short = short_names(text, title)
    for c in merged:
        for s_ in short:
            fits = s_ not in c.aliases and s_ != c.name and abbreviates(s_, c.name)
            # (`남원시 소상공인연합회`: the town it is in is another body, not its short name)
            fits = fits and not (c.name.startswith(s_ + " ") and s_.endswith(MUNICIPAL_SYLLABLES))
            # (`경남도` is no short name of `경남도유도회` when `경남도` is a party of its own)
            fits = fits and not any(s_ == o.name or s_ in o.aliases for o in merged)
            if fits and not any(abbreviates(s_, o.name) for o in merged if o is not c):
                c.aliases.append(s_)
    if korean_page:  # what the page names in its signing sentences and title, not as a phrase
        merged = [c for c in merged if not is_phrase(c, text)]
        share_suffix(merged, text[body_start : body_start + 3000])
        qualify(merged, text[body_start : body_start + 3000])
        few = sum(c.why is None for c in merged) < 2
        votes = agreed_bodies(text, mask, title.text if title is not None else "", body_start, few)
        merged += mark_head_only(
            supplement(merged, votes), votes, text[body_start : body_start + 80]
        )
        if len(merged) < 2:  # `이번 협약을 통해 A와 B는 …`: the one sentence naming both
            merged += [c for c in pair_through(text, mask, body_start) if not _held(c, merged)]
    if korean_page and title is not None:  # `A 등 4개사와 협약` over `A, B, C, D 등 … 기업과`
        merged += title_roster(merged, text, title.text, body_start)
        merged += title_sides(merged, text, title.text, title.end)
    if korean_page:  # `▲ 홍길동 가람공사 사장`, `협약 체결 이후 다온대`: each side's head body
        merged = _to_heads(merged, text)
        # `가람군수와 ㈜다온 김하늘 대표, 누리산업㈜ 박별 대표는 … 서명했다`, `A, B, C 등 3개
        # 기관과`: the roles a signing sentence names whole, each body passing the name test
        merged += _roles(text, mask, lead_at, merged)
    # the whole page's evidence against a candidate: a person's title, a scheme, a menu's word,
    # a head's body on a page with no agreement at all
    title_end = title.end if title is not None else body_start
    # `우리 대학은`, `본교는`: the page's own university, named in its title or elsewhere
    merged = own_university(merged, text, title.text if title is not None else "")
    merged = weigh(merged, text, title_end, issuers, title.text if title is not None else "")
    out = []
    for c in merged:
        why = c.why or (None if looks_like_org(c) else "not an organisation")
        out.append(
            Party(
                name=c.name,
                aliases=c.aliases,
                head=c.head,
                start=c.start,
                end=c.end,
                confidence="low" if why else "high",
                why=why,
            )
        )
    forget_parsed()
    # the mark (and whether to send it at all) the calibrated scorer gives each party
    title_text = title.text if title is not None else ""
    return mark_parties(out, text, title_text, body_start, signing or signed, routes)


def _to_heads(cands: list[Cand], text: str) -> list[Cand]:
    """Each candidate named by its head organisation (`party_heads.head_of`, the page showing
    whom it writes as a person) where its phrase holds more than the body; a head another
    candidate already names is let go."""
    out: list[Cand] = []
    for c in cands:
        head = head_of(c.name, text)
        if head is not None:
            at = c.name.find(head)
            start = c.start + at if c.start is not None and at >= 0 else c.start
            end = start + len(head) if start is not None and at >= 0 else c.end
            c = replace(c, name=head, start=start, end=end)
            if any(_same(c, o) for o in out):
                continue
        out.append(c)
    return out


_AGREEMENT_WORDS = (*AGREEMENT_NOUNS, "결연", "서명")


def _agreement_words_at(text: str, start: int) -> list[int]:
    """Where the page names an agreement from `start` on, in order (each word found by
    `str.find`: an alternation run over the page costs several times more). A word inside
    another's match (`양해각서명`) adds a place in the same sentence, which reads the same."""
    at: list[int] = []
    for word in _AGREEMENT_WORDS:
        i = text.find(word, start)
        while i >= 0:
            at.append(i)
            i = text.find(word, i + len(word))
    return sorted(at)


def _roles(text: str, mask: Mask, start: int, found: list[Cand]) -> list[Cand]:
    """The bodies the signing sentences name as rosters (`party_heads.signatory_bodies`) or
    lists closed by a count (`party_heads.counted_list`, also in the sentence right after one
    naming the agreement: `대상 기관은 A, B, C 등 3곳이다`) that are not found yet.

    (The agreement's words found by one search of the page, the sentences holding none
    passed over by their bounds alone: most sentences name no agreement.)"""
    at = _agreement_words_at(text, start)
    if not at:
        return []
    added: list[Cand] = []
    i, after_agreement = 0, False
    for s, e in iter_sentences(text, start):
        if s > at[-1] and not after_agreement:
            break  # (no agreement named from here on)
        while i < len(at) and at[i] < s:
            i += 1
        names_agreement = i < len(at) and at[i] < e
        if not names_agreement and not after_agreement:
            continue
        sent = text[s:e]
        got: list[str] = []
        if names_agreement and ("서명" in sent or "체결" in sent):
            got = signatory_bodies(sent)
        if not got and "등" in sent:
            got = counted_list(sent)
        after_agreement = names_agreement
        if not got or mask.blocked(s, e) or _EARLIER_KO.search(sent):
            continue
        for name in got:
            c = strip_legal_form(Cand(name=name))  # (`누리산업(주)`, its bare name an alias)
            if not _held(c, found + added) and not _province_of(c, found):
                added.append(c)
    return added


def _province_of(c: Cand, found: list[Cand]) -> bool:
    """`세종시` when `세종특별자치시` is found: one province or metropolitan city's two forms."""
    forms = PROVINCE_FORMS.get(c.name, ())
    return any(o.name in forms for o in found)


def _named_again(
    text: str, s: int, e: int, facts: list[Fact], unnamed: list[Cand]
) -> list[Cand] | None:
    """After a signing reading with a side that names no body (`unnamed`), what a later
    sentence says: its sides when it is a signing sentence naming two bodies, one of them a
    side of `unnamed` (`서울광진경찰서는 … 해병대 전우회 광진구지회와 협약식을 개최했다` after
    `경찰이 … 해병대전우회와 협약을 맺었다`); [] when it names two others (another agreement:
    the unnamed reading stands); None when it says neither (read on)."""
    sent = text[s:e]
    if not _HANGUL.search(sent) or _EARLIER_KO.search(sent) or _PHOTO_MARK.match(sent):
        return None
    if not _SIGN_TIERS[0].search(sent) or signing_tier(sent, 0) != 0:
        return None
    got = korean_sentence(text, s, e, facts)
    if len(got) < 2 or any(unnamed_side(c, text) for c in got):
        return None
    named = [key(c.name) for c in unnamed if not unnamed_side(c, text)]
    if any(a in b or b in a for a in named for b in (key(c.name) for c in got)):
        return got
    return []


def _under_photo(text: str, s: int, e: int, korean: bool) -> bool:
    """Whether a signing sentence is a photo's caption: a Korean one opening on its mark (`▲`),
    an English one on the people's positions (`From left, A and B attend …`, `(L-R) A, B`) or
    closing its line on the wire's credit (`… in Seoul, Monday. Yonhap`, `(AP)`, `/ AP`)."""
    if _PHOTO_MARK.match(text, s):
        return True
    if korean:
        return False
    return bool(_POSITIONS_EN.match(text, s) or _CREDIT_EN.match(text, e))


# (the positions bracketed or closed by a comma or colon: not `Front row seats were …`; the
# caption's sentence ends before its credit, which closes the line)
_POSITIONS_EN = lazy_compile(
    r"\s*(?:\((?:"
    + alternation(CAPTION_POSITIONS_EN)
    + r")\)|(?:"
    + alternation(CAPTION_POSITIONS_EN)
    + r")\s*[,:])\s",
    re.I,
)
_CREDIT_EN = lazy_compile(
    r"[ \t]*(?:[(\[][ \t]*|/[ \t]*)?(?:" + alternation(PHOTO_CREDITS_EN) + r")(?:[ \t]+Photos?)?"
    r"[ \t]*[)\]]?[ \t]*(?:\n|$)"
)


# a word every roster or further signing `en_partners` reads holds
# (`also` opens with its letter, its word bound asked behind it: a `\b` first gave the engine
# nothing to skip ahead by, and it entered the pattern at every character)
_PARTNER_WORDS = re.compile(r"a(?<!\wa)lso\s|participating|taking part|involved in")
# a pronoun as the subject of an English signing: the side a sentence before named
_IT_SIGNED = lazy_compile(r"\b(?:it|It)\s+(?:also\s+|has\s+|had\s+)?(?:signed|inked|concluded)\b")


def _english_agreement(en: Any, text: str, s: int, e: int, sent: str) -> list[Cand]:
    """The sides an English agreement sentence names: the older readings of a signing
    (`signed`) or an accord (`have agreed`) where they name two, else the general reader's
    (`reached a letter of intent`, `agreed to sign`, `Gov. A … between the state and …`)."""
    if _holds(sent, _SIGN_EN_WORDS) and en.SIGN_EN.search(sent):
        older = en.english_sentence(text, s, e)
    elif _holds(sent, _AGREE_EN_WORDS) and en.AGREE_EN.search(sent):
        older = en.agreed_sentence(text, s, e)
    else:
        older = []
    older = [c for c in older if not en.titled_person(c.name)]  # (`Governor Reed`: no body)
    got: list[Cand] = en.agreement_sides(text, s, e)
    older = en.whole_names(older, got)  # (`Vietnam's`, `Kazakhstan.`: no whole name)
    if len(older) >= 2 and (len(got) < 2 or not en.better(got, older)):
        # (the general reader's where its sides are better named: `en_agreement.better`; a side
        # both name the same keeps the aliases the general reader found, `The Korea Herald`)
        return [_with_aliases(text, c, got) for c in older]
    return got if got else older


def _with_aliases(text: str, c: Cand, got: list[Cand]) -> Cand:
    """`c` with the aliases the general reader found for the same name; a `The …` one (read at
    a sentence's start) only where the page writes the capital `The` inside a sentence too
    (`… and The Korea Herald Vice President`: the paper's own `The`)."""
    more = [
        a
        for g in got
        if g.name == c.name
        for a in g.aliases
        if a not in c.aliases and (not a.startswith("The ") or _inside_sentence(text, a))
    ]
    return replace(c, aliases=[*c.aliases, *more]) if more else c


_WORD_END = lazy_compile(r"\b")


def _inside_sentence(text: str, name: str) -> bool:
    """Whether `text` writes `name` after a word, comma or slash and a space (`[\\w,/][ \\t]+`
    then the name and a word boundary): each place the name stands looked at, not a pattern run
    over the whole page."""
    at = text.find(name)
    while at >= 0:
        j = at
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        before = text[j - 1] if 0 < j < at else ""
        word_before = before.isalnum() or before in ("_", ",", "/")
        if word_before and _WORD_END.match(text, at + len(name)):
            return True
        at = text.find(name, at + 1)
    return False


def _english_title(text: str, title: Span) -> list[Cand]:
    """The sides an English headline's signing names (`A signs MOU with B`), marked as read
    off the title."""
    head = text[title.start : title.end]
    if not _holds(head, _AGREEMENT_EN_WORDS) or not (en := _en()).agreement_cue(head):
        return []
    got = _english_agreement(en, text, title.start, title.end, head)
    return [replace(c, why="title") for c in got] if len(got) >= 2 else []


_GENERIC = frozenset(GENERIC_BODIES)


def _kind_only(c: Cand, text: str) -> bool:
    """`지역대학`, `지방자치단체`, `지역기업`: a kind of body, no name."""
    return c.name in _GENERIC or not_a_party(c) is not None or is_phrase(c, text)


def _held(c: Cand, found: list[Cand]) -> bool:
    """Whether `c` is one of `found` (a shared key, or one name inside the other)."""
    return any(c.keys() & o.keys() or c.name in o.name or o.name in c.name for o in found)


def _same(a: Cand, b: Cand) -> bool:
    """One body named twice: a shared key, or one name inside the other (`해울시 A협회`, `A협회`),
    or a place and its own office (`가람시 누리동`, `누리동 행정복지센터`)."""
    if a.keys() & b.keys():
        return True
    if (a.name in b.name and not _town_opens(a.name, b.name)) or (
        b.name in a.name and not _town_opens(b.name, a.name)
    ):
        return True
    return _office_of(a, b) or _office_of(b, a)


_TOWN_OFFICES = ("청", "청사")


def _town_opens(town: str, name: str) -> bool:
    """`해울시` opening `해울시정연구원`, `가람시` opening `가람시설공단`: a town's name written onto
    a longer body's, another body (not its own office, `가람시청`)."""
    if not town.endswith(TOWN_SYLLABLES) or not name.startswith(town) or len(name) == len(town):
        return False
    rest = name[len(town) :]
    return _HANGUL.match(rest) is not None and rest not in _TOWN_OFFICES


_OFFICE = lazy_compile(r"(\S+[동읍면])\s?(?:행정복지센터|주민센터|사무소)$")


def _office_of(place: Cand, office: Cand) -> bool:
    m = _OFFICE.fullmatch(office.name)
    return m is not None and place.name.split()[-1] == m.group(1)


def _from_captions(text: str, mask: Mask, facts: list[Fact]) -> list[Cand]:
    """Parties from the first photo caption that reports a signing."""
    for s, e, why in mask.noise_why:
        if why == "caption" and _SIGN_KO.search(text, s, e):
            got = korean_sentence(text, s, e, facts)
            if len(got) >= 2:
                return got
    return []
