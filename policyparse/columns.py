"""The columns of a table: of a task-division table (任务分工表), which header cell says the task, its units, its
time limit; of an indicator table, which cells are header labels (2025年, 指标, 属性) and which are figures.

One place decides it for segment (which finds tables whose cells lost their separators), tasks and tables (which
read every table's rows)."""
from __future__ import annotations

import regex

from . import patterns as P
from .text import fold


def column_roles(row: list[str]) -> dict[int, str]:
    """The role of each header cell that names one (patterns.TASK_TABLE_COLUMNS)."""
    found = {}
    for i, cell in enumerate(row):
        name = fold(cell).replace(" ", "")
        role = next((r for r, pattern in P.TASK_TABLE_COLUMNS if pattern.match(name)), None)
        if role:
            found[i] = role
    return found


def task_columns(row: list[str]) -> dict[str, int]:
    """Column roles of a header row (the first column of each role), or {} when the row is not the
    header of a task table: it names a task column and a unit column."""
    found: dict[str, int] = {}
    for i, role in column_roles(row).items():
        found.setdefault(role, i)
    has_units = any(r in found for r in ("lead", "support", "units"))
    return found if "task" in found and has_units else {}


# What an indicator table's header cell may say besides a year: the labels of its columns (指标, 单位, 属性, 基期,
# 目标 …) and the words of others (年均增长, 累计, 备注).
HEADER_WORD = regex.compile(
    r"指标|名称|项目|内容|单位|类别|领域|分类|维度|方面|板块|属性|性质|类型|基期|基准|基数|现状|现值|完成|实际"
    r"|目标|预期|规划|计划|序号|编号|年份|年度|年均|累计|增[长速幅]|备注|说明|数值|^No\.?$")
LABEL_MAX = 12                  # characters of a header label; a longer cell is data
YEAR_LABEL_REST = regex.compile(r"[\s()（）\[\]［］【】\-—–~～至/、,，〔〕]")
BRACKETED = regex.compile(r"[(（〔][^()（）〔〕]*[)）〕]")
# A target cell: 7, 6.5%, ≥2.5, >95, 7左右, 5-6, [13.5] (a cumulative figure), 6.5以上, 12.3年以上 (its unit written).
TARGET_VALUE = regex.compile(
    r"^[\[［(（〔]?[ ]{0,3}[>≥<≤＞＜]?[ ]{0,3}[-+]?\d{1,400}+(?:\.\d{1,20})?[ ]{0,3}"
    r"(?:[%％‰]|万亿元|亿元|万元|元|万人次|人次|万人|人|万户|户|万吨|吨|万亩|亩|公顷|平方公里|平方米|公里|年|岁|个|家|件|项|所|座|台|套|张|倍|天|小时)?"
    r"[ ]{0,3}(?:左右|以上|以内|以下)?"
    r"(?:[ ]{0,3}[-—~～至][ ]{0,3}\d{1,20}(?:\.\d{1,20})?[ ]{0,3}[%％‰]?)?[ ]{0,3}[\]］)）〕]?[ ]{0,3}(?:左右|以上|以内|以下)?$")


def year_of(label: str) -> str | None:
    found = P.YEAR_IN_HEADER.search(label)
    return found.group("year") if found else None


def is_label(cell: str) -> bool:
    """Whether a folded cell can be an indicator table's header cell: a year with at most a label (2025年,
    2023年（基期值）, 2025年目标值), or a label (指标名称, 属性, 年均增长); an explanation in brackets aside
    (2020年基期值(起始日期用作比较的数据))."""
    if not cell or TARGET_VALUE.match(cell) and not year_of(cell):
        return False
    if cell[-1] in ")）〕" and BRACKETED.search(cell):
        cell = BRACKETED.sub("", cell) or cell
    if year_of(cell):
        rest = YEAR_LABEL_REST.sub("", P.YEAR_IN_HEADER.sub("", cell))
        return not rest or len(rest) <= LABEL_MAX // 2 and HEADER_WORD.search(rest) is not None
    return len(cell) <= LABEL_MAX and HEADER_WORD.search(cell) is not None
