#!/usr/bin/env python3
"""Write a tiny, untrained qwen2-architecture GGUF for recording cassettes against llama-server.

No weights can be downloaded here, so the model is random: 2 layers, hidden size 64, the real
Qwen2 vocabulary and merges (copied from a vocab-only GGUF of the llama.cpp source tree) and the
Qwen2.5 chat template, so llama-server treats it as Qwen2.5 (tool-call syntax included). Its
output is noise: it proves the transport, the modes and the error paths, never quality. An
output bias favours JSON punctuation, so grammar-constrained answers close their strings
and finish within a few hundred tokens.

  uv run --with gguf==0.19.0 --with numpy python tools/make_tiny_gguf.py \\
      --vocab LLAMA_CPP/models/ggml-vocab-qwen2.gguf \\
      --template LLAMA_CPP/models/templates/Qwen-Qwen2.5-7B-Instruct.jinja -o tiny-qwen2.gguf
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from gguf import GGUFReader, GGUFValueType, GGUFWriter

N_EMBD, N_FF, N_LAYER, N_HEAD, N_HEAD_KV = 64, 128, 2, 4, 2
# Output bias per token: close strings at once, prefer null and empty lists, so that a
# grammar-constrained answer is short; the grammar still decides what is allowed.
FAVOURED = {'"': 9.0, '",': 8.5, '"}': 8.0, "null": 7.5, "[]": 7.0, "]": 6.5, "}": 6.5, ",": 6.0}


def _field(reader: GGUFReader, key: str) -> object:
    field = reader.fields[key]
    kind = field.types[0]
    if kind == GGUFValueType.ARRAY:
        sub = field.types[-1]
        if sub == GGUFValueType.STRING:
            return [bytes(field.parts[i]).decode("utf-8", "replace") for i in field.data]
        return [field.parts[i].tolist()[0] for i in field.data]
    if kind == GGUFValueType.STRING:
        return bytes(field.parts[field.data[0]]).decode("utf-8")
    return field.parts[field.data[0]].tolist()[0]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--vocab", type=Path, required=True, help="ggml-vocab-qwen2.gguf (vocab only)")
    ap.add_argument("--template", type=Path, required=True, help="a Qwen2.5 chat template (.jinja)")
    ap.add_argument("-o", "--output", type=Path, required=True)
    ap.add_argument("--context", type=int, default=32768, help="trained context length to declare")
    ap.add_argument("--seed", type=int, default=7)
    args = ap.parse_args()

    reader = GGUFReader(args.vocab)
    tokens = _field(reader, "tokenizer.ggml.tokens")
    assert isinstance(tokens, list)
    n_vocab = len(tokens)
    rng = np.random.default_rng(args.seed)

    w = GGUFWriter(str(args.output), "qwen2")
    w.add_name("tiny-untrained-qwen2")
    w.add_context_length(args.context)
    w.add_embedding_length(N_EMBD)
    w.add_block_count(N_LAYER)
    w.add_feed_forward_length(N_FF)
    w.add_head_count(N_HEAD)
    w.add_head_count_kv(N_HEAD_KV)
    w.add_layer_norm_rms_eps(1e-6)
    w.add_rope_freq_base(1_000_000.0)
    w.add_file_type(0)  # all F32
    w.add_tokenizer_model(str(_field(reader, "tokenizer.ggml.model")))
    w.add_tokenizer_pre(str(_field(reader, "tokenizer.ggml.pre")))
    w.add_token_list(tokens)
    w.add_token_types(_field(reader, "tokenizer.ggml.token_type"))  # type: ignore[arg-type]
    w.add_token_merges(_field(reader, "tokenizer.ggml.merges"))  # type: ignore[arg-type]
    eos = (
        tokens.index("<|im_end|>")
        if "<|im_end|>" in tokens
        else int(_field(reader, "tokenizer.ggml.eos_token_id"))
    )  # type: ignore[arg-type]
    w.add_bos_token_id(tokens.index("<|endoftext|>"))
    w.add_eos_token_id(eos)
    w.add_pad_token_id(tokens.index("<|endoftext|>"))
    w.add_add_bos_token(False)
    w.add_chat_template(args.template.read_text(encoding="utf-8"))

    def t(name: str, *shape: int, scale: float = 0.02) -> None:
        w.add_tensor(name, (rng.standard_normal(shape) * scale).astype(np.float32))

    t("token_embd.weight", n_vocab, N_EMBD)
    w.add_tensor("output_norm.weight", np.ones(N_EMBD, dtype=np.float32))
    t("output.weight", n_vocab, N_EMBD)
    bias = np.zeros(n_vocab, dtype=np.float32)
    for text, weight in FAVOURED.items():
        if text in tokens:
            bias[tokens.index(text)] = weight
    bias[eos] = 2.0
    w.add_tensor("output.bias", bias)
    kv = N_EMBD // N_HEAD * N_HEAD_KV
    for i in range(N_LAYER):
        w.add_tensor(f"blk.{i}.attn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        t(f"blk.{i}.attn_q.weight", N_EMBD, N_EMBD)
        t(f"blk.{i}.attn_k.weight", kv, N_EMBD)
        t(f"blk.{i}.attn_v.weight", kv, N_EMBD)
        w.add_tensor(f"blk.{i}.attn_q.bias", np.zeros(N_EMBD, dtype=np.float32))
        w.add_tensor(f"blk.{i}.attn_k.bias", np.zeros(kv, dtype=np.float32))
        w.add_tensor(f"blk.{i}.attn_v.bias", np.zeros(kv, dtype=np.float32))
        t(f"blk.{i}.attn_output.weight", N_EMBD, N_EMBD)
        w.add_tensor(f"blk.{i}.ffn_norm.weight", np.ones(N_EMBD, dtype=np.float32))
        t(f"blk.{i}.ffn_gate.weight", N_FF, N_EMBD)
        t(f"blk.{i}.ffn_up.weight", N_FF, N_EMBD)
        t(f"blk.{i}.ffn_down.weight", N_EMBD, N_FF)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    print(f"wrote {args.output} ({n_vocab} tokens, {args.output.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
