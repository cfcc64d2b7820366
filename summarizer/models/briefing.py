"""The briefing the model is asked for. Field descriptions are instructions to the model.

Each rule is said once: what holds for many fields (English in `_en` fields, Korean in the
other text fields, how a person's name is written in English, the glossary's official
names) is in prompts/system.j2; a description says only what is particular to its field. The
nested models' docstrings are for readers of the code: the schema sent leaves them out and the
field holding the object describes it (see models.lean_schema).
"""

from __future__ import annotations

import json
from typing import Any, Literal

from pydantic import BaseModel, Field
from pydantic.json_schema import DEFAULT_REF_TEMPLATE, GenerateJsonSchema, JsonSchemaMode

from summarizer.models.defaults import empty_list
from summarizer.models.lean_schema import LeanJsonSchema


class BriefingEvent(BaseModel):
    """The signing ceremony or launch the document reports."""

    date: str | None = Field(None, description="YYYY-MM-DD")
    time: str | None = Field(None, description="Start, 24-hour HH:MM")
    place_ko: str | None = None
    place_en: str | None = None
    mode: Literal["in_person", "online", "unknown"] = "unknown"


class BriefingParty(BaseModel):
    """An organisation that signed or announced the agreement."""

    name_ko: str = Field(description="Full name")
    name_en: str | None = None
    abbreviation: str | None = None  # the rules say when: only as the glossary or document gives it
    aliases: list[str] = Field(
        default_factory=empty_list, description="Short names it defines (이하 …)"
    )
    signatory: str | None = None
    signatory_title: str | None = None
    signatory_en: str | None = None
    signatory_title_en: str | None = None


class BriefingCommitment(BaseModel):
    """One cooperation item: what the parties agreed to do."""

    text_ko: str
    text_en: str
    parties: list[str] = Field(default_factory=empty_list, description="Parties it binds")


class BriefingQuote(BaseModel):
    """A direct quotation from the source."""

    speaker: str
    title: str | None = Field(None, description="E.g. 장관")
    org: str | None = None
    speaker_en: str | None = Field(None, description="Only for a named person")
    title_en: str | None = None
    org_en: str | None = None
    text_ko: str
    text_en: str


class BriefingContact(BaseModel):
    """A press contact listed for enquiries (not reporters, not the outlet)."""

    department: str | None = None
    name: str | None = Field(None, description="Omit for a desk")
    role: str | None = Field(None, description="Rank, e.g. 과장")
    phone: str | None = None  # copied verbatim, as the rules say of phone numbers
    name_en: str | None = None
    title_en: str | None = Field(None, description="Rank, e.g. Director")
    department_en: str | None = None


class GlossaryEntry(BaseModel):
    """A key Korean term and its English rendering."""

    ko: str
    en: str


# The schema's JSON by (class, options): built once per process (see Briefing.model_json_schema).
_SCHEMAS: dict[tuple[Any, ...], str] = {}


class Briefing(BaseModel):
    """A faithful structured briefing of one Korean press release or news article."""

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

    title_ko: str
    title_en: str
    headline_en: str = Field(description="One sentence: who agreed what with whom, when")
    summary_ko: list[str] = Field(description="3-5 key points", min_length=1, max_length=6)
    summary_en: list[str] = Field(description="Same points, same order", min_length=1, max_length=6)
    event: BriefingEvent | None = Field(None, description="Signing or launch")
    parties: list[BriefingParty] = Field(
        default_factory=empty_list, description="Signing or announcing organisations"
    )
    commitments: list[BriefingCommitment] = Field(
        default_factory=empty_list, description="Cooperation items agreed"
    )
    quotes: list[BriefingQuote] = Field(default_factory=empty_list, description="Direct quotations")
    contacts: list[BriefingContact] = Field(
        default_factory=empty_list,
        description="Press contacts, not reporters or the outlet",
    )
    embargo: str | None = Field(None, description="Release moment, YYYY-MM-DD[THH:MM]")
    glossary: list[GlossaryEntry] = Field(
        default_factory=empty_list, description="Key terms (programmes, titles): ko, en"
    )
