"""A body found through its speaker keeps the speaker as its head, written once."""

from __future__ import annotations

from summarizer.models.records import Quote
from summarizer.structure.party_fallbacks import speakers_bodies

TEXT = '양 기관은 협약을 맺었다. 누리문화재단 한가람 이사장은 "함께 하겠다"고 말했다.'


def _quote(speaker: str, title: str | None, org: str | None) -> Quote:
    start = TEXT.index("함께")
    return Quote(
        text="함께 하겠다", start=start, end=start + 6, speaker=speaker, title=title, org=org
    )


def test_speaker_and_title_joined() -> None:
    (body,) = speakers_bodies(TEXT, [_quote("한가람", "이사장", "누리문화재단")])
    assert (body.name, body.head, body.why) == ("누리문화재단", "이사장 한가람", "speaker")


def test_speaker_phrase_holding_its_title_is_not_doubled() -> None:
    phrase = "누리문화재단 한가람 이사장"
    (body,) = speakers_bodies(TEXT, [_quote(phrase, phrase, "누리문화재단")])
    assert body.head == phrase
