"""The CLI process: no cyclic garbage collection while it starts, no teardown when it is done.

Starting `summarizer facts` creates the objects of ~100 modules, and Python's cyclic collector
runs over them again and again while they load (~4 ms of a ~70 ms run; ~10 ms of a cached
`brief`), although they live as long as the process. `run` pauses the collector for the first
young objects (summarizer.startgc): any short command ends before a collection, a long one
collects as usual from then on; at the end it is off, for the exit. What loads before the
pause (the package, summarizer.lazy, this module) imports neither typing nor re: they load
after it, with click.

Before click loads, `run` hands `re` the patterns earlier runs' starts compiled (START).

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

from summarizer import startgc

# typing.TYPE_CHECKING without importing typing (see summarizer.lazy)
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import NoReturn


def run() -> NoReturn:
    """The console script and `python -m summarizer`: `main`, then exit with its code."""
    startgc.pause()
    try:
        where = _prime_start()
        from summarizer.cli.app import main  # click and the commands load without collection

        _save_start(where)
        code = main()
    except KeyboardInterrupt:  # Ctrl-C while the CLI loads, before a command handles it
        sys.stderr.write("Error: interrupted\n")
        code = 130
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


# The kept patterns of the start (summarizer.regexcache): those `re` compiles while click and
# the CLI's modules load, before a command primes its own (summarizer.cli.app): click's,
# gettext's and platform's (click loads uuid), ten patterns whose compiling cost every run
# ~8 M instructions (`facts --json` 292 -> 284 M), `--help` too.
START = "start"


def _prime_start() -> str:
    """Hand `re` the patterns, and `collections` and `typing` the code (named tuples', type
    hints' written as strings), the start compiled in earlier runs; the cache directory."""
    from summarizer import codecache, regexcache
    from summarizer.cachedir import cache_dir_from_env

    where = cache_dir_from_env()
    regexcache.prime(where, START)
    # (not `dataclasses`: click loads none, nor does a bare --help)
    codecache.install(where, START, only=("collections", "typing"))
    return where


def _save_start(where: str) -> None:
    """Keep what the start compiled anew (nothing once kept: the file is not written again)."""
    from summarizer import codecache, regexcache

    regexcache.save(where, START)
    codecache.save(where, START)
    # The builtins again until a command installs its own codes: what its module and options
    # make before then (`brief`'s URL type loads urllib.parse's named tuples) would be
    # compiled as new, and the command's file written again, at every run.
    codecache.uninstall()


def _nothing_pending() -> bool:
    """No atexit callback to run and no thread but the main one."""
    import atexit
    import threading  # loaded by then (click loads it): not before the pause

    callbacks = getattr(atexit, "_ncallbacks", None)  # CPython; elsewhere: the usual exit
    if callbacks is None or callbacks() != 0:
        return False
    main_thread = threading.main_thread()
    return all(t is main_thread for t in threading.enumerate())


__all__ = ["run"]
