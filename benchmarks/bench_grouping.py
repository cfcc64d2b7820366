"""Time to group 1,000 reports into events, beyond reading them (reading + facts not counted).

Run: uv run python benchmarks/bench_grouping.py [--docs 1000] [--rounds 3]

The reports are generated from templates we wrote (invented local governments, banks and
agencies; a release, a wire story and regional papers per event; look-alike announcements),
so the figure needs nothing outside the repository. Prints the best of `--rounds` runs and the
pairwise precision/recall against the generator's own event labels.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta
from itertools import combinations

from summarizer import extract_facts, group_events, read_document
from summarizer.models import SummaryResult

STEMS = [
    "가람",
    "나래",
    "다온",
    "라온",
    "마루",
    "바다",
    "사랑",
    "아라",
    "자람",
    "차오",
    "하늘",
    "한빛",
    "누리",
    "새봄",
    "솔빛",
    "온새",
    "이음",
    "푸른",
    "해솔",
    "여울",
]
KINDS = ["군", "시", "구"]
BODIES = ["은행", "재단", "공단", "진흥원", "병원", "대학교"]
TOPICS = [
    ("농특산물 직거래 장터 운영", "청소년 문화 교류"),
    ("중소기업 금융 지원", "창업 보증 우대"),
    ("의료 서비스 제공", "임직원 건강 검진"),
    ("관광 홍보 협력", "축제 공동 개최"),
    ("탄소중립 공동 연구", "에너지 효율 개선"),
]
HEADS = ["김", "이", "박", "최", "정", "윤", "한", "조"]


def _party(rng: random.Random) -> str:
    stem = rng.choice(STEMS) + rng.choice(STEMS)
    return stem + rng.choice(KINDS if rng.random() < 0.5 else BODIES)


def _release(a: str, b: str, day: date, topic: tuple[str, str], head: str) -> str:
    return (
        f"보도자료\n보도시점 {day.year}. {day.month}. {day.day}. 10:00\n"
        f"{a}-{b}, {topic[0]} 업무협약 체결\n"
        f"{a}(대표 {head})는 {day.month}월 {day.day}일 본관 회의실에서 {b}와 업무협약을 체결했다.\n"
        f"양 기관은 △{topic[0]} △{topic[1]}에 협력하기로 했다.\n"
        f"담당 부서 대외협력과 주무관 홍길순 (02-3456-7890)\n"
    )


def _wire(a: str, b: str, day: date, topic: tuple[str, str], head: str) -> str:
    return (
        f"(서울=연합뉴스) 한기자 기자 = {b}는 {day.day}일 {a}와 {topic[0]}을 위한 업무협약을 맺었다고 밝혔다.\n"
        f'두 기관은 {topic[1]}에도 힘을 모으기로 했다. {head} 대표는 "함께 성장하겠다"고 말했다.\n'
        f"<저작권자(c) 연합뉴스, 무단 전재-재배포 금지>\n"
    )


def _paper(a: str, b: str, day: date, topic: tuple[str, str], head: str) -> str:
    shift = day + timedelta(days=1)
    return (
        f"[지역일보] {a}이 {b}와 손을 잡았다.\n"
        f"{a}은 {shift.day}일 {b}와 {topic[0]} 협약을 체결하고 {topic[1]}을 추진하기로 했다.\n"
        f"저작권자 © 지역일보 무단전재 및 재배포 금지\n"
    )


def _lookalike(a: str, day: date, topic: tuple[str, str]) -> str:
    return (
        f"입력 {day.year}.{day.month:02d}.{day.day:02d} 09:00\n"
        f"{a}, '{topic[0]}' 지원사업 운영기관 선정\n"
        f"{a}는 {day.day}일 '{topic[0]}' 지원사업 운영기관 2곳을 선정했다고 밝혔다.\n"
    )


def corpus(n: int, seed: int = 7) -> tuple[list[str], list[int]]:
    """`n` reports and their event labels."""
    rng = random.Random(seed)
    texts: list[str] = []
    labels: list[int] = []
    event = 0
    while len(texts) < n:
        a, b = _party(rng), _party(rng)
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(700))
        topic = rng.choice(TOPICS)
        head = rng.choice(HEADS) + rng.choice(STEMS)[0] + rng.choice(STEMS)[1]
        if rng.random() < 0.1:
            texts.append(_lookalike(a, day, topic))
        else:
            makers = [_release, _wire, _paper][: rng.randint(1, 3)]
            texts += [make(a, b, day, topic, head) for make in makers]
            labels += [event] * (len(makers) - 1)
        labels.append(event)
        event += 1
    return texts[:n], labels[:n]


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    texts, labels = corpus(args.docs)
    start = time.perf_counter()
    results = []
    for i, text in enumerate(texts):
        doc = read_document(text.encode("utf-8"))
        facts = extract_facts(doc)
        facts.source.path = f"report-{i:04d}.txt"
        results.append(SummaryResult(mode="offline", facts=facts))
    by_sha = {r.facts.source.sha256: t for r, t in zip(results, texts, strict=True)}
    read = time.perf_counter() - start
    best = cpu = float("inf")
    grouping = None
    for _ in range(args.rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        grouping = group_events(results, texts=by_sha)
        best = min(best, time.perf_counter() - t0)
        cpu = min(cpu, time.process_time() - c0)
    assert grouping is not None
    got = {
        frozenset((a.path, b.path)) for e in grouping.events for a, b in combinations(e.sources, 2)
    }
    paths = [r.facts.source.path for r in results]
    want = {
        frozenset((paths[i], paths[j]))
        for i, j in combinations(range(len(paths)), 2)
        if labels[i] == labels[j]
    }
    tp = len(got & want)
    print(f"{len(results)} documents read and extracted in {read:.2f} s (not counted)")
    print(
        f"grouping: {best:.3f} s wall, {cpu:.3f} s CPU (best of {args.rounds}) -> "
        f"{len(grouping.events)} events; "
        f"pairwise precision {tp / max(1, len(got)):.3f}, recall {tp / max(1, len(want)):.3f}"
    )


if __name__ == "__main__":
    main()
