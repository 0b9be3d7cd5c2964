"""Tasks, goals, indicators and metadata on small documents."""
from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse_file, parse_text

DOC = """某区人民政府办公室关于印发《某区行动方案》的通知
各委、办、局，各街道办事处：
现将《某区行动方案》印发给你们，请认真贯彻落实。
某区人民政府办公室
2024年11月7日
某区行动方案
一、主要目标
到2025年，新增3-5家示范企业，覆盖率达到100%。
二、重点任务
1.加大政策引导。(区知识产权局、区教育局)
2.推进建设，2025年底前完成。（区科委牵头，区财政局配合）
抄送：区委各部门，区人大常委会办公室，
区法院。
某区人民政府办公室
2024年11月8日印发
"""


def test_meta_of_a_notice():
    meta = parse_text(DOC).meta
    assert (meta.title, meta.attached_title, meta.doc_type, meta.relation) == \
        ("某区人民政府办公室关于印发《某区行动方案》的通知", "某区行动方案", "通知", "印发")
    assert (meta.issuer, meta.date, meta.printed_by, meta.print_date) == \
        ("某区人民政府办公室", "2024-11-07", "某区人民政府办公室", "2024-11-08")
    assert meta.recipients == ["各委、办、局", "各街道办事处"]
    assert meta.cc == ["区委各部门", "区人大常委会办公室", "区法院"]


def test_tasks_and_units():
    doc = parse_text(DOC)
    assert [(t.section_id, t.units, t.lead_units) for t in doc.tasks] == [
        ("s2.1", ["区知识产权局", "区教育局"], []), ("s2.2", ["区科委", "区财政局"], ["区科委"])]
    assert doc.tasks[1].deadline.date == "2025-12-31"
    assert doc.unit_index["区知识产权局"] == [doc.tasks[0].id]


def test_goals_and_targets():
    doc = parse_text(DOC)
    assert [g.section_id for g in doc.goals] == ["s1"]
    targets = doc.goals[0].quantities
    assert [(t.low, t.high, t.unit, t.year) for t in targets][:1] == [(3.0, 5.0, "家", "2025")]
    assert any(t.value == 100 and t.unit == "%" for t in targets)


def test_goals_stated_in_a_paragraph_of_a_section():
    """w297 L47, w299 L67, w300 L152, corpus 35: a work report states its goals in a paragraph of its 总体要求 section;
    a lead-in to items (seed 002: 完成如下工作目标：) makes the section the goal."""
    doc = parse_text("政府工作报告\n二、今年经济社会发展总体要求和政策取向\n做好今年政府工作，要坚持稳中求进。\n"
                     "今年发展主要预期目标是：国内生产总值增长5%左右；城镇调查失业率5.5%左右。\n"
                     "三、进度安排\n在一年的建设周期内完成如下工作目标：\n（一）保护部署充分落实。优化联席会议机制。\n"
                     "（二）保护政策更加合理。出台配套措施。\n四、保障措施\n加强组织领导。\n")
    assert [(g.section_id, g.title) for g in doc.goals] == [("s2", "今年发展主要预期目标"), ("s3", "进度安排")]
    assert [(q.value, q.unit) for q in doc.goals[0].quantities] == [(5.0, "%"), (5.5, "%")]
    assert "优化联席会议机制" in doc.goals[1].text


@pytest.mark.parametrize("body, goals", [
    # a heading of several things: its item titled 主要目标 is the goal, not the group with its guiding thought
    ("一、总体要求和主要目标\n1.指导思想。坚持稳中求进。\n2.主要目标。到2025年，新增示范企业5家。\n", ["s1.2"]),
    # a goal heading over its parts stays the goal
    ("一、主要目标\n1.总体目标。稳中求进。\n2.具体目标。到2025年，新增示范企业5家。\n", ["s1"]),
    # a goal heading whose words hold a 和 of their own is no heading of several things
    ("一、经济和社会发展主要目标\n1.经济增长目标。增长5%。\n2.民生保障。新增就业10万人。\n", ["s1"]),
])
def test_the_goal_section_is_the_item_titled_as_the_goal(body, goals):
    """corpus 23 L20, corpus 24 L17: 二、…总体要求和主要目标 holds 1.指导思想 … 6.主要目标; the goal is 6."""
    doc = parse_text("某市行动方案\n" + body + "二、重点任务\n（一）加强宣传。\n")
    assert [g.section_id for g in doc.goals] == goals


def test_news_article_has_no_invented_issuer():
    doc = parse_text("着力打造知识产权“徐汇方案”\n文章来源: 中国知识产权报\n发布时间: 2021/12/29 17:15:00\n"
                     "徐汇区知识产权局第一时间组织学习。\n")
    assert (doc.meta.kind, doc.meta.title, doc.meta.date, doc.meta.issuer) == \
        ("news", "着力打造知识产权“徐汇方案”", "2021-12-29", None)


def test_deadlines_are_typed():                 # the table of cases is tests/test_deadlines.py
    doc = parse_text("某区工作方案\n一、重点任务\n（一）建设平台。2025年底前完成平台建设。（区政务服务局负责）\n")
    assert doc.tasks[0].deadline.model_dump() == {"raw": "2025年底前完成", "date": "2025-12-31", "kind": "period_end"}


BANNER = Path(__file__).parent / "data" / "banner.txt"
ROOT_SAMPLES = Path(__file__).parent.parent / "samples"


def test_banner_elements_and_signer():
    meta = parse_file(BANNER).meta
    assert (meta.copy_number, meta.secrecy, meta.secrecy_period, meta.urgency) == ("000123", "秘密", "1年", "特急")
    assert meta.signers == ["张三", "李四"]
    assert meta.doc_number == "某政发〔2024〕5号"           # the 签发人 on its line does not hide it
    assert meta.issuer_mark == "某省人民政府文件"


def test_cited_references_with_their_numbers():
    refs = [(r.title, r.doc_number) for r in parse_file(BANNER).meta.references]
    assert refs == [("中华人民共和国安全生产法", None),
                    ("国务院关于进一步加强企业安全生产工作的通知", "国发〔2010〕23号")]


def test_references_skip_the_enclosed_document():
    doc = parse_text("某市人民政府关于印发《某市数字政府建设方案》的通知\n各区人民政府：\n"
                     "现将《某市数字政府建设方案》印发给你们，请认真贯彻执行。\n某市人民政府\n2024年1月2日\n")
    assert doc.meta.references == []      # the enclosed document is not a citation


def test_issuer_from_a_title_without_关于():
    doc = parse_text("北京市经济和信息化局印发《关于推进数据专区建设的指导意见》的通知\n京经信发〔2022〕87号\n"
                     "各区政府：\n现将《关于推进数据专区建设的指导意见》印发给你们，请认真贯彻落实。\n")
    assert doc.meta.issuer == "北京市经济和信息化局"
    assert [w.code for w in doc.warnings if w.code == "issuer_from_title"] == ["issuer_from_title"]


@pytest.mark.parametrize("head, title", [
    ("重庆市人民政府\n关于修改《某某暂行办法》\n和《某某实施细则》的决定\n", "重庆市人民政府关于修改《某某暂行办法》和《某某实施细则》的决定"),
    ("北京市人民政府\n北京市人民政府关于加强安全生产工作的通知\n", "北京市人民政府关于加强安全生产工作的通知"),
])
def test_titles_over_several_lines(head, title):
    doc = parse_text(head + "各区人民政府：\n现将有关事项通知如下。\n一、总体要求\n坚持稳中求进。\n")
    assert doc.meta.title == title


def test_a_document_with_attachments_keeps_its_own_tasks():
    doc = parse_text("某区教育委员会关于2020年入学工作的实施意见\n一、工作要求\n（一）严格招生管理（区教委）\n"
                     "（二）做好疫情防控（区卫健委、区教委）\n附件：1.小学入学时间安排表\n2.初中入学时间安排表\n"
                     "某区教育委员会\n2020年4月30日\n附件1\n小学入学时间安排表\n1.咨询电话12345\n")
    assert doc.meta.attached_title is None and doc.meta.attachments == ["小学入学时间安排表", "初中入学时间安排表"]
    assert [t.units for t in doc.tasks][:2] == [["区教委"], ["区卫健委", "区教委"]]


def test_a_transmitting_notice_has_no_tasks_of_its_own():
    doc = parse_text("某区人民政府办公室关于印发《某区行动方案》的通知\n各街道办事处：\n"
                     "现将《某区行动方案》印发给你们，请认真贯彻执行（区发改委）。\n某区人民政府办公室\n2024年1月2日\n"
                     "某区行动方案\n一、主要任务\n（一）推进数字化转型（区科委）\n")
    assert doc.meta.attached_title == "某区行动方案"
    assert [t.units for t in doc.tasks] == [["区科委"]]


def test_signature_is_not_swallowed_by_the_paragraph_above():
    doc = parse_text("关于召开全市安全生产工作会议的通知\n各区应急管理局：\n经研究，定于2024年3月10日召开全市安全生产"
                     "工作会议。现将有关事项通知如下：\n一、会议地点\n市政府第一会议室\n联系人：张三，电话：12345678\n"
                     "某市应急管理局\n2024年3月1日\n")
    assert (doc.meta.issuer, doc.meta.date) == ("某市应急管理局", "2024-03-01")     # not the meeting's date
    assert doc.meta.headnote is None


def test_page_numbers_left_in_a_text_are_set_aside_and_paragraphs_rejoined():
    doc = parse_text("一、总体要求\n坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动\n— 2 —\n"
                     "高质量发展，全面深化改革开放。\n二、主要任务\n（一）加快建设（区科委）。\n- 3 -\n（二）推进改革（区司法局）。\n")
    assert doc.sections[0].text == "坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动高质量发展，全面深化改革开放。"
    assert doc.boilerplate == ["— 2 —", "- 3 -"]
    assert [t.units for t in doc.tasks] == [["区科委"], ["区司法局"]]


def test_attachment_headers_with_their_title_after_the_signature_start_parts():
    doc = parse_text("某区人民政府办公室关于印发《某区行动方案》的通知\n各街道办事处：\n现将《某区行动方案》印发给你们，请认真"
                     "贯彻执行。\n附件：1.某区行动方案\n2.某区重点任务分工表\n某区人民政府办公室\n2024年1月2日\n"
                     "附件1：某区行动方案\n一、主要任务\n（一）推进数字化转型（区科委）。\n附件2：某区重点任务分工表\n"
                     "序号 | 工作任务 | 牵头单位 | 完成时限 |\n1 | 建设数据平台 | 区科委 | 2024年底 |\n")
    assert doc.meta.attached_title == "某区行动方案"
    assert [(s.kind, s.title) for s in doc.sections] == [
        ("cover", None), ("part", "某区行动方案"), ("part", "某区重点任务分工表")]
    assert [(t.text, t.units) for t in doc.tasks] == [("推进数字化转型（区科委）。", ["区科委"]), ("建设数据平台", ["区科委"])]


def test_meta_fields_carry_their_source_spans():
    source = (ROOT_SAMPLES / "002_ff42bb4422d187c9.txt").read_text(encoding="utf-8")
    spans = parse_text(source).meta.spans
    text = {field: source[s.start:s.end] for field, s in spans.items()}
    assert text["doc_number"] == "静府发〔2023〕7号" and text["date"] == "2023年5月11日"
    assert text["issuer"] == "上海市静安区人民政府" and text["cc"].startswith("抄送：")
    assert {"title", "recipients", "issuer_mark", "printed_by"} <= set(spans)


def test_the_cycle_collector_is_paused_only_during_a_parse():
    """The parse pauses the cycle collector (its passes grew with the document) and gives the caller's
    setting back, whatever it was."""
    import gc

    assert gc.isenabled()
    parse_text(DOC)
    assert gc.isenabled()
    gc.disable()
    try:
        parse_text(DOC)
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_an_organ_written_two_ways_has_all_its_tasks_under_its_canonical_name():
    """w089 L19: 省公安厅、发展改革委 and later 省发展改革委: one organ; unit_index lists its tasks under each name as
    written and all of them under the canonical name."""
    doc = parse_text("广东省人民政府办公厅关于推动消费的通知\n一、扩大汽车消费。（省公安厅、发展改革委负责）\n"
                     "二、扩大家电消费。（省发展改革委、商务厅负责）\n")
    first, second = (t.id for t in doc.tasks)
    canonical = doc.tasks[0].unit_refs[1].canonical
    assert doc.unit_index["发展改革委"] == [first] and doc.unit_index["省发展改革委"] == [second]
    assert doc.unit_index[canonical] == [first, second]
