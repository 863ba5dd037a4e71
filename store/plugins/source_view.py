"""Datasette plugin (loaded by ``minutes serve`` with --plugins-dir): every quote links to its source view.

Routes, answered to loopback clients only (they read files from disk):
  /-/source/<table>/<id>       the row's document page: the text with the quote highlighted and, for
                               PDFs, the rendered page with the quote's box marked
  /-/source/<table>/<id>.png   that rendered page
  /-/document/<id>             the original file (a PDF opens at a page with #page=N)
"""
from __future__ import annotations

import asyncio
import html
import ipaddress
import mimetypes

from datasette import Response, hookimpl
from markupsafe import Markup

from minutes.store.source import ID_COLUMNS, SOURCE_TABLES, Source, box_fraction, load, original_file, render_page

_TABLES = "|".join(SOURCE_TABLES)
_STYLE = """body{font-family:system-ui,sans-serif;margin:1.5em;max-width:1300px;color:#222}
.where{color:#555}.columns{display:flex;gap:2em;align-items:flex-start}
.text{white-space:pre-wrap;font-size:14px;line-height:1.45;flex:1;border:1px solid #ccc;padding:1em;
max-height:75vh;overflow:auto}.page{max-height:75vh;overflow:auto;flex:none}
mark{background:#ffe600;outline:2px solid #dc0000}.page img{border:1px solid #999;width:640px;display:block}
blockquote{border-left:4px solid #dc0000;margin:1em 0;padding:.3em 1em;background:#fffbd6}"""


def _loopback(request) -> bool:
    client = (request.scope.get("client") or ("",))[0]
    try:
        return ipaddress.ip_address(client).is_loopback
    except ValueError:
        return False


async def _source(datasette, request) -> Source | None:
    table, row_id = request.url_vars["table"], int(request.url_vars["id"])
    return await datasette.get_database().execute_fn(lambda conn: load(conn, table, row_id))


def _forbidden() -> Response:
    return Response.text("the source view answers only on this machine (loopback)", status=403)


async def source_page(datasette, request) -> Response:
    if not _loopback(request):
        return _forbidden()
    source = await _source(datasette, request)
    if source is None:
        return Response.html("<p>No such row, or it has no source.</p>", status=404)
    name = html.escape(source.paths[0].rsplit("/", 1)[-1] if source.paths else f"document {source.document_id}")
    fragment = f"#page={source.page}" if source.format == "pdf" else ""
    original = source.original()
    link = (f'<a id="original" href="{datasette.urls.path(f"/-/document/{source.document_id}")}{fragment}">'
            f"open the original file at page {source.page}</a>" if original else
            "the original file is no longer at " + html.escape(", ".join(source.paths)))
    image = ""
    printed = source.printed  # the row itself in a PDF, or the same item in the meeting's PDF
    printed_file = printed and printed.original()
    if printed_file:
        src = datasette.urls.path(f"/-/source/{printed.table}/{printed.row_id}.png")
        alt = "page with the quote marked" if printed.box else "page (no box stored for this quote)"
        down = await asyncio.to_thread(box_fraction, printed_file, printed.page, printed.box)
        caption = "" if printed is source else (
            f'<p>As printed in <a id="printed" href="{datasette.urls.path(f"/-/source/{printed.table}/{printed.row_id}")}">'
            f"{html.escape(printed_file.name)}</a>, page {printed.page}:</p>")
        image = f'<div class="page">{caption}<img id="page-image" src="{src}" alt="{alt}" data-box="{down:.3f}"></div>'
    body = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(source.label)}: source</title>
<style>{_STYLE}</style></head><body>
<h1>{html.escape(source.label)}</h1>
<p class="where">{html.escape(source.body or "?")}, {html.escape(source.date or "undated")} &middot;
{name} &middot; page {source.page} of {source.pages} &middot; characters {source.start}&ndash;{source.end}
&middot; {link}</p>
<blockquote>{html.escape(source.quote)}</blockquote>
<div class="columns">{image}<div class="text" id="text">{source.highlighted_html()}</div></div>
<script>
const text = document.getElementById("text"), mark = document.getElementById("quote");
text.scrollTop = mark.offsetTop - text.offsetTop - text.clientHeight / 3;
const page = document.getElementById("page-image");
function shown() {{
  page.parentElement.scrollTop = page.height * page.dataset.box - page.parentElement.clientHeight / 2;
  document.body.dataset.pageImage = "loaded";
}}
if (page && page.complete && page.naturalWidth) shown(); else if (page) page.onload = shown;
</script>
</body></html>"""
    return Response.html(body)


async def source_image(datasette, request) -> Response:
    if not _loopback(request):
        return _forbidden()
    source = await _source(datasette, request)
    original = source and source.format == "pdf" and source.original()
    if not original:
        return Response.text("no PDF page to render", status=404)
    png = await asyncio.to_thread(render_page, original, source.page, source.box)
    return Response(png, content_type="image/png")


async def document_file(datasette, request) -> Response:
    if not _loopback(request):
        return _forbidden()
    document_id = int(request.url_vars["id"])

    def stored(conn):
        found = conn.execute("SELECT bytes, format FROM documents WHERE id = ?", [document_id]).fetchone()
        paths = [r[0] for r in conn.execute("SELECT path FROM document_paths WHERE document_id = ? ORDER BY path",
                                            [document_id])]
        return found, paths

    found, paths = await datasette.get_database().execute_fn(stored)
    if found is None:
        return Response.text("no such document", status=404)
    size, fmt = found
    original = original_file(paths, size)
    if original is None:
        return Response.text("the original file is no longer where it was ingested from", status=404)
    kind = "application/pdf" if fmt == "pdf" else mimetypes.guess_type(original.name)[0] or "text/plain"
    return Response(original.read_bytes(), content_type=kind,
                    headers={"content-disposition": f'inline; filename="{original.name}"'})


@hookimpl
def register_routes():
    return [(rf"^/-/source/(?P<table>{_TABLES})/(?P<id>\d+)$", source_page),
            (rf"^/-/source/(?P<table>{_TABLES})/(?P<id>\d+)\.png$", source_image),
            (r"^/-/document/(?P<id>\d+)$", document_file)]


@hookimpl
def render_cell(row, value, column, table, datasette):
    """A quote links to its source view: in the provenance tables by the row's id, in views and
    queries by their action_id / attendance_id / decision_id / figure_id column."""
    if column != "quote" or value is None:
        return None
    keys = row.keys()
    if table in SOURCE_TABLES and "id" in keys:
        target, row_id = table, row["id"]
    else:
        found = next((c for c in ID_COLUMNS if c in keys and row[c] is not None), None)
        if found is None:
            return None
        target, row_id = ID_COLUMNS[found], row[found]
    href = datasette.urls.path(f"/-/source/{target}/{row_id}")
    return Markup(f'<a class="source-link" href="{html.escape(href)}">{html.escape(str(value))}</a>')
