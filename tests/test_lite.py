"""summarizer.lite.dataclass makes the class dataclasses.dataclass makes, for what it supports,
and refuses the rest."""

from __future__ import annotations

import dataclasses
import inspect
from typing import Any, ClassVar

import pytest

from summarizer import lite


def _pair(frozen: bool, slots: bool) -> tuple[type, type]:
    """The same invented class made by dataclasses and by lite."""
    made = []
    for make in (dataclasses.dataclass, lite.dataclass):

        class 가람:
            """An invented record."""

            name: str
            count: int
            aliases: list[str] = dataclasses.field(default_factory=list)
            note: str | None = None

            def first(self) -> str:
                return self.aliases[0] if self.aliases else self.name

        made.append(make(frozen=frozen, slots=slots)(가람))  # type: ignore[call-overload]
    return made[0], made[1]


MODES = [(False, False), (False, True), (True, False), (True, True)]


@pytest.mark.parametrize(("frozen", "slots"), MODES)
def test_instances_behave_as_dataclass_makes_them(frozen: bool, slots: bool) -> None:
    real, light = _pair(frozen, slots)
    for cls in (real, light):
        assert dataclasses.is_dataclass(cls)
    a, b = real("누리재단", 2), light("누리재단", 2)
    assert repr(a) == repr(b)
    assert repr(b).endswith(".가람(name='누리재단', count=2, aliases=[], note=None)")
    assert [f.name for f in dataclasses.fields(a)] == [f.name for f in dataclasses.fields(b)]
    assert [(f.default, f.default_factory) for f in dataclasses.fields(a)] == [
        (f.default, f.default_factory) for f in dataclasses.fields(b)
    ]
    assert real.__match_args__ == light.__match_args__  # type: ignore[attr-defined]
    assert b.aliases == [] and b.aliases is not light("별빛㈜", 1).aliases
    assert light("별빛㈜", 1, ["별빛"], note="x") == light(
        name="별빛㈜", count=1, aliases=["별빛"], note="x"
    )
    assert b != light("누리재단", 3) and b.__eq__(a) is NotImplemented
    assert b.first() == "누리재단"
    assert dataclasses.asdict(a) == dataclasses.asdict(b)
    assert repr(dataclasses.replace(b, count=5)) == repr(dataclasses.replace(a, count=5))
    assert list(inspect.signature(real).parameters) == list(inspect.signature(light).parameters)
    assert [p.default for p in inspect.signature(real).parameters.values()][-1] is None
    assert hasattr(light, "__slots__") == hasattr(real, "__slots__") == slots
    assert light.__qualname__ == real.__qualname__
    if frozen:
        x, y = real("누리재단", 2, ()), light("누리재단", 2, ())  # (a list field: no hash)
        assert hash(x) == hash(y) == hash(("누리재단", 2, (), None))
        for obj in (a, b):
            with pytest.raises(dataclasses.FrozenInstanceError):
                obj.count = 3
            with pytest.raises(dataclasses.FrozenInstanceError):
                del obj.count
    else:
        assert real.__hash__ is None and light.__hash__ is None
        b.count = 4
        assert b.count == 4
    if slots and not frozen:
        for obj in (a, b):
            with pytest.raises(AttributeError):
                obj.other = 1
    if slots and frozen:  # (what pickle asks of a frozen class with slots)
        state = light("가람시", 7, ("가람",)).__getstate__()
        assert state == real("가람시", 7, ("가람",)).__getstate__()
        copy = object.__new__(light)
        copy.__setstate__(state)
        assert copy == light("가람시", 7, ("가람",))


def _refused(make: Any) -> None:
    with pytest.raises((TypeError, ValueError)):
        make()


def test_what_it_does_not_make_is_refused() -> None:
    def class_var() -> None:
        class A:
            x: ClassVar[int] = 1

        lite.dataclass(A)

    def post_init() -> None:
        class A:
            x: int

            def __post_init__(self) -> None:
                pass

        lite.dataclass(A)

    def based() -> None:
        class Base:
            pass

        class A(Base):
            x: int

        lite.dataclass(A)

    def no_init() -> None:
        class A:
            x: int = dataclasses.field(default=0, init=False)

        lite.dataclass(A)

    def mutable_default() -> None:
        class A:
            x: list[int] = []  # noqa: RUF012

        lite.dataclass(A)

    def default_first() -> None:
        class A:
            x: int = 0
            y: int

        lite.dataclass(A)

    for make in (class_var, post_init, based, no_init, mutable_default, default_first):
        _refused(make)


def test_the_rule_modules_classes_are_dataclasses() -> None:
    from summarizer.facts.resolve import Parts, Reference
    from summarizer.structure.candidate import Cand

    assert repr(Parts(3, 7)) == "Parts(day=3, month=7, year=None, weekday=None, anchor=None)"
    assert Reference(2025, 3) == Reference(2025, 3, None) and len({Reference(2025, 3)}) == 1
    cand = dataclasses.replace(Cand(name="누리재단"), why="caption")
    assert (cand.name, cand.aliases, cand.why) == ("누리재단", [], "caption")
