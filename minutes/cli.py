"""The ``minutes`` command: a thin layer over the ingest, extract and store libraries."""
from __future__ import annotations

import csv
import json
import signal
import sqlite3
import sys
from pathlib import Path

import click

from minutes import __version__, ingest
from minutes.extract import Options, Record, extract
from minutes.ingest import IngestError, limits
from minutes.outnames import output_names
from minutes.pipeline import BatchStopped, ingest_paths, iter_files
from minutes.store.archive import ArchiveError
from minutes.store.store import DEFAULT_DB, Store


class _Group(click.Group):
    """The one place errors become one line on stderr instead of a traceback (unless --debug):
    ``error: PATH: reason`` for an unreadable input or archive file (exit 1), ``error: VARIABLE=...``
    for a setting of the wrong form and ``error: Invalid value for ...`` for a bad argument (exit 2)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except (IngestError, ArchiveError, limits.SettingError, click.ClickException) as exc:
            if ctx.meta.get("debug"):
                raise
            if isinstance(exc, (IngestError, ArchiveError)):
                click.echo(f"error: {exc.path}: {exc.reason}", err=True)
                ctx.exit(1)
            if isinstance(exc, limits.SettingError):
                click.echo(f"error: {exc}", err=True)
                ctx.exit(2)
            hint = f" (see {exc.ctx.command_path} --help)" if getattr(exc, "ctx", None) else ""
            click.echo(f"error: {exc.format_message()}{hint}", err=True)
            ctx.exit(exc.exit_code)


@click.group(cls=_Group)
@click.option("--debug", is_flag=True, help="Show full tracebacks.")
@click.version_option(__version__, "-V", "--version", prog_name="minutes")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn local-government meeting minutes into a queryable SQLite archive."""
    ctx.meta["debug"] = debug
    limits.check()  # every setting once, before any work


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Write one JSON file per document into this folder: <stem>.json, or <name>.json where "
                   "inputs share a stem.")
@click.option("--nlp/--no-nlp", default=False, show_default=True,
              help="Also use spaCy's PERSON spans where layout leaves a name's end open (off: rules only).")
@click.pass_context
def extract_command(ctx: click.Context, paths: tuple[str, ...], fmt: str, out: Path | None, nlp: bool) -> None:
    """Extract meeting, people, actions, indicators and figures from minutes files.

    One file prints its record; several files or a folder need --out DIR.
    """
    files = list(dict.fromkeys(iter_files(paths)))
    if out is None and len(files) != 1:
        raise click.UsageError("several files need --out DIR")
    options = Options(nlp=nlp)
    if out is None:
        click.echo(_render(extract(_read(files[0]), options), fmt))
        return
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path, name in output_names(files).items():
        try:
            record = extract(_read(path), options)
        except IngestError as exc:
            if ctx.meta.get("debug"):
                raise
            click.echo(f"error: {exc.path}: {exc.reason}", err=True)
            failed += 1
            continue
        (out / name).write_text(json.dumps(record.to_json(), indent=2, ensure_ascii=False) + "\n")
    ctx.exit(1 if failed else 0)


@cli.command("text")
@click.argument("path")
def text_command(path: str) -> None:
    """Print a file's canonical text: the text every source offset points into."""
    sys.stdout.write(_read(path).text)


def _read(path: str | Path) -> ingest.Document:
    """Read one file, its warnings on stderr as ``ingest`` prints them."""
    document = ingest.read(path)
    for message in document.warnings:
        click.echo(f"warning: {document.path}: {message}", err=True)
    return document


def _render(record: Record, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(record.to_json(), indent=2, ensure_ascii=False)
    m = record.meeting
    lines = [f"{record.doc} ({record.kind}): {m.body or '?'}, {m.date or '?'} "
             f"{m.start or ''}-{m.end or ''} {m.location or ''}".rstrip()]
    lines.append(f"attendees ({len(record.attendees)}): " + ", ".join(p.name for p in record.attendees))
    lines.append(f"apologies ({len(record.apologies)}): " + ", ".join(p.name for p in record.apologies))
    lines.append(f"actions ({len(record.actions)}):")
    for a in record.actions:
        owners = ", ".join(a.owners) or "-"
        lines.append(f"  [{a.ref or '-'}] {owners}: {a.text} (due {a.due or '-'}; page {a.source.page})")
    lines.append("indicators: " + ", ".join(dict.fromkeys(i.code for i in record.indicators)))
    lines.append(f"figures ({len(record.figures)}): " + ", ".join(f.text for f in record.figures))
    return "\n".join(lines)


# -- the archive ----------------------------------------------------------------------------------

OCR_OPTION = click.option("--ocr", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True,
                          help="Read scanned pages by OCR: auto (pages without a text layer), always, never.")
DB_OPTION = click.option("--db", default=DEFAULT_DB, show_default=True, type=click.Path(dir_okay=False),
                         help="The SQLite archive.")
FORMAT_OPTION = click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table",
                             show_default=True)


def _print_rows(rows: list[dict], fmt: str, columns: list[str] | None = None) -> None:
    columns = columns or (list(rows[0]) if rows else [])
    rows = [{c: r.get(c) for c in columns} for r in rows]
    if fmt == "json":
        click.echo(json.dumps(rows, indent=2, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    elif rows:
        from tabulate import tabulate  # only the table format needs it

        click.echo(tabulate(rows, headers="keys", maxcolwidths=60))
    else:
        click.echo("(no rows)")


def _open(db: str) -> Store:
    return Store(db, readonly=True)


def _executor_installed(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if value == "dask":
        try:
            import distributed  # noqa: F401  (the optional cluster dependency)
        except ImportError:
            raise click.BadParameter("dask is not installed: pip install 'minutes[cluster]'") from None
    return value


@cli.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--workers", type=click.IntRange(min=1), help="Worker processes (default: the number of cores).")
@click.option("--executor", type=click.Choice(["process", "dask"]), default="process", show_default=True,
              callback=_executor_installed)
@click.option("--scheduler", help="Dask scheduler address (with --executor dask); none starts a local cluster.")
@click.option("--nlp/--no-nlp", default=False, show_default=True,
              help="Also use spaCy's PERSON spans where layout leaves a name's end open (off: rules only).")
@click.option("--quiet", is_flag=True, help="No progress bar.")
@OCR_OPTION
@click.pass_context
def ingest_command(ctx: click.Context, paths: tuple[str, ...], db: str, workers: int | None, executor: str,
                   scheduler: str | None, nlp: bool, quiet: bool, ocr: str) -> None:
    """Read, extract and store minutes files and folders into the archive.

    Files already stored (same bytes) are skipped, so an interrupted run resumes when run again.
    Each unreadable file gets one line `error: PATH: reason` and a row in the errors table; the batch
    goes on. Ctrl-C or SIGTERM stops it within seconds, keeping what was stored.
    Exit status: 0 when every file was read, 1 when some failed or the archive could not be written,
    2 on usage errors, 130 after Ctrl-C, 143 after SIGTERM.
    """
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # over a file size limit, a write fails: it must not kill us
    try:
        summary = ingest_paths(paths, db, workers=workers, executor=executor, scheduler=scheduler, nlp=nlp,
                               ocr=ocr, progress=not quiet and sys.stderr.isatty(),
                               on_error=lambda path, reason: click.echo(f"error: {path}: {reason}", err=True),
                               on_warning=lambda path, message: click.echo(f"warning: {path}: {message}", err=True))
    except ArchiveError as exc:
        click.echo(f"error: {exc.path}: {exc.reason}", err=True)
        ctx.exit(1)
    except BatchStopped as stop:
        click.echo(f"{'' if stop.exit_status > 128 else 'error: '}{stop.reason}: {stop.summary.line()}; "
                   "run the same command again to resume", err=True)
        ctx.exit(stop.exit_status)
    click.echo(summary.line(), err=True)
    ctx.exit(1 if summary.failed else 0)


STATUSES = ("open", "in progress", "done", "dropped", "carried forward")


@cli.command("actions")
@click.option("--owner", help="Full name, surname, an alias such as initials or first name, or a group.")
@click.option("--body", help="Part of the meeting body's name.")
@click.option("--due-before", type=click.DateTime(formats=["%Y-%m-%d"]), help="Only actions due before this date.")
@click.option("--status", type=click.Choice(STATUSES), help="Only actions whose latest report gives this status.")
@click.option("--overdue", is_flag=True, help="Only actions past their due date and neither done nor dropped.")
@click.option("--as-of", type=click.DateTime(formats=["%Y-%m-%d"]), help="The date --overdue counts from (default today).")
@click.option("--limit", type=click.IntRange(min=0), default=100, show_default=True,
              help="With --status or --overdue, show at most this many (oldest first); 0 for all.")
@FORMAT_OPTION
@DB_OPTION
@click.pass_context
def actions_command(ctx: click.Context, owner: str | None, body: str | None, due_before, status: str | None,
                    overdue: bool, as_of, limit: int, fmt: str, db: str) -> None:
    """Actions with owners, due dates, meeting and the exact source (document, page, quote).

    With --status or --overdue, each action once as first assigned, with its status from the
    latest meeting that reported on it (see `minutes action ID` for its history).
    """
    store = _open(db)
    followed = bool(status or overdue)
    query = dict(owner=owner, body=body, due_before=due_before.date().isoformat() if due_before else None,
                 status=status, overdue=overdue, as_of=as_of.date().isoformat() if as_of else None)
    rows = store.actions(**query, limit=limit + 1 if followed and limit else None)
    if followed and limit and len(rows) > limit:
        rows = rows[:limit]
        click.echo(f"(the first {limit}, oldest first; --limit 0 for all)", err=True)
    if not rows and owner and not store.actions(owner=owner):
        close = store.owner_suggestions(owner)
        hint = f"; did you mean {' or '.join(close)}?" if close else ""
        click.echo(f"no owner {owner!r}{hint}", err=True)
        ctx.exit(1)
    columns = (["action_id", "ref", "owners", "text", "due", "status", "status_date", "body", "meeting_date",
                "document", "page"] if followed else
               ["ref", "owners", "text", "due", "body", "meeting_date", "document", "page", "quote"])
    _print_rows(rows, fmt, columns if fmt == "table" else None)


@cli.command("action")
@click.argument("action_id", type=int)
@FORMAT_OPTION
@DB_OPTION
def action_command(action_id: int, fmt: str, db: str) -> None:
    """One action and its history: each meeting that mentioned it, the status it gave, the quote and page."""
    found = _open(db).action(action_id)
    if found is None:
        raise click.ClickException(f"no action {action_id}")
    history = found.pop("history")
    if fmt == "json":
        click.echo(json.dumps({**found, "history": history}, indent=2, ensure_ascii=False))
        return
    if fmt == "table":
        click.echo(f"action {found['action_id']} ({found['body']}, {found['meeting_date']}): {found['text']}")
        click.echo(f"owners: {found['owners'] or '-'}; due: {found['due'] or '-'}; status: {found['status']}")
    _print_rows(history, fmt, ["meeting_date", "kind", "status", "status_words", "document", "page", "quote"])


@cli.command("decisions")
@click.option("--body", help="Part of the meeting body's name.")
@FORMAT_OPTION
@DB_OPTION
def decisions_command(body: str | None, fmt: str, db: str) -> None:
    """Decisions with their meeting and the exact source (document, page, quote)."""
    _print_rows(_open(db).decisions(body=body), fmt,
                ["text", "body", "meeting_date", "document", "page", "quote"] if fmt == "table" else None)


@cli.command("people")
@FORMAT_OPTION
@DB_OPTION
def people_command(fmt: str, db: str) -> None:
    """Everyone in the archive with meetings attended, apologies sent and actions owned."""
    _print_rows(_open(db).people(), fmt)


@cli.command("meetings")
@FORMAT_OPTION
@DB_OPTION
def meetings_command(fmt: str, db: str) -> None:
    """Every meeting with its number of source documents, people present and actions."""
    _print_rows(_open(db).meetings(), fmt)


def _words(ctx: click.Context, param: click.Parameter, value: str) -> str:
    if not value.strip():
        raise click.BadParameter("give at least one word to search for")
    return value


@cli.command("search")
@click.argument("query", callback=_words)
@click.option("--limit", default=20, show_default=True, type=click.IntRange(1, 1_000_000))
@FORMAT_OPTION
@DB_OPTION
def search_command(query: str, limit: int, fmt: str, db: str) -> None:
    """Full-text search of every document: meeting, document, page and a snippet per hit."""
    _print_rows(_open(db).search(query, limit), fmt)


@cli.command("export")
@click.argument("table", required=False)
@click.option("--out", required=True, type=click.Path(dir_okay=False), help=".csv, .parquet, .xlsx or .json")
@click.option("--query", help="A custom SELECT (runs on a read-only connection).")
@DB_OPTION
def export_command(table: str | None, out: str, query: str | None, db: str) -> None:
    """Export a table or view (e.g. action_list) or a custom query, through pandas."""
    if (table is None) == (query is None):
        raise click.UsageError("give a TABLE_OR_VIEW or --query, not both")
    from minutes.store.export import export  # pandas loads only for an export

    try:
        count = export(db, out, table=table, query=query)
    except (ValueError, sqlite3.Error) as exc:
        raise click.ClickException(str(exc)) from None
    except OSError as exc:  # the output file cannot be written
        raise click.ClickException(f"{out}: {exc.strerror or exc}") from None
    click.echo(f"{count} rows -> {out}", err=True)


@cli.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Interface to listen on (local only by default); requests are answered when their Host is a "
                   "loopback name or this one (any name with 0.0.0.0).")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@DB_OPTION
def serve_command(host: str, port: int, db: str) -> None:
    """Browse the archive in Datasette: a live read-only view (rows an ingest adds appear on reload),
    with canned queries (actions by owner, ...). Ctrl-C or SIGTERM stops it."""
    from minutes.store.serve import serve

    _open(db).close()  # the archive is checked here, in one line, not by Datasette in hundreds
    shown = f"[{host}]" if ":" in host else host
    click.echo(f"serving {db} on http://{shown}:{port}/ (Ctrl-C to stop)", err=True)
    raise SystemExit(serve(db, host, port))


if __name__ == "__main__":
    cli()
