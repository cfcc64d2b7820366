"""Forms of real pages the verifier misread on careful answers (round s24c), rebuilt from
invented snippets (names invented)."""

from __future__ import annotations

from summarizer.english.titles import title_matches

from .claim_checks import brief as _brief
from .claim_checks import checks as _checks
from .claim_checks import field as _field

_LATER_CLAUSE = (
    "가람농협이 누리농협과 5일 가람농협 회의실에서 자매결연협약을 맺었다.\n"
    "두 농협은 협약식에서 농업 발전에 뜻을 같이하기로 하고 이번 협약을 계기로 누리농협은"
    " 무이자 선급금 3억원을 가람농협에 지원하기로 했다.\n"
)


def test_a_later_clause_has_its_own_subject_after_a_joint_topic() -> None:
    # `두 농협은 …하기로 하고 이번 협약을 계기로 누리농협은 [item]`: the item's own clause names
    # its subject; the sentence's joint topic belongs to the clause before
    item = {"text_ko": "무이자 선급금 3억원을 가람농협에 지원", "text_en": "advance", "parties": []}
    parties = [{"name_ko": "가람농협"}, {"name_ko": "누리농협"}]
    for claimed, ok in ((["누리농협"], True), (["가람농협"], False)):
        commitments = [{**item, "parties": claimed}]
        found = _checks(_brief(parties=parties, commitments=commitments), _LATER_CLAUSE)
        bad = [
            c for c in found if c.field.startswith("commitments[0]") and c.status == "unsupported"
        ]
        assert (not bad) is ok, (claimed, [c.note for c in bad])


_CONTRAST = (
    "가람농협이 누리농협과 5일 업무협약을 맺었다.\n"
    "협약에 따라 가람농협은 누리농협에 정기적으로 농산물을 공급하고 누리농협은 마트에서 판매할"
    " 예정이다.\n"
    "또한 가람농협의 농산물을 여러 홍보 채널을 통해 적극적으로 홍보할 계획이다.\n"
)


def test_a_sentence_after_two_contrasted_topics_has_no_carried_subject() -> None:
    # `A는 X하고 B는 Y할 예정이다. 또한 [item]`: which of the two goes on is not written; the
    # genitive `가람농협의` is no subject either
    item = {
        "text_ko": "가람농협의 농산물을 여러 홍보 채널을 통해 적극적으로 홍보",
        "text_en": "promote",
    }
    parties = [{"name_ko": "가람농협"}, {"name_ko": "누리농협"}]
    commitments = [{**item, "parties": ["누리농협"]}]
    found = _checks(_brief(parties=parties, commitments=commitments), _CONTRAST)
    bad = [c for c in found if c.field.startswith("commitments[0]") and c.status == "unsupported"]
    assert not bad, [c.note for c in bad]


# A district the glossary derives by its rule (the place is data; the party beside it invented).
_DISTRICT_OFFICE = "가람공사와 서초구청이 5일 업무협약을 체결했다.\n가람공사는 서초구와 협력한다.\n"


def test_a_district_office_as_the_rule_name_with_office() -> None:
    # `서초구청` rendered `Seocho District Office`: the glossary rule's name of the place + Office
    for name_en, ok in (("Seocho District Office", True), ("Seocho County Office", False)):
        parties = [{"name_ko": "가람공사"}, {"name_ko": "서초구청", "name_en": name_en}]
        found = _checks(_brief(parties=parties), _DISTRICT_OFFICE)
        check = _field(found, "parties[1].name_en")
        assert (check.status in ("exact", "normalised")) is ok, (name_en, check)


_TITLE_OF_ORG = (
    "Garam and Nuri sign research MOU\n\n"
    "The Garam Institute and Nuri's Ministry of Star Affairs signed a memorandum of understanding"
    " in Seoul.\n"
    "Nuri's First Vice-Minister of the Ministry of Star Affairs Dr. Han Bada stressed the"
    ' importance of "raising investment in research," according to a press release.\n'
)


def test_an_english_title_before_of_the_ministry_and_the_name() -> None:
    # `First Vice-Minister of the Ministry of … Dr. NAME`: the title, its body, an honorific
    quote = {
        "speaker": "Han Bada", "title": "First Vice-Minister", "org": "Ministry of Star Affairs",
        "text_ko": "raising investment in research", "text_en": "Raising investment in research.",
    }  # fmt: skip
    parties = [{"name_ko": "Garam Institute"}, {"name_ko": "Ministry of Star Affairs"}]
    found = _checks(_brief(parties=parties, quotes=[quote]), _TITLE_OF_ORG)
    assert _field(found, "quotes[0].title").status == "exact"
    wrong = _checks(
        _brief(parties=parties, quotes=[{**quote, "title": "Second Vice-Minister"}]), _TITLE_OF_ORG
    )
    assert _field(wrong, "quotes[0].title").status != "exact"


def test_an_english_ordinal_rank_states_the_korean_number() -> None:
    # `First Vice-Minister` on an English page, `제1차관` in summary_ko: the source's number
    for line, ok in (
        ("누리부 한바다 제1차관은 투자를 강조했다.", True),
        ("누리부 한바다 제2차관은 투자를 강조했다.", False),
    ):
        found = _checks(_brief(summary_ko=[line]), _TITLE_OF_ORG)
        assert (_field(found, "summary_ko[0]").status != "unverified") is ok, line


_SPELLED_ACRONYM = (
    "Garam and Nuri sign research MOU\n\n"
    "The Garam Institute and Nuri's Ministry of Stars and Information Communication Technologies"
    " signed a memorandum of understanding in Seoul.\n"
    "Nuri's Vice-Minister of the Ministry of Stars and ICT Han Bada spoke.\n"
)


def test_an_acronym_of_the_name_spelled_out_on_the_page() -> None:
    # the answer's `Ministry of Stars and ICT`; the signing sentence spells `ICT` out
    parties = [
        {"name_ko": "가람연구원", "name_en": "Garam Institute"},
        {"name_ko": "누리별부", "name_en": "Ministry of Stars and ICT"},
    ]
    found = _checks(_brief(parties=parties), _SPELLED_ACRONYM)
    assert not [c for c in found if c.field == "parties[1].role"]


_HEADS_LISTED = (
    "가람대학교는 27일 본관 회의실에서 누리문화회와 상호교류 협약을 체결했다고 밝혔다.\n"
    "이날 협약식에는 한바다 총장과 별하나 회장을 비롯한 양측 관계자가 참석했다.\n"
    "한바다 총장은 “두 기관의 교류가 확대되길 기대한다”고 밝혔다.\n"
)


def test_a_president_heads_the_one_university() -> None:
    # `한바다 총장`: 총장 heads a university; the one university among the parties is his
    quote = {
        "speaker": "한바다",
        "title": "총장",
        "text_ko": "두 기관의 교류가 확대되길 기대한다",
        "text_en": "x",
    }
    parties = [{"name_ko": "가람대학교"}, {"name_ko": "누리문화회"}]
    for org, ok in (("가람대학교", True), ("누리문화회", False)):
        found = _checks(_brief(parties=parties, quotes=[{**quote, "org": org}]), _HEADS_LISTED)
        assert (_field(found, "quotes[0].org").status == "exact") is ok, org


_APPOSITIVE = (
    "Garam and Nuri sign MOU\n\n"
    "Garam and Nuri on Wednesday signed a memorandum of understanding (MOU) on cooperation.\n"
    "The signing came after a meeting between Garam Speaker Han Bada and Byeol Hana, the speaker"
    " of the Nuri Assembly, in Seoul.\n"
)


def test_an_english_title_in_an_apposition_after_the_name() -> None:
    # `NAME, the speaker of the Nuri Assembly`: the title follows the name after a comma
    for title, ok in (("speaker", True), ("minister", False)):
        parties = [
            {"name_ko": "가람", "name_en": "Garam"},
            {
                "name_ko": "누리",
                "name_en": "Nuri",
                "signatory": "Byeol Hana",
                "signatory_title": title,
            },
        ]
        found = _checks(_brief(parties=parties), _APPOSITIVE)
        assert (_field(found, "parties[1].signatory_title").status == "exact") is ok, title


def test_an_english_org_in_the_title_of_the_body_before_the_name() -> None:
    # `First Vice-Minister of the Ministry of Star Affairs Dr. Han Bada`: the org is written there
    quote = {
        "speaker": "Han Bada", "title": "First Vice-Minister", "org": "Ministry of Star Affairs",
        "text_ko": "raising investment in research", "text_en": "Raising investment in research.",
    }  # fmt: skip
    parties = [{"name_ko": "Garam Institute"}, {"name_ko": "Ministry of Star Affairs"}]
    found = _checks(_brief(parties=parties, quotes=[quote]), _TITLE_OF_ORG)
    assert _field(found, "quotes[0].org").status == "exact"


def test_a_chief_officer_title_spelled_out() -> None:
    # `Chief Executive Officer` for 사장 is the lexicon's `CEO`; another chief officer is not
    assert title_matches("사장", "Chief Executive Officer") is True
    assert title_matches("사장", "Chief Financial Officer") is False
