"""Parts of a Word file beyond plain paragraphs: text boxes (which Word writes twice, as DrawingML and
as a VML fallback for older readers). Made-up files built with python-docx."""
from __future__ import annotations

from pathlib import Path

from docx import Document as WordDocument
from docx.oxml import parse_xml

from minutes import ingest

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
