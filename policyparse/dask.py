"""The batch on Dask (dask.distributed): a LocalCluster on one machine, or any running cluster.

The inputs are discovered here and split into partitions of files (by count and by bytes). Each
partition is one Dask task: the worker reads its own inputs (paths on storage every worker sees;
tar members travel with the task), runs the same conversion as the local engine and writes its own
part file, OUT/part-00042.jsonl, atomically. Dask retries a task whose worker died; a partition that
still fails is redone one document per task, and a document that fails every time becomes an error
record, so no partition is lost. When every part is written, OUT/_SUCCESS lists parts, counts and
failures. Concatenated in order, the parts hold exactly the local engine's JSONL lines.

`parse_bag(paths)` gives the same records as a dask.bag.Bag for pipelines that already use Dask.
"""
from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from .batch import (READ_ERRORS, Item, Settings, Summary, account, close_zips, convert, discover, item_bytes,
                    parse_item, unique_names)
from .errors import PolicyParseError
from .files import write_atomic

INSTALL = "pip install 'policyparse[dask]'"
PART_FILES = 64                      # documents in a partition at most
PART_BYTES = 32 * 1024 * 1024        # and bytes of input at most
RETRIES = 2                          # Dask re-runs a task this many times when its worker dies
MANIFEST = "_SUCCESS"


def _require() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise PolicyParseError(f"the Dask engine needs dask and distributed: {INSTALL}", "missing_extra") from None


def partitions(items: Iterable[Item], max_files: int = PART_FILES, max_bytes: int = PART_BYTES) -> Iterator[list[Item]]:
    """Consecutive runs of items, each at most `max_files` documents and `max_bytes` of input."""
    part: list[Item] = []
    size = 0
    for item in items:
        if part and (len(part) >= max_files or size + item.size > max_bytes):
            yield part
            part, size = [], 0
        part.append(item)
        size += item.size
    if part:
        yield part


IN_FLIGHT_PER_WORKER = 2   # partitions submitted ahead of the workers


def part_name(index: int) -> str:
    return f"part-{index:05d}.jsonl"


def run_partition(index: int, items: list[Item], settings: Settings) -> dict:
    """On a worker: convert the partition's documents and write its part file; returns its manifest entry."""
    try:
        return write_part(index, [convert(item, settings) for item in items], settings)
    finally:
        close_zips()


def write_part(index: int, results: list[tuple[dict, Optional[str]]], settings: Settings) -> dict:
    lines = [line if line is not None else json.dumps(record, ensure_ascii=False) for record, line in results]
    write_atomic(Path(settings.output) / part_name(index), "".join(line + "\n" for line in lines))
    records = [{k: v for k, v in record.items() if k != "document"} for record, _ in results]
    return {"part": part_name(index), "records": records}


def run_dask_batch(inputs: list[str], output: str | os.PathLike, *, fmt: str = "jsonl", pattern: Optional[str] = None,
                   resume: bool = False, errors: Optional[str | os.PathLike] = None,
                   max_bytes: int = 200 * 1024 * 1024, keep_script: bool = False, input_format: Optional[str] = None,
                   scheduler: Optional[str] = None, client=None, workers: Optional[int] = None,
                   part_files: int = PART_FILES, part_bytes: int = PART_BYTES,
                   on_record: Optional[Callable[[dict], None]] = None, aliases=None) -> Summary:
    """Convert every document under `inputs` on Dask into the folder `output` (part files and _SUCCESS).

    With `client` (a distributed.Client) it runs there; with `scheduler` (tcp://host:8786) it connects to
    that cluster; with neither it starts a LocalCluster of `workers` processes (default: the CPU count)."""
    _require()
    out = Path(output)
    out.mkdir(parents=True, exist_ok=True)
    (out / MANIFEST).unlink(missing_ok=True)
    settings = Settings(fmt, str(out), max_bytes, keep_script, input_format, aliases)
    found = (_absolute(item) for item in unique_names(discover(inputs, pattern, max_bytes)))
    parts = partitions(found, part_files, part_bytes)      # made as they are submitted: tar bytes never pile up
    summary, started = Summary(), time.perf_counter()
    entries: dict[int, dict] = {}
    client, close = _connect(client, scheduler, workers)
    try:
        in_flight = IN_FLIGHT_PER_WORKER * max(1, len(client.scheduler_info().get("workers", {})) or workers or 1)
        count = _run_parts(client, parts, settings, resume, entries, summary, on_record, in_flight)
        _drop_stale_parts(out, count)
        _write_manifest(out, fmt, entries, summary)
    except KeyboardInterrupt:
        summary.interrupted = True
    finally:
        close()
        summary.seconds = time.perf_counter() - started
        if errors:
            write_atomic(Path(errors), "".join(json.dumps(f, ensure_ascii=False) + "\n" for f in summary.failures))
    return summary


def _absolute(item: Item) -> Item:
    """Workers may run elsewhere: they get absolute paths (on storage every worker sees)."""
    if item.path:
        item.path = os.path.abspath(item.path)
    if item.archive:
        item.archive = os.path.abspath(item.archive)
    return item


def _connect(client, scheduler: Optional[str], workers: Optional[int]):
    """(client, close): the caller's client is left open; one made here is closed with its cluster."""
    if client is not None:
        return client, lambda: None
    from distributed import Client, LocalCluster

    if scheduler:
        made = Client(scheduler)
        return made, made.close
    cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                           dashboard_address=None)
    made = Client(cluster)

    def close() -> None:
        made.close()
        cluster.close()
    return made, close


def _run_parts(client, parts: Iterable[list[Item]], settings: Settings, resume: bool, entries: dict,
               summary: Summary, on_record, in_flight: int) -> int:
    """Submit the partitions as they come, at most `in_flight` at a time (a partition of tar members
    carries its bytes: memory stays flat); returns how many partitions there were."""
    from distributed import as_completed

    pending: dict = {}                  # future -> (index, items)
    finished = as_completed()
    count = 0

    def settle(future) -> None:
        index, items = pending.pop(future)
        try:
            entry = future.result()
        except Exception:       # the partition failed on every retry: take it apart, one document a task
            entry = _one_by_one(client, index, items, settings)
        entries[index] = entry
        for record in entry["records"]:
            account(summary, record, on_record)

    for index, items in enumerate(parts):
        count += 1
        done = _finished_part(Path(settings.output), index, items, settings.max_bytes) if resume else None
        if done is not None:
            entries[index] = done
            for record in done["records"]:
                account(summary, {"path": record["path"], "name": record["name"], "status": "skipped"}, on_record)
            continue
        future = client.submit(run_partition, index, items, settings, retries=RETRIES, pure=False)
        pending[future] = (index, items)
        finished.add(future)
        while len(pending) >= in_flight:
            settle(next(finished))
    for future in finished:
        settle(future)
    return count


def _one_by_one(client, index: int, items: list[Item], settings: Settings) -> dict:
    futures = [client.submit(convert, item, settings, retries=1, pure=False) for item in items]
    results = []
    for item, future in zip(items, futures):
        try:
            results.append(future.result())
        except Exception:
            failed = Item(item.source, item.name, error=("worker_crashed", "the document failed on every attempt"))
            results.append(convert(failed, settings))
    return write_part(index, results, settings)


def _finished_part(out: Path, index: int, items: list[Item], max_bytes: int) -> Optional[dict]:
    """A part file from an earlier run that holds exactly these inputs, unchanged (same sha256) and all
    converted: its entry, else None."""
    path = out / part_name(index)
    if not path.is_file():
        return None
    records = []
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                records.append({k: v for k, v in record.items() if k != "document"})
    except (OSError, ValueError):
        return None
    if [r.get("name") for r in records] != [i.name for i in items] or any(r.get("status") != "ok" for r in records):
        return None
    if [r.get("sha256") for r in records] != [_sha256(item, max_bytes) for item in items]:
        return None                     # an input changed since: the part is redone
    return {"part": part_name(index), "records": records}


def _sha256(item: Item, max_bytes: int) -> Optional[str]:
    try:
        return hashlib.sha256(item_bytes(item, max_bytes)).hexdigest()
    except (*READ_ERRORS, PolicyParseError):
        return None


def _drop_stale_parts(out: Path, count: int) -> None:
    """Part files of an earlier, larger run (part-00042 where this run has 40 parts) would be read as
    this run's: they go."""
    for path in out.glob("part-*.jsonl"):
        number = path.name[len("part-"):-len(".jsonl")]
        if number.isdigit() and int(number) >= count:
            path.unlink(missing_ok=True)


def _write_manifest(out: Path, fmt: str, entries: dict, summary: Summary) -> None:
    parts = [{"part": e["part"], "documents": len(e["records"]),
              "failed": sum(r["status"] == "error" for r in e["records"])} for _, e in sorted(entries.items())]
    manifest = {"engine": "dask", "format": fmt, "parts": parts, "documents": summary.documents,
                "succeeded": summary.succeeded, "failed": summary.failed, "skipped": summary.skipped,
                "failures": summary.failures}
    write_atomic(out / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")


def parse_bag(paths: str | os.PathLike | Iterable[str | os.PathLike], *, pattern: Optional[str] = None,
              files_per_partition: int = PART_FILES, max_bytes: int = 200 * 1024 * 1024,
              keep_script: bool = False, input_format: Optional[str] = None):
    """A dask.bag.Bag of JSON-ready records, one per document under `paths` (files, folders, archives):
    `{"path", "name", "status": "ok", "sha256", "bytes", "warnings", "document": {...}}`, or for a
    failure `{"path", "name", "status": "error", "error": {"code", "message"}}`."""
    _require()
    import dask.bag as db

    given = [os.fspath(paths)] if isinstance(paths, (str, os.PathLike)) else [os.fspath(p) for p in paths]
    items = list(unique_names(discover(given, pattern, max_bytes)))
    settings = Settings("jsonl", "", max_bytes, keep_script, input_format)
    return db.from_sequence(items, partition_size=max(1, files_per_partition)).map(_record, settings)


def _record(item: Item, settings: Settings) -> dict:
    record, doc = parse_item(item, settings)
    return dict(record, document=doc.model_dump(mode="json")) if doc is not None else record
