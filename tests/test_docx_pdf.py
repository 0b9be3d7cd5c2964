"""DOCX and PDF readers: real files built here (python-docx, reportlab) give the plain text's outline."""
from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from policyparse import InputError, parse_bytes, parse_text
from policyparse.cli import app
from policyparse.readers.docx import chinese_number

docx = pytest.importorskip("docx")
pytest.importorskip("pypdfium2")
pytest.importorskip("reportlab")

SAMPLES = Path(__file__).parent.parent / "samples"
runner = CliRunner()

# (numbering level or None, text): level 0 is 第X条, level 1 （X）, level 2 X.; None is typed as is.
LAW = [
    (None, "上海市促进知识产权发展条例"),
    (None, "第一章 总则"),
    (0, "为了加强知识产权保护，促进创新发展，根据有关法律、行政法规，结合本市实际，制定本条例。"),
    (0, "本市知识产权工作应当遵循下列原则："),
    (1, "坚持保护优先；"),
    (1, "坚持市场主导；"),
    (1, "坚持开放合作。"),
    (None, "第二章 保护与运用"),
    (0, "市知识产权局负责下列工作："),
    (1, "制定规划，具体包括："),
    (2, "组织编制年度计划；"),
    (2, "开展监测评估。"),
    (1, "组织协调重大事项。"),
    (0, "各区人民政府应当建立工作协调机制（区知识产权局、区市场监管局）。"),
]
LEVELS = (("第%1条", "chineseCounting"), ("（%2）", "chineseCounting"), ("%3.", "decimal"))   # Word: %N is level N
TABLE = [["指标", "2024年", "2025年"], ["专利授权量（件）", "1000", "1200"]]


def typed_text() -> str:
    counters = [0, 0, 0]
    lines = []
    for level, text in LAW:
        if level is None:
            lines.append(text)
            continue
        counters[level] += 1
        counters[level + 1:] = [0] * (2 - level)
        number = counters[level]
        marker = LEVELS[level][0].replace(f"%{level + 1}", chinese_number(number) if level < 2 else str(number))
        lines.append(marker + (" " if level == 0 else "") + text)
    lines += [" | ".join(row) + " |" for row in TABLE]
    return "\n".join(lines) + "\n"


def _numbering_xml() -> str:
    ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    levels = "".join(
        f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:suff w:val="{"space" if i == 0 else "nothing"}"/></w:lvl>' for i, (text, fmt) in enumerate(LEVELS))
    return (f'<w:abstractNum {ns} w:abstractNumId="90">{levels}</w:abstractNum>',
            f'<w:num {ns} w:numId="90"><w:abstractNumId w:val="90"/></w:num>')


def build_docx() -> bytes:
    from docx.oxml import parse_xml

    document = docx.Document()
    numbering = document.part.numbering_part.element
    abstract, num = _numbering_xml()
    numbering.insert(0, parse_xml(abstract))       # abstractNum elements come before num elements
    numbering.append(parse_xml(num))
    document.sections[0].header.paragraphs[0].text = "上海市知识产权局 页眉"   # never read
    for level, text in LAW:
        paragraph = document.add_paragraph(text)
        if level is not None:
            p_pr = paragraph._p.get_or_add_pPr()
            p_pr.append(parse_xml(
                '<w:numPr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
                f'<w:ilvl w:val="{level}"/><w:numId w:val="90"/></w:numPr>'))
    table = document.add_table(rows=len(TABLE), cols=len(TABLE[0]))
    for r, row in enumerate(TABLE):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def outline(doc) -> list:
    def walk(sections):
        for s in sections:
            yield s.id, s.marker, s.title, s.text
            yield from walk(s.children)
    return list(walk(doc.sections))


def test_chinese_numbers():
    assert [chinese_number(n) for n in (1, 10, 11, 20, 23, 100, 105, 110)] == \
        ["一", "十", "十一", "二十", "二十三", "一百", "一百零五", "一百一十"]


def test_docx_numbering_gives_the_typed_outline():
    from_docx = parse_bytes(build_docx(), path="law.docx")
    from_text = parse_text(typed_text())
    assert from_docx.source.reader == "docx"
    assert outline(from_docx) == outline(from_text)
    assert [s.marker for s in from_docx.sections[0].children][:2] == ["第一条", "第二条"]
    assert from_docx.tables and from_docx.tables[0].rows == from_text.tables[0].rows
    assert "页眉" not in json.dumps(from_docx.model_dump(mode="json"), ensure_ascii=False)


def test_docx_detected_by_content_without_extension():
    assert parse_bytes(build_docx(), path="upload.bin").source.reader == "docx"


def _pdf(lines_per_page: list[list[str]], header: str | None = "上海市静安区人民政府") -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for number, lines in enumerate(lines_per_page, 1):
        pdf.setFont("STSong-Light", 11)
        if header:
            pdf.drawString(72, 810, header)
        for i, line in enumerate(lines):
            pdf.drawString(60, 780 - 16 * i, line)
        pdf.drawString(280, 30, f"— {number} —")
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def wrapped_pages(text: str, width: int = 34, per_page: int = 40) -> list[list[str]]:
    """Lay a text out as a printed page does: lines wrapped at `width` characters, pages of `per_page`."""
    lines = []
    for line in text.splitlines():
        lines += [line[i:i + width] for i in range(0, len(line), width)] or []
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)]


@pytest.mark.parametrize("sample", ["002_ff42bb4422d187c9.txt", "000_629d52ffcafbc905.txt"])
def test_pdf_gives_the_plain_text_outline(sample):
    text = (SAMPLES / sample).read_text(encoding="utf-8")
    pages = wrapped_pages(text)
    assert len(pages) >= 3
    from_pdf = parse_bytes(_pdf(pages), path="doc.pdf")
    from_text = parse_text(text)
    assert from_pdf.source.reader == "pdf"
    assert [(i, m, t) for i, m, t, _ in outline(from_pdf)] == [(i, m, t) for i, m, t, _ in outline(from_text)]
    assert [t.units for t in from_pdf.tasks] == [t.units for t in from_text.tasks]
    dumped = json.dumps(from_pdf.model_dump(mode="json"), ensure_ascii=False)
    assert "— 2 —" not in dumped


def test_scanned_pdf_is_refused_clearly():
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    pdf.rect(100, 100, 300, 500, fill=1)      # an image-only page: no text layer
    pdf.showPage()
    pdf.save()
    with pytest.raises(InputError, match="no text layer") as caught:
        parse_bytes(out.getvalue(), path="scan.pdf")
    assert caught.value.code == "no_text_layer"


@pytest.mark.parametrize("data, code", [
    (b"%PDF-1.4\n broken", "bad_pdf"),
    (b"PK\x03\x04" + bytes(range(256)) * 4, "archive"),    # a zip, but no Word document in it
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "unsupported_format"),
])
def test_broken_binaries_are_clear_errors(data, code):
    with pytest.raises(InputError) as caught:
        parse_bytes(data)
    assert caught.value.code == code


def test_from_overrides_detection(tmp_path):
    page = tmp_path / "page.txt"
    page.write_text("<html><body><p>一、总体要求</p><p>坚持稳中求进。</p></body></html>", encoding="utf-8")
    as_text = json.loads(runner.invoke(app, ["extract", str(page), "--from", "txt"]).stdout)
    as_html = json.loads(runner.invoke(app, ["extract", str(page), "--from", "html"]).stdout)
    assert as_text["source"]["reader"] == "text" and as_html["source"]["reader"] == "html"
    assert as_html["sections"][0]["title"] == "总体要求"
    pdf = tmp_path / "doc.txt"
    pdf.write_bytes(_pdf([["一、总体要求", "坚持稳中求进，统筹发展和安全。"]]))
    result = runner.invoke(app, ["extract", str(pdf)])
    assert json.loads(result.stdout)["source"]["reader"] == "pdf"    # content wins over the extension
    bad = runner.invoke(app, ["extract", str(pdf), "--from", "docx"])
    assert bad.exit_code == 1 and "DOCX" in bad.stderr


@pytest.mark.parametrize("kind", ["docx", "pdf"])
def test_damaged_files_parse_or_fail_cleanly(kind):
    """Truncated and bit-flipped Word and PDF files: a Document or a PolicyParseError, nothing else."""
    import random

    from policyparse import PolicyParseError

    good = build_docx() if kind == "docx" else _pdf(wrapped_pages(typed_text()))
    rng = random.Random(7)
    for trial in range(40):
        data = bytearray(good[: rng.randrange(len(good) // 2, len(good) + 1)] if trial % 2 else good)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        try:
            parse_bytes(bytes(data), path=f"damaged.{kind}")
        except PolicyParseError:
            pass


def _rewrite_docx(data: bytes, part: str, change) -> bytes:
    """The DOCX with one part's XML changed by `change(text) -> text`."""
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            body = source.read(info)
            target.writestr(info, change(body.decode("utf-8")).encode("utf-8") if info.filename == part else body)
    return out.getvalue()


def test_docx_spans_and_list_numbers_are_bounded():
    """gridSpan=10^8 and a list that starts at 999999999 in letters once cost gigabytes."""
    data = _rewrite_docx(build_docx(), "word/document.xml",
                         lambda xml: xml.replace("<w:tcPr>", '<w:tcPr><w:gridSpan w:val="100000000"/>', 1))
    data = _rewrite_docx(data, "word/numbering.xml",
                         lambda xml: xml.replace('<w:start w:val="1"/><w:numFmt w:val="decimal"/>',
                                                 '<w:start w:val="999999999"/><w:numFmt w:val="upperLetter"/>'))
    doc = parse_bytes(data, path="a.docx")
    assert len(doc.model_dump_json()) < 200_000


def test_a_docx_zip_bomb_is_refused_before_unpacking():
    import zipfile

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(build_docx())) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("word/media/bomb.bin", b"\0" * (600 * 1024 * 1024))     # 600 MB of zeros, ~600 KB packed
    with pytest.raises(InputError, match="unpacks to") as caught:
        parse_bytes(out.getvalue(), path="a.docx")
    assert caught.value.code == "too_large"


def test_a_pdf_that_claims_a_million_pages():
    from policyparse.readers import pdf as reader

    pages = [["一、总体要求", "坚持稳中求进工作总基调。"], ["二、主要目标", "到2025年完成各项任务。"],
             ["三、保障措施", "加强组织领导，压实工作责任。"]]
    real = _pdf(pages)
    import pypdfium2

    original = pypdfium2.PdfDocument

    class Many:                       # a document whose page tree claims far more pages than it has
        def __init__(self, data):
            self.inner = original(data)

        def __len__(self):
            return 1_000_000

        def __getitem__(self, n):
            if n < 3:
                return self.inner[n]
            raise pypdfium2.PdfiumError("no such page")

        def close(self):
            self.inner.close()

    pypdfium2.PdfDocument = Many
    try:
        text, warnings = reader.pdf_to_text(real)
    finally:
        pypdfium2.PdfDocument = original
    assert "总体要求" in text and len(warnings) <= reader.MAX_PAGE_WARNINGS + 2
    assert [w[0] for w in warnings][0] == "pdf_pages_limited"
