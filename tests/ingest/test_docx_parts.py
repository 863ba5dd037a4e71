"""Parts of a Word file beyond plain paragraphs: text boxes (which Word writes twice, as DrawingML and
as a VML fallback for older readers). Made-up files built with python-docx."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx import Document as WordDocument
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.styles.styles import Styles

from minutes import ingest
from minutes.ingest.docx import _style_name_in, _written_plainly

_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
       'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
       'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
       'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"')


def _text_box(text: str) -> str:
    """A run holding a text box the way Word saves one: the shape, and a VML copy for older readers."""
    content = f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"
    return (f'<w:r {_NS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:inline>'
            f'<wp:extent cx="5000000" cy="500000"/><wp:docPr id="1" name="Text Box 1"/><a:graphic>'
            f'<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:txbx>{content}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:inline>'
            f'</w:drawing></mc:Choice><mc:Fallback><w:pict>{content}</w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def test_a_letterhead_in_a_text_box_is_read_once_as_its_own_block(tmp_path: Path) -> None:
    word = WordDocument()
    anchor = word.add_paragraph("Minutes of the meeting held on 8 March 2022")
    anchor._p.insert(0, parse_xml(_text_box("LOWER ASHBY PARISH COUNCIL")))
    word.add_paragraph("Present: Cllr Alma Birch (Chair), Cllr Boris Cole")
    path = tmp_path / "minutes.docx"
    word.save(path)
    doc = ingest.read(path)
    assert [b.text for b in doc.blocks][:3] == ["LOWER ASHBY PARISH COUNCIL", "Minutes of the meeting held on 8 March 2022",
                                                "Present: Cllr Alma Birch (Chair), Cllr Boris Cole"]


def test_the_first_page_header_and_footer_are_read_as_furniture(tmp_path: Path) -> None:
    word = WordDocument()
    word.sections[0].header.paragraphs[0].text = "LOWER ASHBY PARISH COUNCIL"
    word.sections[0].footer.paragraphs[0].text = "Signed ........ Chairman"
    word.add_paragraph("Minutes of the meeting held on 8 March 2022")
    path = tmp_path / "minutes.docx"
    word.save(path)
    doc = ingest.read(path)
    assert [(b.text, b.furniture) for b in doc.blocks] == [("LOWER ASHBY PARISH COUNCIL", True),
                                                          ("Minutes of the meeting held on 8 March 2022", False),
                                                          ("Signed ........ Chairman", True)]
    assert doc.body_text() == "Minutes of the meeting held on 8 March 2022"


def test_a_document_without_header_or_footer_reads_as_with_python_docx_empty_ones(tmp_path: Path) -> None:
    word = WordDocument()
    word.add_paragraph("Minutes of the meeting held on 8 March 2022")
    path = tmp_path / "minutes.docx"
    word.save(path)
    doc = ingest.read(path)
    assert [(b.text, b.furniture) for b in doc.blocks] == [("Minutes of the meeting held on 8 March 2022", False)]
    # the reader skips an undefined header or footer: what python-docx adds in its place holds no text
    section = WordDocument(str(path)).sections[0]
    assert section.header.is_linked_to_previous and section.footer.is_linked_to_previous
    assert [p.text for p in section.header.paragraphs + section.footer.paragraphs] == ["", ""]


def test_paragraph_styles_are_named_without_parsing_the_styles_part(tmp_path: Path, monkeypatch) -> None:
    # every DOCX python-docx writes carries its template's 350 KB styles part: parsing it was a third of the read
    word = WordDocument()
    word.add_heading("Lower Ashby Parish Council", level=1)
    word.add_paragraph("Minutes of the meeting held on 8 March 2022")
    word.add_heading("Apologies", level=2)
    word.add_paragraph("Cllr Alma Birch", style="List Bullet 2")
    path = tmp_path / "minutes.docx"
    word.save(path)
    parsed: list[bytes] = []
    parse = docx.opc.part.parse_xml
    monkeypatch.setattr(docx.opc.part, "parse_xml", lambda blob: parsed.append(blob[:300]) or parse(blob))
    checked = _written_plainly.cache_info()
    doc = ingest.read(path)
    assert [(b.kind, b.level) for b in doc.blocks] == [("heading", 1), ("paragraph", 0), ("heading", 2), ("list_item", 1)]
    assert parsed and not any(b"<w:styles" in head for head in parsed)
    # three styles looked up, the part's bytes checked once
    assert (_written_plainly.cache_info().misses - checked.misses, _written_plainly.cache_info().hits - checked.hits) == (1, 2)


_TEMPLATE = zipfile.ZipFile(Path(docx.__file__).parent / "templates" / "default.docx").read("word/styles.xml")
_FIRST_STYLE = _TEMPLATE.index(b"<w:style ")


def _edited(*edits: tuple[bytes, bytes]) -> bytes:
    xml = _TEMPLATE
    for old, new in edits:
        assert old in xml
        xml = xml.replace(old, new, 1)
    return xml


def _before_first_style(element: bytes) -> bytes:
    return _TEMPLATE[:_FIRST_STYLE] + element + _TEMPLATE[_FIRST_STYLE:]


@pytest.mark.parametrize("xml", [
    _TEMPLATE,
    _edited((b'w:styleId="Heading1"', b"w:styleId = 'Heading1'"), (b'w:type="paragraph" w:styleId="Title"', b'w:styleId="Title"')),
    _edited((b'<w:name w:val="heading 2"/>', b""), (b'<w:name w:val="Title"/>', b'<w:name w:val="T&#105;tle"/>')),
    _before_first_style(b'<w:style w:type="character" w:styleId="Heading1"><w:name w:val="Decoy"/></w:style>'
                        b'<w:style w:type="paragraph" w:styleId="Heading3"/>'
                        b"""<w:style w:type="paragraph" w:styleId="Quoted"><w:name w:val=' w:styleId="Heading4"'/></w:style>"""),
    _before_first_style(b'<!-- <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Decoy"/></w:style> -->'),
    _before_first_style(b'<w:style xmlns:w="urn:other" w:type="paragraph" w:styleId="Heading1"><w:name w:val="Decoy"/></w:style>'),
    _edited((b'w:styleId="Heading1"', b'w:styleId="Heading&#49;"')),
], ids=["template", "quotes", "no_name_or_reference", "decoys", "comment", "prefix_rebound", "id_reference"])
def test_style_names_read_in_the_bytes_are_python_docx_names(xml: bytes) -> None:
    styles = Styles(parse_xml(xml))
    ids = {i.decode() for i in re.findall(rb"""w:styleId\s*=\s*["']([^"'&]*)""", xml)} | {"NoSuchStyle"}
    answered = 0
    for style_id in sorted(ids):
        name = _style_name_in(xml, style_id)
        if name is not None:
            answered += 1
            assert name == (styles.get_by_id(style_id, WD_STYLE_TYPE.PARAGRAPH).name or style_id)
    assert answered >= 30 or b"<!" in xml or xml.count(b"xmlns:w=") > 1 or b"&#49;" in xml
