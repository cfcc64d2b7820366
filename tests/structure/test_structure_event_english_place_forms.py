"""English venues of the signing's own sentence (issue 8, helper s28-dp), in invented texts: a
place fronted before the clause of signing, the city of an occasion the signing took place
during, and a plant's site (`invest in X`) that is no venue."""

from __future__ import annotations

from summarizer.extract import facts_record

REF = "2024-09-10"


def _place(page: str) -> str | None:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    return ev.place if ev else None


def test_a_place_fronted_before_the_signing_clause() -> None:
    page = (
        "Gaon Province signs deals abroad\nOn Sept. 2 in the Nurian capital Dara, provincial "
        "officials signed an investment deal with Byeol Aviation.\n"
    )
    assert _place(page) == "Dara"
    # a month or a phrase fronted is no place
    assert _place(page.replace("On Sept. 2 in the Nurian capital Dara", "In March")) is None


def test_the_city_of_the_occasion_the_signing_took_place_during() -> None:
    page = (
        "Gaon Geopark and Nuri Geopark have agreed to sign a Memorandum of Understanding between "
        "their boards during the 20th International Symposium on Volcanoes in Dara province.\n"
    )
    assert _place(page) == "Dara"


def test_the_site_of_an_investment_is_no_venue() -> None:
    page = (
        "Gaon Province signs MOU\nOn Sept. 3, the provincial government signed a memorandum with "
        "Byeol Co. regarding the company's plans to invest in the Nuri Industrial Complex in the "
        "city of Dara.\n"
    )
    assert _place(page) is None


def test_a_country_alone_is_an_unsure_venue() -> None:
    # `signed … with A in Vietnam`: where a side is, perhaps, not where it was signed
    page = (
        "Gaon Corporation signs MOU\nOn November 13, the Gaon Corporation signed an MOU with the "
        "Department of Science in Vietnam.\n"
    )
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    assert ev is not None and ev.place == "Vietnam" and "place" in ev.unsure
    ev = facts_record(page.replace("in Vietnam", "in Dara").encode(), reference_date=REF)
    assert ev.structure.event is not None and ev.structure.event.unsure == []


def _event(page: str) -> tuple[str | None, str | None]:
    ev = facts_record(page.encode(), reference_date=REF).structure.event
    return (ev.date, ev.place) if ev else (None, None)


def test_a_signing_by_the_two_sides_of_a_meeting_told_before() -> None:
    # `The two sides signed …`: the day and venue are those of the meeting the sentence before
    # tells (issue 8, helper eng32b)
    page = (
        "Gaon and Nuri sign an MOU on water\nThe Ministry of Water of Gaon had a bilateral meeting "
        "with the Ministry of Rivers of Nuri at the Byeol Grand Hotel on September 3. The two "
        "sides signed an MOU on river management.\n"
    )
    assert _event(page) == ("2024-09-03", "Byeol Grand Hotel")
    # a fronted phrase and `they`; the meeting two sentences back, past one naming neither
    page2 = (
        "On September 4, Governor Kim of Gaon and Mayor Park of Dara met at Hanbit Hall. Both "
        "regions have traded for years. During this meeting, they signed a sisterhood agreement.\n"
    )
    assert _event(page2) == ("2024-09-04", "Hanbit Hall")
    # a signing its own subject tells is not referred to the meeting's venue (the day before
    # an undated signing is the lead's, as before)
    page3 = page.replace("The two sides signed", "Byeol Corporation signed")
    assert _event(page3)[1] is None
    # nor is a sentence about no meeting before it
    page4 = page.replace("had a bilateral meeting with", "praised")
    assert _event(page4)[1] is None


def test_a_persons_post_at_a_body_is_no_venue() -> None:
    # a caption naming those pictured: `…, executive director of the A Unit at the B Chamber,
    # pose … during a ceremony at X` (issue 8, helper eng32b)
    page = (
        "Gaon News Agency signed an agreement with Nuri Press on Nov. 8.\n"
        "Kim Ha-na, president of Gaon News Agency, and Gil Byeol, executive director of the Trade "
        "Unit at the Byeol Chamber of Commerce, pose for a photo during a ceremony at Gaon's "
        "headquarters in Dara on Nov. 8.\n"
    )
    assert _event(page)[1] == "Gaon's headquarters in Dara"
    page2 = (
        "Gaon News Agency signed an agreement with Nuri Press on Nov. 8.\n"
        "Kim Ha-na, Deputy Editor-in-Chief at Nuri Press, and Gil Byeol show the agreement.\n"
    )
    assert _event(page2)[1] is None


def test_a_guesthouse_is_a_venue() -> None:
    # `at Nuri’s state guesthouse Byeolwon`, not the city a broadcast went to (helper eng32b)
    page = (
        "Dara, Sep 4: Gaon and Nuri signed an agreement at the end of their summit on Wednesday.\n"
        "The agreement was signed at a ceremony held at Nuri’s state guesthouse Byeolwon and "
        "broadcast live in Hanbit.\n"
    )
    place = _event(page)[1]
    assert place is not None and "Byeolwon" in place
