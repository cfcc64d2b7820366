"""End to end on cassettes: every bundled example becomes a verified, grounded briefing."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from click.testing import CliRunner
from honest import EXAMPLES, all_strings, assert_grounded, assert_usage, request_bodies, source_text

from summarizer import asummarize, summarize
from summarizer.cli import cli
from summarizer.models import SummaryResult


def run(stem: str, config: Any, **options: Any) -> tuple[SummaryResult, str]:
    path = EXAMPLES / f"{stem}.txt"
    return summarize(path, config=config, **options), source_text(path)


@pytest.mark.vcr
def test_ministry_release_with_contact_table_and_appendix(model_config: Any, vcr: Any) -> None:
    result, text = run("mss-release", model_config)
    briefing = assert_grounded(result, text)
    assert_usage(result, requests=1)
    assert len(briefing.parties) >= 2
    assert briefing.contacts, "the contact table has three numbers"
    # the public-service campaign line after the contacts belongs to no summary
    assert "난방기기" not in all_strings(briefing.model_dump())
    # the document is sent verbatim, Korean unescaped, as data between markers
    prompt = all_strings(request_bodies(vcr)[0]["messages"])
    assert "보도시점\\t(전매체) 10. 14.(화) 11:00" in prompt


@pytest.mark.vcr
def test_news_with_relative_dates(model_config: Any) -> None:
    result, text = run("news-relative", model_config)
    briefing = assert_grounded(result, text)
    assert_usage(result)
    # '입력 2025.03.12' anchors '오는 20일': any stated event date must be in March 2025
    if briefing.event and briefing.event.date:
        assert briefing.event.date.startswith("2025-03")
    # the reporter's e-mail is not a press contact
    assert "dykim" not in all_strings([c.model_dump() for c in briefing.contacts])


@pytest.mark.vcr
def test_scraped_duplicate_is_summarised_once(model_config: Any) -> None:
    result, text = run("news-scraped-twice", model_config)
    briefing = assert_grounded(result, text)
    quotes = [q.text_ko for q in briefing.quotes]
    commitments = [c.text_ko for c in briefing.commitments]
    assert len(quotes) == len(set(quotes)), "a quote repeated by the scraper is listed once"
    assert len(commitments) == len(set(commitments))
    assert len(briefing.summary_en) == len(set(briefing.summary_en))


@pytest.mark.vcr
def test_multi_party_agreement(model_config: Any) -> None:
    result, text = run("multi-party", model_config)
    briefing = assert_grounded(result, text)
    assert len(briefing.parties) == 4
    for party in briefing.parties:
        assert party.name_ko in text
    assert len({c.phone for c in briefing.contacts}) == len(briefing.contacts) == 4


@pytest.mark.vcr
def test_cp949_file(model_config: Any) -> None:
    result, text = run("agency-cp949", model_config)
    briefing = assert_grounded(result, text)
    assert result.facts.source.encoding.lower().replace("-", "").replace("_", "") in {
        "cp949",
        "euckr",
        "uhc",
    }
    assert briefing.title_ko in text, "Korean decoded, not mojibake"


@pytest.mark.vcr
def test_injection_ignored_by_an_honest_answer(model_config: Any) -> None:
    result, text = run("injection", model_config)
    briefing = assert_grounded(result, text)
    assert "010-0000-0000" not in all_strings(briefing.model_dump())


@pytest.mark.vcr
@pytest.mark.parametrize(
    ("mode", "stem"), [("json_schema", "agency-cp949"), ("md_json", "injection")]
)
def test_modes_for_servers_without_tool_calls(
    model_config: Any, mode: str, stem: str, vcr: Any
) -> None:
    result, text = run(stem, model_config.replace(mode=mode))
    assert_grounded(result, text)
    body = request_bodies(vcr)[0]
    assert "tools" not in body


@pytest.mark.vcr
def test_async_api(model_config: Any) -> None:
    path = EXAMPLES / "multi-party.txt"
    result = asyncio.run(asummarize(path, config=model_config))
    assert_grounded(result, source_text(path))
    assert_usage(result, requests=1)


@pytest.mark.vcr
def test_cache_serves_the_second_run_without_a_request(model_config: Any, vcr: Any) -> None:
    config = model_config.replace(use_cache=True)
    first, _ = run("mss-release", config)
    second, _ = run("mss-release", config)  # a second request would miss the cassette and fail
    assert not first.cached and second.cached
    assert second.briefing == first.briefing
    assert len(vcr.requests) == 1


@pytest.mark.vcr
def test_cli_json_is_the_api_object(cli_env: dict[str, str]) -> None:
    path = EXAMPLES / "mss-release.txt"
    out = CliRunner().invoke(
        cli, ["summarize", str(path), "--format", "json", "--no-cache", "--usage"], env=cli_env
    )
    assert out.exit_code == 0, out.output
    result = SummaryResult.model_validate(json.loads(out.stdout))
    assert_grounded(result, source_text(path))
    assert "usage: 1 request(s)" in out.stderr


@pytest.mark.vcr
def test_cli_markdown_briefing(cli_env: dict[str, str]) -> None:
    path = EXAMPLES / "multi-party.txt"
    out = CliRunner().invoke(
        cli, ["summarize", str(path), "--format", "markdown", "--no-cache"], env=cli_env
    )
    assert out.exit_code == 0, out.output
    # the glossary gives the official names: an honest briefing uses them
    for name in ("Ministry of SMEs and Startups", "Korea Federation of SMEs"):
        assert name in out.stdout
    assert out.stderr == "", "nothing but the result unless asked (--usage)"
