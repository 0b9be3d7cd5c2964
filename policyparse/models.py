"""Pydantic output models: the published shape of a parsed document (schemas/document.schema.json).

Built once, at the end of the pipeline, from the working state (`build`). Field names that the
gold files read (../shared/gold/README.md) keep those names and meanings.
"""
from __future__ import annotations

from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = "1.0"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Span(Model):
    """Character offsets [start, end) into the decoded source text."""
    start: int
    end: int


class Source(Model):
    path: Optional[str] = None
    encoding: Optional[str] = None
    script: str = Field(description="script of the input: simplified or traditional")
    output_script: str
    sha256: str
    characters: int
    reader: str = "text"


class DocNumber(Model):
    agency: str
    year: int
    serial: int


class Reference(Model):
    title: str = Field(description="a cited document's title, without 《》")
    doc_number: Optional[str] = Field(None, description="its 发文字号 where the text gives it")


class Meta(Model):
    title: Optional[str] = None
    attached_title: Optional[str] = Field(None, description="title of the enclosed document (印发/转发/批转)")
    doc_type: Optional[str] = Field(None, description="文种 read from the title")
    attached_type: Optional[str] = None
    relation: Optional[str] = Field(None, description="印发, 转发 or 批转")
    kind: str = Field("other", description="official, law, news or other")
    doc_number: Optional[str] = Field(None, description="发文字号 as printed")
    doc_number_parts: Optional[DocNumber] = None
    issuer: Optional[str] = Field(None, description="发文机关 (the body that signs; the first of joint issuers)")
    issuers: list[str] = Field(default_factory=list, description="every signing organ of a joint document")
    date: Optional[str] = Field(None, description="成文日期, ISO")
    date_raw: Optional[str] = None
    date_source: Optional[str] = Field(None, description="where `date` was read: text (成文日期 in the text), page "
                                       "(the page's 成文日期 or 发布日期 field), promulgation (a law's 公布/通过 date "
                                       "in its head), amendment (its latest 修正/修订 date)")
    recipients: list[str] = Field(default_factory=list, description="主送机关 groups")
    cc: list[str] = Field(default_factory=list, description="抄送机关")
    printed_by: Optional[str] = Field(None, description="印发机关")
    print_date: Optional[str] = Field(None, description="印发日期, ISO")
    print_date_raw: Optional[str] = None
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
    publish_date_raw: Optional[str] = None
    publisher: Optional[str] = None
    index_number: Optional[str] = Field(None, description="索引号")
    subject: Optional[str] = None
    keywords: Optional[str] = None
    source_name: Optional[str] = Field(None, description="信息来源 / 文章来源")
    author: Optional[str] = None
    editor: Optional[str] = None
    url: Optional[str] = None
    citation_code: Optional[str] = None
    validity: Optional[str] = None
    script: str = "simplified"
    page_fields: dict[str, str] = Field(default_factory=dict, description="every labelled field as printed")
    spans: dict[str, Span] = Field(default_factory=dict,
                                   description="where each field read from the text stands in it (field -> span)")


class Section(Model):
    id: str
    marker: Optional[str] = None
    number: Optional[str] = None
    level: int
    kind: str
    title: Optional[str] = None
    text: Optional[str] = None
    span: Optional[Span] = None
    children: list["Section"] = Field(default_factory=list)


class Table(Model):
    section_id: Optional[str] = None
    caption: Optional[str] = None
    rows: list[list[str]]
    note: Optional[str] = None
    span: Span


class Target(Model):
    phrase: str
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    year: Optional[str] = None
    section_id: Optional[str] = None
    span: Optional[Span] = None


class Goal(Model):
    section_id: Optional[str]
    title: Optional[str] = None
    text: Optional[str] = None
    targets: list[Target] = Field(default_factory=list)


class Indicator(Model):
    name: str
    unit: Optional[str] = None
    targets: dict[str, float]
    base: dict[str, float] = Field(default_factory=dict, description="base-year figures (基期)")
    values: dict[str, str] = Field(default_factory=dict, description="each year's cell as written (≥2.5, 5-6, [13.5])")
    group: Optional[str] = None
    caption: Optional[str] = None
    nature: Optional[str] = Field(None, description="预期性 or 约束性")
    section_id: Optional[str] = None


class Deadline(Model):
    raw: str
    date: Optional[str] = Field(None, description="ISO: the day, or the last day of the period; none for ongoing "
                                "or recurring limits, or where no year can be known")
    kind: Optional[str] = Field(None, description="date, period_end, ongoing, recurring or relative (none: a time "
                                "limit cell read as written)")


class Task(Model):
    id: str
    section_id: Optional[str]
    section_path: list[str] = Field(default_factory=list)
    title: Optional[str] = None
    text: str
    units: list[str] = Field(default_factory=list)
    lead_units: list[str] = Field(default_factory=list)
    support_units: list[str] = Field(default_factory=list)
    deadline: Optional[Deadline] = None
    span: Optional[Span] = None
    # A part of a task: one stretch of an item's text closed by its own unit list; the item's task
    # (the whole text, every unit) is `parent_id`.
    parent_id: Optional[str] = None


class Warning(Model):
    code: str
    message: str
    span: Optional[Span] = None


class Document(Model):
    schema_version: str = SCHEMA_VERSION
    source: Source
    meta: Meta
    sections: list[Section] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    goals: list[Goal] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list, description="quantitative targets in the prose")
    tasks: list[Task] = Field(default_factory=list)
    unit_index: dict[str, list[str]] = Field(default_factory=dict, description="unit -> task ids")
    boilerplate: list[str] = Field(default_factory=list, description="web-page chrome set aside")
    warnings: list[Warning] = Field(default_factory=list)
