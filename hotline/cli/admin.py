"""init, user, backup, restore."""

from __future__ import annotations

import getpass
import sys

from . import CliError, open_db


def _read_password(args) -> str:
    if args.password_stdin:
        line = sys.stdin.readline()
        if not line:
            raise CliError("no password on standard input")
        return line.rstrip("\r\n")
    if not sys.stdin.isatty():
        raise CliError("give the password with --password-stdin")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Again: ") != first:
        raise CliError("the passwords differ")
    return first


def cmd_init(args) -> int:
    from ..storage import describe, resolve_url
    from ..storage.migrations import LATEST

    from ..services.importer import recover_unfinished_imports
    from ..storage.migrations import reporting_progress

    def progress(done: int, total: int) -> None:  # building the case search index
        print(f"indexing cases for search: {done:,} / {total:,}", file=sys.stderr,
              flush=True)

    with reporting_progress(progress):
        _init_schema(args)
    print(f"{describe(resolve_url(args.db)).describe()}: schema version {LATEST}")
    for run_id, what in recover_unfinished_imports():  # an import that died
        print(f"unfinished import {run_id}: {what}")
    return 0


def _init_schema(args) -> None:
    """Open, check and migrate. A SQLite file gets the full integrity_check first
    (the start of the app only checks within a time budget) and, if its schema is
    older, a verified backup in its backups folder before it is upgraded."""
    from ..services import backup
    from ..storage import StorageError, integrity, open_database, sqlite_path_from_url
    from ..storage import close_database, resolve_url
    from ..storage.migrations import migrate

    url = resolve_url(args.db)
    database = open_database(url, migrate=False, check_schema=False, check_budget=None)
    path = sqlite_path_from_url(url)
    if path is None:
        migrate(database)
        return
    result = integrity.check_sqlite_file(path.expanduser(), full=True)
    if result.ok is False:
        close_database()
        raise StorageError(
            f"{path} is damaged ({'; '.join(result.problems[:3])}). It was not "
            "changed; restore a backup with 'hotline restore FILE' (the newest good "
            f"one in {backup.backup_dir(path)} is listed by 'hotline backup --list').",
            code="corrupt", path=str(path))
    upgrade = backup.prepare_desk_schema(database)
    if upgrade is not None and upgrade.backup is not None:
        print(f"verified backup before the upgrade: {upgrade.backup.path}")


def cmd_user_add(args) -> int:
    from ..services import users
    from ..services.base import Actor

    open_db(args)
    password = _read_password(args)
    if not users.has_users():
        if args.role != "admin":
            raise CliError("the first account must be an administrator (--role admin)")
        info = users.bootstrap_admin(username=args.name, display_name=args.display_name
                                     or args.name, password=password)
    else:
        info = users.create_user(actor=Actor.system(), username=args.name,
                                 display_name=args.display_name or args.name,
                                 role=args.role, password=password)
    print(f"created {info.username} ({info.role})")
    return 0


def cmd_user_list(args) -> int:
    from ..services import users
    from ..services.base import Actor

    open_db(args)
    for u in users.list_users(actor=Actor.system(), include_inactive=True):
        state = "active" if u.active else "inactive"
        if u.locked_until:
            state += f", locked until {u.locked_until:%Y-%m-%d %H:%M}"
        print(f"{u.username}\t{u.display_name}\t{u.role}\t{state}")
    return 0


def _user_id(name: str) -> int:
    from ..models import User

    user = User.get_or_none(User.username == name)
    if user is None:
        raise CliError(f"no user named {name!r}")
    return user.id


def cmd_user_unlock(args) -> int:
    from ..services import users
    from ..services.base import Actor

    open_db(args)
    users.unlock_user(actor=Actor.system(), user_id=_user_id(args.name))
    print(f"unlocked {args.name}")
    return 0


def cmd_user_passwd(args) -> int:
    from ..services import users
    from ..services.base import Actor

    open_db(args)
    users.reset_password(actor=Actor.system(), user_id=_user_id(args.name),
                         new_password=_read_password(args))
    print(f"password of {args.name} changed")
    return 0


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty() and total:
        print(f"\r{done * 100 // total:3d}%", end="", file=sys.stderr, flush=True)


def cmd_backup(args) -> int:
    from ..services import backup
    from ..services.base import Actor

    if args.list:
        return _list_backups(args)
    if args.scheduled:
        return _scheduled_backup(args)
    open_db(args)
    result = backup.backup(actor=Actor.system(),
                           target=args.output or backup.default_backup_path(),
                           on_progress=_progress)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"backup written to {result.path} ({result.size:,} bytes, verified)")
    return 0


def _scheduled_backup(args) -> int:
    """The desk's daily backup with rotation (services/backup_schedule.py)."""
    from ..services import backup_schedule as schedule
    from ..services.base import Actor

    if args.output:
        raise CliError("--scheduled writes to the backups folder: leave out -o")
    open_db(args)
    run = schedule.run_scheduled(actor=Actor.system(), on_progress=_progress)
    last = run.status.last.path if run.status.last else None
    if run.taken is not None:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        print(f"scheduled backup written to {run.taken.path} ({run.taken.size:,} "
              f"bytes, verified); kept {run.kept_daily} daily and {run.kept_weekly} "
              f"weekly, deleted {len(run.deleted)} older")
    elif run.skipped == "server":
        print(f"nothing done: {schedule.SERVER_REASON}")
    elif run.skipped == "busy":
        print("nothing done: another scheduled backup of this database is running")
    elif run.skipped == "taken_today":
        print(f"nothing to do: today's backup is {last}")
    else:
        print(f"nothing to do: the database has not changed since {last}")
    return 0


def _list_backups(args) -> int:
    from ..services import backup
    from ..storage import resolve_url, sqlite_path_from_url

    path = sqlite_path_from_url(resolve_url(args.db))
    folder = backup.backup_dir(path)
    entries = backup.list_backups(folder, stem=path.stem if path else None)
    if not entries:
        print(f"no backups in {folder}")
    for e in entries:
        state = "ok" if e.ok else f"NOT USABLE: {e.problem}"
        print(f"{e.taken_at:%Y-%m-%d %H:%M:%S}\t{e.size:,}\t{e.path}\t{state}")
    return 0


def cmd_restore(args) -> int:
    from ..services import backup
    from ..services.base import Actor
    from ..storage import StorageError, resolve_url, sqlite_path_from_url

    path = sqlite_path_from_url(resolve_url(args.db))
    try:
        open_db(args, migrate=True)
    except StorageError as exc:
        if exc.code != "corrupt" or path is None:
            raise
        # the file cannot be opened: the backup goes in its place, the damaged
        # file is kept aside unchanged
        if not args.yes and sys.stdin.isatty():
            answer = input(f"{path} is damaged. Put {args.file} in its place (the "
                           "damaged file is kept beside it)? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("nothing changed")
                return 1
        restored = backup.restore_damaged_file(path, args.file, on_progress=_progress)
        print(f"restored from {args.file}; the damaged file was kept as "
              f"{restored.aside}")
        return 0
    if not args.yes and sys.stdin.isatty():
        answer = input(f"Replace the current database with {args.file}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing changed")
            return 1
    safety = backup.restore(actor=Actor.system(), source=args.file,
                            on_progress=_progress)
    print(f"restored from {args.file}")
    if safety:
        print(f"the previous content was kept in {safety}")
    return 0


def register(sub) -> None:
    from ..models import ROLES

    p = sub.add_parser("init", help="create or migrate the schema (idempotent)")
    p.set_defaults(func=cmd_init)

    user = sub.add_parser("user", help="manage accounts")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    p = usub.add_parser("add", help="add an account (the first must be an admin)")
    p.add_argument("name")
    p.add_argument("--role", required=True, choices=ROLES)
    p.add_argument("--display-name", help="name shown in the app (default: NAME)")
    p.add_argument("--password-stdin", action="store_true",
                   help="read the password from the first line of standard input")
    p.set_defaults(func=cmd_user_add)
    p = usub.add_parser("list", help="list accounts")
    p.set_defaults(func=cmd_user_list)
    p = usub.add_parser("unlock", help="clear a lockout after failed sign-ins")
    p.add_argument("name")
    p.set_defaults(func=cmd_user_unlock)
    p = usub.add_parser("passwd", help="set a new password for an account")
    p.add_argument("name")
    p.add_argument("--password-stdin", action="store_true")
    p.set_defaults(func=cmd_user_passwd)

    p = sub.add_parser("backup", help="hot backup, verified before it is kept")
    p.add_argument("-o", "--output", metavar="FILE",
                   help="default: a new file in the backups folder beside the "
                        "database")
    p.add_argument("--list", action="store_true",
                   help="list the backups folder, newest first, each checked")
    p.add_argument("--scheduled", action="store_true",
                   help="the desk's daily backup for cron / Task Scheduler: taken "
                        "when due, then 7 daily and 4 weekly kept (SQLite only)")
    p.set_defaults(func=cmd_backup)
    p = sub.add_parser("restore", help="replace the database with a backup")
    p.add_argument("file")
    p.add_argument("-y", "--yes", action="store_true", help="do not ask")
    p.set_defaults(func=cmd_restore)
