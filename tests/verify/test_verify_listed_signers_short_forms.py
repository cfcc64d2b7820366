"""Forms of real pages the verifier misread on careful answers (round s24b), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from summarizer.english.titles import title_contradicts, title_matches

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks
from .claim_checks import field as _field

_SUPPLIERS = (
    "누리위원회는 가람식품과 상생협약을 체결했다고 5일 밝혔다.\n"
    "가람식품은 향후 2년간 약 30억원 규모 협력사 지원 프로그램을 운영한다.\n"
    "협력사와 납품 거래에서 대금 지급 원칙도 준수할 방침이다. 또 협력 중소기업의 경쟁력 강화를"
    " 위해 △기술개발 지원 △판로개척 지원 등을 지원한다.\n"
)


@pytest.mark.parametrize("item", ["대금 지급 원칙도 준수", "기술개발 지원", "판로개척 지원"])
def test_suppliers_are_not_the_parties_together(item: str) -> None:
    # `협력사`, `협력 중소기업`: the supplier companies, not `협력 기관` (the signers together);
    # the item's subject is the party of the sentence before (가람식품 alone)
    commitments = [{"text_ko": item, "text_en": "support", "parties": ["가람식품"]}]
    briefing = _brief(
        parties=[{"name_ko": "누리위원회"}, {"name_ko": "가람식품"}], commitments=commitments
    )
    found = [c for c in _checks(briefing, _SUPPLIERS) if c.field.startswith("commitments[0]")]
    assert not [c for c in found if c.status == "unsupported"]
    assert _field(found, "commitments[0].parties[0]").status == "exact"


_APOSTROPHE = (
    "Nuri’an University Signs Agreement with Garam University\n\n"
    "Recently, President Li Wei of Nuri’an University and President Han Bada of Garam University"
    " signed cooperation agreements.\n"
)


@pytest.mark.parametrize("name_en", ["Nuri'an University", "Nuri’an University"])
def test_a_typographic_apostrophe_in_an_english_name(name_en: str) -> None:
    # the page writes `Nuri’an`, the answer `Nuri'an` (or the reverse): one name
    parties = [
        {"name_ko": "누리안대학교", "name_en": name_en, "signatory": "Li Wei"},
        {"name_ko": "가람대학교", "name_en": "Garam University", "signatory": "Han Bada"},
    ]
    found = _checks(_brief(parties=parties), _APOSTROPHE)
    assert _field(found, "parties[0].signatory").status == "exact"
    assert _field(found, "parties[1].signatory").status == "exact"


_LISTED = (
    "가람공단과 지역 언론사 3곳이 5일 공단 본부에서 업무협약을 체결했다.\n"
    "이번에 공단과 업무협약을 체결한 언론사는 누리신문, 별빛뉴스, 한빛방송으로 총 3곳이다.\n"
)


def test_the_last_member_of_a_listed_set_of_signers() -> None:
    # `A, B, C로 총 3곳`: C closes a comma list of parties in the signing sentence
    parties = [{"name_ko": n} for n in ("가람공단", "누리신문", "별빛뉴스", "한빛방송")]
    found = _checks(_brief(parties=parties), _LISTED)
    assert not [c for c in found if c.field.endswith(".role")]


def test_a_body_only_mentioned_is_still_marked() -> None:
    text = _LISTED + "한빛방송의 다른 소식도 있다.\n"
    parties = [{"name_ko": n} for n in ("가람공단", "누리신문", "한빛방송")]
    text = text.replace("별빛뉴스, 한빛방송으로", "별빛뉴스로")
    found = _checks(_brief(parties=parties), text)
    assert _field(found, "parties[2].role").status == "unverified"


_SHORT_ORG = (
    "{org}와 누리재단은 5일 업무협약을 체결했다.\n"
    "{short} 한바다 {title}은 “두 기관의 협력을 기대한다”고 말했다.\n"
)


@pytest.mark.parametrize(
    ("org", "short", "title", "status"),
    [
        ("한국가람협회", "가람협회", "회장", "normalised"),  # the national prefix dropped
        ("㈜별빛신문사", "㈜별빛신문", "대표이사", "normalised"),  # the company's 사 dropped
        ("(사)가람기업협의회", "가람기업협의회", "회장", "normalised"),  # the legal form dropped
        ("분당가람병원", "가람병원", "원장", "unverified"),  # another qualifier: not the same name
    ],
)
def test_a_short_form_of_the_org_beside_the_speaker(
    org: str, short: str, title: str, status: str
) -> None:
    text = _SHORT_ORG.format(org=org, short=short, title=title)
    quotes = [
        {"speaker": "한바다", "title": title, "org": org, "speaker_en": "HAN Ba-da",
         "text_ko": "두 기관의 협력을 기대한다", "text_en": "I look forward to it."}
    ]  # fmt: skip
    found = _checks(_brief(quotes=quotes), text)
    assert _field(found, "quotes[0].org").status == status


def test_an_unnamed_speaker_holds_its_own_title() -> None:
    # `가람시 관계자는 “…”`: the speaker is the role; its title is the role's last word
    text = (
        "가람시는 5일 누리재단과 업무협약을 체결한다고 밝혔다.\n"
        "가람시 관계자는 “두 기관의 역량을 모아 노력하겠다.”라고 밝혔다.\n"
    )
    quotes = [
        {"speaker": "가람시 관계자", "title": "관계자", "org": "가람시",
         "text_ko": "두 기관의 역량을 모아 노력하겠다.", "text_en": "We will work together."}
    ]  # fmt: skip
    found = _checks(
        _brief(parties=[{"name_ko": "가람시"}, {"name_ko": "누리재단"}], quotes=quotes), text
    )
    assert _field(found, "quotes[0].title").status == "exact"
    quotes[0]["title"] = "대변인"  # a title the source does not write: still marked
    found = _checks(
        _brief(parties=[{"name_ko": "가람시"}, {"name_ko": "누리재단"}], quotes=quotes), text
    )
    assert _field(found, "quotes[0].title").status != "exact"


@pytest.mark.parametrize(
    ("korean", "english", "contradicts"),
    [
        ("지부장", "Branch President", False),  # the head of an association's branch
        ("지부장", "Chapter President", False),
        ("지부장", "Branch Chairman", False),
        ("지회장", "Chapter President", False),
        ("지부장", "Vice President", True),  # a deputy's title still contradicts
        ("지회장", "Vice Chairman", True),
    ],
)
def test_a_branch_head_as_its_president(korean: str, english: str, contradicts: bool) -> None:
    assert title_contradicts(korean, english) is contradicts
    assert title_matches(korean, english) is not contradicts


_UNDECLARED_SHORT = (
    "누리성장위원회가 대·중소기업 격차 해소에 나선다.\n"
    "누리위는 서울 가람호텔에서 별빛식품과 상생 자율협약을 체결했다고 21일 밝혔다.\n"
    "별빛식품은 3년간 협력사 지원 프로그램을 운영한다.\n"
)


def test_a_short_name_the_page_uses_without_declaring_it() -> None:
    # `누리위` for 누리성장위원회 (its letters in order, not a part of it), never `(이하 누리위)`:
    # the signing sentence names the party through it
    parties = [{"name_ko": "누리성장위원회"}, {"name_ko": "별빛식품"}]
    found = _checks(_brief(parties=parties), _UNDECLARED_SHORT)
    assert not [c for c in found if c.field.endswith(".role")]


def test_a_leading_part_is_not_a_short_name() -> None:
    # `누리시` is a part of 누리시청소년재단's name: another body, not its short name
    text = (
        "누리시청소년재단은 청소년 사업을 하는 곳이다.\n"
        "누리시는 별빛식품과 상생 자율협약을 체결했다고 21일 밝혔다.\n"
    )
    parties = [{"name_ko": "누리시청소년재단"}, {"name_ko": "별빛식품"}]
    found = _checks(_brief(parties=parties), text)
    assert _field(found, "parties[0].role").status == "unverified"


def test_a_signatory_beside_a_short_form_of_the_party() -> None:
    # `㈜별빛신문 한바다 대표이사` for ㈜별빛신문사: the paper's name without the company's 사
    text = (
        "㈜별빛신문사와 누리외식업지부는 13일 본사에서 상호업무협약을 체결했다.\n"
        "고누리 지부장은 “협약이 성사되도록 노력해준 ㈜별빛신문 한바다 대표이사께 감사드린다”고 말했다.\n"
    )
    parties = [
        {"name_ko": "㈜별빛신문사", "signatory": "한바다", "signatory_title": "대표이사"},
        {"name_ko": "누리외식업지부", "signatory": "고누리", "signatory_title": "지부장"},
    ]
    found = _checks(_brief(parties=parties), text)
    assert _field(found, "parties[0].signatory").status == "exact"


def test_a_one_letter_kind_title_names_its_party() -> None:
    # `한바다 원장` beside no party: 원장 heads the one party whose name ends in 원 (the title
    # lexicon's fused body), whatever party the attendee list names next
    text = (
        "가람연구원은 누리협회와 업무협약을 체결했다. 협약식에는 한바다 원장, 누리협회 고누리 회장,"
        " 별빛 부회장 등이 참석했다.\n"
        "한바다 원장은 “이번 협약으로 소통이 강화되기를 기대한다”고 전했다.\n"
    )
    quotes = [
        {"speaker": "한바다", "title": "원장", "org": "가람연구원", "speaker_en": "HAN Ba-da",
         "text_ko": "이번 협약으로 소통이 강화되기를 기대한다", "text_en": "I hope so."}
    ]  # fmt: skip
    parties = [{"name_ko": "가람연구원"}, {"name_ko": "누리협회"}]
    found = _checks(_brief(parties=parties, quotes=quotes), text)
    assert _field(found, "quotes[0].org").status == "exact"
    quotes[0]["org"] = "누리협회"  # the other party: still not confirmed
    found = _checks(_brief(parties=parties, quotes=quotes), text)
    assert _field(found, "quotes[0].org").status != "exact"
