"""`hotline` command line. With no command it opens the GUI (imported lazily so the
headless commands never load Qt).

Each module of this package that defines `register(subparsers)` adds its commands;
a command's handler is `func(args) -> int` set with `set_defaults(func=...)`.
Handlers open the database themselves through `open_db(args)`.
"""

from __future__ import annotations

import sys
import types

from .. import __version__


class CliError(Exception):
    """A message for the user; exit status 2 (1 for domain errors)."""


def open_db(args, *, migrate: bool = False):
    """Open the database named by --db / HOTLINE_DB / the default.

    Commands other than `init` expect an initialized database; `migrate=True`
    creates or upgrades the schema."""
    from ..storage import open_database

    return open_database(getattr(args, "db", None), migrate=migrate)


def _global_parser(**kwargs) -> "argparse.ArgumentParser":
    """The options that come before a command (all a GUI start has)."""
    import argparse  # not for a GUI start (_gui_args)

    parser = argparse.ArgumentParser(
        prog="hotline",
        description="Hotline Desk (热线服务台). Without a command, opens the desktop app.",
        **kwargs)
    parser.add_argument("--db", metavar="URL",
                        help="sqlite:///path/file.db or postgresql://user:pass@host/db "
                             "(default: $HOTLINE_DB, else a file in the user data "
                             "directory)")
    parser.add_argument("--version", action="version", version=f"hotline {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    return parser


def _gui_args(argv: list[str]):
    """The arguments of a GUI start (`--db URL`, `-v` and nothing else), else None
    (then the full parser reads them). Such a start does not build the commands'
    parsers: some import the models, and the sign-in window is painted before
    anything of the database is imported (ui/app.py)."""
    db, verbose, i = None, False, 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("-v", "--verbose"):
            verbose = True
        elif arg == "--db" and i + 1 < len(argv) and not argv[i + 1].startswith("-"):
            db = argv[i + 1]
            i += 1
        elif arg.startswith("--db=") and len(arg) > 5:
            db = arg[5:]
        else:
            return None
        i += 1
    return types.SimpleNamespace(db=db, verbose=verbose, command=None)


def setup_logging(verbose: bool) -> None:
    import logging

    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")


def build_parser() -> "argparse.ArgumentParser":
    parser = _global_parser()
    import importlib
    import pkgutil

    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _gui_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    if args.command is None:
        # logging is set up by the app once its first window is painted (ui/app.py):
        # importing it costs some 8 ms of the start
        try:
            from ..ui.app import run_gui
        except ImportError as exc:
            print(f"hotline: the desktop app cannot start: {exc}", file=sys.stderr)
            return 2
        return run_gui(args)
    setup_logging(args.verbose)
    from ..storage import StorageError
    from ..services.errors import DomainError

    try:
        return int(args.func(args) or 0)
    except (CliError, StorageError) as exc:
        print(f"hotline: {exc}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"hotline: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("hotline: interrupted", file=sys.stderr)
        return 130
