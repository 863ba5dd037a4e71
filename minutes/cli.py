"""The ``minutes`` command: a thin layer over the ingest, extract and store libraries."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import click

import ingest
from extract import Options, Record, extract
from ingest import IngestError


class _Group(click.Group):
    """Prints ``error: PATH: reason`` for unreadable input instead of a traceback (unless --debug)."""

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except IngestError as exc:
            if ctx.meta.get("debug"):
                raise
            click.echo(f"error: {exc.path}: {exc.reason}", err=True)
            ctx.exit(1)


@click.group(cls=_Group)
@click.option("--debug", is_flag=True, help="Show full tracebacks.")
@click.version_option(package_name="minutes")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn local-government meeting minutes into a queryable SQLite archive."""
    ctx.meta["debug"] = debug


def expand_paths(paths: tuple[str, ...]) -> list[Path]:
    """Files named directly, plus every file under named folders (sorted, hidden files skipped)."""
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if path.is_dir():
            files.extend(p for p in sorted(path.rglob("*")) if p.is_file() and not p.name.startswith("."))
        else:
            files.append(path)
    return files


@cli.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "text"]), default="json", show_default=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path),
              help="Write one <file stem>.json per document into this folder.")
@click.option("--no-nlp", is_flag=True, help="Switch off the spaCy components (rules only).")
@click.pass_context
def extract_command(ctx: click.Context, paths: tuple[str, ...], fmt: str, out: Path | None, no_nlp: bool) -> None:
    """Extract meeting, people, actions, indicators and figures from minutes files.

    One file prints its record; several files or a folder need --out DIR.
    """
    files = expand_paths(paths)
    if out is None and len(files) != 1:
        raise click.UsageError("several files need --out DIR")
    options = Options(nlp=not no_nlp)
    if out is None:
        click.echo(_render(extract(ingest.read(files[0]), options), fmt))
        return
    out.mkdir(parents=True, exist_ok=True)
    failed = 0
    for path in files:
        try:
            record = extract(ingest.read(path), options)
        except IngestError as exc:
            if ctx.meta.get("debug"):
                raise
            click.echo(f"error: {exc.path}: {exc.reason}", err=True)
            failed += 1
            continue
        (out / f"{path.stem}.json").write_text(json.dumps(record.to_json(), indent=2, ensure_ascii=False) + "\n")
    ctx.exit(1 if failed else 0)


@cli.command("text")
@click.argument("path")
def text_command(path: str) -> None:
    """Print a file's canonical text: the text every source offset points into."""
    sys.stdout.write(ingest.read(path).text)


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
