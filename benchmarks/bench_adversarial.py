"""extract_facts on ADVERSARIAL text: does any family of odd input grow faster than its size?

    uv run python benchmarks/bench_adversarial.py                      # every family, 10k 100k 1M
    uv run python benchmarks/bench_adversarial.py --sizes 10000 100000 # other sizes
    uv run python benchmarks/bench_adversarial.py --only cue_협약 html_nested
    uv run python benchmarks/bench_adversarial.py --list               # the families

`bench_scale.py` times the bundled releases repeated; a regex that backtracks or a reader that
rescans a line per item stays invisible there and hangs a batch on one odd file. Each family
below is a generator of invented text (no real page's text): a 300 KB line with no space, no
full stop, unbalanced brackets and quotes, a cue word repeated thousands of times, thousands of
names joined by `·`, CR-only lines, control characters, 20 MiB of nested HTML tags, ...

Each family and size runs in its own process with a timeout (60 s): the document is built,
read with `read_document` (from bytes, so HTML is reduced as a user's file would be) and given
to `extract_facts` (after an untimed warm-up on 2,000 characters of the same family, which
imports and compiles what the family asks). Printed per family: CPU seconds per size (read + extract), the growth ratio
between sizes, and FLAG where
  - the time grows clearly faster than the size (10x size -> more than 25x time, judged only
    when the larger run takes over 0.2 s, below which a ratio is noise),
  - a run exceeds the budget (5 s for 1M characters, in proportion for other sizes, never
    below 0.2 s) or the timeout,
  - a run raises anything but InputError (class and first line printed): bad input must get
    a clear one-line error, never a traceback.
After a timeout the family's larger sizes are not run (they would time out too).
"""

from __future__ import annotations

import contextlib
import json
import random
import subprocess
import sys
import time
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZES = (10_000, 100_000, 1_000_000)
TIMEOUT = 60.0
BUDGET_PER_MILLION = 5.0  # CPU seconds for 1M characters
GROWTH_FLAG = 2.5  # time ratio over size ratio (10x size -> 25x time)
NOISE_FLOOR = 0.2  # seconds: below this a growth ratio or the budget is not judged
WARM_UP = 2_000  # characters of the family run first, untimed

# -- invented material --------------------------------------------------------------------

_SYL = [chr(c) for c in range(0xAC00, 0xAC00 + 11172, 37)]  # a spread of Hangul syllables
_ORG_TAILS = ("시청", "군청", "공사", "재단", "협회", "대학교", "연구원", "주식회사", "센터")
_CUES = ("협약", "체결", "MOU", "signed", "「", "▲", "전화")


def _rng(family: str, size: int) -> random.Random:
    return random.Random(f"{family}:{size}")


def _word(r: random.Random, lo: int = 2, hi: int = 4) -> str:
    return "".join(r.choice(_SYL) for _ in range(r.randint(lo, hi)))


def _org(r: random.Random) -> str:
    return _word(r) + r.choice(_ORG_TAILS)


def _fill(size: int, unit: Callable[[int], str], sep: str = "") -> str:
    """Units joined by `sep` until `size` characters, cut at `size`."""
    parts: list[str] = []
    total, i = 0, 0
    while total < size:
        u = unit(i)
        parts.append(u)
        total += len(u) + len(sep)
        i += 1
    return sep.join(parts)[:size]


def _sentence(r: random.Random, i: int) -> str:
    """An invented release-like sentence (parties, a date, a phone, a quote in turn)."""
    a, b = _org(r), _org(r)
    kind = i % 5
    if kind == 0:
        return (
            f"{a}와 {b}는 {1 + i % 12}월 {1 + i % 28}일 {_word(r)} 협력을 위한 업무협약을 체결했다."
        )
    if kind == 1:
        return f"이번 협약으로 양 기관은 {_word(r)} {_word(r)} 분야에서 공동 사업을 추진한다."
    if kind == 2:
        return f'{_word(r, 2, 3)} {a} 대표는 "{_word(r)} 발전에 힘쓰겠다"고 말했다.'
    if kind == 3:
        return f"문의: {a} {_word(r)}팀 (02-{r.randint(200, 999)}-{r.randint(1000, 9999)})"
    return f"협약식은 {a} 본관 {r.randint(1, 20)}층 대회의실에서 오후 {1 + i % 5}시에 열렸다."


# -- the families: name -> generator of text (encoded as UTF-8) or of raw bytes ------------

Gen = Callable[[str, int], str | bytes]
FAMILIES: dict[str, Gen] = {}


def family(name: str) -> Callable[[Gen], Gen]:
    def put(gen: Gen) -> Gen:
        FAMILIES[name] = gen
        return gen

    return put


@family("release_like")
def _release_like(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: _sentence(r, i), "\n")


@family("release_one_line")
def _release_one_line(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: _sentence(r, i), " ")


@family("no_space_hangul")
def _no_space_hangul(name: str, size: int) -> str:
    r = _rng(name, size)
    return "".join(r.choice(_SYL) for _ in range(size))


@family("no_space_ascii")
def _no_space_ascii(name: str, size: int) -> str:
    r = _rng(name, size)
    return "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(size))


@family("no_full_stop")
def _no_full_stop(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: _word(r) + r.choice(("은", "는", "을", "와", "의", "")), " ")


@family("brackets_open")
def _brackets_open(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: r.choice("([{<「『【〈《（") + _word(r), " ")


@family("brackets_close")
def _brackets_close(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: _word(r) + r.choice(")]}>」』】〉》）"), " ")


@family("deep_nesting")
def _deep_nesting(name: str, size: int) -> str:
    half = size // 2 - 2
    return "(" * half + "협약" + ")" * half


@family("quotes_unbalanced")
def _quotes_unbalanced(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: r.choice("\"“‘'") + _word(r) + " " + _word(r) + "고", " ")


@family("quotes_many_one_line")
def _quotes_many(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: f'"{_word(r)} {_word(r)}"라고 {_word(r, 2, 3)} 대표는 말했다', " ")


@family("table_one_line")
def _table_one_line(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: f"| {_org(r)} | {_word(r)} | 2025.{1 + i % 12}.{1 + i % 28} ", "")


@family("table_tabs")
def _table_tabs(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(
        size,
        lambda i: f"{_org(r)}\t{_word(r)}\t02-{r.randint(200, 999)}-{r.randint(1000, 9999)}",
        "\t" if r.random() < 0.9 else "\n",
    )


for _cue in _CUES:

    def _cue_gen(name: str, size: int, cue: str = _cue) -> str:
        return _fill(size, lambda i: cue, " ")

    def _cue_words(name: str, size: int, cue: str = _cue) -> str:
        r = _rng(name, size)
        return _fill(size, lambda i: f"{_org(r)} {cue}", " ")

    family(f"cue_{_cue}")(_cue_gen)
    family(f"cue_{_cue}_with_names")(_cue_words)


@family("names_middot")
def _names_middot(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: _org(r), "·") + "는 업무협약을 체결했다."


@family("names_comma")
def _names_comma(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: _org(r), ", ") + " 등이 협약을 체결했다."


@family("names_lines")
def _names_lines(name: str, size: int) -> str:
    r = _rng(name, size)
    return "협약 참여 기관\n" + _fill(size, lambda i: f"- {_org(r)} 대표 {_word(r, 2, 3)}", "\n")


@family("digits_dots")
def _digits_dots(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: str(r.randint(0, 2099)), ".")


@family("digits_only")
def _digits_only(name: str, size: int) -> str:
    r = _rng(name, size)
    return "".join(r.choice("0123456789") for _ in range(size))


@family("dates_one_line")
def _dates_one_line(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(
        size, lambda i: f"{r.randint(2000, 2030)}년 {r.randint(1, 12)}월 {r.randint(1, 28)}일", ", "
    )


@family("phones_one_line")
def _phones_one_line(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(
        size,
        lambda i: f"전화 0{r.randint(2, 70)}-{r.randint(200, 9999)}-{r.randint(1000, 9999)}",
        " / ",
    )


@family("emails_one_line")
def _emails_one_line(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(
        size,
        lambda i: f"{''.join(r.choices('abcxyz', k=6))}@{''.join(r.choices('mnop', k=5))}.kr",
        " ",
    )


@family("times_one_line")
def _times_one_line(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(
        size,
        lambda i: (
            f"오후 {r.randint(1, 12)}시 {r.randint(0, 59)}분~{r.randint(0, 23)}:{r.randint(10, 59)}"
        ),
        " ",
    )


@family("crlf_only")
def _crlf_only(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: _sentence(r, i), "\r\n")


@family("cr_only")
def _cr_only(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: _sentence(r, i), "\r")


@family("blank_lines")
def _blank_lines(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: _word(r) if i % 50 == 0 else "", "\n")


@family("bullets_lines")
def _bullets_lines(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(size, lambda i: r.choice("▲△■□○●-*·") + " " + _word(r), "\n")


@family("control_chars")
def _control_chars(name: str, size: int) -> str:
    r = _rng(name, size)
    ctl = [chr(c) for c in range(1, 32) if c not in (9, 10, 13)] + ["\x7f", "\u200b", "\ufeff"]
    return _fill(size, lambda i: _word(r) + r.choice(ctl), "")


@family("nul_bytes")
def _nul_bytes(name: str, size: int) -> bytes:
    r = _rng(name, size)
    return _fill(size, lambda i: _sentence(r, i) + "\x00", "").encode("utf-8")


@family("mixed_scripts")
def _mixed_scripts(name: str, size: int) -> str:
    r = _rng(name, size)
    pools = (
        _SYL,
        list("abcdefXYZ"),
        list("協約締結大學"),
        list("дгжфы"),
        list("سلام"),
        ["😀", "🤝"],
    )
    return _fill(
        size, lambda i: "".join(r.choice(r.choice(pools)) for _ in range(r.randint(1, 6))), " "
    )


@family("long_url")
def _long_url(name: str, size: int) -> str:
    r = _rng(name, size)
    return "https://" + "".join(r.choice("abc/.-_=?&%0123") for _ in range(size - 8))


@family("nfd_hangul")
def _nfd_hangul(name: str, size: int) -> str:
    import unicodedata

    r = _rng(name, size)
    return unicodedata.normalize("NFD", _fill(size, lambda i: _sentence(r, i), "\n"))[:size]


@family("fullwidth_forms")
def _fullwidth_forms(name: str, size: int) -> str:
    r = _rng(name, size)
    wide = str.maketrans("0123456789.:-()~", "０１２３４５６７８９．：－（）～")
    return _fill(size, lambda i: _sentence(r, i).translate(wide), "\n")


@family("bad_dates")
def _bad_dates(name: str, size: int) -> str:
    r = _rng(name, size)
    num = (0, 13, 29, 30, 31, 32, 99, 2024, 10**12, 9999999999999999999999)

    def unit(i: int) -> str:
        y, m, d = r.choice(num), r.choice(num), r.choice(num)
        return r.choice(
            (f"{y}년 {m}월 {d}일", f"{y}.{m}.{d}.", f"{m}월 {d}일({r.choice('월화수')})",
             f"{y}-{m}-{d}", f"{m}/{d}", f"지난 {d}일", f"{m}월 {d}일부터 {d}일까지")
        )  # fmt: skip

    return _fill(size, unit, " 협약을 체결했다. ")


@family("bad_times")
def _bad_times(name: str, size: int) -> str:
    r = _rng(name, size)
    num = (0, 12, 24, 25, 60, 61, 99, 10**15)
    return _fill(
        size,
        lambda i: r.choice(
            (
                f"오후 {r.choice(num)}시 {r.choice(num)}분",
                f"{r.choice(num)}:{r.choice(num)}",
                f"{r.choice(num)}시~{r.choice(num)}시",
                f"오전 {r.choice(num)}시 반",
            )
        ),
        " 협약식. ",
    )


@family("long_digit_phone")
def _long_digit_phone(name: str, size: int) -> str:
    r = _rng(name, size)
    return _fill(
        size, lambda i: "전화 0" + "".join(r.choices("0123456789-", k=r.randint(5, 400))), " "
    )


@family("huge_amounts")
def _huge_amounts(name: str, size: int) -> str:
    r = _rng(name, size)
    units = ("억 원", "원", "달러", "만 원", "%")
    return _fill(size, lambda i: f"사업비는 {'9' * r.randint(1, 6000)}{r.choice(units)}이다.", " ")


@family("invalid_utf8")
def _invalid_utf8(name: str, size: int) -> bytes:
    r = _rng(name, size)
    good = _fill(size, lambda i: _sentence(r, i), "\n").encode("utf-8")
    out = bytearray(good[: size * 2])
    for _ in range(max(1, len(out) // 50)):  # a broken byte every ~50
        out[r.randrange(len(out))] = r.choice((0x80, 0xC3, 0xED, 0xFF, 0xFE))
    return bytes(out)


@family("utf16_text")
def _utf16_text(name: str, size: int) -> bytes:
    r = _rng(name, size)
    return _fill(size, lambda i: _sentence(r, i), "\r\n").encode("utf-16")


@family("html_entities")
def _html_entities(name: str, size: int) -> bytes:
    r = _rng(name, size)
    refs = ("&#0;", "&#xD800;", "&#x110000;", "&#99999999999;", "&amp;", "&nbsp;", "&#x1F91D;",
            "&bogus;", "&#65", "&lt;p&gt;", "&#x;")  # fmt: skip
    body = _fill(size, lambda i: f"<p>{_sentence(r, i)}{r.choice(refs)}{_word(r)}</p>", "")
    return f"<html><body>{body}</body></html>".encode()


@family("html_meta_dates")
def _html_meta_dates(name: str, size: int) -> bytes:
    r = _rng(name, size)
    metas = (
        '<meta property="article:published_time" content="9999-99-99T99:99:99">',
        '<meta name="date" content="2025-13-45">',
        '<time datetime="0000-00-00">x</time>',
        '<meta property="article:published_time" content="">',
    )
    head = "".join(r.choice(metas) for _ in range(max(1, size // 400)))
    body = _fill(size // 2, lambda i: f"<p>{_sentence(r, i)}</p>", "")
    return f"<html><head>{head}</head><body>{body}</body></html>".encode()


@family("html_nested")
def _html_nested(name: str, size: int) -> bytes:
    depth = max(1, (size - 60) // 11)
    body = "<div>" * depth + "협약 체결" + "</div>" * depth
    return f"<html><head><title>t</title></head><body>{body}</body></html>".encode()


@family("html_unclosed")
def _html_unclosed(name: str, size: int) -> bytes:
    r = _rng(name, size)
    body = _fill(size, lambda i: f"<p><span>{_sentence(r, i)}<b>", "")
    return f"<html><body>{body}</body></html>".encode()


@family("html_table")
def _html_table(name: str, size: int) -> bytes:
    r = _rng(name, size)
    rows = _fill(size, lambda i: f"<tr><td>{_org(r)}</td><td>{_word(r)}</td></tr>", "")
    return f"<html><body><table>{rows}</table></body></html>".encode()


@family("html_release")
def _html_release(name: str, size: int) -> bytes:
    r = _rng(name, size)
    body = _fill(size, lambda i: f"<p>{_sentence(r, i)}</p>", "\n")
    return f"<html><body><article>{body}</article></body></html>".encode()


# -- running ---------------------------------------------------------------------------------


def _one(name: str, size: int) -> None:
    sys.path.insert(0, str(ROOT))
    from summarizer import extract_facts, read_document
    from summarizer.errors import InputError

    gen = FAMILIES[name]
    # Warm up: the modules and patterns the family's text asks are imported and compiled on
    # first use; a small document of the same family pays for that outside the timing.
    warm = gen(name, WARM_UP)
    with contextlib.suppress(InputError):
        extract_facts(read_document(warm if isinstance(warm, bytes) else warm.encode()))
    made = gen(name, size)
    data = made if isinstance(made, bytes) else made.encode("utf-8")
    row: dict[str, object] = {"family": name, "size": size, "bytes": len(data)}
    cpu = time.process_time()
    try:
        doc = read_document(data, name=f"<{name}>")
        row["read"] = time.process_time() - cpu
        facts = extract_facts(doc, reference_date="2025-10-14")
        row["facts"] = len(facts.facts)
    except InputError as exc:
        row["input_error"] = str(exc).splitlines()[0][:120]
    except Exception as exc:
        row["error"] = f"{type(exc).__name__}: {(str(exc).splitlines() or [''])[0][:120]}"
    row["cpu"] = time.process_time() - cpu
    print(json.dumps(row, ensure_ascii=False))


def _run(name: str, size: int) -> dict[str, object]:
    try:
        out = subprocess.run(
            [sys.executable, __file__, "--one", name, str(size)],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    except subprocess.TimeoutExpired:
        return {"family": name, "size": size, "timeout": True, "cpu": TIMEOUT}
    if out.returncode != 0 or not out.stdout.strip():
        last = (out.stderr.strip().splitlines() or ["no output"])[-1]
        return {"family": name, "size": size, "error": f"crashed: {last[:120]}", "cpu": 0.0}
    row: dict[str, object] = json.loads(out.stdout.strip().splitlines()[-1])
    return row


def _flags(rows: list[dict[str, object]]) -> list[str]:
    flags: list[str] = []
    errors: dict[str, list[str]] = {}  # an exception once, with the sizes that raised it
    previous: dict[str, object] | None = None
    for row in rows:
        size, cpu = int(row["size"]), float(row["cpu"])  # type: ignore[arg-type]
        if row.get("timeout"):
            flags.append(f"timeout>{TIMEOUT:.0f}s@{size:,}")
        elif cpu > BUDGET_PER_MILLION * size / 1_000_000 and cpu > NOISE_FLOOR:
            flags.append(f"over budget@{size:,}")
        if row.get("error"):
            errors.setdefault(str(row["error"]), []).append(f"{size:,}")
        if previous is not None and not row.get("timeout") and cpu > NOISE_FLOOR:
            growth = cpu / max(float(previous["cpu"]), 1e-3)  # type: ignore[arg-type]
            if growth > GROWTH_FLAG * size / int(previous["size"]):  # type: ignore[call-overload]
                flags.append(f"grows {growth:.0f}x for {size // int(previous['size'])}x")  # type: ignore[call-overload]
        previous = row
    return flags + [f"{error}@{'/'.join(sizes)}" for error, sizes in errors.items()]


def main(argv: list[str]) -> int:
    if argv[:1] == ["--one"]:
        _one(argv[1], int(argv[2]))
        return 0
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    if "--list" in argv:
        print("\n".join(FAMILIES))
        return 0
    sizes, only, key = list(SIZES), [], None
    chosen: dict[str, list[str]] = {"--sizes": [], "--only": []}
    for a in argv:
        if a in chosen:
            key = a
        elif key is None:
            print(f"Error: unknown argument {a!r} (see --help)", file=sys.stderr)
            return 2
        else:
            chosen[key].append(a)
    try:
        sizes = [int(s) for s in chosen["--sizes"]] or sizes
    except ValueError:
        print(f"Error: sizes are whole numbers of characters: {chosen['--sizes']}", file=sys.stderr)
        return 2
    only = chosen["--only"]
    unknown = [n for n in only if n not in FAMILIES]
    if unknown:
        print(f"Error: no family {', '.join(unknown)} (see --list)", file=sys.stderr)
        return 2
    names = only or list(FAMILIES)
    head = "".join(f"{f'{s:,}':>11}" for s in sizes)
    print(f"{'family':<24}{head}  {'growth':<16}flags   (CPU s: read_document + extract_facts)")
    flagged = 0
    for name in names:
        rows: list[dict[str, object]] = []
        for size in sizes:
            row = _run(name, size)
            rows.append(row)
            if row.get("timeout"):
                break
        cells = "".join(
            f"{'>' + str(int(TIMEOUT)) if r.get('timeout') else format(float(r['cpu']), '.2f'):>11}"  # type: ignore[arg-type]
            for r in rows
        )
        cells += " " * 11 * (len(sizes) - len(rows))
        growth = "/".join(
            f"{float(b['cpu']) / max(float(a['cpu']), 1e-3):.1f}x"  # type: ignore[arg-type]
            for a, b in pairwise(rows)
            if not b.get("timeout")
        )
        flags = _flags(rows)
        notes = [f"InputError: {r['input_error']}" for r in rows[-1:] if r.get("input_error")]
        flagged += bool(flags)
        print(
            f"{name:<24}{cells}  {growth or '-':<16}{'FLAG ' + '; '.join(flags) if flags else ''}"
            f"{'  ' + notes[0] if notes else ''}",
            flush=True,
        )
    print(f"{flagged} of {len(names)} families flagged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
