"""Metadata shapes: where the title, 发文字号, issuer and date stand, and what they are not."""
from __future__ import annotations

import pytest

from policyparse import parse_text
from policyparse.stages.metadata import RULES

BODY = "一、加强宣传。推进政策解读。\n二、加强监管。开展专项检查。\n"


def meta_of(text: str, **kw):
    return parse_text(text, **kw).meta


def test_rules_are_one_ordered_list():
    names = [rule.__name__ for rule in RULES]
    assert names.index("recipients") < names.index("title") < names.index("doc_number")
    assert names.index("signature") < names.index("attachments") < names.index("derived")


def test_a_doc_number_line_is_never_the_title():
    meta = meta_of("京人社事业发〔2021〕2号\n各区人力资源和社会保障局：\n为推进改革，现通知如下：\n" + BODY
                   + "北京市人力资源和社会保障局\n2021年1月20日\n")
    assert meta.title is None and meta.doc_number == "京人社事业发〔2021〕2号"


@pytest.mark.parametrize("line, number", [
    ("京政办发[2013]17号", "京政办发〔2013〕17号"),            # w091, w012, w072, corpus 31
    ("京建发【2017】第112号", "京建发〔2017〕第112号"),          # w074
    ("合自然资规公告(2021)11号", "合自然资规公告〔2021〕11号"),   # w118
    ("国令第707号", "国令第707号"),
])
def test_a_doc_numbers_year_stands_in_the_standard_brackets(line, number):
    meta = meta_of(line + "\n各区人民政府：\n为推进改革，现通知如下：\n" + BODY + "某市人民政府\n2021年1月20日\n")
    assert meta.doc_number == number


@pytest.mark.parametrize("title, number", [
    ("东莞市住房和城乡建设局关于进一步明确住房限购政策的补充通知（东建房〔2017〕33号）", "东建房〔2017〕33号"),
    ("某市人民政府办公室关于加强安全生产的通知某政办发〔2021〕12号", "某政办发〔2021〕12号"),
])
def test_a_doc_number_after_the_title_is_not_part_of_it(title, number):
    meta = meta_of(title + "\n各区人民政府：\n" + BODY)
    assert meta.doc_number == number and meta.title == title[:title.index(number) - (1 if "（" in title else 0)]


def test_joint_issuers_on_one_line_and_on_several():
    meta = meta_of("关于协同做好不动产登记服务的通知\n各省自然资源主管部门：\n" + BODY
                   + "自然资源部      中国银行保险监督管理委员会\n2023年3月3日\n")
    assert meta.issuer == "自然资源部" and meta.issuers == ["自然资源部", "中国银行保险监督管理委员会"]
    meta = meta_of("关于进一步支持住房需求的通知\n各区政府：\n" + BODY
                   + "沈阳市房产局      沈阳市自然资源局\n国家税务总局沈阳市税务局\n2023年9月3日\n")
    assert meta.issuers == ["沈阳市房产局", "沈阳市自然资源局", "国家税务总局沈阳市税务局"]
    meta = meta_of("关于明确住房限购政策的通知\n各镇街：\n" + BODY + "东莞市住房和城乡建设局东莞市社会保障局\n2017年7月4日\n")
    assert meta.issuers == ["东莞市住房和城乡建设局", "东莞市社会保障局"]


def test_a_signature_before_the_attachments_of_a_long_document():
    body = "".join(f"{n}、第{n}项工作。做好第{n}项工作的组织实施。\n" for n in "一二三四五六七八九十")
    meta = meta_of("某市住房公积金管理中心关于实施阶段性提取政策的通知\n各有关单位：\n" + body
                   + "附件：1.服务窗口地址\n2.政策解读\n某市住房公积金管理中心\n2022年11月18日\n附件1\n服务窗口地址\n"
                   + "".join(f"{n}.第{n}服务窗口，地址某路{n}号。\n" for n in range(1, 15)))
    assert (meta.issuer, meta.date, meta.date_source) == ("某市住房公积金管理中心", "2022-11-18", "text")
    assert meta.attachments == ["服务窗口地址", "政策解读"]


def test_a_decree_signed_by_a_person_is_issued_by_the_organ():
    meta = meta_of("发文机关：国务院\n发文字号：国令第707号\n中华人民共和国个人所得税法实施条例\n第一条 为了规范征收，制定本条例。\n"
                   "第二条 本条例自2019年1月1日起施行。\n总理 李克强\n2018年12月18日\n")
    assert (meta.doc_number, meta.issuer, meta.signers) == ("国令第707号", "国务院", ["总理李克强"])


def test_a_title_keeps_no_table_pipes_or_rules():
    assert meta_of("信息名称：关于调整贷款规定的通知 | | | |\n" + BODY).title == "关于调整贷款规定的通知"
    assert meta_of("------\n关于调整贷款规定的通知\n" + BODY).title == "关于调整贷款规定的通知"


def test_a_law_dated_by_its_amendment():
    meta = meta_of("法规名称：中华民国国徽国旗法\n修正日期：19541023\n第 一 章 总则\n第 1 条 本法依宪法制定之。\n")
    assert (meta.date, meta.date_source) == ("1954-10-23", "amendment")


def test_keep_script_parses_as_the_simplified_text_and_writes_as_the_source():
    text = "法規名稱：中華民國國徽國旗法\n法規類別：法律 / 行政＞內政部\n第 一 章 總則\n第 1 條 中華民國國徽國旗之製作及使用，依本法之規定。\n"
    kept, converted = meta_of(text, keep_script=True), meta_of(text)
    assert kept.title == "中華民國國徽國旗法" and converted.title == "中华民国国徽国旗法"
    assert kept.doc_type == converted.doc_type == "法" and kept.kind == converted.kind == "law"


def test_label_cells_of_an_export_over_their_value_cells():
    meta = meta_of("| 索引号：123/2021\n| 发文机关：\n| 某市人民政府\n| 成文日期：\n| 2021年3月1日\n| 发文字号：\n"
                   "| 某政发〔2021〕12号\n某市人民政府关于加强安全生产的通知\n各区人民政府：\n" + BODY)
    assert (meta.doc_number, meta.issuer, meta.date, meta.date_source, meta.index_number) == \
        ("某政发〔2021〕12号", "某市人民政府", "2021-03-01", "page", "123/2021")


def test_a_signature_run_into_the_last_paragraph():
    meta = meta_of("某省人民政府办公厅关于加强安全生产的通知\n各市人民政府：\n一、加强宣传。推进政策解读。\n"
                   "二、加强监管。开展专项检查，请认真贯彻落实。某省人民政府办公厅2021年3月1日（此件公开发布）\n")
    assert (meta.issuer, meta.date, meta.date_source) == ("某省人民政府办公厅", "2021-03-01", "text")


@pytest.mark.parametrize("head, number, issuer", [
    ("某省人民政府令\n第5号\n", "某省人民政府令第5号", "某省人民政府"),
    ("某市人民政府公告\n（第3号）\n", "第3号", "某市人民政府"),
])
def test_the_number_of_a_decree_or_an_announcement_under_it(head, number, issuer):
    meta = meta_of(head + "《某省安全生产条例实施办法》已经省政府常务会议通过，现予公布。\n省长 王某某\n2021年3月1日\n"
                   "某省安全生产条例实施办法\n第一条 为了加强安全生产，制定本办法。\n")
    assert (meta.doc_number, meta.issuer, meta.attached_title, meta.attached_type) == \
        (number, issuer, "某省安全生产条例实施办法", "办法")


def test_page_chrome_after_a_late_signature_is_no_enclosed_document():
    body = "".join(f"{n}、第{n}项工作。做好第{n}项工作的组织实施。\n" for n in "一二三四五六七八九十")
    meta = meta_of("嘉兴市建委关于进一步加强房地产市场调控的通知\n各有关单位：\n" + body + "嘉兴市城乡规划建设管理委员会\n"
                   "2017年5月20日\n分类调控户籍\n" + "".join(f"相关新闻{n}\n" for n in range(20)))
    assert (meta.date, meta.attached_title) == ("2017-05-20", None)


# 附件1.… with 2.… under it (w201), and 附表：1. … after the signature when a 附件说明 came before (w270):
# the list's numbering goes on, so the lines are a 附件说明, never items of the outline or tasks.
ATTACHMENT_LISTS = [
    ("国务院关于深圳湾口岸范围的批复\n广东省人民政府：\n一、口岸区范围包括查验区。\n二、土地使用期限至2047年。\n"
     "附件1.查验区界址点坐标\n    2.部分桥面界址点坐标\n国务院\n二〇〇六年十二月三十日\n附件1.\n查验区界址点坐标\n坐标表\n",
     ["查验区界址点坐标", "部分桥面界址点坐标"]),
    ("某市人力资源和社会保障局关于印发就业见习基地管理办法的通知\n各区人力资源和社会保障局：\n现将办法印发给你们。\n"
     "附件：就业见习基地申请程序\n某市人力资源和社会保障局\n2019年10月9日\n就业见习基地申请程序\n一、申请条件\n"
     "（一）申请材料。\n附表：1. 就业见习基地申请表\n          2. 见习岗位需求信息表\n3. 示范基地申报表\n附表1\n就业见习基地申请表\n",
     ["就业见习基地申请程序", "就业见习基地申请表", "见习岗位需求信息表", "示范基地申报表"]),
]


@pytest.mark.parametrize("text, names", ATTACHMENT_LISTS)
def test_a_numbered_attachment_label_whose_list_goes_on(text, names):
    doc = parse_text(text)
    assert doc.meta.attachments == names
    numbered = [s for s in _all_sections(doc.sections) if s.marker and (s.title or s.text or "").strip() in names]
    assert numbered == []
    assert not [t for t in doc.tasks if t.text.strip() in names]


def _all_sections(sections):
    for s in sections:
        yield s
        yield from _all_sections(s.children)


@pytest.mark.parametrize("lines, name", [
    (["白银市建立房地产市场平稳健康发展", "“一城一策”工作方案"], "白银市建立房地产市场平稳健康发展“一城一策”工作方案"),
    (["进一步清理消费领域限制性举措", "持续扩大消费若干措施"], "进一步清理消费领域限制性举措持续扩大消费若干措施"),
])
def test_an_enclosed_title_over_two_lines_is_joined(lines, name):
    text = (f"某市人民政府办公室关于印发《{name}》的通知\n各区人民政府：\n《{name}》已经市政府同意，现印发给你们。\n"
            f"某市人民政府办公室\n2024年3月1日\n" + "\n".join(lines) + "\n一、总体要求\n（一）加强组织领导。\n")
    doc = parse_text(text)
    assert doc.meta.attached_title == name
    assert [s.title for s in doc.sections if s.kind == "part"] == [name]


def test_a_transmitted_report_after_an_omission_note_is_the_enclosed_part():
    """w186, w205, w206: （本文有删减） between the signature and the enclosed title is page furniture, and the
    转发 title names the document with its issuer and without 的 (民政部关于清理整顿社会团体意见)."""
    text = ("国务院办公厅转发民政部关于清理整顿社会团体意见的通知\n国办发〔1997〕11号\n各省、自治区、直辖市人民政府：\n"
            "民政部《关于清理整顿社会团体的意见》已经国务院同意，现转发给你们，请认真贯彻执行。\n国务院办公厅\n"
            "一九九七年四月八日\n（本文有删减）\n关于清理整顿社会团体的意见\n一、清理整顿工作的指导思想\n"
            "清理整顿工作要以邓小平理论为指导。\n二、清理整顿的原则\n坚持从严的原则。\n")
    doc = parse_text(text)
    assert doc.meta.attached_title == "关于清理整顿社会团体的意见"
    assert [s.kind for s in doc.sections] == ["cover", "part"]
    assert [c.marker for c in doc.sections[1].children] == ["一、", "二、"]


def test_a_part_title_that_is_whole_takes_no_next_line():
    text = ("某市人民政府办公室关于印发《某市工作方案》的通知\n各区人民政府：\n现印发给你们。\n某市人民政府办公室\n2024年3月1日\n"
            "某市工作方案\n为做好工作，制定本方案。\n一、总体要求\n")
    assert [s.title for s in parse_text(text).sections if s.kind == "part"] == ["某市工作方案"]


@pytest.mark.parametrize("text, field, value", [
    # a site's category tag before the title (w031, w039) is no part of it, nor the issuer
    ("【稳经济大盘一揽子政策】关于印发促进消费工作若干措施的通知\n各市人民政府：\n现印发给你们。\n某省商务厅\n2022年1月26日\n",
     "title", "关于印发促进消费工作若干措施的通知"),
    ("[中房研协]合肥再次放松限购政策，外地户籍补缴半年社保即可购房\n来源：中房网\n合肥市再次调整限购政策。\n",   # w169
     "title", "合肥再次放松限购政策，外地户籍补缴半年社保即可购房"),
    # …but a repeal mark stays readable as the validity
    ("【已废止】某市人民政府关于调整住房公积金政策的通知\n各区人民政府：\n现通知如下。\n某市人民政府\n2020年1月2日\n",
     "validity", "已废止"),
    # a 发文字号 glued before the title (w123)
    ("【贷款】武公中规〔2026〕2号武汉住房公积金管理中心关于优化住房公积金使用政策的通知\n各受托银行：\n现通知如下。\n"
     "武汉住房公积金管理中心\n2026年4月2日\n", "doc_number", "武公中规〔2026〕2号"),
    ("【贷款】武公中规〔2026〕2号武汉住房公积金管理中心关于优化住房公积金使用政策的通知\n各受托银行：\n现通知如下。\n"
     "武汉住房公积金管理中心\n2026年4月2日\n", "title", "武汉住房公积金管理中心关于优化住房公积金使用政策的通知"),
    # a seal note after the signing organ (w031)
    ("关于印发促进消费工作若干措施的通知\n各市人民政府：\n现印发给你们。\n省完善促进消费体制机制厅际联席会议（代章）\n2022年1月26日\n",
     "issuer", "省完善促进消费体制机制厅际联席会议"),
    # a 发文字号 that shares its line with the date, or stands before the title in 《》 (a page's header line)
    ("江苏省人民政府关于印发江苏省知识产权战略纲要的通知\n苏政发〔2009〕1号 2009年1月5日\n各市、县人民政府：\n现印发给你们。\n",
     "doc_number", "苏政发〔2009〕1号"),
    ("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市就业工作实施意见〉的通知》\n各区人民政府：\n现印发给你们。\n"
     "北京市人民政府办公厅\n2016年6月1日\n", "doc_number", "京政办发〔2016〕26号"),
    ("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市就业工作实施意见〉的通知》\n各区人民政府：\n现印发给你们。\n"
     "北京市人民政府办公厅\n2016年6月1日\n", "title", "北京市人民政府办公厅关于印发〈北京市就业工作实施意见〉的通知"),
    ("京政办发〔2016〕26号《北京市人民政府办公厅关于印发〈北京市就业工作实施意见〉的通知》\n各区人民政府：\n现印发给你们。\n"
     "北京市人民政府办公厅\n2016年6月1日\n", "attached_title", "北京市就业工作实施意见"),
    # a 令 whose signer's name was left out (市　长 over the date), its number an abbreviation: the title names the organ
    ("重庆市人民政府关于控制主城区尘污染的通告\n渝府令第121号\n第一条 为有效控制主城区尘污染，制定本通告。\n市　长\n"
     "二○○一年十二月三十日\n", "issuer", "重庆市人民政府"),
    # a page's 发文机构 field that names its website is no issuer
    ("发文机构：县政府网站\n某县人民政府关于加强管理的通知\n各镇人民政府：\n现通知如下。\n", "issuer", "某县人民政府"),
    # a page's info block copied as text, its cells apart by spaces
    ("区人民政府办公室关于印发责任分解方案的通知\n索 引 号 MB1534522/2023-05475 发文日期 2023-01-03\n"
     "发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号\n各街道办事处：\n现印发给你们。\n", "doc_number", "蔡政办〔2023〕1号"),
    # a page's byline ending in an empty label is no 主送 line
    ("关于印发年度工作指引的通知\n时间: 2023-03-01  来源:天津市知识产权局  点击:\n各区知识产权局，局机关各处室：\n现印发给你们。\n",
     "recipients", ["各区知识产权局", "局机关各处室"]),
    # 《》 that quote only part of the enclosed document's name
    ("某市人民政府关于印发2023年《政府工作报告》重点工作任务分工方案的通知\n各区人民政府：\n现印发给你们。\n",
     "attached_title", "2023年《政府工作报告》重点工作任务分工方案"),
    # a site's column glued before the title is no organ
    ("杭州市萧山区高新技术企业奖励政策:关于深入实施创新强区战略的若干政策意见\n各镇人民政府：\n现印发给你们。\n",
     "title", "关于深入实施创新强区战略的若干政策意见"),
    ("政策动态 | 关于实施钱塘领飞计划的若干政策意见\n各街道：\n现印发给你们。\n", "issuer", None),
    # an organ's line over 印发《…》的通知: one title
    ("温州市洞头区人民政府\n\n印发《关于全面加快科技创新的若干政策》的通知\n各乡镇人民政府：\n现印发给你们。\n",
     "title", "温州市洞头区人民政府印发《关于全面加快科技创新的若干政策》的通知"),
    # a page's chrome or a label line is no title where the page shows none; a file's name loses its extension
    ("当前位置首页\n> 政务公开 > 法定主动公开内容 > 重点领域\n索  引  号 11370828004313434W/2021-05704 公开方式 主动公开\n"
     "一、重点任务\n1.推进建设。（县农业农村局）\n", "title", None),
    ("政府信息公开\n牵头单位:市生态环境局\n6.依法开展规划环境影响评价。\n", "title", None),
    ("具体任务\n全面落实疫情防控新十条。\n责任单位\n卫健局、文旅局\n", "title", None),
    ("关于进一步促进房地产市场平稳健康发展的若干措施.docx\n1、降低首付比例。\n2、加大公积金支持。\n",
     "title", "关于进一步促进房地产市场平稳健康发展的若干措施"),
    # a 主送 line of many organs, over 200 characters
    ("关于印发年度推进计划的通知\n" + "、".join(f"第{n}委员会" for n in range(1, 50)) + "：\n现印发给你们。\n某办公室\n"
     "2021年12月27日\n", "recipients", ["、".join(f"第{n}委员会" for n in range(1, 50))]),
    # a title whose last line opens with its years in brackets
    ("关于印发新乡市公共卫生体系建设三年行动计划\n(2023—2025年)的通知\n各县(市)、区人民政府:\n现印发给你们。\n"
     "新乡市人民政府办公室\n2023年12月25日\n", "title", "关于印发新乡市公共卫生体系建设三年行动计划(2023—2025年)的通知"),
    # a page's info table copied as rows of cells, each label's value in the cell after it
    ("索引号 | 001008003015081/2022-00489 | ||\n组配分类 | 其他文件 | 发布机构 | 温州市市场监督管理局 |\n"
     "成文日期 | 2022-10-11 | 公开方式 | 主动公开 |\n文号 | 温政办〔2022〕73 号 | 有效性 | 有效 |\n"
     "温州市人民政府办公室关于印发某工作方案的通知\n各县（市、区）人民政府：\n现印发给你们。\n", "doc_number", "温政办〔2022〕73号"),
    ("索引号 | 001008003015081/2022-00489 | ||\n组配分类 | 其他文件 | 发布机构 | 温州市市场监督管理局 |\n"
     "成文日期 | 2022-10-11 | 公开方式 | 主动公开 |\n文号 | 温政办〔2022〕73 号 | 有效性 | 有效 |\n"
     "温州市人民政府办公室关于印发某工作方案的通知\n各县（市、区）人民政府：\n现印发给你们。\n", "publisher", "温州市市场监督管理局"),
    # …or on a line of its own below it, naming whose seal stands in
    ("关于印发年度推进计划的通知\n各有关单位：\n现印发给你们。\n国务院知识产权战略实施工作部际联席会议办公室\n（国家知识产权局代章）\n"
     "2021年12月27日\n", "issuer", "国务院知识产权战略实施工作部际联席会议办公室"),
    # a news repost's 原标题：… 来源：… around the headline (w147)
    ("原标题：流动性告急！11家房企被央行列入名单！ 来源：信托圈内人\n2022-01-11 10:20\n据悉，央行近日召开会议。\n",
     "title", "流动性告急！11家房企被央行列入名单！"),
    # a portal's repost mark before the title (w264)
    ("（转载）广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知\n各区人民政府：\n现印发给你们。\n",
     "title", "广州市人民政府办公厅关于印发广州市公共租赁住房管理办法的通知"),
    # the issuer read from a title that names more than one (w129): the first, without 等单位
    ("北京市医疗保障局等单位关于新增部分医疗服务价格项目的通知\n各区医疗保障局：\n现将有关事项通知如下。\n",
     "issuer", "北京市医疗保障局"),
    # a news article's lead-in to a list is no 主送机关 (w161)
    ("购房落户不再限制面积及金额\n12月11日，记者从武汉市公安局获悉。\n武汉市公安局介绍，此次优化人口落户政策主要包括以下四项户口迁移政策：\n"
     "调整购房落户条件。\n", "recipients", []),
    # an issuer read from a title that carries out another's document (w072: …人民政府贯彻落实国务院关于…)
    ("北京市人民政府贯彻落实国务院关于坚决遏制部分城市房价过快上涨文件的通知\n各区县人民政府：\n现提出如下意见。\n",
     "issuer", "北京市人民政府"),
    # a speech's salutation is no 主送机关 (w297-w302, corpus 35, 36)
    ("政府工作报告\n各位代表：\n现在，我代表国务院，向大会报告政府工作。\n", "recipients", []),
])
def test_title_and_signature_debris(text, field, value):
    assert getattr(parse_text(text).meta, field) == value


def test_a_page_named_by_its_letterhead_or_its_organ_is_not_titled_so():
    from policyparse import parse_bytes

    letterhead = ("<html><head><title>市公积金中心文件</title></head><body><p>市公积金中心文件</p><p>丹金发〔2022〕36号</p>"
                  "<p>中心各部门：</p><p>现将细则印发给你们。</p></body></html>")
    assert parse_bytes(letterhead.encode(), path="a.html").meta.title is None
    organ = ("<html><head><title>天津市规划和自然资源局</title></head><body><p>天津市规划和自然资源局</p>"
             "<p>天津市建设用地使用权转让实施细则</p><p>第一条　为加强建设用地使用权转让管理，制定本细则。</p></body></html>")
    assert parse_bytes(organ.encode(), path="b.html").meta.title == "天津市建设用地使用权转让实施细则"


@pytest.mark.parametrize("title", ["少年观护所设置及实施通则", "动员戡乱时期临时条款"])
def test_a_general_act_is_a_law(title):
    doc = parse_text(f"{title}\n第一条 为规范管理，制定本通则。\n第二条 本通则自公布日施行。\n")
    assert doc.meta.kind == "law"


def test_a_line_of_page_buttons_is_boilerplate():
    doc = parse_text("某市人民政府关于做好最低生活保障工作的通知\n各区人民政府：\n一、提高标准。（市民政局）\n【返回顶部】【关闭窗口】\n")
    assert "【返回顶部】【关闭窗口】" in doc.boilerplate
    assert all("返回顶部" not in t.units for t in doc.tasks)


@pytest.mark.parametrize("line", ["新浪财经APP 缩小字体 放大字体 收藏 微博 微信 分享", "A+大 A+中 A+小", "| | |",
                                  "【字号： 大 中 小】", "腾讯QQ QQ空间", "字号: [小] [大] 【打印正文】"])
def test_a_line_of_page_widgets_is_boilerplate(line):
    """w154, w163, w266, w136, w150, w160: the widget bar under a news page's headline."""
    doc = parse_text("某市出台支持房地产发展政策\n2024年02月22日 01:48 某某报\n" + line + "\n近日，我市印发若干措施。\n")
    assert line in doc.boilerplate
    assert parse_text("收藏家协会召开年会\n收藏家协会\n").boilerplate == []


@pytest.mark.parametrize("lines, title", [
    # w179: a 文种 word (制度) inside a title that goes on to its own ending (的指导意见)
    (["国务院办公厅关于全面推行", "行政执法公示制度执法全过程记录制度", "重大执法决定法制审核制度的指导意见"],
     "国务院办公厅关于全面推行行政执法公示制度执法全过程记录制度重大执法决定法制审核制度的指导意见"),
    # w282: the enclosed 办法 at a line's end, then 实施细则的通知
    (["广州市人力资源和社会保障局", "关于印发广州市引进人才入户管理办法", "实施细则的通知"],
     "广州市人力资源和社会保障局关于印发广州市引进人才入户管理办法实施细则的通知"),
    # w202: a short first line (国务院关于印发)
    (["国务院关于印发", "《国务院工作规则》的通知"], "国务院关于印发《国务院工作规则》的通知"),
])
def test_a_title_over_several_lines(lines, title):
    text = "\n".join(lines) + "\n国发〔2004〕18号\n各省、自治区、直辖市人民政府：\n现印发给你们，请认真贯彻执行。\n国务院\n2004年6月26日\n"
    assert parse_text(text).meta.title == title


def test_a_decree_number_after_its_date_in_the_head_line():
    doc = parse_text("中华人民共和国市场主体登记管理条例\n（2021年7月27日中华人民共和国国务院令第746号公布）\n第一章　总则\n"
                     "第一条　为了规范市场主体登记管理行为，制定本条例。\n")
    assert (doc.meta.doc_number, doc.meta.issuer, doc.meta.date) == \
        ("中华人民共和国国务院令第746号", "中华人民共和国国务院", "2021-07-27")


@pytest.mark.parametrize("line, publish_date, source", [
    ("政策苏晓 2023-07-03 08:40:21 来源：中房网", "2023-07-03", None),                 # w152
    ("财联社记者 王海春 责编 王海春 2022-12-08 18:53", "2022-12-08", None),            # w158
    ("来源：证券时报网作者：李丹2022-12-08 17:13", "2022-12-08", "证券时报网作者：李丹"),  # w159: the date is no source
])
def test_a_news_byline_dates_the_page(line, publish_date, source):
    doc = parse_text(f"南京部分银行再调房贷政策\n{line}\n南京再次降低了二套房贷门槛。记者了解到，多家银行已执行新政。\n")
    assert (doc.meta.publish_date, doc.meta.kind, doc.meta.date) == (publish_date, "news", publish_date)
    assert doc.meta.source_name == source


def test_a_byline_under_a_headline_without_punctuation_is_read_apart():
    """w140: the headline ends without a stop and the byline under it would run on into it and into the text."""
    doc = parse_text("淄博：支持新市民、青年人群体购买商品住房，优化公积金贷款服务\n政策苏晓 2023-11-01 11:06:38 来源：中房网\n"
                     "扫描二维码分享\n中房网讯 10月31日，山东省淄博市住房和城乡建设局等部门发布通知，优化住房公积金贷款服务。\n")
    assert (doc.meta.publish_date, doc.meta.kind, doc.meta.date) == ("2023-11-01", "news", "2023-11-01")


def test_a_dated_line_that_is_no_byline():
    doc = parse_text("某市住房公积金管理中心关于调整提取政策的通知\n各受托银行：\n一、调整提取额度。\n"
                     "本通知自发布之日起施行，有效期至2028年12月31日。\n某市住房公积金管理中心\n2023年12月1日\n")
    assert doc.meta.publish_date is None and doc.meta.date == "2023-12-01"


W184 = ("国务院办公厅关于印发经营性文化事业单位转制为企业和进一步支持文化企业发展两个规定的通知\n"
        "各省、自治区、直辖市人民政府：\n两个规定已经国务院同意，现印发给你们，请认真贯彻执行。\n国务院办公厅\n2018年12月18日\n"
        "经营性文化事业单位\n转制为企业的规定\n为深化改革，制定本规定。\n一、关于财政税收\n（一）加大支持力度。\n"
        "二、关于资产管理\n（二）规范资产处置。\n进一步支持文化企业发展的规定\n为促进文化企业发展，特制定本规定。\n"
        "一、关于财政税收\n（一）加强投入。\n")


def test_two_enclosed_documents_whose_numbering_restarts():
    """w184: the second 规定 is named only by its own title line, before a 一、 that restarts the numbering; the
    first one's title wraps over two lines."""
    parts = [s for s in parse_text(W184).sections if s.kind == "part"]
    assert [p.title for p in parts] == ["经营性文化事业单位转制为企业的规定", "进一步支持文化企业发展的规定"]
    assert [c.marker for c in parts[1].children] == ["一、"]


def test_a_notice_whose_own_text_is_the_document_it_prints():
    """w263: 关于印发X的通知 whose body is X itself (一、…二、…) and whose parts are its 附件: the body is the
    document's main text, with its tasks; X comes from the title."""
    text = ("某市医疗保障局关于印发某市门诊特定病种费用范围及标准的通知\n各定点医疗机构：\n为减轻参保人员负担，现就有关事项通知如下：\n"
            "一、纳入统筹基金支付范围的病种见附件1。\n二、定点医疗机构要做好病种审核确认工作。（市医疗保障局负责）\n"
            "附件：1.某市门诊特定病种范围\n2.某市门诊特定病种准入标准\n某市医疗保障局\n2019年9月1日\n"
            "附件1\n某市门诊特定病种范围\n一类病种\n")
    doc = parse_text(text)
    assert doc.meta.attached_title == "某市门诊特定病种费用范围及标准"
    assert doc.sections[0].kind == "main"
    assert [t.units for t in doc.tasks if t.units] == [["市医疗保障局"]]
    printed = parse_text(text.replace("附件1\n某市门诊特定病种范围", "某市门诊特定病种费用范围及标准"))
    assert printed.sections[0].kind == "cover"      # the part is the document named: the notice is its cover


def test_a_doc_number_printed_only_as_an_attachments_file_name():
    doc = parse_text("关于明确住房限购政策有关事项的通知\n各区房产局：\n现就有关事项通知如下。\n南京市住房保障和房产局\n"
                     "2017年5月3日\n宁房市字〔2017〕108号.pdf\n")
    assert doc.meta.doc_number == "宁房市字〔2017〕108号"
    assert "doc_number_from_file" in [w.code for w in doc.warnings]


def test_nine_organs_sign_a_joint_notice():
    """w164: 北京市商务局等9部门 sign on nine lines above the date; the first is the issuer."""
    organs = ["北京市商务局", "北京市经济和信息化局", "北京市人力资源和社会保障局", "北京市住房和城乡建设委员会",
              "北京市城市管理委员会", "北京市市场监督管理局", "北京市城市管理综合行政执法局", "北京市消防救援局",
              "国家税务总局北京市税务局"]
    doc = parse_text("北京市商务局等9部门印发《若干措施》的通知\n京商生二字〔2025〕17号\n各相关单位：\n现印发给你们。\n"
                     + "\n".join(organs) + "\n2025年9月26日\n")
    assert doc.meta.issuer == "北京市商务局" and doc.meta.issuers == organs


def test_a_disclosure_field_and_a_labelled_link_after_the_text_are_boilerplate():
    doc = parse_text("某市养老服务管理办法\n第一条 为了规范管理，制定本办法。\n第二条 本办法自印发之日起施行，有效期5年。\n"
                     "公开方式：主动公开\n政策解读：https://www.example.gov.cn/jd/1.html\n下载本信息公开文件\n手机查看\n"
                     "某市人民政府办公厅秘书处2022年9月13日印发\n")
    assert doc.boilerplate == ["公开方式：主动公开", "政策解读：https://www.example.gov.cn/jd/1.html", "下载本信息公开文件",
                               "手机查看"]
    assert doc.meta.printed_by == "某市人民政府办公厅秘书处" and doc.meta.print_date == "2022-09-13"
    assert [s.marker for s in doc.sections] == ["第一条", "第二条"]
    assert doc.sections[1].text == "本办法自印发之日起施行，有效期5年。"


def test_an_info_block_with_each_value_below_its_label():
    """w052, w120, w135: a page's info block written label, value, label, value: each value is its label's,
    none reaches the preamble, and 发布单位: is no recipient; an empty label keeps the line below when that line
    is no value (w110: 有 效 性 ： over the issuer's line)."""
    doc = parse_text("索引号：002489639/2021-19310\n公开方式:\n主动公开\n文号：-\n公开日期：2021-03-03\n发布单位:\n市住保房管局\n"
                     "有效性:\n有效\n关于进一步规范房地产市场秩序的通知\n各有关单位：\n为规范房地产市场秩序，现就有关事项通知如下：\n"
                     "一、进一步加强住房限购\n参与本市限购范围内住房司法拍卖的竞买人，须符合本市住房限购政策。\n")
    assert doc.meta.title == "关于进一步规范房地产市场秩序的通知"
    assert doc.meta.recipients == ["各有关单位"]
    assert (doc.meta.page_fields["发布单位"], doc.meta.page_fields["有效性"]) == ("市住保房管局", "有效")
    assert doc.meta.publisher == "市住保房管局"
    assert "主动公开" not in (doc.sections[0].text or "")
    kept = parse_text("发布日期 ：2022-06-15\n有 效 性 ：\n重庆市人民政府办公厅\n关于印发若干措施的通知\n各区县人民政府：\n现印发给你们。\n")
    assert kept.meta.page_fields["有效性"] == ""


def test_a_laws_dated_head_lines_and_its_title_printed_again_are_no_preamble():
    """w291, w295, w287-w289: every dated line of a law's head (通过, 施行, 修正) is its 题注, and the title printed
    again over two lines under the head (m07, w031, w200 print it spaced or wrapped) is the title's."""
    doc = parse_text("# 最高人民法院关于知识产权法庭若干问题的规定\n\n2018年12月3日 最高人民法院审判委员会第1756次会议通过\n\n"
                     "2023年10月16日 最高人民法院审判委员会第1901次会议通过\n\n2023年11月1日 施行\n\n<!-- INFO END -->\n\n"
                     "最高人民法院\n\n关于知识产权法庭若干问题的规定\n\n为进一步统一知识产权案件裁判标准，制定本规定。\n\n"
                     "第一条 最高人民法院设立知识产权法庭。\n\n第二条 知识产权法庭审理下列上诉案件。\n")
    assert doc.meta.date == "2018-12-03"
    assert doc.meta.headnote.splitlines()[-1] == "2023年11月1日 施行"
    preamble = doc.sections[0]
    assert preamble.kind == "preamble" and preamble.text == "为进一步统一知识产权案件裁判标准，制定本规定。"


def test_a_contact_note_under_the_signature_is_a_note_before_the_enclosed_title():
    """w261: （联系科室：…，联系电话：…） under the 成文日期 is a 附注 (GB/T 9704 7.3.6), and the title after it
    starts the enclosed plan."""
    doc = parse_text("某区教育局关于印发《2026年某区幼儿园招生工作方案》的通知\n各幼儿园：\n"
                     "　　《2026年某区幼儿园招生工作方案》已经局长办公会议审议通过，现印发给你们，请遵照执行。\n　　某区教育局\n"
                     "　　2026年4月20日\n　　（联系科室：小学和幼儿教育科，联系电话：38622527）\n　　2026年某区幼儿园招生工作方案\n"
                     "　　一、招生原则\n　　（一）适龄优先。优先满足本区户籍适龄幼儿入园需求。\n")
    assert doc.meta.attached_title == "2026年某区幼儿园招生工作方案"
    assert [s.kind for s in doc.sections] == ["cover", "part"]
    assert doc.meta.note == "（联系科室：小学和幼儿教育科，联系电话：38622527）"


def test_a_title_like_line_below_the_articles_first_paragraph_is_not_its_title():
    """w140, w157: a related link (淄博关于优化调整…的通知) below the article's text ends in a 文种, but the page's
    title stands above the text."""
    doc = parse_text("淄博：支持新市民、青年人群体购买商品住房，优化公积金贷款服务\n2023-11-01 11:06:38 来源：中房网\n"
                     "10月31日，山东省淄博市住房和城乡建设局等部门发布通知，支持新市民、青年人群体购买商品住房，并对住房公积金贷款政策作出优化调整，"
                     "进一步支持城镇老旧小区居民提取住房公积金用于加装电梯。\n相关阅读\n淄博关于优化调整部分住房公积金贷款政策的通知\n")
    assert doc.meta.title != "淄博关于优化调整部分住房公积金贷款政策的通知" and doc.meta.issuer is None


def test_an_interpretation_link_at_the_pages_foot_is_no_part():
    """w070, w079, w083, w001, corpus 21: 政策解读：《…》的政策解读 after the signature with no text under it is a
    link to another page, not an interpretation part; one with its text is a part (w045)."""
    head = ("某市人民政府办公室关于进一步优化房地产相关政策的通知\n各区人民政府：\n一、优化住房公积金政策。提高贷款额度。\n"
            "某市人民政府办公室\n2024年5月6日\n")
    link = parse_text(head + "政策解读：《关于进一步优化房地产相关政策的通知》的政策解读\n【关闭当前页面】\n")
    assert all(s.kind != "interpretation" for s in link.sections)
    part = parse_text(head + "《关于进一步优化房地产相关政策的通知》政策解读\n一、出台背景\n"
                      "为促进房地产市场平稳健康发展，更好满足居民刚性和改善性住房需求，市政府出台了本通知。\n")
    assert any(s.kind == "interpretation" for s in part.sections)


def test_a_page_field_that_names_the_document_in_brackets_gives_its_title():
    """w079: 信息名称：《关于进一步优化无房家庭购房工作的通知》 in the page's info block, no title line in the body."""
    meta = meta_of("信息名称：《关于进一步优化无房家庭购房工作的通知》\n各区人民政府：\n" + BODY + "某市人民政府\n2021年5月28日\n")
    assert (meta.title, meta.doc_type) == ("关于进一步优化无房家庭购房工作的通知", "通知")


def test_a_government_order_under_a_pages_menu_and_over_its_footer():
    """w281, w274 (gz.gov.cn): forty menu words above the document do not use up the head; the 令's number is on
    two lines (广州市人民政府令 / 第179号), its date under its head's signature (市　长：温国辉); the 印发 line of its
    版记 stands above the page's footer."""
    menu = "".join(f"{word}\n" for word in ["首页", "政务公开", "政务服务", "互动交流", "营商环境", "魅力广州"] * 8)
    footer = "".join(f"{line}\n" for line in ["扫一扫在手机打开当前页", "相关新闻", "内容纠错 | 使用帮助 | 关于我们",
                                              "网站标识码：4401000004"] * 5)
    doc = parse_text("某市老年人优待办法\n" + menu + "某市人民政府令\n第179号\n"
                     "《某市老年人优待办法》已经市政府常务会议通过，现予公布，自2021年5月1日起施行。\n市　长：张某某\n2021年1月29日\n"
                     "某市老年人优待办法\n第一条 为保障老年人合法权益，制定本办法。\n第二条 本办法自2021年5月1日起施行。\n"
                     "公开方式：主动公开\n某市人民政府办公厅 2021年2月7日印发\n" + footer)
    meta = doc.meta
    assert (meta.doc_number, meta.issuer, meta.date) == ("某市人民政府令第179号", "某市人民政府", "2021-01-29")
    assert (meta.printed_by, meta.print_date) == ("某市人民政府办公厅", "2021-02-07")
    assert "印发" not in doc.sections[-1].text


def test_recipients_below_a_pages_menu():
    menu = "".join(f"{word}\n" for word in ["首页", "政务公开", "政务服务", "互动交流", "营商环境"] * 10)
    doc = parse_text(menu + "穗民规字〔2025〕2号\n某市民政局关于印发社会救助标准的通知\n各区人民政府，市政府各部门、各直属机构：\n"
                     "现将有关标准印发给你们。\n一、调整救助标准\n（一）提高城乡低保标准。\n")
    assert doc.meta.recipients == ["各区人民政府", "市政府各部门、各直属机构"]
    assert doc.meta.doc_number == "穗民规字〔2025〕2号"


def test_a_signatures_short_form_of_the_title_organ_is_its_full_name():
    """w089 L13: 广东省人民政府办公厅关于… signed 省政府办公厅: the issuer is the organ the title names."""
    doc = parse_text("广东省人民政府办公厅关于印发某措施的通知\n各地级以上市人民政府：\n现将措施印发给你们。\n"
                     "省政府办公厅\n2023年7月25日\n")
    assert doc.meta.issuer == "广东省人民政府办公厅"
    other = parse_text("广东省人民政府办公厅关于印发某措施的通知\n各地级以上市人民政府：\n现将措施印发给你们。\n"
                       "省商务厅\n2023年7月25日\n")
    assert other.meta.issuer == "省商务厅"          # another organ signs: kept as signed
