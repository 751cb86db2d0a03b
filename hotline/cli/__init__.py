"""`hotline` command line. With no command it opens the GUI (imported lazily so the
headless commands never load Qt).

Each module of this package that defines `register(subparsers)` adds its commands;
a command's handler is `func(args) -> int` set with `set_defaults(func=...)`.
Handlers open the database themselves through `open_db(args)`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from .. import __version__


class CliError(Exception):
    """A message for the user; exit status 2 (1 for domain errors)."""


def open_db(args, *, migrate: bool = False):
    """Open the database named by --db / HOTLINE_DB / the default.

    Commands other than `init` expect an initialized database; `migrate=True`
    creates or upgrades the schema."""
    from ..storage import open_database

    return open_database(getattr(args, "db", None), migrate=migrate)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hotline",
        description="Hotline Desk (热线服务台). Without a command, opens the desktop app.")
    parser.add_argument("--db", metavar="URL",
                        help="sqlite:///path/file.db or postgresql://user:pass@host/db "
                             "(default: $HOTLINE_DB, else a file in the user data "
                             "directory)")
    parser.add_argument("--version", action="version", version=f"hotline {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log more")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{__name__}.{info.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    if args.command is None:
        try:
            from ..ui.app import run_gui
        except ImportError as exc:
            print(f"hotline: the desktop app cannot start: {exc}", file=sys.stderr)
            return 2
        return run_gui(args)
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
