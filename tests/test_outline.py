"""The outline: heading markers, inline titles and nesting, as small tables of cases."""
from __future__ import annotations

import pytest

from policyparse import parse_bytes, parse_text
from policyparse.text import fold
from policyparse import pipeline
from policyparse.headings import is_heading_line, recognise, split_title
from policyparse.state import State


def _line_heading(line: str):
    """The heading a line starts with, read as the pipeline reads it (indentation and markup trimmed)."""
    state = State(data=line.encode("utf-8"))
    for stage in pipeline.STAGES[:2]:          # read, normalize
        stage(state)
    first = next(l for l in state.lines if l.text)
    return recognise(first.fold, first.text)


@pytest.mark.parametrize("line, kind, number", [
    ("一、总体要求", "cn", 1),
    ("十二、保障措施", "cn", 12),
    ("（一）指导思想", "paren_cn", 1),
    ("(三) 健全体系", "paren_cn", 3),
    ("1.加大政策引导", "arabic", 1),
    ("1．加大政策引导", "arabic", 1),
    ("12、推进建设", "arabic", 12),
    ("（1）日常监测", "paren_arabic", 1),
    ("⑶ 第三项", "paren_arabic", 3),
    ("1）加大投入", "paren_arabic", 1),
    ("12)推进建设", "paren_arabic", 12),
    ("②第二项", "circled", 2),
    ("第一章 总则", "chapter", 1),
    ("第 1 條", "article", 1),
    ("第十二条之一 新增", "article", 12),
    ("第12-1条 新增", "article", 12),
    ("第二节 登记", "section", 2),
    ("第一编 总则", "part", 1),
    ("第二部分 总体要求", "part", 2),
    ("一、2023年工作回顾", "cn", 1),
    # marker variants
    ("1﹒加强领导", "arabic", 1),
    ("⒊加强领导", "arabic", 3),
    ("㈡健全机制", "paren_cn", 2),
    ("〔三〕健全机制", "paren_cn", 3),
    ("⑪加强监管", "circled", 11),
    ("⑳加强监管", "circled", 20),
    ("第 一 章 总则", "chapter", 1),
    ("第 12 條", "article", 12),
    ("**第一条** 为了规范管理，制定本办法。", "article", 1),
    ("## 第一章 总则", "chapter", 1),
    ("@@ 二、主要任务", "cn", 2),
    ("| 三、保障措施", "cn", 3),
    ("　　一、总体要求", "cn", 1),
    ("\u2003\u2003（二）基本原则", "paren_cn", 2),
    ("\u00a0\u00a01.加强领导", "arabic", 1),
    ("\t第三条 施行。", "article", 3),
])
def test_heading_markers(line, kind, number):
    head = _line_heading(line)
    assert head is not None and (head.kind, head.number) == (kind, number)


def test_a_colon_between_a_part_or_chapter_marker_and_its_title():
    """w263: 第一部分：一类门诊特定病种 over 一、…; 第一章：总则. (第一条：… and 第一部分内容 stay prose.)"""
    for line, marker, rest in [("第一部分：一类门诊特定病种", "第一部分", "一类门诊特定病种"), ("第一章：总则", "第一章", "总则")]:
        head = recognise(fold(line), line)
        assert (head.marker, head.rest) == (marker, rest)
    assert recognise(fold("第一部分内容如下"), "第一部分内容如下") is None


@pytest.mark.parametrize("line", [
    "2024.11", "2.5 |", "1 | 指标 | 15 |", "第三方评估", "2024年11月7日", "1.5倍以上",
    "第二章规定的事项由市政府另行制定具体办法并组织实施和监督检查工作", "100%", "三", "",
    "第二章规定的事项，应当在三十日内完成。", "一、二、三产业融合发展", "一、二级医院", "3.5亿元用于补贴",
    "1.5 亿元", "2.30%", "第三方评估",
])
def test_not_headings(line):
    assert recognise(fold(line), line) is None


@pytest.mark.parametrize("line, title, text", [
    ("（四）完善知识产权管理体制。成立宣城市领导小组。", "完善知识产权管理体制", "成立宣城市领导小组。"),
    ("1.加大政策引导,增强推广宣传。(区知识产权联席会议各成员单位)", None,
     "加大政策引导,增强推广宣传。(区知识产权联席会议各成员单位)"),
    ("一、总体要求", "总体要求", None),
    ("51.加强组织协调。持续强化联动。", "加强组织协调", "持续强化联动。"),
    ("第一条 为了推进建设，制定本条例。", None, "为了推进建设，制定本条例。"),
    ("第一章 总则", "总则", None),
    # w053: a measure's phrase with longer clauses is a title; a rule's sentence of the same length is not (w068, w042)
    ("（一）简化存量工业用地其他规划指标调整的审批手续，提高工业项目筹建速度。工业用地申请调整绿地率的，予以简化。",
     "简化存量工业用地其他规划指标调整的审批手续，提高工业项目筹建速度", "工业用地申请调整绿地率的，予以简化。"),
    ("1.申请人应具有完全民事行为能力，申请家庭成员包括夫妻双方及未成年子女。单身家庭申请的，申请人应当年满30周岁。", None,
     "申请人应具有完全民事行为能力，申请家庭成员包括夫妻双方及未成年子女。单身家庭申请的，申请人应当年满30周岁。"),
    ("二、附件所列价格为最高指导价格，不得上浮，下浮幅度不限。医疗机构要严格执行。", None,       # w129, short clauses
     "附件所列价格为最高指导价格，不得上浮，下浮幅度不限。医疗机构要严格执行。"),
    ("（三）增加居住用地有效供应，调整住房供应结构。及时制定并公布供地计划。",                 # w072: 供应 is no 应
     "增加居住用地有效供应，调整住房供应结构", "及时制定并公布供地计划。"),
    ("4.同一项目可以符合一个或多个支持方向，但仅按照一个方向给予资金支持。已获支持的不再重复支持。", None,
     "同一项目可以符合一个或多个支持方向，但仅按照一个方向给予资金支持。已获支持的不再重复支持。"),
])
def test_inline_titles(line, title, text):
    head = recognise(fold(line), line)
    assert split_title(head) == (title, text)


def tree(doc):
    def walk(secs):
        return [(s.marker, [*walk(s.children)]) if s.children else s.marker for s in secs]
    return walk([s for s in doc.sections if s.marker])


def test_levels_may_skip_and_numbering_runs_on():
    doc = parse_text("一、甲\n（一）乙\n1.丙。\n2.丁。\n二、戊\n3.己。\n4.庚。\n")
    assert tree(doc) == [("一、", [("（一）", ["1.", "2."])]), ("二、", ["3.", "4."])]
    assert [s.id for s in doc.sections[1].children] == ["s2.3", "s2.4"]


def test_numbering_restarts_under_each_parent():
    doc = parse_text("一、甲\n1.子。\n2.子。\n二、乙\n1.子。\n")
    assert tree(doc) == [("一、", ["1.", "2."]), ("二、", ["1."])]


def test_articles_hold_items_and_chapters_hold_articles():
    doc = parse_text("第一章 总则\n第一条 目的。\n第二条 职责如下：\n（一）甲；\n（二）乙。\n"
                     "第二章 附则\n第三条 施行。\n")
    assert tree(doc) == [("第一章", ["第一条", ("第二条", ["（一）", "（二）"])]), ("第二章", ["第三条"])]


def test_traditional_markers():
    doc = parse_text("第一章 總則\n第 1 條\n中華民國國徽國旗之制式依本法之規定。\n")
    chapter = doc.sections[0]
    assert (chapter.title, chapter.children[0].marker, chapter.children[0].text) == \
        ("总则", "第 1 条", "中华民国国徽国旗之制式依本法之规定。")


def test_numbering_gap_is_a_warning():
    doc = parse_text("一、甲\n二、乙\n四、丁\n")
    assert [w.code for w in doc.warnings] == ["numbering_gap"]


def test_table_cells_are_not_headings():
    doc = parse_text("一、目标\n编号 | 指标名称 | 2025年 |\n1 | 培训基地数量(家) | 15 |\n2 | 网点数量(家) | 35 |\n")
    assert tree(doc) == ["一、"]
    assert [i.name for i in doc.indicators] == ["培训基地数量", "网点数量"]


def test_notice_enclosing_a_document_has_cover_and_part():
    doc = parse_text("某某区人民政府关于印发《某某方案》的通知\n各街道办事处：\n现将《某某方案》印发给你们。\n"
                     "某某区人民政府\n2024年1月2日\n某某方案\n一、总体要求\n二、重点任务\n")
    assert [s.kind for s in doc.sections] == ["cover", "part"]
    assert doc.sections[1].title == "某某方案"
    assert [c.marker for c in doc.sections[1].children] == ["一、", "二、"]


def test_an_enclosed_title_with_a_bracket_after_its_kind_starts_its_part():
    doc = parse_text("某某中心关于印发某某贷款实施办法（暂行）的通知\n各承办银行：\n现将办法印发给你们。\n"
                     "某某中心\n2025年8月20日\n某某贷款实施办法（暂行）\n第一章 总则\n第一条 为了规范管理，制定本办法。\n")
    assert [s.kind for s in doc.sections] == ["cover", "part"]
    assert doc.sections[1].title == "某某贷款实施办法（暂行）"
    assert doc.meta.attached_title == "某某贷款实施办法（暂行）"


LIST = ("三、办理流程\n（一）借款人与原贷款银行协商提前还款，并提供所需资料。\n（二）借款人提交贷款资料，并存入三个月本息。\n"
        "（三）{third}\n（四）借款人办理抵押登记手续，并送达资料。\n")


@pytest.mark.parametrize("third, title", [
    # among sentences without a title, a first sentence that reads like one is one more sentence
    ("管理中心进行贷款资格审核。审核通过后，通知借款人签订合同。", None),
    # a label before a colon is a heading whatever its siblings
    ("资格审核：管理中心审核通过后，通知借款人签订合同。", "资格审核"),
])
def test_titles_are_decided_per_list(third, title):
    doc = parse_text(LIST.format(third=third))
    item = doc.sections[0].children[2]
    assert item.title == title
    assert item.text.startswith(third.split("：")[-1] if title else third)


def test_a_list_of_titled_items_keeps_its_titles():
    doc = parse_text("一、主要任务\n（一）加强组织领导。各区要建立工作机制。\n（二）强化资金保障。财政部门要安排资金。\n"
                     "（三）做好宣传引导。各部门要加强宣传。\n")
    assert [c.title for c in doc.sections[0].children] == ["加强组织领导", "强化资金保障", "做好宣传引导"]


def test_broken_paragraph_is_rejoined():
    doc = parse_text("一、任务\n严厉打击商标恶意注册、非正常专利申请行为，非正常专利\n\n申请撤回率高于全市平均水平。\n")
    assert doc.sections[0].text == "严厉打击商标恶意注册、非正常专利申请行为，非正常专利申请撤回率高于全市平均水平。"


def test_a_line_that_ends_a_quoted_sentence_ends_its_paragraph():
    """corpus 22 L36-37: （九）将第三十七条修改为“…推进征收管理工作。” / 本决定自公布之日起施行。: the closing is
    not the last item's text."""
    doc = parse_text("某市人民政府关于修改某办法的决定\n一、对《某办法》作出修改\n（一）将第二条修改为“税务机关负责征收。”\n"
                     "（二）将第三条修改为“税务机关应当加强协作，推进征收管理工作。”\n本决定自公布之日起施行。\n")
    last = doc.sections[0].children[-1]
    assert last.text.endswith("推进征收管理工作。”") and doc.sections[-1].kind == "closing"


def test_a_marker_alone_takes_the_next_short_line_as_title():
    doc = parse_text("一、总体要求\n（一）\n指导思想\n坚持稳中求进。\n（二）\n基本原则\n坚持改革。\n")
    items = doc.sections[0].children
    assert [(s.marker, s.title, s.text) for s in items] == [
        ("（一）", "指导思想", "坚持稳中求进。"), ("（二）", "基本原则", "坚持改革。")]


def test_parts_of_a_plan():
    doc = parse_text("第一部分 发展基础\n一、主要成就\n经济稳步增长。\n第二部分 总体要求\n一、指导思想\n坚持稳中求进。\n")
    assert [(s.kind, s.title, [c.title for c in s.children]) for s in doc.sections] == [
        ("part", "发展基础", ["主要成就"]), ("part", "总体要求", ["指导思想"])]


@pytest.mark.parametrize("line, heading", [
    ("第二章规定的事项，应当在三十日内完成。", False),
    ("⑪加强监管", True),
    ("5. 100周岁及以上的；", False),       # weak: the numbering decides, not the line
    ("第二十四條之合意管轄，如當事人之一造為法人", False),
    ("（二）健全工作机制", True),
])
def test_segment_asks_the_same_recogniser(line, heading):
    """segment's question (does a heading start here?) is the recogniser's answer, so they agree."""
    assert is_heading_line(fold(line)) is heading
    doc = parse_text("为了规范管理，制定本办法。\n" + line + "\n下一段正文内容在这里继续写下去。\n")
    assert bool(tree(doc)) is (heading and line[0] != "5")


@pytest.mark.parametrize("line, marker, sub", [
    ("第 六 章之一 節約用水", "第 六 章之一", 1),
    ("第 五 编之一 第三人撤销诉讼程序", "第 五 编之一", 1),
    ("第 六 节之一 司法事务官之处理程序", "第 六 节之一", 1),
    ("第4-1條", "第4-1條", 1),
    ("第十二条之二 新增", "第十二条之二", 2),
])
def test_law_sub_numbers(line, marker, sub):
    head = recognise(fold(line), line)
    assert (head.marker, head.sub) == (marker, sub)


def test_cross_references_at_a_line_start_stay_prose():
    # w211 (民事訴訟法): articles are '第 N 條' lines; a paragraph may open with a reference to another
    doc = parse_text("第 28 條\n訴訟之全部或一部，法院認為無管轄權者。\n"
                     "第二十四條之合意管轄，如當事人之一造為法人或商人，得聲請移送。\n"
                     "第 29 條\n被告在中華民國現無住所者，法院應依原告聲請。\n"
                     "第 30 條\n被告之聲請，得供擔保。\n"
                     "第五條至第九條所定列有官等人員，其職務依法任用。\n"
                     "第 31 條\n前項裁定，得為抗告。\n")
    assert [s.marker for s in doc.sections] == ["第 28 条", "第 29 条", "第 30 条", "第 31 条"]
    assert "合意管辖" in doc.sections[0].text


def test_a_restarted_list_is_not_an_intruder():
    # a second document after the first (w011: a notice, then its 解读 with its own 一、 三、 四、)
    doc = parse_text("一、甲\n二、乙\n三、丙\n四、丁\n一、子\n三、寅\n四、卯\n五、辰\n")
    assert [s.marker for s in doc.sections] == ["一、", "二、", "三、", "四、", "一、", "三、", "四、", "五、"]


def test_items_whose_text_starts_with_a_digit():
    # w279: '5. 100周岁及以上的；', w120: '2.2020年1月以来…'
    doc = parse_text("一、对象\n1. 60周岁及以上的；\n2.2020年1月以来登记的；\n3. 100周岁及以上的；\n"
                     "二、标准\n1.80周岁及以上的，每月100元；\n2.5亿元由市财政安排。\n")
    assert tree(doc) == [("一、", ["1.", "2.", "3."]), ("二、", ["1."])]
    assert "2.5亿元" in doc.sections[1].children[0].text or "2.5亿元" in (doc.sections[1].text or "")


def test_inline_title_with_commas():
    doc = parse_text("一、任务\n（二）健全工作机制，强化统筹协调。建立联席会议制度，定期会商。\n"
                     "（三）在本市新购住房，且属于家庭第一套住房的，暂免征收房产税。\n")
    items = doc.sections[0].children
    assert [(s.title, s.text) for s in items] == [
        ("健全工作机制，强化统筹协调", "建立联席会议制度，定期会商。"),
        (None, "在本市新购住房，且属于家庭第一套住房的，暂免征收房产税。")]


def test_a_chapter_on_the_line_of_its_first_article():
    doc = parse_text("第一章　总则　　第一条　为了规范管理，制定本办法。\n第二条　本办法适用于本市。\n"
                     "第二章　附则\n第三条　本办法自发布之日起施行。\n")
    assert tree(doc) == [("第一章", ["第一条", "第二条"]), ("第二章", ["第三条"])]
    assert doc.sections[0].title == "总则"


def test_numbering_runs_on_or_restarts_or_has_gaps():
    doc = parse_text("（一）甲\n1.子。\n2.子。\n（二）乙\n3.子。\n4.子。\n（三）丙\n1.子。\n3.子。\n")
    assert tree(doc) == [("（一）", ["1.", "2."]), ("（二）", ["3.", "4."]), ("（三）", ["1.", "3."])]
    assert [w.code for w in doc.warnings] == ["numbering_gap"]


def test_a_notice_enclosing_two_documents_has_a_part_for_each():
    doc = parse_text("某市人民政府办公室关于印发《某市甲方案》和《某市乙办法》的通知\n各区人民政府：\n"
                     "现将《某市甲方案》和《某市乙办法》印发给你们，请认真贯彻执行。\n某市人民政府办公室\n2024年1月2日\n"
                     "某市甲方案\n一、总体要求\n坚持稳中求进。\n二、重点任务\n推进建设。\n"
                     "某市乙办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法自发布之日起施行。\n")
    assert [(s.kind, s.title, [c.id for c in s.children]) for s in doc.sections] == [
        ("cover", None, []), ("part", "某市甲方案", ["p1.s1", "p1.s2"]), ("part", "某市乙办法", ["p2.s1", "p2.s2"])]


def test_a_list_inside_a_paragraph_stays_prose():
    # w077 '一类工程：1、…；2、…', w038 '违约责任：（1）…，（2）…': enumerations the author kept in the paragraph
    doc = parse_text("一、标准\n历史建筑修缮一类工程：1、屋面翻修；2、结构加固；3、立面整治。\n"
                     "二、责任\n出现下列情形的，承担违约责任：（1）未按期开工的，（2）擅自改变用途的。\n")
    assert tree(doc) == ["一、", "二、"]
    assert "2、结构加固" in doc.sections[0].text


def test_a_list_of_sentences_after_a_colon_stays_prose_where_headings_start_their_lines():
    """w261 L39, w300 L258, w118 L389: …提供如下证明材料：（1）…。（2）…。 in a document whose headings each start a
    line is the paragraph's enumeration; the same list in a text whose line breaks were lost is headings."""
    text = ("某区幼儿园招生工作方案\n一、招生对象\n本区适龄幼儿。\n二、资格审核\n（一）教育部门办幼儿园\n"
            "由幼儿园现场打印报名表，并向幼儿园提供如下证明材料：（1）监护人与幼儿共同户口簿。（2）幼儿园要求的其它有关资料。\n"
            "（二）其他幼儿园\n参照执行。\n三、公示\n录取名单公示3天。\n")
    doc = parse_text(text)
    assert tree(doc) == ["一、", ("二、", ["（一）", "（二）"]), "三、"]
    run_on = parse_text("某区幼儿园招生工作方案\n一、招生对象：（1）本区户籍适龄幼儿。（2）其他适龄幼儿。 二、资格审核：（1）审核户口簿。"
                        "（2）审核证明材料。 三、公示：（1）公示名单。（2）受理异议。\n")
    assert tree(run_on) == [("一、", ["（1）", "（2）"]), ("二、", ["（1）", "（2）"]), ("三、", ["（1）", "（2）"])]


def test_a_heading_line_with_commas_is_a_title_when_it_heads_content():
    # w018 '二、深入落实首都城市战略定位，更好服务党和国家工作大局', w173 '（一）统筹两个市场，打造加工制造中心。'
    doc = parse_text("一、深入落实首都城市战略定位，更好服务党和国家工作大局\n坚持以人民为中心。\n"
                     "二、总体要求\n（一）统筹两个市场，打造加工制造中心。\n建设一批加工基地。\n"
                     "（二）如何遴选运营机构？授权运营期限有什么要求？\n按照公开程序遴选。\n")
    assert [(s.marker, s.title) for s in doc.sections[0:1] + doc.sections[1].children] == [
        ("一、", "深入落实首都城市战略定位，更好服务党和国家工作大局"), ("（一）", "统筹两个市场，打造加工制造中心"),
        ("（二）", "如何遴选运营机构？授权运营期限有什么要求？")]
    assert doc.sections[1].children[0].text == "建设一批加工基地。"


def test_one_line_items_of_a_list_have_no_title():
    # w024 '（五）其他依法不予行政处罚的情形。' among items ending in ；
    doc = parse_text("第十条 有下列情形之一的，不予行政处罚：\n（一）违法行为轻微并及时改正的；\n"
                     "（二）初次违法且危害后果轻微的；\n（三）其他依法不予行政处罚的情形。\n"
                     "对当事人的违法行为依法不予行政处罚的，应当对当事人进行教育。\n第十一条 本办法自发布之日起施行。\n")
    article = doc.sections[0]
    assert [(s.title, s.text) for s in article.children][2] == (None, "其他依法不予行政处罚的情形。")
    assert article.text.endswith("应当对当事人进行教育。")         # the paragraph after the list is the article's
    assert [s.marker for s in doc.sections] == ["第十条", "第十一条"]


def test_an_article_name_on_its_own_line():
    doc = parse_text("第八条 贷款利率\n贷款利率按照国家规定执行。\n第九条 本办法自发布之日起施行。\n")
    assert [(s.title, s.text) for s in doc.sections] == [
        ("贷款利率", "贷款利率按照国家规定执行。"), (None, "本办法自发布之日起施行。")]


def test_a_title_never_ends_inside_a_date():
    # w118: '3、2021年5月 12日至2021年5月30日，竞买人…'
    doc = parse_text("某市国有建设用地使用权挂牌出让公告\n经市人民政府批准，现将有关事项公告如下。\n一、时间安排\n"
                     "1、2021年5月 12日至2021年5月30日，竞买人登录系统报名。\n2、2021年6月1日挂牌。\n")
    items = doc.sections[1].children
    assert [(s.marker, s.title) for s in items] == [("1、", None), ("2、", None)]


def test_items_run_together_on_one_line_are_split_once():
    # w205: '（1）有专职工作人员；（2）有独立、固定的办公住所；（3）…' on one line
    doc = parse_text("一、条件\n（1）有专职工作人员；（2）有独立、固定的办公住所；（3）有规定数额的资金。\n")
    items = doc.sections[0].children
    assert [(s.marker, s.text) for s in items] == [
        ("（1）", "有专职工作人员；"), ("（2）", "有独立、固定的办公住所；"), ("（3）", "有规定数额的资金。")]


def test_headings_run_together_after_a_colon():
    doc = parse_text("为促进发展，提出如下措施：一、降低门槛。首付比例下调。二、放宽条件。缴存满6个月即可申请。\n")
    assert [(s.marker, s.title) for s in doc.sections if s.marker] == [("一、", "降低门槛"), ("二、", "放宽条件")]


def test_a_list_restarts_after_its_lead_in_on_a_run_on_line():
    doc = parse_text("一、情况\n1. 资料品质尚有提升空间。 2. 动态比例尚低。 承诺事项为何？ 参酌国际作法，强化机制： "
                     "1. 聚焦优先开放资料 参酌国际作法。 2. 强化资料标准 发展政府资料标准。\n")
    assert tree(doc) == [("一、", ["1.", "2.", "1.", "2."])]


def test_a_sub_numbered_reference_is_not_an_article():
    # w211: '第四百三十六條之八所定事件…' in the text of 第四百三十六條之十二
    doc = parse_text("第 436-11 條\n前項規定。\n第 436-12 條\n第四百三十六條之八所定事件，得逕行裁判。\n第 436-13 條\n應記載理由。\n")
    assert [s.marker for s in doc.sections] == ["第 436-11 条", "第 436-12 条", "第 436-13 条"]


def test_lead_ins_provisos_and_provisions_are_not_titles():
    doc = parse_text("第九条 申请贷款应同时符合下列要求：\n（一）申请人有以下情形之一的：\n1.有房贷的；\n2.有欠款的。\n"
                     "（二）正常还款，应按月计结息，首次结息日为首次还款日前一日。\n按月还款。\n"
                     "（三）未经许可，擅自开启消火栓者。但因消防需要而开启不在此限。\n"
                     "（四）可贷款额度的计算公式为：可贷款额度=月收入×12。\n"
                     "第十条 长护险基金财务管理按照《财政部 人力资源社会保障部关于印发〈社会保险基金财务制度〉的通知》执行。\n")
    items = doc.sections[0].children
    assert [s.title for s in items] == [None, None, None, None]
    assert doc.sections[1].title is None


def test_a_label_and_its_value_on_one_line_without_a_stop():
    """w102 L33/L95/L158, w263: 政策咨询电话：0571-63126707 without a full stop is titled by its label, as the same
    line with one is (政策咨询电话：0571-63126707。)."""
    doc = parse_text("某区购房补贴活动公告\n八、其他\n（一）政策咨询电话：0571-63126707\n（二）受理地址：区政务服务中心。\n")
    assert [(c.title, c.text) for c in doc.sections[0].children] == [("政策咨询电话", "0571-63126707"),
                                                                     ("受理地址", "区政务服务中心。")]


def test_a_case_before_a_colon_is_no_title():
    """w099 L33-34, w135: （1）在港澳台地区办理婚姻登记的：由当地公证机构…证明； names a case, not a heading."""
    doc = parse_text("某市关于住房公积金贷款材料的通知\n一、婚姻状况证明\n（1）在港澳台地区办理婚姻登记的：由当地公证机构进行公证的婚姻状况证明；\n"
                     "（2）在我国领域外办理婚姻登记的：经我国驻该国使领馆认证的婚姻状况证明文件。\n")
    assert [c.title for c in doc.sections[0].children] == [None, None]


def test_a_noun_phrase_heading_with_a_modal_word_is_a_title():
    doc = parse_text("二、总体要求\n1.必须遵循的原则。\n坚持党的全面领导。\n2.主要目标。\n经济稳步增长。\n")
    assert [s.title for s in doc.sections[0].children] == ["必须遵循的原则", "主要目标"]


def test_article_names_in_brackets_and_spaced_chapter_titles():
    doc = parse_text("第一章　总　则\n第一条【总体目标】为落实国家战略，制定本办法。\n第二条 本办法适用于本市。\n")
    chapter = doc.sections[0]
    assert chapter.title == "总则"
    assert [(s.title, s.text) for s in chapter.children] == [
        ("总体目标", "为落实国家战略，制定本办法。"), (None, "本办法适用于本市。")]


def test_a_title_wrapped_after_a_particle_is_one_title():
    # w089: '广东省进一步提振和扩大消费的' / '若干措施'
    doc = parse_text("广东省人民政府办公厅关于印发广东省进一步提振和扩大消费的若干措施的通知\n各地级以上市人民政府：\n"
                     "现将《广东省进一步提振和扩大消费的若干措施》印发给你们，请认真贯彻落实。\n广东省人民政府办公厅\n"
                     "2024年3月1日\n广东省进一步提振和扩大消费的\n若干措施\n一、稳定汽车消费\n支持汽车以旧换新。\n")
    assert doc.sections[1].title == "广东省进一步提振和扩大消费的若干措施"
    assert [s.title for s in doc.sections[1].children] == ["稳定汽车消费"]


CLOSINGS = [   # (text, the last item's text must end with, closing words that are the document's)
    # a wiki's licence notice under a work report (w297, corpus 35)
    ("政府工作报告\n一、过去一年的工作\n我们完成了全年目标任务。\n二、今年的工作\n努力完成全年目标任务！\n"
     "本作品是中华人民共和国的法律、法规，不适用于著作权法。\nPublic domain\n", "努力完成全年目标任务！", "本作品是"),
    # a notice whose items are 第X条 (w033): its effect clause closes the notice, not 第十条
    ("某市人民政府关于促进房地产市场健康发展的通知\n第一条 优化住房公积金政策。\n第二条 推动交房即交证。\n"
     "本通知自印发之日起施行，有效期至2022年12月31日。\n各县（市）可参照执行。\n", "推动交房即交证。", "本通知自印发之日起施行"),
    # measures numbered 第X条 in a news page, closed by 以上政策措施自…施行 (corpus 26 L20): not the last article's
    ("泸州出台楼市新政\n第一条 优化土地出让条件。\n第二条 鼓励企业给予团购优惠。\n"
     "以上政策措施自印发之日起施行，有明确时限的条款，以措施中明确的时限为准。\n", "鼓励企业给予团购优惠。", "以上政策措施"),
    # the call on the whole province to unite and strive after the last item (corpus 23 L127, corpus 24 L98, w013)
    ("中共某省委关于制定国民经济和社会发展第十五个五年规划的建议\n一、发展环境\n1.坚持稳中求进。\n2.推进规划落实。按照全会精神制定规划纲要。\n"
     "奋斗成就事业，实干开创未来。全省人民要更加紧密地团结在党中央周围，为实现规划目标而努力奋斗！\n", "按照全会精神制定规划纲要。", "奋斗成就事业"),
    # what the whole document means, then the call to carry it out (w198 L44), and 全市上下要… (w018 L101)
    ("国务院办公厅关于对真抓实干成效明显地方进一步加大激励支持力度的通知\n一、对成效明显的市予以奖励。（财政部负责）\n"
     "二、对成效明显的县予以倾斜。（国务院办公厅负责）\n对成效明显的地方加大激励支持力度，是完善督查激励机制的重要举措，"
     "对于激励地方奋发进取，具有重要意义。\n", "（国务院办公厅负责）", "对成效明显的地方加大激励"),
    ("中共某市委关于制定规划的建议\n一、重点任务\n1.坚持稳中求进。\n2.健全规划实施机制。高标准编制规划纲要。\n"
     "实现规划目标，责任重大。全市上下要更加紧密地团结在党中央周围，努力奋斗！\n", "高标准编制规划纲要。", "实现规划目标"),
    # 各区县负责任务分解 after the last item is the last item's: no 负主体责任 (a code review's case)
    # a reply's thanks (w192 L20) and a page's disclaimers (w155 L36-38, corpus 26 L21)
    ("国务院办公厅对全国政协提案的答复\n一、加快制定标准。\n二、推进网站建设。组织制定政府网站标准。\n"
     "感谢你们对政府网站建设工作的关心和支持。\n", "组织制定政府网站标准。", "感谢"),
    ("楼市新政来了\n1、优化公积金政策。\n2、加大信贷支持。实施差别化住房信贷政策。\n本文图片部分来自于网络，仅作为推广示意。\n"
     "特别声明：以上内容(如有图片或视频亦包括在内)为自媒体平台用户上传并发布。\n"
     "Notice: The content above (including the pictures and videos if any) is uploaded by users.\n"
     "【免责声明：本站所有信息均来源于互联网搜集。】\n", "实施差别化住房信贷政策。", "声明"),
    # the districts' own responsibility after the last item, closed by its unit list (corpus 28 L33)
    ("某市人民政府办公室关于促进房地产市场平稳健康发展的通知\n一、加强预售资金监管。（市住房城乡建设局负责）\n"
     "二、严格规范信息发布。（市委网信办负责）\n各区市县政府对本地区房地产市场平稳健康发展负主体责任，要压实工作责任。\n",
     "（市委网信办负责）", "各区市县政府"),
    # the effect clause in a later sentence of the closing paragraph (w081)
    ("某市人民政府关于促进房地产市场平稳健康发展的实施意见\n一、加强保障。多渠道筹集保障性住房。\n二、加强舆论宣传引导。新闻媒体要加强正面宣传。\n"
     "责任单位：市委宣传部、市房管局\n各部门应根据本部门工作职责制定工作细则。本意见自印发之日起施行。\n",
     "责任单位：市委宣传部、市房管局", "本意见自印发之日起施行"),
    # a last item that is one sentence, then the effect clause (w067 L33, w074 L14, w086 L51): the item is whole
    ("某市住房公积金管理中心关于调整贷款额度的通知\n一、一人申请贷款的最高额度调整至70万元。\n"
     "二、其他贷款条件及要求依据我市住房公积金贷款政策执行。\n本通知自2024年4月9日起实施，有效期5年。\n",
     "其他贷款条件及要求依据我市住房公积金贷款政策执行。", "本通知自2024年4月9日起实施"),
    # the document's own provision after its last item (w075 L18, w184 L88)
    ("某市关于优化住房公积金贷款政策的通知\n一、支持多孩家庭。最高贷款额度上浮20%。\n二、支持人才。最高贷款额度上浮30%。\n"
     "本通知规定的多孩家庭贷款政策与人才贷款政策不得同时享受。\n", "最高贷款额度上浮30%。", "不得同时享受"),
    ("某市人民政府关于支持文化企业发展的通知\n一、财政税收\n（一）对转制企业免征企业所得税。\n（二）允许以知识产权出资。\n"
     "上述政策适用于所有文化企业，执行期限为2019年1月1日至2023年12月31日。\n", "允许以知识产权出资。", "执行期限"),
    # the call to carry it out (w172 L54) and the organ that oversees it (w196 L30)
    ("国务院办公厅关于规范融资担保机构运作的意见\n一、坚守定位\n（一）聚焦支小支农。扩大业务规模。\n（二）完善绩效评价。研究制定办法。\n"
     "各地区、各部门要充分认识规范融资担保机构运作的重要意义。\n", "研究制定办法。", "充分认识"),
    ("国务院办公厅关于全面推行规范性文件合法性审核机制的指导意见\n一、明确审核范围\n（一）强化指导监督。纳入督察内容。\n"
     "（二）注重能力建设。落实审核责任。\n司法部负责组织协调、统筹推进、督促指导本意见贯彻落实工作。\n", "落实审核责任。", "司法部负责"),
    # a later sentence calls for the document to be carried out or followed (w197 L22, w210 L46), a reply's close (w191)
    ("国务院办公厅关于国家综合性消防救援车辆悬挂专用号牌有关事项的通知\n一、号牌式样\n（一）统一式样。按标准制作。\n"
     "（二）统一管理。建立台账。\n这项工作意义重大、使命光荣。应急部要按照党中央决策部署要求和本通知精神，认真组织实施。\n",
     "建立台账。", "应急部要按照"),
    ("国务院办公厅关于印发政府网站集约化试点工作方案的通知\n一、试点任务\n（一）建设平台。统一建设。\n（二）整合资源。统一管理。\n"
     "未纳入试点范围的其他省（区、市）和国务院部门，可参照本方案推进本地区本部门政府网站集约化工作。\n", "统一管理。", "可参照本方案"),
]


@pytest.mark.parametrize("text, last_ends, closing", CLOSINGS)
def test_closing_words_after_the_last_item_are_the_documents(text, last_ends, closing):
    doc = parse_text(text)
    assert doc.tasks[-1].text.endswith(last_ends)
    assert all(closing not in t.text for t in doc.tasks)


def test_a_furniture_label_alone_after_the_text_is_boilerplate():
    """w272, w271, w051: 相关附件 or 相关文章 alone under the last item closes the text and is no text itself;
    m06, w027, w120: the links after 相关链接： are page furniture too, up to the next heading."""
    doc = parse_text("某市关于失业保险待遇的通知\n一、发放标准\n1.按月发放失业保险金。\n2.可直接在转入地申请转移失业保险关系。\n相关附件\n")
    assert "相关附件" in doc.boilerplate
    assert all("相关附件" not in (s.text or "") for s in doc.sections)
    links = parse_text("某县关于支持房地产业健康发展的通知\n一、发放购房补贴。按面积给予补贴。\n二、优化公积金贷款。提高贷款额度。\n"
                       "相关链接：《关于支持房地产业良性循环和健康发展的十条政策措施》政策解读\n"
                       "县政府新闻办召开新闻发布会就十条政策措施进行发布解读\n")
    assert [s.kind for s in links.sections] == ["cn", "cn"]
    assert "县政府新闻办召开新闻发布会就十条政策措施进行发布解读" in links.boilerplate
    files = parse_text("某市关于促进房地产市场平稳健康发展的通知\n一、优化限购政策。\n二、继续实施限购政策。\n"
                       "文件链接：某市房产局关于促进房地产市场平稳健康发展的通知\n")         # w046
    assert files.tasks[-1].text == "继续实施限购政策。"
    numbered = parse_text("某市教委关于印发招生录取改革实施办法的通知\n一、招生计划\n（一）统筹安排招生计划。\n"
                          "二、有关说明\n（一）本办法适用于2022年起参加招生的考生。\n本办法自2021年9月1日起施行。\n"
                          "相关链接：\n1.《某市招生录取改革实施办法》问答\n2.某市招生录取改革实施办法（图解）\n")   # w040
    assert [s.marker for s in numbered.sections if s.marker] == ["一、", "二、"]


def test_a_laws_own_effect_article_keeps_its_paragraphs():
    doc = parse_text("某市物业管理条例\n第一条 为了规范物业管理，制定本条例。\n第二条 本条例所称物业管理，是指业主选聘物业服务企业的活动。\n"
                     "第三条 本条例自2021年1月1日起施行。\n本条例自施行之日起，原办法同时废止。\n")
    assert [s.marker for s in doc.sections] == ["第一条", "第二条", "第三条"]
    assert "同时废止" in (doc.sections[-1].text or "")


def test_a_lead_in_after_the_last_one_line_item_keeps_its_list_below_the_item():
    """w267: （二）… then 过渡期满，…分类处理： then １．… : the １． list is the （二） item's, not its parent's."""
    doc = parse_text("某市关于公共租赁住房保障的通知\n五、完善退出机制\n（一）领取补贴的家庭，不再符合条件的，停止发放补贴。\n"
                     "（二）承租住房的家庭，不再符合条件的，应当退出。\n过渡期满，根据收入和住房情况分类处理：\n"
                     "１．确有住房困难的，按市场租金计租。\n２．收入超过限额的，应当腾退。\n六、完善续签机制\n")
    five = doc.sections[0]
    assert [c.marker for c in five.children] == ["（一）", "（二）"]
    assert [c.marker for c in five.children[1].children] == ["１．", "２．"]


def test_a_note_label_after_a_list_is_no_lead_in():
    doc = parse_text("某市关于房屋租赁登记备案的通知\n三、申请材料\n需要申请材料如下：\n1、租赁双方当事人身份证明；\n"
                     "2、房屋租赁合同。\n注：\n（1）提供房源核验码的，只需上传承租人信息。\n四、办理时限\n")
    three = doc.sections[0]
    assert all(not c.children for c in three.children if c.marker in ("1、", "2、"))


def test_a_long_heading_line_over_items_is_their_title():
    """w018, w013: a heading whose clauses are longer than a short title's, standing over numbered items."""
    doc = parse_text("中共某市委关于制定国民经济和社会发展第十五个五年规划的建议\n"
                     "三、纵深推进京津冀协同发展，携手共建中国式现代化建设的先行区、示范区\n"
                     "（10）深化非首都功能疏解。牢牢牵住疏解非首都功能这个牛鼻子。\n（11）积极构建现代化首都都市圈。落实空间协同规划。\n")
    three = doc.sections[0]
    assert three.title == "纵深推进京津冀协同发展，携手共建中国式现代化建设的先行区、示范区" and not three.text
    one_line = parse_text("某市关于加强管理的通知\n一、各区要按照属地管理原则，落实辖区内房屋安全管理的主体责任\n二、加强监管\n")
    assert one_line.sections[0].title is None        # no items under it: the line stays its text


def test_a_salutation_closes_the_items_but_not_the_part():
    """w299 L206, w300 L303: after a work report's last task item, 各位代表！ opens the passage on the government's
    own work, which is the part's (三、), not the last item's; a salutation right under a heading stays in it
    (w301 L213)."""
    doc = parse_text("政府工作报告\n各位代表：\n现在，我代表国务院向大会报告政府工作。\n三、今年政府工作任务\n"
                     "（一）扩大国内需求。促进消费和投资更好结合。\n（二）保障和改善民生。稳定和扩大就业。\n"
                     "各位代表！\n新的形势和任务，对政府工作提出了新的更高要求。\n坚持依法全面履职。严格依照宪法法律履职尽责。\n"
                     "四、促进祖国和平统一\n各位代表！\n实现祖国统一，是大势所趋。\n")
    three, four = doc.sections[1], doc.sections[2]
    assert three.marker == "三、" and "依法全面履职" in (three.text or "")
    assert "依法全面履职" not in (three.children[-1].text or "")
    assert four.marker == "四、" and "实现祖国统一" in (four.text or "")


def test_a_top_level_heading_line_of_long_phrases_is_its_own_title():
    """corpus 23 L27, w013 L43, w302 L125: a 一、 line with no full stop, clauses up to 24 characters, over its
    paragraphs; a blank line and an indent start the paragraph even where the text double-spaces its lines."""
    doc = parse_text("某省国民经济和社会发展第十五个五年规划纲要\n\n三、因地制宜发展新质生产力，加快构建体现安徽特色的现代化产业体系\n"
                     "现代化产业体系是谱写中国式现代化的重要支撑。\n\n四、采取有力措施，保证1980、1981年计划的完成\n\n\n"
                     "　　为了顺利实现1980、1981年国民经济计划，需要从实际情况出发，采取切实有力的措施。\n")
    three, four = (s for s in doc.sections if s.marker)
    assert (three.title, four.title) == ("因地制宜发展新质生产力，加快构建体现安徽特色的现代化产业体系",
                                         "采取有力措施，保证1980、1981年计划的完成")
    assert (four.text or "").startswith("为了顺利实现")


def test_a_hanging_indent_continues_its_heading_line():
    """w243: a law printed with a hanging indent: the indented lines under 一、 are its own text, wrapped."""
    doc = parse_text("动员戡乱时期临时条款\n一、总统在动员戡乱时期，为避免国家或人民遭遇紧急危难或应付财政经济上之重大变故得经\n"
                     "    行政院会议之决议，为紧急处分。\n二、前项紧急处分，立法院得依宪法第五十七条规定之程序变更或废止之。\n")
    assert [s.marker for s in doc.sections if s.marker] == ["一、", "二、"]
    first = next(s for s in doc.sections if s.marker == "一、")
    assert first.title is None and "行政院会议之决议" in (first.text or "")


def test_a_paragraph_after_an_articles_items_is_the_articles_next_clause():
    """w242, w240, w233, w246, w255, w290, w291 (23 cases in Taiwan laws and 规定): in a law an item (项) is one
    paragraph, and the paragraph after the list is the article's next 款, whether the last item has a label
    title, a list of its own or two sentences; one that speaks of the item (此项…) stays the item's."""
    doc = parse_text("某某退休条例\n第二十八条 退休金依下列规定计算：\n一、一次退休金：以最后在职之薪额为计算基准。\n"
                     "二、月退休金：依下列规定计算基数内涵：\n（一）任职年资未满十五年者，按比例计给。\n（二）任职年资满十五年者，全额计给。\n"
                     "前项退休金之计给，不受第一项所定年龄之限制。\n第二十九条 被盘问人对鉴定结论不服的，可以申请重新鉴定：\n"
                     "（一）鉴定程序违法的；\n（二）鉴定结论明显依据不足，且鉴定人不具备资格的。\n"
                     "申请重新鉴定的，应当在七日以内提出。\n第三十条 有下列情形之一的，不予退休：\n（一）受停职处分者。\n"
                     "（二）受羁押者。此项情形消灭后，得申请退休。\n")
    art28, art29, art30 = doc.sections
    assert "前项退休金之计给" in (art28.text or "")
    assert "前项" not in (art28.children[-1].text or "") and "前项" not in (art28.children[-1].children[-1].text or "")
    assert "申请重新鉴定的" in (art29.text or "")
    assert "此项情形消灭后" in (art30.children[-1].text or "")


def test_a_paragraph_between_an_articles_items_stays_with_the_item_before_it():
    """w127, w275, w296, w106, w280, w058, w066: a paragraph with more items of the same list after it is inside
    the list (the item's second paragraph), and an item that leads in with a colon keeps the paragraph under it;
    only after the list does a paragraph go back to the article."""
    doc = parse_text("某某贷款实施细则\n第十九条 贷款额度应同时符合以下限额标准：\n（一）不高于最高贷款额度。\n"
                     "（二）可贷款额度的计算公式为：\n可贷款额度＝月缴存额×缴存月数×倍数。\n（三）与单位终止劳动关系未再缴存的：\n"
                     "提取申请人的身份证、银行卡。\n已享受其他优惠政策的家庭，额度上浮比例不再叠加。\n第二十条 本细则自印发之日起施行。\n")
    art = doc.sections[0]
    assert [c.marker for c in art.children] == ["（一）", "（二）", "（三）"]
    assert "计算公式" in (art.children[1].text or "") and "月缴存额" in (art.children[1].text or "")
    assert "身份证" in (art.children[2].text or "")
    assert "不再叠加" in (art.text or "") and "月缴存额" not in (art.text or "")


def test_an_effect_clause_closes_its_document_where_a_second_one_follows():
    """w025, corpus 27: a page holds two notices; 本通知自…起实施 after the first one's last item is its closing words,
    so that item keeps its own sentence as its text and its task."""
    doc = parse_text("厦门市关于进一步加强房地产市场调控的通知\n四、严肃查处房地产开发企业捂盘惜售等违法违规行为。\n"
                     "五、严肃查处房地产经纪机构发布虚假房源信息等违法违规行为。\n本通知自2017年3月29日起实施。\n"
                     "厦门市关于进一步完善房地产市场调控的补充通知\n一、通过赠与方式转让住房后，再次购买住房需满3年。\n"
                     "二、新购买住房的，需取得产权证后满2年方可上市交易。\n")
    five = next(s for s in doc.sections if s.marker == "五、")
    assert five.title is None and "本通知" not in (five.text or "")
    assert any(t.section_id == five.id for t in doc.tasks)


def test_a_restarted_list_keeps_one_suffix_for_all_its_items():
    """w271, w236: a second list under the same parent (一、…二、 then 一、…四、) is run 2 from its first item to
    its last, so its 三、 and 四、 are never read as the first list's."""
    doc = parse_text("某省政策清单\n面向单位的扶持政策\n一、社保补贴\n补贴标准见附表。\n二、扩岗补助\n按人数发放。\n"
                     "面向毕业生的扶持政策\n一、灵活就业补贴\n按月发放。\n二、求职补贴\n一次性发放。\n三、见习补贴\n按月发放。\n"
                     "四、创业补贴\n一次性发放。\n")
    assert [s.id for s in doc.sections if s.marker] == ["s1", "s2", "s1_2", "s2_2", "s3_2", "s4_2"]
    law = parse_text("某某诉讼法\n第31条 本条文字。\n第31-1条 （删除）\n第31-2条 （删除）\n第32条 本条文字。\n")
    assert [s.id for s in law.sections if s.marker] == ["s31", "s31-1", "s31-2", "s32"]     # sub-articles go on


def test_one_sentence_and_its_unit_list_is_no_title():
    """w209 L32-L50, corpus 01, seed 000's gold (22., 23.): （十九）支持…试点。（负责部门：商务部） is one sentence of
    work and its units: no title, the whole line its text; an omitted item keeps its heading (五、关于…问题。（略）)."""
    doc = parse_text("某省关于支持自贸试验区深化改革创新的若干措施\n二、提升贸易便利化水平\n"
                     "（十九）支持符合条件的自贸试验区开展汽车平行进口试点。（负责部门：商务部）\n"
                     "（二十）授予自贸试验区自由进出口技术合同登记管理权限。（负责部门：商务部）\n"
                     "三、其他事项\n五、关于新机场建设项目问题。（略）\n")
    items = doc.sections[0].children
    assert [c.title for c in items] == [None, None]
    assert items[0].text.startswith("支持符合条件") and items[0].text.endswith("（负责部门：商务部）")
    assert doc.tasks[0].units == ["商务部"]
    assert doc.sections[-1].title == "关于新机场建设项目问题"


def test_a_news_subhead_ends_the_list_above_it():
    """w169, w155, w010, w097, w271: a news article lists measures 1.–4., then goes on under a subhead of its own
    (a short line without punctuation); the text under the subhead is the article's, not the fourth item's.
    The content line of an item with a title only (三、受理单位 / 广州市社保经办窗口) stays the item's."""
    doc = parse_text("合肥再次放松限购政策\n2022-06-29 10:20 来源：中房网\n据合肥市房屋交易管理中心消息，6月24日起，合肥限购政策再次调整，调整内容包括：\n"
                     "1.外地户籍补缴社保即可购房。\n2.庐江县住房不再计为家庭住房套数。\n专家观点\n"
                     "业内人士认为，放松限购对市场的提振作用有限，对于本身潜在需求较弱的城市影响不大。\n"
                     "三、受理单位\n广州市社保经办窗口\n")
    assert doc.meta.kind == "news"
    second = next(s for s in doc.sections if s.marker == "2.")
    assert "业内人士" not in (second.text or "")
    office = next(s for s in doc.sections if s.marker == "三、")
    assert office.title == "受理单位" and "社保经办窗口" in (office.text or "")


def test_a_paragraph_after_a_sub_list_before_the_next_item_is_the_enclosing_items():
    """w280 L64/L114: 第十二条 (一) … 2. … （1）（2）（3）, a paragraph, then (二): the paragraph is (一)'s, not (3)'s."""
    doc = parse_text("某市长期护理保险办法\n第十二条 符合以下条件的参保人员可按规定享受待遇：\n（一）长期失能人员\n1.办理登记入住。\n"
                     "2.同时符合以下情形之一的：\n（1）处于植物状态的；\n（2）需长期医疗护理的。\n"
                     "在失能评估结果有效期内需调整医疗护理项目的，由定点护理机构调整。\n（二）延续失能人员\n按规定享受待遇。\n")
    first = doc.sections[0].children[0]
    assert first.marker == "（一）" and "定点护理机构调整" in (first.text or "")
    deepest = first.children[-1].children[-1]
    assert deepest.marker == "（2）" and "定点护理机构" not in (deepest.text or "")


def test_a_stray_space_before_a_stop_is_no_lost_line_break():
    """w246, w263: 八、仓库旧建或新建，…修葺等情形 。 keeps its stop on its line."""
    doc = parse_text("某某条例施行细则\n第三条 声请登记时，应附具下列文件：\n七、仓库之构造及面积 。\n八、仓库旧建或新建，建筑时期，竣工日期或改建、修葺等情形 。\n")
    items = doc.sections[0].children
    assert [(c.title, c.text) for c in items] == [(None, "仓库之构造及面积 。"),
                                                  (None, "仓库旧建或新建，建筑时期，竣工日期或改建、修葺等情形 。")]


def test_closing_words_are_a_closing_section_after_the_items():
    """w067, w297, w169, corpus 27: the document's own text after its items comes after them, in a `closing`
    section; the preamble keeps only the text above the first heading."""
    doc = parse_text("某市住房公积金管理中心关于调整贷款额度的通知\n为支持缴存职工购房，现将有关事项通知如下：\n"
                     "一、一人申请贷款的最高额度调整至70万元。\n二、其他贷款条件依据我市住房公积金贷款政策执行。\n"
                     "本通知自2024年4月9日起实施，有效期5年。\n")
    assert [s.kind for s in doc.sections] == ["preamble", "cn", "cn", "closing"]
    assert doc.sections[0].text == "为支持缴存职工购房，现将有关事项通知如下："
    assert doc.sections[-1].text == "本通知自2024年4月9日起实施，有效期5年。" and doc.sections[-1].id == "closing"
    assert all("本通知" not in t.text for t in doc.tasks)


def test_a_news_subhead_over_a_second_list_opens_a_text_section_between_them():
    """w271: 面向单位的扶持政策 / 一、…二、 / 面向毕业生的扶持政策 / 一、…二、: the second subhead stands between
    the lists, in document order, not in the preamble and not as closing words."""
    doc = parse_text("广东省高校毕业生就业创业扶持政策清单\n2026-08-03 10:00 来源：广东省人力资源和社会保障厅官网\n"
                     "为促进高校毕业生高质量充分就业，推出扶持政策清单。\n面向单位的扶持政策\n一、小微企业社保补贴\n按规定给予补贴。\n"
                     "二、一次性扩岗补助\n按人数发放补助。\n面向毕业生的扶持政策\n一、灵活就业社保补贴\n按规定给予补贴。\n"
                     "二、一次性求职补贴\n一次性发放补贴。\n")
    assert doc.meta.kind == "news"
    kinds = [s.kind for s in doc.sections]
    assert kinds == ["preamble", "cn", "cn", "text", "cn", "cn"]
    assert doc.sections[3].text == "面向毕业生的扶持政策"


def test_a_paragraph_that_sums_a_list_up_is_its_parents():
    """w083 L17, corpus 21: 上述规定的借款人… / 以上另行享受补贴政策只可享受一次 after the last item of a list."""
    doc = parse_text("某市关于调整住房公积金贷款政策的通知\n一、调整贷款额度\n（一）首套住房。最高贷款额度为80万元。\n"
                     "（二）二套住房。最高贷款额度为60万元。\n上述规定的借款人均要求连续足额缴存住房公积金6个月及以上。\n"
                     "二、本通知自印发之日起施行。\n")
    first = doc.sections[0]
    assert "连续足额缴存" in (first.text or "")
    assert all("连续足额缴存" not in (c.text or "") for c in first.children)


def test_a_lead_in_of_clauses_before_its_list_and_a_deleted_item_have_no_title():
    """w220 L56: （一）已就業者，依序核算： over 1.–3.; w194 L31: （五）经营所得，是指：; w211 L2073: 二、（刪除）;
    w217 L145: a case (…者，以比例计给之) is a rule, no title."""
    doc = parse_text("第五条 工作收入，依下列规定计算：\n（一）已就业者，依序核算：\n1.依全家人口当年实际工作收入计算。\n"
                     "2.依最近一年之薪资计算。\n（二）未就业者，依基本工资核算。\n第六条 下列所得应缴纳个人所得税：\n"
                     "一、（删除）\n二、依前款计算之剩余月数，或工作未满一年者，以比例计给之。未满一个月者以一个月计。\n")
    first = doc.sections[0].children[0]
    assert (first.title, first.text) == (None, "已就业者，依序核算：")
    deleted, case = doc.sections[1].children
    assert (deleted.title, deleted.text) == (None, "（删除）") and case.title is None


def test_on_a_news_page_the_teasers_after_related_reading_are_no_headings():
    """w158 L39-52: 相关阅读 / another article's headline, byline and ① ② summary bullets: page furniture."""
    doc = parse_bytes(("<html><head><meta name='PubDate' content='2022-12-08'><meta name='ContentSource' content='财联社'>"
                       "<title>南京部分银行再调房贷政策</title></head><body><div class='article'>"
                       + "<p>南京部分银行再调房贷政策，贷款未结清二套首付比例降至四成，多家银行已执行。</p>" * 5
                       + "<p>相关阅读</p><p>近30年来最大规模，宜家中国集中出售8座卖场！</p><p>北京日报 2026-07-19 13:52</p>"
                       "<p>① 宜家母公司委托仲量联行整体出售上海、广州等八座城市的自持商场。</p>"
                       "<p>② 2024财年，宜家中国销售额同比下降7.6%。</p></div></body></html>").encode("utf-8"), path="page.html")
    assert doc.meta.kind == "news"
    assert [s.marker for s in doc.sections if s.marker] == [] and doc.tasks == []


def test_a_laws_next_paragraph_that_names_a_thing_with_gai_xiang_is_the_articles():
    """w226 L221: 第40條's 款 after its items, '…投資該項不動產時淨值之百分之三十' (该项 names the property, it does
    not point back at item 三、 as 此项/该项 opening a sentence does)."""
    doc = parse_text("某金融公司管理法\n第四十条 票券金融公司不得投资非自用不动产。但下列情形不在此限：\n"
                     "一、营业所在地不动产主要部分为自用者。\n二、为短期内自用需要而预购者。\n三、原有不动产就地重建主要部分为自用者。\n"
                     "票券金融公司依前项但书规定投资非自用不动产总金额，不得超过其于投资该项不动产时净值之百分之三十。\n")
    article = doc.sections[0]
    assert "百分之三十" in (article.text or "") and article.children[-1].title is None


def test_decimal_numbering_of_an_emergency_plan():
    """corpus m07 (国家粮食应急预案): 1 总则 / 1.1　编制目的及依据 / 1.2.1　国家级：…。 is a scheme of its own; 1.1 is
    not the item 1. titled "1　编制…", and a numbered sentence (1.2.1, 7.1) is a section without a title."""
    doc = parse_text("国家粮食应急预案\n1　总则\n1.1　编制目的及依据\n为有效监测和控制粮食市场异常波动，制定本预案。\n"
                     "1.2　等级划分\n1.2.1　国家级：两个以上省出现粮食应急状态。\n1.2.2　省级：一个省出现粮食应急状态。\n"
                     "1.3　适用范围\n本预案适用于粮食应急状态。\n1.5亿元用于应急物资储备，分批拨付。\n"
                     "2　组织机构和职责\n2.1　国家粮食应急工作指挥部\n"
                     "国家粮食应急工作指挥部负责领导、组织、协调全国粮食应急工作。\n"
                     "2.2　地方粮食应急机构及其职责\n省级人民政府应根据需要成立应急工作指挥部。\n")
    first, second = doc.sections
    assert [(s.marker, s.title) for s in first.children] == [
        ("1.1", "编制目的及依据"), ("1.2", "等级划分"), ("1.3", "适用范围")]
    assert [(s.marker, s.title, s.text) for s in first.children[1].children] == [
        ("1.2.1", None, "国家级：两个以上省出现粮食应急状态。"), ("1.2.2", None, "省级：一个省出现粮食应急状态。")]
    assert [s.marker for s in second.children] == ["2.1", "2.2"]
    assert "1.5亿元用于应急物资储备" in first.children[2].text         # an amount in a decimal scheme: no heading


def test_an_item_of_a_titled_list_with_a_longer_run_in_title_has_it_too():
    """w053 L10, w266 L51: in a list whose items open with a run-in title, an item whose first sentence is such a
    title, only longer than one taken alone, is titled the same way; its siblings' titles decide."""
    doc = parse_text("某市关于优化营商环境的若干措施\n一、优化土地供应\n（一）分用途核算土地出让金。明确核算规则。\n"
                     "（二）加快退还保证金节奏。缩短退还时间。\n"
                     "（三）在出让合同等中明确无偿移交配建房产的接收单位和税费缴纳要求，破解企业移交难、费用高的难题。"
                     "新公开出让用地的，在出让合同中直接明确接收单位。\n")
    assert [s.title for s in doc.sections[0].children] == [
        "分用途核算土地出让金", "加快退还保证金节奏", "在出让合同等中明确无偿移交配建房产的接收单位和税费缴纳要求，破解企业移交难、费用高的难题"]
    assert doc.sections[0].children[2].text == "新公开出让用地的，在出让合同中直接明确接收单位。"


def test_an_item_of_an_untitled_list_keeps_its_first_sentence_as_text():
    doc = parse_text("某市住房公积金管理中心关于办理贷款的通知\n一、办理流程\n（一）借款人与银行协商提前还款事宜，签订协议后办理。\n"
                     "（二）管理中心进行贷款资格审核，审核通过后通知借款人。\n"
                     "（三）借款人持审批表到银行办理放款手续，银行审核资料后发放贷款。\n")
    assert [s.title for s in doc.sections[0].children] == [None, None, None]


def test_a_heading_wrapped_over_two_lines_is_joined_as_its_table_of_contents_writes_it():
    """w013 L83-84: 九、推动绿色低碳转型 / 发展，奋力建设公园城市, and the 目录 (L14) has the heading whole."""
    doc = parse_text("某市规划建议\n目录\n一、坚持高质量发展\n二、推动绿色低碳转型发展，奋力建设公园城市\n"
                     "一、坚持高质量发展\n1.加快产业升级。培育新动能。\n二、推动绿色低碳转型\n发展，奋力建设公园城市\n"
                     "践行绿水青山就是金山银山理念。\n2.优化城市形态风貌。强化生态空间。\n")
    assert doc.sections[-1].title == "推动绿色低碳转型发展，奋力建设公园城市"


def test_a_page_that_reports_a_document_and_prints_it_gives_the_document_its_part():
    """corpus 26 L2-4, corpus 27 L9: the report names the document in 《》, then its own title line (with its
    （试行） under it) opens the document, whose articles are its part."""
    from policyparse import parse_bytes
    lines = ["10月13日，市住房和城乡建设局发布了关于征求《促进房地产市场平稳健康发展的若干措施（试行）（征求意见稿）》意见建议的公告。",
             "促进房地产市场平稳健康发展的若干措施", "（试行）", "为进一步完善房地产政策，制定本措施。",
             "第一条 优化土地出让条件。", "第二条 鼓励企业给予团购优惠。"]
    page = ("<html><head><title>泸州拟出台楼市新政14条</title></head><body><h1>泸州拟出台楼市新政14条</h1><div>"
            + "".join(f"<p>{line}</p>" for line in lines) + "</div></body></html>").encode()
    doc = parse_bytes(page, path="a.html")
    assert doc.meta.title == "泸州拟出台楼市新政14条"
    assert [s.kind for s in doc.sections] == ["cover", "part"]
    assert doc.meta.attached_title.startswith("促进房地产市场平稳健康发展的若干措施")
    assert [s.marker for s in doc.sections[1].children] == ["第一条", "第二条"]
    assert doc.sections[1].title == "促进房地产市场平稳健康发展的若干措施（试行）"


def test_an_enclosed_titles_draft_note_on_the_line_under_it_is_the_titles():
    """w086 L7-8, corpus 27 L35-36: …的通知 / （试行）: one title, whether or not the notice's title names the note;
    a form's （      年） is no such note."""
    doc = parse_text("某市住房公积金管理中心关于印发《关于调整贷款政策的通知》的通知\n各区管理部：\n现将通知印发给你们。\n"
                     "某市住房公积金管理中心\n2023年5月1日\n关于调整贷款政策的通知\n（试行）\n一、提高贷款额度。\n二、优化提取流程。\n")
    assert [s.title for s in doc.sections if s.kind == "part"] == ["关于调整贷款政策的通知（试行）"]



def test_a_subhead_of_its_own_after_the_last_item_ends_the_list_on_any_page_that_is_no_official_document():
    """w138 L18, corpus m11 L26: a report on a page (kind other, as news) whose list of measures is followed by a
    subhead of its own (a short line, no punctuation) and more report: the last item ends there."""
    doc = parse_text("广州出台城中村改造新政\n1.优化用地报批\n其一，优化用地报批，缩短报批时间。\n2.简化申办材料\n"
                     "其二，简化申办材料，提升办理便利度。\n满足未来社区建筑要求\n飘窗最大尺寸放宽至0.8米，阳台进深可适当增加。\n")
    assert doc.meta.kind == "other"
    assert doc.sections[1].text == "其二，简化申办材料，提升办理便利度。" and doc.sections[-1].kind == "closing"


def test_a_hard_wrapped_item_line_short_by_its_lost_indent_is_no_title():
    """A text wrapped at one width (a PDF's copy): an item's first line falls short of it by the indent the copy
    lost, and by its marker written half-width, (五) for （五）; it is no title, its sentence goes on below."""
    body = ("一、重点任务\n"
            "(四)进一步加快滨海新区知识产权产业化基地建设,提高\n"
            "区域科技创新能力和研发转化能力。(滨海新区人民政府牵头)\n"
            "(五)重点引进跨国公司研发中心、国家级大院大所、高等\n"
            "院校和知名高新技术企业落户。大力引进高层次创新创业人才,\n"
            "鼓励携带可转化的自主知识产权成果来津创业发展。(滨海新区\n"
            "人民政府会同有关部门负责)\n"
            "(六)促进滨海新区、中心城区和各区县的知识产权资源流\n"
            "动,形成与区域经济水平相适应的协调发展新格局。(市知识产\n"
            "权局负责)\n"
            "摸索知识产权工作新模式,建设成为全国知识产权创造、运用、\n"
            "保护和管理的高地,提高自主知识产权数量和质量。(滨海高新\n")
    doc = parse_text("某市人民政府关于印发某任务分工的通知\n" + body)
    items = doc.sections[0].children
    assert [(s.marker, s.title) for s in items[:3]] == [("(四)", None), ("(五)", None), ("(六)", None)]
    assert items[1].text.startswith("重点引进跨国公司研发中心、国家级大院大所、高等院校")
