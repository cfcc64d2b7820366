"""The CLI's start-up pause of the collector (summarizer.startgc): counted in young objects,
over at the first collection, ended by a batch, which then sets its own thresholds."""

from __future__ import annotations

import gc

from summarizer import startgc
from summarizer.batch.heap import BATCH_THRESHOLD, batch_heap


def test_the_first_collection_ends_the_pause() -> None:
    usual = gc.get_threshold()
    startgc.pause()
    try:
        assert startgc.paused() and gc.get_threshold() == (startgc.START_THRESHOLD, *usual[1:])
        gc.collect(0)  # what START_THRESHOLD young objects would trigger
        assert not startgc.paused() and gc.get_threshold() == usual
    finally:
        startgc.resume()
    assert gc.get_threshold() == usual and not any(
        getattr(cb, "__module__", None) == startgc.__name__ for cb in gc.callbacks
    )


def test_a_batch_ends_the_pause_and_sets_its_own_thresholds() -> None:
    usual = gc.get_threshold()
    startgc.pause()
    try:
        with batch_heap():
            assert not startgc.paused()
            assert gc.get_threshold()[0] == max(usual[0], BATCH_THRESHOLD)
        assert gc.get_threshold() == usual
    finally:
        startgc.resume()
    assert gc.get_threshold() == usual


# Ctrl-C (here: interrupt_main from a timer) while C code allocates: the collections it sets
# off call the pause's Python callback, the first Python code to run, where the interrupt lands
# and gc drops it ("Exception ignored in …"): the run went on as if no key had been pressed.
CTRL_C_IN_C = """
import _thread, sys, threading
from summarizer import startgc
startgc.pause()
threading.Timer(0.2, _thread.interrupt_main).start()
try:
    for _ in range(30):  # ~3 s of C code making young tuples, the interrupt due in 0.2 s
        pairs = list(zip(range(1_000_000), range(1_000_000)))
    print("lost")
except KeyboardInterrupt:
    print("interrupted")
"""


def test_ctrl_c_during_a_collection_is_not_lost() -> None:
    import subprocess
    import sys

    for _ in range(2):
        proc = subprocess.run(
            [sys.executable, "-c", CTRL_C_IN_C], capture_output=True, text=True, timeout=120
        )
        assert proc.stdout.strip() == "interrupted", proc.stderr
        assert proc.stderr == ""  # nothing 'ignored' printed either


def test_the_pause_hands_the_unraisable_hook_back() -> None:
    import sys

    before = sys.unraisablehook
    startgc.pause()
    try:
        assert sys.unraisablehook is not before
    finally:
        startgc.resume()
    assert sys.unraisablehook is before
