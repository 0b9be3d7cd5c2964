"""The segment stage's guards ask a pattern only where it can match: each must answer as the pattern does.

segment._is_chrome stands before patterns.BOILERPLATE (asked of every line) and is a hand-kept summary
of where the pattern's alternatives can start (CHROME_START) or what the ones that start anywhere need
(CHROME_WORD). A line of each alternative is checked here, and every line of ../shared where present; the
number of alternatives is pinned, so that a new one sends its author to the guard.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import patterns as P
from policyparse.stages.segment import _is_chrome
from policyparse.text import fold

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"

# One real (or cut-down real) line for each alternative of patterns.BOILERPLATE, in the pattern's order.
CHROME_LINES = [
    "正文内容区域请使用tab按钮切换浏览", "跳到主要内容区块", "政府信息公开", "我要留言", "下载本信息公开文件", "手机查看", "微信 微博 QQ空间",
    "| | |", "【字体大小:", "字号: 大 中 小", "打印本页关闭窗口", "关闭窗口", "【打印】", "打印关闭", "打印 分享:",
    "您的位置:首页 > 政务公开", "您当前所在的位置: 网站首页 > 政府公报", "当前位置:首页 > 政务公开", "当前位置首页", "> 政务公开 > 法定主动公开内容 > 重点领域",
    "首页> 地方频道> 要闻", "网站首页 > 通知公告", "浏览次数:", "访问量:1024", "阅读次数:12", "分享到:", "扫一扫在手机打开当前页",
    "返回顶部", "【返回顶部】【关闭窗口】", "主办单位:广州市人民政府办公厅", "承办单位:宿房网", "ICP备案号:粤ICP备2022092331号-1",
    "京ICP备08103642号", "网站标识码:4401000004", "粤公网安备 44010602000929号", "技术支持:某某公司", "<!-- INFO END -->",
    "[已废止]", "【法宝引证码】 CLI.12.5679380", "原文链接:https://www.pkulaw.com/lar/2f52.html",
    "特别声明:以上内容为自媒体平台用户上传", "Notice: The content above is uploaded", "本文图片部分来自于网络",
    "【免责声明:本站所有信息均来源于互联网】", "(中国知识产权报独家稿件,未经授权不得转载。)", "(本文有删减)", "-次", "1024次",
    "公开方式:主动公开", "查询网址:http://hrss.gd.gov.cn/gdsbfw", "\u3000分享 打印",
]
# Lines that are no chrome, among them the guard's near misses (a widget word inside a sentence).
BODY_LINES = [
    "一、总体要求", "各区人民政府，市政府各委、办、局：", "请各单位通过微信公众号转发本通知的解读文章。", "打印机、复印机等办公设备由市财政局统一采购。", "分享经济健康发展的若干意见",
    "本通知自2024年1月1日起施行。", "（一）加强组织领导。", "第三条 本办法所称住房，是指…", "2024年5月24日",
]
BOILERPLATE_ALTERNATIVES = 45     # the alternatives CHROME_START and CHROME_WORD were written for


def test_the_pattern_has_the_alternatives_the_guard_was_written_for():
    source = P.BOILERPLATE.pattern
    assert source.startswith("^(?:") and source.endswith(")")
    assert len(P.alternatives(source[4:-1])) == BOILERPLATE_ALTERNATIVES, \
        "patterns.BOILERPLATE changed: make sure segment.CHROME_START / CHROME_WORD cover every alternative, " \
        "add a line of the new one to CHROME_LINES, then update BOILERPLATE_ALTERNATIVES"


@pytest.mark.parametrize("line", CHROME_LINES)
def test_every_kind_of_chrome_line_passes_the_guard(line):
    folded = fold(line)
    assert P.BOILERPLATE.match(folded), line       # (the table itself holds chrome)
    assert _is_chrome(folded)


@pytest.mark.parametrize("line", BODY_LINES)
def test_body_lines_are_no_chrome(line):
    assert not _is_chrome(fold(line)) and not P.BOILERPLATE.match(fold(line))


@pytest.mark.skipif(not SHARED.is_dir(), reason="../shared not present: the guard is checked on the lines above only")
def test_the_guard_answers_as_the_pattern_on_every_line_of_the_shared_documents():
    from policyparse.api import parse_with_text

    moved = []
    for folder in ("seeds", "corpus", "wild"):
        for path in sorted((SHARED / folder).iterdir()):
            if path.suffix not in (".txt", ".md", ".html", ".htm", ".shtml"):
                continue
            _, text = parse_with_text(path.read_bytes(), path=str(path))
            for line in text.splitlines():
                folded = fold(line.strip())
                if _is_chrome(folded) != (P.BOILERPLATE.match(folded) is not None):
                    moved.append((path.name, line[:60]))
    assert not moved


def test_a_paragraph_that_opens_with_printing_stays_in_the_text():
    """打印 opens a page's widget line (打印 关闭, 【打印】), and also a sentence about printers: that one is text."""
    from policyparse import parse_text

    doc = parse_text("关于加强办公设备管理的通知\n一、统一采购\n打印机、复印机等办公设备由市财政局统一采购。\n打印 关闭\n")
    assert doc.sections[0].text == "打印机、复印机等办公设备由市财政局统一采购。"
