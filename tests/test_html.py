"""The HTML reader: body found among chrome, scripts never text, merged cells resolved, charsets."""
from __future__ import annotations

import pytest

from policyparse import parse_bytes
from policyparse.readers.html import html_to_text, page_title

PAGE = """<html><head><meta charset="gbk"><meta name="ArticleTitle" content="某市人民政府关于加强工作的通知">
<script>var x = "一、不是标题";</script><style>p{}</style></head><body>
<div class="nav"><a href="/">首页</a> <a href="/a">政策文件</a> <a href="/b">新闻中心</a></div>
<div class="content"><!-- 一、注释不是文本 -->
<p>各区人民政府：</p><p>现将有关事项通知如下。</p>
<p>一、总体要求</p><p>坚持以人民为中心的发展思想，推动工作高质量发展。全面贯彻落实各项决策部署，统筹推进改革发展稳定各项工作，不断提升治理能力和治理水平。全面贯彻落实各项决策部署，统筹推进改革发展稳定各项工作，不断提升治理能力和治理水平。全面贯彻落实各项决策部署，统筹推进改革发展稳定各项工作，不断提升治理能力和治理水平。</p>
<p>二、主要目标</p>
<table><tr><td>序号</td><td>指标名称</td><td>2025年</td></tr>
<tr><td rowspan="2">1</td><td>新增企业数量(家)</td><td>30</td></tr>
<tr><td>培训基地数量(家)</td><td>15</td></tr></table>
<p>某市人民政府</p><p>2024年1月2日</p></div>
<div class="footer">主办单位：某市人民政府办公室</div></body></html>"""


def test_page_to_document():
    doc = parse_bytes(PAGE.encode("gbk"), path="page.html")
    assert doc.source.reader == "html" and doc.source.encoding == "gb18030"
    assert doc.meta.title == "某市人民政府关于加强工作的通知"
    assert (doc.meta.issuer, doc.meta.date) == ("某市人民政府", "2024-01-02")
    assert [s.title for s in doc.sections if s.marker] == ["总体要求", "主要目标"]
    assert [(i.name, i.unit, i.targets) for i in doc.indicators] == [
        ("新增企业数量", "家", {"2025": 30.0}), ("培训基地数量", "家", {"2025": 15.0})]


def test_scripts_comments_and_navigation_are_not_text():
    text, meta = html_to_text(PAGE)
    assert "不是标题" not in text and "注释" not in text and "新闻中心" not in text
    assert meta["ArticleTitle"] == "某市人民政府关于加强工作的通知"


def test_markup_escaped_in_a_meta_value_is_not_text():
    """w094: <meta name="ArticleTitle" content="…印发关于&lt;br/&gt;进一步促进…的通知"> (the heading's line breaks)."""
    _, meta = html_to_text('<html><head><meta name="ArticleTitle" content="某局印发关于&lt;br/&gt;进一步促进'
                           '&lt;br /&gt;房地产市场发展的若干措施的通知"></head><body><p>正文。</p></body></html>')
    assert meta["ArticleTitle"] == "某局印发关于进一步促进房地产市场发展的若干措施的通知"


def test_merged_cells_fill_the_grid():
    text, _ = html_to_text("<table><tr><td colspan='2'>合计</td><td rowspan='2'>9</td></tr>"
                           "<tr><td>甲</td><td>乙</td></tr></table>")
    assert [[c.strip() for c in line.split("|")] for line in text.splitlines()] == [
        ["合计", "", "9", ""], ["甲", "乙", "9", ""]]


def test_html_detected_by_content():
    doc = parse_bytes(PAGE.encode("utf-8"))
    assert doc.source.reader == "html"


INFO_PAGE = """<html><body>
<div class="info"><p>索引号：000014349/2024-00001 主题分类：综合政务</p>
<p>发文机关：某市人民政府 成文日期：2024年01月05日</p><p>发文字号：某府发〔2024〕3号</p></div>
<div class="content"><p>某市人民政府关于加强工作的通知</p><p>某府发〔2024〕1号</p>
<p>各区人民政府：</p><p>一、总体要求</p><p>坚持稳中求进，统筹发展和安全，推动各项工作取得实效，全面落实各项任务。</p>
<p>二、主要任务</p><p>加快建设现代化产业体系，推动高质量发展，持续增进民生福祉。</p>
<p>某市人民政府</p><p>2024年1月2日</p></div></body></html>"""


def test_two_labels_on_one_line_are_two_fields():
    doc = parse_bytes(INFO_PAGE.encode("utf-8"), path="page.html")
    assert doc.meta.page_fields["主题分类"] == "综合政务"
    assert doc.meta.page_fields["发文机关"] == "某市人民政府"
    assert doc.meta.page_fields["成文日期"] == "2024年01月05日"
    assert doc.meta.index_number == "000014349/2024-00001"


def test_page_and_body_disagreement_is_a_warning():
    doc = parse_bytes(INFO_PAGE.encode("utf-8"), path="page.html")
    assert (doc.meta.doc_number, doc.meta.date) == ("某府发〔2024〕1号", "2024-01-02")   # the text wins
    disagree = [w.message for w in doc.warnings if w.code == "page_body_disagree"]
    assert len(disagree) == 2
    assert any("发文字号" in m and "某府发〔2024〕3号" in m for m in disagree)
    assert any("成文日期" in m for m in disagree)


@pytest.mark.parametrize("page, title", [
    ("高阳县人民政府网站——高阳县人民政府关于加强房地产市场管控的意见", "高阳县人民政府关于加强房地产市场管控的意见"),
    ("一行两会重磅发声，信息量巨大！_时政新闻_大众网", "一行两会重磅发声，信息量巨大！"),
    ("天津日报数字报刊平台-中共天津市委关于制定规划的建议", "中共天津市委关于制定规划的建议"),
    ("某市数字政府建设方案（2021—2023年） - 某市人民政府门户网站", "某市数字政府建设方案（2021—2023年）"),
    ("某市关于2024-2025年工作的通知", "某市关于2024-2025年工作的通知"),
])
def test_page_title_drops_the_site_name(page, title):
    assert page_title(page) == title


def test_chrome_siblings_do_not_hold_the_body_back():
    page = ("<html><body><div class='content'><p>某局关于做好工作的通知</p><p>各单位：</p>"
            + "<p>为做好相关工作，现将有关事项通知如下，请认真贯彻落实，确保各项工作取得实效。</p>" * 8
            + "<p>某局</p><p>2024年5月6日</p></div>"
            "<div class='hfooter'>版权所有：某局 地址：某市某路一号 联系电话：12345 备案号：某ICP备1号 "
            "网站标识码：1234567890 主办单位：某局办公室 技术支持：某公司 欢迎访问本网站了解更多政务信息</div>"
            "</body></html>")
    text, _ = html_to_text(page)
    assert "版权所有" not in text and text.splitlines()[0] == "某局关于做好工作的通知"


def test_the_heading_and_date_above_the_bodys_container_are_kept():
    """w116, w064: <div class="…tit"><h3>title</h3><p>date</p></div> beside <div class="…con"> of the text: the
    body alone would lose the title and date, and the page's <title> names only the site's organ."""
    body = "<p>近年来，我市单人购房数量显著增加，此次贷款额度调整以单人购房为重点，加大对新市民、青年人等群体的支持力度。</p>" * 6
    page = ("<html><head><title>南京住房公积金管理中心</title></head><body><div class='location'>当前位置：首页</div>"
            "<div class='all_content_con'><div class='all_content_con_tit'><h3>《关于提高住房公积金贷款额度的通知》的政策解读</h3>"
            "<p>2025-10-09</p></div><div class='all_content_con_con'><div class='view'><p>一、制定背景</p>" + body +
            "</div></div></div></body></html>")
    doc = parse_bytes(page.encode("utf-8"), path="page.html")
    assert doc.meta.title == "《关于提高住房公积金贷款额度的通知》的政策解读"
    assert doc.meta.date == "2025-10-09"
    button = page.replace("<h3>《关于提高住房公积金贷款额度的通知》的政策解读</h3><p>2025-10-09</p>", "<h3>公报PDF</h3><p>收藏</p>")
    text, _ = html_to_text(button)
    assert "公报PDF" not in text        # a heading too short to be a title: a button bar, left out


def test_a_heading_and_the_date_block_after_it_above_the_body_are_kept():
    """w060, w150: <h2>title</h2><div class="info"><p>日期：2022-11-28 来源：证监会</p>…</div><div class="repeatX"></div>
    <div class="detail-news">text</div>: the heading above the body's container is found past the date block and
    the empty element, and both are kept (the visible date beats a re-publication stamp in <meta PubDate>)."""
    import lxml.html

    from policyparse.readers import html as reader

    root = lxml.html.document_fromstring(
        "<html><body><div class='content'><h2>证监会新闻发言人就资本市场支持房地产市场平稳健康发展答记者问</h2>"
        "<div class='info'><p class='fl'>日期：2022-11-28 来源：证监会</p><div class='share'><h6>分享到：</h6></div></div>"
        "<div class='repeatX'></div><div class='detail-news'><p>证监会决定调整优化5项措施。</p></div></div></body></html>")
    above = reader._heading_above(root.find_class("detail-news")[0])
    assert above is not None and above.splitlines()[:2] == [
        "证监会新闻发言人就资本市场支持房地产市场平稳健康发展答记者问", "日期：2022-11-28 来源：证监会"]
    # w013: <div class="big-title">…</div><div class="second-title">（…通过）</div><div class="…-title">来源：…</div>
    root = lxml.html.document_fromstring(
        "<html><body><div class='big-title'>中共某市委关于制定某市国民经济和社会发展第十五个五年规划的建议</div>"
        "<div class='second-title'>（2025年12月8日中国共产党某市第十二届委员会第九次全体会议通过）</div>"
        "<div class='content-small-title'>来源：某市日报 时间：2025-12-17 10:08</div>"
        "<div class='news_content'><p>全会深入贯彻党的二十届四中全会精神。</p></div></body></html>")
    above = reader._heading_above(root.find_class("news_content")[0])
    assert above is not None and above.splitlines()[0] == "（2025年12月8日中国共产党某市第十二届委员会第九次全体会议通过）"


def test_a_long_paragraph_is_not_the_body():
    # w082: the notice and 第一条 stand in <p>s beside one <p> whose <br> lines hold every other article
    articles = "<br />".join(f"　　第{n}条 本规定第{n}项内容，由有关部门按照职责分工负责组织实施并加强监督检查。"
                             for n in "二三四五六七八九十")
    page = (f"<html><body><div class='nav'><a href='/'>首页</a></div><div class='con'>各区人民政府：<br />"
            f"现将《某规定》印发给你们。<p>某市人民政府</p><p>2024年1月2日</p><div>某规定</div>"
            f"<p>第一条 为了规范管理，制定本规定。</p><p>{articles}</p></div></body></html>")
    doc = parse_bytes(page.encode("utf-8"), path="page.html")
    markers = [s.marker for top in doc.sections for s in (top, *top.children) if s.marker]
    assert markers == [f"第{n}条" for n in "一二三四五六七八九十"]


def test_pre_keeps_its_line_breaks():
    # w158, w170: an article kept in <pre>, one paragraph a line
    text, _ = html_to_text("<html><body><div><pre>一、总体要求\n坚持稳中求进。\r\n二、主要目标\n到2025年<b>完成</b>。"
                           "</pre>尾</div></body></html>")
    assert text.split("\n") == ["一、总体要求", "坚持稳中求进。", "二、主要目标", "到2025年完成。", "尾"]


def test_hidden_elements_are_not_text():
    # w263, w267, w275 …: a hidden one-line copy of the whole text after the footer (display:none)
    body = "".join(f"<p>{n}、第{n}项措施。加强工作落实，推动各项任务完成。</p>" for n in "一二三四")
    page = (f"<html><body><div class='content'><p>某市人民政府关于加强工作的通知</p>{body}</div>"
            f"<div class='bbnr' style='DISPLAY: none;'>某市人民政府关于加强工作的通知 {body}</div></body></html>")
    text, _ = html_to_text(page)
    assert text.count("第一项措施") == 1
    shown_by_script = "<html><body><div style='display:none'>" + body + "</div><p>尾</p></body></html>"
    assert "第四项措施" in html_to_text(shown_by_script)[0]     # most of the text: the body, kept


def test_spans_are_bounded_by_the_table():
    # a 220 KB page whose 6,000 cells each claim colspan=50 rowspan=50 once took 9 s and a 1.8 MB text
    cells = "".join('<td colspan="50" rowspan="50">单元</td>' for _ in range(3000))
    page = f"<html><body><p>一、总体要求</p><table><tr><td>名称</td><td>数值</td></tr><tr>{cells}</tr><tr>{cells}</tr></table></body></html>"
    text, _ = html_to_text(page)
    assert len(text) < 20 * len(cells) // 10 and text.count("单元") >= 6000


def test_control_characters_left_by_a_removed_script_do_not_crash():
    text, _ = html_to_text("<html><body><div><p>一、总体要求</p><script>x</script>&#1;坚持稳中求进。</div></body></html>")
    assert "坚持稳中求进" in text


def test_hundreds_of_unclosed_tags_keep_the_rest_of_the_page():
    page = "<html><body>" + "<font>" * 300 + "<p>一、总体要求</p><p>抄送：市委各部门。</p></body></html>"
    assert "抄送：市委各部门。" in html_to_text(page)[0]


def test_a_visible_byline_dates_a_page_before_its_pubdate_tag():
    """w016: <meta name="PubDate"> holds the time the page was last generated; the byline shows the real date."""
    body = "<p>近日，证监会召开专题会议，研究深化资本市场改革、保持资本市场平稳运行相关工作措施，会议要求抓好落实。</p>" * 4
    page = ("<html><head><meta name='PubDate' content='2025-10-12 22:42:42'></head><body><div class='con'>"
            "<p>证监会研究资本市场落实的政策措施</p><p>2023-08-27 09:30 来源：证监会</p>" + body + "</div></body></html>")
    doc = parse_bytes(page.encode("utf-8"), path="page.html")
    assert (doc.meta.publish_date, doc.meta.date) == ("2023-08-27", "2023-08-27")


def test_an_info_box_in_a_list_gives_the_date_and_the_joint_issuers():
    """w129, w087: beijing.gov.cn's <ol class="doc-info"> box ([成文日期] …, [联合发文单位] …) above the title."""
    body = "<p>为进一步完善本市医疗服务价格和医疗保障政策，现就新增部分医疗服务价格项目和相关政策及事项通知如下，请遵照执行。</p>" * 4
    page = ("<html><body><ol class='doc-info'><li>[主题分类] <span>卫生、体育</span></li>"
            "<li>[发文机构] <span>北京市医疗保障局</span></li><li>[联合发文单位] <span>北京市人力资源和社会保障局</span></li>"
            "<li>[成文日期] <span>2026-06-22</span></li><li>[发文字号] <span>京医保发〔2026〕5号</span></li>"
            "<li>[发布日期] <span>2026-07-20</span></li></ol><div class='con'>"
            "<p>北京市医疗保障局等单位关于新增部分医疗服务价格项目的通知</p><p>各区医疗保障局：</p>" + body + "</div></body></html>")
    doc = parse_bytes(page.encode("utf-8"), path="page.html")
    assert doc.meta.date == "2026-06-22"
    assert doc.meta.issuers == ["北京市医疗保障局", "北京市人力资源和社会保障局"]


def test_a_layout_tables_title_row_brings_its_headnote():
    """corpus 24 (天津日报): the title and its 题注 stand in rows of a layout table outside the article's body;
    the title is added above the text, and so is the 题注 (with the date it gives, in Chinese numerals)."""
    page = ("<html><head><title>中共某市委关于制定某市第十五个五年规划的建议</title></head><body>"
            "<div class='head'><table><tr><td>中共某市委关于制定某市<br>第十五个五年规划的建议</td></tr>"
            "<tr><td>（二〇二五年十一月十八日中国共产党某市第十二届委员会第七次全体会议通过）</td></tr></table></div>"
            "<div class='content'>" + "<p>全会认真贯彻落实党的二十届四中全会精神，对制定规划提出建议。</p>" * 30 +
            "<p>一、发展环境</p><p>1.取得显著成效。</p></div></body></html>").encode()
    doc = parse_bytes(page, path="a.html")
    assert (doc.meta.title, doc.meta.date) == ("中共某市委关于制定某市第十五个五年规划的建议", "2025-11-18")


def test_the_heading_and_date_above_a_bodys_container_with_a_summary_beside_the_body():
    """corpus 26: <h1>headline</h1><div class=info>2023-10-13 11:54:03</div><div><div class=subject>summary</div>
    <div class=news-content>body</div></div>: the heading is a level above the summary; its date is the page's."""
    body = "".join(f"<p>第{n}条 优化政策措施，支持合理住房需求，促进房地产市场平稳健康发展，加大金融支持力度。</p>"
                   for n in "一二三四五六七八九十")
    nav = "<ul>" + "".join(f"<li><a href='/{n}/'>栏目{n}新闻资讯</a></li>" for n in range(40)) + "</ul>"
    page = ("<html><head><title>泸州拟出台楼市新政14条_川网</title></head><body>" + nav + "<div class='news-show'>"
            "<h1>泸州拟出台楼市新政14条，涉及公积金、购房补助等！</h1>"
            "<div class='info'><span class='date'>2023-10-13 11:54:03</span> · 作者：</div>"
            "<div class='news-show-r'><div class='subject'>10月13日，市住建局发布了征求意见的公告。</div>"
            f"<div class='news-content'>{body}</div></div></div>" + nav + "</body></html>").encode()
    text = html_to_text(page.decode())[0]
    assert text.split("\n")[:2] == ["泸州拟出台楼市新政14条，涉及公积金、购房补助等！", "2023-10-13 11:54:03 · 作者："]
