"""Stage `metadata`: the GB/T 9704 elements of the front and back matter, and web-page fields.

It labels blocks with a `role` (title, doc_number, recipients, signature, date, part_title,
colophon...) so that the outline leaves them out of the body, and fills `state.meta`. The rules run in
the order of RULES; each takes the state and the document's `Matter` and reads what earlier rules set
(a role given by one rule keeps later rules off that block).
"""
from __future__ import annotations

from ...state import State
from . import back, derived, front, page, title
from .common import head_of
from .matter import Matter

RULES = [
    page.page_meta,         # <meta> tags: page fields, filling only what the text lacks
    page.web_fields,        # a page's 发文字号：… label/value lines
    page.byline,            # a news page's byline: 发布日期 and time beside 来源/作者/责编
    front.banner,           # 份号, 密级★期限, 紧急程度, 签发人
    front.recipients,       # 主送 (before the title rule: the title stands above it)
    front.issuer_mark,      # 发文机关标志 (…文件)
    title.title,            # the title
    front.doc_number,       # 发文字号 (a line of the head, a 令 number, a page's label)
    back.notes,             # 附注 （此件公开发布）
    back.signature,         # 署名 and 成文日期; the enclosed document's title after them
    title.repeated_title,   # the title printed again in the head (after the dated lines of a law's head)
    back.colophon,          # 版记: 抄送, 印发机关 and 印发日期
    back.attachments,       # 附件说明 and the attachments' own titles
    back.interpretation,    # a 政策解读 published after the signed document
    back.quoted_document,   # a page reporting a document, then printing it under its own title: its part
    back.named_parts,       # 印发《A》和《B》: B's title starts its own part
    back.wrapped_part_titles,   # an enclosed title over two lines the notice's title names: joined
    back.restarted_parts,   # a title line before a 一、 that restarts the numbering: a second document
    back.part_title_notes,  # （试行）, （征求意见稿） on the line under an enclosed title: the title's
    derived.derived,        # 文种, relation, attached title and type, kind, issuer from a 令 or the title
    derived.agreement,      # the page's fields against the text
    derived.references,     # 《…》 the text cites, with their 发文字号
    derived.field_spans,    # where each field was read
]


def metadata(state: State) -> None:
    state.meta.update(script=state.script, reader=state.reader)
    content = [b for b in state.blocks if b.kind == "para"]
    matter = Matter(content, head_of(content))
    for rule in RULES:
        rule(state, matter)
