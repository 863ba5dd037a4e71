"""HTML council pages (ModernGov, CMIS, Word "Save as HTML"): visible text and tables, chrome dropped.

Navigation, headers, footers, forms and scripts are removed; when the page has a main content
container only that is read. The parser never loads DTDs, external entities or the network.
"""
from __future__ import annotations

import re

from lxml import etree, html as lxml_html

from minutes.ingest import limits
from minutes.ingest.document import Document, DocumentBuilder, spanned_text
from minutes.ingest.errors import IngestError
from minutes.ingest.sniff import decode_text

_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "button", "select",
              "iframe", "svg", "template", "head")
_CHROME = re.compile(r"(^|[-_\s])(nav|navigation|menu|breadcrumbs?|cookie\w*|skip\w*|search|footer|header|"
                     r"sidebar|banner|masthead|toolbar|social|share)($|[-_\s])", re.I)
_MAIN = ("//main", "//*[@role='main']", "//*[@id='content']", "//*[@id='main-content']", "//*[@id='mgContent']",
         "//*[contains(concat(' ', normalize-space(@class), ' '), ' mgContent ')]", "//article")
_BLOCK = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "blockquote", "pre", "dd", "dt", "section",
          "ul", "ol", "dl", "br", "hr", "tr", "td", "th", "caption", "address", "center", "article", "main"}
_BOLD = {"b", "strong"}
_BR = "\u2028"  # where a <br> ends a line inside a paragraph (LINE SEPARATOR: never in a page's own text)


def read_html(data: bytes, path: str, sha256: str) -> Document:
    """Read HTML bytes into a Document (one page)."""
    if len(data) > limits.MAX_XML_BYTES:
        raise IngestError(path, f"HTML page is {len(data):,} bytes, over the MINUTES_MAX_XML_BYTES limit "
                                f"({limits.MAX_XML_BYTES:,})")
    text, _ = decode_text(data, path, strict=False)
    # huge_tree: without it libxml2 silently drops a text node over 10 MB (the page's size is capped above)
    # encoding: the bytes handed over are the decoded text in UTF-8, whatever the page's own meta charset says
    parser = lxml_html.HTMLParser(no_network=True, remove_comments=True, remove_pis=True, recover=True,
                                  huge_tree=True, encoding="utf-8")
    try:
        root = lxml_html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise IngestError(path, f"not readable HTML: {exc}") from None
    for element in root.xpath("//*"):
        if not isinstance(element.tag, str):
            continue
        if element.tag in _DROP_TAGS or _CHROME.search(f"{element.get('id', '')} {element.get('class', '')}"):
            if element.getparent() is not None and element.tag not in ("html", "body"):
                element.drop_tree()
    body = root.find("body")
    content = next((found[0] for xp in _MAIN if (found := root.xpath(xp))), root if body is None else body)
    builder = DocumentBuilder()
    _walk(content, builder)
    # where the parser gave up, the rest of the page is missing: say so rather than cut it quietly
    stopped = tuple(f"HTML parser stopped early, later text may be missing: {e.message}"
                    for e in parser.error_log if e.level_name == "FATAL")
    return builder.build(path, sha256, "html", 1, stopped[:1])


def _walk(element: lxml_html.HtmlElement, builder: DocumentBuilder) -> None:
    """Emit a block for each block-level element whose text is not inside a nested block."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "table":
        _table(element, builder)
        return
    if tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        builder.add("heading", element.text_content(), 1, level=int(tag[1]), bold=True)
        return
    if tag in ("p", "li", "dd", "dt", "blockquote", "pre", "address", "caption") and not _has_block_child(element):
        kind = "list_item" if tag == "li" else "paragraph"
        # "<strong>Present:</strong> A, B<br><strong>Apologies:</strong> C": a <br> ends a line; a line end in the
        # page's source is a space, as a browser shows it (Word's "Save as HTML" wraps every paragraph at 80 columns)
        lines = _text(element, "\n").split("\n") if tag == "pre" else _text(element, _BR).split(_BR)
        for line in lines:
            builder.add(kind, line, 1, level=_depth(element) if tag == "li" else 0,
                        bold=len(lines) == 1 and _all_bold(element))
        return
    # a container: its own loose text and its children's tails become paragraphs between child blocks
    run: list[str] = [element.text or ""]
    for child in element:
        child_tag = child.tag if isinstance(child.tag, str) else ""
        if child_tag in _BLOCK:
            builder.add("paragraph", "".join(run), 1)
            run = []
            if child_tag not in ("br", "hr"):
                _walk(child, builder)
        else:
            run.append(_text(child, " ") if child_tag else "")
        run.append(child.tail or "")
    builder.add("paragraph", "".join(run), 1)


def _table(table: lxml_html.HtmlElement, builder: DocumentBuilder) -> None:
    number = builder.new_table()
    spanned: dict[int, tuple[int, str]] = {}  # column -> (rows still covered by a cell above, what they read there)
    for row in table.xpath(".//tr"):
        if row.xpath("ancestor::table[1]")[0] is not table:
            continue  # a nested table's rows belong to its cell's text
        cells = row.xpath("./td|./th")
        builder.add_row(_aligned(cells, spanned), 1, number,
                        bold=bool(cells) and all(c.tag == "th" or _all_bold(c) for c in cells))


def _aligned(cells: list[lxml_html.HtmlElement], spanned: dict[int, tuple[int, str]]) -> list[str]:
    """The row's cell texts in the table's columns: where a cell above spans down into this row, what a Word
    table's merged cell gives it (its text if short, an owner or a date, else nothing), and empty cells after
    a cell spanning several columns (an owner stays under "Owner", not under "Due")."""
    texts: list[str] = []

    def covered() -> None:
        while spanned.get(len(texts), (0, ""))[0]:
            left, text = spanned[len(texts)]
            spanned[len(texts)] = (left - 1, text)
            texts.append(text)

    for cell in cells:
        covered()
        column, text = len(texts), _text(cell, " ")
        width, height = _span(cell, "colspan"), _span(cell, "rowspan")
        texts += [text] + [""] * (width - 1)
        for k in range(column, column + width):
            if height > 1:
                spanned[k] = (height - 1, spanned_text(text) if k == column else "")
    for k in sorted(c for c, (left, _) in spanned.items() if left and c >= len(texts)):  # spanned cells at the row's end
        texts += [""] * (k - len(texts))
        covered()
    return texts


def _span(cell: lxml_html.HtmlElement, attribute: str) -> int:
    value = cell.get(attribute, "1").strip()
    return min(int(value), 100) if value.isdigit() and int(value) > 0 else 1


def _text(element: lxml_html.HtmlElement, line_break: str) -> str:
    """The element's text with each ``<br>`` written as ``line_break`` (lxml's text_content drops it, gluing
    "Cllr Boris Cole<br>In attendance" into one word)."""
    if element.find(".//br") is None:
        return element.text_content()
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(line_break if child.tag == "br" else _text(child, line_break))
        parts.append(child.tail or "")
    return "".join(parts)


def _has_block_child(element: lxml_html.HtmlElement) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCK - {"br"} for c in element)


def _depth(element: lxml_html.HtmlElement) -> int:
    return max(len(element.xpath("ancestor::ul|ancestor::ol")) - 1, 0)


def _all_bold(element: lxml_html.HtmlElement) -> bool:
    text = element.text_content().strip()
    bold = "".join(b.text_content() for b in element.iter(*_BOLD)).strip()
    return bool(text) and len(bold) >= len(text) - 1
