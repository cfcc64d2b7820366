"""What a reader sees when something failed, and that the English has no stray Korean."""

from __future__ import annotations

import re
from datetime import datetime

from render_samples import TEXT, model_result_, offline_result_, span

from summarizer.models import ClaimCheck, GlossaryEntry, SummaryResult
from summarizer.render import render_brief, render_summary
from summarizer.render.english_check import brief_panes, stray_korean

AFTER = datetime(2025, 3, 12, 11, 0)
BEFORE_SIGNING = datetime(2025, 3, 10, 9, 0)


def _check(result: SummaryResult, **fields: object) -> None:
    result.report.checks.append(ClaimCheck.model_validate(fields))


def test_a_failed_phone_is_struck_not_the_person() -> None:
    result = model_result_()
    for c in result.report.checks:
        if c.field == "contacts[0].phone":
            c.status, c.note, c.span = "unsupported", "does not occur in the source", None
    md = render_summary(result, now=AFTER)
    line = next(x for x in md.splitlines() if "+82 44-204-7810" in x)
    assert "~~+82 44-204-7810~~ ⚠ **not in source**" in line
    assert line.startswith("- Director MOON Jeonghun")  # the person is not struck


def test_a_failed_name_is_struck_not_the_phone() -> None:
    result = model_result_()
    assert result.briefing is not None
    result.briefing.contacts[0].name_en = "MOON Junho"
    result.briefing.contacts[0].title_en = "Director"
    _check(
        result, field="contacts[0].name_en", kind="person", claim="MOON Junho",
        status="unsupported", note="does not spell 문정훈",
    )  # fmt: skip
    md = render_summary(result, now=AFTER)
    line = next(x for x in md.splitlines() if "+82 44-204-7810" in x)
    assert "~~Director MOON Junho~~ ⚠ **name does not match the Korean**" in line
    assert line.endswith(": +82 44-204-7810")  # the phone verified and is printed cleanly


def test_a_disputed_speaker_does_not_mark_the_quote_as_not_in_source() -> None:
    result = model_result_()
    _check(
        result, field="quotes[0].speaker", kind="speaker", claim="한서진", status="unsupported",
        note="the source attributes this quote to 다른사람", span=span(TEXT, "한서진"),
    )  # fmt: skip
    md = render_summary(result, now=AFTER)
    line = next(x for x in md.splitlines() if "Exports are growth" in x)
    assert "not in source" not in line
    assert "~~Minister HAN Seojin‡~~ ⚠ **speaker disputed**" in line
    html = render_brief([result], "html", AFTER)
    quote = re.search(r"<li>“.*?Exports are growth.*?</li>", html)
    assert quote is not None and "not in source" not in quote.group(0)
    assert "speaker disputed" in quote.group(0)


def test_unverified_name_is_a_footnote_mark_listed_once() -> None:
    result = model_result_()
    assert result.briefing is not None
    result.briefing.headline_en = (
        "MSS signed with the Korea Legal Protection and Welfare Corporation on March 11."
    )
    md = render_summary(result, now=AFTER)
    headline = next(x for x in md.splitlines() if "signed with the Korea Legal" in x)
    assert "Korea Legal Protection and Welfare Corporation† on March 11.**" in headline
    assert "⚠" not in headline
    assert md.count("Not an official English name we could confirm") == 1


def test_gloss_embargo_signing_and_source_file() -> None:
    result = model_result_()
    assert result.briefing is not None
    result.briefing.glossary = [GlossaryEntry(ko="수출 상담회", en="export consultation fair")]
    md = render_summary(result, now=AFTER)
    assert "## Key terms\n- export consultation fair (수출 상담회)" in md
    assert "**Embargo:** lifted (it ran until 2025-03-12 10:00 KST)." in md
    assert "signed by Minister HAN Seojin" in md
    assert "**Source:** release.txt" in md
    early = render_summary(result, now=BEFORE_SIGNING)
    assert "to be signed by Minister HAN Seojin" in early and "EMBARGOED" in early
    assert "Embargo:** lifted" not in early


def test_failed_documents_listed_and_sections_ordered_by_date() -> None:
    later, earlier = model_result_(), model_result_()
    assert later.briefing is not None and later.briefing.event is not None
    later.briefing.event.date = "2025-03-20"
    later.briefing.title_en = "Later agreement"
    md = render_brief(
        [later, earlier],
        "markdown",
        AFTER,
        failed=[("bad.pdf", "bad.pdf: no text layer: OCR it first")],
    )
    assert "## Not summarised (1)\n- bad.pdf: no text layer: OCR it first" in md
    assert md.index("MSS and FKI agree") < md.index("Later agreement")
    assert "## 1. MSS and FKI agree" in md and "## 2. Later agreement" in md
    html = render_brief([later, earlier], "html", AFTER, failed=[("bad.pdf", "no text layer")])
    assert "bad.pdf: no text layer" in html
    assert html.index("MSS and FKI agree") < html.index("Later agreement")


def test_review_page_legend_print_phone_and_panel_links() -> None:
    result = model_result_()
    html = render_brief([result], "html", AFTER)
    assert 'class="legend"' in html and "hl-failed" in html
    assert "@media print" in html and re.search(
        r"@media print \{[^@]*\.source \{ max-height: none", html
    )
    assert re.search(r"@media \(max-width: 900px\) \{[^@]*\.brief \{ order: -1; \}", html)
    jumps = re.findall(r'<a href="#(claim-[^"]+)" class="jump">', html)
    assert jumps
    for target in jumps:
        assert f'id="{target}"' in html


def test_review_page_highlights_only_grounded_spans() -> None:
    result = model_result_()
    html = render_brief([result], "html", AFTER)
    source = html[html.index('<div class="source"') : html.index('<div class="brief"')]
    # The embargo line has no check in this result: a model page does not highlight it.
    assert "hl-embargo" not in source
    assert "hl-quote" in source and "hl-phone" in source
    _check(
        result, field="event.time", kind="time", claim="10:00", status="unsupported",
        note="not the event time", span=span(TEXT, "10:00"),
    )  # fmt: skip
    failed = render_brief([result], "html", AFTER)
    assert 'class="hl hl-failed"' in failed


def test_own_answers_render_without_stray_korean() -> None:
    for result in (model_result_(),):
        assert stray_korean(result, AFTER) == {"markdown": [], "text": [], "html": []}


def test_stray_korean_is_found_when_the_model_leaves_it() -> None:
    result = model_result_()
    assert result.briefing is not None
    result.briefing.summary_en[0] = "MSS and 한경협 will co-host export fairs."
    stray = stray_korean(result, AFTER)
    assert all("한경협" in words for words in stray.values())


def test_brief_panes_are_the_english_side_only() -> None:
    html = render_brief([offline_result_()], "html", AFTER)
    panes = brief_panes(html)
    assert "보도시점" not in panes  # the source pane is not part of the English


def test_official_names_as_of_the_documents_date_and_branches() -> None:
    from summarizer.render.official import official_namer

    assert official_namer("2016-05-01")("중소벤처기업부") == (
        "Small and Medium Business Administration (SMBA)"
    )  # a 2016 document is not "corrected" to the later name
    assert official_namer("2025-01-01")("중소벤처기업부") == "Ministry of SMEs and Startups (MSS)"
    assert official_namer()("중진공 경남지역본부") == (
        "Korea SMEs and Startups Agency (KOSME) Gyeongnam Regional Headquarters"
    )
    assert official_namer()("없는기관") is None
