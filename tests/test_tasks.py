"""Where a task starts and ends, and whose it is: small documents, one shape each."""
from __future__ import annotations

import pytest

from policyparse import parse_text

HEAD = "某市人民政府办公室关于印发某某工作方案的通知\n"


def tasks_of(body: str):
    return parse_text(HEAD + body).tasks


def test_stretches_closed_by_unit_lists_are_parts_of_their_item():
    tasks = tasks_of("一、重点任务\n（一）完善机制。完善统计机制，加强衔接。（市发展改革委牵头，市财政局、市商务局参与）"
                     "健全制度。建立监测制度。（市统计局负责）\n（二）加强宣传。（市委宣传部负责）\n")
    item, first, second, other = tasks
    assert item.parent_id is None and first.parent_id == item.id and second.parent_id == item.id
    assert item.units == ["市发展改革委", "市财政局", "市商务局", "市统计局"]
    assert item.lead_units == [] and item.support_units == []      # the parts disagree: roles are theirs
    assert (first.lead_units, first.support_units) == (["市发展改革委"], ["市财政局", "市商务局"])
    assert first.text.endswith("参与）") and second.text.startswith("健全制度") and second.units == ["市统计局"]
    assert other.units == ["市委宣传部"] and other.parent_id is None


def test_one_unit_list_makes_no_parts():
    tasks = tasks_of("一、重点任务\n（一）完善机制。完善统计机制，加强衔接。（市发展改革委牵头，市财政局参与）\n")
    assert len(tasks) == 1 and tasks[0].parent_id is None


def test_labelled_sub_items_are_fields_of_their_item():
    tasks = tasks_of("一、重点任务\n（一）调整公积金贷款额度。\n1.政策内容：最高贷款额度提高至60万元。\n"
                     "2.责任单位：市住房公积金管理中心、市财政局\n3.完成时限：2022年12月底前\n"
                     "（二）加强信贷支持。引导银行降低首付比例。\n责任单位：市金融工作局\n")
    first, second = tasks
    assert first.section_id == "s1.1" and first.units == ["市住房公积金管理中心", "市财政局"]
    assert first.deadline is not None and first.deadline.date == "2022-12-31"
    assert second.units == ["市金融工作局"]


@pytest.mark.parametrize("item, lead", [
    ("（一）市卫生健康委：负责医疗救治工作；负责疫情监测。", ["市卫生健康委"]),
    ("（一）市财政局负责统筹安排资金，及时足额拨付。", ["市财政局"]),
    ("（一）铁道部、交通部负责及时安排应急粮食的运输。", ["铁道部", "交通部"]),
    ("（一）市住建局牵头召集相关部门和镇（街道）等有关单位进行现场核验。", ["市住建局"]),      # w120 L78
])
def test_a_duty_given_to_the_unit_that_opens_the_item(item, lead):
    tasks = tasks_of("三、职责分工\n" + item + "\n（二）加强宣传。（市委宣传部负责）\n")
    assert tasks[0].units == lead and tasks[0].lead_units == lead


def test_a_duty_opened_by_a_unit_and_those_it_works_with():
    """corpus m07 L95: 国家发展改革委及国家粮食局会同有关部门负责建立…: they lead, 有关部门 support."""
    tasks = tasks_of("三、预警监测\n（一）国家发展改革委及国家粮食局会同有关部门负责建立全国粮食监测预警系统。\n"
                     "（二）加强宣传。（市委宣传部负责）\n")
    assert (tasks[0].units, tasks[0].lead_units, tasks[0].support_units) == (
        ["国家发展改革委", "国家粮食局", "有关部门"], ["国家发展改革委", "国家粮食局"], ["有关部门"])


def test_a_duty_roster_with_a_line_whose_unit_is_unknown_still_gives_parts():
    """corpus 27 L19-29: 二、职责分工 / 发改部门：负责… / 教育、卫生、医保、人社部门：负责… / 县市国有企业：负责…"""
    tasks = tasks_of("二、职责分工\n发改部门：负责农民进城房源项目立项审批备案。\n财政部门：负责购房补贴的资金筹集。\n"
                     "教育、卫生、医保、人社部门：负责保障进城购房农民享受公共服务。\n县市国有企业：负责实施房源建设。\n")
    parts = [t for t in tasks if t.parent_id]
    assert [t.units for t in parts] == [["发改部门"], ["财政部门"], ["教育部门", "卫生部门", "医保部门", "人社部门"], []]


def test_an_attachments_roster_of_duties_gives_a_task_per_unit():
    """w003 L79-91: the attachment lists the leading group and then, a paragraph each, what every unit does
    (市委宣传部负责…, 市公安局负责…): one task per duty, its unit leading; a paragraph or two alone are no roster."""
    text = ("某市人民政府办公室关于印发工作方案的通知\n各县区人民政府：\n现将《工作方案》印发给你们。\n某市人民政府办公室\n"
            "2022年3月1日\n某市工作方案\n一、加强宣传引导。\n附件\n某市工作领导小组组成人员及工作职责\n组长：张某某\n"
            "市委宣传部负责对媒体报道进行正面引导。\n市公安局负责对非法集资等行为进行查处。\n市司法局负责对违法公证行为进行查处。\n")
    roster = [t for t in parse_text(text).tasks if t.units]
    assert [t.lead_units for t in roster] == [["市委宣传部"], ["市公安局"], ["市司法局"]]
    two = text.replace("市司法局负责对违法公证行为进行查处。\n", "")
    assert [t for t in parse_text(two).tasks if t.units] == []


def test_duty_lines_of_several_units_are_parts():
    tasks = tasks_of("三、职责分工\n（一）部门职责\n发改部门：负责项目立项审批备案。\n财政部门：负责补贴资金的筹集和发放。\n")
    item, *parts = tasks
    assert [p.lead_units for p in parts] == [["发改部门"], ["财政部门"]]
    assert item.units == ["发改部门", "财政部门"]


def test_duty_sentences_of_several_units_are_parts():
    tasks = tasks_of("一、职责\n（一）规划部门负责编制规划。\n（二）财务部门负责资金核算。\n（三）审计部门负责建设项目审计的组织"
                     "和实施。纪检监察部门负责对建设项目过程中各主要环节的廉政监督。\n")
    first, second, item, *parts = tasks
    assert first.lead_units == ["规划部门"] and second.lead_units == ["财务部门"]
    assert [p.lead_units for p in parts] == [["审计部门"], ["纪检监察部门"]]
    assert item.units == ["审计部门", "纪检监察部门"] and all(p.parent_id == item.id for p in parts)


def test_the_first_unit_leads_where_the_document_says_so():
    tasks = tasks_of("一、重点任务\n（一）稳定就业。返还失业保险费。（人力资源社会保障部、财政部负责。列第一位者为牵头单位，下同）\n"
                     "（二）支持创业。加大担保贷款支持。（财政部、人力资源社会保障部、人民银行负责）\n")
    assert [t.lead_units for t in tasks] == [["人力资源社会保障部"], ["财政部"]]
    assert tasks[1].support_units == ["人力资源社会保障部", "人民银行"]


@pytest.mark.parametrize("section", ["一、基本原则", "一、试点范围", "一、分配对象", "一、制定背景", "一、2024年工作回顾",
                                     "一、基本情况", "一、申请条件", "一、申报材料", "一、支持条件", "一、实施起止时间",
                                     "一、实施区域", "一、有关说明", "一、办理时限", "一、温馨提示", "一、咨询电话",
                                     "一、时间地点", "一、组织机构", "一、调整时间", "一、基本要求", "一、“十四五”时期重大成就",
                                     "一、“十五五”时期是全面建成现代化强市的关键时期", "一、“十五五”时期发展的历史方位",
                                     "一、办理流程", "一、申请程序", "一、对象及条件", "一、缴费方式", "一、背景依据",
                                     "一、城市节水和污水再生利用情况", "一、1996年地震活动情况和1997年地震趋势",
                                     "一、关于执行对象的认定", "一、关于设防标准的确定", "一、奖补方式", "一、补贴标准", "一、适用对象和申请条件",
                                     "一、过去五年的工作和十年的基本总结", "一、补贴总额度", "一、可贷额度",
                                     "一、活动额度", "一、发放流程", "一、术语和定义", "一、入学方式及程序",
                                     "一、招生方式", "一、就业见习基地申请程序", "一、社会救助标准",
                                     "一、住房套数认定标准", "一、实施时间", "一、序言", "一、领导小组组成人员", "一、2021年主要成绩", "一、目标要求"])
def test_no_tasks_in_sections_that_say_rather_than_do(section):
    tasks = tasks_of(section + "\n（一）坚持统筹推进，突出重点。\n（二）确定北京、吉林为试点地区。\n二、重点任务\n"
                     "（一）加强宣传。（市委宣传部负责）\n")
    assert [t.section_id for t in tasks] == ["s2.1"]


def test_under_a_standard_an_item_that_opens_with_work_is_still_a_task():
    """w267 L9: 二、住房租赁补贴标准 / （一）建立健全…动态调整机制 (work) / （二）补贴标准为… (an amount); w004 L15:
    一、支持方向及标准 names more than a standard: its items are the measures."""
    tasks = tasks_of("一、住房租赁补贴标准\n（一）建立健全补贴标准与市场租金挂钩的动态调整机制。\n（二）补贴标准为每平方米每月40元。\n")
    assert [t.section_id for t in tasks] == ["s1.1"]
    tasks = tasks_of("一、支持方向及标准\n（一）支持商业企业升级改造。按投资额的30%给予支持。\n（二）支持步行街高质量发展。\n")
    assert [t.section_id for t in tasks] == ["s1.1", "s1.2"]
    tasks = tasks_of("一、扶持对象\n（一）在本市注册的小微企业。\n（二）启用电子证书，不再发放纸质证书。\n")    # a scope too
    assert [t.section_id for t in tasks] == ["s1.2"]


@pytest.mark.parametrize("title", ["明确支持范围", "改善消费条件", "定期报送工作进展情况", "开展试点工作总结",
                                   "提高多孩家庭贷款额度", "积极协调落实贷款额度", "统一编码和术语集", "规范审核程序",
                                   "简化办理流程", "构建职业教育国家标准", "完善教育教学相关标准", "加快审核流程",
                                   "统一办理流程"])
def test_work_on_a_scope_or_a_condition_is_still_a_task(title):
    tasks = tasks_of(f"一、聚焦支小支农主业\n（一）{title}。各级担保机构要聚焦小微企业。\n")
    assert [t.section_id for t in tasks] == ["s1.1"]


def test_an_item_that_only_says_when_the_document_takes_effect_is_no_task():
    tasks = tasks_of("一、加强宣传。（市委宣传部负责）\n二、本通知自2023年7月1日起施行，有效期2年。\n三、（略）\n")
    assert [t.section_id for t in tasks] == ["s1"]


@pytest.mark.parametrize("item", ["二、本通知有关规定由市公积金中心负责解释，如遇国家、省政策变化，及时调整执行。",
                                  "二、原有政策与本通知不一致的，以本通知为准。",
                                  "二、执行时间从2017年5月21日零时开始。新建商品房以网签时间为准，二手房以受理时间为准。",
                                  "二、实施日期为2024年1月1日。"])
def test_an_item_that_says_who_interprets_the_document_or_what_it_replaces_is_no_task(item):
    """w020 L17, corpus 21: 本通知有关规定由市公积金中心负责解释…; w084 L23: 原有政策与本通知不一致的，以本通知为准;
    w028 L30: 二、执行时间从2017年5月21日零时开始。… (when, with its transition rule)."""
    tasks = tasks_of("一、提高贷款额度。\n" + item + "\n")
    assert [t.section_id for t in tasks] == ["s1"]


def test_a_blank_date_line_is_not_the_last_tasks_text():
    """w020, w111: a form's date left blank (年   月   日) under the signature."""
    tasks = tasks_of("一、提高贷款额度。\n二、优化提取流程。\n某市住房公积金管理中心\n年\u2002\u2002 月 \u2002\u2002日\n")
    assert tasks[-1].text == "优化提取流程。"


def test_an_effect_item_with_its_transition_rule_is_no_task_and_has_no_title():
    """w048 L19, w114 L19, w098 L7: 三、本通知自…起施行。合同网签时间在…的，按本通知规定执行…: when and for whom, not work."""
    doc = parse_text(HEAD + "一、调整首付比例。首套住房最低首付款比例调整为20%。\n二、优化贷款政策。提高贷款额度。\n"
                     "三、本通知自2024年5月15日起施行。合同网签时间在2024年5月9日及以后的，按本通知规定执行，新建商品房以商品房"
                     "买卖合同网签备案时间为准，二手房以存量房买卖合同网签时间为准，此前已签订合同的按原政策执行，未尽事宜按现行规定办理。\n")
    assert [t.section_id for t in doc.tasks] == ["s1", "s2"]
    assert doc.sections[-1].title is None


def test_closing_words_after_the_last_item_are_not_its_text():
    doc = parse_text(HEAD + "一、重点任务\n（一）加强宣传。推进政策解读。\n（二）加强监管。开展专项检查。\n"
                     "本通知自印发之日起施行。\n各地区、各部门要认真贯彻落实。\n某市人民政府办公室\n2023年5月1日\n")
    last = doc.tasks[-1]
    assert last.section_id == "s1.2" and "施行" not in last.text and "贯彻落实" not in last.text


@pytest.mark.parametrize("closing", ["特此通告。", "上级文件另有规定或有新政策出台，按照有关规定执行。",
                                     "国家和省另有规定的，从其规定。", "（注：附件请登录市人力资源社会保障局网站查询）",
                                     "转制企业的认定由宣传部门确定。上述政策凡未注明具体期限的，执行期限为2019年1月1日至2023年12月31日。"])
def test_the_documents_own_closing_words_are_not_the_last_tasks_text(closing):
    """w014, w069, w007: 特此通告, a document's terms against higher rules, a bracketed note."""
    doc = parse_text(HEAD + "一、加强宣传。推进政策解读。\n二、加强监管。开展专项检查。\n" + closing + "\n")
    assert doc.tasks[-1].text == "加强监管。开展专项检查。"      # (its run-in title is its first sentence)


def test_an_item_whose_text_is_only_its_unit_list_keeps_its_sentence():
    tasks = tasks_of("一、重点任务\n（一）将建筑工程施工许可下放至自贸试验区。（负责部门：住房城乡建设部；适用范围：所有自贸试验区）\n")
    assert tasks[0].text.startswith("将建筑工程施工许可") and tasks[0].units == ["住房城乡建设部"]


def test_a_groups_own_unit_line_gives_its_items_their_units():
    tasks = tasks_of("一、优化信贷政策\n（一）认房不认贷。首付款按首套执行。\n（二）降低首付比例。首付比例调整为20%。\n"
                     "（责任部门：中国人民银行某分行）\n二、落实税收政策\n（一）减按1%征收契税；\n（二）免征增值税。\n"
                     "（责任部门：市税务局）\n三、加强宣传\n（一）加强政策解读。\n")
    assert [(t.section_id, t.units) for t in tasks] == [
        ("s1.1", ["中国人民银行某分行"]), ("s1.2", ["中国人民银行某分行"]),
        ("s2.1", ["市税务局"]), ("s2.2", ["市税务局"]), ("s3.1", [])]


def test_an_interpretation_after_the_signed_notice_is_a_part_without_tasks():
    doc = parse_text("某市住房公积金管理中心关于调整贷款政策的通知\n一、提高贷款额度。最高额度调整为120万元。\n"
                     "二、放宽提取条件。支持提取支付首付款。\n本通知自印发之日起施行。\n某市住房公积金管理中心\n2023年9月11日\n"
                     "政策解读：关于调整贷款政策的解读\n一、关于提高贷款额度\n为支持刚性住房需求，额度调整为120万元。\n"
                     "二、关于放宽提取条件\n为减轻购房压力，支持提取。\n")
    assert [r.kind for r in doc.sections if r.marker is None] == ["main", "interpretation"]
    assert doc.meta.attached_title is None
    assert [t.section_id for t in doc.tasks] == ["s1", "s2"]


def test_an_item_that_leads_in_to_conditions_is_one_task():
    tasks = tasks_of("一、清理整顿\n（一）符合下列要求的社会团体予以保留：\n1.有规范的名称；\n2.有50个以上的成员。\n"
                     "（二）对差别化住房信贷政策作以下要求：\n1.首付比例不低于20%。\n2.利率下限按规定执行。\n")
    assert [t.section_id for t in tasks] == ["s1.1", "s1.2.1", "s1.2.2"]
    assert "有规范的名称" in tasks[0].text and "50个以上" in tasks[0].text


def test_units_that_the_document_gives_every_later_task():
    tasks = tasks_of("一、重点任务\n（一）建立补贴制度。（市卫生健康委、市财政局按职责分工负责。以下均需各区政府负责，不再列出）\n"
                     "（二）增强保险功能。（市医保局负责）\n")
    assert tasks[1].units == ["市医保局", "各区政府"]


def test_an_interpretation_has_tasks_only_where_units_are_named():
    doc = parse_text("《关于调整住房公积金政策的通知》政策解读\n一、出台背景\n为支持刚性需求。\n二、主要内容\n"
                     "（一）提高贷款额度。\n（二）降低首付比例。\n")
    assert doc.tasks == []


def test_items_that_only_name_a_document_or_a_file_are_no_tasks():
    tasks = tasks_of("一、加强宣传。（市委宣传部负责）\n二、相关链接\n1.《某市招生录取改革实施办法》问答\n"
                     "2.某市招生录取改革实施办法（图解）\n3.原文下载：关于印发某某办法的通知.pdf\n")
    assert [t.section_id for t in tasks] == ["s1"]


def test_a_paragraph_that_speaks_of_its_item_stays_with_it():
    tasks = tasks_of("六、其他\n1、竞得人须在成交后7个工作日内签订出让合同。\n2、竞得人须按规定配建安置房。\n"
                     "此款由区政府会同市住房保障局负责监督落实。\n3、竞得人须按期开工。\n")
    second = next(t for t in tasks if t.section_id == "s6.2")
    assert second.units == ["区政府", "市住房保障局"] and second.lead_units == ["区政府"]


def test_an_enclosed_regulations_articles_are_provisions():
    """A notice that encloses a 办法 of 第X条 (w058, w127, corpus 18): an article is a task only where a unit
    list or a duty names who acts, as in a law."""
    text = ("某市住房公积金管理中心关于印发《某市住房公积金提取管理办法》的通知\n各部门：\n现将办法印发给你们。\n"
            "某市住房公积金管理中心\n2022年12月31日\n某市住房公积金提取管理办法\n第一章 总则\n"
            "第一条 为规范住房公积金提取管理，制定本办法。\n第二条 职工有下列情形之一的，可以申请提取：\n"
            "（一）购买自住住房的；\n（二）退休的。\n第二章 提取管理\n第三条 提取申请应当提供身份证。\n"
            "第四条 建立提取业务稽核制度。（市住房公积金管理中心负责）\n"
            "第五条 提取业务的监督检查由市住房公积金管理中心会同市财政局负责。\n")    # a role in a sentence: no list
    doc = parse_text(text)
    assert [t.units for t in doc.tasks] == [["市住房公积金管理中心"]]


def test_an_attachments_items_are_tasks_only_where_units_are_named():
    """corpus 06, w019, w197, w263: a document's 附件 of indicator definitions, papers or phone numbers sets no
    work; a 任务分工表 in an attachment does, and names its units."""
    text = ("某市人民政府关于加强公立医院绩效考核的意见\n各区人民政府：\n一、加强组织领导。（市卫生健康委负责）\n"
            "附件：1.考核指标\n某市人民政府\n2024年1月5日\n附件1\n考核指标\n一、医疗质量\n1.门诊人次数与出院人次数比\n"
            "2.下转患者人次数\n二、运营效率\n3.点评处方占处方总数的比例。（市医保局）\n")
    doc = parse_text(text)
    assert [t.units for t in doc.tasks] == [["市卫生健康委"], ["市医保局"]]


@pytest.mark.parametrize("title", ["解读《某市关于新增医疗服务价格项目的通知》", "解读：《某市行政处罚裁量权适用规定》",
                                   "某市失业保险常见问题解答"])
def test_an_interpretation_or_a_questions_page_has_no_tasks(title):
    """Its items say what a document does (they are read as provisions: a task only where one names units)."""
    body = "\n一、主要内容\n（一）明确新增项目的价格和报销政策。\n（二）限定在指定医院使用。\n二、背景\n（一）落实国家部署。\n"
    assert parse_text(title + body).tasks == []
    assert len(parse_text("某市关于新增医疗服务价格项目的通知" + body).tasks) == 2


@pytest.mark.parametrize("title", ["某市医疗保险服务中心关于开展2026年度城乡居民医保集中参保缴费工作的通告",
                                   "关于受理某区人才公寓申请的公告", "《关于进一步完善人才住房政策的补充通知》操作指引",
                                   "2025年某市企业职工基本养老金申领详解", "某省高校毕业生就业创业扶持政策清单"])
def test_an_announcement_or_a_guide_sets_tasks_only_where_units_are_named(title):
    """w262, w266, w115, w273, w118: the items of a 公告/通告 or of a guide for applicants are amounts, periods,
    conditions and steps, not work; a unit list of its own still names who acts, a sentence's 由X负责 does not."""
    body = ("\n一、调整缴费标准\n（一）成年居民每人每年400元。\n（二）在校学生每人每年200元。\n二、征收管理\n"
            "参保人可通过银行代扣缴费。医保费由税务机关负责征收。\n三、工作保障\n加强政策宣传。（市医保局、市税务局负责）\n")
    tasks = parse_text(title + body).tasks
    assert [(t.section_id, t.units) for t in tasks] == [("s3", ["市医保局", "市税务局"])]
    assert len(parse_text("某市人民政府关于做好城乡居民医保工作的通知" + body).tasks) == 4


def test_a_notice_that_prints_a_regulation_without_its_title_line_gives_provisions():
    """w269: the page holds the notice and the 办法's articles, but not the 办法's own title line; the
    notice's title names it (关于印发…实施办法的通知), so its articles are provisions, as a law's are."""
    text = ("某区科技局关于印发某区支持青年创新创业实施办法的通知\n区属各单位：\n《某区支持青年创新创业实施办法》已经区政府同意，"
            "现印发实施。\n某区科技局\n2023年8月9日\n第一条 为支持青年创新创业，制定本办法。\n"
            "第二条 本办法所称青年，是指45周岁以下的居民。\n第三条 载体建设。对孵化载体给予每家30万元一次性奖励。\n"
            "第四条 建立青年创业服务台账。（区科技局负责）\n")
    doc = parse_text(text)
    assert doc.meta.attached_title == "某区支持青年创新创业实施办法"
    assert [(t.section_id, t.units) for t in doc.tasks] == [("s4", ["区科技局"])]


def test_a_list_of_conditions_with_a_list_inside_one_condition_is_one_task():
    """w205: （二）符合下列要求的社会团体予以保留：1.… 10.法人社会团体还应具备：（1）…；（2）…"""
    tasks = tasks_of("一、清理整顿\n（一）符合下列要求的社会团体予以保留：\n1.有规范的名称。\n2.法人社会团体还应具备：\n"
                     "（1）有专职工作人员；\n（2）有固定的办公住所。\n（二）加强登记管理。\n")
    assert [t.section_id for t in tasks] == ["s1.1", "s1.2"]
    assert "有专职工作人员" in tasks[0].text


@pytest.mark.parametrize("name", ["某市发展改革部门行政处罚裁量基准", "某市行政执法人员行为准则", "某市政府信息公开工作制度"])
def test_an_enclosed_rule_of_articles_is_provisions_whatever_it_is_called(name):
    """w024: a 裁量基准 (准则, 守则, 章程, 制度) made of 第X条 is a regulation: its articles are provisions."""
    text = (f"某市发展改革委关于印发《{name}》的通知\n各区发展改革委：\n现将《{name}》印发给你们。\n某市发展改革委\n"
            f"2024年1月5日\n{name}\n第一条 为规范行政处罚裁量权，制定本基准。\n第二条 实施行政处罚应当综合考虑违法事实。\n")
    assert parse_text(text).tasks == []


def test_a_list_of_households_a_measure_applies_to_is_one_task():
    """w062: 一、…对以下三种类型居民家庭，暂停向其销售…商品住房：（一）…家庭；（二）…；（三）…"""
    tasks = tasks_of("一、实施限购\n对以下三种类型居民家庭，暂停向其销售本市新建商品住房：\n（一）拥有2套及以上住房的户籍家庭；\n"
                     "（二）拥有1套及以上住房的非户籍家庭；\n（三）无法提供纳税证明的非户籍家庭。\n"
                     "上述住房套数的认定包含新建商品住房和存量住房。\n二、加强市场监管。\n")
    assert [t.section_id for t in tasks] == ["s1", "s2"]
    text = tasks[0].text            # in the document's order: the lead-in, the list, the paragraph summing it up
    assert text.index("暂停") < text.index("拥有2套") < text.index("无法提供") < text.index("上述住房套数")


@pytest.mark.parametrize("lead_in, case", [
    ("建立应急报告制度。有下列情形之一的，省级粮食部门应当立即进行调查核实。", "发生严重自然灾害的。"),     # corpus m07 L99
    ("有下列行为之一的，依照国家有关法律法规处理。", "拒不执行应急指令的。"),                          # corpus m07 L159
    ("对有下列突出表现的单位或个人，指挥部应给予表彰和奖励。", "出色完成应急任务的。"),               # corpus m07 L154
])
def test_the_cases_a_rule_meets_are_its_task_not_tasks_of_their_own(lead_in, case):
    tasks = tasks_of(f"一、应急报告\n{lead_in}\n（1）{case}\n（2）其他情况。\n二、加强宣传。\n")
    assert [t.section_id for t in tasks] == ["s1", "s2"] and case in tasks[0].text


def test_a_list_of_conditions_named_inside_the_items_text_is_one_task():
    """w271: 三、一次性求职补贴 / …学生，符合以下3个条件之一，可申请一次性求职补贴，… / （1）… （2）… / 申领方式：…"""
    tasks = tasks_of("一、发放求职补贴\n毕业学年学生，符合以下3个条件之一，可申请一次性求职补贴，补贴标准为每人3000元。\n"
                     "（1）属于低保家庭；\n（2）属于持证残疾人；\n（3）曾获得国家助学贷款。\n申领方式：登录服务平台申领。\n"
                     "二、加强就业服务。\n")
    assert [t.section_id for t in tasks] == ["s1", "s2"]


def test_a_closing_call_whose_verb_comes_late_is_not_the_last_tasks_text():
    """w089 L53: 各有关部门要强化政策协同联动，加强督促落实，… after the last item and its unit list."""
    tasks = tasks_of("一、加强宣传。（市委宣传部负责）\n二、加强监管。（市市场监管局负责）\n"
                     "各有关部门要强化政策协同联动，加强督促落实，结合实际细化出台工作方案。\n")
    assert tasks[-1].text == "加强监管。（市市场监管局负责）"


def test_an_organs_step_in_a_procedure_is_a_task_and_the_applicants_is_not():
    """w099, w004: 二、办理流程 / （一）借款人向受委托银行递交申请资料。/ （二）市住房公积金管理部门自…5个工作日内作出审批意见。"""
    tasks = tasks_of("一、提高贷款额度。\n二、办理流程\n（一）借款人向受委托银行递交申请资料。\n"
                     "（二）市住房公积金管理部门自收到申请资料次日起，5个工作日内作出审批意见。\n"
                     "（三）贷款申请经市住房公积金管理部门审批同意后，借款人签订借款合同。\n"
                     "（四）审批通过的，由市住房公积金管理部门通过门户网站进行公示。\n")     # w120 L79
    assert [t.section_id for t in tasks] == ["s1", "s2.2", "s2.4"]


def test_a_draft_put_out_for_comment_keeps_its_measures():
    """w111: 关于公开征求《…的通知（征求意见稿）》意见的公告: the items are the draft notice's measures."""
    doc = parse_text("关于公开征求《关于优化住房公积金贷款政策的通知（征求意见稿）》意见的公告\n"
                     "一、提高贷款额度。\n二、降低首付比例。\n")
    assert [t.section_id for t in doc.tasks] == ["s1", "s2"]


def test_an_item_left_out_of_what_was_published_is_no_task():
    """w187 L26: 五、关于大连新机场建设项目问题。（略）"""
    tasks = tasks_of("一、关于港口建设问题。发展改革委将给予支持。\n二、关于大连新机场建设项目问题。（略）\n")
    assert [t.section_id for t in tasks] == ["s1"]


def test_an_item_that_only_says_what_a_word_means_is_no_task():
    """w026 L14: 四、以上所称“二孩及以上家庭”是指“同一对夫妻 （至少一方为嘉兴户籍）…; the stray space before the
    bracket is no lost line break, so the line is no title either. w183 L24: a definition that opens an item of
    several paragraphs of duties leaves the item a task."""
    doc = parse_text(HEAD + "一、提高贷款额度。\n二、以上所称“二孩及以上家庭”是指“同一对夫妻 （至少一方为本市户籍）共同生育2个及以上子女”的家庭。\n")
    assert [t.section_id for t in doc.tasks] == ["s1"] and doc.sections[1].title is None
    kept = parse_text(HEAD + "一、明确工作职责\n本意见所称政务新媒体，是指各级行政机关开设的账号。\n各地区要明确主管单位。\n")
    assert [t.section_id for t in kept.tasks] == ["s1"]


def test_the_last_tasks_span_ends_with_its_text_not_the_signature_under_it():
    """w091 L32-34, w012 L38, w180 L27-30, w188 L38-42: the signature and date after the last item are no part of it."""
    from policyparse.api import parse_with_text
    text = "某市人民政府关于加强管理的通知\n一、加强宣传。\n二、强化监管。\n某市人民政府办公厅\n2013年3月30日\n"
    doc, source = parse_with_text(text.encode(), path="a.txt")
    last = doc.tasks[-1]
    assert source[last.span.start:last.span.end].endswith("强化监管。")


def test_a_page_whose_headline_asks_the_readers_question_is_a_guide():
    """w268: 房屋租赁登记备案可以网办吗？您想了解的在这里！ (a district page's guide): its items are the public's
    rules and steps, no tasks."""
    from policyparse import parse_bytes
    body = "".join(f"<p>{line}</p>" for line in [
        "一、办理要求", "当事人应当在租赁合同订立后30日内办理登记备案。", "二、备案受理及完成", "平台生成网上备案回执号。",
        "三、打印证明", "网上备案当事人可以自行打印备案证明。"])
    page = ("<html><head><title>房屋租赁登记备案可以网办吗？您想了解的在这里！</title></head><body>"
            "<h1>房屋租赁登记备案可以网办吗？您想了解的在这里！</h1><div>" + body + "</div></body></html>").encode()
    doc = parse_bytes(page, path="a.html")
    assert doc.meta.title.startswith("房屋租赁登记备案可以网办吗") and doc.tasks == []


def test_a_paragraph_that_only_says_whom_to_ask_is_no_part_of_the_task():
    """w032 L5, L8: 关于住房限购政策相关业务，可拨打…热线“962269”具体咨询。 after an item's text: who answers, no work;
    a paragraph that says who makes the rules before it (由市财税部门另行制定，相关业务可拨打…) stays."""
    tasks = tasks_of("一、调减住房限购政策\n在外环外购买住房不限套数。\n"
                     "关于住房限购政策相关业务，可拨打房地产交易行业服务热线“962269”具体咨询。\n"
                     "二、完善个人房产税政策\n对非本市户籍居民家庭给予免税面积扣除。\n"
                     "关于完善个人房产税政策的具体操作规定由市财税部门另行制定，相关业务可拨打税务咨询热线“12366”具体咨询。\n")
    assert tasks[0].text == "在外环外购买住房不限套数。"
    assert "另行制定" in tasks[1].text


@pytest.mark.parametrize("section, items, want", [
    # work done on goals is work (the goals stage finds no goal there)
    ("一、确保完成全年主要预期目标", "1.全省生产总值增长7%以上。\n牵头责任单位:省发展改革委。\n2.进出口总额增长9%左右。\n"
     "牵头责任单位:省商务厅。\n协同责任单位:合肥海关、省税务局。\n",
     [("s1.1", ["省发展改革委"], ["省发展改革委"], []), ("s1.2", ["省商务厅", "合肥海关", "省税务局"], ["省商务厅"],
                                                     ["合肥海关", "省税务局"])]),
    # a heading of several things: its goal is the item below, the other items are work
    ("一、落实主要目标和下一阶段工作总体部署", "（一）总体要求和主要预期目标\n1.坚持稳中求进。\n（二）下一阶段工作总体部署\n"
     "1.加大宏观政策实施力度。（国家发展改革委、财政部按职责分工负责，年内持续推进）\n",
     [("s1.2.1", ["国家发展改革委", "财政部"], [], [])]),
    # a target of a goal section handed to a unit in a list of its own is work; its heading says what
    ("一、2023年全区经济社会发展的主要预期目标", "（一）地区生产总值增长7%以上\n责任单位:区发展和改革局\n"
     "（二）规上工业增加值增长12%以上\n责任单位:区科技和经信局\n",
     [("s1.1", ["区发展和改革局"], [], []), ("s1.2", ["区科技和经信局"], [], [])]),
    # …beside other things in its heading too (总体要求和主要预期目标), as State Council 分工 documents write them
    ("一、落实主要目标和下一阶段工作总体部署", "（一）总体要求和主要预期目标\n1.坚持稳中求进。（国务院各部门分别负责，年内持续推进）\n",
     [("s1.1.1", ["国务院各部门"], [], [])]),
    # …but a goal section's items without units of their own are no tasks
    ("一、主要目标", "（一）到2025年，发明专利拥有量达到2万件。\n（二）到2035年，建成强市。\n", []),
])
def test_goal_words_keep_out_only_the_goal_sections_the_goals_stage_finds(section, items, want):
    tasks = tasks_of(section + "\n" + items)
    assert [(t.section_id, t.units, t.lead_units, t.support_units) for t in tasks] == want


def test_an_enclosed_documents_title_names_no_goal_section():
    doc = parse_text("区人民政府办公室关于印发主要目标任务责任分解方案的通知\n各街道：\n现印发给你们。\n区人民政府办公室\n"
                     "2023年1月3日\n2023年区《政府工作报告》确定的主要目标任务责任分解方案\n一、主要预期目标\n"
                     "（一）地区生产总值增长7%以上\n责任单位:区发展和改革局\n二、重点工作\n（一）推进项目建设。（区发改局）\n")
    assert [g.section_id for g in doc.goals] == ["s1"] and doc.sections[1].children[0].title == "主要预期目标"
    assert [t.text for t in doc.tasks] == ["地区生产总值增长7%以上。责任单位:区发展和改革局", "推进项目建设。（区发改局）"]


def test_a_unit_list_closing_a_groups_heading_gives_its_items_their_units():
    tasks = tasks_of("一、重点任务\n（一）强化科技创新（区科技局牵头，区财政局配合）\n1.建设创新平台。\n"
                     "2.培育高新技术企业。（区经信局）\n（二）优化环境\n1.推进改革。\n")
    assert [(t.section_id, t.units, t.lead_units) for t in tasks] == [
        ("s1.1.1", ["区科技局", "区财政局"], ["区科技局"]), ("s1.1.2", ["区经信局"], []), ("s1.2.1", [], [])]


def test_a_run_in_title_stays_the_first_sentence_of_its_tasks_text():
    doc = parse_text(HEAD + "一、重点任务\n1.推进《中华人民共和国商标法》修改。完成《行政复议规程》修改。（国家知识产权局负责）\n"
                     "2.做好地理标志专门立法论证。（国家知识产权局负责）\n（一）加强组织领导\n各部门要加强统筹。\n")
    by_section = {t.section_id: t.text for t in doc.tasks}
    assert by_section["s1.1"].startswith("推进《中华人民共和国商标法》修改。完成")
    assert doc.tasks[-1].title == "加强组织领导" and doc.tasks[-1].text == "各部门要加强统筹。"   # (a heading on its own line)


def test_an_item_whose_own_text_is_only_label_lines_keeps_its_heading():
    tasks = tasks_of("一、重点工作\n1.努力实现地区生产总值增长6.2%左右。\n牵头单位:区发改局\n责任单位:立山经济开发区,各街道\n"
                     "完成时限:2023年12月\n2.推进项目建设。（区住建局）\n")
    assert tasks[0].text.startswith("努力实现地区生产总值增长6.2%左右。") and tasks[0].lead_units == ["区发改局"]
    assert tasks[0].deadline is not None and tasks[0].deadline.raw == "2023年12月"


def test_a_groups_unit_line_with_a_bracket_inside_gives_its_items_their_units():
    tasks = tasks_of("一、具体任务\n1.完善应急预案体系\n(1)加强应急预案管理。\n(2)加强应急预案演练。\n"
                     "(责任单位:市直各有关单位、各县(市、区)人民政府)\n2.健全应急管理体制\n(1)推进机构建设。\n")
    assert [(t.section_id, t.units) for t in tasks] == [
        ("s1.1.1", ["市直各有关单位", "各县(市、区)人民政府"]), ("s1.1.2", ["市直各有关单位", "各县(市、区)人民政府"]),
        ("s1.2.1", [])]


def test_a_record_of_label_lines_after_a_pages_last_item_stays_its_field():
    """A page that is no official document (its headline names no 文种): 责任单位 is no news subhead."""
    doc = parse_text("某县工作方案\n一、重点任务\n具体任务\n全面落实疫情防控新十条，抓紧完成方舱医院升级改造。\n责任单位\n卫健局、文旅局\n"
                     "配合单位\n各乡镇\n完成时限\n2023年1月底前完成\n附件：工作台账\n")
    assert [(t.section_id, t.lead_units, t.support_units) for t in doc.tasks] == [("s1", ["卫健局", "文旅局"], ["各乡镇"])]


@pytest.mark.parametrize("note", ["列第一位者为工作牵头单位或汇总单位,下同", "第一责任单位为牵头单位,下同",
                                  "首位单位为牵头单位，下同", "排名第一的部门为牵头责任单位，下同"])
def test_the_first_listed_unit_leads_where_a_note_in_the_list_says_so(note):
    tasks = tasks_of(f"一、重点工作\n1.落实减税降费政策。(责任单位:县发改局、县财政局({note}))\n"
                     "2.加大金融支持。(县金融办、县人民银行)\n")
    assert [(t.lead_units, t.support_units) for t in tasks] == [(["县发改局"], ["县财政局"]), (["县金融办"], ["县人民银行"])]
