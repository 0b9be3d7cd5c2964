"""The Dask engine: a LocalCluster of two worker processes gives the local engine's records, survives
a killed worker and a task that fails every time, resumes only missing or failed parts."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("distributed")
pytest.importorskip("dask.bag")

from distributed import Client, LocalCluster  # noqa: E402

from policyparse.batch import run_batch  # noqa: E402
from policyparse.dask import MANIFEST, parse_bag, run_dask_batch  # noqa: E402
from policyparse.errors import PolicyParseError  # noqa: E402

# distributed's own sockets and ports: its warnings are not ours to fail on.
pytestmark = [pytest.mark.filterwarnings("ignore::ResourceWarning"),
              pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning"),
              pytest.mark.filterwarnings("ignore:Port .* is already in use:UserWarning")]

ROOT = Path(__file__).parent.parent
SHARED = ROOT.parent / "shared"
INPUTS = [str(SHARED / "seeds"), str(SHARED / "corpus")] if (SHARED / "corpus").is_dir() else [str(ROOT / "samples")]


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Client(cluster) as made:
        yield made


@pytest.fixture(scope="module")
def local_lines(tmp_path_factory) -> list[str]:
    out = tmp_path_factory.mktemp("local") / "all.jsonl"
    run_batch(INPUTS, out, jobs=1)
    return out.read_text(encoding="utf-8").splitlines()


def part_lines(folder: Path) -> list[str]:
    parts = sorted(folder.glob("part-*.jsonl"))
    return [line for part in parts for line in part.read_text(encoding="utf-8").splitlines()]


def test_dask_gives_the_local_records(client, local_lines, tmp_path):
    summary = run_dask_batch(INPUTS, tmp_path, client=client, part_files=6)
    assert part_lines(tmp_path) == local_lines
    manifest = json.loads((tmp_path / MANIFEST).read_text(encoding="utf-8"))
    assert len(manifest["parts"]) == -(-len(local_lines) // 6)
    assert manifest["documents"] == summary.documents == len(local_lines) and manifest["failed"] == 0


def test_a_killed_worker_loses_nothing(client, local_lines, tmp_path):
    killed = []
    pids = client.run(os.getpid)            # worker address -> its process id

    def kill_one_worker(record):
        if not killed:
            pid = pids[sorted(pids)[0]]
            os.kill(pid, signal.SIGKILL)        # mid-run, as the OOM killer would
            killed.append(pid)

    summary = run_dask_batch(INPUTS, tmp_path, client=client, part_files=3, on_record=kill_one_worker)
    assert killed and summary.failed == 0
    assert part_lines(tmp_path) == local_lines
    client.wait_for_workers(2, timeout=60)


def test_a_document_that_fails_every_time_becomes_an_error_record(tmp_path, monkeypatch):
    """A task that raises on every attempt (as a worker dying on one document would): the partition
    is redone one document a task, and only that document becomes an error record."""
    import policyparse.dask

    real = policyparse.dask.convert

    def dies_on_b(item, settings):
        if item.name == "b.txt" and item.error is None:
            raise RuntimeError("worker lost")
        return real(item, settings)

    monkeypatch.setattr(policyparse.dask, "convert", dies_on_b)
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_bytes((ROOT / "samples" / "002_ff42bb4422d187c9.txt").read_bytes())
    out = tmp_path / "out"
    with LocalCluster(n_workers=1, processes=False, dashboard_address=None) as cluster, Client(cluster) as threads:
        summary = run_dask_batch([str(folder)], out, client=threads, part_files=10)
    records = [json.loads(line) for line in part_lines(out)]
    assert [(r["name"], r["status"]) for r in records] == [("a.txt", "ok"), ("b.txt", "error"), ("c.txt", "ok")]
    assert records[1]["error"]["code"] == "worker_crashed" and summary.failed == 1


def test_resume_redoes_only_missing_and_failed_parts(client, local_lines, tmp_path):
    per_part = max(1, len(local_lines) // 4)            # several parts, with the samples alone too
    run_dask_batch(INPUTS, tmp_path, client=client, part_files=per_part)
    parts = sorted(tmp_path.glob("part-*.jsonl"))
    assert len(parts) >= 3
    missing = len(parts[0].read_text(encoding="utf-8").splitlines())
    parts[0].unlink()                                   # missing
    lines = parts[1].read_text(encoding="utf-8").splitlines()
    failed = json.loads(lines[0])
    failed.update(status="error", error={"code": "internal", "message": "x"})
    failed.pop("document")
    parts[1].write_text("\n".join([json.dumps(failed, ensure_ascii=False), *lines[1:]]) + "\n", encoding="utf-8")
    summary = run_dask_batch(INPUTS, tmp_path, client=client, part_files=per_part, resume=True)
    assert summary.skipped == len(local_lines) - len(lines) - missing
    assert part_lines(tmp_path) == local_lines


def test_parse_bag_records(client, local_lines):
    bag = parse_bag(INPUTS, files_per_partition=10)
    records = bag.compute()
    assert [json.dumps(r, ensure_ascii=False) for r in records] == local_lines
    titles = bag.filter(lambda r: r["status"] == "ok").map(lambda r: r["document"]["meta"]["title"]).compute()
    assert len(titles) == len(local_lines)


def test_missing_extra_names_the_install_command(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(PolicyParseError, match=r"pip install 'policyparse\[dask\]'"):
        run_dask_batch(INPUTS, tmp_path)


def test_readme_example_runs(tmp_path):
    """The README's parse_bag example, saved as a script and run as a user would run it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = [part.split("```")[0] for part in readme.split("```python")[1:]]
    script = tmp_path / "example.py"
    script.write_text(next(b for b in blocks if "parse_bag" in b), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "tasks" in done.stdout


def test_resume_redoes_a_part_whose_input_changed_and_drops_stale_parts(client, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        (folder / f"d{n}.txt").write_bytes((ROOT / "samples" / "002_ff42bb4422d187c9.txt").read_bytes())
    out = tmp_path / "out"
    run_dask_batch([str(folder)], out, client=client, part_files=2)
    assert len(list(out.glob("part-*.jsonl"))) == 3
    (folder / "d3.txt").write_bytes((ROOT / "samples" / "000_629d52ffcafbc905.txt").read_bytes())
    (folder / "d4.txt").unlink()
    (folder / "d5.txt").unlink()
    summary = run_dask_batch([str(folder)], out, client=client, part_files=2, resume=True)
    assert summary.skipped == 2                          # part 0 unchanged; part 1 holds the changed d3
    assert sorted(p.name for p in out.glob("part-*.jsonl")) == ["part-00000.jsonl", "part-00001.jsonl"]
    records = [json.loads(line) for line in part_lines(out)]
    assert [r["name"] for r in records] == ["d0.txt", "d1.txt", "d2.txt", "d3.txt"]


def test_partitions_are_made_as_they_are_submitted(client, tmp_path, monkeypatch):
    """Tar members carry their bytes: the partitions must not all be made (and held) before the first
    is submitted; at most two per worker stand ahead of the results."""
    import io
    import tarfile

    import policyparse.dask as engine

    tar = tmp_path / "docs.tar"
    data = (ROOT / "samples" / "002_ff42bb4422d187c9.txt").read_bytes()
    with tarfile.open(tar, "w") as archive:
        for n in range(40):
            info = tarfile.TarInfo(f"d{n:02}.txt")
            info.size = len(data)
            archive.addfile(info, io.BytesIO(data))
    made, settled = [], []
    real_partitions, real_account = engine.partitions, engine.account

    def counted_partitions(*args, **kwargs):
        for part in real_partitions(*args, **kwargs):
            made.append(len(settled))
            yield part

    def counted_account(summary, record, on_record):
        settled.append(record)
        real_account(summary, record, on_record)

    monkeypatch.setattr(engine, "partitions", counted_partitions)
    monkeypatch.setattr(engine, "account", counted_account)
    summary = run_dask_batch([str(tar)], tmp_path / "out", client=client, part_files=2)
    assert summary.documents == 40 and summary.failed == 0 and len(made) == 20
    assert made[-1] > 0                                  # the last partitions were made after results came in
    ahead = max(i - settled_then // 2 for i, settled_then in enumerate(made))   # made, not yet settled (2 a part)
    assert ahead <= engine.IN_FLIGHT_PER_WORKER * 2 + 1                           # two workers


def test_dask_reads_names_that_are_not_utf8(client, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    name = os.path.join(os.fsencode(folder), "政策文件.txt".encode("gbk"))
    with open(name, "wb") as handle:
        handle.write((ROOT / "samples" / "002_ff42bb4422d187c9.txt").read_bytes())
    summary = run_dask_batch([str(folder)], tmp_path / "out", client=client)
    assert summary.failed == 0
    assert [json.loads(line)["name"] for line in part_lines(tmp_path / "out")] == ["政策文件.txt"]
