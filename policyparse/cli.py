"""The command line: parses options, calls the API, prints. No parsing logic lives here."""
from __future__ import annotations

import os
import sys
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


class InputFormat(str, Enum):
    txt = "txt"
    html = "html"
    docx = "docx"
    pdf = "pdf"


FROM_HELP = "Read the input as this format (default: found from the content and the extension)."


def _version(value: bool) -> None:
    if value:
        typer.echo(f"policyparse {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                      help="Print the version and exit.")) -> None:
    """policyparse: extract metadata, outline, goals and tasks from policy documents."""


def _print(text: str) -> None:
    """Write to standard output; a full disk (/dev/full) or a closed pipe is one error line, not a traceback."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        try:
            sys.stdout = open(os.devnull, "w")     # nothing more can reach it; the exit must not retry the flush
        finally:
            fail(f"cannot write to standard output ({exc.strerror or exc})")


def _exit_now(code: int) -> None:
    """Exit without waiting on the worker pool's threads: after an interrupt the workers are killed, and a
    result pipe a worker died writing into could keep the interpreter's exit waiting (outputs are closed)."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"policyparse: error: {message}", err=True)
    raise typer.Exit(code)


def _parse(file: str, keep_script: bool, max_bytes: int, input_format: Optional[InputFormat]):
    from .api import parse_bytes, parse_file, read_bounded
    from .errors import PolicyParseError

    fmt = input_format.value if input_format else None
    try:
        if file == "-":
            if sys.stdin is None or sys.stdin.closed:
                fail("standard input is closed")
            return parse_bytes(read_bounded(sys.stdin.buffer, max_bytes, "standard input"), keep_script=keep_script,
                               path=None, max_bytes=max_bytes, input_format=fmt)
        return parse_file(file, keep_script=keep_script, max_bytes=max_bytes, input_format=fmt)
    except PolicyParseError as exc:
        fail(str(exc))
    except RecursionError:
        fail(f"{file}: document nests too deeply to parse")


MAX_BYTES_HELP = "Refuse inputs larger than this many bytes."


@app.command()
def extract(
    file: str = typer.Argument(..., help="Document to parse; '-' reads standard input."),
    format: Format = typer.Option(Format.json, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    keep_script: bool = typer.Option(False, "--keep-script", help="Keep traditional script in the output."),
    max_bytes: int = typer.Option(200 * 1024 * 1024, "--max-bytes", help=MAX_BYTES_HELP),
    input_format: Optional[InputFormat] = typer.Option(None, "--from", help=FROM_HELP),
) -> None:
    """Parse one document (text, HTML, DOCX or PDF) and print its structure as JSON or YAML."""
    from .emit import render

    doc = _parse(file, keep_script, max_bytes, input_format)
    text = render(doc, format.value)
    if output is None:
        _print(text)
    else:
        from .files import write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:
            fail(f"{output}: cannot write ({exc.strerror or exc})")


@app.command()
def tasks(
    file: str = typer.Argument(..., help="Document to parse; '-' reads standard input."),
    keep_script: bool = typer.Option(False, "--keep-script", help="Keep traditional script in the output."),
    max_bytes: int = typer.Option(200 * 1024 * 1024, "--max-bytes", help=MAX_BYTES_HELP),
    input_format: Optional[InputFormat] = typer.Option(None, "--from", help=FROM_HELP),
) -> None:
    """Print the document's tasks as a table: id, section, text, lead, support, deadline."""
    from .emit import task_table

    doc = _parse(file, keep_script, max_bytes, input_format)
    _print(task_table(doc))


class Engine(str, Enum):
    local = "local"
    dask = "dask"


class BatchFormat(str, Enum):
    jsonl = "jsonl"
    json = "json"
    yaml = "yaml"


@app.command()
def batch(
    inputs: list[str] = typer.Argument(..., help="Files, folders (recursive) and .zip/.tar(.gz) archives."),
    output: Path = typer.Option(..., "--output", "-o",
                                help="A .jsonl file, or for json/yaml a folder mirroring the input tree."),
    format: BatchFormat = typer.Option(BatchFormat.jsonl, "--format", "-f", help="Output format."),
    jobs: Optional[int] = typer.Option(None, "--jobs", "-j", min=1,
                                       help="Worker processes (default: the number of CPUs)."),
    glob: Optional[str] = typer.Option(None, "--glob", help="Only names matching this pattern, e.g. '*.html' "
                                       "(default: .txt .md .html .htm .shtml .docx .pdf)."),
    resume: bool = typer.Option(False, "--resume", help="Skip inputs whose output exists with the same sha256."),
    errors: Optional[Path] = typer.Option(None, "--errors", help="Also write the failures here, one JSON line each."),
    keep_script: bool = typer.Option(False, "--keep-script", help="Keep traditional script in the output."),
    max_bytes: int = typer.Option(200 * 1024 * 1024, "--max-bytes", help=MAX_BYTES_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary."),
    input_format: Optional[InputFormat] = typer.Option(None, "--from", help=FROM_HELP),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local: a process pool; dask: dask.distributed "
                                  "(OUT is then a folder of part-NNNNN.jsonl files and _SUCCESS)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="With --engine dask: a running cluster, "
                                            "tcp://HOST:8786 (default: a LocalCluster of --jobs workers)."),
) -> None:
    """Convert many documents; one bad file never stops the batch. Exit 1 if any failed, 130 if interrupted."""
    from .batch import count, run_batch
    from .errors import PolicyParseError
    from .progress import progress_bar

    if (format is not BatchFormat.jsonl or engine is Engine.dask) and output.suffix == ".jsonl":
        fail(f"this writes a folder, but {output} names a .jsonl file")
    if scheduler and engine is not Engine.dask:
        fail("--scheduler needs --engine dask")
    show = not quiet and sys.stderr.isatty()
    options = dict(fmt=format.value, pattern=glob, resume=resume, errors=errors, max_bytes=max_bytes,
                   keep_script=keep_script, input_format=input_format.value if input_format else None)
    with progress_bar(count(inputs, glob) if show else None, enabled=show) as on_record:
        try:
            if engine is Engine.dask:
                from .dask import run_dask_batch

                summary = run_dask_batch(inputs, output, scheduler=scheduler, workers=jobs, on_record=on_record,
                                         **options)
            else:
                summary = run_batch(inputs, output, jobs=jobs, on_record=on_record, **options)
        except PolicyParseError as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"{exc.filename or output}: {exc.strerror or exc}")
    if not quiet:
        typer.echo(f"policyparse batch: {summary.line()}", err=True)
    if summary.interrupted:
        typer.echo("policyparse batch: interrupted; finished outputs are kept, run again with --resume", err=True)
        _exit_now(130)
    raise typer.Exit(1 if summary.failed else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    from .emit import schema_json

    _print(schema_json())


def run() -> None:
    """Console-script entry point."""
    app()
