"""The PDF reader: the text layer of a PDF, in reading order, without page furniture.

pypdfium2 (PDFium) gives each page's text in reading order. Page numbers ("— 3 —", "- 3 -",
"第3页 共10页", "3/10") at the top or bottom of a page and running headers or footers (the same
line, numbers aside, at the top or bottom of most pages) are removed; the pages are then joined so
that a paragraph broken by a page break is rejoined by the segment stage like any wrapped line.
A PDF without a text layer (a scan) is refused with a clear error: there is no OCR.
"""
from __future__ import annotations

from collections import Counter

import regex

from ..errors import InputError

PAGE_NUMBER = regex.compile(
    r"^[\s\-—–－_·•]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*(?:共\s*)?\d{1,4}\s*页?)?(?:\s*共\s*\d{1,4}\s*页)?[\s\-—–－_·•]*$"
    r"|^[\s\-—–－]*(?:page|p\.)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?[\s\-—–－]*$", regex.I)
DIGITS = regex.compile(r"\d+")
EDGE_LINES = 2          # lines at the top and at the bottom of a page that may be furniture
RUNNING_SHARE = 0.5     # a line on at least this share of the pages (3 pages or more) is a running header
MIN_TEXT_CHARS = 20     # fewer characters than this in the whole file: no text layer
MAX_PAGES = 10_000      # pages read at most (a 630-byte file may claim a million)
MAX_PAGE_WARNINGS = 20  # unreadable pages warned one by one, the rest in one warning
MAX_UNREADABLE = 100    # this many unreadable pages before any readable one: the rest are not tried


def pdf_to_text(data: bytes) -> tuple[str, list[tuple[str, str]]]:
    """(text, warnings): the text layer without page furniture; a page that cannot be read is skipped
    with a warning."""
    try:
        import pypdfium2 as pdfium
    except ImportError:
        raise InputError("reading PDF needs pypdfium2: pip install 'policyparse[pdf]'", "missing_extra") from None
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise InputError(f"not a readable PDF ({_reason(exc)})", "bad_pdf") from None
    pages, warnings = [], []
    unreadable = 0
    try:
        count = len(document)
        if count > MAX_PAGES:
            warnings.append(("pdf_pages_limited", f"the PDF claims {count} pages; the first {MAX_PAGES} are read"))
        for number in range(min(count, MAX_PAGES)):
            try:
                pages.append(_page_lines(document[number]))
            except pdfium.PdfiumError as exc:
                unreadable += 1
                if unreadable <= MAX_PAGE_WARNINGS:
                    warnings.append(("pdf_page_unreadable", f"page {number + 1} cannot be read ({exc}); skipped"))
                if unreadable > MAX_UNREADABLE and not pages:
                    break                   # a page tree that claims pages it does not have: stop early
    finally:
        document.close()
    if unreadable > MAX_PAGE_WARNINGS:
        warnings.append(("pdf_page_unreadable", f"{unreadable - MAX_PAGE_WARNINGS} more pages cannot be read"))
    if sum(len(line) for page in pages for line in page) < MIN_TEXT_CHARS:
        if warnings and not pages:
            raise InputError("no page of the PDF can be read (a damaged file?)", "bad_pdf")
        raise InputError("the PDF has no text layer (a scanned image?); policyparse does not do OCR",
                         "no_text_layer")
    return "\n".join(line for page in _strip_furniture(pages) for line in page), warnings


def _reason(exc: Exception) -> str:
    text = str(exc)
    return "password-protected" if "password" in text.lower() else text


def _page_lines(page) -> list[str]:
    textpage = page.get_textpage()
    try:
        text = textpage.get_text_range()
    finally:
        textpage.close()
        page.close()
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return [line for line in lines if line]


def _key(line: str) -> str:
    return DIGITS.sub("#", regex.sub(r"\s+", "", line))


def _strip_furniture(pages: list[list[str]]) -> list[list[str]]:
    running = _running_lines(pages)
    out = []
    for page in pages:
        keep = list(page)
        for _ in range(EDGE_LINES):     # from the top
            if keep and (PAGE_NUMBER.match(keep[0]) or _key(keep[0]) in running):
                keep.pop(0)
        for _ in range(EDGE_LINES):     # from the bottom
            if keep and (PAGE_NUMBER.match(keep[-1]) or _key(keep[-1]) in running):
                keep.pop()
        out.append(keep)
    return out


def _running_lines(pages: list[list[str]]) -> set[str]:
    if len(pages) < 3:
        return set()
    seen: Counter = Counter()
    for page in pages:
        seen.update({_key(line) for line in page[:EDGE_LINES] + page[-EDGE_LINES:]})
    return {key for key, count in seen.items() if count >= RUNNING_SHARE * len(pages)}
