"""The command line: parses options, calls the API, prints. No parsing logic lives here."""
from __future__ import annotations

import os
import sys
import tempfile
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from . import __version__

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Turn Chinese government policy documents into structured, validated data.")


class Format(str, Enum):
    json = "json"
    yaml = "yaml"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policyparse {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """policyparse: extract metadata, outline, goals and tasks from policy documents."""


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"policyparse: error: {message}", err=True)
    raise typer.Exit(code)


def _parse(file: str, keep_script: bool, max_bytes: int):
    from .api import parse_bytes, parse_file
    from .errors import PolicyParseError

    try:
        if file == "-":
            return parse_bytes(sys.stdin.buffer.read(), keep_script=keep_script, path=None,
                               max_bytes=max_bytes)
        return parse_file(file, keep_script=keep_script, max_bytes=max_bytes)
    except PolicyParseError as exc:
        fail(str(exc))
    except RecursionError:
        fail(f"{file}: document nests too deeply to parse")


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written output."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


MAX_BYTES_HELP = "Refuse inputs larger than this many bytes."


@app.command()
def extract(
    file: str = typer.Argument(..., help="Document to parse; '-' reads standard input."),
    format: Format = typer.Option(Format.json, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    keep_script: bool = typer.Option(False, "--keep-script", help="Keep traditional script in the output."),
    max_bytes: int = typer.Option(200 * 1024 * 1024, "--max-bytes", help=MAX_BYTES_HELP),
) -> None:
    """Parse one document and print its structure as JSON or YAML."""
    from .emit import render

    doc = _parse(file, keep_script, max_bytes)
    text = render(doc, format.value)
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            write_atomic(output, text)
        except OSError as exc:
            fail(f"{output}: cannot write ({exc.strerror or exc})")


@app.command()
def tasks(
    file: str = typer.Argument(..., help="Document to parse; '-' reads standard input."),
    keep_script: bool = typer.Option(False, "--keep-script", help="Keep traditional script in the output."),
    max_bytes: int = typer.Option(200 * 1024 * 1024, "--max-bytes", help=MAX_BYTES_HELP),
) -> None:
    """Print the document's tasks as a table: id, section, text, lead, support, deadline."""
    from .emit import task_table

    doc = _parse(file, keep_script, max_bytes)
    sys.stdout.write(task_table(doc))


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    from .emit import schema_json

    sys.stdout.write(schema_json())


def run() -> None:
    """Console-script entry point."""
    app()
