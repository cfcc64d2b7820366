"""Prompt tokens per part and per structured-output mode, counted with the o200k_base encoding.

    uv run --with bpe-openai python benchmarks/bench_prompt_tokens.py [--per-doc] [--server URL] [FILES...]

Files default to examples/*.txt; give ../shared/eval/docs/* to measure the evaluation set.
Parts of one request, as the mode sends it through instructor:

  system   the standing rules (system prompt without the written schema)
  guide    the Briefing's keys and instructions as we write them into the system prompt
           (schema_text; every mode)
  schema   what the mode adds to the prompt for the schema on the server of the stricter
           count (below): the tool (an outline of the top-level keys) as JSON (tools), the
           outline as OpenAI writes a response format (json_schema); nothing in md_json, where
           the messages we built are sent as they are
  hints    the pre-extracted facts and glossary terms
  frame    the rest of the user message (reference date, document markers)
  document the document itself
  reask    what one re-ask adds to the conversation (the answer sent back plus the
           correction), from a reference answer with its event date or phone made wrong,
           corrected by the real verifier; only for documents with tests/reference_answers/

overhead = (request - document) / document, per document, counted for the server whose prompt
holds the most of what the mode sends (the stricter count); alt = the same for the other
common server. Where each mode's schema ends up (measured on llama-server with the Qwen2.5
chat template via `/apply-template`, --server below; OpenAI's from its harmony format):
  tools        overhead: the tool as JSON text, as chat templates write it (`tool | tojson`,
               Python separators: llama.cpp, vLLM; Ollama writes it compact);
               alt: OpenAI, which writes a function as TypeScript-like text (function_ts.py)
  json_schema  overhead: OpenAI, which writes the response format's schema into the prompt as
               compact JSON under "# Response Formats / ## Briefing" (the client sends it the
               outline there); alt: a grammar-only server (llama.cpp, Ollama, vLLM, LM
               Studio): the full schema constrains the sampler and never reaches the prompt
  md_json      everything is in the messages: alt = overhead
The summary row is the median. The target (issue 13): <= 1.0 on the median document under both
counts; a PASS/FAIL line per mode gives both figures.

  --server URL  also ask a running llama-server (URL of its root) for the prompt it builds
                for each mode's request (`/apply-template`, then `/tokenize`): the server's
                own tokens of everything but the chat template's fixed frame, over the
                document's, printed per mode as a check of the two counts above.
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
COUNTS = {  # (overhead, alt): which server each count is for
    "tools": ("the tool as JSON in a chat template (llama.cpp, vLLM)", "OpenAI (TypeScript-like)"),
    "json_schema": ("OpenAI (schema as JSON)", "a grammar-only server (llama.cpp, Ollama, vLLM)"),
    "md_json": ("the messages", ""),
}


def _messages_tokens(count: Any, messages: list[dict[str, Any]]) -> int:
    total = 0
    for m in messages:
        total += count(m.get("content") or "")
        for call in m.get("tool_calls") or []:
            total += count(call["function"]["arguments"])
    return total


def _schema_text(mode: str, body: dict[str, Any], *, alt: bool = False) -> str:
    """What the mode adds to the prompt for the schema on the server of the stricter count, or
    (`alt`) on the other one (see the module doc)."""
    if mode == "tools" and alt:
        return "".join(function_ts(t["function"]) for t in body["tools"])
    if mode == "tools":
        return json.dumps(body["tools"], ensure_ascii=False)
    if mode == "json_schema" and alt:
        return ""  # a grammar, never in the prompt
    if mode == "json_schema":
        inner = body["response_format"]["json_schema"]
        schema = json.dumps(inner["schema"], ensure_ascii=False, separators=(",", ":"))
        return f"# Response Formats\n\n## {inner['name']}\n\n{schema}"
    return ""


def request(
    text: str, facts: Any, terms: list[Any], mode: str, *, alt: bool = False
) -> tuple[dict[str, Any], int]:
    """The request body the client sends for our messages to the server of the stricter count
    (or, with `alt`, the other one), and the tokens of what that server's prompt holds."""
    from instructor.processing import handle_response_model

    from summarizer.llm.grounded import GroundedBriefing
    from summarizer.llm.schema import lean_request
    from summarizer.prompting import summary_messages

    messages = summary_messages(text, facts, terms, mode=mode)
    _, body = handle_response_model(
        GroundedBriefing, mode=_MODE[mode], messages=messages, strict=False
    )
    # as the client sends it: OpenAI is told the schema is shown (llm.client._shows_schema)
    shown = (mode == "json_schema") != alt
    body = lean_request(body, messages, schema_shown=shown)
    schema = COUNT(_schema_text(mode, body, alt=alt))
    return body, _messages_tokens(COUNT, body["messages"]) + schema


def parts(text: str, facts: Any, terms: list[Any], mode: str) -> dict[str, int]:
    from summarizer.models import Structure
    from summarizer.prompting import default_prompts, summary_messages

    bare = facts.model_copy(update={"facts": [], "structure": Structure(), "regions": []})
    ours = summary_messages(text, facts, terms, mode=mode)
    without_hints = summary_messages(text, bare, [], mode=mode)
    _, full = request(text, facts, terms, mode)
    system = COUNT(default_prompts().render("system", schema=""))  # the guide counted apart
    user, document = COUNT(ours[1]["content"]), COUNT(text)
    out = {
        "system": system,
        "guide": COUNT(ours[0]["content"]) - system,
        "schema": full - COUNT(ours[0]["content"]) - user,
        "hints": user - COUNT(without_hints[1]["content"]),
        "frame": COUNT(without_hints[1]["content"]) - document,
        "document": document,
        "request": full,
        "alt": request(text, facts, terms, mode, alt=True)[1],
    }
    return out


def reask_tokens(text: str, facts: Any, terms: list[Any], mode: str, answer: Any) -> int | None:
    """Tokens one re-ask adds: the wrong answer sent back plus instructor's correction."""
    from instructor.processing import handle_reask_kwargs
    from openai.types.chat import ChatCompletion

    from summarizer.llm.grounded import GroundedBriefing, grounded
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


def _post(url: str, body: dict[str, Any]) -> Any:
    import urllib.request

    data = json.dumps(body).encode()
    req = urllib.request.Request(url, data, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as answer:
        return json.loads(answer.read())


def server_overhead(server: str, text: str, facts: Any, terms: list[Any], mode: str) -> float:
    """(prompt - frame - document) / document in llama-server's own tokens, for the request the
    client sends it (json_schema: the full schema, not shown), where the frame is the chat
    template's prompt for the same messages emptied."""
    from instructor.processing import handle_response_model

    from summarizer.llm.grounded import GroundedBriefing
    from summarizer.llm.schema import lean_request
    from summarizer.prompting import summary_messages

    def tokens(content: str) -> int:
        return len(_post(f"{server}/tokenize", {"content": content})["tokens"])

    messages = summary_messages(text, facts, terms, mode=mode)
    _, body = handle_response_model(
        GroundedBriefing, mode=_MODE[mode], messages=messages, strict=False
    )
    body = lean_request(body, messages)
    keep = {k: body[k] for k in ("messages", "tools", "response_format") if k in body}
    prompt = tokens(_post(f"{server}/apply-template", keep)["prompt"])
    empty = [{"role": m["role"], "content": ""} for m in messages]
    frame = tokens(_post(f"{server}/apply-template", {"messages": empty})["prompt"])
    document = tokens(text)
    return (prompt - frame - document) / document


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
    import argparse

    parser = argparse.ArgumentParser(description="Prompt tokens per part and mode.")
    parser.add_argument("--per-doc", action="store_true")
    parser.add_argument("--server", help="root URL of a running llama-server to check against")
    parser.add_argument("files", nargs="*", type=Path)
    options = parser.parse_args(argv)
    per_doc, files = options.per_doc, options.files
    server = options.server.rstrip("/") if options.server else None
    files = files or sorted((ROOT / "examples").glob("*.txt"))
    on_server: dict[str, list[float]] = {m: [] for m in MODES}
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
            row["alt"] = (row["alt"] - row["document"]) / row["document"]
            rows[mode].append(row)
            if server:
                on_server[mode].append(server_overhead(server, doc.text, facts, terms, mode))
    _print(rows, per_doc, len(files))
    for mode, values in on_server.items():
        if values:
            print(
                f"llama-server {server} ({mode}): median overhead {statistics.median(values):.3f} "
                "in its own tokens, chat template's frame left out"
            )


def _print(rows: dict[str, list[dict[str, Any]]], per_doc: bool, n: int) -> None:
    cols = (*PARTS, "request", "reask")
    print(f"{n} documents, o200k_base tokens; overhead = (request - document) / document")
    verdicts: dict[str, tuple[float, float]] = {}
    print(
        f"{'mode':<12}{'':<26}" + "".join(f"{c:>9}" for c in cols) + f"{'overhead':>10}{'alt':>7}"
    )
    for mode in MODES:
        table = rows[mode]
        if per_doc:
            for r in table:
                cells = "".join(f"{'-' if r[c] is None else r[c]:>9}" for c in cols)
                print(
                    f"{mode:<12}{r['name'][:25]:<26}{cells}{r['overhead']:>10.2f}{r['alt']:>7.2f}"
                )
        med = {
            c: statistics.median(v) if (v := [r[c] for r in table if r[c] is not None]) else None
            for c in (*cols, "overhead", "alt")
        }
        cells = "".join(f"{'-' if med[c] is None else f'{med[c]:.0f}':>9}" for c in cols)
        print(f"{mode:<12}{'median':<26}{cells}{med['overhead']:>10.2f}{med['alt']:>7.2f}")
        verdicts[mode] = (med["overhead"], med["alt"])
    for mode, (overhead, alt) in verdicts.items():
        first, other = COUNTS[mode]
        line = f"{_verdict(overhead)} {mode}: {first}: median overhead {overhead:.3f}"
        if other:
            line += f"; {_verdict(alt)} {other}: {alt:.3f}"
        print(line + f" (target <= {TARGET:.2f})")


def _verdict(ratio: float) -> str:
    return "PASS" if ratio <= TARGET else "FAIL"


if __name__ == "__main__":
    main(sys.argv[1:])
