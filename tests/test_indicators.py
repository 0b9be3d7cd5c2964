"""Indicator tables: header shapes, units, base years, ranges and bounds, groups and natures."""
from __future__ import annotations

from policyparse import parse_text

PLAN = "某市人民政府关于印发某市发展规划的通知\n一、发展目标\n表1 主要指标\n"
END = "二、重点任务\n（一）加快发展。推进建设。（市发改委负责）\n某市人民政府\n2021年3月1日\n"

TWO_ROW_HEADER = """<html><body><h1>某市人民政府关于印发某市发展规划的通知</h1><p>一、发展目标</p><p>专栏1 主要指标</p><table>
<tr><td rowspan=2>类别</td><td rowspan=2>序号</td><td rowspan=2>指标</td><td rowspan=2>单位</td><td rowspan=2>2020年</td>
<td colspan=2>目标值</td><td rowspan=2>属性</td></tr>
<tr><td>2023年</td><td>2025年</td></tr>
<tr><td rowspan=2>经济发展</td><td>1</td><td>地区生产总值增速</td><td>%</td><td>6.5</td><td>7左右</td><td>6.5</td><td>预期性</td></tr>
<tr><td>2</td><td>研发经费投入强度（%）</td><td></td><td>2.1</td><td>≥2.5</td><td>3</td><td>预期性</td></tr>
<tr><td>绿色生态</td><td>3</td><td>单位GDP能耗降低</td><td>%</td><td>—</td><td>[13.5]</td><td>5-6</td><td>约束性</td></tr>
</table><p>二、重点任务</p><p>（一）加快发展。推进建设。（市发改委负责）</p></body></html>"""


def test_a_two_row_header_with_groups_units_bounds_and_natures():
    rows = [(i.name, i.unit, i.targets, i.base, i.group, i.nature)
            for i in parse_text(TWO_ROW_HEADER, input_format="html").indicators]
    assert rows == [
        ("地区生产总值增速", "%", {"2023": 7.0, "2025": 6.5}, {"2020": 6.5}, "经济发展", "预期性"),
        ("研发经费投入强度", "%", {"2023": 2.5, "2025": 3.0}, {"2020": 2.1}, "经济发展", "预期性"),
        ("单位GDP能耗降低", "%", {"2023": 13.5, "2025": 5.0}, {}, "绿色生态", "约束性"),
    ]


def test_cells_keep_their_text_where_a_number_says_less():
    ind = parse_text(TWO_ROW_HEADER, input_format="html").indicators
    assert ind[1].values["2023"] == "≥2.5" and ind[2].values == {"2023": "[13.5]", "2025": "5-6"}


def test_a_text_table_with_a_unit_column_and_a_base_year_before_the_document():
    doc = parse_text(PLAN + "| 序号 | 指标 | 单位 | 2020年 | 2025年 | 属性 |\n| 1 | 地区生产总值增速 | % | 6.5 | 7 | 预期性 |\n"
                     "| 2 | 森林覆盖率 | % | 40 | ≥42 | 约束性 |\n" + END)
    assert [(i.name, i.unit, i.targets, i.base, i.nature) for i in doc.indicators] == [
        ("地区生产总值增速", "%", {"2025": 7.0}, {"2020": 6.5}, "预期性"),
        ("森林覆盖率", "%", {"2025": 42.0}, {"2020": 40.0}, "约束性"),
    ]


def test_a_table_flattened_one_cell_a_line():
    cells = ["序号", "指标", "单位", "2020年", "2025年", "属性", "1", "地区生产总值增速", "%", "6.5", "7", "预期性",
             "2", "每万人口发明专利拥有量", "件", "12", "15", "预期性"]
    doc = parse_text(PLAN + "".join(f"{c} |\n" for c in cells) + END)
    assert [(i.name, i.unit, i.targets) for i in doc.indicators] == [
        ("地区生产总值增速", "%", {"2025": 7.0}), ("每万人口发明专利拥有量", "件", {"2025": 15.0})]


def test_a_header_without_years_is_no_indicator_table():
    doc = parse_text(PLAN + "| 序号 | 项目名称 | 责任单位 |\n| 1 | 数据平台 | 市大数据局 |\n" + END)
    assert doc.indicators == []
