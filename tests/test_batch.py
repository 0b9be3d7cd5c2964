"""Batch conversion: archives and folders, failure records, atomic output, resumption, path safety."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
import time
import zipfile
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from policyparse import parse_file
from policyparse.batch import discover, run_batch
from policyparse.cli import app

ROOT = Path(__file__).parent.parent
SHARED = ROOT.parent / "shared"
SAMPLES = ROOT / "samples"
SAMPLE = SAMPLES / "002_ff42bb4422d187c9.txt"
runner = CliRunner()


def corpus_files() -> list[Path]:
    folder = SHARED / "corpus"
    if not folder.is_dir():
        pytest.skip("../shared/corpus is not beside the checkout")
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html"))


@pytest.fixture
def archive(tmp_path) -> Path:
    """A zip of the corpus plus a GB18030 and a UTF-16 document written here."""
    text = SAMPLE.read_text(encoding="utf-8")
    path = tmp_path / "archive.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for file in corpus_files():
            zf.write(file, f"corpus/{file.name}")
        zf.writestr("legacy/gb18030.txt", text.encode("gb18030"))
        zf.writestr("legacy/utf16.txt", text.encode("utf-16"))
        zf.writestr("README.tsv", "not a document\n")
    return path


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_zip_to_jsonl_in_input_order(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(archive)], out, jobs=2)
    records = read_jsonl(out)
    names = [r["name"] for r in records]
    assert names == sorted(names) and len(records) == len(corpus_files()) + 2   # README.tsv not a document
    assert summary.succeeded == len(records) and summary.failed == 0
    legacy = {r["name"]: r["document"] for r in records if r["name"].startswith("archive/legacy/")}
    for doc in legacy.values():
        assert doc["meta"]["doc_number"] == "静府发〔2023〕7号"
    assert {d["source"]["encoding"] for d in legacy.values()} >= {"gb18030"}
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []   # no part file left


def test_records_equal_single_extract(tmp_path):
    out = tmp_path / "out.jsonl"
    run_batch([str(SAMPLES)], out, jobs=1)
    record = next(r for r in read_jsonl(out) if r["name"] == SAMPLE.name)
    expected = parse_file(SAMPLE).model_dump(mode="json")
    expected["source"]["path"] = record["document"]["source"]["path"]
    assert record["document"] == expected


def test_jobs_do_not_change_output(archive, tmp_path):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    run_batch([str(archive)], one, jobs=1)
    run_batch([str(archive)], two, jobs=2)
    assert one.read_bytes() == two.read_bytes()


def _bad_inputs(folder: Path) -> Path:
    folder.mkdir()
    (folder / "good.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 50)
    (folder / "sub").mkdir()
    (folder / "sub" / "also_good.txt").write_text(SAMPLE.read_text(encoding="utf-8"), encoding="utf-8")
    return folder


def test_failures_become_records_and_exit_code(tmp_path):
    inputs = _bad_inputs(tmp_path / "in")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["batch", str(inputs), "-o", str(out), "--errors", str(errors), "-j", "1"])
    assert result.exit_code == 1
    assert "4 documents, 2 succeeded, 2 failed" in result.stderr
    records = {r["name"]: r for r in read_jsonl(out)}
    assert records["empty.txt"]["error"]["code"] == "empty"
    assert records["binary.txt"]["error"]["code"] == "binary"
    assert records["sub/also_good.txt"]["status"] == "ok"
    assert {r["name"] for r in read_jsonl(errors)} == {"empty.txt", "binary.txt"}


def test_missing_input_is_a_record_not_a_crash(tmp_path):
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(tmp_path / "nope"), str(SAMPLE), "-o", str(out), "-j", "1"])
    assert result.exit_code == 1
    assert [r["status"] for r in read_jsonl(out)] == ["error", "ok"]


def test_folder_output_mirrors_tree(tmp_path):
    inputs = _bad_inputs(tmp_path / "in")
    out = tmp_path / "out"
    summary = run_batch([str(inputs)], out, fmt="yaml", jobs=2)
    assert summary.failed == 2
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*"))
    assert files == ["binary.error.json", "empty.error.json", "good.yaml", "sub", "sub/also_good.yaml"]
    assert yaml.safe_load((out / "good.yaml").read_text(encoding="utf-8"))["meta"]["doc_number"] == "静府发〔2023〕7号"
    assert json.loads((out / "empty.error.json").read_text(encoding="utf-8"))["error"]["code"] == "empty"
    assert oct((out / "good.yaml").stat().st_mode & 0o777) == oct(0o666 & ~_umask())


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_folder_resume_redoes_changed_and_failed(tmp_path):
    inputs = _bad_inputs(tmp_path / "in")
    out = tmp_path / "out"
    run_batch([str(inputs)], out, fmt="json", jobs=1)
    (inputs / "empty.txt").write_bytes(SAMPLE.read_bytes())        # fixed since
    (inputs / "good.txt").write_text("一、总体要求\n坚持稳中求进。\n", encoding="utf-8")   # changed since
    summary = run_batch([str(inputs)], out, fmt="json", jobs=1, resume=True)
    assert (summary.skipped, summary.succeeded, summary.failed) == (1, 2, 1)
    assert not (out / "empty.error.json").exists() and (out / "empty.json").exists()
    assert json.loads((out / "good.json").read_text(encoding="utf-8"))["sections"][0]["title"] == "总体要求"


class Stop(Exception):
    pass


@pytest.mark.parametrize("jobs", [1, 2])
def test_interrupted_jsonl_keeps_finished_records_and_resumes(archive, tmp_path, jobs):
    out = tmp_path / "out.jsonl"
    fresh = tmp_path / "fresh.jsonl"
    run_batch([str(archive)], fresh, jobs=1)
    seen = []

    def interrupt_after_five(record):
        seen.append(record)
        if len(seen) == 5:
            raise KeyboardInterrupt

    summary = run_batch([str(archive)], out, jobs=jobs, on_record=interrupt_after_five)
    assert summary.interrupted and not out.exists()
    parts = list(tmp_path.glob(".out.jsonl.*.part"))
    assert len(parts) == 1
    finished = [json.loads(line) for line in parts[0].read_text(encoding="utf-8").splitlines()]
    assert len(finished) >= 4 and all(r["status"] == "ok" for r in finished)
    resumed = run_batch([str(archive)], out, jobs=jobs, resume=True)
    assert resumed.skipped >= 4 and resumed.failed == 0
    assert out.read_bytes() == fresh.read_bytes()
    assert not list(tmp_path.glob(".out.jsonl.*"))


def test_resume_ignores_a_line_cut_by_a_kill(tmp_path):
    out = tmp_path / "out.jsonl"
    run_batch([str(SAMPLES)], out, jobs=1)
    lines = out.read_text(encoding="utf-8").splitlines(keepends=True)
    (tmp_path / ".out.jsonl.x.part").write_text(lines[0] + lines[1][:100], encoding="utf-8")
    out.unlink()
    summary = run_batch([str(SAMPLES)], out, jobs=1, resume=True)
    assert (summary.skipped, summary.succeeded) == (1, len(lines) - 1)
    assert len(read_jsonl(out)) == len(lines)


def _evil_zip(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("../escape.txt", SAMPLE.read_bytes())
        zf.writestr("/abs/olute.txt", SAMPLE.read_bytes())
        zf.writestr("fine/ok.txt", SAMPLE.read_bytes())
        link = zipfile.ZipInfo("fine/link.txt")
        link.external_attr = (0o120777 << 16)
        zf.writestr(link, "/etc/passwd")
    return path


def _evil_tar(path: Path) -> Path:
    with tarfile.open(path, "w:gz") as tf:
        data = SAMPLE.read_bytes()
        for name in ("../../escape.txt", "ok.txt"):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tf.addfile(info, io.BytesIO(data))
        link = tarfile.TarInfo("link.txt")
        link.type, link.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tf.addfile(link)
    return path


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_members_that_would_escape_are_refused(tmp_path, fmt):
    evil = [str(_evil_zip(tmp_path / "evil.zip")), str(_evil_tar(tmp_path / "evil.tar.gz"))]
    out = tmp_path / "deep" / "out"
    target = out if fmt == "json" else out / "all.jsonl"
    summary = run_batch(evil, target, fmt=fmt, jobs=1)
    assert (summary.succeeded, summary.failed) == (2, 5)
    assert {f["error"]["code"] for f in summary.failures} == {"unsafe_path"}
    outside = [p for p in tmp_path.rglob("*") if p.is_file() and out not in p.parents]
    assert sorted(p.name for p in outside) == ["evil.tar.gz", "evil.zip"]


def test_symlink_in_folder_pointing_outside_is_refused(tmp_path):
    (tmp_path / "secret.txt").write_bytes(SAMPLE.read_bytes())
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "link.txt").symlink_to(tmp_path / "secret.txt")
    (inputs / "own.txt").write_bytes(SAMPLE.read_bytes())
    (inputs / "inner.txt").symlink_to(inputs / "own.txt")
    items = {i.name: i for i in discover([str(inputs)])}
    assert items["link.txt"].error[0] == "unsafe_path"
    assert items["inner.txt"].error is None


def test_duplicate_output_names_are_reported(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    for folder in (a, b):
        folder.mkdir()
        (folder / "doc.txt").write_bytes(SAMPLE.read_bytes())
    summary = run_batch([str(a), str(b)], tmp_path / "out", fmt="json", jobs=1)
    assert summary.succeeded == 1 and summary.failures[0]["error"]["code"] == "duplicate_name"
    assert json.loads((tmp_path / "out" / "doc.json").read_text(encoding="utf-8"))["source"]["path"].startswith(str(a))
    assert not (tmp_path / "out" / "doc.error.json").exists()      # the first input's output is untouched


def test_output_names_that_collide_in_a_folder(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "a.html", "b.txt", "b.error.txt"):
        (folder / name).write_bytes(SAMPLE.read_bytes() if name != "b.txt" else b"")
    summary = run_batch([str(folder)], tmp_path / "out", fmt="json", jobs=1)
    codes = {f["name"]: f["error"]["code"] for f in summary.failures}
    # sorted input order: a.html, a.txt, b.error.txt, b.txt
    assert codes == {"a.txt": "duplicate_name", "b.txt": "duplicate_name"}
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a.json", "b.error.json"]
    assert json.loads((tmp_path / "out" / "b.error.json").read_text(encoding="utf-8"))["source"]["path"].endswith(
        "b.error.txt")                                   # b.error.txt's own output, not b.txt's error record


def test_jsonl_keeps_two_inputs_of_one_name(tmp_path):
    a, b = tmp_path / "d1", tmp_path / "d2"
    for folder in (a, b):
        folder.mkdir()
        (folder / "x.txt").write_bytes(SAMPLE.read_bytes())
    out = tmp_path / "out.jsonl"
    assert run_batch([str(a), str(b)], out, jobs=1).failed == 0
    again = run_batch([str(a), str(b)], out, jobs=1, resume=True)
    assert again.skipped == 2 and [r["path"] for r in read_jsonl(out)] == [str(a / "x.txt"), str(b / "x.txt")]


def test_glob_selects_members(archive, tmp_path):
    out = tmp_path / "out.jsonl"
    run_batch([str(archive)], out, jobs=1, pattern="*.html")
    assert {Path(r["name"]).suffix for r in read_jsonl(out)} == {".html"}


def _poisoned(monkeypatch, action):
    """Workers (forked from here) whose parser meets `action` on a document holding b"POISON"."""
    import multiprocessing

    if multiprocessing.get_start_method() != "fork":
        pytest.skip("needs fork to carry the patched parser into the workers")
    import policyparse.api

    real = policyparse.api.parse_with_text       # what a batch's worker calls

    def parse(data, **kwargs):
        if b"POISON" in data:
            action()
        return real(data, **kwargs)

    monkeypatch.setattr(policyparse.api, "parse_with_text", parse)


def _folder(tmp_path, n: int, poison: int | None = None) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"d{i:03}.txt").write_bytes(SAMPLE.read_bytes() + (b"POISON" if i == poison else b""))
    return folder


@pytest.mark.parametrize("jobs", [1, 2])
@pytest.mark.parametrize("how", ["exit", "sigkill", "sigterm"])
def test_a_document_that_kills_its_worker_costs_one_record(tmp_path, monkeypatch, jobs, how):
    """os._exit, the OOM killer's SIGKILL, or a SIGTERM (which a worker must not turn into the main
    process's KeyboardInterrupt): one worker_crashed record, every other document right, in order."""
    import signal

    actions = {"exit": lambda: os._exit(3), "sigkill": lambda: os.kill(os.getpid(), signal.SIGKILL),
               "sigterm": lambda: os.kill(os.getpid(), signal.SIGTERM)}
    _poisoned(monkeypatch, actions[how])
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(_folder(tmp_path, 40, poison=13))], out, jobs=jobs)
    records = read_jsonl(out)
    assert [r["name"] for r in records] == [f"d{i:03}.txt" for i in range(40)]
    assert [r["name"] for r in records if r["status"] != "ok"] == ["d013.txt"]
    assert records[13]["error"]["code"] == "worker_crashed" and summary.failed == 1 and not summary.interrupted


def _children(pid: int) -> list[int]:
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _batch_process(tmp_path, n: int = 3000):
    import subprocess
    import sys

    folder = _folder(tmp_path, n)
    cmd = [sys.executable, "-m", "policyparse", "batch", str(folder), "-o", str(tmp_path / "out.jsonl"),
           "--jobs", "2", "--quiet"]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 60
    while time.time() < deadline and not any(p.stat().st_size > 50_000 for p in tmp_path.glob(".out.jsonl.*.part")):
        time.sleep(0.05)
    return proc


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to see the worker processes")
def test_workers_die_with_a_killed_batch(tmp_path):
    import signal

    proc = _batch_process(tmp_path)
    workers = _children(proc.pid)
    assert workers, "the batch has worker processes"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.time() + 5
    while time.time() < deadline and any(_alive(w) for w in workers):
        time.sleep(0.05)
    assert not any(_alive(w) for w in workers)


@pytest.mark.parametrize("sig", ["SIGTERM", "SIGINT"])
def test_an_interrupted_batch_stops_at_once_and_keeps_its_records(tmp_path, sig):
    import signal

    proc = _batch_process(tmp_path)
    started = time.time()
    os.kill(proc.pid, getattr(signal, sig))
    assert proc.wait(timeout=30) == 130
    assert time.time() - started < 3
    part = next(tmp_path.glob(".out.jsonl.*.part"))
    assert len(read_jsonl(part)) >= 3 and not (tmp_path / "out.jsonl").exists()


def test_format_and_output_must_agree(tmp_path):
    result = runner.invoke(app, ["batch", str(SAMPLE), "-o", str(tmp_path / "x.jsonl"), "-f", "json"])
    assert result.exit_code == 1 and "folder" in result.stderr


def test_an_archive_inside_an_archive_is_reported(tmp_path):
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as zf:
        zf.writestr("a.txt", SAMPLE.read_bytes())
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as zf:
        zf.write(inner, "inner.zip")
        zf.writestr("b.txt", SAMPLE.read_bytes())
    summary = run_batch([str(outer)], tmp_path / "out.jsonl", jobs=1)
    assert (summary.succeeded, summary.failed) == (1, 1)
    assert summary.failures[0]["error"]["code"] == "nested_archive"


def test_count_for_the_progress_bar(archive, tmp_path):
    from policyparse.batch import count

    assert count([str(archive), str(SAMPLES)]) == sum(1 for _ in discover([str(archive), str(SAMPLES)]))
    assert count([str(_evil_tar(tmp_path / "t.tar.gz"))]) is None      # would need a pass over the tar


@pytest.mark.parametrize("jobs", [1, 2])
def test_resume_keeps_input_order(tmp_path, jobs):
    """Redone inputs (changed, failed) stand where they stood, between the reused records."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = SAMPLE.read_text(encoding="utf-8")
    for n in range(12):
        (folder / f"d{n:02}.txt").write_text(text.replace("静安区", f"第{n}区"), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    run_batch([str(folder)], out, jobs=jobs)
    (folder / "d03.txt").write_text(text + "\n补充一段。\n", encoding="utf-8")     # changed: redone
    (folder / "d07.txt").write_text("", encoding="utf-8")                          # now fails
    summary = run_batch([str(folder)], out, jobs=jobs, resume=True)
    records = read_jsonl(out)
    assert [r["name"] for r in records] == [f"d{n:02}.txt" for n in range(12)]
    assert summary.skipped == 10 and records[3]["status"] == "ok" and records[7]["status"] == "error"


def test_what_is_not_a_regular_file_is_refused(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_bytes(SAMPLE.read_bytes())
    os.mkfifo(folder / "pipe.txt")                        # would block a reader forever
    outside = tmp_path / "elsewhere.zip"
    with zipfile.ZipFile(outside, "w") as zf:
        zf.writestr("x.txt", SAMPLE.read_bytes())
    (folder / "link.zip").symlink_to(outside)             # an archive outside the folder, through a link
    out = tmp_path / "out.jsonl"
    run_batch([str(folder)], out, jobs=1)
    got = {r["name"]: (r["status"], r.get("error", {}).get("code")) for r in read_jsonl(out)}
    assert got == {"a.txt": ("ok", None), "link.zip": ("error", "unsafe_path"), "pipe.txt": ("error", "not_a_file")}


def test_names_that_are_not_utf8(tmp_path):
    """A GBK file name (an old archive) in a folder and in a tar: read, and shown in GB18030."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = "政策文件.txt".encode("gbk")                     # not valid UTF-8
    with open(os.path.join(os.fsencode(folder), name), "wb") as handle:
        handle.write(SAMPLE.read_bytes())
    tar = tmp_path / "old.tar"
    with tarfile.open(tar, "w", encoding="utf-8", errors="surrogateescape") as archive:
        info = tarfile.TarInfo(os.fsdecode(name))
        data = SAMPLE.read_bytes()
        info.size = len(data)
        archive.addfile(info, io.BytesIO(data))
    out = tmp_path / "out.jsonl"
    summary = run_batch([str(folder), str(tar)], out, jobs=1)
    records = read_jsonl(out)
    assert [(r["name"], r["status"]) for r in records] == [("政策文件.txt", "ok"), ("old/政策文件.txt", "ok")]
    assert summary.failed == 0
    folder_out = tmp_path / "json"
    assert run_batch([str(folder)], folder_out, fmt="json", jobs=1).failed == 0


def test_encrypted_and_deflate64_members_are_error_records(tmp_path):
    path = tmp_path / "a.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("ok.txt", SAMPLE.read_bytes())
        zf.writestr("secret.txt", b"x" * 100)
        zf.writestr("d64.txt", b"y" * 100)
    raw = bytearray(path.read_bytes())
    for name, flag, method in ((b"secret.txt", 0x1, None), (b"d64.txt", None, 9)):
        for header in (b"PK\x03\x04", b"PK\x01\x02"):          # local and central headers alike
            at = 0
            while (at := raw.find(header, at)) != -1:
                name_at = at + (30 if header == b"PK\x03\x04" else 46)
                flags_at = at + (6 if header == b"PK\x03\x04" else 8)
                if raw[name_at:name_at + len(name)] == name:
                    if flag:
                        raw[flags_at] |= flag
                    if method:
                        raw[flags_at + 2:flags_at + 4] = method.to_bytes(2, "little")
                at += 4
    path.write_bytes(bytes(raw))
    out = tmp_path / "out.jsonl"
    for resume in (False, True):
        run_batch([str(path)], out, jobs=1, resume=resume)
        got = {r["name"]: (r["status"], r.get("error", {}).get("code")) for r in read_jsonl(out)}
        assert got == {"a/ok.txt": ("ok", None), "a/secret.txt": ("error", "unreadable"),
                       "a/d64.txt": ("error", "unreadable")}


def test_a_jsonl_output_that_is_a_folder_is_refused_before_parsing(tmp_path):
    (tmp_path / "out").mkdir()
    result = runner.invoke(app, ["batch", str(SAMPLES), "-o", str(tmp_path / "out")])
    assert result.exit_code == 1 and "is a folder" in result.output
    assert not list(tmp_path.glob(".out.*"))


def test_a_batch_never_deletes_the_part_file_of_another_still_running(tmp_path):
    import fcntl

    out = tmp_path / "out.jsonl"
    other = tmp_path / ".out.jsonl.other.part"           # a second batch on the same output, still writing
    with open(other, "w") as handle:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        handle.write("{}\n")
        stale = tmp_path / ".out.jsonl.stale.part"       # left by a batch that was killed
        stale.write_text("{}\n")
        run_batch([str(SAMPLE)], out, jobs=1)
        assert other.exists() and not stale.exists() and len(read_jsonl(out)) == 1


STUCK = """
import os, struct, time
from policyparse.batch import Settings, Workers
workers = Workers(1, Settings(fmt="jsonl", output="", max_bytes=1000))
workers.pool.submit(int, 1).result()                          # the pool's manager thread is running
os.write(workers.pool._result_queue._writer.fileno(), struct.pack("!i", 100))
time.sleep(0.3)                                               # a result's header and never its body,
for process in workers.pool._processes.values():              # as a worker killed while writing leaves
    process.kill()
"""


@pytest.mark.parametrize("close", ["", "workers.close(cancel=True)\n"])
def test_a_half_written_result_never_keeps_the_process_from_exiting(close):
    """The manager thread of a pool whose worker died mid-result waits for the rest; killing the pool
    (or, for a pool left running, the exit hook) closes the results pipe so that the interpreter exits."""
    proc = subprocess.run([sys.executable, "-c", STUCK + close], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
