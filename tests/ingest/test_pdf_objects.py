"""The PDF reader walks a page's objects through pdfium's functions directly: the same objects, in
the same order and to the same depth (forms drawn on the page, one level down) as pypdfium2's
``get_objects(max_depth=2)``, which made a wrapper object for each."""
from __future__ import annotations

import ctypes

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from minutes.ingest.pdf import _edges, _page_objects


def _rule(page: pdfium.PdfPage, y: float) -> None:
    rect = pdfium_c.FPDFPageObj_CreateNewRect(50, y, 400, 0.5)
    pdfium_c.FPDFPath_SetDrawMode(rect, pdfium_c.FPDF_FILLMODE_ALTERNATE, False)  # filled, no stroke: a thin rule
    pdfium_c.FPDFPage_InsertObject(page.raw, rect)


def _nested() -> tuple[pdfium.PdfDocument, list[pdfium.PdfDocument]]:
    """A page with a rule and a form that holds a rule and a form of its own (two levels of forms)."""
    inner = pdfium.PdfDocument.new()
    _rule(inner.new_page(500, 700), 100)
    inner[0].gen_content()
    middle = pdfium.PdfDocument.new()
    page = middle.new_page(500, 700)
    _rule(page, 200)
    page.insert_obj(inner.page_as_xobject(0, middle).as_pageobject())
    page.gen_content()
    outer = pdfium.PdfDocument.new()
    page = outer.new_page(500, 700)
    _rule(page, 300)
    page.insert_obj(middle.page_as_xobject(0, outer).as_pageobject())
    page.gen_content()
    return outer, [inner, middle]


def _address(obj) -> int:
    return ctypes.cast(obj, ctypes.c_void_p).value


def test_page_objects_are_get_objects_to_depth_two() -> None:
    pdf, _keep = _nested()
    page = pdf[0]
    wrapped = [(obj.type, _address(obj.raw)) for obj in page.get_objects(max_depth=2)]
    direct = [(kind, _address(obj)) for kind, obj in _page_objects(page)]
    assert direct == wrapped
    assert [kind for kind, _ in direct].count(pdfium_c.FPDF_PAGEOBJ_FORM) == 2  # the page's form and the one inside it
    assert [kind for kind, _ in direct].count(pdfium_c.FPDF_PAGEOBJ_PATH) == 2  # the innermost form's rule lies too deep
    edges, images = _edges(page, page.get_height())
    assert len(edges) == 2 and not images
