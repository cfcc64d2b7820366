"""The CLI process: no cyclic garbage collection while it starts, no teardown when it is done.

Starting `summarizer facts` creates the objects of ~100 modules, and Python's cyclic collector
runs over them again and again while they load (~4 ms of a ~70 ms run; ~10 ms of a cached
`brief`), although they live as long as the process. `run` pauses the collector for the first
young objects (summarizer.startgc): any short command ends before a collection, a long one
collects as usual from then on; at the end it is off, for the exit.

At the end, tearing the interpreter down (freeing every module and object: ~6 ms of `facts`)
changes nothing outside the process once stdout and stderr are flushed. `run` skips it when
nothing else is pending: no atexit callback registered (the logging module, multiprocessing,
temporary directories register theirs) and no other thread alive. Otherwise, or when a flush
fails, it exits the usual way.
"""

from __future__ import annotations

import gc
import os
import sys
import threading
from typing import NoReturn

from summarizer import startgc


def run() -> NoReturn:
    """The console script and `python -m summarizer`: `main`, then exit with its code."""
    startgc.pause()
    try:
        from summarizer.cli.app import main  # click and the commands load without collection

        code = main()
    finally:
        # Exiting: teardown frees every object anyway (and collects once, paused or not), so
        # the collector stays off for it rather than running as the modules are cleared.
        gc.disable()
        startgc.resume()
    if _nothing_pending():
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # a closed pipe: let the usual exit report it
            sys.exit(code)
        os._exit(code)
    sys.exit(code)


def _nothing_pending() -> bool:
    """No atexit callback to run and no thread but the main one."""
    import atexit

    callbacks = getattr(atexit, "_ncallbacks", None)  # CPython; elsewhere: the usual exit
    if callbacks is None or callbacks() != 0:
        return False
    main_thread = threading.main_thread()
    return all(t is main_thread for t in threading.enumerate())


__all__ = ["run"]
