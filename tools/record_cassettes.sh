#!/usr/bin/env bash
# Re-record every cassette against tools/fake_openai.py on 127.0.0.1:8765.
#
#   tools/record_cassettes.sh                 # all cassette tests (stale cassettes removed first)
#   tools/record_cassettes.sh -k truncated    # some tests only (other cassettes kept)
#
# The test fixtures switch the server to each test's scenario (POST /_scenario) before its
# cassette opens, so one server run covers every scenario. Then replays them once, offline.
set -euo pipefail
cd "$(dirname "$0")/.."

HOST=127.0.0.1
PORT=8765
if python3 - "$HOST" "$PORT" <<'PY'
import socket, sys
s = socket.socket()
sys.exit(0 if s.connect_ex((sys.argv[1], int(sys.argv[2]))) == 0 else 1)
PY
then
  echo "Error: $HOST:$PORT is already in use: stop whatever listens there (the cassettes need that address)" >&2
  exit 1
fi

python3 tools/fake_openai.py --host "$HOST" --port "$PORT" &
SERVER=$!
trap 'kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true' EXIT

python3 - "$HOST" "$PORT" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(f"http://{sys.argv[1]}:{sys.argv[2]}/v1/models", timeout=1)
        break
    except OSError:
        time.sleep(0.1)
else:
    sys.exit("Error: the fake server did not start")
PY

if [ "$#" -eq 0 ]; then
  rm -f cassettes/*.yaml  # tests that were renamed or removed leave no stale cassette
fi
# Only the fake server: never a key or base URL from the caller's environment.
# A failed assertion still writes its cassette: record everything, then judge the replay.
recorded=0
env -u OPENAI_API_KEY -u OPENAI_BASE_URL -u SUMMARIZER_MODEL -u SUMMARIZER_MODE \
  uv run pytest tests/cassette_tests --ignore=tests/cassette_tests/test_local_server.py --record-mode=rewrite -p no:cacheprovider -q "$@" || recorded=$?
if [ "$#" -eq 0 ]; then
  # The Batch API cassettes carry the prompt version in their ids: re-record them with the rest.
  env -u OPENAI_API_KEY -u OPENAI_BASE_URL -u SUMMARIZER_MODEL -u SUMMARIZER_MODE \
    uv run pytest tests/batch/test_batch_api.py --record-mode=rewrite -p no:cacheprovider -q || recorded=$?
fi
kill "$SERVER" 2>/dev/null || true
echo "--- replaying offline" >&2
uv run pytest tests/cassette_tests --block-network -p no:cacheprovider -q "$@"
if [ "$#" -eq 0 ]; then
  uv run pytest tests/batch/test_batch_api.py --block-network -p no:cacheprovider -q
fi
exit "$recorded"
