"""Task and unit exports: every format read back with its own reader and compared with the JSON."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse import parse_file
from policyparse.cli import app
from policyparse.export import LIST_JOIN, TASK_COLUMNS, Loaded, export_tasks, load, task_rows, unit_rows

runner = CliRunner()
SAMPLES = Path(__file__).parent.parent / "samples"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
LISTS = [name for name, is_list in TASK_COLUMNS if is_list]


def _expected(folder: Path) -> list[dict]:
    """The rows the export must hold: every task of every document, from the JSON output itself."""
    out = []
    for path in sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".html")):
        doc = parse_file(path)
        for task in doc.tasks:
            out.append({"document_sha256": doc.source.sha256, "task_id": task.id, "text": task.text,
                        "units": task.units, "lead_units": task.lead_units, "support_units": task.support_units,
                        "section_id": task.section_id, "parent_id": task.parent_id,
                        "deadline_date": task.deadline.date if task.deadline else None,
                        "canonical_units": [r.canonical for r in task.unit_refs]})
    return out


def _xlsx_rows(path: Path) -> list[dict]:
    import openpyxl

    book = openpyxl.load_workbook(path, read_only=True)
    try:
        values = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()
    return [{k: ("" if v is None else v) for k, v in zip(values[0], row)} for row in values[1:]]


def _same(rows: list[dict], expected: list[dict], flat: bool) -> None:
    assert len(rows) == len(expected) > 0
    for row, want in zip(rows, expected):
        for key, value in want.items():
            got = row[key]
            if flat and isinstance(value, list):
                value = LIST_JOIN.join(value)
            if flat and value is None:
                value = ""
            assert got == value, (key, row["task_id"])


@pytest.fixture(scope="module")
def sample_rows():
    return _expected(SAMPLES)


def test_csv_round_trip(tmp_path, sample_rows):
    out = tmp_path / "tasks.csv"
    result = runner.invoke(app, ["tasks", str(SAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))            # Excel reads it as UTF-8
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert list(rows[0]) == [name for name, _ in TASK_COLUMNS]
    _same(rows, sample_rows, flat=True)


def test_xlsx_round_trip(tmp_path, sample_rows):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "tasks.xlsx"
    assert runner.invoke(app, ["tasks", str(SAMPLES), "-o", str(out)]).exit_code == 0
    assert openpyxl is not None
    _same(_xlsx_rows(out), sample_rows, flat=True)


def test_parquet_round_trip(tmp_path, sample_rows):
    pq = pytest.importorskip("pyarrow.parquet")
    out = tmp_path / "tasks.parquet"
    assert runner.invoke(app, ["tasks", str(SAMPLES), "-o", str(out)]).exit_code == 0
    table = pq.read_table(out)
    import pyarrow as pa

    kind = table.schema.field("units").type
    assert pa.types.is_list(kind) and pa.types.is_string(kind.value_type)
    _same(table.to_pylist(), sample_rows, flat=False)


def test_jsonl_round_trip_and_format_option(tmp_path, sample_rows):
    out = tmp_path / "tasks.out"
    assert runner.invoke(app, ["tasks", str(SAMPLES), "-o", str(out), "--format", "jsonl"]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    _same(rows, sample_rows, flat=False)


def test_batch_jsonl_is_read_not_parsed(tmp_path, monkeypatch, sample_rows):
    batch = tmp_path / "out.jsonl"
    assert runner.invoke(app, ["batch", str(SAMPLES), "-o", str(batch), "-q", "--jobs", "1"]).exit_code == 0

    def refuse(*args, **kwargs):
        raise AssertionError("a batch's JSONL must not be parsed again")

    monkeypatch.setattr("policyparse.api.parse_bytes", refuse)
    monkeypatch.setattr("policyparse.api.parse_with_text", refuse)
    out = tmp_path / "tasks.jsonl"
    result = runner.invoke(app, ["tasks", str(batch), "-o", str(out)])
    assert result.exit_code == 0, result.output
    _same([json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()], sample_rows, flat=False)


def test_a_bad_input_is_a_failure_not_the_end(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLES / "000_629d52ffcafbc905.txt", folder / "good.txt")
    (folder / "empty.txt").write_bytes(b"")
    out = tmp_path / "tasks.csv"
    result = runner.invoke(app, ["tasks", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert "empty" in result.stderr and "Traceback" not in result.output
    with open(out, encoding="utf-8-sig") as handle:
        assert len(list(csv.DictReader(handle))) == len(parse_file(folder / "good.txt").tasks)


def test_an_unknown_suffix_is_one_line(tmp_path):
    result = runner.invoke(app, ["tasks", str(SAMPLES), "-o", str(tmp_path / "tasks.txt")])
    assert result.exit_code == 1 and "give --format" in result.stderr
    assert not (tmp_path / "tasks.txt").exists()


def test_a_missing_extra_is_one_line(tmp_path, monkeypatch):
    import builtins

    real = builtins.__import__

    def no_openpyxl(name, *args, **kwargs):
        if name.startswith("openpyxl"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_openpyxl)
    result = runner.invoke(app, ["tasks", str(SAMPLES), "-o", str(tmp_path / "t.xlsx")])
    assert result.exit_code == 1
    assert "pip install 'policyparse[xlsx]'" in result.stderr


def test_terminal_table_keeps_the_whole_text():
    result = runner.invoke(app, ["tasks", str(SAMPLES / "000_629d52ffcafbc905.txt")])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["id", "section", "text", "lead", "support", "deadline"]
    doc = parse_file(SAMPLES / "000_629d52ffcafbc905.txt")
    assert len(lines) == len(doc.tasks) + 1
    longest = max(doc.tasks, key=lambda t: len(t.text))
    assert any(" ".join(longest.text.split()) in line for line in lines)


def test_units_across_an_archive(tmp_path):
    out = tmp_path / "units.jsonl"
    result = runner.invoke(app, ["units", str(SAMPLES), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = {(r["jurisdiction"], r["canonical"]): r for r in map(json.loads, out.read_text("utf-8").splitlines())}
    ip = rows[("上海市普陀区", "区知识产权局")]
    assert ip["document_count"] == 1 and ip["task_count"] >= 30
    # 宣城市's 市文旅局 is its 市文化和旅游局; the same words in another city's document are another office
    assert rows[("宣城市", "市文化和旅游局")]["names"] == ["市文旅局"]
    assert all(r["task_count"] == len(set(r["lead_tasks"]) | set(r["support_tasks"]) | set(r["other_tasks"]))
               for r in rows.values())


def _doc(tasks: list[dict], issuer: str) -> Loaded:
    return Loaded({"path": issuer, "status": "ok", "sha256": issuer * 4},
                  {"source": {"sha256": issuer * 4}, "meta": {"issuer": issuer}, "tasks": tasks})


def test_unit_rows_count_roles_and_skip_a_parent_with_parts():
    from policyparse.unitnames import unit_refs

    def task(id_, units, lead=(), support=(), parent=None, issuer="上海市人民政府"):
        return {"id": id_, "text": id_, "units": units, "lead_units": list(lead), "support_units": list(support),
                "parent_id": parent, "unit_refs": unit_refs(units, {"issuer": issuer})}

    shanghai = _doc([task("a", ["市发改委", "市财政局"], lead=["市发改委"], support=["市财政局"]),
                     task("a1", ["市发改委"], parent="a"), task("b", ["市发展和改革委员会"])], "上海市人民政府")
    beijing = _doc([task("c", ["市发改委"], issuer="北京市人民政府")], "北京市人民政府")
    rows = {(r["jurisdiction"], r["canonical"]): r for r in unit_rows([shanghai, beijing])}
    sh = rows[("上海市", "市发展和改革委员会")]
    assert sh["names"] == ["市发改委", "市发展和改革委员会"] and sh["task_count"] == 2   # a (parent) not counted
    assert (sh["lead_count"], sh["support_count"], len(sh["other_tasks"])) == (0, 0, 2)
    assert rows[("北京市", "市发展和改革委员会")]["task_count"] == 1
    assert ("上海市", "市财政局") not in rows          # only the parent named it


def test_units_file_extends_the_table(tmp_path):
    table = tmp_path / "units.yaml"
    table.write_text("names:\n  知识产权局: [知产局]\n", encoding="utf-8")
    doc = tmp_path / "d.txt"
    doc.write_text("上海市普陀区人民政府办公室关于做好知识产权工作的通知\n一、加强保护\n（一）开展执法行动。（区知产局）\n",
                   encoding="utf-8")
    out = tmp_path / "t.jsonl"
    assert runner.invoke(app, ["tasks", str(doc), "-o", str(out), "--units", str(table)]).exit_code == 0
    row = json.loads(out.read_text("utf-8").splitlines()[0])
    assert row["units"] == ["区知产局"] and row["canonical_units"] == ["区知识产权局"]
    assert row["jurisdictions"] == ["上海市普陀区"]
    bad = tmp_path / "bad.yaml"
    bad.write_text("- not a table\n", encoding="utf-8")
    result = runner.invoke(app, ["tasks", str(doc), "-o", str(out), "--units", str(bad)])
    assert result.exit_code == 1 and "unit table" in result.stderr


def test_pandas_and_duckdb_read_the_export(tmp_path):
    """The README's examples, as written there."""
    pd = pytest.importorskip("pandas")
    duckdb = pytest.importorskip("duckdb")
    pytest.importorskip("pyarrow")
    out = tmp_path / "tasks.parquet"
    assert runner.invoke(app, ["tasks", str(SAMPLES), "-o", str(out)]).exit_code == 0
    tasks = pd.read_parquet(out)
    leaves = tasks[tasks.parent_id.isna()]
    per_unit = leaves.explode("canonical_units").groupby("canonical_units").size()
    assert per_unit["区知识产权局"] >= 30
    top = duckdb.sql(f"""
        SELECT unit, count(*) AS tasks
        FROM (SELECT unnest(canonical_units) AS unit FROM '{out}' WHERE parent_id IS NULL)
        GROUP BY unit ORDER BY tasks DESC, unit LIMIT 3""").fetchall()
    assert top[0] == ("区知识产权局", per_unit["区知识产权局"])


@pytest.mark.skipif(not CORPUS.exists(), reason="../shared/corpus not present")
@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet", "jsonl"])
def test_corpus_round_trips(tmp_path, fmt):
    if fmt == "xlsx":
        pytest.importorskip("openpyxl")
    if fmt == "parquet":
        pytest.importorskip("pyarrow")
    out = tmp_path / f"tasks.{fmt}"
    done = export_tasks([str(CORPUS)], out)
    assert done.failures == [] and done.rows > 100
    expected = list(task_rows(load([str(CORPUS)])))
    if fmt == "csv":
        with open(out, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.DictReader(handle))
    elif fmt == "xlsx":
        rows = _xlsx_rows(out)
    elif fmt == "parquet":
        import pyarrow.parquet as pq

        rows = pq.read_table(out).to_pylist()
    else:
        rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    flat = fmt in ("csv", "xlsx")
    assert len(rows) == len(expected)
    for row, want in zip(rows, expected):
        for key, value in want.items():
            if flat:
                value = LIST_JOIN.join(value) if isinstance(value, list) else ("" if value is None else value)
            assert row[key] == value, (key, want["task_id"])


def test_archive_input_and_batch_units_file(tmp_path):
    import zipfile

    table = tmp_path / "units.yaml"
    table.write_text("names:\n  知识产权局: [知产局]\n", encoding="utf-8")
    archive = tmp_path / "docs.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("a/d.txt", "上海市普陀区人民政府办公室关于做好知识产权工作的通知\n一、加强保护\n（一）开展执法行动。（区知产局）\n")
        z.write(SAMPLES / "000_629d52ffcafbc905.txt", "b/sample.txt")
    batch = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(archive), "-o", str(batch), "-q", "--jobs", "1", "--units", str(table)])
    assert result.exit_code == 0, result.output
    out = tmp_path / "t.jsonl"
    assert runner.invoke(app, ["tasks", str(batch), "-o", str(out)]).exit_code == 0
    rows = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert rows[0]["canonical_units"] == ["区知识产权局"]          # the batch's table, kept in its JSONL
    assert len(rows) == 1 + len(parse_file(SAMPLES / "000_629d52ffcafbc905.txt").tasks)
    direct = tmp_path / "direct.jsonl"
    assert runner.invoke(app, ["tasks", str(archive), "-o", str(direct)]).exit_code == 0
    assert [json.loads(x)["task_id"] for x in direct.read_text("utf-8").splitlines()] == [r["task_id"] for r in rows]


def test_a_missing_input_is_one_line_naming_it_once(tmp_path):
    result = runner.invoke(app, ["tasks", str(tmp_path / "missing.txt"), "-o", str(tmp_path / "t.csv")])
    assert result.exit_code == 1
    line = next(l for l in result.stderr.splitlines() if "missing.txt" in l)
    assert line.count("missing.txt") == 1 and "(not_found)" in line and "Traceback" not in result.output
