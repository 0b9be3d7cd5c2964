"""The view and report pages in a real browser: headless Chromium driven by selenium.

Skipped, with one line, where no Chromium and ChromeDriver are installed (.ci/run installs Debian's
chromium and chromium-driver).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from policyparse import parse_file, parse_text
from policyparse.report import write_report
from policyparse.view import view_html

SAMPLES = Path(__file__).parent.parent / "samples"
SAMPLE = SAMPLES / "000_629d52ffcafbc905.txt"
CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser", "google-chrome"))), None)
DRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(not (CHROMIUM and DRIVER),
                                reason="no Chromium/ChromeDriver here (apt-get install chromium chromium-driver)")


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def _requests(driver) -> list[str]:
    """Every URL the page asked for since the last call (Chrome's performance log of network events)."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    return urls


def _page(tmp_path, html: str, name: str = "page.html") -> str:
    path = tmp_path / name
    path.write_text(html, encoding="utf-8")
    return path.as_uri()


def _sample_view(tmp_path):
    from policyparse.api import parse_with_text

    doc, text = parse_with_text(SAMPLE.read_bytes(), path=str(SAMPLE))
    return doc, _page(tmp_path, view_html(doc, text))


def _count_sections(sections) -> int:
    return sum(1 + _count_sections(s.children) for s in sections)


def test_outline_tree_has_every_section(browser, tmp_path):
    doc, url = _sample_view(tmp_path)
    browser.get(url)
    nodes = browser.find_elements("css selector", "nav#outline .node")
    assert len(nodes) == _count_sections(doc.sections) > 50
    ids = [n.get_attribute("data-section") for n in nodes]
    assert all(browser.execute_script("return document.getElementById(arguments[0]) !== null", f"sec-{i}")
               for i in ids if next(s for s in _walk(doc.sections) if s.id == i).span)


def _walk(sections):
    for s in sections:
        yield s
        yield from _walk(s.children)


def test_clicking_a_task_brings_its_text_into_view(browser, tmp_path):
    doc, url = _sample_view(tmp_path)
    browser.get(url)
    task = doc.tasks[len(doc.tasks) // 2]
    browser.execute_script("window.scrollTo(0, 0)")
    target = browser.find_element("id", f"task-{task.id}")
    assert not _in_view(browser, target)
    row = browser.find_element("css selector", f'tr.task-row[data-task="{task.id}"]')
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", row)
    row.click()
    assert _in_view(browser, target)
    assert task.text[:10] in target.text.replace("\n", "")


def _in_view(browser, element) -> bool:
    return browser.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return r.bottom > 0 && r.top < window.innerHeight;", element)


def test_clicking_an_outline_node_scrolls_to_its_heading(browser, tmp_path):
    doc, url = _sample_view(tmp_path)
    browser.get(url)
    last = [s for s in _walk(doc.sections) if s.span][-1]
    target = browser.find_element("id", f"sec-{last.id}")
    assert not _in_view(browser, target)
    link = browser.find_element("css selector", f'nav a[data-target="sec-{last.id}"]')
    browser.execute_script("arguments[0].click()", link)
    assert _in_view(browser, target)


def test_unit_filter(browser, tmp_path):
    from selenium.webdriver.support.ui import Select

    doc, url = _sample_view(tmp_path)
    browser.get(url)
    unit = "区科委"
    want = [t.id for t in doc.tasks if unit in t.units]
    assert 0 < len(want) < len(doc.tasks)
    Select(browser.find_element("id", "unit-filter")).select_by_value(unit)
    shown = [r.get_attribute("data-task") for r in browser.find_elements("css selector", "tr.task-row")
             if r.is_displayed()]
    assert shown == want
    Select(browser.find_element("id", "unit-filter")).select_by_value("")
    assert sum(r.is_displayed() for r in browser.find_elements("css selector", "tr.task-row")) == len(doc.tasks)


HOSTILE = ('<script>window.pwned=1</script><img src="http://127.0.0.1:9/x.png" onerror="window.pwned=2">'
           '关于加强管理的通知\n一、工作任务\n（一）加强<b onclick="x()">监管</b>。（市<script>alert(1)</script>局）\n')


def test_a_hostile_document_is_text_and_fetches_nothing(browser, tmp_path):
    doc = parse_text(HOSTILE)
    page = view_html(doc, HOSTILE)
    assert "<script>window.pwned" not in page
    _requests(browser)                        # forget earlier pages
    url = _page(tmp_path, page)
    browser.get(url)
    assert browser.execute_script("return window.pwned === undefined")
    assert "<script>window.pwned=1</script>" in browser.find_element("id", "text").text
    assert len(browser.find_elements("css selector", "script")) == 1      # the page's own
    assert browser.find_elements("css selector", "img") == []
    assert [u for u in _requests(browser) if u != url] == []


def test_the_sample_view_makes_no_request(browser, tmp_path):
    _requests(browser)
    _, url = _sample_view(tmp_path)
    browser.get(url)
    assert [u for u in _requests(browser) if u != url] == []


def test_traditional_script_is_shown_as_written_with_its_simplified_reading(browser, tmp_path):
    text = "臺北市政府關於加強環境保護工作的通知\n一、總體要求\n（一）加強監督檢查。（市環境保護局）\n"
    doc = parse_text(text)
    browser.get(_page(tmp_path, view_html(doc, text)))
    body = browser.find_element("id", "text")
    assert "加強監督檢查" in body.text and "加强监督检查" in body.text


def test_report_links_every_document_to_its_view(browser, tmp_path):
    out = tmp_path / "report.html"
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    dated = tmp_path / "dated.txt"
    dated.write_text("上海市普陀区人民政府办公室关于做好2024年重点工作的通知\n一、重点任务\n"
                     "（一）2024年6月底前完成平台建设。（区数据局）\n（二）2025年底前建成示范区。（区科委）\n"
                     "上海市普陀区人民政府办公室\n2024年3月1日\n", encoding="utf-8")
    done = write_report([str(SAMPLES), str(bad), str(dated)], out)
    assert (done.documents, done.failures, done.views) == (6, 1, 6)
    _requests(browser)
    browser.get(out.as_uri())
    assert browser.find_element("id", "doc-count").text == "6"
    assert browser.find_element("id", "failure-count").text == "1"
    assert "empty" in browser.find_element("id", "failures").text
    assert len(browser.find_elements("css selector", "#chart-units g")) > 10
    due = browser.find_elements("css selector", "#chart-deadlines rect")
    assert sum(int(r.get_attribute("height") != "0.0") for r in due) == 2      # 2024-06 and 2025-12
    links = browser.find_elements("css selector", "a.view-link")
    assert len(links) == 6
    assert [u for u in _requests(browser) if u != out.as_uri()] == []
    links[0].click()
    assert browser.find_elements("css selector", "nav#outline .node")
    assert browser.find_element("id", "doc-title").text == parse_file(SAMPLE).meta.title
