"""import calls, export calls."""

from __future__ import annotations

import sys

from . import CliError, open_db


def _progress(label: str):
    shown = {"last": -1}

    def report(done: int, total: int) -> None:
        if not sys.stderr.isatty():
            return
        if total:
            pct = done * 100 // total
            if pct != shown["last"]:
                shown["last"] = pct
                print(f"\r{label}: {pct:3d}% ({done:,}/{total:,})", end="",
                      file=sys.stderr, flush=True)
        else:
            print(f"\r{label}: {done:,} rows checked", end="", file=sys.stderr,
                  flush=True)

    return report


def _end_progress() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def cmd_import_calls(args) -> int:
    from ..services import importer
    from ..services.base import Actor

    open_db(args)
    try:
        result = importer.import_calls(
            actor=Actor.system(), path=args.file, mapping=args.mapping,
            skip_invalid=args.skip_invalid, on_progress=_progress("import"))
    except importer.ImportRejected as exc:
        _end_progress()
        for r in exc.rejects:
            print(f"row {r.row}: {r.reason}", file=sys.stderr)
        if args.rejects:
            importer.write_rejects(exc.rejects, args.rejects)
            print(f"rejected rows written to {args.rejects}", file=sys.stderr)
        print(f"hotline: {len(exc.rejects)} of {exc.rows_read} rows are invalid; "
              "nothing was imported (use --skip-invalid to import the valid rows)",
              file=sys.stderr)
        return 1
    _end_progress()
    for r in result.rejected:
        print(f"row {r.row}: {r.reason}", file=sys.stderr)
    if args.rejects:
        importer.write_rejects(result.rejected, args.rejects)
    print(f"{result.file}: {result.rows_read:,} rows read, {result.imported:,} "
          f"imported, {len(result.rejected):,} rejected, {result.skipped_existing:,} "
          "already in the database")
    if result.imported:
        print(f"tickets {result.first_ticket} … {result.last_ticket}")
    if result.categories_created:
        print(f"{len(result.categories_created)} new categories: "
              + ", ".join(result.categories_created[:10])
              + (" …" if len(result.categories_created) > 10 else ""))
    if args.rejects and result.rejected:
        print(f"rejected rows written to {args.rejects}")
    return 0


def cmd_export_calls(args) -> int:
    from ..services import exporter
    from ..services.base import Actor

    if not args.output.lower().endswith((".csv", ".xlsx")):
        raise CliError("the output file must end in .csv or .xlsx")
    open_db(args)
    result = exporter.export_calls(actor=Actor.system(), month=args.month,
                                   path=args.output, on_progress=_progress("export"))
    _end_progress()
    print(f"{result.rows:,} cases of {args.month} written to {result.path}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("import", help="import data from a file")
    isub = p.add_subparsers(dest="import_what", metavar="WHAT", required=True)
    p = isub.add_parser(
        "calls", help="import calls from CSV (the export format, or any CSV with a "
                      "mapping file)")
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--mapping", metavar="M.json",
                   help="column renames, value maps, date format, encoding "
                        "(see hotline/resources/mappings/)")
    p.add_argument("--skip-invalid", action="store_true",
                   help="import the valid rows and list the invalid ones (default: "
                        "import nothing if any row is invalid)")
    p.add_argument("--rejects", metavar="R.csv",
                   help="write the invalid rows with row number and reason")
    p.set_defaults(func=cmd_import_calls)

    p = sub.add_parser("export", help="export data to a file")
    esub = p.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    p = esub.add_parser("calls", help="the cases received in a month, as CSV or XLSX")
    p.add_argument("--month", required=True, metavar="YYYY-MM")
    p.add_argument("-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx")
    p.set_defaults(func=cmd_export_calls)
