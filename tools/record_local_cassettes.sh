#!/usr/bin/env bash
# Re-record cassettes/llama-cpp/ against a REAL llama.cpp server (three instances: contexts
# 8192, 4096 and 2048), serving the tiny untrained GGUF of tools/make_tiny_gguf.py or any model.
#
#   LLAMA_SERVER=/path/to/llama-server MODEL=tiny-qwen2.gguf tools/record_local_cassettes.sh
#
# Build llama-server once from the sources vendored in the llama-cpp-python sdist (about
# 30 minutes on 2 cores; see cassettes/README.md). CI never builds it: it replays.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${LLAMA_SERVER:?set LLAMA_SERVER to the llama-server binary}"
: "${MODEL:?set MODEL to a GGUF file}"
THREADS="${THREADS:-2}"

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT
start() {  # port context
  "$LLAMA_SERVER" -m "$MODEL" --host 127.0.0.1 --port "$1" -c "$2" -np 1 -t "$THREADS" \
    >"/tmp/llama-server-$1.log" 2>&1 &
  pids+=("$!")
}
start 8081 8192
start 8082 2048
start 8083 4096
for port in 8081 8082 8083; do
  for _ in $(seq 1 120); do
    if curl -sf "http://127.0.0.1:$port/health" >/dev/null; then break; fi
    sleep 1
  done
done

mkdir -p cassettes/llama-cpp
rm -f cassettes/llama-cpp/*.yaml
recorded=0
env -u OPENAI_API_KEY -u OPENAI_BASE_URL -u SUMMARIZER_MODEL -u SUMMARIZER_MODE \
  SUMMARIZER_LLAMA_URL=http://127.0.0.1:8081/v1 \
  SUMMARIZER_LLAMA_SMALL_URL=http://127.0.0.1:8082/v1 \
  SUMMARIZER_LLAMA_MID_URL=http://127.0.0.1:8083/v1 \
  uv run pytest tests/cassette_tests/test_local_server.py --record-mode=rewrite -p no:cacheprovider -q \
  || recorded=$?
echo "--- replaying offline" >&2
uv run pytest tests/cassette_tests/test_local_server.py --block-network -p no:cacheprovider -q
exit "$recorded"
