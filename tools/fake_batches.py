"""The Batch API side of tools/fake_openai.py: /v1/files, /v1/batches, /v1/files/{id}/content.

Standard library only. A batch is answered at once, line by line, by the same scenario logic
as realtime completions; it reports "validating" when created and "completed" from the first
retrieve on, so a client's submit → status → collect cycle is exercised. Ids are content
hashes and times are fixed, so recorded cassettes are stable.
"""

from __future__ import annotations

import hashlib
import json
import threading
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

from fake_answers import CREATED, Reply, error

_LOCK = threading.Lock()


def _store(server: Any) -> dict[str, dict[str, Any]]:
    with _LOCK:
        if not hasattr(server, "batch_store"):
            server.batch_store = {"files": {}, "batches": {}}
        return server.batch_store  # type: ignore[no-any-return]


def _file_object(file_id: str, data: bytes, name: str, purpose: str) -> dict[str, Any]:
    return {
        "id": file_id,
        "object": "file",
        "bytes": len(data),
        "created_at": CREATED,
        "filename": name,
        "purpose": purpose,
        "status": "processed",
    }


def _multipart(handler: Any) -> tuple[dict[str, str], dict[str, tuple[str, bytes]]]:
    length = int(handler.headers.get("Content-Length") or 0)
    raw = handler.rfile.read(length) if length else b""
    head = f"Content-Type: {handler.headers.get('Content-Type', '')}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + raw)
    fields: dict[str, str] = {}
    files: dict[str, tuple[str, bytes]] = {}
    for part in message.iter_parts() if message.is_multipart() else []:
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        filename = part.get_filename()
        if filename is not None:
            files[str(name)] = (filename, payload)
        else:
            fields[str(name)] = payload.decode("utf-8")
    return fields, files


def _upload(handler: Any) -> Reply:
    fields, files = _multipart(handler)
    if "file" not in files:
        return error(400, "multipart field 'file' is missing", "invalid_request_error")
    name, data = files["file"]
    file_id = "file-" + hashlib.sha256(data).hexdigest()[:24]
    obj = _file_object(file_id, data, name, fields.get("purpose", "batch"))
    _store(handler.server)["files"][file_id] = {"object": obj, "data": data}
    return Reply(200, obj)


def _run_batch(handler: Any, body: dict[str, Any]) -> Reply:
    store = _store(handler.server)
    source = store["files"].get(body.get("input_file_id"))
    if source is None:
        return error(404, f"no file {body.get('input_file_id')!r}: upload it first", "not_found")
    lines, failed = [], 0
    for n, raw in enumerate(source["data"].decode("utf-8").splitlines()):
        if not raw.strip():
            continue
        request = json.loads(raw)
        reply = handler.server.state.complete(request.get("body") or {})
        failed += reply.status != 200
        lines.append(
            {
                "id": f"batch_req_{n}",
                "custom_id": request.get("custom_id"),
                "response": {
                    "status_code": reply.status,
                    "request_id": f"req_{n}",
                    "body": reply.body,
                },
                "error": None,
            }
        )
    output = "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines).encode("utf-8")
    out_id = "file-" + hashlib.sha256(output).hexdigest()[:24]
    store["files"][out_id] = {
        "object": _file_object(out_id, output, "output.jsonl", "batch_output"),
        "data": output,
    }
    batch_id = "batch_" + hashlib.sha256(source["object"]["id"].encode()).hexdigest()[:24]
    batch = {
        "id": batch_id,
        "object": "batch",
        "endpoint": body.get("endpoint"),
        "input_file_id": source["object"]["id"],
        "completion_window": body.get("completion_window"),
        "status": "validating",
        "output_file_id": None,
        "error_file_id": None,
        "created_at": CREATED,
        "metadata": body.get("metadata"),
        "request_counts": {"total": len(lines), "completed": len(lines) - failed, "failed": failed},
    }
    store["batches"][batch_id] = {"object": batch, "output_file_id": out_id}
    return Reply(200, dict(batch))


def _retrieve(handler: Any, batch_id: str) -> Reply:
    entry = _store(handler.server)["batches"].get(batch_id)
    if entry is None:
        return error(404, f"no batch {batch_id!r}", "not_found")
    batch = entry["object"]
    batch.update(
        status="completed", output_file_id=entry["output_file_id"], completed_at=CREATED + 60
    )
    return Reply(200, dict(batch))


def _content(handler: Any, file_id: str) -> bool:
    entry = _store(handler.server)["files"].get(file_id)
    if entry is None:
        handler._send(error(404, f"no file {file_id!r}", "not_found"))
        return True
    data = entry["data"]
    handler.send_response(200)
    handler.send_header("Content-Type", "application/octet-stream")
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)
    return True


def route(handler: Any, method: str, path: str) -> bool:
    """Answer a Batch API route; False when `path` is not one (the caller goes on)."""
    if method == "POST" and path == "/files":
        handler._send(_upload(handler))
    elif method == "POST" and path == "/batches":
        body = handler._body()
        handler._send(
            error(400, "the request body is not a JSON object", "invalid_request_error")
            if body is None
            else _run_batch(handler, body)
        )
    elif method == "GET" and path.startswith("/batches/"):
        handler._send(_retrieve(handler, path.removeprefix("/batches/")))
    elif method == "GET" and path.startswith("/files/") and path.endswith("/content"):
        return _content(handler, path.removeprefix("/files/").removesuffix("/content"))
    else:
        return False
    return True
