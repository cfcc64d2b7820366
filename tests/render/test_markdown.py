"""Markdown and text briefings: names, translations, marks, embargo, offline facts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from summarizer.errors import ConfigError
from summarizer.models import SummaryResult
from summarizer.render import render_brief, render_summary
from summarizer.render.phones import from_e164, from_written, international

BEFORE = datetime(2025, 3, 12, 9, 59)  # naive: read as Korea time
AFTER = datetime(2025, 3, 12, 10, 0)


def test_official_name_with_acronym_at_first_mention_then_acronym(
    model_result: SummaryResult,
) -> None:
    md = render_summary(model_result, "markdown", now=AFTER)
    first = md.index("Ministry of SMEs and Startups (MSS)")
    # Every later mention uses the acronym alone.
    assert md.count("Ministry of SMEs and Startups") == 2  # headline and the list of parties
    assert "MSS will host fairs" in md
    assert md.index("MSS will host fairs") > first
    assert "Co-host export fairs — MSS, FKI" in md
    # Romanised, with the Korean beside it at first mention.
    assert "Minister HAN Seojin‡ (한서진 장관)" in md
    assert "— Minister HAN Seojin‡ of MSS" in md  # then the English alone


def test_acronym_before_full_name_is_expanded() -> None:
    from summarizer.models import BriefingParty
    from summarizer.render.names import Namer, plain

    namer = Namer(
        [
            BriefingParty(
                name_ko="중소벤처기업부",
                name_en="Ministry of SMEs and Startups",
                abbreviation="MSS",
            )
        ],
        [True],
    )
    text = plain(
        namer.rewrite("MSS said. Ministry of SMEs and Startups (MSS) agreed; MSS will act.")
    )
    assert text == "Ministry of SMEs and Startups (MSS) said. MSS agreed; MSS will act."


def test_quotes_marked_as_translations(model_result: SummaryResult) -> None:
    assert model_result.briefing is not None
    model_result.briefing.quotes[0].text_en = "(Translation) Exports are growth"
    md = render_summary(model_result, now=AFTER)
    assert "“Exports are growth” (translated)" in md
    assert "(translated)" in render_summary(model_result, "text", now=AFTER)


def test_unverified_name_and_unsupported_claim_are_marked(model_result: SummaryResult) -> None:
    md = render_summary(model_result, now=AFTER)
    # A footnote mark, listed once below, so a headline stays one sentence.
    assert "Korea Legal Protection and Welfare Corporation† (한국법무보호복지공단)" in md
    assert md.count("Not an official English name we could confirm") == 1
    assert "~~Build a factory abroad~~ ⚠ **not in source**" in md
    assert "Federation of Korean Industries (FKI) (한국경제인협회)" in md  # verified: no mark
    assert "Federation of Korean Industries (FKI)†" not in md
    text = render_summary(model_result, "text", now=AFTER)
    assert "Corporation†" in text and "[NOT IN SOURCE] Build a factory abroad" in text
    assert "## Not verified" in md and "해외 공장 공동 건설" in md


def test_name_without_any_check_is_not_passed_off_as_verified(model_result: SummaryResult) -> None:
    model_result.report.checks = []
    md = render_summary(model_result, now=AFTER)
    assert "Ministry of SMEs and Startups (MSS)†" in md


@pytest.mark.parametrize(
    ("now", "shown"),
    [
        (BEFORE, True),
        (AFTER, False),
        (datetime(2025, 3, 12, 0, 59, tzinfo=UTC), True),  # 09:59 KST
        (datetime(2025, 3, 12, 1, 0, tzinfo=UTC), False),  # 10:00 KST
        (datetime(2025, 3, 11, 20, 0, tzinfo=timezone(timedelta(hours=-5))), False),
    ],
)
def test_embargo_warning_only_before_the_embargo(
    model_result: SummaryResult, now: datetime, shown: bool
) -> None:
    md = render_summary(model_result, now=now)
    assert ("EMBARGOED until 2025-03-12 10:00 KST" in md) is shown
    brief = render_brief([model_result], "markdown", now)
    assert ("EMBARGOED" in brief) is shown


def test_contacts_in_international_form(model_result: SummaryResult) -> None:
    md = render_summary(model_result, now=AFTER)
    assert (
        "Director MOON Jeonghun‡ (문정훈 과장), Export Support Division‡ (수출지원과): "
        "+82 44-204-7810" in md
    )


def test_offline_result_shows_korean_facts_with_a_label(offline_result: SummaryResult) -> None:
    md = render_summary(offline_result, now=AFTER)
    assert md.startswith("# 중기부·한경협, 중소기업 수출 지원 협약")
    assert "Produced without a model" in md and "not translated" in md
    # The official name from the glossary, the head romanised with an English title.
    assert "- Ministry of SMEs and Startups (MSS) — head: Minister HAN Seojin‡ (한서진 장관)" in md
    assert "Unofficial translation" not in md  # nothing was translated
    # The quote stays Korean source text; no "(translated)": it is not.
    assert "- “수출이 곧 성장” — Minister HAN Seojin‡ of Ministry of SMEs" in md
    assert "## Reading notes\n- decoded as cp949" in md
    assert "## Not verified" not in md


def test_brief_header_period_count_and_note(
    model_result: SummaryResult, offline_result: SummaryResult
) -> None:
    md = render_brief([model_result, offline_result], "markdown", AFTER)
    assert "**Period covered:** 2025-03-11 – 2025-03-12" in md
    assert "**Documents:** 2" in md
    assert "Unofficial translation" in md
    assert "## 1. MSS and FKI agree" in md and "## 2. 중기부·한경협" in md
    # Names are introduced afresh in each document (headline and parties; offline: glossary).
    assert md.count("Ministry of SMEs and Startups (MSS)") == 4
    assert md.count("**Source:** release.txt") == 2


def test_model_text_cannot_inject_markup(model_result: SummaryResult) -> None:
    assert model_result.briefing is not None
    model_result.briefing.summary_en = ["<script>alert(1)</script> [x](http://evil)"]
    md = render_summary(model_result, now=AFTER)
    assert "\\<script\\>" in md and "[x](" not in md


def test_unknown_format_is_a_config_error(model_result: SummaryResult) -> None:
    with pytest.raises(ConfigError, match="markdown or text"):
        render_summary(model_result, "pdf")  # type: ignore[arg-type]
    with pytest.raises(ConfigError, match="markdown, html or text"):
        render_brief([model_result], "pdf", AFTER)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("044-204-7920", "+82 44-204-7920"),
        ("(044) 204-7920", "+82 44-204-7920"),
        ("02)880-1234", "+82 2-880-1234"),
        ("02.2110.5678", "+82 2-2110-5678"),
        ("０４４－２０４－７９２０", "+82 44-204-7920"),
        ("+82-44-204-7920", "+82 44-204-7920"),
        ("010-1234-5678", "+82 10-1234-5678"),
        ("1588-1234", None),
        ("1357", None),
    ],
)
def test_phone_written_forms(written: str, expected: str | None) -> None:
    assert from_written(written) == expected


def test_phone_prefers_fact_value() -> None:
    from summarizer.models import Fact

    fact = Fact(kind="phone", text="044)2047920", start=0, end=11, value="+82442047920")
    assert international("044)2047920", [fact]) == "+82 44-204-7920"
    assert from_e164("+8222110567") == "+82 2-211-0567"
    assert international("1357") == "1357"
