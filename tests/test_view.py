"""The view page without a browser: marks nest, strings are escaped, every document of ../shared renders."""
from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse_text
from policyparse.api import parse_with_text
from policyparse.view import Mark, _render, view_html

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SHARED_DOCS = sorted(p for folder in ("seeds", "corpus", "wild") for p in (SHARED / folder).glob("*")
                     if p.suffix in (".txt", ".html", ".md")) if SHARED.exists() else []


def test_a_task_wraps_its_heading_and_a_crossing_mark_is_cut():
    line = "（一）加强监管。（市财政局）"
    marks = [Mark(0, 3, 0, "section", {"id": "sec-s1"}, "heading"),
             Mark(0, len(line), 2, "task", {"id": "task-t"}, "task"),
             Mark(9, 13, 4, "unit", {}, "unit lead"),
             Mark(2, 6, 3, "warning", {}, "warning")]          # crosses the heading's end
    html = str(_render(line, 0, marks, set()))
    assert html.startswith('<span class="task" id="task-t"><span class="heading" id="sec-s1">（一')
    assert '<span class="unit lead">市财政局</span>' in html
    assert html.count("<span") == html.count("</span>") == 4
    assert html.replace("</span>", "").count(">") >= 4 and "加强监管" in html


def test_ids_are_given_once_when_a_mark_spans_lines():
    opened: set = set()
    first = str(_render("abc", 0, [Mark(0, 8, 2, "task", {"id": "task-t"}, "task")], opened))
    second = str(_render("defg", 4, [Mark(0, 8, 2, "task", {"id": "task-t"}, "task")], opened))
    assert 'id="task-t"' in first and 'id="' not in second and "defg" in second


def test_every_string_is_escaped():
    text = '<script>alert(1)</script>关于"加强"管理的通知\n一、工作任务\n（一）加强<b>监管</b>。（市财政局）\n'
    page = view_html(parse_text(text), text)
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
    assert "<b>监管" not in page
    assert page.count("<script>") == 1                   # the page's own


def test_units_and_deadlines_are_marked_in_the_text():
    text = "关于做好工作的通知\n一、重点任务\n（一）2025年底前完成平台建设。（市数据局牵头，市财政局配合）\n"
    page = view_html(parse_text(text), text)
    assert '<span class="unit lead" title="市数据局: lead">市数据局</span>' in page
    assert '<span class="unit support" title="市财政局: support">市财政局</span>' in page
    assert 'class="deadline"' in page and ">2025年底前完成<" in page


@pytest.mark.skipif(not SHARED_DOCS, reason="../shared not present")
def test_every_document_of_shared_gets_a_view():
    for path in SHARED_DOCS:
        doc, text = parse_with_text(path.read_bytes(), path=str(path))
        page = view_html(doc, text)
        assert page.count('class="node') == sum(1 for _ in _walk(doc.sections)), path.name
        for task in doc.tasks:
            if task.span:
                assert f'id="task-{task.id}"' in page, (path.name, task.id)


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.children)
