"""Task-division tables (序号/工作任务/牵头单位/配合单位/完成时限) become tasks, from HTML and from text."""
from __future__ import annotations

from pathlib import Path

import pytest

from policyparse import parse_bytes, parse_text

PAGE = (Path(__file__).parent / "data" / "task_table.html").read_bytes()

TEXT = """某区推进数字化转型工作方案
一、重点任务
序号 | 重点任务 | 责任单位 | 完成时间 |
1 | 建设区级数据共享平台 | 区政务服务局牵头，区科委、区财政局配合 | 2025年 |
2 | 推进政务服务一网通办 | 区政务服务局、区司法局 | 持续推进 |
二、保障措施
加强组织领导，落实工作责任。
"""


def test_html_task_table_rows_are_tasks():
    doc = parse_bytes(PAGE, path="task_table.html")
    table = [t for t in doc.tasks if t.section_id == "s1"]
    assert [t.text for t in table] == ["推行企业开办全程网办", "压减工程建设项目审批时间", "优化水电气报装服务"]
    assert [(t.lead_units, t.support_units) for t in table] == [
        (["市市场监管局"], ["市税务局", "市人力社保局"]),
        (["市住房城乡建设委"], ["市规划自然资源委"]),
        (["市城市管理委"], ["市水务局"]),          # one merged cell saying who leads
    ]
    assert [(t.deadline.raw, t.deadline.date) for t in table] == [
        ("2024年6月底前", "2024-06-30"), ("长期坚持", None), ("2024年12月", "2024-12-31")]
    assert table[0].span.start < table[1].span.start < table[2].span.start   # each row its own span


def test_text_task_table_with_a_single_unit_column():
    doc = parse_text(TEXT)
    first, second = [t for t in doc.tasks if t.section_id == "s1"]
    assert (first.text, first.lead_units, first.support_units) == (
        "建设区级数据共享平台", ["区政务服务局"], ["区科委", "区财政局"])
    assert first.deadline.date == "2025-12-31"
    assert (second.units, second.lead_units, second.deadline.raw) == (["区政务服务局", "区司法局"], [], "持续推进")
    assert doc.unit_index["区政务服务局"] == [first.id, second.id]


@pytest.mark.parametrize("header", [
    ["序号", "指标", "2024年", "2025年"],          # an indicator table
    ["序号", "工作任务", "备注"],                   # no unit column
])
def test_other_tables_are_not_task_tables(header):
    rows = " | ".join(header) + " |\n" + " | ".join(["1", "推进工作", "市发改委", "2024年"][:len(header)]) + " |\n"
    doc = parse_text("某市工作方案\n一、重点任务\n" + rows)
    assert all(t.text != "推进工作" for t in doc.tasks)


SPLIT = """<html><body><h1>某市人民政府办公室关于印发某市营商环境重点任务分工方案的通知</h1><p>各区人民政府：</p>
<p>现将《重点任务分工方案》印发给你们，请认真贯彻执行。</p><p>附件</p><p>重点任务分工表</p><table>
<tr><td rowspan=2>序号</td><td rowspan=2>重点任务</td><td rowspan=2>具体措施</td><td colspan=2>责任单位</td><td rowspan=2>完成时限</td></tr>
<tr><td>牵头单位</td><td>配合单位</td></tr>
<tr><td colspan=6>一、优化政务服务</td></tr>
<tr><td>1</td><td rowspan=2>推进一网通办</td><td>建设统一平台</td><td>市政务服务局</td><td>市大数据局、各区政府</td><td>2024年6月底前</td></tr>
<tr><td>2</td><td>推行告知承诺制</td><td>市司法局</td><td>市政务服务局</td><td>长期坚持</td></tr>
</table><p>（续表）</p><table>
<tr><td colspan=6>二、加强监管</td></tr>
<tr><td>3</td><td>推进信用监管</td><td>建立信用评价</td><td>市发展改革委</td><td></td><td>2024年12月</td></tr>
</table></body></html>"""


def test_two_row_header_group_rows_and_a_table_split_in_two():
    tasks = parse_text(SPLIT, input_format="html").tasks
    assert [(t.title, t.text) for t in tasks] == [
        ("推进一网通办", "建设统一平台"), ("推进一网通办", "推行告知承诺制"), ("推进信用监管", "建立信用评价")]
    assert [(t.lead_units, t.support_units) for t in tasks] == [
        (["市政务服务局"], ["市大数据局", "各区政府"]), (["市司法局"], ["市政务服务局"]), (["市发展改革委"], [])]
    assert [t.section_path[-2] for t in tasks] == ["一、优化政务服务", "一、优化政务服务", "二、加强监管"]
    assert tasks[0].deadline.date == "2024-06-30" and tasks[1].deadline.date is None


def test_a_promotion_list_with_its_guiding_departments_is_a_task_table():
    """corpus 08 L30: 序号 | 改革举措 | 主 要 内 容 | 指导部门 | 推广范围: the measure is the row's title, its content the
    task's text, and 指导部门 its units."""
    doc = parse_text("某市推广改革举措清单\n一、推广清单\n序号 | 改革举措 | 主 要 内 容 | 指导部门 | 推广范围 |\n"
                     "1 | 知识产权案件“三合一”审判 | 整合分散的审判资源，实现审判力量集约化。 | 最高人民法院、国家知识产权局 | 全国 |\n"
                     "2 | 技术经理人全程参与的成果转化模式 | 以技术交易市场为依托，集成提供全流程服务。 | 科技部 | 全国 |\n")
    assert [(t.title, t.text, t.units) for t in doc.tasks] == [
        ("知识产权案件“三合一”审判", "整合分散的审判资源，实现审判力量集约化。", ["最高人民法院", "国家知识产权局"]),
        ("技术经理人全程参与的成果转化模式", "以技术交易市场为依托，集成提供全流程服务。", ["科技部"])]


def test_a_document_that_is_a_title_and_a_task_table_keeps_the_table():
    """A body of one table and nothing else (no heading, no paragraph): its rows are still tasks."""
    doc = parse_text("某市工作安排表\n序号 | 工作任务 | 责任单位 |\n1 | 建设区级数据共享平台 | 区科委 |\n")
    assert [(t.text, t.units) for t in doc.tasks] == [("建设区级数据共享平台", ["区科委"])]


def test_a_task_table_flattened_one_cell_a_line_is_cut_into_rows_at_its_indexes():
    cells = ["序号", "目标与任务", "分管县领导", "牵头责任单位", "责任单位",
             "80", "加大普惠性托育供给，新增托位数400个以上。", "俞 悦", "县教育局", "县各有关单位",
             "81", "支持芜湖科技工程学校发展。", "陆 明", "县教育局", "县人社局、县财政局"]
    doc = parse_text("附件\n2024年重点工作目标任务分解表\n" + "".join(f"{c} |\n" for c in cells))
    assert [(t.text, t.lead_units, t.support_units) for t in doc.tasks] == [
        ("加大普惠性托育供给，新增托位数400个以上。", ["县教育局"], ["县各有关单位"]),
        ("支持芜湖科技工程学校发展。", ["县教育局"], ["县人社局", "县财政局"])]


def test_a_flattened_stream_without_a_task_header_gives_no_tasks():
    cells = ["序号", "项目名称", "建设地点", "1", "数据中心", "高新区", "2", "物流园", "经开区"]
    doc = parse_text("附件\n重点项目表\n" + "".join(f"{c} |\n" for c in cells))
    assert doc.tasks == []


@pytest.mark.parametrize("table", [
    "".join(f"{c} |\n" for c in ["类别", "序号", "重点任务", "牵头单位", "配合单位", "一、优化营商环境", "1", "推行企业开办全程网办",
                                 "市市场监管局", "市税务局", "2", "压减审批时间", "市住建委", "市规划委", "二、加强监管", "3",
                                 "开展专项检查", "市市场监管局", "市公安局"]),
    "类别 | 序号 | 重点任务 | 牵头单位 | 配合单位 |\n一、优化营商环境 | 1 | 推行企业开办全程网办 | 市市场监管局 | 市税务局 |\n"
    " | 2 | 压减审批时间 | 市住建委 | 市规划委 |\n二、加强监管 | 3 | 开展专项检查 | 市市场监管局 | 市公安局 |\n",
], ids=["flattened", "rows"])
def test_a_group_column_merged_down_its_rows_heads_them(table):
    doc = parse_text("附件\n重点任务分工表\n" + table)
    assert [(t.section_path[-1], t.text, t.lead_units, t.support_units) for t in doc.tasks] == [
        ("一、优化营商环境", "推行企业开办全程网办", ["市市场监管局"], ["市税务局"]),
        ("一、优化营商环境", "压减审批时间", ["市住建委"], ["市规划委"]),
        ("二、加强监管", "开展专项检查", ["市市场监管局"], ["市公安局"])]


SPACED_ONE_LINE = """某区2023年重点工作任务分解表
序号 重点工作任务 主要责任单位 协同配合单位 完成期限
33 新培育科技型中小企业50家以上、高新技术企业30家以上。 区科技局 区经信局、区商务局(区药发中心)、区税务局 2023年12月底
34 发挥离岸健康科技研发中心等平台作用,谋划共建智慧农业研究院。 区科技局
区商务局(区药发中心)
谯城经开区管委会
区发改委、区经信局,区农投公司。 2023年12月底
35 强化企业创新主体地位,引导企业增加研发投入。 区科技局 区经信局,谯城经开区管委会。 2023年12月底
二、保障措施
各责任单位要加强组织领导，确保各项任务落实到位。
"""

SPACED_ONE_A_LINE = """某区2025年政府工作报告重点工作任务分解表
序号
重点工作任务
主要责任单位
协同配合单位
一、2025年经济社会发展的主要预期目标
3
固定资产投资增长7.5%左右。
区发改委
区工信局、区住建局,各乡镇人民政府、街道办事处。
六、全力以赴惠民生、增福祉,加快社会事业发展
68
持续推进学前教育普及普惠。
区教育局
区政府有关部门,各乡镇人民政府、街道办事处。
69
深化与海亮集团合作,积极引进优质教育资源。
区教育局
区投资促进中心。
"""


def test_a_task_table_written_with_spaces_between_its_cells_gives_a_task_a_row():
    tasks = parse_text(SPACED_ONE_LINE).tasks[:3]
    assert [(t.text[:8], t.lead_units, t.support_units, t.deadline.raw if t.deadline else None) for t in tasks] == [
        ("新培育科技型中小", ["区科技局"], ["区经信局", "区商务局(区药发中心)", "区税务局"], "2023年12月底"),
        ("发挥离岸健康科技", ["区科技局", "区商务局(区药发中心)", "谯城经开区管委会"], ["区发改委", "区经信局", "区农投公司"],
         "2023年12月底"),
        ("强化企业创新主体", ["区科技局"], ["区经信局", "谯城经开区管委会"], "2023年12月底")]


def test_a_task_table_one_cell_a_line_with_group_lines_and_numbers_that_skip():
    tasks = parse_text(SPACED_ONE_A_LINE).tasks
    assert [(t.section_path[-1][:6], t.text[:8], t.lead_units, t.support_units) for t in tasks] == [
        ("一、2025", "固定资产投资增长", ["区发改委"], ["区工信局", "区住建局", "各乡镇人民政府", "街道办事处"]),
        ("六、全力以赴", "持续推进学前教育", ["区教育局"], ["区政府有关部门", "各乡镇人民政府", "街道办事处"]),
        ("六、全力以赴", "深化与海亮集团合", ["区教育局"], ["区投资促进中心"])]


def test_a_line_opening_with_a_number_is_no_spaced_table_without_a_header():
    tasks = parse_text("某区工作方案\n一、重点任务\n序号是工作台账的编号。\n1 推进建设。（区发改委）\n").tasks
    assert all(t.section_id for t in tasks)


def test_a_one_a_line_table_whose_task_column_is_named_by_its_matter():
    """序号 / 民生实事 / 责任单位 / 完成时限: no usual task label, a unit column named; the first other column is the task's."""
    text = "某县2016年十大民生实事分解表\n" + "\n".join([
        "序号", "民生实事", "责任单位", "完成时限",
        "1", "启动建设东柳河城区段综合治理工程。", "县水务局", "县住建局", "12月底前",
        "2", "新建2座人行天桥。", "县住建局", "9月投入使用"]) + "\n"
    tasks = parse_text(text).tasks
    assert [(t.text, t.units, t.deadline.raw if t.deadline else None) for t in tasks] == [
        ("启动建设东柳河城区段综合治理工程。", ["县水务局", "县住建局"], "12月底前"),
        ("新建2座人行天桥。", ["县住建局"], "9月投入使用")]


def test_a_spaced_rows_single_unit_cell_is_its_lead():
    doc = parse_text("某区重点工作任务分解表\n序号 重点工作任务 主要责任单位 协同配合单位\n1 推进项目建设。 区发改委\n"
                     "2 加强监管。 区市场监管局 区公安局\n")
    assert [(t.lead_units, t.support_units) for t in doc.tasks] == [(["区发改委"], []), (["区市场监管局"], ["区公安局"])]
