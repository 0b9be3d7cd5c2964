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


def _parse(file: str, keep_script: bool, max_bytes: int, input_format: Optional[InputFormat], aliases=None,
           with_text: bool = False):
    """The Document of a file or of standard input ('-'); with `with_text`, (document, the text its spans
    point into)."""
    from .api import parse_file_with_text, parse_with_text, read_bounded
    from .errors import PolicyParseError

    options = dict(keep_script=keep_script, max_bytes=max_bytes,
                   input_format=input_format.value if input_format else None, aliases=aliases)
    try:
        if file == "-":
            if sys.stdin is None or sys.stdin.closed:
                fail("standard input is closed")
            parsed = parse_with_text(read_bounded(sys.stdin.buffer, max_bytes, "standard input"), path=None, **options)
        else:
            parsed = parse_file_with_text(file, **options)
        return parsed if with_text else parsed[0]
    except PolicyParseError as exc:
        fail(str(exc))
    except RecursionError:
        fail(f"{file}: document nests too deeply to parse")


MAX_BYTES_HELP = "Refuse inputs larger than this many bytes."
UNITS_HELP = "A YAML table of unit aliases that extends the package's own (README: units as data)."


@app.command()
def extract(
    file: str = typer.Argument(..., help="Document to parse; '-' reads standard input."),
    format: Format = typer.Option(Format.json, "--format", "-f", help="Output format."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    keep_script: bool = typer.Option(False, "--keep-script", help="Keep traditional script in the output."),
    max_bytes: int = typer.Option(200 * 1024 * 1024, "--max-bytes", help=MAX_BYTES_HELP),
    input_format: Optional[InputFormat] = typer.Option(None, "--from", help=FROM_HELP),
    units: Optional[Path] = typer.Option(None, "--units", help=UNITS_HELP),
) -> None:
    """Parse one document (text, HTML, DOCX or PDF) and print its structure as JSON or YAML."""
    from .emit import render

    doc = _parse(file, keep_script, max_bytes, input_format, _aliases(units))
    text = render(doc, format.value)
    if output is None:
        _print(text)
    else:
        from .files import write_atomic

        try:
            write_atomic(output, text)
        except OSError as exc:
            fail(f"{output}: cannot write ({exc.strerror or exc})")


class ExportFormat(str, Enum):
    csv = "csv"
    xlsx = "xlsx"
    parquet = "parquet"
    jsonl = "jsonl"


EXPORT_INPUTS_HELP = ("Documents, folders, .zip/.tar archives, or the .jsonl/.json that batch or extract "
                      "wrote (read, not parsed again).")


# The options `tasks` and `units` share.
EXPORT_FORMAT_OPTION = typer.Option(None, "--format", "-f", help="csv, xlsx, parquet or jsonl (default: from the "
                                    "output's suffix).")
UNITS_OPTION = typer.Option(None, "--units", help=UNITS_HELP)
EXPORT_GLOB_OPTION = typer.Option(None, "--glob", help="Only names matching this pattern, e.g. '*.html'.")
KEEP_SCRIPT_OPTION = typer.Option(False, "--keep-script", help="Keep traditional script in the output.")
MAX_BYTES_OPTION = typer.Option(200 * 1024 * 1024, "--max-bytes", help=MAX_BYTES_HELP)
FROM_OPTION = typer.Option(None, "--from", help=FROM_HELP)


def _load_options(glob, max_bytes: int, keep_script: bool, input_format, units: Optional[Path]) -> dict:
    """What tasks and units pass to export.load for the documents they parse."""
    return dict(pattern=glob, max_bytes=max_bytes, keep_script=keep_script,
                input_format=input_format.value if input_format else None, aliases=_aliases(units))


def _aliases(units: Optional[Path]):
    if units is None:
        return None
    from .errors import PolicyParseError
    from .unitnames import load_aliases

    try:
        return load_aliases(units)
    except PolicyParseError as exc:
        fail(str(exc))


def _say_failure(kind: str, failure: dict) -> None:
    """One line on stderr for an input that could not be read: its path once, its code, its message."""
    error = failure.get("error") or {}
    path, message = str(failure.get("path") or "-"), str(error.get("message") or "")
    if message.startswith(path):
        message = message[len(path):].lstrip(": ")
    typer.echo(f"policyparse {kind}: {path}: {message} ({error.get('code', 'error')})", err=True)


def _export(kind: str, inputs: list[str], output: Path, format: Optional[ExportFormat], options: dict) -> None:
    from . import export
    from .errors import PolicyParseError

    call = export.export_tasks if kind == "tasks" else export.export_units
    try:
        done = call(inputs, output, format.value if format else None, **options)
    except PolicyParseError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or output}: {exc.strerror or exc}")
    for failure in done.failures:
        _say_failure(kind, failure)
    typer.echo(f"policyparse {kind}: {done.rows} rows from {done.documents} documents "
               f"({len(done.failures)} failed) -> {output}", err=True)
    raise typer.Exit(1 if done.failures else 0)


def _many(inputs: list[str]) -> bool:
    """Whether the inputs can hold several documents (a folder, an archive, a batch's JSONL)."""
    from .batch import archive_kind

    return any(Path(i).is_dir() or archive_kind(i) or i.endswith(".jsonl") for i in inputs if i != "-")


@app.command()
def tasks(
    inputs: list[str] = typer.Argument(..., help=EXPORT_INPUTS_HELP + " '-' reads one document from stdin."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write every task here, one row each "
                                          "(default: a table on the terminal)."),
    format: Optional[ExportFormat] = EXPORT_FORMAT_OPTION,
    units: Optional[Path] = UNITS_OPTION,
    glob: Optional[str] = EXPORT_GLOB_OPTION,
    keep_script: bool = KEEP_SCRIPT_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
    input_format: Optional[InputFormat] = FROM_OPTION,
) -> None:
    """Export the tasks of documents as a spreadsheet or table (CSV, XLSX, Parquet, JSONL), or print them."""
    options = _load_options(glob, max_bytes, keep_script, input_format, units)
    if output is not None:
        _export("tasks", inputs, output, format, options)
    if format is not None:
        fail("--format needs --output")
    from .export import Loaded, load, task_rows, terminal_table

    def documents():
        for given in inputs:
            if given == "-":
                doc = _parse(given, keep_script, max_bytes, input_format, options["aliases"])
                yield Loaded({"path": "-", "status": "ok"}, doc.model_dump(mode="json"))
            else:
                yield from load([given], **options)

    failures: list = []
    _print(terminal_table(task_rows(documents(), failures), with_document=len(inputs) > 1 or _many(inputs)))
    for failure in failures:
        _say_failure("tasks", failure)
    raise typer.Exit(1 if failures else 0)


@app.command("units")
def units_command(
    inputs: list[str] = typer.Argument(..., help=EXPORT_INPUTS_HELP),
    output: Path = typer.Option(..., "--output", "-o", help="Write one row per unit here."),
    format: Optional[ExportFormat] = EXPORT_FORMAT_OPTION,
    units: Optional[Path] = UNITS_OPTION,
    glob: Optional[str] = EXPORT_GLOB_OPTION,
    keep_script: bool = KEEP_SCRIPT_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
    input_format: Optional[InputFormat] = FROM_OPTION,
) -> None:
    """Every responsible unit across documents: its canonical name and jurisdiction, the documents and the
    tasks it appears in, as lead and as support."""
    options = _load_options(glob, max_bytes, keep_script, input_format, units)
    _export("units", inputs, output, format, options)


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
    units: Optional[Path] = typer.Option(None, "--units", help=UNITS_HELP),
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
                   keep_script=keep_script, input_format=input_format.value if input_format else None,
                   aliases=_aliases(units))
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
def view(
    file: str = typer.Argument(..., help="Document to show; '-' reads standard input."),
    output: Optional[str] = typer.Option(None, "--output", "-o", help="Write the page here ('-': standard "
                                         "output; default: FILE.view.html beside the input)."),
    keep_script: bool = KEEP_SCRIPT_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
    input_format: Optional[InputFormat] = FROM_OPTION,
    units: Optional[Path] = UNITS_OPTION,
) -> None:
    """Write one self-contained HTML page of a document's parse: metadata, outline, marked text, tasks."""
    from .view import view_html

    if file == "-" and output is None:
        output = "-"
    page = view_html(*_parse(file, keep_script, max_bytes, input_format, _aliases(units), with_text=True))
    if output == "-":
        _print(page)
        return
    target = Path(output) if output else Path(file + ".view.html")
    from .files import write_atomic

    try:
        write_atomic(target, page)
    except OSError as exc:
        fail(f"{target}: cannot write ({exc.strerror or exc})")
    typer.echo(f"policyparse view: {target}", err=True)


@app.command()
def report(
    inputs: list[str] = typer.Argument(..., help=EXPORT_INPUTS_HELP),
    output: Path = typer.Option(..., "--output", "-o", help="The report page to write (e.g. report.html)."),
    views: bool = typer.Option(True, "--views/--no-views", help="Also write each document's page into "
                               "OUTPUT-STEM_views/ and link it."),
    units: Optional[Path] = UNITS_OPTION,
    glob: Optional[str] = EXPORT_GLOB_OPTION,
    keep_script: bool = KEEP_SCRIPT_OPTION,
    max_bytes: int = MAX_BYTES_OPTION,
    input_format: Optional[InputFormat] = FROM_OPTION,
) -> None:
    """Write one self-contained HTML report of many documents: issuers, years, units, deadlines, failures."""
    from .errors import PolicyParseError
    from .report import write_report

    try:
        done = write_report(inputs, output, views=views, pattern=glob, max_bytes=max_bytes, keep_script=keep_script,
                            input_format=input_format.value if input_format else None, aliases=_aliases(units))
    except PolicyParseError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or output}: {exc.strerror or exc}")
    typer.echo(f"policyparse report: {done.documents} documents, {done.failures} failed, {done.views} views "
               f"-> {output}", err=True)
    raise typer.Exit(1 if done.failures else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of the output."""
    from .emit import schema_json

    _print(schema_json())


def run() -> None:
    """Console-script entry point."""
    app()
