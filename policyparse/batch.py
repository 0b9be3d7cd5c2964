"""Many documents: discovery, a worker pool, per-file records, atomic outputs, resumption.

Inputs are files, folders (walked recursively, in sorted order) and .zip/.tar(.gz) archives, also
archives found inside folders. Every input gives exactly one record, in input order: a document or
an error (path, code, message). Zip members are read by the workers themselves; tar members, which
can only be read in order, are read here and handed over. At most `jobs * WINDOW_PER_JOB` documents
are in flight, so memory stays flat however large the archive.
"""
from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import re
import signal
import stat
import tarfile
import tempfile
import threading
import time
import weakref
import zipfile
import zlib
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Callable, Iterable, Iterator, Optional

from .errors import InputError, PolicyParseError
from .files import TEMP_SUFFIX, display, inside, publish, unsafe_name, write_atomic

DOCUMENT_SUFFIXES = (".txt", ".text", ".md", ".html", ".htm", ".shtml", ".xhtml", ".docx", ".pdf")
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
FORMATS = ("jsonl", "json", "yaml")
ZIP_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)   # Deflate64 is not one
WINDOW_PER_JOB = 8
PR_SET_PDEATHSIG = 1      # prctl(2): the signal a process gets when its parent dies
KILL_WAIT_SECONDS = 2     # a killed worker is gone well within this
PART_SUFFIX = ".part"
ERROR_SUFFIX = ".error.json"
SHA_FIELD = re.compile(r'"?sha256"?\s*:\s*"?([0-9a-f]{64})')
SHA_SCAN_BYTES = 4096
# An archive inside an archive is not opened (a zip bomb's favourite shape); it is reported, not skipped.
NESTED = ("nested_archive", "an archive inside an archive is not opened; extract it first")


@dataclass
class Item:
    """One input document: where it came from and the relative name its output takes."""
    source: str
    name: str
    path: Optional[str] = None        # a file on disk, read by the worker
    archive: Optional[str] = None     # a zip archive holding `member`, read by the worker
    member: Optional[str] = None
    data: Optional[bytes] = None      # bytes already read (tar members, or hashed for --resume)
    error: Optional[tuple[str, str]] = None   # refused before parsing: (code, message)
    size: int = 0                     # bytes, where known before reading (to size partitions)
    reused: Optional[str] = None      # --resume: the finished output line to keep ("" for a folder's file)
    text: Optional[str] = None        # the decoded text, kept only where asked (parse_item's keep_text)


@dataclass(frozen=True)
class Settings:
    fmt: str
    output: str
    max_bytes: int
    keep_script: bool = False
    input_format: Optional[str] = None
    aliases: Optional[object] = None      # unitnames.Aliases: a user's unit table (--units), else the package's


@dataclass
class Summary:
    documents: int = 0
    succeeded: int = 0
    failed: int = 0
    skipped: int = 0
    warnings: int = 0
    bytes: int = 0
    seconds: float = 0.0
    interrupted: bool = False
    failures: list = field(default_factory=list)

    def add(self, record: dict) -> None:
        self.documents += 1
        self.bytes += record.get("bytes", 0)
        if record["status"] == "ok":
            self.succeeded += 1
            self.warnings += record.get("warnings", 0)
        elif record["status"] == "skipped":
            self.skipped += 1
        else:
            self.failed += 1
            self.failures.append({k: record[k] for k in ("path", "name", "error")})

    def line(self) -> str:
        rate = self.documents / self.seconds if self.seconds else 0.0
        mbs = self.bytes / 1e6 / self.seconds if self.seconds else 0.0
        skipped = f", {self.skipped} skipped (resumed)" if self.skipped else ""
        return (f"{self.documents} documents, {self.succeeded} succeeded, {self.failed} failed{skipped}, "
                f"{self.warnings} warnings, {self.seconds:.1f} s, {rate:.1f} documents/s, {mbs:.2f} MB/s")


# ---------------------------------------------------------------- discovery

def wanted(name: str, pattern: Optional[str]) -> bool:
    if pattern:
        return fnmatch.fnmatch(name, pattern) or fnmatch.fnmatch(PurePosixPath(name).name, pattern)
    return name.lower().endswith(DOCUMENT_SUFFIXES)


def archive_kind(name: str) -> Optional[str]:
    lower = name.lower()
    if lower.endswith(ZIP_SUFFIXES):
        return "zip"
    if lower.endswith(TAR_SUFFIXES):
        return "tar"
    return None


def _strip_archive_suffix(name: str) -> str:
    lower = name.lower()
    for suffix in sorted(ZIP_SUFFIXES + TAR_SUFFIXES, key=len, reverse=True):
        if lower.endswith(suffix):
            return name[: -len(suffix)]
    return name


def discover(inputs: Iterable[str], pattern: Optional[str] = None,
             max_bytes: int = 200 * 1024 * 1024) -> Iterator[Item]:
    """Every document under `inputs`, in order; archives and folders are opened lazily."""
    for given in inputs:
        path = Path(given)
        source, name = display(str(path)), display(path.name or given)
        if path.is_dir():
            yield from _walk(path, pattern, max_bytes)
        elif path.exists() and not _regular(path):
            yield Item(source, name, error=("not_a_file", f"{source}: not a regular file (a pipe, a device?)"))
        elif path.is_file() and archive_kind(path.name):
            yield from _archive(path, _strip_archive_suffix(name), pattern, max_bytes)
        elif path.is_file():
            yield Item(source=source, name=name, path=str(path), size=_size(path))
        else:
            yield Item(source=source, name=name, error=("not_found", f"{source}: no such file or folder"))


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _tree(root: Path) -> Iterator[tuple[Path, str]]:
    """(file, relative name) under a folder, sorted, hidden names skipped."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file_name in sorted(f for f in files if not f.startswith(".")):
            full = Path(folder) / file_name
            yield full, full.relative_to(root).as_posix()


def _walk(root: Path, pattern: Optional[str], max_bytes: int) -> Iterator[Item]:
    for full, rel in _tree(root):
        if not archive_kind(full.name) and not wanted(rel, pattern):
            continue
        source, name = display(str(full)), display(rel)
        if full.is_symlink() and not inside(root, full):
            yield Item(source, name, error=("unsafe_path", f"{source}: a symlink to outside {display(str(root))}"))
        elif not _regular(full):
            yield Item(source, name, error=("not_a_file", f"{source}: not a regular file (a pipe, a device?)"))
        elif archive_kind(full.name):
            yield from _archive(full, _strip_archive_suffix(name), pattern, max_bytes)
        else:
            yield Item(source, name, path=str(full), size=_size(full))


def _regular(path: Path) -> bool:
    """A regular file (a symlink to one included): never a FIFO or a device, which would block or never end."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _archive(path: Path, prefix: str, pattern: Optional[str], max_bytes: int) -> Iterator[Item]:
    members = _zip_members if archive_kind(path.name) == "zip" else _tar_members
    try:
        yield from members(path, prefix, pattern, max_bytes)
    except (zipfile.BadZipFile, tarfile.TarError, OSError, EOFError, ValueError) as exc:
        yield Item(str(path), prefix, error=("bad_archive", f"{path}: cannot read the archive ({exc})"))


def _member_item(path: Path, prefix: str, member: str, refusal: Optional[str]) -> Item:
    source = display(f"{path}/{member}")
    why = refusal or unsafe_name(member)
    if why:
        return Item(source, display(f"{prefix}/{member}"), error=("unsafe_path", f"{source}: refused: {why}"))
    return Item(source, display(f"{prefix}/{member}"))


def _zip_members(path: Path, prefix: str, pattern: Optional[str], max_bytes: int) -> Iterator[Item]:
    with zipfile.ZipFile(path) as archive:
        for info in archive.infolist():
            if info.is_dir():
                continue
            is_link = (info.external_attr >> 16) & 0o170000 == 0o120000
            item = _member_item(path, prefix, info.filename, "a symbolic link" if is_link else None)
            if item.error is None and archive_kind(info.filename):
                item.error = NESTED
            elif item.error is None and not wanted(info.filename, pattern):
                continue
            if item.error is None and info.file_size > max_bytes:
                item.error = ("too_large", f"{item.source}: {info.file_size} bytes, over the limit of {max_bytes}")
            if item.error is None and info.flag_bits & 0x1:
                item.error = ("unreadable", f"{item.source}: an encrypted archive member")
            if item.error is None and info.compress_type not in ZIP_METHODS:
                item.error = ("unreadable", f"{item.source}: compressed with a method this reader lacks "
                                            f"({zipfile.compressor_names.get(info.compress_type, info.compress_type)})")
            if item.error is None:
                item.archive, item.member, item.size = str(path), info.filename, info.file_size
            yield item


def _tar_members(path: Path, prefix: str, pattern: Optional[str], max_bytes: int) -> Iterator[Item]:
    with tarfile.open(path, "r|*") as archive:     # streamed: members are read in order, once
        for info in archive:
            if info.isdir() or not (info.isfile() or info.issym() or info.islnk()):
                continue
            link = "a link" if info.issym() or info.islnk() else None
            item = _member_item(path, prefix, info.name, link)
            if item.error is None and archive_kind(info.name):
                item.error = NESTED
            elif item.error is None and not wanted(info.name, pattern):
                continue
            if item.error is None and info.size > max_bytes:
                item.error = ("too_large", f"{item.source}: {info.size} bytes, over the limit of {max_bytes}")
            if item.error is None:
                item.data = archive.extractfile(info).read()
                item.size = len(item.data)
            yield item


def count(inputs: Iterable[str], pattern: Optional[str] = None) -> Optional[int]:
    """How many items `discover` will give, or None when that needs a pass over a tar archive."""
    inputs = list(inputs)
    files = (f for given in inputs for f in ([Path(given)] if not Path(given).is_dir()
                                            else (full for full, _rel in _tree(Path(given)))))
    if any(archive_kind(f.name) == "tar" for f in files):
        return None
    return sum(1 for _ in discover(inputs, pattern))     # zip members are listed, not read


# ---------------------------------------------------------------- one document, in a worker

# Zip archives open in this process, kept for its next members. A forked worker must not share its
# parent's (the file offset would be shared too), so the cache belongs to one process id.
_open_zips: dict[str, zipfile.ZipFile] = {}
_zips_pid = os.getpid()
READ_ERRORS = (OSError, EOFError, zipfile.BadZipFile, zlib.error)


def _zip(path: str) -> zipfile.ZipFile:
    global _zips_pid
    if _zips_pid != os.getpid():
        _open_zips.clear()
        _zips_pid = os.getpid()
    if path not in _open_zips:
        _open_zips[path] = zipfile.ZipFile(path)
    return _open_zips[path]


def close_zips() -> None:
    for archive in _open_zips.values():
        archive.close()
    _open_zips.clear()


def item_bytes(item: Item, max_bytes: int) -> bytes:
    if item.data is not None:
        return item.data
    if item.archive:
        with _zip(item.archive).open(item.member) as handle:
            data = handle.read(max_bytes + 1)
    else:
        from .api import read_file

        data = read_file(Path(item.path), max_bytes)
    if len(data) > max_bytes:
        raise InputError(f"over the limit of {max_bytes} bytes", "too_large")
    return data


def convert(item: Item, settings: Settings) -> tuple[dict, Optional[str]]:
    """Parse one item. Returns its record and, for jsonl, the output line (other formats are written here)."""
    record, doc = parse_item(item, settings)
    return _emit(record, doc, item, settings)


def parse_item(item: Item, settings: Settings, keep_text: bool = False):
    """(record, Document or None) for one item; every failure is a record, never an exception. With
    `keep_text`, the decoded text the document's spans point into is left in `item.text` (for a view)."""
    from .api import parse_with_text

    record: dict = {"path": item.source, "name": item.name, "status": "ok"}
    doc = None
    try:
        if item.error:
            raise InputError(item.error[1], item.error[0])
        data = item_bytes(item, settings.max_bytes)
        record.update(sha256=hashlib.sha256(data).hexdigest(), bytes=len(data))
        doc, text = parse_with_text(data, path=item.source, keep_script=settings.keep_script, max_bytes=settings.max_bytes,
                                    input_format=settings.input_format, aliases=settings.aliases)
        if keep_text:
            item.text = text
        record["warnings"] = len(doc.warnings)
    except PolicyParseError as exc:
        record.update(status="error", error={"code": exc.code, "message": str(exc)})
    except READ_ERRORS as exc:
        record.update(status="error", error={"code": "unreadable", "message": f"cannot read: {exc}"})
    except RecursionError:
        record.update(status="error", error={"code": "too_deep", "message": "document nests too deeply"})
    except Exception as exc:     # a bug must not stop the batch: it becomes a visible error record
        record.update(status="error", error={"code": "internal", "message": f"{type(exc).__name__}: {exc}"})
    return record, doc


def _emit(record: dict, doc, item: Item, settings: Settings) -> tuple[dict, Optional[str]]:
    if settings.fmt == "jsonl":
        full = dict(record, document=doc.model_dump(mode="json")) if doc is not None else record
        return record, json.dumps(full, ensure_ascii=False)
    if item.error and item.error[0] in ("unsafe_path", "duplicate_name"):
        return record, None       # its name cannot be used under the output folder, or is another's
    try:
        _write_document(record, doc, settings)
    except OSError as exc:
        record.update(status="error", error={"code": "unwritable", "message": f"cannot write: {exc}"})
    return record, None


def output_names(name: str, fmt: str) -> tuple[str, str]:
    """The relative output name of a document and of its error record."""
    stem = str(PurePosixPath(name).with_suffix("")) if PurePosixPath(name).suffix else name
    return f"{stem}.{fmt}", f"{stem}{ERROR_SUFFIX}"


def _write_document(record: dict, doc, settings: Settings) -> None:
    from .emit import render

    out = Path(settings.output)
    good, bad = (out / n for n in output_names(record["name"], settings.fmt))
    if not inside(out, good):
        record.update(status="error", error={"code": "unsafe_path",
                                             "message": f"{record['name']}: output would leave {out}"})
        return
    if doc is not None:
        write_atomic(good, render(doc, settings.fmt))
        bad.unlink(missing_ok=True)
    else:
        write_atomic(bad, json.dumps(record, ensure_ascii=False, indent=2) + "\n")
        good.unlink(missing_ok=True)


def _worker_init() -> None:
    """A worker leaves signals to the main process: Ctrl-C (sent to the whole process group) is
    ignored, SIGTERM kills it outright (it must not run the main process's handler), and it dies with
    the main process, even after a kill -9 of that one (no orphan keeps the output pipe open)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with_parent()


def _die_with_parent() -> None:
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):       # not Linux: the pipe to the parent still ends the worker
        return
    if os.getppid() == 1:                  # the parent died before prctl took effect
        os._exit(1)


# ---------------------------------------------------------------- outputs and resumption

class JsonlSink:
    """One JSONL file: records are appended to a `.part` file and renamed into place at the end.

    An interrupted run leaves its `.part` file; `--resume` reuses the finished records of it and of
    an earlier complete output whose input is unchanged (same sha256).
    """

    def __init__(self, path: Path, resume: bool):
        self.path = path
        self.old_parts = sorted(path.parent.glob(f".{path.name}.*{PART_SUFFIX}"), key=os.path.getmtime)
        self.previous = self._index([path, *self.old_parts]) if resume else {}
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.part = tempfile.mkstemp(prefix=f".{path.name}.", suffix=PART_SUFFIX, dir=path.parent)
        _lock(fd)                                 # this run's part: another run on the same output leaves it be
        self.handle = os.fdopen(fd, "w", encoding="utf-8")
        self.readers: dict[Path, object] = {}     # earlier outputs, open while their records are copied

    @staticmethod
    def _index(files: list[Path]) -> dict:
        index = {}
        for file in files:
            if not file.exists():
                continue
            with open(file, "rb") as handle:
                offset = 0
                for raw in handle:
                    _remember(index, file, offset, raw)
                    offset += len(raw)
        return index

    def reuse(self, item: Item, sha: str) -> Optional[str]:
        """The earlier record of an unchanged input, to be copied in its place; None if there is none."""
        entry = self.previous.get((item.name, item.source))
        if not entry or entry[0] != sha:
            return None
        _, file, offset, length = entry
        if file not in self.readers:
            self.readers[file] = open(file, "rb")
        handle = self.readers[file]
        handle.seek(offset)
        return handle.read(length).decode("utf-8").rstrip("\n")

    def write(self, line: Optional[str]) -> None:
        self.handle.write(line + "\n")
        self.handle.flush()

    def finish(self) -> None:
        self._close()
        publish(self.part, self.path)
        for old in self.old_parts:
            if not _locked(old):                  # a part that a running batch still writes stays
                old.unlink(missing_ok=True)

    def abort(self) -> None:
        self._close()                 # the .part file stays, for --resume

    def _close(self) -> None:
        self.handle.close()
        for reader in self.readers.values():
            reader.close()


def _lock(fd: int) -> None:
    """Hold an advisory lock on a file for as long as it is open (POSIX; elsewhere nothing)."""
    try:
        import fcntl
    except ImportError:
        return
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _locked(path: Path) -> bool:
    """Whether another process holds the lock of a `.part` file (its batch still runs)."""
    try:
        import fcntl
    except ImportError:
        return False
    try:
        with open(path, "rb") as handle:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    except OSError:
        return False
    return False


def _remember(index: dict, file: Path, offset: int, raw: bytes) -> None:
    if not raw.endswith(b"\n"):
        return                     # a line cut off by a kill: not finished, not reused
    try:
        record = json.loads(raw)
    except ValueError:
        return
    if isinstance(record, dict) and record.get("status") == "ok" and record.get("sha256"):
        index[(record.get("name"), record.get("path"))] = (record["sha256"], file, offset, len(raw))


class FolderSink:
    """One file per document under a folder, mirroring the input tree; workers write the files."""

    def __init__(self, path: Path, fmt: str, resume: bool):
        self.path, self.fmt, self.resume = path, fmt, resume
        path.mkdir(parents=True, exist_ok=True)

    def reuse(self, item: Item, sha: str) -> Optional[str]:
        """"" (nothing to write) when the output of an unchanged input is already there, else None."""
        target = self.path / output_names(item.name, self.fmt)[0]
        if not target.is_file() or not inside(self.path, target):
            return None
        with open(target, "rb") as handle:
            found = SHA_FIELD.search(handle.read(SHA_SCAN_BYTES).decode("utf-8", "replace"))
        return "" if found is not None and found.group(1) == sha else None

    def write(self, line: Optional[str]) -> None:
        pass

    def finish(self) -> None:
        for stale in self.path.rglob(f".*{TEMP_SUFFIX}"):   # left by a worker killed mid-write
            stale.unlink(missing_ok=True)

    def abort(self) -> None:
        pass


# ---------------------------------------------------------------- the pool

class Workers:
    """A process pool that survives a worker's death (a crash, the OOM killer, a kill from outside):
    every document that was in flight on the broken pool is tried again alone, in a pool of one, so a
    document that kills its worker costs one `worker_crashed` record and the others come out right."""

    def __init__(self, jobs: int, settings: Settings):
        self.jobs, self.settings = jobs, settings
        self.pool = self._start(jobs)
        self.solo = None

    @staticmethod
    def _start(jobs: int):
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(jobs, initializer=_worker_init)
        _watch(pool)
        return pool

    def submit(self, item: Item):
        from concurrent.futures.process import BrokenProcessPool

        try:
            return self.pool.submit(convert, item, self.settings)
        except BrokenProcessPool:
            self._replace_pool()
            return self.pool.submit(convert, item, self.settings)

    def result(self, item: Item, future) -> tuple[dict, Optional[str]]:
        from concurrent.futures import CancelledError
        from concurrent.futures.process import BrokenProcessPool

        try:
            return future.result()
        except (BrokenProcessPool, CancelledError):
            if self.pool._broken:               # noqa: SLF001 - the executor's own flag, set on a worker's death
                self._replace_pool()
            return self._alone(item)

    def _alone(self, item: Item) -> tuple[dict, Optional[str]]:
        """Convert one document in a pool of its own; if it kills that worker too, it is the culprit."""
        from concurrent.futures.process import BrokenProcessPool

        if self.solo is None:
            self.solo = self._start(1)
        try:
            return self.solo.submit(convert, item, self.settings).result()
        except BrokenProcessPool:
            _kill(self.solo)
            self.solo = None
        crashed = Item(item.source, item.name, error=("worker_crashed", "the document crashed its worker"))
        return convert(crashed, self.settings)

    def _replace_pool(self) -> None:
        _kill(self.pool)
        self.pool = self._start(self.jobs)

    def close(self, cancel: bool = False) -> None:
        for pool in (self.pool, self.solo):
            if pool is None:
                continue
            if cancel:
                _kill(pool)                     # stop now: the finished records are already written
            else:
                pool.shutdown(wait=True)


def _kill(pool) -> None:
    """End a pool at once: its workers killed, its queue dropped (never waits for running documents).

    A worker killed while it wrote a result leaves the pool's reader thread waiting for the rest of
    the message, and the interpreter would wait for that thread at exit; with the workers dead, closing
    this process's copy of the results pipe's write end ends the wait (the reader sees the end of it)."""
    processes = list((pool._processes or {}).values())      # noqa: SLF001 - no public way to kill them
    # (taken before shutdown(), which drops the pool's reference to its queues)
    writer = getattr(getattr(pool, "_result_queue", None), "_writer", None)
    for process in processes:
        if process.is_alive():
            process.kill()
    for process in processes:
        process.join(KILL_WAIT_SECONDS)
    try:
        pool.shutdown(wait=False, cancel_futures=True)
    finally:
        if writer is not None and not writer.closed:
            writer.close()


_POOLS: "weakref.WeakSet" = weakref.WeakSet()     # every pool this process started, while it lives
_hooked = False                                   # whether _release_pools is registered


def _watch(pool) -> None:
    """Keep `pool` where the exit hook finds it; register the hook once."""
    global _hooked
    if not _hooked and hasattr(threading, "_register_atexit"):
        # (registered after concurrent.futures' own exit hook, so it runs first: that one joins the
        # pools' manager threads, and one stuck on a result its killed worker left half written would
        # keep the interpreter from exiting; with the write end closed, the reader sees its end)
        threading._register_atexit(_release_pools)        # noqa: SLF001 - the hook concurrent.futures uses
        _hooked = True
    _POOLS.add(pool)


def _release_pools() -> None:
    """At exit, every pool still running is abandoned (a batch closes its pools before it returns): its
    workers are killed and its results pipe closed, so that no manager thread waits for ever."""
    for pool in list(_POOLS):
        thread = getattr(pool, "_executor_manager_thread", None)     # noqa: SLF001
        if thread is not None and thread.is_alive():
            _kill(pool)


def _in_order(items: Iterable[Item], settings: Settings, jobs: int) -> Iterator[tuple[dict, Optional[str]]]:
    """(record, output line) of every item, in input order: a reused output (--resume) takes its place
    in the window like a converted one."""
    workers = Workers(max(1, jobs), settings)      # one worker too: a document that kills it is one record
    window: deque = deque()
    try:
        for item in items:
            window.append((item, None if item.reused is not None else workers.submit(item)))
            if len(window) >= jobs * WINDOW_PER_JOB:
                yield _settle(workers, *window.popleft())
        while window:
            yield _settle(workers, *window.popleft())
    except BaseException:
        workers.close(cancel=True)
        raise
    workers.close()


def _settle(workers: Workers, item: Item, future) -> tuple[dict, Optional[str]]:
    return _reused_record(item) if future is None else workers.result(item, future)


def _reused_record(item: Item) -> tuple[dict, Optional[str]]:
    return {"path": item.source, "name": item.name, "status": "skipped"}, item.reused or None


# ---------------------------------------------------------------- the run

def run_batch(inputs: list[str], output: str | os.PathLike, *, fmt: str = "jsonl", jobs: Optional[int] = None,
              pattern: Optional[str] = None, resume: bool = False, errors: Optional[str | os.PathLike] = None,
              max_bytes: int = 200 * 1024 * 1024, keep_script: bool = False, input_format: Optional[str] = None,
              on_record: Optional[Callable[[dict], None]] = None, aliases=None) -> Summary:
    """Convert every document under `inputs` into `output` (a .jsonl file, or a folder for json/yaml).
    `aliases`: a unit alias table (unitnames.load_aliases) instead of the package's own."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    out = Path(output)
    _check_output(out, fmt)
    settings = Settings(fmt, str(out), max_bytes, keep_script, input_format, aliases)
    sink = JsonlSink(out, resume) if fmt == "jsonl" else FolderSink(out, fmt, resume)
    summary = Summary()
    started = time.perf_counter()
    items = _prepare(discover(inputs, pattern, max_bytes), sink, settings, resume)
    results = _in_order(items, settings, jobs or os.cpu_count() or 1)
    try:
        with _terminate_as_interrupt():
            for record, line in results:
                if line is not None:
                    sink.write(line)
                account(summary, record, on_record)
        sink.finish()
    except KeyboardInterrupt:
        sink.abort()
        summary.interrupted = True
    finally:
        results.close()                 # an interrupt between two records: the workers stop now, not at exit
        close_zips()
        summary.seconds = time.perf_counter() - started
        if errors:
            write_atomic(Path(errors), "".join(json.dumps(f, ensure_ascii=False) + "\n"
                                               for f in summary.failures))
    return summary


def _check_output(out: Path, fmt: str) -> None:
    """Refuse an output that cannot take the format before anything is parsed."""
    if fmt == "jsonl" and out.is_dir():
        raise InputError(f"{out} is a folder; --format jsonl writes one file (give a .jsonl name)", "bad_output")
    if fmt != "jsonl" and out.exists() and not out.is_dir():
        raise InputError(f"{out} is a file; --format {fmt} writes a folder", "bad_output")


def account(summary: Summary, record: dict, on_record) -> None:
    summary.add(record)
    if on_record:
        on_record(record)


def _prepare(items: Iterator[Item], sink, settings: Settings, resume: bool) -> Iterator[Item]:
    """Refuse duplicate names, and under --resume mark what is already done (its JSONL record is copied)."""
    for item in unique_names(items, settings.fmt):
        if resume and not item.error:
            _mark_reused(item, sink, settings)
        yield item


def unique_names(items: Iterable[Item], fmt: str = "jsonl") -> Iterator[Item]:
    """Items as given. In a folder output (json, yaml) an input whose output file or error record would
    take a name already taken (a.txt and a.html both a.json; b.error.txt's output b.error.json, which
    is b.txt's error record) becomes a duplicate_name error, and writes nothing; JSONL records carry
    their path, so two inputs of one name (d1/x.txt, d2/x.txt given as two folders) are both converted."""
    if fmt == "jsonl":
        yield from items
        return
    taken: set[str] = set()
    for item in items:
        names = output_names(item.name, fmt)
        if not item.error and any(n in taken for n in names):
            item.error = ("duplicate_name", f"{item.source}: another input already has the output name "
                                            f"{names[0]} or {names[1]}")
        elif not item.error:
            taken.update(names)
        yield item


def _mark_reused(item: Item, sink, settings: Settings) -> None:
    try:
        item.data = item_bytes(item, settings.max_bytes)
    except (*READ_ERRORS, PolicyParseError):
        return
    item.reused = sink.reuse(item, hashlib.sha256(item.data).hexdigest())
    if item.reused is not None:
        item.data = None              # not parsed again: its bytes need not stay in memory


class _terminate_as_interrupt:
    """`kill` (SIGTERM) ends a batch as Ctrl-C does: finished outputs kept, the rest left for --resume."""

    def __enter__(self):
        try:
            self.previous = signal.signal(signal.SIGTERM, self._raise)
        except ValueError:           # not the main thread: leave signals alone
            self.previous = None
        return self

    @staticmethod
    def _raise(signum, frame):
        raise KeyboardInterrupt

    def __exit__(self, *exc):
        if self.previous is not None:
            signal.signal(signal.SIGTERM, self.previous)
        return False
