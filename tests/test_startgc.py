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
