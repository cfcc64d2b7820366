"""The briefing the model is asked for. Field descriptions are instructions to the model."""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic.json_schema import DEFAULT_REF_TEMPLATE, GenerateJsonSchema, JsonSchemaMode

from summarizer.models.lean_schema import LeanJsonSchema


class BriefingEvent(BaseModel):
    """The signing ceremony or launch the document reports. Use null for anything not stated."""

    date: str | None = Field(
        None, description="Date of the event as YYYY-MM-DD. Only a date stated in the source."
    )
    time: str | None = Field(
        None, description="Start time as 24-hour HH:MM. Only a time stated in the source."
    )
    place_ko: str | None = Field(None, description="Venue exactly as written in Korean.")
    place_en: str | None = Field(None, description="Venue in English.")
    mode: Literal["in_person", "online", "unknown"] = Field(
        "unknown", description="Whether the event was held in person or online."
    )


class BriefingParty(BaseModel):
    """An organisation that signed or announced the agreement."""

    name_ko: str = Field(description="Full Korean name exactly as written in the source.")
    name_en: str | None = Field(
        None,
        description="Official English name. Use the glossary's name when the body is in it; "
        "otherwise translate plainly (it will be marked unverified).",
    )
    abbreviation: str | None = Field(
        None, description="Official English abbreviation (e.g. MSS), only if known."
    )
    aliases: list[str] = Field(
        default_factory=list,
        description="Short Korean names the source uses, e.g. from '이하 중기부'.",
    )
    signatory: str | None = Field(None, description="Name of the person who signed, in Korean.")
    signatory_title: str | None = Field(None, description="The signatory's title in Korean.")
    signatory_en: str | None = Field(
        None,
        description="The name in English as Korean ministries write it: given name after the family "
        "name, family name in capitals (OH Youngju, KIM Do-hyun); a foreign name in its own "
        "spelling when the document gives it. Without the title. Null if no name.",
    )
    signatory_title_en: str | None = Field(
        None, description="The signatory's title in English (Minister, Vice Mayor, President)."
    )


class BriefingCommitment(BaseModel):
    """One cooperation item: what the parties agreed to do."""

    text_ko: str = Field(description="The item copied from the source, without its bullet mark.")
    text_en: str = Field(description="English translation of the item.")
    parties: list[str] = Field(
        default_factory=list, description="Korean names of the parties bound by this item."
    )


class BriefingQuote(BaseModel):
    """A direct quotation from the source."""

    speaker: str = Field(description="The speaker's name in Korean as written.")
    title: str | None = Field(None, description="The speaker's title (장관, 회장 …).")
    org: str | None = Field(None, description="The speaker's organisation in Korean.")
    speaker_en: str | None = Field(
        None,
        description="The name in English as Korean ministries write it: given name after the family "
        "name, family name in capitals (OH Youngju, KIM Do-hyun); a foreign name in its own "
        "spelling when the document gives it. Without the title. Null if the speaker is not a named person.",
    )
    title_en: str | None = Field(
        None, description="The speaker's title in English (Minister, Governor, Chairman)."
    )
    org_en: str | None = Field(
        None, description="The speaker's organisation in English (its official name if known)."
    )
    text_ko: str = Field(
        description="The quoted words copied verbatim from the source, without quote marks."
    )
    text_en: str = Field(description="English translation of the quote.")


class BriefingContact(BaseModel):
    """A press contact listed for enquiries (not reporters, not the outlet)."""

    department: str | None = Field(None, description="Department in Korean.")
    name: str | None = Field(None, description="Person's name in Korean, null for a desk.")
    role: str | None = Field(None, description="Role or rank (과장, 사무관 …).")
    phone: str | None = Field(
        None, description="Phone number copied exactly as written in the source."
    )
    name_en: str | None = Field(
        None,
        description="The name in English as Korean ministries write it: given name after the family "
        "name, family name in capitals (OH Youngju, KIM Do-hyun); a foreign name in its own "
        "spelling when the document gives it. Without the title. Null for a desk.",
    )
    title_en: str | None = Field(
        None, description="The role or rank in English (Director, Deputy Director, Officer)."
    )
    department_en: str | None = Field(
        None, description="The department in English (Small Business Policy Division)."
    )


class GlossaryEntry(BaseModel):
    """A key Korean term and its English rendering."""

    ko: str = Field(description="The Korean term as written.")
    en: str = Field(description="Its English rendering.")


# The schema's JSON by (class, options): built once per process (see Briefing.model_json_schema).
_SCHEMAS: dict[tuple[Any, ...], str] = {}


class Briefing(BaseModel):
    """A faithful structured summary of one Korean press release or news article.

    State only what the source says. Every date, time, phone number, quote and commitment
    must come from the source text; leave a field null or a list empty when the source is silent.
    """

    @classmethod
    def model_json_schema(  # type: ignore[override]
        cls,
        by_alias: bool | None = None,
        ref_template: str = DEFAULT_REF_TEMPLATE,
        schema_generator: type[GenerateJsonSchema] = LeanJsonSchema,
        mode: JsonSchemaMode = "validation",
        **kwargs: Any,
    ) -> dict[str, Any]:
        """The schema sent to the model: lean (see models.lean_schema), descriptions kept.

        Built once per class and options (instructor asks for it on every JSON-mode request,
        ~8 ms of CPU each); every caller gets its own copy to change.
        """
        options = (cls, by_alias, ref_template, schema_generator, mode)
        if kwargs:
            return super().model_json_schema(
                by_alias, ref_template, schema_generator, mode, **kwargs
            )
        if options not in _SCHEMAS:
            schema = super().model_json_schema(by_alias, ref_template, schema_generator, mode)
            _SCHEMAS[options] = json.dumps(schema, ensure_ascii=False)
        return json.loads(_SCHEMAS[options])  # type: ignore[no-any-return]

    title_ko: str = Field(description="The document's title in Korean, as written.")
    title_en: str = Field(description="The title translated into English.")
    headline_en: str = Field(
        description="One English sentence: who agreed with whom to do what, and when."
    )
    summary_ko: list[str] = Field(
        description="3 to 5 key points in Korean.", min_length=1, max_length=6
    )
    summary_en: list[str] = Field(
        description="The same points in English, in the same order.", min_length=1, max_length=6
    )
    event: BriefingEvent | None = Field(
        None, description="The signing or launch event; null when the source states none."
    )
    parties: list[BriefingParty] = Field(default_factory=list)
    commitments: list[BriefingCommitment] = Field(default_factory=list)
    quotes: list[BriefingQuote] = Field(default_factory=list)
    contacts: list[BriefingContact] = Field(default_factory=list)
    embargo: str | None = Field(
        None, description="Embargo moment as YYYY-MM-DDTHH:MM (or YYYY-MM-DD), null if none."
    )
    glossary: list[GlossaryEntry] = Field(
        default_factory=list, description="Key Korean terms (programmes, titles) with English."
    )
