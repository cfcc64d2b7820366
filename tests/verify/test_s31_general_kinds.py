"""s31-ver2: s31-ver's checks widened from the dev mutants' forms to their classes (opposite
pairs, Korean lines against their sentence, title qualifiers, towns, English speakers, a
person's body). Invented snippets."""

from __future__ import annotations

from summarizer.verify.opposites import _backwards

from .claim_checks import doubted

_PARTIES = [
    {"name_ko": "별빛은행", "name_en": "Byeolbit Bank"},
    {"name_ko": "누리재단", "name_en": "Nuri Foundation"},
]


def _soft(field: str, page: str, **fields: object) -> list[str]:
    return doubted(field, page, **{"parties": _PARTIES, **fields})


def test_opposite_pairs_are_a_class_not_six_pairs() -> None:
    assert _backwards("We will stop working with the bank.", "앞으로도 은행과 지속해서 협력하겠다")
    assert not _backwards(
        "We will keep working with the bank.", "앞으로도 은행과 지속해서 협력하겠다"
    )
    assert _backwards("Before the signing, they toured the plant.", "협약식 이후 공장을 둘러봤다")
    assert not _backwards(
        "After the signing, they toured the plant.", "협약식 이후 공장을 둘러봤다"
    )
    assert _backwards("The two will run it alone.", "두 기관은 공동으로 운영한다")
    assert _backwards("Excluding the youth programmes.", "청년 사업을 포함한다")
    assert _backwards("The agreement was terminated.", "협약을 체결했다")
    # `A 뒤 B` is as well `A before B`: only a line opening on it says which comes first.
    ko = "올해 10곳에서 시범 운영한 뒤 확대를 검토한다"
    assert not _backwards("It will be piloted at ten sites before a wider roll-out.", ko)
    # Both words in the Korean: nothing backwards.
    assert not _backwards("It will stop and restart.", "중단 후 지속")


_GROW = (
    "별빛은행과 누리재단은 3일 협약을 체결했다.\n"
    "별빛은행은 지역 청년을 위한 취업 지원 사업을 확대할 계획이다.\n"
    "누리재단은 새로운 사업도 발굴할 계획이다.\n"
)


def test_a_korean_line_reversing_its_sentence_is_doubted() -> None:
    ok = ["별빛은행은 지역 청년을 위한 취업 지원 사업을 확대할 계획이다."]
    assert not _soft("summary_ko[0]", _GROW, summary_ko=ok)
    cut = ["별빛은행은 지역 청년을 위한 취업 지원 사업을 축소할 계획이다."]
    assert _soft("summary_ko[0]", _GROW, summary_ko=cut)
    negated = ["누리재단은 새로운 사업은 발굴하지 않을 계획이다."]
    assert _soft("summary_ko[0]", _GROW, summary_ko=negated)
    assert not _soft(
        "summary_ko[0]", _GROW, summary_ko=["누리재단은 새로운 사업도 발굴할 계획이다."]
    )


_HONORARY = (
    "별빛은행과 누리재단은 8일 협약을 체결했다. 협약식에는 김하늘 별빛은행장, "
    "박누리 누리재단 명예이사장 등이 참석했다.\n"
)


def test_a_title_s_qualifier_is_kept_in_english() -> None:
    ko = ["협약식에는 김하늘 별빛은행장, 박누리 누리재단 명예이사장 등이 참석했다."]
    line = "Attending were Bank President KIM Ha-neul and Nuri Foundation {} PARK Nu-ri."
    kept = [line.format("Honorary Chair")]
    dropped = [line.format("Chair")]
    assert not _soft("summary_en[0]", _HONORARY, summary_ko=ko, summary_en=kept)
    assert _soft("summary_en[0]", _HONORARY, summary_ko=ko, summary_en=dropped)
    # An `Acting` the source never gives the person is doubted too.
    added = ["Attending were Acting Bank President KIM Ha-neul and others."]
    assert _soft("summary_en[0]", _HONORARY, summary_ko=ko, summary_en=added)


_TOWN = "별빛군과 누리시는 5일 별빛군청에서 자매결연 협약을 체결했다.\n"


def test_a_town_in_english_is_one_the_source_names() -> None:
    parties = [
        {"name_ko": "별빛군", "name_en": "Byeolbit-gun"},
        {"name_ko": "누리시", "name_en": "Nuri-si"},
    ]
    ko = ["별빛군과 누리시가 자매결연 협약을 체결했다."]
    ok = ["Byeolbit County signed a sister-city agreement with Nuri-si."]
    other = ["Byeolbit County signed a sister-city agreement with Garam-si."]
    assert not doubted("summary_en[0]", _TOWN, parties=parties, summary_ko=ko, summary_en=ok)
    assert doubted("summary_en[0]", _TOWN, parties=parties, summary_ko=ko, summary_en=other)
    # A kind's English words name no town: `a sister city`, `Metropolitan City`.
    kind = ["Byeolbit County and Nuri-si became sister cities; Nuri is no Metropolitan City."]
    assert not doubted("summary_en[0]", _TOWN, parties=parties, summary_ko=ko, summary_en=kind)


_SPOKE = (
    "별빛은행과 누리재단은 2일 협약을 체결했다.\n"
    "김하늘 별빛은행장은 “지역 소상공인이 안정적으로 사업을 이어가도록 돕겠다”고 말했다.\n"
    "박누리 누리재단 이사장도 협약식에 참석했다.\n"
)
_SIGNED = [
    {**_PARTIES[0], "signatory": "김하늘", "signatory_title": "별빛은행장"},
    {**_PARTIES[1], "signatory": "박누리", "signatory_title": "누리재단 이사장"},
]
_QUOTE = {
    "speaker": "김하늘",
    "text_ko": "지역 소상공인이 안정적으로 사업을 이어가도록 돕겠다",
    "text_en": "We will help local small business owners keep their businesses running steadily.",
}


def test_an_english_line_keeps_the_quote_s_speaker() -> None:
    ko = ["김하늘 별빛은행장은 지역 소상공인이 사업을 이어가도록 돕겠다고 말했다."]
    line = "{} said the bank will help local small business owners keep their businesses running."
    fields = dict(parties=_SIGNED, quotes=[_QUOTE], summary_ko=ko)
    ok = [line.format("President KIM")]
    other = [line.format("Chair PARK")]
    assert not doubted("summary_en[0]", _SPOKE, summary_en=ok, **fields)
    assert doubted("summary_en[0]", _SPOKE, summary_en=other, **fields)


def test_a_person_keeps_the_body_the_source_gives() -> None:
    fields = dict(parties=_SIGNED, quotes=[_QUOTE])
    ok = ["박누리 누리재단 이사장도 협약식에 참석했다."]
    other = ["박누리 별빛은행 이사장도 협약식에 참석했다."]
    assert not doubted("summary_ko[0]", _SPOKE, summary_ko=ok, **fields)
    assert doubted("summary_ko[0]", _SPOKE, summary_ko=other, **fields)


_OFFICE = "별빛은행은 3일 본점 회의실에서 누리진흥공단과 협약을 맺었다.\n"
_OWNERS = [
    {"name_ko": "별빛은행", "name_en": "Byeolbit Bank"},
    {"name_ko": "누리진흥공단", "name_en": "Nuri Promotion Agency", "abbreviation": "NPA"},
]


def test_an_english_owner_is_one_the_korean_line_gives() -> None:
    ko = ["별빛은행은 3일 본점 회의실에서 누리진흥공단과 협약을 맺었다."]
    its = ["Byeolbit Bank signed an agreement with NPA in the meeting room of its head office."]
    other = ["Byeolbit Bank signed an agreement with NPA in the meeting room of NPA's head office."]
    fields = dict(parties=_OWNERS, summary_ko=ko)
    assert not doubted("summary_en[0]", _OFFICE, summary_en=its, **fields)
    assert doubted("summary_en[0]", _OFFICE, summary_en=other, **fields)
    # The Korean line naming the party by its name's end as an owner (`공단의`) gives it one.
    ko_owned = ["별빛은행은 공단의 지원사업에 동참한다."]
    owned = ["The bank will join NPA's support programmes."]
    assert not doubted(
        "summary_en[0]", _OFFICE, parties=_OWNERS, summary_ko=ko_owned, summary_en=owned
    )
    # The party the line names first (a joint subject too) leads it: the venue is its own.
    ko_first = ["누리진흥공단(NPA)과 별빛은행이 3일 본원에서 협약을 맺었다."]
    first = ["NPA and Byeolbit Bank signed an agreement at NPA's headquarters."]
    assert not doubted(
        "summary_en[0]", _OFFICE, parties=_OWNERS, summary_ko=ko_first, summary_en=first
    )
