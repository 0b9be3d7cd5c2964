"""Reading and normalising: encodings, line ends, script, spans back into the source."""
from __future__ import annotations

import pytest

from policyparse import InputError, parse_bytes, parse_text

TEXT = "关于加强知识产权工作的通知\n各区政府：\n一、总体要求\n（一）指导思想\n"


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16"), ("gb18030", "gb18030"),
    ("gbk", "gb18030"),
])
def test_encodings(encoding, expected):
    doc = parse_bytes(TEXT.encode(encoding))
    assert doc.source.encoding == expected
    assert [s.title for s in doc.sections] == ["总体要求"]


def test_big5_traditional():
    doc = parse_bytes("關於加強知識產權工作的通知\n各區政府：\n一、總體要求\n（一）指導思想\n".encode("big5"))
    assert doc.source.encoding == "big5"
    assert doc.meta.script == "traditional"
    assert doc.sections[0].title == "总体要求"


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_ends(newline):
    doc = parse_bytes(TEXT.replace("\n", newline).encode())
    assert doc.sections[0].children[0].title == "指导思想"


def test_keep_script():
    doc = parse_text("一、總體要求\n", keep_script=True)
    assert doc.sections[0].title == "總體要求"
    assert doc.source.output_script == "traditional"


def test_spans_point_into_the_source():
    source = "\u3000\u3000一、總體要求\n（一）指導思想\n"
    doc = parse_text(source)
    section = doc.sections[0]
    assert source[section.span.start:section.span.end] == "一、總體要求"


def test_undecodable_bytes_are_a_warning_not_a_crash():
    data = TEXT.encode() + b"\xff\xfe\xfa" + "二、保障措施\n".encode()
    doc = parse_bytes(data)
    assert doc.sections  # still parsed


@pytest.mark.parametrize("data, code", [(b"", "empty"), (b"   \n\n", "empty"),
                                        (bytes(range(256)) * 20, "binary")])
def test_bad_input(data, code):
    with pytest.raises(InputError) as info:
        parse_bytes(data)
    assert info.value.code == code


def test_size_limit():
    with pytest.raises(InputError) as info:
        parse_bytes(TEXT.encode(), max_bytes=10)
    assert info.value.code == "too_large"


def test_a_reader_services_markdown_export_gives_its_title_as_the_pages():
    """w285, w286: Title: … / URL Source: … / Markdown Content: above a page's markdown (menus first): the
    header's title is the page's title, and the header is no text."""
    from policyparse import parse_text
    text = ("Title: 无需个人垫付！广州异地就医备案快速办理！ - 广州市人民政府门户网站\n\nURL Source: https://www.gz.gov.cn/a.html\n\n"
            "Markdown Content:\n*   无障碍\n*   长者助手\n广州市医保局推出异地就医备案线上办理。\n一、办理渠道\n（一）登录穗好办办理。\n")
    doc = parse_text(text)
    assert doc.meta.title == "无需个人垫付！广州异地就医备案快速办理！"
    assert "URL Source" not in (doc.sections[0].text or "")
