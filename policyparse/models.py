"""Pydantic output models: the published shape of a parsed document (schemas/document.schema.json).

Built once, at the end of the pipeline, from the working state (`build`). Field names that the
gold files read (../shared/gold/README.md) keep those names and meanings.
"""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "2.0"     # 2.0: quantities (was targets), unit_refs, stable task ids (README)


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Model):
    """Character offsets [start, end) into the decoded source text."""
    start: int = Field(description="offset of the first character")
    end: int = Field(description="offset after the last character")


class Source(Model):
    """Where the document came from and how it was read."""
    path: Optional[str] = Field(None, description="the input's path as given (none for standard input)")
    encoding: Optional[str] = Field(None, description="the text encoding the bytes were decoded with")
    script: str = Field(description="script of the input: simplified or traditional")
    output_script: str = Field(description="script of the output's text: simplified unless --keep-script")
    sha256: str = Field(description="sha256 of the input bytes: the document's identity in an archive")
    characters: int = Field(description="length of the decoded text, in characters")
    reader: str = Field("text", description="the reader that turned the input into text: text, html, docx or pdf")


class DocNumber(Model):
    """A 发文字号 read into its parts: 沪府办发〔2023〕12号."""
    agency: str = Field(description="机关代字, e.g. 沪府办发")
    year: int = Field(description="年份, e.g. 2023")
    serial: int = Field(description="发文顺序号, e.g. 12")


class Reference(Model):
    """A document the text cites."""
    title: str = Field(description="a cited document's title, without 《》")
    doc_number: Optional[str] = Field(None, description="its 发文字号 where the text gives it")


class Meta(Model):
    """The document's metadata: the elements of GB/T 9704 and the fields of a web page."""
    title: Optional[str] = Field(None, description="标题")
    attached_title: Optional[str] = Field(None, description="title of the enclosed document (印发/转发/批转)")
    doc_type: Optional[str] = Field(None, description="文种 read from the title")
    attached_type: Optional[str] = Field(None, description="文种 of the enclosed document")
    relation: Optional[str] = Field(None, description="印发, 转发 or 批转")
    kind: str = Field("other", description="official, law, news or other")
    doc_number: Optional[str] = Field(None, description="发文字号 as printed")
    doc_number_parts: Optional[DocNumber] = Field(None, description="the 发文字号 read into its parts")
    issuer: Optional[str] = Field(None, description="发文机关 (the body that signs; the first of joint issuers)")
    issuers: list[str] = Field(default_factory=list, description="every signing organ of a joint document")
    date: Optional[str] = Field(None, description="成文日期, ISO")
    date_raw: Optional[str] = Field(None, description="成文日期 as printed")
    date_source: Optional[str] = Field(None, description="where `date` was read: text (成文日期 in the text), page "
                                       "(the page's 成文日期 or 发布日期 field), promulgation (a law's 公布/通过 date "
                                       "in its head), amendment (its latest 修正/修订 date)")
    recipients: list[str] = Field(default_factory=list, description="主送机关 groups")
    cc: list[str] = Field(default_factory=list, description="抄送机关")
    printed_by: Optional[str] = Field(None, description="印发机关")
    print_date: Optional[str] = Field(None, description="印发日期, ISO")
    print_date_raw: Optional[str] = Field(None, description="印发日期 as printed")
    attachments: list[str] = Field(default_factory=list, description="附件说明")
    note: Optional[str] = Field(None, description="附注, e.g. （此件公开发布）")
    headnote: Optional[str] = Field(None, description="题注: the dated line under a law's or a speech's title, "
                                    "e.g. 2017年12月27日浙江省第十二届人民代表大会常务委员会第四十六次会议通过")
    issuer_mark: Optional[str] = Field(None, description="发文机关标志, e.g. 上海市静安区人民政府文件")
    copy_number: Optional[str] = Field(None, description="份号, e.g. 000123")
    secrecy: Optional[str] = Field(None, description="密级: 绝密, 机密 or 秘密")
    secrecy_period: Optional[str] = Field(None, description="保密期限, e.g. 1年")
    urgency: Optional[str] = Field(None, description="紧急程度: 特急, 加急 (特提, 平急 for telegrams)")
    signers: list[str] = Field(default_factory=list, description="签发人")
    references: list[Reference] = Field(default_factory=list,
                                        description="documents the text cites: 《title》 with its 发文字号 where given")
    publish_date: Optional[str] = Field(None, description="发布日期 of a web page or article, ISO")
    publish_date_raw: Optional[str] = Field(None, description="发布日期 as printed")
    publisher: Optional[str] = Field(None, description="发布机构 of a web page")
    index_number: Optional[str] = Field(None, description="索引号")
    subject: Optional[str] = Field(None, description="主题分类 of a web page")
    keywords: Optional[str] = Field(None, description="主题词 or a page's keywords, as printed")
    source_name: Optional[str] = Field(None, description="信息来源 / 文章来源")
    author: Optional[str] = Field(None, description="作者 of a web page or article")
    editor: Optional[str] = Field(None, description="责任编辑 of a web page")
    url: Optional[str] = Field(None, description="the page's own address, from its fields or <meta>")
    citation_code: Optional[str] = Field(None, description="法宝引证码 and similar citation codes")
    validity: Optional[str] = Field(None, description="时效性 / 有效性, e.g. 现行有效")
    script: str = Field("simplified", description="script of the input: simplified or traditional")
    page_fields: dict[str, str] = Field(default_factory=dict, description="every labelled field as printed")
    spans: dict[str, Span] = Field(default_factory=dict,
                                   description="where each field read from the text stands in it (field -> span)")


class Section(Model):
    """A node of the outline."""
    id: str = Field(description="the chain of the numbers from the top, s3.1.2 (三、 > （一） > 2.); p2.s1 in the "
                    "second enclosed document; _2 where a number repeats. Stable while the numbering above it is")
    marker: Optional[str] = Field(None, description="the numbering as written: 一、 （一） 1. （1） ① 第一章 第一条")
    number: Optional[str] = Field(None, description="the marker's number, 12-1 for 第十二条之一")
    level: int = Field(description="depth in the tree, 1 at the top")
    kind: str = Field(description="cn, paren_cn, arabic, paren_arabic, circled, part, chapter, section, article …; "
                      "main, cover, part, attachment, interpretation for unnumbered top-level parts; preamble for "
                      "the text above the first heading, closing for the document's own text after its items, text for "
                      "its own text between two of its lists")
    title: Optional[str] = Field(None, description="the heading text (none where an item has no separate heading)")
    text: Optional[str] = Field(None, description="the section's own text, below its heading and above its children")
    span: Optional[Span] = Field(None, description="where the section stands in the source text")
    children: list["Section"] = Field(default_factory=list, description="the sections below it, in order")


class Table(Model):
    """A table of the document, as rows of cell texts (merged cells repeated)."""
    section_id: Optional[str] = Field(None, description="the section it stands in")
    caption: Optional[str] = Field(None, description="the line above it that names it")
    rows: list[list[str]] = Field(description="rows of cell texts, headers first")
    note: Optional[str] = Field(None, description="a 注/说明 line below it")
    span: Span = Field(description="where the table stands in the source text")


class Quantity(Model):
    """A figure with its unit in the prose: 新增3-5家, 达到35家, 覆盖率100%, 到2025年….
    (An indicator's year -> value is its `targets`; a figure of the prose is a quantity.)"""
    phrase: str = Field(description="the words that state it, as written")
    value: Optional[float] = Field(None, description="the figure, where it is one number")
    low: Optional[float] = Field(None, description="the lower end of a range (3 in 3-5家)")
    high: Optional[float] = Field(None, description="the upper end of a range (5 in 3-5家)")
    unit: Optional[str] = Field(None, description="its unit: 家, %, 亿元 …")
    year: Optional[str] = Field(None, description="the year it is set for (到2025年), where the sentence says")
    section_id: Optional[str] = Field(None, description="the section it stands in")
    span: Optional[Span] = Field(None, description="where it stands in the source text")


class Goal(Model):
    """A section that states goals (主要目标, 工作目标, 发展目标 …), or a paragraph of a section that states
    them (今年发展主要预期目标是：…)."""
    section_id: Optional[str] = Field(description="the goal section, or the section holding the goal paragraph")
    title: Optional[str] = Field(None, description="its heading, or the paragraph's label (今年发展主要预期目标)")
    text: Optional[str] = Field(None, description="its whole text, sections below it included; or the paragraph")
    quantities: list[Quantity] = Field(default_factory=list, description="the figures it sets")


class Indicator(Model):
    """One row of an indicator table (指标 / 单位 / 基期 / 2025年 / 属性)."""
    name: str = Field(description="the indicator's name (指标)")
    unit: Optional[str] = Field(None, description="its unit (单位, or （%） in the name)")
    targets: dict[str, float] = Field(description="target value per year (目标值): {\"2025\": 15}")
    base: dict[str, float] = Field(default_factory=dict, description="base-year figures (基期)")
    values: dict[str, str] = Field(default_factory=dict, description="each year's cell as written (≥2.5, 5-6, [13.5])")
    group: Optional[str] = Field(None, description="the group row or column it stands under (经济发展, 创新驱动)")
    caption: Optional[str] = Field(None, description="the table's caption")
    nature: Optional[str] = Field(None, description="预期性 or 约束性")
    section_id: Optional[str] = Field(None, description="the section the table stands in")


class Deadline(Model):
    """A task's time limit."""
    raw: str = Field(description="as written: 2023年底前, 长期坚持, 自本通知印发之日起30日内")
    date: Optional[str] = Field(None, description="ISO: the day, or the last day of the period; none for ongoing "
                                "or recurring limits, or where no year can be known")
    kind: Optional[str] = Field(None, description="date, period_end, ongoing, recurring or relative (none: a time "
                                "limit cell read as written)")


class UnitRef(Model):
    """A responsible unit as data."""
    name: str = Field(description="as written in the task")
    canonical: str = Field(description="the name within its jurisdiction, abbreviations written out: 市发改委 -> "
                           "市发展和改革委员会; a collective as written")
    jurisdiction: Optional[str] = Field(None, description="the place the unit belongs to (上海市普陀区 for 区知识产权局 "
                                        "in a 普陀区 document), 中央 for a central organ, none where not known")
    collective: bool = Field(False, description="names a group of units: 各区政府, 有关部门, 国务院相关部门, 各成员单位")


class Task(Model):
    """A task: a piece of work the document sets, with who does it and by when."""
    id: str = Field(description="t-<hash of section_id and text>: the same whatever is added elsewhere in the "
                    "document; -2, -3 … for a repeat of the same text in the same section")
    section_id: Optional[str] = Field(description="the section it stands in (none: outside every numbered section)")
    section_path: list[str] = Field(default_factory=list, description="the titles of the sections above it, from "
                                    "the top (a task table's group cells included)")
    title: Optional[str] = Field(None, description="its item's heading")
    text: str = Field(description="the whole text of the task")
    units: list[str] = Field(default_factory=list, description="every responsible unit, as written")
    lead_units: list[str] = Field(default_factory=list, description="the units that lead (牵头), where the text says")
    support_units: list[str] = Field(default_factory=list, description="the units that support (配合, 参与 …)")
    unit_refs: list[UnitRef] = Field(default_factory=list, description="`units` as data, in the same order")
    deadline: Optional[Deadline] = Field(None, description="its time limit, none where the text sets none")
    span: Optional[Span] = Field(None, description="where it stands in the source text")
    parent_id: Optional[str] = Field(None, description="for a part of an item (a stretch closed by its own unit "
                                     "list): the id of the item's task, which holds the whole text and every unit")


class Warning(Model):
    """A guess the parser made, or something in the input it could not read as expected."""
    code: str = Field(description="a stable code: numbering_gap, no_title, …")
    message: str = Field(description="what was guessed and why, in words")
    span: Optional[Span] = Field(None, description="where it applies in the source text")


class Document(Model):
    """A parsed policy document."""
    schema_version: str = Field(SCHEMA_VERSION, description="the version of this shape (README: what changed)")
    source: Source = Field(description="where the document came from and how it was read")
    meta: Meta = Field(description="its metadata")
    sections: list[Section] = Field(default_factory=list, description="the outline: top-level sections")
    tables: list[Table] = Field(default_factory=list, description="every table, as rows")
    goals: list[Goal] = Field(default_factory=list, description="the sections that state goals")
    indicators: list[Indicator] = Field(default_factory=list, description="the rows of its indicator tables")
    quantities: list[Quantity] = Field(default_factory=list, description="every figure with a unit in the prose")
    tasks: list[Task] = Field(default_factory=list, description="the tasks, in document order (a parent before "
                              "its parts)")
    unit_index: dict[str, list[str]] = Field(default_factory=dict, description="unit -> task ids, under the name as "
                                             "written and under its canonical name (unit_refs)")
    boilerplate: list[str] = Field(default_factory=list, description="web-page chrome set aside")
    warnings: list[Warning] = Field(default_factory=list, description="every guess, with where it applies")
