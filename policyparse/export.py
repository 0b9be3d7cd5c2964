"""Tasks and units for other systems: one row per task, or per unit, written as CSV, XLSX, Parquet or JSONL.

Documents come from files, folders and archives (parsed here), from the JSONL that `batch` wrote and from
the JSON files `extract` or `batch --format json` wrote (read, not parsed again). A document that cannot be
read is a failure record, never the end of the export. Lists stay lists in Parquet and JSONL and are
joined with 、 in CSV and XLSX; CSV is UTF-8 with a BOM, so Excel opens it as UTF-8. Every file is
written beside its target and renamed into place: never half written.
"""
from __future__ import annotations

import csv
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Optional

from .errors import InputError
from .files import TEMP_SUFFIX, display, publish

FORMATS = ("csv", "xlsx", "parquet", "jsonl")
LIST_JOIN = "、"
# (column, is a list): the task export's columns, in order.
TASK_COLUMNS = (
    ("document_sha256", False), ("document_path", False), ("document_title", False), ("doc_number", False),
    ("issuer", False), ("date", False), ("task_id", False), ("parent_id", False), ("section_id", False),
    ("section_path", True), ("heading", False), ("text", False), ("units", True), ("lead_units", True),
    ("support_units", True), ("canonical_units", True), ("jurisdictions", True), ("deadline_raw", False),
    ("deadline_date", False), ("deadline_kind", False),
)
UNIT_COLUMNS = (
    ("canonical", False), ("jurisdiction", False), ("collective", False), ("names", True),
    ("document_count", False), ("task_count", False), ("lead_count", False), ("support_count", False),
    ("documents", True), ("lead_tasks", True), ("support_tasks", True), ("other_tasks", True),
)
NEEDS = {"xlsx": ("openpyxl", "xlsx"), "parquet": ("pyarrow", "parquet")}


@dataclass
class Loaded:
    """One input document: its record (path, name, status, sha256, error) and its JSON, None when it failed;
    `text` the decoded text its spans point into, where it was parsed here and the text was asked for."""
    record: dict
    document: Optional[dict]
    text: Optional[str] = None


def output_format(path: Path, fmt: Optional[str]) -> str:
    """The format asked for, else the one the file's suffix names."""
    chosen = fmt or path.suffix.lower().lstrip(".")
    if chosen not in FORMATS:
        raise InputError(f"{path}: cannot tell the format from the name; give --format ({', '.join(FORMATS)})",
                         "bad_format")
    return chosen


# ---------------------------------------------------------------- reading documents

def load(inputs: Iterable[str], *, pattern: Optional[str] = None, max_bytes: int = 200 * 1024 * 1024,
         keep_script: bool = False, input_format: Optional[str] = None, aliases=None,
         keep_text: bool = False) -> Iterator[Loaded]:
    """Every document of `inputs`, in order: JSONL and JSON outputs are read, everything else parsed (with
    `keep_text`, keeping the text each was parsed from)."""
    from .batch import Settings, discover, parse_item

    settings = Settings(fmt="jsonl", output="", max_bytes=max_bytes, keep_script=keep_script,
                        input_format=input_format, aliases=aliases)
    for given in inputs:
        path = Path(given)
        if path.is_file() and path.suffix.lower() == ".jsonl":
            yield from _jsonl(path, aliases)
        elif path.is_file() and path.suffix.lower() == ".json":
            yield _json_file(path, aliases)
        else:
            for item in discover([given], pattern, max_bytes):
                record, doc = parse_item(item, settings, keep_text)
                yield Loaded(record, doc.model_dump(mode="json") if doc is not None else None, item.text)


def _jsonl(path: Path, aliases) -> Iterator[Loaded]:
    try:
        handle = open(path, encoding="utf-8")
    except OSError as exc:
        yield _failed(path, "unreadable", f"cannot read ({exc.strerror or exc})")
        return
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except ValueError:
                yield _failed(path, "bad_jsonl", f"line {number} is not JSON")
                continue
            if not isinstance(record, dict):
                yield _failed(path, "bad_jsonl", f"line {number} is not a record")
                continue
            document = record.pop("document", None)
            if document is None and "meta" in record and "source" in record:
                document, record = record, {"path": record["source"].get("path"), "status": "ok"}
            yield Loaded(dict(record, status=record.get("status", "ok")), _with_refs(document, aliases))


def _json_file(path: Path, aliases) -> Loaded:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        return _failed(path, "bad_json", f"cannot read a document ({type(exc).__name__})")
    if not (isinstance(document, dict) and "meta" in document and "source" in document):
        return _failed(path, "bad_json", "not a document that policyparse wrote")
    record = {"path": display(str(path)), "name": path.name, "status": "ok",
              "sha256": document["source"].get("sha256")}
    return Loaded(record, _with_refs(document, aliases))


def _failed(path: Path, code: str, message: str) -> Loaded:
    return Loaded({"path": display(str(path)), "name": path.name, "status": "error",
                   "error": {"code": code, "message": f"{display(str(path))}: {message}"}}, None)


def _with_refs(document: Optional[dict], aliases) -> Optional[dict]:
    """A stored document's tasks with unit_refs from `aliases` (a user's table), or where it has none."""
    if document is None:
        return None
    from .unitnames import unit_refs

    for task in document.get("tasks") or []:
        if aliases is not None or "unit_refs" not in task:
            task["unit_refs"] = unit_refs(task.get("units") or [], document.get("meta") or {}, aliases)
    return document


# ---------------------------------------------------------------- rows

def _readable(loaded: Iterable[Loaded], failures: Optional[list]) -> Iterator[tuple[Loaded, dict]]:
    """(item, its document) for every input that was read; the others' records appended to `failures`."""
    for item in loaded:
        if item.document is not None:
            yield item, item.document
        elif failures is not None:
            failures.append(item.record)


def task_rows(loaded: Iterable[Loaded], failures: Optional[list] = None) -> Iterator[dict]:
    """One row per task of every document (the failures appended to `failures`)."""
    for item, doc in _readable(loaded, failures):
        meta = doc.get("meta") or {}
        source = doc.get("source") or {}
        for task in doc.get("tasks") or []:
            deadline = task.get("deadline") or {}
            refs = task.get("unit_refs") or []
            yield {
                "document_sha256": source.get("sha256") or item.record.get("sha256"),
                "document_path": item.record.get("path") or source.get("path"),
                "document_title": meta.get("title"), "doc_number": meta.get("doc_number"),
                "issuer": meta.get("issuer"), "date": meta.get("date"),
                "task_id": task["id"], "parent_id": task.get("parent_id"), "section_id": task.get("section_id"),
                "section_path": task.get("section_path") or [], "heading": task.get("title"),
                "text": task["text"], "units": task.get("units") or [],
                "lead_units": task.get("lead_units") or [], "support_units": task.get("support_units") or [],
                "canonical_units": [r["canonical"] for r in refs],
                "jurisdictions": [r.get("jurisdiction") or "" for r in refs],
                "deadline_raw": deadline.get("raw"), "deadline_date": deadline.get("date"),
                "deadline_kind": deadline.get("kind"),
            }


def unit_rows(loaded: Iterable[Loaded], failures: Optional[list] = None) -> list[dict]:
    """One row per unit (canonical name within its jurisdiction) over every document: the documents and
    tasks it appears in, as lead, as support, or named without a role. An item's task whose parts carry
    the units (its parts have it as parent_id) is not counted again."""
    units: dict[tuple, dict] = {}
    for item, doc in _readable(loaded, failures):
        sha = (doc.get("source") or {}).get("sha256") or item.record.get("sha256") or ""
        where = item.record.get("path") or (doc.get("source") or {}).get("path") or sha
        tasks = doc.get("tasks") or []
        parents = {t.get("parent_id") for t in tasks if t.get("parent_id")}
        for task in tasks:
            if task["id"] in parents:
                continue
            key_of_task = f"{sha[:16]}:{task['id']}"
            for ref in task.get("unit_refs") or []:
                key = (ref.get("jurisdiction") or "", ref["canonical"])
                row = units.setdefault(key, {
                    "canonical": ref["canonical"], "jurisdiction": ref.get("jurisdiction"),
                    "collective": bool(ref.get("collective")), "names": [], "documents": [],
                    "lead_tasks": [], "support_tasks": [], "other_tasks": []})
                if ref["name"] not in row["names"]:
                    row["names"].append(ref["name"])
                if where not in row["documents"]:
                    row["documents"].append(where)
                role = ("lead_tasks" if ref["name"] in (task.get("lead_units") or ()) else
                        "support_tasks" if ref["name"] in (task.get("support_units") or ()) else "other_tasks")
                if key_of_task not in row[role]:
                    row[role].append(key_of_task)
    rows = []
    for row in units.values():
        tasks = set(row["lead_tasks"]) | set(row["support_tasks"]) | set(row["other_tasks"])
        rows.append(dict(row, document_count=len(row["documents"]), task_count=len(tasks),
                         lead_count=len(row["lead_tasks"]), support_count=len(row["support_tasks"])))
    rows.sort(key=lambda r: (-r["task_count"], r["jurisdiction"] or "", r["canonical"]))
    return rows


def terminal_table(rows: Iterable[dict], with_document: bool = False) -> str:
    """Task rows as a tab-separated table for a terminal or a pipe: the whole text, one task a line."""
    head = ("document",) * with_document + ("id", "section", "text", "lead", "support", "deadline")
    lines = ["\t".join(head)]
    for row in rows:
        lead = row["lead_units"] or ([] if row["support_units"] else row["units"])
        cells = [row["task_id"], row["section_id"] or "-", " ".join(row["text"].split()),
                 LIST_JOIN.join(lead) or "-", LIST_JOIN.join(row["support_units"]) or "-", row["deadline_raw"] or "-"]
        lines.append("\t".join(([row["document_path"] or "-"] if with_document else []) + cells))
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- writing

def write(rows: Iterable[dict], path: Path, fmt: str, columns=TASK_COLUMNS) -> int:
    """Write the rows to `path` in `fmt`, atomically; the number of rows written."""
    if fmt in NEEDS:
        _need(*NEEDS[fmt])
    rows = list(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    os.close(fd)
    try:
        {"csv": _csv, "xlsx": _xlsx, "parquet": _parquet, "jsonl": _jsonl_out}[fmt](rows, Path(tmp), columns)
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return len(rows)


def _need(module: str, extra: str) -> None:
    try:
        __import__(module)
    except ImportError:
        raise InputError(f"writing {extra} needs {module}: pip install 'policyparse[{extra}]'",
                         "missing_extra") from None


def _flat(row: dict, columns) -> list:
    """A row's cells for a flat format: lists joined with 、, None as an empty cell."""
    out = []
    for name, is_list in columns:
        value = row.get(name)
        if is_list:
            value = LIST_JOIN.join(str(v) for v in value or ())
        out.append("" if value is None else value)
    return out


def _csv(rows: list[dict], path: Path, columns) -> None:
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([name for name, _ in columns])
        for row in rows:
            writer.writerow(_flat(row, columns))


def _xlsx(rows: list[dict], path: Path, columns) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook(write_only=True)
    sheet = book.create_sheet("tasks" if columns is TASK_COLUMNS else "units")
    sheet.append([name for name, _ in columns])
    for row in rows:
        sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in _flat(row, columns)])
    book.save(path)


def _parquet(rows: list[dict], path: Path, columns) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    fields = []
    for name, is_list in columns:
        sample = next((r.get(name) for r in rows if r.get(name) is not None), None)
        kind = (pa.list_(pa.string()) if is_list else pa.bool_() if isinstance(sample, bool)
                else pa.int64() if isinstance(sample, int) else pa.string())
        fields.append(pa.field(name, kind))
    schema = pa.schema(fields)
    table = pa.Table.from_pylist([{name: row.get(name) for name, _ in columns} for row in rows], schema=schema)
    pq.write_table(table, path)


def _jsonl_out(rows: list[dict], path: Path, columns) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps({name: row.get(name) for name, _ in columns}, ensure_ascii=False) + "\n")


# ---------------------------------------------------------------- the calls the CLI makes

@dataclass
class Exported:
    rows: int
    documents: int
    failures: list


def export_tasks(inputs: Iterable[str], output: str | os.PathLike, fmt: Optional[str] = None,
                 **options) -> Exported:
    """Every task of `inputs` into one file (csv, xlsx, parquet or jsonl; from the suffix when `fmt` is
    None). `options` are load()'s: pattern, max_bytes, keep_script, input_format, aliases."""
    return _export(inputs, Path(output), fmt, options, task_rows, TASK_COLUMNS)


def export_units(inputs: Iterable[str], output: str | os.PathLike, fmt: Optional[str] = None,
                 **options) -> Exported:
    """Every unit of `inputs`, one row per canonical unit within its jurisdiction, into one file."""
    return _export(inputs, Path(output), fmt, options, unit_rows, UNIT_COLUMNS)


def _export(inputs, output: Path, fmt, options, rows_of, columns) -> Exported:
    chosen = output_format(output, fmt)
    if chosen in NEEDS:
        _need(*NEEDS[chosen])       # before any document is read
    failures: list = []
    seen = [0]

    def counted():
        for item in load(inputs, **options):
            seen[0] += 1
            yield item

    written = write(rows_of(counted(), failures), output, chosen, columns)
    return Exported(written, seen[0], failures)
