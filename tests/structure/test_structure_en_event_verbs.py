"""English events told by an agreement's other verbs, and a part of the day after a venue
(invented names)."""

from __future__ import annotations

from structure_helpers import run


def test_reached_a_letter_of_intent_in_a_city() -> None:
    text = (
        "Two provinces intend ties\n\nGaram and Nuri-do of South Korea reached a letter of "
        "intent for a friendly province relationship in Byeolsan on May 23, 2016.\n"
    )
    event = run(text).event
    assert event is not None and event.place == "Byeolsan"


def test_the_morning_of_a_day_is_no_part_of_the_venue() -> None:
    text = (
        "Two cities sign\n\nGaram Mayor Kim Ha-na and Nuri Mayor Alan Reed signed an agreement "
        "at Byeol City Hall on the morning of December 4, 2015.\n"
    )
    event = run(text).event
    assert event is not None and event.place == "Byeol City Hall"
