"""DOCX: paragraphs and tables in body order, with heading styles, list numbering, bold and pages.

The zip is checked against the size limits before python-docx decompresses any part, and XML is parsed by
python-docx's parser, which never resolves external entities.
"""
from __future__ import annotations

import functools
import io
import re
import zipfile

import docx
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.package import Unmarshaller
from docx.opc.part import Part, PartFactory
from docx.opc.pkgreader import PackageReader
from docx.oxml.ns import qn
from docx.oxml.parser import parse_xml
from docx.package import Package
from docx.parts.styles import StylesPart
from docx.styles import BabelFish
from lxml import etree

from minutes.ingest import limits
from minutes.ingest.document import Document, DocumentBuilder, spanned_text
from minutes.ingest.errors import IngestError
from minutes.ingest.inflate import inflated_size

_HEADING_STYLE = re.compile(r"^(heading|title)\s*(\d*)$", re.I)


def read_docx(data: bytes, path: str, sha256: str) -> Document:
    """Read DOCX bytes into a Document. The first page's header and footer (a letterhead, a strap line) are
    read as furniture blocks, before and after the body, as a PDF's running lines are: not content."""
    check_zip_limits(data, path)
    try:
        word = _open(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise IngestError(path, "not a DOCX: damaged or truncated zip archive") from None
    except KeyError as exc:
        raise IngestError(path, f"damaged DOCX: missing part {exc}") from None
    except etree.XMLSyntaxError as exc:
        raise IngestError(path, f"damaged DOCX: XML is not well-formed ({exc.msg})") from None
    except ValueError as exc:
        raise IngestError(path, f"not a readable DOCX: {exc}") from None
    reader = _BodyReader(word)
    first = word.sections[0] if len(word.sections) else None
    first_page = first is not None and first.different_first_page_header_footer
    if first is not None:
        _running(reader, first.first_page_header if first_page else first.header)
    try:
        reader.read(word.element.body)
    except etree.XMLSyntaxError as exc:  # the styles part, parsed when python-docx is first asked for a style
        raise IngestError(path, f"damaged DOCX: XML is not well-formed ({exc.msg})") from None
    if first is not None:
        _running(reader, first.first_page_footer if first_page else first.footer)
    return reader.builder.build(path, sha256, "docx", reader.page, tuple(reader.warnings))


def _running(reader: _BodyReader, part: docx.section._BaseHeaderFooter) -> None:
    """The first section's header or footer, when the document defines one: python-docx would add an empty
    one (a paragraph without text, which gives no block) for one that is not defined, at some cost."""
    if not part.is_linked_to_previous:
        reader.running(part._element)


def _open(stream: io.BytesIO) -> docx.document.Document:
    """``docx.Document(stream)``, with the styles part parsed only when python-docx is asked for a style
    (:class:`_StylesPart`)."""
    package = Package()
    Unmarshaller.unmarshal(PackageReader.from_file(stream), package, _part)
    part = package.main_document_part
    if part.content_type != CT.WML_DOCUMENT_MAIN:
        raise ValueError(f"file '{stream}' is not a Word file, content type is '{part.content_type}'")
    return part.document


def _part(partname: str, content_type: str, reltype: str, blob: bytes, package: Package) -> Part:
    """python-docx's part for ``blob``, but the styles part's XML kept unparsed (:class:`_StylesPart`)."""
    if content_type == CT.WML_STYLES:
        return _StylesPart(partname, content_type, blob, package)
    return PartFactory(partname, content_type, reltype, blob, package)


class _StylesPart(StylesPart):
    """python-docx's styles part, its XML parsed only when first asked for: the reader needs only the names
    of the few paragraph styles a document uses, found in the part's bytes (:func:`_style_name_in`), and
    parsing the whole part (350 KB in python-docx's own template, which every DOCX it writes carries) was a
    third of reading such a file."""

    def __init__(self, partname: str, content_type: str, blob: bytes, package: Package) -> None:
        Part.__init__(self, partname, content_type, blob, package)
        self.xml = blob

    @functools.cached_property
    def _element(self) -> etree._Element:
        return parse_xml(self.xml)


# A style's start tag and its name's in the styles part's bytes, and their attributes (see _style_name_in)
_W_URI = b"schemas.openxmlformats.org/wordprocessingml/2006/main"
_PLAIN = re.compile(rb"""\s*<\?xml\s[^>]*encoding=["'](?i:utf-8)["'][^>]*\?>\s*<w:styles\s[^>]*xmlns:w="http://""" + _W_URI + b'"')
_ATTRS = rb"""(?P<attrs>(?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(?P<empty>/?)>"""
_STYLE_TAG, _NAME_TAG = re.compile(rb"<w:style" + _ATTRS), re.compile(rb"<w:name" + _ATTRS)
_ATTR = re.compile(rb"""([\w:.-]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')""")
_ID_WITH_REFERENCE = re.compile(rb"""w:styleId\s*=\s*(?:"[^"]*&|'[^']*&)""")


def _attributes(tag: re.Match) -> dict[bytes, bytes] | None:
    """A start tag's attributes; None when a value holds a reference or white space other than a space
    (which the XML parser would replace)."""
    values = {name: double or single for name, double, single in _ATTR.findall(tag.group("attrs"))}
    return None if any(re.search(rb"[&\t\n\r]", value) for value in values.values()) else values


@functools.lru_cache(maxsize=4)  # asked for each style id a document uses: the part's bytes are checked once
def _written_plainly(xml: bytes) -> bool:
    """Whether a styles part can be read without parsing it: UTF-8, the w prefix bound once and the namespace
    to no other prefix, no comments or DTD, no references in the style ids."""
    return xml.count(_W_URI) == 1 and xml.count(b"xmlns:w=") == 1 and b"<!" not in xml and _PLAIN.match(xml) is not None \
        and not _ID_WITH_REFERENCE.search(xml)


def _style_name_in(xml: bytes, style_id: str) -> str | None:
    """The name python-docx gives the paragraph style ``style_id`` (``styles.get_by_id(...).name or style_id``),
    read in the styles part's bytes, without parsing them: the first ``w:style`` with that id, when it is a
    paragraph style. None when python-docx must be asked: no such style, another type, or XML not written
    plainly (another encoding, the namespace bound twice or to another prefix, comments, references)."""
    if not _written_plainly(xml):
        return None
    wanted = style_id.encode()
    # the attribute's name first, a literal the regex engine looks for quickly (a \s first was tried at every space)
    for at in re.finditer(rb"""w:styleId\s*=\s*(?:"%s"|'%s')""" % ((re.escape(wanted),) * 2), xml):
        if not xml[at.start() - 1:at.start()].isspace():
            continue  # the end of another attribute's name
        tag = _STYLE_TAG.match(xml, xml.rfind(b"<", 0, at.start()))
        if tag is None or tag.end() <= at.start():
            continue  # the words in another element's tag, or in text
        attrs = _attributes(tag)
        if attrs is None:
            return None
        if attrs.get(b"w:styleId") == wanted:
            return _paragraph_style_name(xml, tag, attrs, style_id)
    return None


def _paragraph_style_name(xml: bytes, tag: re.Match, attrs: dict[bytes, bytes], style_id: str) -> str | None:
    """The name of the style whose start tag is ``tag`` (its ``w:name``, as python-docx shows it, else its
    id) when it is a paragraph style; None when it is not, or its name is not written plainly."""
    end = tag.end() if tag.group("empty") else xml.find(b"</w:style>", tag.end())
    if attrs.get(b"w:type") != b"paragraph" or end < 0:  # python-docx takes a style without a type for another
        return None
    name = _NAME_TAG.search(xml, tag.end(), end)
    if name is None:
        return style_id
    value = (_attributes(name) or {}).get(b"w:val")
    try:
        return (BabelFish.internal2ui(value.decode()) or style_id) if value is not None else None
    except UnicodeDecodeError:
        return None


def check_zip_limits(data: bytes, path: str) -> None:
    """Refuse zip bombs: each part's size is counted by inflating it (without keeping the bytes), not
    taken from its header, and checked against the part, XML and total limits before python-docx
    reads anything. A part that inflates past the size its header declares is refused as damaged."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except zipfile.BadZipFile:
        raise IngestError(path, "not a DOCX: damaged or truncated zip archive") from None
    total = 0
    for info in infos:
        if info.flag_bits & 0x1:
            raise IngestError(path, f"encrypted DOCX part {info.filename} (password required)")
        if info.file_size > limits.MAX_ZIP_PART_BYTES:
            raise IngestError(path, f"archive part {info.filename} exceeds {limits.MAX_ZIP_PART_BYTES // 2**20} MB "
                                    f"uncompressed (MINUTES_MAX_ZIP_PART_BYTES)")
        size = _part_size(data, info, path)
        if size > info.file_size:
            raise IngestError(path, f"damaged DOCX: part {info.filename} inflates past the {info.file_size:,} bytes "
                                    f"its zip header declares")
        if info.filename.endswith((".xml", ".rels")) and size > limits.MAX_XML_BYTES:
            raise IngestError(path, f"XML part {info.filename} is over the MINUTES_MAX_XML_BYTES limit "
                                    f"({limits.MAX_XML_BYTES:,} bytes)")
        total += size
        if total > limits.MAX_ZIP_TOTAL_BYTES:
            raise IngestError(path, f"archive exceeds {limits.MAX_ZIP_TOTAL_BYTES // 2**20} MB uncompressed in total "
                                    f"(MINUTES_MAX_ZIP_TOTAL_BYTES)")


def _part_size(data: bytes, info: zipfile.ZipInfo, path: str) -> int:
    """The bytes a zip part really inflates to, counted only until it passes its declared size (or
    the XML limit); stored parts: what a reader would read."""
    local = data[info.header_offset:info.header_offset + 30]
    if len(local) < 30 or not local.startswith(b"PK\x03\x04"):
        raise IngestError(path, "not a DOCX: damaged or truncated zip archive")
    start = info.header_offset + 30 + int.from_bytes(local[26:28], "little") + int.from_bytes(local[28:30], "little")
    if info.compress_type == zipfile.ZIP_STORED:
        return min(info.compress_size, info.file_size)
    if info.compress_type != zipfile.ZIP_DEFLATED:
        raise IngestError(path, f"not a readable DOCX: part {info.filename} uses zip compression method "
                                f"{info.compress_type}, which Word does not write")
    allowed = min(info.file_size, limits.MAX_XML_BYTES if info.filename.endswith((".xml", ".rels")) else info.file_size)
    size, valid = inflated_size(data, start, start + info.compress_size, allowed, raw=True)
    if not valid:
        raise IngestError(path, f"damaged DOCX: part {info.filename} is not valid deflate data")
    return size


# WordprocessingML names in Clark notation, built once (qn() splits and formats on every call)
_P, _TBL, _SDT, _SDT_CONTENT, _ALT_CHUNK = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent"), qn("w:altChunk")
_TR, _TC, _VAL, _R_ID = qn("w:tr"), qn("w:tc"), qn("w:val"), qn("r:id")
_PAGE_BREAK_BEFORE = f"{qn('w:pPr')}/{qn('w:pageBreakBefore')}"
_NUM_PR, _ILVL = f"{qn('w:pPr')}/{qn('w:numPr')}", f"{qn('w:pPr')}/{qn('w:numPr')}/{qn('w:ilvl')}"
_V_MERGE, _P_STYLE = f"{qn('w:tcPr')}/{qn('w:vMerge')}", f"{qn('w:pPr')}/{qn('w:pStyle')}"
_GRID_SPAN = f"{qn('w:tcPr')}/{qn('w:gridSpan')}"
_RUN, _T, _TAB, _BR, _CR, _TYPE = qn("w:r"), qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr"), qn("w:type")
_RENDERED_BREAK, _R_PR, _B = qn("w:lastRenderedPageBreak"), qn("w:rPr"), qn("w:b")
# a text box's content, and the VML copy of each drawing Word writes for older readers (read once, from the drawing)
_TXBX, _FALLBACK = qn("w:txbxContent"), "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


class _BodyReader:
    """Walks the body XML in order, appending blocks and counting page breaks."""

    def __init__(self, word: docx.document.Document) -> None:
        self.word = word
        self.builder = DocumentBuilder()
        self._styles: dict[str, str] = {}  # paragraph style id -> name
        self.page = 1
        self.warnings: list[str] = []
        # Word records where it last laid out page breaks; when present they are the truest
        # page numbers (they include explicit breaks), otherwise count explicit breaks.
        self.rendered = next(word.element.body.iter(qn("w:lastRenderedPageBreak")), None) is not None

    def read(self, body: etree._Element) -> None:
        for child in body.iterchildren():
            if child.tag == _P:
                self._paragraph(child)
            elif child.tag == _TBL:
                self._table(child)
            elif child.tag == _SDT:
                content = child.find(_SDT_CONTENT)
                if content is not None:
                    self.read(content)
            elif child.tag == _ALT_CHUNK:
                self._alt_chunk(child)

    def running(self, part: etree._Element) -> None:
        """A page header's or footer's paragraphs (tables' and text boxes' too), each a furniture block."""
        for p in part.iter(_P):
            if not _inside(p, part, (_FALLBACK,)):
                self.builder.add("paragraph", _paragraph_text(p, self.rendered)[0], self.page, furniture=True)

    def _alt_chunk(self, chunk: etree._Element) -> None:
        """An embedded document (HTML, RTF or another DOCX merged in by Word, "altChunk"): its text is
        not read, so say so rather than drop it silently."""
        part = self.word.part.rels.get(chunk.get(_R_ID))
        name = part.target_ref if part is not None else "a missing part"
        self.warnings.append(f"embedded document (altChunk) {name} on page {self.page} not read")

    def _paragraph(self, p: etree._Element) -> None:
        if not self.rendered and p.find(_PAGE_BREAK_BEFORE) is not None:
            self.page += 1
        for box in p.iter(_TXBX):  # a text box anchored in the paragraph (a letterhead, a panel): its own blocks first
            if not _inside(box, p, (_TXBX, _FALLBACK)):
                self.read(box)
        text, bold, breaks = _paragraph_text(p, self.rendered)
        style = self._style_name(p)
        heading = _HEADING_STYLE.match(style)
        level = 0
        if heading:
            kind, level = "heading", int(heading.group(2) or 1)
        elif p.find(_NUM_PR) is not None or style.lower().startswith("list"):
            kind = "list_item"
            ilvl = p.find(_ILVL)
            level = int(ilvl.get(_VAL, "0")) if ilvl is not None else _trailing_number(style) - 1
        else:
            kind = "paragraph"
        self.builder.add(kind, text, self.page, level=max(level, 0), bold=bold or bool(heading))
        self.page += breaks

    def _table(self, tbl: etree._Element) -> None:
        table = self.builder.new_table()
        above: dict[int, str] = {}  # grid column -> the text of the cell there that a merged cell continues
        for tr in tbl.iterchildren(_TR):
            cells, bolds, breaks, column = [], [], 0, 0
            for tc in tr.iterchildren(_TC):
                merge = tc.find(_V_MERGE)
                continuation = merge is not None and merge.get(_VAL) in (None, "continue")
                span = tc.find(_GRID_SPAN)
                width = int(span.get(_VAL, "1")) if span is not None and span.get(_VAL, "").isdigit() else 1
                parts = []
                for p in tc.iter(_P):
                    if _inside(p, tc, (_FALLBACK,)):
                        continue
                    text, bold, n = _paragraph_text(p, self.rendered)
                    breaks += n
                    if text.strip():
                        parts.append(text)
                        bolds.append(bold)
                if continuation:
                    cells.append(spanned_text(above.get(column, "")))
                else:
                    cells.append(" ".join(parts))
                    above[column] = cells[-1]
                column += width
            self.builder.add_row(cells, self.page, table, bold=bool(bolds) and all(bolds))
            self.page += breaks

    def _style_name(self, p: etree._Element) -> str:
        style = p.find(_P_STYLE)
        if style is None:
            return ""
        style_id = style.get(_VAL, "")
        if style_id not in self._styles:  # python-docx searches every style on each lookup
            self._styles[style_id] = _style_name_in(self._styles_xml(), style_id) or self._docx_style_name(style_id)
        return self._styles[style_id]

    def _styles_xml(self) -> bytes:
        """The styles part's bytes, not yet parsed (b"" when the document has none)."""
        try:
            part = self.word.part.part_related_by(RT.STYLES)
        except KeyError:
            return b""
        return part.xml if isinstance(part, _StylesPart) else b""

    def _docx_style_name(self, style_id: str) -> str:
        """The paragraph style's name as python-docx finds it (the default paragraph style's for an id
        that names none), parsing the whole styles part."""
        try:
            return self.word.styles.get_by_id(style_id, docx.enum.style.WD_STYLE_TYPE.PARAGRAPH).name or style_id
        except KeyError:
            return style_id


def _paragraph_text(p: etree._Element, rendered: bool) -> tuple[str, bool, int]:
    """A paragraph's text, whether all its visible runs are bold, and the page breaks it holds
    (Word's rendered breaks when ``rendered``, else explicit page breaks)."""
    parts: list[str] = []
    bold_runs = visible_runs = breaks = 0
    for node in p.iter(_RUN):
        if node.getparent() is not p and _inside(node, p, (_TXBX, _FALLBACK)):
            continue  # a text box's runs are its own paragraphs
        run_text = []
        for child in node:
            if child.tag == _T:
                run_text.append(child.text or "")
            elif child.tag == _TAB:
                run_text.append(" ")
            elif child.tag in (_BR, _CR):
                if child.get(_TYPE) == "page":
                    breaks += not rendered
                else:
                    run_text.append(" ")
            elif child.tag == _RENDERED_BREAK:
                breaks += rendered
        text = "".join(run_text)
        if text.strip():
            visible_runs += 1
            rpr = node.find(_R_PR)
            b = rpr.find(_B) if rpr is not None else None
            if b is not None and b.get(_VAL, "true") not in ("0", "false"):
                bold_runs += 1
        parts.append(text)
    return "".join(parts), visible_runs > 0 and bold_runs == visible_runs, breaks


def _inside(node: etree._Element, top: etree._Element, tags: tuple[str, ...]) -> bool:
    """Whether ``node`` lies inside an element with one of ``tags`` below ``top``."""
    parent = node.getparent()
    while parent is not None and parent is not top:
        if parent.tag in tags:
            return True
        parent = parent.getparent()
    return False


def _trailing_number(style: str) -> int:
    match = re.search(r"(\d+)$", style)
    return int(match.group(1)) if match else 1
