"""Kinds of realistic answer errors the s31-ver mutant batch found passing. Invented snippets."""

from __future__ import annotations

from summarizer.extract import extract_facts
from summarizer.verify import verify_briefing

from .claim_checks import DOUBTED as _BAD
from .claim_checks import brief as _brief
from .claim_checks import doubted

_PARTIES = [{"name_ko": "별빛은행"}, {"name_ko": "누리재단"}]


def _soft(field: str, page: str, **fields: object) -> list[str]:
    """The claims of `field` the verifier does not pass, in a briefing of _PARTIES by default."""
    return doubted(field, page, **{"parties": _PARTIES, **fields})


_ATTENDED = "별빛은행과 누리재단은 4일 협약을 체결했다. 이날 협약식에는 관계자 16명이 참석했다.\n"


def test_a_count_in_words_past_ten_is_checked() -> None:
    ko = ["협약식에는 관계자 16명이 참석했다."]
    assert _soft("summary_en[0]", _ATTENDED, summary_ko=ko, summary_en=["Sixty people attended."])
    assert not _soft(
        "summary_en[0]", _ATTENDED, summary_ko=ko, summary_en=["Sixteen people attended."]
    )


_YEARLY = "별빛은행과 누리재단은 정기 협의회를 연 1회 이상 열기로 했다.\n"


def test_how_often_is_the_korean_s_count_of_times() -> None:
    ko = ["두 기관은 정기 협의회를 연 1회 이상 열기로 했다."]
    twice = ["The two will hold a regular council at least twice a year."]
    once = ["The two will hold a regular council at least once a year."]
    assert _soft("summary_en[0]", _YEARLY, summary_ko=ko, summary_en=twice)
    assert not _soft("summary_en[0]", _YEARLY, summary_ko=ko, summary_en=once)


def test_a_bound_or_a_year_rendered_backwards_is_doubted() -> None:
    item = {"text_ko": "정기 협의회를 연 1회 이상 열기로 했다", "parties": ["별빛은행", "누리재단"]}
    at_most = {**item, "text_en": "Hold a regular council at most once a year."}
    at_least = {**item, "text_en": "Hold a regular council at least once a year."}
    assert _soft("commitments[0].text_en", _YEARLY, commitments=[at_most])
    assert not _soft("commitments[0].text_en", _YEARLY, commitments=[at_least])
    from summarizer.verify.opposites import _backwards

    assert _backwards("Next year we will pilot the programme.", "올해 시범 운영하겠다")
    assert not _backwards("This year we will pilot the programme.", "올해 시범 운영하겠다")
    assert _backwards("Private food-service support", "공공급식 지원 사업")
    assert _backwards("lower productivity", "생산성 강화")
    assert not _backwards("higher productivity", "생산성 강화")
    assert not _backwards("a world with 1,000 abnormal days", "이상기후 대응")  # no number


_CONTACTS = (
    "별빛은행과 누리재단은 협약을 체결했다.\n\n"
    "담당 부서\t협력정책관\t책임자\t과 장\t김하늘 (044-123-4567)\n"
    "\t협력정책과\t담당자\t사무관\t박바다 (044-123-4568)\n"
)


def test_a_contact_s_rank_is_the_one_on_its_row() -> None:
    row = {"department": "협력정책과", "name": "박바다", "phone": "044-123-4568"}
    assert _soft("contacts[0].role", _CONTACTS, contacts=[{**row, "role": "과장"}])
    assert not _soft("contacts[0].role", _CONTACTS, contacts=[{**row, "role": "사무관"}])
    head = {"department": "협력정책관", "name": "김하늘", "phone": "044-123-4567"}
    assert not _soft("contacts[0].role", _CONTACTS, contacts=[{**head, "role": "과장"}])


_RECOMMEND = (
    "별빛은행은 우수 업체를 누리재단에 추천하고, 누리재단은 신규 업체를 별빛은행에 추천할 예정이다.\n"
    "또 별빛은행은 누리재단의 창업지원사업에 적극 동참하기로 했다.\n"
)
_NAMED = [
    {"name_ko": "별빛은행", "name_en": "Byeolbit Bank"},
    {"name_ko": "누리재단", "name_en": "Nuri Foundation"},
]


def test_an_english_commitment_keeps_the_giver_of_a_one_way_act() -> None:
    item = {"text_ko": "별빛은행은 우수 업체를 누리재단에 추천", "parties": ["별빛은행"]}
    wrong = {**item, "text_en": "Nuri Foundation will recommend excellent firms to Byeolbit Bank."}
    right = {**item, "text_en": "Byeolbit Bank will recommend excellent firms to Nuri Foundation."}
    assert _soft("commitments[0].text_en", _RECOMMEND, parties=_NAMED, commitments=[wrong])
    assert not _soft("commitments[0].text_en", _RECOMMEND, parties=_NAMED, commitments=[right])


def test_a_korean_line_keeps_the_receiver_and_the_owner() -> None:
    swapped = ["누리재단은 우수 업체를 별빛은행에 추천한다."]
    kept = ["별빛은행은 우수 업체를 누리재단에 추천한다."]
    assert _soft("summary_ko[0]", _RECOMMEND, summary_ko=swapped)
    assert not _soft("summary_ko[0]", _RECOMMEND, summary_ko=kept)
    owner = ["별빛은행은 별빛은행의 창업지원사업에 적극 동참한다."]
    right = ["별빛은행은 누리재단의 창업지원사업에 적극 동참한다."]
    assert _soft("summary_ko[0]", _RECOMMEND, summary_ko=owner)
    assert not _soft("summary_ko[0]", _RECOMMEND, summary_ko=right)


_QUOTED = (
    "별빛은행과 누리재단은 4일 협약을 체결했다.\n"
    '김하늘 별빛은행장은 "지역 상생의 새로운 모델을 만들어가는 전환점이 될 것"이라고 말했다.\n'
)


def test_a_summary_line_reporting_a_quote_names_its_speaker() -> None:
    parties = [
        {"name_ko": "별빛은행", "signatory": "김하늘"},
        {"name_ko": "누리재단", "signatory": "박바다"},
    ]
    quote = {
        "speaker": "김하늘", "text_ko": "지역 상생의 새로운 모델을 만들어가는 전환점이 될 것",
        "text_en": "It will be a turning point.",
    }  # fmt: skip
    other = ["박바다 이사장은 지역 상생의 새로운 모델을 만들어가는 전환점이 될 것이라고 말했다."]
    own = ["김하늘 행장은 지역 상생의 새로운 모델을 만들어가는 전환점이 될 것이라고 말했다."]
    assert _soft("summary_ko[0]", _QUOTED, parties=parties, quotes=[quote], summary_ko=other)
    assert not _soft("summary_ko[0]", _QUOTED, parties=parties, quotes=[quote], summary_ko=own)


_MONTH = "별빛은행과 누리재단은 지난해 12월 실무 협의에서 협력에 합의한 바 있다.\n"


def test_a_month_named_without_a_day_is_one_the_source_names() -> None:
    wrong = ["It follows talks held in November last year."]
    right = ["It follows talks held in December last year."]
    assert _soft("summary_en[0]", _MONTH, summary_en=wrong)
    assert not _soft("summary_en[0]", _MONTH, summary_en=right)
    may = ["The two may cooperate further."]  # the verb, not the month
    assert not _soft("summary_en[0]", _MONTH, summary_en=may)


_TO_SIGN = "별빛은행과 누리재단은 27일 오후 3시 화상으로 협약을 체결한다.\n"


def test_a_signing_to_come_is_not_told_as_done() -> None:
    en = ["Byeolbit Bank will sign an agreement with Nuri Foundation by video link on the 27th."]
    done = ["별빛은행은 27일 누리재단과 화상으로 협약을 체결했다."]
    later = ["별빛은행은 27일 누리재단과 화상으로 협약을 체결한다."]
    assert _soft("summary_ko[0]", _TO_SIGN, summary_ko=done, summary_en=en)
    assert not _soft("summary_ko[0]", _TO_SIGN, summary_ko=later, summary_en=en)


_ACTING = "협약서에는 김하늘 별빛은행장과 존 스미스 누리재단 이사장 대행이 서명했다.\n"


def test_an_acting_title_keeps_acting_in_english() -> None:
    dropped = ["It was signed by President KIM Ha-neul and Chairman John SMITH."]
    kept = ["It was signed by President KIM Ha-neul and Acting Chairman John SMITH."]
    assert _soft("summary_en[0]", _ACTING, summary_en=dropped)
    assert not _soft("summary_en[0]", _ACTING, summary_en=kept)


def test_a_yearless_day_is_a_month_and_day_the_source_writes() -> None:
    page = "누리재단은 올해 8월 30일부터 9월 6일까지 열리는 가람축제를 지원한다.\n"
    facts = extract_facts(page.encode("utf-8"))  # no publication date: no year to give

    def bad(line: str) -> list[str]:
        found = verify_briefing(_brief(summary_ko=[line], parties=_PARTIES), page, facts).checks
        return [
            c.claim
            for c in found
            if c.field == "summary_ko[0]" and c.kind == "date" and c.status in _BAD
        ]

    assert bad("누리재단은 8월 3일부터 9월 6일까지 열리는 가람축제를 지원한다.")
    assert not bad("누리재단은 8월 30일부터 9월 6일까지 열리는 가람축제를 지원한다.")


_SAID = (
    "별빛은행과 누리재단은 4일 협약을 체결했다.\n"
    '김하늘 별빛은행장은 "앞으로 지역과 정책과 경험을 공유하며 동반 성장의 길을 함께 열어가겠다"고 '
    "말했다.\n"
)


def test_a_word_swapped_in_a_nearly_matched_quote_is_doubted() -> None:
    swapped = "앞으로 지역과 정책과 경험을 공유하며 독자 성장의 길을 함께 열어가겠다"
    kept = "앞으로 지역과 정책과 경험을 공유하며 동반 성장의 길을 함께 열어가겠다"

    def quote(text: str) -> list[dict[str, str]]:
        return [{"speaker": "김하늘", "text_ko": text, "text_en": "We will grow together."}]

    assert _soft("quotes[0].text_ko", _SAID, quotes=quote(swapped))
    assert not _soft("quotes[0].text_ko", _SAID, quotes=quote(kept))


_CHANGWON = "별빛은행은 30일 경남 창원 본점 회의실에서 누리재단과 협약을 맺었다.\n"


def test_a_province_or_metropolitan_city_in_english_is_one_the_source_names() -> None:
    wrong = ["Byeolbit Bank signed with Nuri Foundation at its head office in Busan."]
    right = ["Byeolbit Bank signed with Nuri Foundation at its head office in Changwon, "
             "South Gyeongsang Province."]  # fmt: skip
    assert _soft("summary_en[0]", _CHANGWON, summary_en=wrong)
    assert not _soft("summary_en[0]", _CHANGWON, summary_en=right)


_LAST_MONTH = "별빛은행과 누리재단은 지난달 실무 협의에서 협력에 합의했다.\n"  # told on 2025-03-04


def test_a_relative_month_word_names_one_month_from_the_publication_s() -> None:
    def held_in(month: str) -> list[str]:
        return [f"It follows working-level talks held in {month}."]

    assert not _soft("summary_en[0]", _LAST_MONTH, summary_en=held_in("February"))
    assert _soft("summary_en[0]", _LAST_MONTH, summary_en=held_in("March"))
    assert _soft("summary_en[0]", _LAST_MONTH, summary_en=held_in("April"))
    twice = _LAST_MONTH.replace("지난달", "지지난달")  # the lexicon's two months back
    assert not _soft("summary_en[0]", twice, summary_en=held_in("January"))
    handed = "별빛은행은 누리재단에 성금을 전달했다.\n"  # the verb, no month
    assert _soft("summary_en[0]", handed, summary_en=held_in("February"))
