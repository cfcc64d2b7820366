"""Forms of real pages the verifier misread on careful answers (round s25), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

import pytest

from summarizer.verify.numbers import korean_numbers

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks


@pytest.mark.parametrize(
    ("korean", "value"),
    [
        ("1천500억원", 1.5e11),  # wire style: 천 inside the 억 group, not 1천 + 500억
        ("2천500만 원", 2.5e7),
        ("1조 2천500억원", 1.25e12),
        ("3억 2천만 원", 3.2e8),
        ("4천 원", 4e3),
    ],
)
def test_thousands_inside_a_myriad_group(korean: str, value: float) -> None:
    (n,) = korean_numbers(korean)
    assert n.value == value


def test_english_amount_of_a_thousands_myriad_group_agrees() -> None:
    text = "가람시는 16일 누리재단과 1천500억원 규모의 투자협약을 했다.\n"
    found = _checks(
        _brief(
            parties=[{"name_ko": "가람시"}, {"name_ko": "누리재단"}],
            headline_en="Garam City signed a 150 billion won investment agreement with Nuri Foundation.",
        ),
        text,
    )
    assert not [c for c in found if c.field == "headline_en" and c.status == "unsupported"], [
        (c.field, c.note) for c in found if c.field == "headline_en"
    ]


def _role(found: list, i: int) -> str | None:
    return next((c.status for c in found if c.field == f"parties[{i}].role"), None)


def _roles(names: list[str], text: str) -> list[str | None]:
    found = _checks(_brief(parties=[{"name_ko": n} for n in names]), text)
    return [_role(found, i) for i in range(len(names))]


def test_a_quoted_party_with_its_alias_in_brackets_is_the_subject() -> None:
    # `‘NAME(이하 ALIAS)’는 … 협약식을 가졌다`: the particle follows the closing quote mark
    text = (
        "별빛전자 협력업체들의 모임인 ‘별빛전자 협력사 협의회(이하 별협회)’는 지난 4일 "
        "가람호텔에서 누리상사와 ‘상생 협약식’을 가졌다.\n"
    )
    assert _roles(["별빛전자 협력사 협의회", "누리상사"], text) == [None, None]


def test_bodies_a_joint_subject_names_with_a_copula_are_the_signers() -> None:
    # `협약기관은 A와 B, C이다`: the sentence says who the signing bodies are
    text = (
        "가람청은 16일 누리협회 등 3개 기관과 투자협약을 했다.\n"
        "협약기관은 누리협회와 부설인 누리신문사, 누리연구원이다.\n"
    )
    names = ["가람청", "누리협회", "누리신문사", "누리연구원"]
    assert _roles(names, text) == [None, None, None, None]
    # a joint subject's partner in an item (no copula naming it) is still no signer
    text = "가람청과 누리협회는 투자협약을 했다.\n양 기관은 별빛연구원과 협력하기로 했다.\n"
    assert _roles(["가람청", "누리협회", "별빛연구원"], text)[2] == "unverified"


def test_a_party_written_with_a_kind_noun_after_its_name() -> None:
    # `가람2리 마을과`, `누리협회 중앙회 등 4개 기관과`: the particle follows a kind noun
    text = "가람2리 마을과 77사단 부대, 별빛식품이 상생협력 업무협약을 맺었다.\n"
    assert _roles(["가람2리", "77사단", "별빛식품"], text) == [None, None, None]
    text = "가람청은 16일 이전하는 누리협회 중앙회 등 4개 기관과 투자협약을 했다.\n"
    assert _roles(["가람청", "누리협회"], text) == [None, None]
    # a person of the body (not a kind noun) still does not make it a party
    text = "가람시와 별빛재단이 협약을 맺었다.\n누리협회 관계자는 협약식을 축하했다.\n"
    assert _roles(["가람시", "별빛재단", "누리협회"], text)[2] == "unverified"


def test_an_english_appositive_ends_at_the_comma_before_its_verb() -> None:
    # `NAME, title at the ministry, inked … with OTHER`: OTHER is the partner, not NAME's body
    text = (
        "Garam's science ministry said Thursday it has agreed with the Nuri Group.\n"
        "Han Bada, Garam's deputy minister for planning at the science ministry, inked a "
        "memorandum of understanding with the Nuri Group in Dara earlier in the day.\n"
    )
    parties = [
        {
            "name_ko": "가람 과학부",
            "name_en": "Ministry of Science of Garam",
            "signatory": "Han Bada",
        },
        {"name_ko": "누리 그룹", "name_en": "Nuri Group"},
    ]
    found = _checks(_brief(parties=parties), text)
    sig = next(c for c in found if c.field == "parties[0].signatory")
    assert sig.status == "exact", sig.note


def test_an_english_caption_list_does_not_give_a_person_the_body_before_his_comma() -> None:
    # `From left, A, President of ORG1, B, Mayor of Dara`: ORG1 ends A's item, not B's
    text = (
        "On May 2, the city of Dara signed an MOU with Nuri University.\n"
        "From the left, Han Bada, President of Nuri University, Kim Garam, Mayor of Dara / Photo\n"
        "Kim Garam, Mayor of Dara, stated, “Cooperation with universities is a key strategy.”\n"
    )
    quote = {
        "speaker": "Kim Garam", "title": "Mayor of Dara", "org": "다라시",
        "text_ko": "Cooperation with universities is a key strategy.",
        "text_en": "Cooperation with universities is a key strategy.",
    }  # fmt: skip
    parties = [
        {"name_ko": "다라시", "name_en": "Dara City"},
        {"name_ko": "누리대학교", "name_en": "Nuri University"},
    ]
    found = _checks(_brief(parties=parties, quotes=[quote]), text)
    org = next(c for c in found if c.field == "quotes[0].org")
    assert org.status != "unsupported", org.note


def test_a_title_in_the_previous_persons_appositive_is_not_the_next_persons() -> None:
    # `A, title of X, B, acting Secretary General of Y, and C, Executive Vice President of Z`
    text = (
        "가람협의회는 4일 협약식을 가졌다. 협약식에는 한바다 가람위원회 국장, 고누리 누리위원회 "
        "사무총장 대행, 김별이 별빛전자 부사장 등이 참석했다.\n"
    )
    summary = (
        "HAN Ba-da, Director General at the Garam Commission, KO Nu-ri, acting Secretary General "
        "of the Nuri Commission, and KIM Byeol-i, Executive Vice President of Byeolbit "
        "Electronics, also attended."
    )
    found = _checks(_brief(summary_en=[summary], parties=[{"name_ko": "가람협의회"}]), text)
    bad = [c for c in found if c.field == "summary_en[0]" and c.status == "unsupported"]
    assert not bad, [(c.claim, c.note) for c in bad]


def test_an_unnamed_speaker_written_with_the_organisation_in_his_own_phrase() -> None:
    # `누리위원회 관계자는 “…”`: the organisation is part of the speaker's own words
    text = (
        "가람동은 13일 별빛마을과 자매결연협약을 체결했다고 밝혔다.\n"
        "누리위원회 관계자는 “두 마을이 서로 협력하겠다”고 말했다\n"
    )
    quote = {
        "speaker": "누리위원회 관계자", "title": "관계자", "org": "누리위원회",
        "text_ko": "두 마을이 서로 협력하겠다", "text_en": "The two villages will cooperate.",
    }  # fmt: skip
    parties = [{"name_ko": "가람동"}, {"name_ko": "별빛마을"}]
    found = _checks(_brief(parties=parties, quotes=[quote]), text)
    org = next(c for c in found if c.field == "quotes[0].org")
    assert org.status == "exact", org.note
    # another body than the one in the speaker's phrase is still not written there
    quote["org"] = "다라재단"
    found = _checks(_brief(parties=parties, quotes=[quote]), text)
    assert next(c for c in found if c.field == "quotes[0].org").status != "exact"


def test_bodies_a_signing_count_names_one_by_one_below_are_parties() -> None:
    # `가람시는 … 기업 두 곳과 … 협약을 체결했다` and the two named, each with its head, below
    text = (
        "가람시는 30일 시청에서 국내 기업 두 곳과 투자유치 협약을 체결했다. 두 기업의 투자금액은 "
        "300억원이다.\n\n"
        "밸브 제조업체인 별빛테크(대표 한바다)는 200억원을 들여 가람산업단지에 공장을 짓는다. "
        "소재를 생산하는 누리소재(대표 고누리)도 100억원을 투자해 설비를 갖춘다.\n"
    )
    assert _roles(["가람시", "별빛테크", "누리소재"], text) == [None, None, None]


def test_an_english_head_written_title_of_place() -> None:
    # `Kim Garam, Mayor of Dara`: the English head of `Dara City` written `Mayor of Dara`
    text = (
        "On May 2, the city of Dara signed an MOU with Nuri University.\n"
        "Kim Garam, Mayor of Dara, stated, “Cooperation with universities is a key strategy.”\n"
    )
    parties = [
        {"name_ko": "다라시", "name_en": "Dara City", "signatory": "Kim Garam"},
        {"name_ko": "누리대학교", "name_en": "Nuri University"},
    ]
    found = _checks(_brief(parties=parties), text)
    sig = next(c for c in found if c.field == "parties[0].signatory")
    assert sig.status == "exact", sig.note
    assert _role(found, 0) is None  # `the city of Dara signed`: the city in the signing


def test_an_english_sentence_that_says_agreed_with_is_about_the_agreement() -> None:
    # `… has agreed with the Nuri Group -- Garam, Dara and Mara -- to boost cooperation`
    text = (
        "Byeol's science ministry said Thursday it has agreed with the Nuri Group -- Garam, "
        "Dara and Mara -- to boost cooperation in research.\n"
        "The vice minister inked a memorandum of understanding with the group in Garam.\n"
    )
    parties = [
        {"name_ko": "별 과학부", "name_en": "Byeol Science Ministry"},
        {"name_ko": "다라", "name_en": "Dara"},
        {"name_ko": "마라", "name_en": "Mara"},
    ]
    found = _checks(_brief(parties=parties), text)
    assert [_role(found, i) for i in (1, 2)] == [None, None]


def test_a_short_name_that_drops_the_national_prefix_and_letters() -> None:
    # `한국가람교통누리협회` written `가람누리협회` beside its head: 한국 dropped, letters skipped
    text = (
        "한국가람교통누리협회와 별빛건설공제조합이 신기술 개발 지원을 위해 손을 잡았다.\n"
        "가람누리협회는 별빛공제조합과 14일 서울에서 ‘지원사업 업무협약식’을 개최했다고 밝혔다.\n"
        "박바다 가람누리협회 회장은 인사말에서 “신기술이 많이 개발될 것”이라고 말했다.\n"
    )
    parties = [
        {"name_ko": "한국가람교통누리협회", "signatory": "박바다", "signatory_title": "회장"},
        {"name_ko": "별빛건설공제조합"},
    ]
    quote = {
        "speaker": "박바다", "title": "회장", "org": "한국가람교통누리협회",
        "text_ko": "신기술이 많이 개발될 것", "text_en": "Many new technologies will be developed.",
    }  # fmt: skip
    found = _checks(_brief(parties=parties, quotes=[quote]), text)
    sig = next(c for c in found if c.field == "parties[0].signatory")
    org = next(c for c in found if c.field == "quotes[0].org")
    assert (sig.status, org.status) == ("exact", "exact"), (sig.note, org.note)


def test_a_committee_before_a_speaker_holds_no_title_word() -> None:
    # `누리위원회 관계자는`: 위원 inside 위원회 is the committee's name, not a title
    text = (
        "가람동은 13일 별빛마을과 자매결연협약을 체결했다고 밝혔다.\n"
        "누리위원회 관계자는 “두 마을이 서로 협력하겠다”고 말했다\n"
    )
    quote = {
        "speaker": "관계자", "title": "관계자", "org": "누리위원회",
        "text_ko": "두 마을이 서로 협력하겠다", "text_en": "The two villages will cooperate.",
    }  # fmt: skip
    found = _checks(_brief(parties=[{"name_ko": "가람동"}], quotes=[quote]), text)
    title = next(c for c in found if c.field == "quotes[0].title")
    assert title.status != "unsupported", title.note
