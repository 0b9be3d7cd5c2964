"""The public API: parse_text, parse_file. The CLI is one call of these."""
from __future__ import annotations

import contextlib
import gc
import os
from pathlib import Path

from .errors import InputError
from .models import Document
from .state import State

DEFAULT_MAX_BYTES = 200 * 1024 * 1024
INPUT_FORMATS = ("txt", "html", "docx", "pdf")


@contextlib.contextmanager
def _collector_paused():
    """The cycle collector paused while one document is parsed: the parse's objects all live to its end,
    so the collector's passes over them (more of them, and longer, the bigger the document: quadratic on a
    huge one) find nothing to free. It runs again after; a caller's own setting is kept."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _parsed(state: State) -> Document:
    """The pipeline run over a state and its document built, with the collector paused; the section
    tree's parent links are cut after, so the tree is freed as soon as the state is, with no cycle left
    for the collector to find."""
    from .build import build
    from .pipeline import run

    with _collector_paused():
        document = build(run(state))
        for root in state.roots:
            for node in root.walk():
                node.parent = None
        return document


def _checked_format(input_format: str | None) -> str | None:
    if input_format is not None and input_format not in INPUT_FORMATS:
        raise InputError(f"unknown input format {input_format!r}; choose one of {', '.join(INPUT_FORMATS)}",
                         "bad_format")
    return input_format


def parse_text(text: str, *, keep_script: bool = False, path: str | None = None,
               input_format: str | None = None, aliases=None) -> Document:
    """Parse a document given as text (plain text, or an HTML page: detected, or say input_format="html").

    `aliases`: a unit alias table (unitnames.load_aliases(FILE)) instead of the package's own."""
    if not text.strip():
        raise InputError("input is empty", "empty")
    state = State(source=text, keep_script=keep_script, path=path, encoding="str",
                  input_format=_checked_format(input_format), aliases=aliases)
    return _parsed(state)


def parse_bytes(data: bytes, *, keep_script: bool = False, path: str | None = None,
                max_bytes: int = DEFAULT_MAX_BYTES, input_format: str | None = None, aliases=None) -> Document:
    """Parse a document given as bytes: text in any common encoding, HTML, DOCX or PDF.

    The format is found from the content and `path`'s extension; `input_format` overrides it."""
    return parse_with_text(data, keep_script=keep_script, path=path, max_bytes=max_bytes,
                           input_format=input_format, aliases=aliases)[0]


def parse_with_text(data: bytes, *, keep_script: bool = False, path: str | None = None,
                    max_bytes: int = DEFAULT_MAX_BYTES, input_format: str | None = None,
                    aliases=None) -> tuple[Document, str]:
    """(document, text): parse_bytes, and the decoded text (as written) that the document's spans point into.
    For a web page, Word file or PDF that is the text its reader gave, one block a line."""
    if len(data) > max_bytes:
        raise InputError(f"input is {len(data)} bytes, over the limit of {max_bytes}", "too_large")
    state = State(data=data, keep_script=keep_script, path=path, input_format=_checked_format(input_format),
                  aliases=aliases)
    return _parsed(state), state.source


def read_file(path: Path, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file, refused with a clear InputError when missing, a folder, too large or unreadable
    (the size is checked before anything is read)."""
    try:
        if not path.exists():
            raise InputError(f"{path}: no such file", "not_found")
        if path.is_dir():
            raise InputError(f"{path}: is a directory, not a file", "is_directory")
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{path}: {size} bytes, over the limit of {max_bytes}", "too_large")
        with open(path, "rb") as handle:
            return read_bounded(handle, max_bytes, str(path))
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})", "unreadable") from None


def read_bounded(handle, max_bytes: int, name: str = "input") -> bytes:
    """At most `max_bytes` from a file or a stream (a pipe, /dev/zero, standard input): one byte more
    than the limit is refused, and nothing past it is read."""
    data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"{name}: over the limit of {max_bytes} bytes", "too_large")
    return data


def parse_file(path: str | os.PathLike, *, keep_script: bool = False,
               max_bytes: int = DEFAULT_MAX_BYTES, input_format: str | None = None, aliases=None) -> Document:
    """Parse the file at `path`."""
    return parse_file_with_text(path, keep_script=keep_script, max_bytes=max_bytes, input_format=input_format,
                                aliases=aliases)[0]


def parse_file_with_text(path: str | os.PathLike, *, keep_script: bool = False, max_bytes: int = DEFAULT_MAX_BYTES,
                         input_format: str | None = None, aliases=None) -> tuple[Document, str]:
    """(document, text) of the file at `path`: parse_with_text, its errors naming the file."""
    p = Path(path)
    data = read_file(p, max_bytes)
    try:
        return parse_with_text(data, keep_script=keep_script, path=str(path), max_bytes=max_bytes,
                               input_format=input_format, aliases=aliases)
    except InputError as exc:
        raise InputError(f"{p}: {exc}", exc.code) from None
