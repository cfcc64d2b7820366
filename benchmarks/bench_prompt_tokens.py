"""Prompt tokens per structured-output mode, counted with the o200k_base encoding.

    uv run --with bpe-openai python benchmarks/bench_prompt_tokens.py [FILES...]

For each document: the tokens of the document itself, of the messages, and of the schema the
mode sends (tools: the tool definition; json_schema: response_format, descriptions stripped
because the field instructions travel in the system prompt; md_json: inside the prompt).
`seen` is what a server that uses the schema only as a grammar (llama.cpp, Ollama, vLLM) puts
in front of the model. bpe-openai ships the o200k_base tables, so this runs offline.
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

MODES = ("tools", "json_schema", "md_json")


def main(argv: list[str]) -> None:
    try:
        import bpe_openai
    except ImportError:
        sys.exit(
            "Error: needs bpe-openai: uv run --with bpe-openai python benchmarks/bench_prompt_tokens.py"
        )
    import instructor
    from instructor.processing import handle_response_model

    from summarizer import extract_facts, read_document
    from summarizer.llm.schema import strip_annotations
    from summarizer.models import Briefing
    from summarizer.pipeline import _terms
    from summarizer.prompting import summary_messages

    enc = bpe_openai.get_encoding("o200k_base")
    count = lambda s: len(enc.encode(s))  # noqa: E731
    files = [Path(a) for a in argv] or sorted((ROOT / "examples").glob("*.txt"))
    modes = {
        "tools": instructor.Mode.TOOLS,
        "json_schema": instructor.Mode.JSON_SCHEMA,
        "md_json": instructor.Mode.MD_JSON,
    }
    rows: dict[str, list[tuple[int, int, int]]] = {m: [] for m in MODES}
    for path in files:
        doc = read_document(path)
        facts = extract_facts(doc)
        doc_tokens = count(doc.text)
        for mode in MODES:
            messages = summary_messages(doc.text, facts, _terms(doc.text, facts), mode=mode)
            _, body = handle_response_model(
                Briefing, mode=modes[mode], messages=messages, strict=False
            )
            schema = ""
            if mode == "tools":
                schema = json.dumps(body["tools"], ensure_ascii=False)
            elif mode == "json_schema":
                rf = body["response_format"]
                rf = {
                    **rf,
                    "json_schema": {
                        **rf["json_schema"],
                        "schema": strip_annotations(rf["json_schema"]["schema"]),
                    },
                }
                schema = json.dumps(rf, ensure_ascii=False)
            seen = sum(count(m["content"]) for m in body["messages"])
            sent = seen + count(schema)
            if mode == "tools":
                seen = sent  # tool definitions are rendered into the prompt by the chat template
            rows[mode].append((doc_tokens, sent, seen))
    print(f"{len(files)} documents, o200k_base; median tokens")
    print(f"{'mode':<12}{'document':>10}{'sent':>8}{'seen':>8}{'overhead (sent-doc)/doc':>26}")
    medians = {}
    for mode in MODES:
        d = statistics.median(r[0] for r in rows[mode])
        sent = statistics.median(r[1] for r in rows[mode])
        seen = statistics.median(r[2] for r in rows[mode])
        medians[mode] = sent
        print(f"{mode:<12}{d:>10.0f}{sent:>8.0f}{seen:>8.0f}{(sent - d) / d:>26.2f}")
    print(f"json_schema / tools, sent: {medians['json_schema'] / medians['tools']:.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
