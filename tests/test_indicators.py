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


DATED = ("某区人民政府办公室关于印发某区知识产权行动方案的通知\n各街道办事处：\n现将《某区知识产权行动方案》印发给你们。\n"
         "某区人民政府办公室\n2024年3月7日\n某区知识产权行动方案\n一、主要目标\n到2025年，知识产权发展水平显著提升。\n"
         "2024-2025年某区知识产权发展指标\n")
DATED_END = "(以上指标均为预期性指标)\n二、重点任务\n（一）加快发展\n1.推进建设。（区发改委）\n"


def _flat(*cells):
    return "".join(f"{c} |\n" for c in cells)


def _rows(*rows):
    return "".join(" | ".join(r) + " |\n" for r in rows)


# (shape, table, [(name, unit, targets, base, group)])
SHAPES = [
    ("flattened, no index column: the header ends at its last year",
     _flat("指标名称", "2024年", "2025年", "高价值发明专利拥有量(件)", "20", "23", "PCT国际专利申请量(件)", "60", "65"),
     [("高价值发明专利拥有量", "件", {"2024": 20.0, "2025": 23.0}, {}, None),
      ("PCT国际专利申请量", "件", {"2024": 60.0, "2025": 65.0}, {}, None)]),
    ("flattened, a group cell spanning rows",
     _flat("类别", "指标", "2024年", "2025年", "创造", "高价值发明专利拥有量(件)", "20", "23",
           "PCT国际专利申请量(件)", "60", "65", "运用", "质押融资金额(亿元)", "2.5", "3"),
     [("高价值发明专利拥有量", "件", {"2024": 20.0, "2025": 23.0}, {}, "创造"),
      ("PCT国际专利申请量", "件", {"2024": 60.0, "2025": 65.0}, {}, "创造"),
      ("质押融资金额", "亿元", {"2024": 2.5, "2025": 3.0}, {}, "运用")]),
    ("flattened, a nature column after the years",
     _flat("序号", "指标", "2024年", "2025年", "属性", "1", "高价值发明专利拥有量(件)", "20", "23", "预期性",
           "2", "PCT国际专利申请量(件)", "60", "65", "约束性"),
     [("高价值发明专利拥有量", "件", {"2024": 20.0, "2025": 23.0}, {}, None),
      ("PCT国际专利申请量", "件", {"2024": 60.0, "2025": 65.0}, {}, None)]),
    ("flattened, a unit column and bounds (≥95%, 30以上)",
     _flat("序号", "指标", "单位", "2025年", "1", "服务满意度", "%", "≥95%", "2", "服务网点", "家", "30以上"),
     [("服务满意度", "%", {"2025": 95.0}, {}, None), ("服务网点", "家", {"2025": 30.0}, {}, None)]),
    ("flattened, a target in words: the row's number keeps the rows in step",
     _flat("序号", "指标", "2024年", "2025年", "1", "服务能力(家)", "显著提升", "30", "2", "PCT国际专利申请量(件)", "60", "65"),
     [("服务能力", "家", {"2025": 30.0}, {}, None), ("PCT国际专利申请量", "件", {"2024": 60.0, "2025": 65.0}, {}, None)]),
    ("flattened, a base year labelled after the year",
     _flat("序号", "指标", "2023年（基期值）", "2025年（目标值）", "1", "高价值发明专利拥有量(件)", "18", "23"),
     [("高价值发明专利拥有量", "件", {"2025": 23.0}, {"2023": 18.0}, None)]),
    ("rows, a first data row with one figure is no header row",
     _rows(("序号", "指标", "单位", "2023年", "2025年"), ("1", "新增专利", "件", "—", "40"), ("2", "覆盖率", "%", "80", "100")),
     [("新增专利", "件", {"2025": 40.0}, {}, None), ("覆盖率", "%", {"2025": 100.0}, {"2023": 80.0}, None)]),
    ("rows, a target in words is kept, with no figure",
     _rows(("序号", "指标", "2025年"), ("1", "服务网点数量(家)", "35"), ("2", "服务质量", "显著提升")),
     [("服务网点数量", "家", {"2025": 35.0}, {}, None), ("服务质量", None, {}, {}, None)]),
    ("rows, 目标值 without a year takes the caption's last year",
     _rows(("序号", "指标名称", "目标值"), ("1", "新增专利(件)", "30"), ("2", "新增商标(件)", "6")),
     [("新增专利", "件", {"2025": 30.0}, {}, None), ("新增商标", "件", {"2025": 6.0}, {}, None)]),
    ("rows, a group cell left empty below it keeps the group",
     _rows(("类别", "指标", "2025年"), ("创造", "新增专利(件)", "30"), ("", "新增商标(件)", "6")),
     [("新增专利", "件", {"2025": 30.0}, {}, "创造"), ("新增商标", "件", {"2025": 6.0}, {}, "创造")]),
    ("flattened, header labels with an explanation in brackets, 一 for no figure",
     _flat("序号", "指标", "2020年基期值(起始日期用作比较的数据)", "2025年目标值(各项目标应达到的水平)", "1", "粮食综合生产能力(亿吨)", "一",
           ">6.5", "2", "农业科技进步贡献率(%)", "60", "64"),
     [("粮食综合生产能力", "亿吨", {"2025": 6.5}, {}, None), ("农业科技进步贡献率", "%", {"2025": 64.0}, {"2020": 60.0}, None)]),
    ("rows, figures with their unit written (11.4年, 12.3年以上) and the row's number before the name",
     _rows(("指标", "2020年", "2025年"), ("1.劳动年龄人口平均受教育年限", "11.4年", "12.3年以上"), ("2.学前教育毛入园率(%)", "90", "95")),
     [("劳动年龄人口平均受教育年限", None, {"2025": 12.3}, {"2020": 11.4}, None),
      ("学前教育毛入园率", "%", {"2025": 95.0}, {"2020": 90.0}, None)]),
    ("tab-separated rows, a row's leading empty cells lost with its indent",
     "类别\t序号\t指标\t2023年\t2025年\n经济发展\t1\t地区生产总值增长（%）\t6.5\t7左右\n\t2\t全员劳动生产率增长（%）\t6\t>6.5\n",
     [("地区生产总值增长", "%", {"2025": 7.0}, {"2023": 6.5}, "经济发展"),
      ("全员劳动生产率增长", "%", {"2025": 6.5}, {"2023": 6.0}, "经济发展")]),
]


import pytest  # noqa: E402


@pytest.mark.parametrize("shape, table, want", SHAPES, ids=[s[0] for s in SHAPES])
def test_indicator_table_shapes(shape, table, want):
    doc = parse_text(DATED + table + DATED_END)
    assert [(i.name, i.unit, i.targets, i.base, i.group) for i in doc.indicators] == want


def test_a_second_header_row_of_unknown_words_under_a_year_label():
    rows = [["省（市）", "1995年招生人数", "分年度招生任务", ""], ["省（市）", "1995年招生人数", "1996年", "1997年"],
            ["江苏", "100", "120", "140"]]
    from policyparse.stages.tables import indicator_rows
    assert [(r["name"], r["targets"], r["base"]) for r in indicator_rows(rows, 1996)] == [
        ("江苏", {"1996": 120.0, "1997": 140.0}, {"1995": 100.0})]


@pytest.mark.parametrize("rows", [
    [["2024-2025年某区知识产权发展指标"], ["编号"], ["指标名称"], ["2024年"], ["2025年"], ["1"], ["专利拥有量(件)"], ["20"], ["23"]],
    [["2024-2025年某区知识产权发展指标"], ["编号", "指标名称", "2024年", "2025年"], ["1", "专利拥有量(件)", "20", "23"]],
    [["某区知识产权发展指标（2024-2025年）"] * 4, ["编号", "指标名称", "2024年", "2025年"], ["1", "专利拥有量(件)", "20", "23"]],
], ids=["flattened", "rows", "colspan"])
def test_a_caption_in_the_tables_first_row_is_no_column(rows):
    from policyparse.stages.tables import indicator_rows
    assert [(r["name"], r["targets"]) for r in indicator_rows(rows, 2024)] == [("专利拥有量", {"2024": 20.0, "2025": 23.0})]


def test_an_indicator_table_one_cell_a_line_without_separators():
    """A page copied as text: 指  标 / 2020年 / 2025年 / 属性, a group's line, then each row one cell a line."""
    doc = parse_text("某市教育事业发展规划\n一、主要目标\n到2025年，教育现代化水平明显提升。\n“十四五”教育事业发展主要指标\n"
                     + "\n".join(["指  标", "2020年", "2025年", "属性", "一、发展水平", "1.学前教育毛入园率(%)", "99%",
                                  "99%以上", "约束性", "2.劳动年龄人口平均受教育年限(年)", "11.4", "12.3以上", "预期性"])
                     + "\n二、重点任务\n（一）推进学前教育普及普惠，扩大普惠性资源供给。（市教育局）\n")
    assert [(i.name, i.unit, i.targets["2025"], i.group, i.nature) for i in doc.indicators] == [
        ("学前教育毛入园率", "%", 99.0, "一、发展水平", "约束性"), ("劳动年龄人口平均受教育年限", "年", 12.3, "一、发展水平", "预期性")]
    def titles(sections):
        return [t for s in sections for t in [s.title, *titles(s.children)]]
    titles = titles(doc.sections)
    assert "发展水平" not in titles and "重点任务" in titles          # the table's group line is no section
