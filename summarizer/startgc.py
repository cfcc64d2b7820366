"""The cyclic garbage collector while a CLI process starts: no collection for its first
START_THRESHOLD young objects.

Starting `summarizer facts` creates the objects of ~100 modules (~25,000 container objects; a
cached `brief` ~70,000) that live as long as the process, and Python's collector, run every
700 new objects, scans them again and again while they load (~4 ms of a ~70 ms `facts`,
~10 ms of a cached `brief`). `pause` raises the first threshold so that a short command ends
before any collection; at the first collection the usual thresholds come back, and a long
command collects as usual from then on. The pause is counted in objects, not seconds: a run
on a slow or busy machine (or under valgrind) collects exactly as one on an idle machine.

A batch sets its own policy (summarizer.batch.heap): it ends the pause first (`resume`).
"""

from __future__ import annotations

import gc
import sys

# typing.TYPE_CHECKING without importing typing (see summarizer.lazy)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

# Young container objects before the first collection: a cached `brief` makes ~70,000.
START_THRESHOLD = 200_000

_usual: tuple[int, int, int] | None = None  # the thresholds the pause replaced, while it lasts


def pause() -> None:
    """No collection for the next START_THRESHOLD young objects, then the usual thresholds."""
    global _usual
    if _usual is not None:
        return
    _usual = gc.get_threshold()
    gc.set_threshold(START_THRESHOLD, *_usual[1:])
    if _on_collect not in gc.callbacks:
        gc.callbacks.append(_on_collect)
        if sys.unraisablehook is not _unraisable:
            _hooks.append(sys.unraisablehook)
            sys.unraisablehook = _unraisable


def resume() -> None:
    """The usual thresholds again (nothing when no pause is on or another policy was set)."""
    _restore()
    if _on_collect in gc.callbacks:
        gc.callbacks.remove(_on_collect)
    if sys.unraisablehook is _unraisable and _hooks:
        sys.unraisablehook = _hooks.pop()


def paused() -> bool:
    return _usual is not None


def _restore() -> None:
    global _usual
    usual, _usual = _usual, None
    if usual is not None and gc.get_threshold()[0] == START_THRESHOLD:
        gc.set_threshold(*usual)


def _on_collect(phase: str, info: dict[str, Any]) -> None:
    """The first collection ends the pause (`gc` calls on: the callback stays, idle, until
    `resume`, as removing it here would skip the next callback once)."""
    if phase == "start" and _usual is not None:
        _restore()


_hooks: list[Any] = []  # the unraisable hook `pause` replaced


def _unraisable(unraisable: Any) -> None:
    """Ctrl-C that lands while the callback runs is raised in it, and gc drops (only prints)
    what a callback raises: the run went on as if no key had been pressed. It happens when
    the signal comes during C code that allocates (an import's unmarshalling, a big list): the
    callback is then the first Python code to run. The interrupt is sent again a moment later
    from a timer thread (sent now, it would land in this hook, which drops it too), until it
    lands outside a callback; anything else goes to the hook as before."""
    exc_type = getattr(unraisable, "exc_type", None)
    if (
        getattr(unraisable, "object", None) is _on_collect
        and exc_type is not None
        and issubclass(exc_type, KeyboardInterrupt)
    ):
        import _thread
        import threading

        again = threading.Timer(0.01, _thread.interrupt_main)
        again.daemon = True
        again.start()
        return
    (_hooks[-1] if _hooks else sys.__unraisablehook__)(unraisable)


__all__ = ["START_THRESHOLD", "pause", "paused", "resume"]
