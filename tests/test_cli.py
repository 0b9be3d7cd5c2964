"""The command line, in-process with Typer's CliRunner, and once through the installed script."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from policyparse import __version__, parse_text
from policyparse.cli import app

SAMPLES = Path(__file__).parent.parent / "samples"
SAMPLE = SAMPLES / "002_ff42bb4422d187c9.txt"
runner = CliRunner()


def test_extract_json():
    result = runner.invoke(app, ["extract", str(SAMPLE)])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    assert doc["meta"]["doc_number"] == "静府发〔2023〕7号"


def test_extract_yaml_to_file(tmp_path):
    out = tmp_path / "sub" / "doc.yaml"
    result = runner.invoke(app, ["extract", str(SAMPLE), "--format", "yaml", "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert yaml.safe_load(out.read_text(encoding="utf-8"))["meta"]["issuer"] == "上海市静安区人民政府"
    assert [p.name for p in out.parent.iterdir()] == ["doc.yaml"]   # no temporary file left


def test_extract_stdin():
    result = runner.invoke(app, ["extract", "-"], input=SAMPLE.read_bytes())
    assert result.exit_code == 0
    assert json.loads(result.stdout)["source"]["path"] is None


def test_keep_script():
    sample = SAMPLES / "004_00c5e9fe007d877b.txt"
    kept = json.loads(runner.invoke(app, ["extract", str(sample), "--keep-script"]).stdout)
    converted = json.loads(runner.invoke(app, ["extract", str(sample)]).stdout)
    assert kept["sections"][1]["children"][0]["title"] == "總體要求"
    assert converted["sections"][1]["children"][0]["title"] == "总体要求"


@pytest.mark.parametrize("make, message", [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: _write(d / "empty.txt", b""), "empty"),
    (lambda d: _write(d / "binary.txt", bytes(range(256)) * 40), "binary"),
])
def test_errors_are_one_line(tmp_path, make, message):
    result = runner.invoke(app, ["extract", str(make(tmp_path))])
    assert result.exit_code == 1
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_max_bytes(tmp_path):
    result = runner.invoke(app, ["extract", str(SAMPLE), "--max-bytes", "100"])
    assert result.exit_code == 1 and "over the limit" in result.stderr


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_version_and_schema():
    assert runner.invoke(app, ["--version"]).stdout.strip() == f"policyparse {__version__}"
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    assert "meta" in schema["properties"]


def test_tasks_table():
    result = runner.invoke(app, ["tasks", str(SAMPLES / "000_629d52ffcafbc905.txt")])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split("\t") == ["id", "section", "text", "lead", "support", "deadline"]
    assert len(lines) == 54 and "区知识产权联席会议各成员单位" in lines[1]


def test_installed_console_script():
    exe = shutil.which("policyparse") or str(Path(sys.executable).parent / "policyparse")
    proc = subprocess.run([exe, "extract", str(SAMPLE), "--format", "json"], capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["meta"]["date"] == "2023-05-11"
    proc = subprocess.run([exe, "extract", "/nonexistent.txt"], capture_output=True, text=True)
    assert proc.returncode == 1 and proc.stderr.startswith("policyparse: error:")


def test_help_shows_flags_as_flags():
    """Typer 0.29 rendered `--resume <bool>` and `<list[str]>`: the pinned range must not."""
    result = runner.invoke(app, ["batch", "--help"], env={"COLUMNS": "200", "TERM": "dumb"})
    assert result.exit_code == 0 and "--resume" in result.stdout
    assert "<bool>" not in result.stdout and "list[str]" not in result.stdout


def test_output_and_input_faults_are_one_line(tmp_path):
    """stdout on a full disk, a closed stdin, a stream longer than --max-bytes, a path too long."""
    import subprocess
    import sys

    def run(args, **kw):
        done = subprocess.run([sys.executable, "-m", "policyparse", *args], capture_output=True, text=True, **kw)
        return done.returncode, done.stderr.strip().splitlines()

    if Path("/dev/full").exists():
        with open("/dev/full", "w") as full:
            done = subprocess.run([sys.executable, "-m", "policyparse", "extract", str(SAMPLE)], stdout=full,
                                  stderr=subprocess.PIPE, text=True)
        assert done.returncode == 1 and done.stderr.strip().splitlines() == [
            "policyparse: error: cannot write to standard output (No space left on device)"]
    assert run(["extract", "-"], stdin=subprocess.DEVNULL)[0] == 1          # empty
    code, err = run(["extract", "-", "--max-bytes", "1000"], input="一" * 10_000)
    assert code == 1 and err == ["policyparse: error: standard input: over the limit of 1000 bytes"]
    code, err = run(["extract", str(tmp_path / ("a" * 300))])
    assert code == 1 and len(err) == 1 and "cannot read" in err[0]


def test_a_huge_number_never_makes_invalid_json():
    doc = parse_text("一、主要目标\n到2025年，新增企业" + "9" * 400 + "家，覆盖率达到95%。\n"
                     "编号 | 指标名称 | 2025年 |\n1 | 企业数量(家) | " + "9" * 400 + " |\n2 | 网点数量(家) | 35 |\n")
    from policyparse.emit import to_json

    def refuse(constant):
        raise ValueError(f"{constant} is not JSON")

    json.loads(to_json(doc), parse_constant=refuse)            # Infinity / NaN would be refused here
    assert [t.value for t in doc.quantities] == [95.0]
    assert [i.targets for i in doc.indicators] == [{}, {"2025": 35.0}]


def test_extract_a_file_whose_name_is_not_utf8(tmp_path):
    name = os.path.join(os.fsencode(tmp_path), "政策文件.txt".encode("gbk"))
    with open(name, "wb") as handle:
        handle.write(SAMPLE.read_bytes())
    done = subprocess.run([sys.executable, "-m", "policyparse", "extract", name, "-o", name + b".json"],
                          capture_output=True)
    assert done.returncode == 0, done.stderr
    with open(name + b".json", encoding="utf-8") as handle:
        assert json.load(handle)["source"]["path"].endswith("政策文件.txt")


def _documents():
    shared = Path(__file__).parent.parent.parent / "shared"
    folders = [shared / "corpus", shared / "wild"] if shared.is_dir() else []
    found = sorted(SAMPLES.glob("*.txt"))
    for folder in folders:
        found += sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".md", ".html"))[::10]
    return found


def test_indented_json_is_the_standard_encoders_byte_for_byte():
    """extract's JSON is pydantic-core's serialiser (fast); it must be exactly what json.dumps writes, on
    the samples and (where ../shared is beside the project) every tenth real document."""
    from policyparse import parse_bytes
    from policyparse.emit import to_json

    for path in _documents():
        doc = parse_bytes(path.read_bytes(), path=str(path))
        assert to_json(doc) == json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=2), path
