"""The English of a quoted speaker's organisation, checked as a party's English name is."""

from __future__ import annotations

from summarizer.glossary import Glossary
from summarizer.models import Briefing, BriefingParty, ClaimCheck
from summarizer.verify.attribution import cite
from summarizer.verify.evidence import Evidence
from summarizer.verify.names import check_english_name, entry_for


def check_quote_org(
    ev: Evidence, glossary: Glossary, briefing: Briefing, index: int
) -> ClaimCheck | None:
    """The English of a quoted speaker's organisation, checked as a party's English name is.

    A party of the briefing that the quote's organisation names lends its short names (`이하 …`)
    to the glossary look-up. A body the glossary does not know is left unchecked (a
    translation), unless its English is the official name of another body.
    """
    quote = briefing.quotes[index]
    if not (quote.org and quote.org_en):
        return None
    field = f"quotes[{index}].org_en"
    own = [p for p in briefing.parties if quote.org in (p.name_ko, *p.aliases)]
    aliases = [n for p in own for n in (p.name_ko, *p.aliases)]
    body = BriefingParty(name_ko=quote.org, name_en=quote.org_en, aliases=aliases)
    claimed = quote.org_en.casefold()
    if own and claimed not in {p.name_en.casefold() for p in own if p.name_en}:
        for other in briefing.parties:
            if other not in own and other.name_en and other.name_en.casefold() == claimed:
                note = f"is the briefing's English name of {cite(other.name_ko)}, another party"
                return ClaimCheck(
                    field=field, kind="name_en", claim=quote.org_en, status="unsupported",
                    note=note,
                )  # fmt: skip
    looked = entry_for(glossary, body)
    checked = check_english_name(ev, glossary, "", body, looked, None)
    if looked is None and checked.status == "unverified":
        return None  # a translation of a body the glossary does not know: left unchecked
    return checked.model_copy(update={"field": field})


__all__ = ["check_quote_org"]
