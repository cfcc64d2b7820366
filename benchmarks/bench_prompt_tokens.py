"""Prompt tokens per part and per structured-output mode, counted with the o200k_base encoding.

    uv run --with bpe-openai python benchmarks/bench_prompt_tokens.py [--per-doc] [FILES...]

Files default to examples/*.txt; give ../shared/eval/docs/* to measure the evaluation set.
Parts of one request, as the mode sends it through instructor:

  system   the standing rules (system prompt without the written schema)
  guide    the Briefing's keys and instructions as we write them into the system prompt
           (schema_text; json_schema and md_json modes)
  schema   what the mode adds for the schema: the tool definition (tools), response_format
           with descriptions stripped as the client sends it (json_schema); nothing in md_json,
           where the messages we built are sent as they are
  hints    the pre-extracted facts and glossary terms
  frame    the rest of the user message (reference date, document markers)
  document the document itself
  reask    what one re-ask adds to the conversation (the answer sent back plus the
           correction), from a reference answer with its event date or phone made wrong,
           corrected by the real verifier; only for documents with tests/reference_answers/

overhead = (request - document) / document, per document, everything counted as the JSON we
send (a chat template that dumps the tool JSON into the prompt, as llama.cpp's and vLLM's do
with `--mode tools`; OpenAI, which shows a json_schema response_format to the model).
seen = the same for what the model reads on the server `--mode auto` uses the mode with:
  tools        OpenAI, which writes a function tool as TypeScript-like text (harmony format;
               benchmarks/function_ts.py), not as JSON
  json_schema  a grammar-only server (llama.cpp, Ollama, vLLM): the schema constrains the
               sampler and never reaches the prompt, so only the messages count (the keys and
               their instructions travel there, as the guide)
  md_json      everything is in the messages: seen = overhead
The summary row is the median. The target (issue 13): <= 1.0 on the median document; a
PASS/FAIL line per mode gives both figures.
Parts are measured by difference (rendering without hints, without the written schema), so
they add up to the request within a token or two. bpe-openai ships o200k_base: runs offline.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from function_ts import function_ts  # noqa: E402

MODES = ("tools", "json_schema", "md_json")
TARGET = 1.0  # overhead beyond the document, times the document's tokens, on the median document
_MODE: dict[str, Any] = {}
PARTS = ("system", "guide", "schema", "hints", "frame", "document")
SEEN = {
    "tools": "as OpenAI shows the tool (TypeScript-like)",
    "json_schema": "as a grammar-only server shows it (llama.cpp, Ollama, vLLM)",
    "md_json": "",
}


def _messages_tokens(count: Any, messages: list[dict[str, Any]]) -> int:
    total = 0
    for m in messages:
        total += count(m.get("content") or "")
        for call in m.get("tool_calls") or []:
            total += count(call["function"]["arguments"])
    return total


def _schema_text(mode: str, body: dict[str, Any], *, seen: bool = False) -> str:
    """What the mode adds for the schema, as sent (JSON), or as the model reads it on the
    server --mode auto uses the mode with (`seen`)."""
    from summarizer.llm.schema import strip_annotations

    if mode == "tools" and seen:
        return "".join(function_ts(t["function"]) for t in body["tools"])
    if mode == "json_schema" and seen:
        return ""  # a grammar, never in the prompt
    if mode == "tools":
        return json.dumps(body["tools"], ensure_ascii=False)
    if mode == "json_schema":
        rf = body["response_format"]
        inner = {**rf["json_schema"], "schema": strip_annotations(rf["json_schema"]["schema"])}
        inner.pop("description", None)
        return json.dumps({**rf, "json_schema": inner}, ensure_ascii=False)
    return ""


def request(
    text: str, facts: Any, terms: list[Any], mode: str, *, seen: bool = False
) -> tuple[dict[str, Any], int]:
    """instructor's request body for our messages, and the tokens of what it sends (or, with
    `seen`, of what the model reads on the mode's usual server)."""
    from instructor.processing import handle_response_model

    from summarizer.llm.call import GroundedBriefing
    from summarizer.llm.schema import lean_request
    from summarizer.prompting import summary_messages

    messages = summary_messages(text, facts, terms, mode=mode)
    _, body = handle_response_model(
        GroundedBriefing, mode=_MODE[mode], messages=messages, strict=False
    )
    body = lean_request(body, messages)  # as the client sends it
    schema = COUNT(_schema_text(mode, body, seen=seen))
    return body, _messages_tokens(COUNT, body["messages"]) + schema


def parts(text: str, facts: Any, terms: list[Any], mode: str) -> dict[str, int]:
    from summarizer.models import Structure
    from summarizer.prompting import default_prompts, summary_messages

    bare = facts.model_copy(update={"facts": [], "structure": Structure(), "regions": []})
    ours = summary_messages(text, facts, terms, mode=mode)
    without_hints = summary_messages(text, bare, [], mode=mode)
    _, full = request(text, facts, terms, mode)
    system = COUNT(default_prompts().render("system", schema=""))
    user, document = COUNT(ours[1]["content"]), COUNT(text)
    out = {
        "system": system,
        "guide": COUNT(ours[0]["content"]) - system,
        "schema": full - COUNT(ours[0]["content"]) - user,
        "hints": user - COUNT(without_hints[1]["content"]),
        "frame": COUNT(without_hints[1]["content"]) - document,
        "document": document,
        "request": full,
        "seen": request(text, facts, terms, mode, seen=True)[1],
    }
    return out


def reask_tokens(text: str, facts: Any, terms: list[Any], mode: str, answer: Any) -> int | None:
    """Tokens one re-ask adds: the wrong answer sent back plus instructor's correction."""
    from instructor.processing import handle_reask_kwargs
    from openai.types.chat import ChatCompletion

    from summarizer.llm.call import GroundedBriefing, grounded
    from summarizer.pipeline import grounding_check

    wrong = answer.model_copy(deep=True)
    if wrong.event is not None and wrong.event.date:
        wrong.event.date = f"{int(wrong.event.date[:4]) - 1}{wrong.event.date[4:]}"
    elif wrong.contacts and wrong.contacts[0].phone:
        wrong.contacts[0].phone = wrong.contacts[0].phone[:-1] + "9"
    else:
        return None
    arguments = wrong.model_dump_json()
    try:
        with grounded(grounding_check(text, facts), []):
            GroundedBriefing.model_validate_json(arguments)
    except Exception as exc:  # the validation error instructor turns into the re-ask
        error: Exception = exc
    else:
        return None
    call = {
        "id": "call_1",
        "type": "function",
        "function": {"name": "Briefing", "arguments": arguments},
    }
    message: dict[str, Any] = {"role": "assistant"}
    message.update(
        {"content": None, "tool_calls": [call]} if mode == "tools" else {"content": arguments}
    )
    response = ChatCompletion.model_validate(
        {
            "id": "x",
            "object": "chat.completion",
            "created": 0,
            "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop", "message": message}],
        }
    )
    body, _ = request(text, facts, terms, mode)
    before = len(body["messages"])
    again = handle_reask_kwargs(
        {**body, "messages": list(body["messages"])}, _MODE[mode], response, error
    )
    return _messages_tokens(COUNT, again["messages"][before:])


def _reference_answers() -> dict[str, Any]:
    from summarizer.models import Briefing

    out = {}
    for path in sorted((ROOT / "tests" / "reference_answers").glob("*.json")):
        out[path.stem] = Briefing.model_validate(json.loads(path.read_text("utf-8"))["briefing"])
    return out


COUNT: Any = None


def main(argv: list[str]) -> None:
    global COUNT
    try:
        import bpe_openai
    except ImportError:
        sys.exit(
            "Error: needs bpe-openai: uv run --with bpe-openai python benchmarks/bench_prompt_tokens.py"
        )
    import instructor

    from summarizer import extract_facts, read_document
    from summarizer.errors import SummarizerError
    from summarizer.pipeline import _terms

    _MODE.update(
        tools=instructor.Mode.TOOLS,
        json_schema=instructor.Mode.JSON_SCHEMA,
        md_json=instructor.Mode.MD_JSON,
    )
    enc = bpe_openai.get_encoding("o200k_base")
    COUNT = lambda s: len(enc.encode(s))  # noqa: E731
    per_doc = "--per-doc" in argv
    files = [Path(a) for a in argv if a != "--per-doc"] or sorted((ROOT / "examples").glob("*.txt"))
    answers = _reference_answers()
    rows: dict[str, list[dict[str, Any]]] = {m: [] for m in MODES}
    for path in files:
        try:
            doc = read_document(path)
        except (SummarizerError, OSError) as exc:
            sys.exit(f"Error: {path}: {exc}")
        facts = extract_facts(doc)
        terms = _terms(doc.text, facts)
        for mode in MODES:
            row: dict[str, Any] = {"name": path.stem, **parts(doc.text, facts, terms, mode)}
            answer = answers.get(path.stem)
            row["reask"] = reask_tokens(doc.text, facts, terms, mode, answer) if answer else None
            row["overhead"] = (row["request"] - row["document"]) / row["document"]
            row["seen"] = (row["seen"] - row["document"]) / row["document"]
            rows[mode].append(row)
    _print(rows, per_doc, len(files))


def _print(rows: dict[str, list[dict[str, Any]]], per_doc: bool, n: int) -> None:
    cols = (*PARTS, "request", "reask")
    print(f"{n} documents, o200k_base tokens; overhead = (request - document) / document")
    verdicts: dict[str, tuple[float, float]] = {}
    print(
        f"{'mode':<12}{'':<26}" + "".join(f"{c:>9}" for c in cols) + f"{'overhead':>10}{'seen':>7}"
    )
    for mode in MODES:
        table = rows[mode]
        if per_doc:
            for r in table:
                cells = "".join(f"{'-' if r[c] is None else r[c]:>9}" for c in cols)
                print(
                    f"{mode:<12}{r['name'][:25]:<26}{cells}{r['overhead']:>10.2f}{r['seen']:>7.2f}"
                )
        med = {
            c: statistics.median(v) if (v := [r[c] for r in table if r[c] is not None]) else None
            for c in (*cols, "overhead", "seen")
        }
        cells = "".join(f"{'-' if med[c] is None else f'{med[c]:.0f}':>9}" for c in cols)
        print(f"{mode:<12}{'median':<26}{cells}{med['overhead']:>10.2f}{med['seen']:>7.2f}")
        verdicts[mode] = (med["overhead"], med["seen"])
    for mode, (overhead, seen) in verdicts.items():
        line = (
            f"{_verdict(overhead)} {mode}: median overhead {overhead:.3f} (target <= {TARGET:.2f})"
        )
        if seen != overhead:
            line += f"; {_verdict(seen)} {SEEN[mode]}: {seen:.3f}"
        print(line)


def _verdict(ratio: float) -> str:
    return "PASS" if ratio <= TARGET else "FAIL"


if __name__ == "__main__":
    main(sys.argv[1:])
