"""Stage `read`: decode the input bytes into text, recording the encoding and any damage."""
from __future__ import annotations

import codecs
import re

import regex

from .. import patterns as P
from ..errors import InputError
from ..state import State

BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
# Legacy Chinese encodings tried in order when UTF-8 fails; GBK/GB2312 are read as their superset.
FALLBACKS = ("gb18030", "big5")
WIDEN = {"gbk": "gb18030", "gb2312": "gb18030", "cp936": "gb18030", "hz": "gb18030", "x-gbk": "gb18030"}
# The standard library's engine: on one plain character class it is several times faster (asked of every input).
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\ufffd]")
CONTROL_LIMIT = 0.10   # share of control characters above which a file is taken as binary


HTML_SUFFIXES = (".html", ".htm", ".shtml", ".xhtml")
FORMATS = ("txt", "html", "docx", "pdf")
PDF_MAGIC = b"%PDF-"
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"     # the old binary .doc (and .xls, .wps)
BINARY_READERS = {"docx": "docx_to_text", "pdf": "pdf_to_text"}


def read(state: State) -> None:
    if not state.source:
        data = state.data
        if not data.strip():
            raise InputError("input is empty", "empty")
        binary = _binary_format(state)
        if binary:
            _read_binary(state, binary)
            return
        text, encoding = decode(data, state)
        if _looks_binary(text):
            raise InputError("input looks like a binary file, not text", "binary")
        state.source, state.encoding = text, encoding
    if _is_html(state):
        _read_html(state)
    elif state.source.startswith("Title:"):
        _export_header(state)


def _export_header(state: State) -> None:
    """Title: … / URL Source: … / Markdown Content: (a reader service's export of a web page): the page's title
    and address are page fields, as a page's <title> is, and the header is no text (blanked: offsets stay)."""
    found = P.EXPORT_HEADER.match(state.source)
    if found is None:
        return
    state.page_meta.update({"TitleTag": found.group("title").strip(), "url": found.group("url")})
    header = state.source[:found.end()]
    state.source = regex.sub(r"[^\n]", " ", header) + state.source[found.end():]


def _binary_format(state: State) -> str | None:
    """'docx' or 'pdf' when the caller says so or the bytes are one; refuses the old binary .doc."""
    if state.input_format:
        return state.input_format if state.input_format in BINARY_READERS else None
    head = state.data[:1024]
    if PDF_MAGIC in head:
        return "pdf"
    if head.startswith(ZIP_MAGIC) and _is_docx(state.data):
        return "docx"
    if head.startswith(ZIP_MAGIC) or head[257:262] == b"ustar" or head.startswith(b"\x1f\x8b"):
        raise InputError("an archive (zip, tar or gzip), not a document: use `policyparse batch` for archives",
                         "archive")
    if head.startswith(OLE_MAGIC):
        raise InputError("an old binary Word/Office file (.doc); save it as .docx", "unsupported_format")
    return None


def _is_docx(data: bytes) -> bool:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return "word/document.xml" in archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError):
        return False


def _read_binary(state: State, fmt: str) -> None:
    import importlib

    reader = importlib.import_module(f"..readers.{fmt}", __package__)
    text = getattr(reader, BINARY_READERS[fmt])(state.data)
    if isinstance(text, tuple):             # (text, warnings) from a reader that skipped damage
        text, warnings = text
        for code, message in warnings:
            state.warn(code, message)
    if not text.strip():
        raise InputError(f"the {fmt.upper()} file holds no text", "empty")
    state.source, state.encoding, state.reader = text, None, fmt


def _is_html(state: State) -> bool:
    if state.input_format:
        return state.input_format == "html"
    if state.path and state.path.lower().endswith(HTML_SUFFIXES):
        return True
    from ..readers.html import looks_like_html

    return looks_like_html(state.source)


def _read_html(state: State) -> None:
    from ..readers.html import html_to_text

    text, page_meta = html_to_text(state.source)
    if not text.strip():
        raise InputError("the page holds no text", "empty")
    state.source, state.page_meta, state.reader = text, page_meta, "html"


def decode(data: bytes, state: State) -> tuple[str, str]:
    for bom, name in BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace"), name
    if data[:2000].count(b"\x00") > len(data[:2000]) // 4 and len(data) % 2 == 0:
        guess = _utf16_without_bom(data)
        if guess:
            return guess
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    for name in (*_declared(data), _detect(data), *FALLBACKS):
        if not name:
            continue
        try:
            return data.decode(name), name
        except (UnicodeDecodeError, LookupError):
            continue
    # Mostly UTF-8 with damage: keep it, replace what cannot be read, and say where.
    state.warn("undecodable_bytes",
               f"bytes not valid UTF-8 from byte {utf8_error.start}; replaced with U+FFFD",
               (utf8_error.start, utf8_error.end))
    return data.decode("utf-8", errors="replace"), "utf-8"


def _declared(data: bytes) -> list[str]:
    """Charsets a web page declares; the GBK family is read as its superset GB18030."""
    from ..readers.html import declared_charsets

    return [WIDEN.get(name, name) for name in declared_charsets(data)]


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    for name in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(name)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            return text, name
    return None


def _detect(data: bytes) -> str | None:
    """Ask charset-normalizer; GBK-family answers are widened to GB18030."""
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None:
        return None
    name = best.encoding.lower()
    return WIDEN.get(name, name)


def _looks_binary(text: str) -> bool:
    sample = text[:5000]
    if not sample:
        return False
    bad = len(CONTROL.findall(sample))
    return bad / len(sample) > CONTROL_LIMIT
