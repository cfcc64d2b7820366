#!/usr/bin/env python3
"""Validate the held-out gold files against their documents.

Checks (as listed in ../shared/eval/README.md, plus a few completeness scans):
 - JSON parses and has the required keys; id matches the file name
 - every text in dates/times/phones/emails/not_dates/not_phones/noise occurs in the decoded document
 - value shapes: dates ISO (or A/B range, A<=B, real calendar dates), times HH:MM (or HH:MM/HH:MM),
   phones E.164 (+<cc><digits>) or bare service digits
 - weekdays in parentheses inside a date text agree with the value (left side -> A, right side -> B)
 - phone values agree with the digits of their text (full-width digits normalised, extensions ignored)
 - every e-mail address in the document is listed, and nothing else
 - every "(요일)" in the document lies inside some listed date text (catches unlisted dates)
 - every phone-looking digit group in the document is covered by a phone text or a not_phones decoy
 - event date/time are gold values; contact phones are gold phones; quote speakers and first words,
   party names, and commitment texts occur in the (entity-decoded) document
 - document length 1,000-4,000 characters
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).parent
WEEK = "월화수목금토일"
REQ = [
    "id",
    "file",
    "encoding",
    "format",
    "kind",
    "reference_date",
    "dates",
    "times",
    "phones",
    "emails",
    "not_phones",
    "not_dates",
    "event",
    "parties",
    "commitments",
    "quotes",
    "contacts",
    "noise",
]
errors: list[str] = []


def err(gid, msg):
    errors.append(f"{gid}: {msg}")


def iso(s):
    return dt.date.fromisoformat(s)


def occurs_all(doc, t):
    return [m.start() for m in re.finditer(re.escape(t), doc)]


def norm(s):
    return re.sub(r"\s+", " ", unicodedata.normalize("NFKC", html.unescape(s)))


for gf in sorted((ROOT / "gold").glob("*.json")):
    g = json.loads(gf.read_text(encoding="utf-8"))
    gid = g.get("id", gf.stem)
    for k in REQ:
        if k not in g:
            err(gid, f"missing key {k}")
    if gid != gf.stem:
        err(gid, "id differs from file name")
    raw = (ROOT / g["file"]).read_bytes()
    doc = raw.decode(g["encoding"])
    if g["encoding"] != "utf-8":
        try:
            raw.decode("utf-8")
            err(gid, "declared non-utf-8 but decodes as utf-8")
        except UnicodeDecodeError:
            pass
    if not 1000 <= len(doc) <= 4000:
        err(gid, f"length {len(doc)} outside 1000-4000")
    iso(g["reference_date"])
    ndoc = norm(doc)

    # texts occur
    for k in ("dates", "times", "phones", "emails"):
        for it in g[k]:
            if it["text"] not in doc:
                err(gid, f"{k} text not in doc: {it['text']!r}")
    for k in ("not_dates", "not_phones", "noise"):
        for t in g[k]:
            if t not in doc:
                err(gid, f"{k} text not in doc: {t!r}")

    # date shapes + weekdays
    date_values = set()
    for it in g["dates"]:
        v = it["value"]
        parts = v.split("/")
        if len(parts) not in (1, 2) or not all(
            re.fullmatch(r"\d{4}-\d{2}-\d{2}", p) for p in parts
        ):
            err(gid, f"bad date value {v}")
            continue
        ds = [iso(p) for p in parts]
        if len(ds) == 2 and ds[0] > ds[1]:
            err(gid, f"range reversed {v}")
        date_values.add(v)
        wds = re.findall(r"\(([월화수목금토일])\)", it["text"])
        if len(wds) > len(ds):
            err(gid, f"more weekdays than dates in {it['text']!r}")
        for w, d in zip(wds, ds if len(wds) == len(ds) else ds[:1], strict=False):
            if WEEK[d.weekday()] != w:
                err(gid, f"weekday mismatch {it['text']!r}: {d} is {WEEK[d.weekday()]}")
        en = re.findall(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\b", it["text"])
        for w, d in zip(en, ds, strict=False):
            if d.strftime("%a") != w:
                err(gid, f"weekday mismatch {it['text']!r}")

    # every (요일) in the document is inside a listed date text
    spans = [(s, s + len(it["text"])) for it in g["dates"] for s in occurs_all(doc, it["text"])]
    for m in re.finditer(r"\([월화수목금토일]\)", doc):
        if not any(a <= m.start() and m.end() <= b for a, b in spans):
            err(
                gid,
                f"weekday at {m.start()} not inside a gold date: {doc[max(0, m.start() - 15) : m.end()]!r}",
            )

    # times
    time_values = set()
    for it in g["times"]:
        v = it["value"]
        if not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d(/([01]\d|2[0-3]):[0-5]\d)?", v):
            err(gid, f"bad time value {v}")
        time_values.add(v)

    # phones
    phone_values = set()
    for it in g["phones"]:
        v = it["value"]
        phone_values.add(v)
        t = unicodedata.normalize("NFKC", it["text"])
        digits = re.sub(r"\D", "", t)
        if v.startswith("+"):
            if not re.fullmatch(r"\+\d{7,15}", v):
                err(gid, f"bad phone value {v}")
            if t.strip().startswith("+"):
                ok = digits == v[1:]
            else:
                ok = v.startswith("+82") and digits.startswith("0") and digits[1:] == v[3:]
        else:
            ok = (
                re.fullmatch(r"\d{3,8}", v) is not None
                and digits == v
                and not digits.startswith("0")
            )
        if not ok:
            err(gid, f"phone value {v} does not match text {it['text']!r}")
    # phone-looking groups covered by a phone text or a decoy
    cover = [
        (s, s + len(t))
        for t in [p["text"] for p in g["phones"]] + g["not_phones"] + g["not_dates"]
        for s in occurs_all(doc, t)
    ]
    scan = doc
    if (
        g["format"] == "html"
    ):  # scan the page's text: <script> bodies and tags blanked, offsets kept
        scan = re.sub(
            r"<script.*?</script>|<[^>]*>", lambda m: " " * len(m.group(0)), doc, flags=re.S
        )
    cover += [
        (s, s + len(it["text"]))
        for key in ("dates", "times")
        for it in g[key]
        for s in occurs_all(doc, it["text"])
    ]
    pats = [
        r"(?<![\w.])(\+?\(?[0-9０-９]{2,4}\)?[-.)\s－]?[0-9０-９]{3,4}[-.\s－][0-9０-９]{4})(?![\w])",
        r"(?<![\w.-])[0-9０-９]{2,6}[-－][0-9０-９]{1,7}(?:[-－][0-9０-９]{1,7})?",
    ]
    for m in (m for pat in pats for m in re.finditer(pat, scan)):
        start = m.start() + (m.group(0).startswith("("))  # an opening bracket is no part of it
        if not any(a <= start and m.end() <= b for a, b in cover):
            err(gid, f"phone-like text not listed: {m.group(0)!r}")

    # emails
    found = {e.lower() for e in re.findall(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+", doc)}
    listed = {e["text"].lower() for e in g["emails"]}
    if found != listed:
        err(gid, f"emails differ: doc {sorted(found)} gold {sorted(listed)}")

    # structure consistency
    ev = g["event"]
    if ev is not None:
        if ev.get("date") and ev["date"] not in date_values:
            err(gid, f"event date {ev['date']} not a gold date value")
        if ev.get("time") and not any(
            tv == ev["time"] or tv.startswith(ev["time"] + "/") for tv in time_values
        ):
            err(gid, f"event time {ev['time']} not a gold time value")
    for c in g["contacts"]:
        if c["phone"] not in phone_values:
            err(gid, f"contact phone {c['phone']} not a gold phone")
        if c.get("name") and c["name"] not in doc:
            err(gid, f"contact name {c['name']} not in doc")
        if (
            c.get("department")
            and norm(c["department"]) not in ndoc
            and c["department"].split()[-1] not in doc
        ):
            err(gid, f"contact department {c['department']} not in doc")
    for q in g["quotes"]:
        if q["speaker"] not in doc:
            err(gid, f"quote speaker {q['speaker']} not in doc")
        if norm(q["starts_with"]) not in ndoc:
            err(gid, f"quote start not in doc: {q['starts_with']!r}")
    for p in g["parties"]:
        # The formal name may be a combination the text never writes out (a branch, or a
        # body named only by its short form), so only the aliases must occur.
        if p["name"] not in doc:
            print(f"  note {gid}: party name not written out in the text: {p['name']}")
        for n in p["aliases"]:
            if n not in doc:
                err(gid, f"party alias not in doc: {n}")
    for c in g["commitments"]:
        if norm(c) not in ndoc:
            print(f"  note {gid}: commitment paraphrased (not verbatim): {c[:40]}…")
    print(
        f"{gid}: {len(doc)} chars, {len(g['dates'])} dates, {len(g['times'])} times, "
        f"{len(g['phones'])} phones, {len(g['emails'])} emails"
    )

if errors:
    print("\nERRORS:")
    print("\n".join(errors))
    sys.exit(1)
print("all checks passed")
