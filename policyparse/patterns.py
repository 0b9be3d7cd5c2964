"""Named tables of patterns: heading markers, label words, unit suffixes, document kinds, dates.

Every pattern here runs on *folded* text (see stages/normalize.py): simplified script, full-width
ASCII folded to half-width (（1） -> (1), ： -> :), 〔〕 and Chinese punctuation kept.
All patterns are anchored or bounded so that none can backtrack catastrophically.
"""
from __future__ import annotations

import regex

CN_NUM = "一二三四五六七八九十百千零〇两"
NUM = rf"[{CN_NUM}]{{1,6}}|\d{{1,3}}"

# --- heading markers -------------------------------------------------------------------------
# kind -> (pattern, rank). Rank orders the kinds from the most major; items below articles follow
# the usual order of official documents: 一、 > （一） > 1. > （1） > ①.
# Each pattern captures `num` (and optionally `sub` for 第十二条之一 / 第12-1条) and `rest`.
HEADING_MARKERS: dict[str, tuple[str, int]] = {
    "part": (rf"第\s*(?P<num>{NUM})\s*编(?![辑写号制])", 0),
    "chapter": (rf"第\s*(?P<num>{NUM})\s*章(?![程节])", 1),
    "section": (rf"第\s*(?P<num>{NUM})\s*节(?![日假约点])", 2),
    "article": (rf"第\s*(?P<num>{NUM})(?:-(?P<sub>\d{{1,2}}))?\s*条(?:之(?P<sub_cn>[{CN_NUM}]{{1,3}}))?(?![例件款目])", 3),
    "cn": (rf"(?P<num>[{CN_NUM}]{{1,4}})\s*(?:、|\.(?!\d))", 4),
    "paren_cn": (rf"\(\s*(?P<num>[{CN_NUM}]{{1,4}})\s*\)", 5),
    "arabic": (r"(?P<num>\d{1,3})\s*(?:、|\.(?![\d%]))", 6),
    "paren_arabic": (r"\(\s*(?P<num>\d{1,3})\s*\)|(?P<pnum>[⑴-⒇])", 7),
    "circled": (r"(?P<cnum>[①-⑳])", 8),
}
# Decimal numbering (1 / 1.1 / 2.1.3) of emergency plans: a scheme of its own, ranked by depth.
DECIMAL_MARKER = r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?=[ \t\u3000]+\S|[^\x00-\x7f\d.%|\uff05])"
DECIMAL_BASE_RANK = 4

HEADING_RE = {
    kind: regex.compile(rf"^(?:{pat})[ \t\u3000]*(?P<rest>.*)$", regex.S)
    for kind, (pat, _rank) in HEADING_MARKERS.items()
}
DECIMAL_RE = regex.compile(rf"^{DECIMAL_MARKER}[ \t\u3000]*(?P<rest>.*)$", regex.S)
RANK = {kind: rank for kind, (_pat, rank) in HEADING_MARKERS.items()}
# Kinds whose whole line is the heading's title (第一章 总则); the others may run on into text.
TITLE_LINE_KINDS = {"part", "chapter", "section"}
# A heading's rest that starts with one of these is prose, not a heading ("一、二级" is not).
NOT_HEADING_REST = regex.compile(r"^[|%‰、.,:;，。；：）)]")
# Arabic items whose text starts with a digit are enumerations in prose ("1、2、3").
NOT_ARABIC_REST = regex.compile(r"^\d")

# --- sentence shape ---------------------------------------------------------------------------
TERMINAL_PUNCT = "。！？!?；;：:…）)」』】"
CONTINUATION_START = "，,。、；;：:）)」』》”"
INNER_PUNCT = regex.compile(r"[，,；;]")
TITLE_MAX_CHARS = 60

# --- web-page chrome and export noise ---------------------------------------------------------
BOILERPLATE = regex.compile(
    r"^(?:"
    r"正文内容区域请使用tab按钮切换浏览|我要留言|【?字体大小|字号[:：]?\s*[大中小]|打印本页|关闭窗口|【?打印】?"
    r"|您(?:当前)?(?:所在的?)?(?:位置|的位置)[:：]|当前位置[:：]|首页\s*[>›»]|网站首页\s*[>›»]"
    r"|浏览次数|访问量|阅读(?:次数|量)|分享(?:到)?[:：]?$|扫一扫|【?(?:收藏|关闭|返回顶部)】?$"
    r"|主办单位[:：]|承办单位[:：]|ICP备案|[京沪粤浙苏]ICP|网站标识码|.*公网安备|技术支持[:：]"
    r"|<!--.*-->$|\[?已废止\]?$|【法宝引证码】|原文链接[:：]"
    r"|\(?[^()]{0,20}独家稿件.{0,20}\)?$"
    r")",
    regex.I,
)

# --- document kinds (文种) --------------------------------------------------------------------
# The 15 kinds of 《党政机关公文处理工作条例》 第八条, longest first so that 通告 is not read as 告.
DOC_TYPES = ("决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告",
             "请示", "批复", "议案", "函", "纪要", "令")
ENCLOSED_TYPES = ("实施方案", "行动方案", "工作方案", "方案", "实施细则", "细则", "办法", "规划",
                  "条例", "规定", "措施", "要点", "意见", "计划", "规则", "指引", "标准", "决定",
                  "建议", "纲要", "预案", "清单", "制度", "法")
RELATIONS = ("印发", "转发", "批转")
TITLE_END = regex.compile(
    r"(?:" + "|".join(sorted(set(DOC_TYPES + ENCLOSED_TYPES), key=len, reverse=True)) + r")"
    r"(?:\s*[(（][^()（）]{1,30}[)）])?$"
)

# --- dates ----------------------------------------------------------------------------------
DATE_PATTERNS = (
    regex.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?:\s*日|(?!\d))"),
    regex.compile(r"(?P<y>[〇零一二三四五六七八九○Ｏ]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"),
    regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
)
DATE_LINE = regex.compile(
    r"^[(（]?\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?"
    r"|[〇零一二三四五六七八九○]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)"
    r"\s*(?:印发|发布|公布|通过)?\s*[)）]?$"
)

# --- metadata labels --------------------------------------------------------------------------
# label -> field of meta. A label is followed by ':' and the value, or stands alone on its line
# with the value on the next non-blank line (web pages' metadata tables).
META_LABELS: dict[str, str] = {
    "索引号": "index_number", "主题分类": "subject", "组配分类": "subject", "主题词": "keywords",
    "发布机构": "publisher", "发文机关": "issuer_label", "成文日期": "date_label",
    "发文日期": "publish_date", "发布日期": "publish_date", "发布时间": "publish_date",
    "公布日期": "publish_date", "发布文号": "doc_number_label", "发文字号": "doc_number_label",
    "文号": "doc_number_label", "关键词": "keywords", "信息来源": "source_name",
    "文章来源": "source_name", "来源": "source_name", "原文链接": "url", "法宝引证码": "citation_code",
    "时效性": "validity", "效力状态": "validity", "信息名称": "info_title", "标题": "info_title",
    "名称": "info_title", "作者": "author", "编辑": "editor", "责任编辑": "editor",
    "法规名称": "info_title", "修正日期": "amend_date", "法规类别": "subject", "法规网址": "url",
    "实施日期": "effective_date", "施行日期": "effective_date", "内容概述": "summary",
}
META_LABEL_RE = regex.compile(
    r"^[•·●\-\s]*[【\[]?(?P<label>" + "|".join(sorted(META_LABELS, key=len, reverse=True))
    + r")[】\]]?\s*(?:[:：]\s*(?P<value>.*))?$"
)

DOC_NUMBER = regex.compile(
    r"(?P<agency>[\p{Han}A-Za-z]{1,20}?)\s*"
    r"(?:[〔\[【(（\uff3b]\s*(?P<year>(?:19|20)\d\d)\s*[〕\]】)）\uff3d]|(?P<year2>(?:19|20)\d\d)\s*年?)"
    r"\s*第?\s*(?P<serial>\d{1,5})\s*号"
)
DOC_NUMBER_BROKEN = regex.compile(r"[\p{Han}]{1,20}[〔\[【(（]\s*(?:19|20)\d{3,6}\s*号")
ORDER_NUMBER = regex.compile(r"(?P<agency>[\p{Han}]{2,30}令)\s*第\s*(?P<serial>[\d一二三四五六七八九十百零〇]{1,6})\s*号")

RECIPIENT_LINE = regex.compile(r"^[^。！？!?]{2,200}[:：]$")
RECIPIENT_HINTS = regex.compile(r"各|人民政府|委|办|局|厅|部门|单位|机构|政府|管委会|公司|学校|院|所|处|室")
CC_LABEL = regex.compile(r"^抄\s*送\s*[:：]\s*(?P<value>.*)$")
PRINTED_LINE = regex.compile(r"^(?P<org>.{2,40}?)\s+(?P<date>.+?)\s*印\s*发\s*$|^(?P<date2>.+?)\s*印\s*发\s*$")
ATTACHMENT_LABEL = regex.compile(r"^附\s*件\s*(?P<num>\d{1,2})?\s*[:：]?\s*(?P<rest>.*)$")
NEWS_HINTS = regex.compile(r"^(?:文章来源|来源|作者|编辑|责任编辑|记者|通讯员|发布时间)[:：]")
