"""The click group, and the one place where errors become exit codes and one-line messages."""

from __future__ import annotations

import contextlib
import os
import sys
import warnings
from collections.abc import Callable, MutableMapping
from functools import wraps
from importlib import import_module
from types import ModuleType
from typing import Any, TypeVar

import click

from summarizer.errors import StorageWarning, SummarizerError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2
EXIT_UNVERIFIED = 3  # --strict and the briefing holds unsupported claims
EXIT_PARTIAL = 4  # a batch where some documents failed and others succeeded

F = TypeVar("F", bound=Callable[..., Any])


# The commands and the module that defines (and registers) each: a command's module is imported
# only when that command runs or is listed, so `summarizer facts` does not load `brief`'s.
COMMAND_MODULES = {
    "batch": "summarizer.cli.batch_cmd",
    "brief": "summarizer.cli.brief_cmd",
    "facts": "summarizer.cli.facts_cmd",
    "glossary": "summarizer.cli.glossary_cmd",
    "logs": "summarizer.cli.logs_cmd",
    "schema": "summarizer.cli.summarize_cmd",
    "summarize": "summarizer.cli.summarize_cmd",
}


# click's own words for its --help and --version options, given here: click asks gettext for
# them when it builds the options, and gettext's first call imports `locale` (~4.5 M
# instructions, and ~0.2 M each call after: no catalog is ever found for them) in every run.
HELP_TEXT = "Show this message and exit."
VERSION_TEXT = "Show the version and exit."


def _show_help(ctx: click.Context, param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        click.echo(ctx.get_help(), color=ctx.color)
        ctx.exit()


class _PlainHelp:
    """A command whose help option is click's, built with its text given (see HELP_TEXT)."""

    _plain_help: click.Option | None = None

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        names = self.get_help_option_names(ctx)  # type: ignore[attr-defined]
        if not names or not self.add_help_option:  # type: ignore[attr-defined]
            return None
        # One object per command, as click keeps it (the order params are processed in
        # compares them by identity).
        if self._plain_help is None or self._plain_help.opts != names:
            self._plain_help = click.Option(
                names,
                is_flag=True,
                is_eager=True,
                expose_value=False,
                callback=_show_help,
                help=HELP_TEXT,
            )
        return self._plain_help


class Command(_PlainHelp, click.Command):
    """Every command of the CLI (see _PlainHelp)."""


class Subgroup(_PlainHelp, click.Group):
    """A group of commands under the root (`batch`)."""

    command_class = Command


class Group(_PlainHelp, click.Group):
    """The root group: loads a command's module when it is asked for (`commands` loads them all),
    and keeps the raw arguments so an interrupted run can print its --resume line."""

    command_class = Command
    group_class = Subgroup

    _all_loaded = False

    @property  # type: ignore[override]
    def commands(self) -> MutableMapping[str, click.Command]:
        if not self._all_loaded:
            self._all_loaded = True  # a module registering its command finds the dict as it is
            for module in COMMAND_MODULES.values():
                import_module(module)
        return self._commands

    @commands.setter
    def commands(self, value: MutableMapping[str, click.Command]) -> None:
        self._commands = value

    def add_command(self, cmd: click.Command, name: str | None = None) -> None:
        loaded, self._all_loaded = self._all_loaded, True  # registering loads nothing
        try:
            super().add_command(cmd, name)
        finally:
            self._all_loaded = loaded

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self._commands and cmd_name in COMMAND_MODULES:
            import_module(COMMAND_MODULES[cmd_name])
        return self._commands.get(cmd_name)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self._commands, *COMMAND_MODULES})

    def make_context(
        self,
        info_name: str | None,
        args: list[str],
        parent: click.Context | None = None,
        **extra: Any,
    ) -> click.Context:
        argv = list(args)
        ctx = super().make_context(info_name, args, parent, **extra)
        ctx.meta["summarizer.argv"] = argv
        return ctx


@click.group(
    cls=Group,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.option(
    "--version",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=lambda ctx, param, value: _show_version(ctx, value),
    help=VERSION_TEXT,
)
def cli() -> None:
    """Verified summaries and English briefings of Korean press releases and news.

    \b
    Examples:
      summarizer facts examples/mss-release.txt
      summarizer summarize examples/mss-release.txt -m gpt-4o-mini --usage
      summarizer summarize https://www.example.go.kr/news/123.html
      summarizer brief docs/ 'news/*.html' -o briefing.html

    Exit codes: 0 ok, 1 failure, 2 usage error, 3 unverified claims under --strict,
    4 some documents of a batch failed, 130 interrupted.
    """


def _show_version(ctx: click.Context, value: bool) -> None:
    """`summarizer, version X`, as click's `version_option(package_name="summarizer")` prints."""
    if not value or ctx.resilient_parsing:
        return
    from importlib.metadata import version

    click.echo(f"{ctx.find_root().info_name}, version {version('summarizer')}", color=ctx.color)
    ctx.exit()


_show_warning = warnings.showwarning


def _one_line_warning(message: Any, category: Any, *args: Any, **kwargs: Any) -> None:
    """The project's own warnings as one `Warning: …` line; others as Python shows them."""
    if isinstance(category, type) and issubclass(category, StorageWarning):
        click.echo(f"Warning: {message}", err=True)
    else:
        _show_warning(message, category, *args, **kwargs)


class _KeptPatterns:
    """The CLI process's kept regular expressions (summarizer.regexcache), generated code
    (summarizer.codecache) and derived tables (summarizer.kept), under the cache dir.

    `main` turns them on; the first command to run primes `re` with them and names the
    directory tables are kept in (a bare `--help` does neither), and `main` stores what the
    run compiled anew as it exits.
    """

    on = False
    where: Any = None
    name = ""  # one file per command: `facts` does not load what `brief` compiles

    @classmethod
    def prime(cls) -> None:
        if cls.on and cls.where is None:
            from summarizer import codecache, kept, modcache, regexcache
            from summarizer.cachedir import cache_dir_from_env

            cls.where = cache_dir_from_env()
            kept.keep_in(cls.where)
            ctx, names = click.get_current_context(), []
            while ctx.parent is not None:  # `batch submit` -> batch-submit; the root is left out
                names.append(ctx.info_name or "")
                ctx = ctx.parent
            cls.name = "-".join(reversed(names))
            regexcache.prime(cls.where, cls.name)
            codecache.install(cls.where, cls.name)
            modcache.install(cls.where, cls.name)

    @classmethod
    def save(cls) -> None:
        if cls.where is not None:
            from summarizer import codecache, kept, modcache, regexcache

            regexcache.save(cls.where, cls.name)
            codecache.save(cls.where, cls.name)
            codecache.uninstall()
            modcache.save(cls.where, cls.name)
            modcache.uninstall()
            alternations = sys.modules.get("summarizer.lexicon._regex")
            if alternations is not None:  # a command that loaded the lexicon's patterns
                alternations.keep_alternations()
            kept.keep_in(None)


def handles_errors(fn: F) -> F:
    """Turn the project's exceptions (and Ctrl-C) into `Error: …` on stderr and an exit code."""

    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        warnings.showwarning = _one_line_warning
        _KeptPatterns.prime()
        try:
            return fn(*args, **kwargs)
        except SummarizerError as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("Error: interrupted", err=True)
            sys.exit(130)
        except BrokenPipeError:  # the reader of stdout went away (`| head`): nothing to say
            # the exit's flush must not fail again (an in-process caller's stdout has no fd)
            with contextlib.suppress(OSError, ValueError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            sys.exit(1)
        except OSError as exc:  # the disk filled up, or stdout or -o is a device that refuses
            where = f" ({exc.filename})" if exc.filename else ""
            click.echo(
                f"Error: cannot write the output{where}: {exc.strerror or exc}; check the free "
                "space and where the output goes",
                err=True,
            )
            sys.exit(1)

    return wrapper  # type: ignore[return-value]


# The values of PYDANTIC_DISABLE_PLUGINS with which pydantic's `get_plugins` returns no plugin.
_NO_PLUGINS = ("__all__", "1", "true")
_PLUGIN_LOADER = "pydantic.plugin._loader"


def _no_plugin_loader() -> ModuleType | None:
    """With plugins off, pydantic's plugin loader as pydantic would run it: no plugins.

    pydantic imports its loader (`pydantic.plugin._loader`) when it builds its first validator,
    and the loader imports `importlib.metadata` (with email, zipfile, socket, csv…: ~48 M
    instructions, a twentieth of a cached `brief`) only to look plugins up, which it does not
    when PYDANTIC_DISABLE_PLUGINS turns them all off. The CLI then puts a loader in its place
    whose `get_plugins` gives what the real one gives then, nothing; it is taken out as `main`
    returns (`_drop_plugin_loader`). Otherwise (plugins on, or the loader already loaded)
    nothing changes."""
    if os.environ.get("PYDANTIC_DISABLE_PLUGINS") not in _NO_PLUGINS:
        return None
    if _PLUGIN_LOADER in sys.modules:
        return None
    loader = ModuleType(_PLUGIN_LOADER, "pydantic's plugin loader while plugins are off")
    loader.get_plugins = tuple  # type: ignore[attr-defined]  # () as the real one gives
    sys.modules[_PLUGIN_LOADER] = loader
    return loader


def _drop_plugin_loader(loader: ModuleType | None) -> None:
    if loader is not None and sys.modules.get(_PLUGIN_LOADER) is loader:
        del sys.modules[_PLUGIN_LOADER]


def main() -> int:
    """Run the CLI; the exit code (tests call this in-process, `run` is the console script)."""
    # pydantic looks for plugins in every installed package's entry points when it builds its
    # first validator (~12 ms of a cached `brief`); the CLI's models are its own and no plugin
    # serves them. PYDANTIC_DISABLE_PLUGINS= (empty) in the environment turns plugins back on.
    set_here = "PYDANTIC_DISABLE_PLUGINS" not in os.environ
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    loader = _no_plugin_loader()
    # Patterns compiled by earlier runs, as bytecode is kept; this run's cache dir.
    _KeptPatterns.on, _KeptPatterns.where = True, None
    try:
        cli.main(standalone_mode=True)
    except SystemExit as exc:  # click exits through SystemExit
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else 1)
    finally:
        _KeptPatterns.save()
        _KeptPatterns.on = False
        _drop_plugin_loader(loader)
        if set_here:  # an in-process caller's environment is left as it was
            os.environ.pop("PYDANTIC_DISABLE_PLUGINS", None)
    return 0
