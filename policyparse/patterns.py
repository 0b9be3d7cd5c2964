"""Named tables of patterns: heading markers, label words, unit suffixes, document kinds, dates.

Every pattern here runs on *folded* text (see stages/normalize.py): simplified script, full-width
ASCII folded to half-width (（1） -> (1), ： -> :), 〔〕 and Chinese punctuation kept.
All patterns are anchored or bounded so that none can backtrack catastrophically.

Each pattern is compiled the first time a stage asks for it (see _Deferred). Several are asked only after a
cheap test of what they cannot do without (DEADLINE_DATE a 年, 月 or 季; TOC_TITLE a first 目 …): the stages
hold those guards, and tests/test_guards.py checks each against its pattern on every text of the samples,
the fixtures and ../shared, so a new form that does without its guard's character fails there, named.
"""
from __future__ import annotations

import re
from typing import NamedTuple

import regex



class _Deferred(NamedTuple):
    """A pattern's source and flags, compiled the first time a stage asks for it (`patterns.NAME`, see
    __getattr__ at the end): a run of `policyparse extract` compiles only the patterns its document needs (the
    regex module takes about half a millisecond a pattern, and most documents need fewer than half of them)."""
    source: str
    flags: int = 0


CN_NUM = "一二三四五六七八九十百千零〇两"
NUM = rf"[{CN_NUM}]{{1,6}}|\d{{1,3}}"

# --- heading markers -------------------------------------------------------------------------
# kind -> (pattern, rank). Rank orders the kinds from the most major; items below articles follow
# the usual order of official documents: 一、 > （一） > 1. > （1） > ①.
# Each pattern captures `num` (and optionally `sub` for 第十二条之一 / 第12-1条 / 第六章之一); the
# text after the marker is the heading's rest. Markers are matched at a position (no `^`), so that
# the same table serves line starts and candidates inside a run-on line.
LAW_SUB = rf"(?:\s*之(?P<sub_cn>[{CN_NUM}]{{1,3}}))?"
HEADING_MARKERS: dict[str, tuple[str, int]] = {
    "part": (rf"第\s*(?P<num>{NUM})\s*(?:[编編](?![辑写号制輯寫號])|部分(?=\s|$|[:：])){LAW_SUB}", 0),
    "chapter": (rf"第\s*(?P<num>{NUM})\s*章(?![程节節]){LAW_SUB}", 1),
    "section": (rf"第\s*(?P<num>{NUM})\s*[节節](?![日假约点約點]){LAW_SUB}", 2),
    "article": (rf"第\s*(?P<num>{NUM})(?:\s*-\s*(?P<sub>\d{{1,2}}))?\s*[条條]{LAW_SUB}(?![例件款目])", 3),
    "cn": (rf"(?P<num>[{CN_NUM}]{{1,4}})\s*(?:、|\.(?!\d)|﹒)", 4),
    "paren_cn": (rf"[(〔]\s*(?P<num>[{CN_NUM}]{{1,4}})\s*[)〕]|(?P<pcn>[㈠-㈩])", 5),
    "arabic": (r"(?P<num>\d{1,3})\s*(?:、|\.(?!\d*%)(?!\d+\.\d)|﹒(?!\d))|(?P<dnum>[⒈-⒛])", 6),
    "paren_arabic": (r"[(〔]\s*(?P<num>\d{1,3})\s*[)〕]|(?P<pnum>[⑴-⒇])|(?P<num>\d{1,3})\)(?![\d%])", 7),   # (1) ⑴ 1)
    "circled": (r"(?P<cnum>[①-⑳])", 8),
}
# Decimal numbering (1 / 1.1 / 2.1.3) of emergency plans: a scheme of its own, ranked by depth.
DECIMAL_MARKER = r"(?P<num>\d{1,2}(?:\.\d{1,2}){0,3})(?=[ \t\u3000]+\S|[^\x00-\x7f\d.%|\uff05])"
DECIMAL_BASE_RANK = 4
# What follows a number that is an amount: a decimal heading's title never starts so (1.5 亿元, 70 年).
AMOUNT_UNIT = _Deferred(r"(?:[亿万千百]?元|%|‰|倍|年|个月|天|日|亩|平方米|平方公里|米|公里|吨|人|户|个|家|项|次)(?:\W|$)")

# A marker and the spaces (or the closing ** of bold markdown) after it; the rest of the line is the
# heading's rest. Unanchored: `match(fold, pos)` tries a marker at a line start or inside a line.
HEADING_RE = {
    kind: regex.compile(rf"(?:{pat})(?:\s*+(?:\*\*|__))?\s*+")
    for kind, (pat, _rank) in HEADING_MARKERS.items()
}
DECIMAL_RE = _Deferred(rf"^{DECIMAL_MARKER}[ \t\u3000]*(?P<rest>.*)$", regex.S)
# Any marker at all, in one pattern, each kind a named group: most lines are prose, and one failed
# match rules them out; for a heading, `lastgroup` is the first kind whose marker matches.
ANY_HEADING = "|".join(
    f"(?P<{kind}>" + regex.sub(r"\(\?P<\w+>", "(?:", pat) + ")" for kind, (pat, _rank) in HEADING_MARKERS.items())
ANY_HEADING_START = regex.compile(f"(?:{ANY_HEADING})")
# Markup before a marker that carries no content: bold or heading markdown, a lone table bar, @@.
HEADING_LEAD = _Deferred(r"(?:\*\*|__|@@|#{1,6}|>|\|(?![^|\n]*\|))\s*+")
# Where a heading may start inside a line of run-on text: after a sentence end, or after a run of
# spaces (where a line break was lost). The marker itself is then tried there.
# The same places found by the standard engine, faster for a plain scan: most paragraphs have none.
INLINE_PLACE = re.compile(r"[。；;:：！？!?\s]\s*[第(〔㈠-㈩⒈-⒛⑴-⒇①-⑳0-9一二三四五六七八九十]")
INLINE_START = _Deferred(r"(?:[。；;:：！？!?]|(?<=\S)\s)\s*+(?=[第(〔㈠-㈩⒈-⒛⑴-⒇①-⑳\d一二三四五六七八九十])"
                             rf"(?=(?:{ANY_HEADING}))")
HEADING_KINDS = list(HEADING_MARKERS)
_KINDS_FROM = {kind: HEADING_KINDS[i:] for i, kind in enumerate(HEADING_KINDS)}
_NO_KINDS: list[str] = []


def alternatives(pattern: str) -> list[str]:
    """A pattern's alternatives at its top level: split at each | outside a group and a class of characters
    (tasks splits a pattern by them; tests/test_segment_guards.py counts BOILERPLATE's)."""
    out, start, depth, in_class, i = [], 0, 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 1                      # (the escaped character is no bracket nor bar)
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch in "()":
            depth += 1 if ch == "(" else -1
        elif ch == "|" and depth == 0:
            out.append(pattern[start:i])
            start = i + 1
        i += 1
    return out + [pattern[start:]]


def heading_kinds_from(fold: str, pos: int = 0) -> list[str]:
    """The marker kinds worth trying at `pos`, in table order: none for prose."""
    first = ANY_HEADING_START.match(fold, pos)
    return _KINDS_FROM[first.lastgroup] if first else _NO_KINDS


RANK = {kind: rank for kind, (_pat, rank) in HEADING_MARKERS.items()}
LAW_KINDS = {"part", "chapter", "section", "article"}     # 第X编/章/节/条, which may carry 之一
# Kinds whose whole line is the heading's title (第一章 总则); the others may run on into text.
TITLE_LINE_KINDS = {"part", "chapter", "section"}
# A heading's rest that starts with one of these is prose, not a heading ("5%", "1 | 指标 |").
NOT_HEADING_REST = frozenset("|%‰、.,:;，。；：）)")
# 一、二、三产业 and 一、二级 enumerate in prose: a numeral and 、/级/类/等 right after the marker.
NOT_CN_REST = _Deferred(rf"[{CN_NUM}]{{1,3}}\s*[、级类等]")
# Arabic items whose text starts with a digit ("1、2、3号楼", "5. 100周岁及以上的") are weak: a heading
# only where the document's numbering expects that number there ...
# ... but never where the digits after it make one number with it and a unit: 3.5亿元, 1.5 倍, 2.30%.
AMOUNT_REST = _Deferred(r"\d{1,3}\s*(?:%|‰|倍|[亿万千百]|元|米|公里|平方|吨|个百分点|小时|分钟|\|)")
# A cross-reference at a line start is prose: 第二十四条之合意管辖, 第六条第一项…, 第五条至第九条所定.
CROSS_REFERENCE_REST = _Deferred(r"之(?![一二三四五六七八九十])|第|至第|及第|与第|或第|、第|所[定列载称]|规定|[第前]?[项款目]")

# --- sentence shape ---------------------------------------------------------------------------
TERMINAL_PUNCT = "。！？!?；;：:…）)」』】"
# Brackets as they stand in folded text (（ -> (): a line that opens more than it closes is continued.
# Quotation marks are left out: “…" mismatched in real texts would join whole paragraphs.
OPENING, CLOSING = "(《[【〔", ")》]】〕"
CONTINUATION_START = "，,。、；;：:）)」』》”"
INNER_PUNCT = _Deferred(r"[，,；;]")
# A lead-in to a list or a formula, never a heading: 有下列情形之一的：, 材料如下：, 计算公式为：.
LEAD_IN = _Deferred(r"下列|以下|如下|下述|之一的?$|包括$|[为是有]$")
# A provision (a rule, not a heading's phrase): modal words of legal and administrative text.
PROVISION = _Deferred(r"应当|应[于按在向将由予以当]|必须|[须需]要?[经向按在]|不得|可以|禁止|严禁")
# A sentence that states a rule, not a measure: a modal verb, a case (…的，), a time clause (…后，).
RULE_SENTENCE = _Deferred(
    r"(?<![供响适相对反回答呼效感顺])应(?![急用对])|(?<![认许])可(?!持续|靠|行|信)|须|需(?!求)|(?<![取获赢记搞懂值])得"
    r"|(?<!^)(?:将|要(?!求|素|点|件|害|闻))|不允许|严禁|禁止|[的者][，,]|[后时][，,]")     # (要求, 要素: nouns)
NOMINAL = _Deferred(r"的\p{Han}{1,6}$")      # …的原则: a noun phrase, a heading whatever its words
HAN_GAP = _Deferred(r"(?<=\p{Han})\s+(?=\p{Han})")     # spaces a layout put between characters
BRACKETED_NAME = _Deferred(r"[【\[](?P<name>[^】\]]{1,20})[】\]](?P<body>.*)", regex.S)   # an article's 【name】
SENTENCE_PUNCT = _Deferred(r"[，,；;。！？!?：:、]")
# Where a text splits into sentences (after each full stop), for duties given sentence by sentence.
SENTENCE_BREAK = _Deferred(r"(?<=[。！!？?])")
TITLE_MAX_CHARS = 60
# A run of spaces inside a heading's line, not inside a number or a date (2021年5月 12日): where a
# lost line break stood.
LOST_LINE_BREAK = _Deferred(r"(?<=[^\s\d年月])\s++(?=[^\s。，,；;：:、！!？?）)])|(?<=[年月])\s++(?=[^\s\d。，,；;：:、！!？?）)])")
# (never before a stop or a comma: "…修葺等情形 。" is one line with a stray space, not two)

# The roles metadata gives the front and back matter's blocks (state.Block.role): no body text of any section.
FRONT_ROLES = frozenset({"title", "doc_number", "banner", "signer", "recipients", "signature", "date", "date_note",
                         "colophon", "attachment_label", "attachment_note", "note", "issuer_mark"})

# --- web-page chrome and export noise ---------------------------------------------------------
BOILERPLATE = _Deferred(
    r"^(?:"
    r"正文内容区域请使用tab按钮切换浏览|跳到主要内容(?:区块)?$|(?:政府)?信息公开$|我要留言|下载本[^。，]{0,8}文件$|手机(?:查看|阅读|浏览|版)$|"
    # a line of page widgets only (微信 微博 QQ空间; 新浪财经APP 缩小字体 放大字体 收藏; A+大 A+中 A+小; | | |)
    r"(?=[^。，]{0,60}$)(?=.*(?:微信|微博|QQ|分享|打印|收藏|字号|字体|缩小|放大|豆瓣|A[+＋]|\|))(?:[\s|/·•【】\[\]()（）:：+＋\-]|微信|微博|朋友圈|QQ空间|QQ|腾讯|新浪财经APP|豆瓣网|分享[到至]?"
    r"|打印(?:本页|正文)?|收藏|关闭窗口|字号|字体|缩小|放大|默认|超大|[大中小]|A)++$|【?字体大小|字号[:：]?\s*[大中小]|打印本页|关闭窗口|【打印】|打印(?=$|[\s【|]|关闭|分享)"
    r"|您(?:当前)?(?:所在的?)?(?:位置|的位置)[:：]|当前位置(?:[:：]|\s*首页)|[>›»]\s*[^>›»。，]{1,16}\s*[>›»](?=[^。，]{0,80}$)|首页\s*[>›»]|网站首页\s*[>›»]"
    r"|浏览次数|访问量|阅读(?:次数|量)|分享(?:到)?[:：]?$|扫一扫|【?(?:收藏|关闭(?:当前页面|本页)?|返回顶部)】?$"
    r"|(?:[【\[](?:返回顶部|关闭窗口|打印本页|打印|关闭|收藏|分享|返回)[】\]]\s*){2,}$"
    r"|主办单位[:：]|承办单位[:：]|ICP备案|[京沪粤浙苏]ICP|网站标识码|.*公网安备|技术支持[:：]"
    r"|<!--.*-->$|\[?已废止\]?$|【法宝引证码】|原文链接[:：]"
    # a page's disclaimers after the text (特别声明：以上内容…, Notice: The content above…, 【免责声明：…】)
    r"|特别声明[:：]\s*以上内容|Notice:\s*The content above|本文图片(?:部分)?(?:来自|来源)|【?免责声明[:：]"
    r"|\(?[^()]{0,20}独家稿件.{0,20}\)?$"
    r"|[(（](?:本文)?有删[减节][)）]$|[-\d]{1,9}\s*次$"     # …, a view counter left empty (-次)
    # a page's disclosure field after the text, and a labelled link (政策解读：https://…)
    r"|(?:信息)?公开(?:方式|形式|属性|选项)\s*[:：]\s*(?:主动|依申请|不予|不)?公开$|[^:：\s]{1,8}[:：]\s*https?://\S+$"
    r")",
    regex.I,
)

# A page number left in a text exported from print: "— 3 —", "-3-", "第3页 共10页". A bare "3" is not
# taken (a flattened table has cells like that); the PDF reader, which knows page edges, is broader.
# A signature's date left blank in a form or a draft (年   月   日): the date line, without a date.
BLANK_DATE_LINE = _Deferred(r"^[二〇○零\s]*年\s+月\s+日$")
PAGE_NUMBER_LINE = _Deferred(r"^[-—–－]{1,2}\s*\d{1,4}\s*[-—–－]{1,2}$|^第\s*\d{1,4}\s*页(?:\s*[/,，]?\s*共\s*\d{1,4}\s*页)?$")

# --- document kinds (文种) --------------------------------------------------------------------
# The 15 kinds of 《党政机关公文处理工作条例》 第八条, longest first so that 通告 is not read as 告.
DOC_TYPES = ("决议", "决定", "命令", "公报", "公告", "通告", "意见", "通知", "通报", "报告",
             "请示", "批复", "议案", "函", "纪要", "令")
ENCLOSED_TYPES = ("实施方案", "行动方案", "工作方案", "方案", "实施细则", "细则", "办法", "规划",
                  "条例", "规定", "措施", "要点", "意见", "计划", "规则", "指引", "标准", "决定",
                  "建议", "纲要", "预案", "清单", "制度", "法", "通则", "临时条款")
RELATIONS = ("印发", "转发", "批转")
TITLE_END = _Deferred(
    r"(?:" + "|".join(sorted(set(DOC_TYPES + ENCLOSED_TYPES), key=len, reverse=True)) + r")"
    r"(?:\s*[(（][^()（）]{1,30}[)）])?$"
)

# --- dates ----------------------------------------------------------------------------------
DATE_PATTERNS = (
    regex.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})(?:\s*日|(?!\d))"),
    regex.compile(r"(?P<y>[〇零一二三四五六七八九○Ｏ]{4})\s*年\s*(?P<m>[一二三四五六七八九十]{1,3})\s*月\s*(?P<d>[一二三四五六七八九十]{1,3})\s*日"),
    regex.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?!\d)"),
)
DATE_LINE_START = frozenset("12(（〇零一二三四五六七八九○")     # what a dated line can start with
DATE_LINE = _Deferred(
    r"^[(（]?\s*(?:(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日?"
    r"|[〇零一二三四五六七八九○]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日)"
    r"\s*(?:印发|发布|公布|通过)?\s*[)）]?$"
)
# A law's dated head line: '2013年1月1日 施行', '2012年12月3日 公安部部长办公会议通过': a line of its own.
DATED_EVENT_LINE = _Deferred(
    r"^[(（]?\s*(?:19|20)\d\d\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日[^，。；,;]{0,40}?(?:施行|实施|生效|通过|发布|公布|修正|修订)[)）]?$")

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
    "文件编号": "doc_number_label", "发文编号": "doc_number_label", "公文编号": "doc_number_label",
    "生成日期": "date_label", "公开日期": "publish_date", "制发机关": "issuer_label", "发文单位": "issuer_label",
    "印发日期": "print_date_label", "是否有效": "validity", "索取号": "index_number", "内容描述": "summary",
    "备注/文号": "doc_number_label",         # 三明 pages: 备注/文号：沙政规〔2022〕3号
    "发布单位": "publisher", "有效性": "validity", "信息分类": "subject", "主题": "subject", "体裁": "genre",
    "公开方式": "disclosure", "公开范围": "disclosure", "生效日期": "effective_date", "废止日期": "expiry_date",
    "内容概览": "summary", "在线链接地址": "url", "规范性文件编号": "register_number",
    "废止说明": "repeal_note", "发文机构": "issuer_label", "颁发时间": "publish_date", "效力级别": "legal_level",
    "城市": "city", "类别": "subject", "联合发文单位": "co_issuer_label", "文件来源": "gazette",
    "报告类型": "genre",
}
# The labels, longest first, each allowing spaces between its characters (索 引 号).
SPACED_LABELS = "|".join(regex.sub(r"(?<=.)(?=.)", r"\\s*", label)
                         for label in sorted(META_LABELS, key=len, reverse=True))
META_LABEL_RE = _Deferred(
    r"^[•·●\-\s|｜]*(?:(?P<bracket>[【\[])\s*)?(?P<label>" + SPACED_LABELS + r")(?(bracket)\s*[】\]]\s*(?P<value>.*)|\s*(?:(?P<colon>[:：])\s*(?P<value>.*))?)$"
)

# A line of a page's fields whose labels stand without colons (索  引  号 1137…  公开方式 主动公开): no headline.
INFO_LINE = _Deferred(r"^(?:%s)\s+\S" % SPACED_LABELS)
# A label the table does not know, with its colon (发文机构：…): never the value of the label above it.
ANY_LABEL = _Deferred(r"^\p{Han}{2,8}\s*[:：]")
# A second label inside a label's value: "发文机关：某局 成文日期：2026-06-26" holds two fields.
INLINE_META_LABEL = _Deferred(
    r"(?:^|(?<!\s)\s++)(?P<label>" + SPACED_LABELS + r")\s*[:：]\s*")

DOC_NUMBER = _Deferred(
    r"(?P<agency>[\p{Han}A-Za-z]{1,20}?)\s*"
    r"(?:[〔\[【(（\uff3b]\s*(?P<year>(?:19|20)\d\d)\s*[〕\]】)）\uff3d]|(?P<year2>(?:19|20)\d\d)\s*年?)"
    r"\s*第?\s*(?P<serial>\d{1,5})\s*号"
)
# A 发文字号 after its label inside a line of a page's info block copied as text, its cells apart by spaces
# (发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号).
LABELLED_NUMBER = _Deferred(r"(?:^|\s)(?:文\s*号|发文字号|发布文号|文件编号)\s*[:：]?\s*(?P<number>[\p{Han}A-Za-z]{1,20}?\s*"
                            r"[〔\[【(（]\s*(?:19|20)\d\d\s*[〕\]】)）]\s*第?\s*\d{1,5}\s*号)")
# The number of a 令 or 公告 on its own line under it: 第5号, （第3号）.
SERIAL_LINE = _Deferred(r"第\s*(?P<serial>[\d一二三四五六七八九十百零〇]{1,6})\s*号")
DOC_NUMBER_BROKEN = _Deferred(r"[\p{Han}]{1,20}[〔\[【(（]\s*(?:19|20)\d{3,6}\s*号")
# 国务院令第746号, 北京市人民政府令第 302 号; not the 日 of a date before it (2021年7月27日中华人民共和国国务院令…).
ORDER_NUMBER = _Deferred(r"(?P<agency>(?:(?<=日)|(?<!\p{Han}))(?!日)[\p{Han}]{1,30}令)\s*第\s*"
                             r"(?P<serial>[\d一二三四五六七八九十百零〇]{1,6})\s*号")

# A head line that dates an amendment, not the first promulgation: 修正, 修订, 修改.
AMENDED = _Deferred(r"修正|修订|修改")
# The place that opens an organ's name: 东莞市, 上海市静安区, 广东省.
PLACE_PREFIX = _Deferred(r"^\p{Han}{2,6}?(?:省|自治区|市|自治州|州|盟|区|县|旗)")
# A signature and date run into the end of the last paragraph: …落实。某省人民政府办公厅2021年3月1日（此件公开发布）.
RUN_ON_SIGNATURE = _Deferred(
    r"(?<=[。！!])\s{0,4}(?P<org>[^。，,；;:：\s()（）]{2,40}?)\s{0,4}"
    r"(?P<date>(?:19|20)\d\d\s{0,2}年\s{0,2}\d{1,2}\s{0,2}月\s{0,2}\d{1,2}\s{0,2}日)"
    r"\s{0,4}(?:[(（](?:此件|本件)[^()（）]{0,20}[)）])?\s{0,4}$")
# A signature that is a person, not an organ: 总理 李克强, 省长 王某某 (a 令 is signed by its head).
# (its office may be spaced and set off by a colon: 市　长：温国辉)
_OFFICES = "|".join(r"\s*".join(word) for word in ("总理", "主席", "委员长", "部长", "省长", "市长", "区长", "县长", "局长", "主任",
                                                  "署长", "行长", "院长", "州长", "旗长"))
SIGNER_PERSON = _Deferred(r"^(?:\p{Han}{0,8}?(?:%s))\s*[:：]?\s*\p{Han}{2,4}$" % _OFFICES)
# The office alone, the person's name left out (a 令 copied without it: 市　长 over the date): no organ.
OFFICE_ONLY = _Deferred(r"^\p{Han}{0,2}?(?:%s)$" % _OFFICES)
# The 发文字号 glued to a title's end or in brackets after it: …的通知（东建房〔2017〕33号）, …的通知某政办发〔2021〕12号.
TITLE_DOC_NUMBER = _Deferred(
    r"(?:[(（]\s*(?P<bracketed>[\p{Han}A-Za-z]{1,20}\s*[〔\[【(（]\s*(?:19|20)\d\d\s*[〕\]】)）]\s*第?\s*\d{1,5}\s*号)\s*[)）]"
    r"|(?<=通知|意见|办法|方案|决定|规定|批复|函|报告|公告|通告|细则|规划|计划|要点)"
    r"(?P<glued>(?:(?!的|通知|意见|决定)[\p{Han}A-Za-z]){1,12}\s*[〔\[【]\s*(?:19|20)\d\d\s*[〕\]】]\s*第?\s*\d{1,5}\s*号))$")
# A news page's byline: its date and time beside 来源/作者/责编 (政策苏晓 2023-07-03 08:40:21 来源：中房网).
BYLINE_DATETIME = _Deferred(r"(?<!\d)(?P<date>(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}|(?:19|20)\d\d年\d{1,2}月\d{1,2}日)"
                                r"\s*(?P<time>\d{1,2}:\d{2}(?::\d{2})?)?")
BYLINE_TIME = _Deferred(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")     # a time of day: 08:40, 11:06:38
BYLINE_WORDS = _Deferred(r"来源|作者|责编|编辑|记者|稿源|通讯员")
NOT_BYLINE = _Deferred(r"。|施行|执行|有效期|通过|公布|令第|〔|号$")
BYLINE_MAX = 80
# A page's attachment link named by its 发文字号: 宁房市字〔2017〕108号.pdf.
FILE_EXTENSION = _Deferred(r"\.(?:pdf|docx?|wps|ofd)$", regex.I)
# The document a 印发/转发/批转 title names without 《》: 关于印发X的通知 -> X.
TRANSMITTED_NAME = _Deferred(r"(?:印发|转发|批转)(?P<name>[^《》]{4,80}?)的(?:通知|函|批复)")
# A seal note after a signing organ, or on a line of its own below it: 某联席会议（代章）, 某局（印章）,
# （国家知识产权局代章） (whose seal stands in for the organ's).
SEAL_NOTE = _Deferred(r"[(（](?:[^()（）]{2,30}?代章|代章|印章|盖章|公章|章)[)）]$")
# A 发文字号 glued before the title: 武公中规〔2026〕2号武汉住房公积金管理中心关于…, 京政办发〔2016〕26号《…的通知》.
LEADING_DOC_NUMBER = _Deferred(
    r"^(?P<number>[\p{Han}A-Za-z]{1,12}\s*[〔\[【]\s*(?:19|20)\d\d\s*[〕\]】]\s*第?\s*\d{1,5}\s*号)\s*(?=《?\p{Han}{4})")
RECIPIENT_LINE = _Deferred(r"^[^。！？!?]{2,600}[:：]$")
# The issuers a title names after its first (…等单位, …等9部门, …等四部门): left out of the first one's name.
OTHER_ISSUERS = _Deferred(r"等(?:\d{1,2}|[二三四五六七八九十]{1,3})?个?(?:部门|单位|部委|机关)$")
# A line ending in a colon that opens the body, not a 主送 list: "市政府决定对《…》作如下修改：", a news
# article's "武汉市公安局介绍，…主要包括以下四项政策：".
NOT_RECIPIENTS = _Deferred(r"《|决定|如下|以下|下列|包括|现将|根据|为了|按照|经研究|介绍|表示|获悉"
                               r"|^(?:各位代表|各位委员|同志们|代表们|女士们|朋友们)"   # a speech's salutation
                               r"|(?:分享到|点击|浏览|阅读|访问量|点击量|次数)\s*[:：]$|\d{4}-\d{1,2}-\d{1,2}")   # a page's byline
# 题注 of a law: "（2020年3月27日…会议通过　根据…修正）" – the first date is the adoption date.
HEADNOTE = _Deferred(r"^[(（]\s*(?:(?:19|20)\d\d|[一二][〇零○一二三四五六七八九]{3})\s*年[^()（）]{0,400}?(?:通过|公布|发布|修正|修订|施行)")
# --- 版头 elements above the title (GB/T 9704 7.2) -------------------------------------------------
COPY_NUMBER = _Deferred(r"^(?:份号\s*[:：]?\s*)?(?P<value>\d{6})$")
SECRECY = _Deferred(r"^(?P<level>绝密|机密|秘密)(?:\s*[★*☆]\s*(?P<period>\d{1,2}\s*(?:年|个月)|长期))?$")
URGENCY = _Deferred(r"^(?P<value>特急|加急|特提|平急)$")
SIGNER = _Deferred(r"签\s*发\s*人\s*[:：]\s*(?P<names>\S.{0,40})$")
# A cited document: 《title》 and, when given, its 发文字号 in brackets after it.
REFERENCE = _Deferred(r"《(?P<title>[^《》\n]{2,100}?)》(?:\s*[(（](?P<number>[^()（）\n]{2,40}?"
                          r"[〔\[【(（]\s*\d{4}\s*[〕\]】)）]\s*\d{1,5}\s*号)[)）])?")
TOC_TITLE = _Deferred(r"^目\s*录$")
TOC_ENTRY_MAX = 60      # characters of one table-of-contents line
TOC_PAGE = _Deferred(r"[\s.…·．-]*\d*$")      # the leader dots and page number after an entry
# The title of a regulation: its articles are provisions (see stages/tasks.py).
LAW_TITLE_END = _Deferred(r"(?:条例|办法|细则|规定|规则|通则|基准|准则|守则|章程|制度)(?:\s*[(（][^()（）]{1,30}[)）])?$")
# A 关于 title's own ending: 的 + a 文种 of the notice itself (…实施细则 / 的通知: the title goes on to it).
RELATED_TITLE_END = _Deferred(r"的(?:" + "|".join(DOC_TYPES + ("指导意见", "实施意见")) + r")(?:\s*[(（][^()（）]{1,30}[)）])?$")
TITLE_MAX_LINES = 5     # a title printed over this many lines at most ("重庆市人民政府 / 关于修改《…" …)
RECIPIENT_HINTS = _Deferred(r"各|人民政府|委|办|局|厅|部门|单位|机构|政府|管委会|公司|学校|院|所|处|室")
CC_LABEL = _Deferred(r"^抄\s*送\s*[:：]\s*(?P<value>.*)$")
# Bounded and possessive: a line of 3,000 spaces must not take quadratic time.
PRINTED_LINE = _Deferred(
    r"^(?P<org>\S.{1,39}?)\s++(?P<date>\S.{0,30}?)\s*印\s*发\s*$|^(?P<date2>\S.{0,40}?)\s*印\s*发\s*$")
# 附件：1.…, 附件1.…, 附表：1. … (a 附表 is an attachment too)
ATTACHMENT_LABEL = _Deferred(r"^附\s*[件表]\s*(?P<num>\d{1,2})?\s*[:：.．、]?\s*(?P<rest>.*)$")
ATTACHMENT_NUMBER = _Deferred(r"^(?P<num>\d{1,2})\s*[.、．]")
ATTACHMENT_ITEM = _Deferred(r"^\d{1,2}\s*[.、][^:;；]{2,60}[)）]$")
ISSUER_MARK = _Deferred(r"^(?!.*关于)[\p{Han}()（）、\s]{4,40}文件$")
# 附注 (GB/T 9704 7.3.6): （此件公开发布）, and the contact it gives （联系人：…，联系电话：…）
NOTE_LINE = _Deferred(r"^[(（](?:此件|本件|此页)[^()（）]{0,20}[)）]$|^[(（]联系[^()（）]{1,60}[)）]$")

# --- responsible units ------------------------------------------------------------------------
# Label words before a list: label -> role ("lead", "support" or None for plain responsibility).
UNIT_LABELS: dict[str, str | None] = {
    "牵头单位": "lead", "牵头部门": "lead", "牵头考核单位": "lead", "牵头责任单位": "lead",
    "牵头责任部门": "lead", "牵头": "lead", "主责单位": "lead", "主责部门": "lead",
    "配合单位": "support", "配合部门": "support", "协办单位": "support", "参与单位": "support",
    "参与部门": "support", "协同单位": "support", "协助单位": "support", "配合": "support",
    "责任单位": None, "责任部门": None, "主办单位": None, "实施单位": None, "实施主体": None,
    "责任主体": None, "承办单位": None, "完成单位": None, "负责部门": None, "负责单位": None,
    "责任处室": None, "牵头处室": "lead", "配合处室": "support",
    "协同责任单位": "support", "配合责任单位": "support", "参与责任单位": "support", "协同部门": "support",
    "协作单位": "support", "主要协作单位": "support", "参加单位": "support", "协作部门": "support",
    "部门分工": None, "责任分工": None, "责任科室": None, "牵头科室": "lead", "配合科室": "support", "责任股室": None,
}
# A note that some units share every task below it: （…。以下均需各区政府负责，不再列出）.
ALL_BELOW_NOTE = _Deferred(r"以下[^，。；,;()（）]{0,8}?均需(?P<units>[^，。；,;()（）]{2,80}?)(?:负责|落实)(?:落实)?[，,]?"
                           r"不再(?:一一|单独)?列出")      # (…以下政策措施均需各县区人民政府落实，不再单独列出)
# A lead-in to a list of conditions, cases or papers (符合下列要求的…予以保留：): the items are its parts.
CONDITIONS_LEAD_IN = _Deferred(      # meeting them (符合, 具备, 满足, 存在 …), not setting them (作以下要求)
    r"(?:符合|具备|满足|存在|具有|有|属于|出现|提交|提供)[^。；;，,]{0,8}?(?:下列|以下|如下|下述)[^。；;]{0,8}?"
    r"(?:要求|条件|情形|问题|情况|材料|资料|标准)[^。；;]{0,20}?[:：。]?$|(?:情形|条件)之一的?[:：]?$")
# ... or named anywhere in the item's text: …学生，符合以下3个条件之一，可申请一次性求职补贴，…
CONDITIONS_NAMED = _Deferred(
    r"(?:符合|具备|满足)[^。；;，,]{0,8}?(?:下列|以下|下述)\s*[\d一二三四五六七八九十]{0,2}\s*(?:个|项|种)?(?:条件|情形)之一"
    r"|对(?:下列|以下)\s*[\d一二三四五六七八九十]{0,2}\s*(?:个|项|种|类)?(?:类型|情形)?的?[^。；;，,]{0,6}?(?:家庭|人员|对象)[，,]"
    # ... the cases a rule meets (有下列情形之一的，…应当立即…; 有下列行为之一的，依照…处理) and whom it rewards
    # (对有下列突出表现的单位或个人，…给予表彰)
    r"|有(?:下列|以下|下述)[^。；;，,]{0,6}?(?:情形|行为|情况|表现|条件)之一"
    r"|对有(?:下列|以下|下述)[^。；;，,]{0,8}?的(?:单位|个人|人员|集体|企业)")
# A note that the first unit of every list leads: （A、B负责。列第一位者为牵头单位，下同）.
LEAD_FIRST_NOTE = _Deferred(r"(?:(?:列|排在?|排名)第一(?:位|个)?(?:者|的(?:部门|单位))?|第一责任(?:单位|部门)|首位(?:单位|部门))"
                            r"为(?:工作)?牵头(?:责任)?(?:单位|部门)")
# A note that closes a unit list inside its bracket: （…市税务局（列第一位者为牵头单位，下同））, …。以下均需….
LIST_NOTE = _Deferred(r"[(（](?P<note>[^()（）]*(?:下同|牵头单位|牵头部门|汇总单位)[^()（）]*)[)）]$")
# A piece of a unit list that is a time, not a unit: '2024年底前完成', '长期坚持'.
TIME_NOT_UNIT = _Deferred(r"\d{4}\s*年|\d{1,2}\s*月|[底末]前|前完成|^(?:长期|持续|按期|适时|年内|年底|今年|本年|当年)")
# Roles inside a sentence: '由市发改委牵头，市科委、市财政局配合，…', '由市财政局负责…',
# '由市教育局会同市人社局组织实施', and a sentence that opens with its units: '市财政局负责统筹资金，市审计局配合…'.
# Every group is bounded; the units found must pass units.is_unit_list.
_SUPPORT_ROLE = r"(?:等部门|等单位)?(?:配合|参与|参加|协同|协助)"
INLINE_ROLES = _Deferred(
    r"由(?P<lead>[^，。；,;()（）]{2,40}?)(?:牵头(?!解释)|(?P<plain>负责)(?![人解同])"
    r"|(?:会同(?P<with>[^，。；,;()（）]{2,40}?)|联合(?P<jointly>[^，。；,;()（）]{2,40}?))"   # 由A联合B: both, neither leads
    r"(?=等(?:部门|单位)|共同|联合|负责|组织|制定|制订|拟定|编制|具体|另行|按照|根据|结合|依法|依规|及时|启动|研究|统筹|做好|开展|推进|实施|落实|建立|完善|加强|指导|推动|[，。；,;]))"
    r"(?:[，,](?P<support>[^，。；,;()（）]{2,60}?)" + _SUPPORT_ROLE + r")?")
# ... and an organ named by the act it does, at a clause's start (对…的，由公安部门依法处理; …的，由市土地储备中心和
# 各城区政府调查…): responsible, no lead. Not a passive noun phrase (由用地单位开展的评估: the 的 right after the act),
# nor a unit list's own task (see units.find_unit_lists). The lead is tried at every act word (由市场监督管理局依法查处).
_ACTS = (r"调查|制定|制订|发布|公布|组织(?!部)|落实|实施|审核|审定|承办|办理|核定|进行|开展|做好|印发|出台|公示|受理|审批"
         r"|认定|查处|依法|处理|确定|统筹|核查|监督|指导|协调|编制|报送|牵头组织")
ACT_NAME_NOT_ORGAN = _Deferred(r"[并或]|经(?!济|信|开|贸|管)|申请|提请|报请|起草|批准|^(?:本|同级|该|其)")
ACT_START = _Deferred(r"(?:^|(?<=[，,。；;：:]|应|并|均|统一|分别|要|须))由")
ACT_WORD = _Deferred(r"(?:" + _ACTS + r")(?![^，。；,;]{0,3}?的)")
ACT_LEAD_MAX = 30
OPENER_ROLES = _Deferred(      # matched at a sentence's start (units.py finds the starts)
    r"\G(?P<opener>[^，。；,;()（）\n]{2,30}?)(?:要|应当|应)?(?:牵头|负责)(?![人解])"
    r"[^，。；,;\n]{0,60}[，,](?P<osupport>[^，。；,;()（）\n]{2,40}?)" + _SUPPORT_ROLE)
UNIT_LABEL_RE = _Deferred(
    r"(?P<label>" + "|".join(sorted(UNIT_LABELS, key=len, reverse=True)) + r")\s*[:：]\s*"
)
# Role words written after the units: "省商务厅牵头，合肥海关配合".
ROLE_AFTER: dict[str, str | None] = {
    "牵头": "lead", "负责": None, "主责": "lead", "配合": "support", "参与": "support", "参加": "support",
    "协助": "support", "协同": "support", "指导": None, "落实": None,
}
ROLE_AFTER_RE = _Deferred(      # the lookahead fails a clause without a role word in linear time
    r"^(?=.*(?:" + "|".join(ROLE_AFTER) + r")(?:负责|落实|实施)?$)"
    r"(?P<units>.+?)(?:等(?:部门|单位)?)?\s*+(?:按(?:照)?职责分工|分别|共同|按职责)?\s*+"
    r"(?P<role>" + "|".join(ROLE_AFTER) + r")(?:负责|落实|实施)?$"
)
# What a unit's name ends with. Collective units (各成员单位, 各区政府) end the same way.
UNIT_SUFFIXES = (
    "局", "委", "办", "厅", "部", "院", "会", "府", "室", "中心", "单位", "部门", "集团", "公司",
    "海关", "银行", "分行", "支行", "所", "站", "队", "处", "署", "社", "台", "馆", "组", "班", "联", "司", "校",
    "大学", "科", "庭", "办公室", "机构", "机关", "政府", "街道", "镇", "乡", "法院", "检察院",
    "专班", "协会", "商会", "基金", "园区", "管委会", "税务局", "供电局", "分局", "支队", "大队",
    "团", "军", "党委", "工委", "团委", "妇联", "残联", "总工会", "科协", "侨联", "红十字会", "团中央",
)
UNIT_MAX_CHARS = 40
# Between the names of a list; 等 and 及 only before a collective ('财政部、商务部等国务院相关部门及各地区').
_COLLECTIVE_START = r"(?:国务院|中央|省|市|区|县)?(?:各|有关|相关|其他)"
UNIT_SEPARATORS = _Deferred(r"[、，,；;]|(?<!\s)\s++(?=\p{Han})|(?:等|以及|及|和)(?=%s)"
                            r"|(?<=\p{Han}{2})等(?=\p{Han}{1,8}?(?:有关|相关)(?:部门|单位))" % _COLLECTIVE_START)   # 区财政局等区政府有关部门
UNIT_TRAILERS = _Deferred(r"(?:等(?:部门|单位)?|按(?:照)?职责分工(?:负责|落实|配合)?|分别负责|负责|按职责)$")
# A unit named with its second name in brackets, as organs that are one are written: 市市场监管局（市知识产权局）.
UNIT_ALIAS = _Deferred(r"^(?P<name>.{2,40}?)[(（〔\[](?P<alias>[^()（）〔〕\[\]]{2,30})[)）〕\]]$")
# Collective units: every member of a group, named by the group (各区政府, 有关部门, 国务院相关部门, 各地区).
COLLECTIVE = _Deferred(
    r"^(?:%s|地方各级|各级)|(?:有关|相关|各)(?:部门|单位|地区|方面)$|成员单位$" % _COLLECTIVE_START)
# 各市、县人民政府: a bare collective of a level (各市) before a level word's organ (县人民政府, 区政府) shares it.
BARE_COLLECTIVE_LEVEL = _Deferred(r"各?(?:省|市|县|区|州|地|镇|乡)")
# A place named bare before the government of the next (马尾区、闽侯县人民政府): it shares that organ.
BARE_PLACE = _Deferred(r"(?!各)\p{Han}{1,6}[省市县区州旗]")
PLACE_GOVERNMENT = _Deferred(r"\p{Han}{1,6}[省市县区州旗](?P<organ>人民政府|政府)")
LEVEL_ORGAN = _Deferred(r"(?:省|市|县|区|州|镇|乡|县（市）|县\(市\))(?:人民)?政府")
# Collectives of places, which end in no organ's suffix: 各地区, 各地, 有关地区, 各市县.
COLLECTIVE_PLACE = _Deferred(
    r"^(?:各(?:有关)?|有关|相关)(?:地区|地方|地|省|市|县|区|市县|县区|县市区|乡镇|镇街|街镇|地市|部门)$")
# --- units as data (unitnames.py) ----------------------------------------------------------------
# A place a name opens with: 上海市, 普陀区, 广东省, 德宏州, 沙县 (a 县区 pair is one place: 沙县区).
# Short stems only: a longer run before 市/区 is an organ's name (北京经济技术开发区, 人行泸州…).
PLACE = _Deferred(r"(?![省市区县乡镇各])(?:\p{Han}{1,6}?(?:自治区|特别行政区)|\p{Han}{2,3}?[省市]|\p{Han}{1,3}?[区县旗](?:区)?"
                      r"|\p{Han}{2}州)(?!场|级)")
MUNICIPALITIES = frozenset(("北京市", "上海市", "天津市", "重庆市"))
# Words ending in 区 or 县 that are no place: 园区管委会, 高新区, 经开区, 社区 ….
NOT_PLACE = _Deferred(r"(?:园|开发|高新|经开|城|专|景|社|校|片|保税|试验|示范|功能|自贸|辖|矿|林|牧|灾|街|商|港|"
                          r"集聚|产业|工业|农业|风景|服务)区$|^(?:全|本|各|该|郊|市辖)[区县]")
# A central organ: 国务院…, 国家…, 中国人民银行, 全国…, …部 / …总局 / …总署 (财政部, 海关总署).
CENTRAL_ORGAN = _Deferred(r"^(?:国务院|国家|中央|中华人民共和国|全国|中国人民银行)|^\p{Han}{1,8}(?:部|总局|总署|银保监会|证监会)$")
# What opens a collective before the units it names: 各, 有关, 国务院相关 ….
COLLECTIVE_OPENER = _Deferred(r"^(?:国务院|中央)?(?:各(?:有关)?|有关|相关|其他)")
# A name that opens with a verb is a clause, not a unit ('加强知识产权保护工作部署', '支持组建…委员会').
NOT_UNIT_START = _Deferred(r"^(?:返回|关闭|打印|支持|加强|推动|推进|建立|完善|组建|成立|鼓励|引导|发挥|落实|强化|优化|深化|实施|开展"
                               r"|做好|加快|提高|提升|健全|设立|依托|探索|积极|大力|全面|进一步|统筹|培育|打造|构建)")
# A telephone number right before a bracket (0571-89540981（区住建局）): the bracket names who answers it.
PHONE_BEFORE = _Deferred(r"(?:\d{3,4}[-－—]\d{7,8}|\d{7,12})\s*$")
# A kind of organ, not an organ named (由政府部门负责完成): no unit of a task.
GENERIC_UNIT = _Deferred(r"^(?:政府|职能|主管|行政|业务|管理|监管|执法)?(?:部门|单位|机关|机构)$")
# A person's name that ends like an organ: a reporter's (龙秀军) at a news paragraph's end.
PERSON_NAME = _Deferred(r"^\p{Han}{1,2}军$")
NOT_UNIT_WORDS = _Deferred(r"\d|年|月|以上|以下|其中|包括|例如|是|的|指标|[试暂施执实推进运履]行|简称|同意|依托|通过|按照|根据|由")

# --- tasks, goals, deadlines --------------------------------------------------------------------
# The words a title opens with when it names work on the thing it names (明确支持范围, 构建职业教育国家标准).
_WORK_OPENERS = (
    "明确|合理|界定|扩大|拓展|确定|优化|调整|规范|严格|科学|坚持|聚焦|加强|完善|强化|落实|推进|纳入|将|把|对"
    "|改善|提升|营造|创造|丰富|放宽|降低|简化|定期|及时|报告|报送|通报|公开|公布|掌握|摸清|了解|监测|跟踪|做好"
    "|提高|增加|增设|核定|协调|争取|用好|下达|制定|制订|建立|健全|统一|修订|出台|构建|构筑|打造|形成"
    "|推动|推行|研究|探索|开展|组织|编制|发布|贯彻|对标|提档|升级|积极|大力|全力|切实|着力|加快|持续|深入")
    # (not 执行/实施: 实施时间 is said)
# A section titled as a standard, an amount, a scope or a subject (社会救助标准, 补贴总额度, 试点范围): what it states is no
# work, but an item in it that opens with work (（一）建立健全…动态调整机制, 启用电子证书) still is; a title of
# several things (支持方向及标准) is no such section.
STATED_SECTIONS = _Deferred(r"^(?!" + _WORK_OPENERS + r")(?:[^，。及和与、]{0,10}?(?:标准|总?额度)"
                                r"|[^，。]{0,6}?的?(?:范围|对象))$")      # ... and a scope or subject (电子证书范围)
MEASURE_OPENING = _Deferred(r"^(?:建立|健全|完善|制定|制订|加强|推进|落实|提高|优化|调整|扩大|支持|鼓励|推行|加大|探索|开展|启用)")
# Sections of principles and goals yield no tasks.
# The goal words of NON_TASK_SECTIONS: a section titled so states goals, where the goals stage finds it one
# (确保完成全年主要预期目标 is work done on goals; 总体要求和主要目标 over the goal's item is not one itself).
GOAL_TITLE_WORDS = "主要目标|工作目标|发展目标|总体目标|具体目标|预期目标|目标任务|行动目标|建设目标|目标要求"
NON_TASK_SECTIONS = _Deferred(
    r"总体要求|指导思想|基本原则|工作原则|" + GOAL_TITLE_WORDS +
    r"|(?:^|[、和及与])适用范围|编制依据|工作依据|总体思路|基本思路|重要意义|形势与挑战|发展现状|基本情况"
    r"|名词解释|^(?:主要)?术语(?:和定义|与定义|解释)?$|附则|总则"     # (统一编码和术语集 is work)
    r"|^(?:序言|前言)$|(?:组成人员|成员名单|组成名单)$"               # a preface; who sits on a body
    # principles, scopes, subjects, conditions and papers, looking back, situations: said, not to be done
    # (a short noun phrase only: 合理界定服务对象范围 is work to do)
    r"|^(?!" + _WORK_OPENERS + r")"
    r"(?:[^，。]{0,4}?的?原则|[^，。]{0,24}情况|[^，。]{0,12}(?:主要|工作)(?:成绩|成效)|(?:执行|实施|施行|生效)(?:时间|日期|期限)|有效期限?"
    r"|(?:申请|申报|报名|入户|准入|享受|基本|参保|补贴|办理|资助|认定|贷款|提取|购房|所需|提交|应聘|入学|支持|受理)"
    r"[^，。]{0,3}(?:条件|材料|资料))$"
    # when and where, and a service guide's fields: 实施起止时间, 实施区域, 不予支持情形, 有关说明, 办理时限,
    # 收费标准, 办理依据, 受理单位, 咨询电话, 温馨提示
    r"|^(?:执行|实施|施行|生效)起止(?:时间|日期)$|^(?:实施|适用)(?:区域|地区)$|^不予[^，。]{0,6}$|^(?:有关|其他|相关)?说明$"
    r"|^(?:办理|受理|承诺)时限$|^收费(?:标准|依据)?$|^(?:办理|设定)依据$|^受理(?:单位|机构|部门)$"
    r"|^(?:办事|办理)(?:窗口|地点|地址)$|^(?:咨询|联系|投诉)(?:电话|方式)$|^温馨提示$|^注意事项"
    # an applicant's ways (缴费方式, 申报渠道), who may apply (对象及条件), why (背景依据)
    r"|^(?:申请|申报|报名|缴费|参与|参保|提取|支付|领取)(?:方式|渠道|途径)$|对象(?:及|和|与)[^，。]{0,4}条件$|^背景(?:和|与|及)?依据$"
    r"|工作回顾|回顾$|成因分析|背景$|形势$|趋势$|成就$|^基本要求$"
    r"|^过去[^，。]{0,12}的工作|^(?!开展|做好|认真|及时|加强|进行)[^，。]{0,20}总结$"     # looking back (过去五年的工作和…总结)
    # a ruling on who qualifies (关于执行对象的认定), a benefit's form (奖补方式; its 补贴标准 is a standard's: STATED_SECTIONS)
    r"|^关于[^，。]{2,20}的(?:认定|确定|判定|界定)$|^(?:奖补|补贴|补助|资助|奖励)方式$"
    # where a plan stands (“十五五”时期是…的关键时期, …发展的历史方位)
    r"|时期是[^，。]{2,60}?(?:时期|阶段|期)$|历史方位$"
    # an event's when, where and who (时间地点, 组织机构, 主办单位), a change's date (调整时间)
    r"|^(?:活动|展会|会议|举办)?(?:时间|地点|时间地点|时间和地点|组织机构|主办单位|承办单位|参展范围)$"
    r"|^(?:调整|开始|起始|受理|申报|报名)(?:时间|日期)$"
    # what others have done, praised (a 通报's 典型经验做法), a bidder's or applicant's 资格
    r"|^(?!总结|推广|复制|宣传|学习|借鉴|及时|加强|做好|确定|审查)(?:[^，。]{0,24}(?:经验做法|典型案例|先进典型)|[^，。]{0,6}资格)$"
)
# An announcement to the public, and a guide for applicants (by its title's end): rules and steps, not work.
PUBLIC_NOTICE_TYPES = ("公告", "通告")
GUIDE_TITLE = _Deferred(r"(?:操作|办事|服务|申请|申报|办理)(?:指引|指南)(?:\s*[(（][^()（）]{1,20}[)）])?$|须知$|详解$|攻略$"
                            r"|(?:扶持|支持|优惠|惠企|惠民|补贴)政策(?:清单|汇编|一览表?)$"     # …就业创业扶持政策清单
                            r"|[吗呢][？?]|(?:怎么|如何)(?:办理?|申请|申领|缴纳|提取)[？?]")      # …可以网办吗？您想了解的在这里！
# A procedure's steps (办理流程, 申请程序, 申报流程): an applicant's, no tasks; an organ's step in it is (see
# ORGAN_ACTS: 市住房公积金管理部门自…5个工作日内作出审批意见, 各区商务局对申报项目进行初审).
PROCEDURE_SECTIONS = _Deferred(
    r"^(?:流程|程序|步骤)$|^申请评审$|^(?:入学|招生|报名)方式$"
    # (…基地申请程序, 入学方式及程序; not a measure on one: 规范审核程序, 简化办理流程)
    r"|^(?!" + _WORK_OPENERS + r"|改进|创新|再造|精简|压缩|实行)[^，。]{0,16}?"
    r"(?:办理|申请|申报|申领|受理|审核|发放|兑现|拨付|入学|招生|报名)(?:方式)?(?:及|和|与)?(?:流程|程序|步骤)$")
ORGAN_ACTS = _Deferred(
    r"^(?!经|由|在|对|当|如|若|凡)(?P<unit>(?:(?!经[市区县省过])[^，。；,;:：()（）\s]){2,40}?)(?=自|对|在|于|将|向|把|应|要|须|负责|按|根据|依据|会同|统一|及时|组织|收到"
    r"|受理|审核|审批|作出|出具|办理|进行)"
    # ... or after the case it acts in: 评审通过的，由市…领导小组办公室…进行公示; 经公示无异议的，由…核准奖补
    r"|^[^。；;]{0,40}?[，,]由(?P<unit>[^，。；,;:：()（）\s]{2,40}?)(?=通过|对|向|在|于|将|按|根据|依据|会同|统一|及时|组织"
    r"|受理|审核|审批|核准|作出|出具|办理|进行|负责|发放|拨付|公示|公布)")
# A notice that puts a draft out for comment: 关于公开征求《…（征求意见稿）》意见的公告.
CONSULTATION_TITLE = _Deferred(r"征求[^。]{0,80}?意见")
# A paragraph that only says whom to ask (关于…业务，可拨打…热线“962269”具体咨询; 咨询电话：…): no task's text.
CONTACT_LINE = _Deferred(r"^(?:关于[^。，,由]{0,30}[，,]\s*)?(?:相关业务|具体事宜|如有疑问)?[，,]?(?:可|请)?(?:查询[^。，,]{0,20}或)?"
                             r"(?:拨打|致电)[^。]{0,40}?(?:热线|电话)[^。]{0,30}?(?:咨询|查询|了解)[^。]{0,6}[。.]?$"
                             r"|^(?:咨询|联系|服务|监督)(?:电话|热线|方式)[:：]")
# An item that only says when the document takes effect (本通知自…起施行, 有效期…), who interprets it or what it
# replaces: no task.
EFFECTIVE_CLAUSE = _Deferred(
    r"^(?:本|以上|上述)[^。]{0,20}?自[^。]{0,60}?(?:起|之日)[^。]{0,6}?(?:施行|执行|实施|生效)|^有效期"
    r"|^(?:执行|实施|施行|生效)(?:时间|日期)[^。]{0,4}?[从自于为][^。]{0,40}?(?:起|开始|之日|[。；;]|$)"   # 执行时间从…零时开始
    r"|^(?:本|以上|上述)[^。，]{0,20}?由[^。，]{1,40}?负责解释"      # ... and who interprets it, and which rules it
    r"|^[^。]{0,30}?与本[^。，]{0,8}?不一致的[，,]?\s*以本[^。，]{0,8}?为准")       # replaces (…不一致的，以本通知为准)

# What every form of EFFECTIVE_CLAUSE opens with, or (its last form) holds anywhere: a plain test that tasks and
# outline make before the pattern (tests/test_guards.py holds it to the pattern).
EFFECTIVE_OPENERS = ("本", "以上", "上述", "有效期", "执行", "实施", "施行", "生效")
EFFECTIVE_CONFLICT = "不一致的"


def may_be_effective_clause(text: str) -> bool:
    """Whether a text (folded or not: folding changes none of these characters) can be an EFFECTIVE_CLAUSE."""
    return text.startswith(EFFECTIVE_OPENERS) or EFFECTIVE_CONFLICT in text
# An item that says what a word of the document means (以上所称“二孩及以上家庭”是指…), in one paragraph: no task.
DEFINITION = _Deferred(r"^(?:本|以上|上述)[^。，]{0,12}?所称[^。]{1,30}?是指")
# The title of an interpretation published with a document: 关于…的政策解读, 《…》解读, 政策解读：….
INTERPRETATION_TITLE = _Deferred(
    r"^(?:政策解读[:：]\s*)?[^。，,；;]{4,80}?(?:的|之)?(?:政策)?(?:解读|答记者问|问答)$|^(?:一图读懂|图解)[^。]{2,60}$"
    r"|^(?:政策)?(?:解读|问答)$|^(?:政策)?解读[:：]?\s*《[^》]{2,80}》$"
    r"|^[^。，,；;]{4,60}?(?:常见)?问题解答(?:\s*[(（][^()（）]{1,20}[)）])?$")
# A paragraph that speaks of the item above it: 此款由…负责监督落实, 该项…, 本项….
REFERS_BACK = _Deferred(r"(?:^|[，,。；;])\s*(?:此款|此项|该款|该项|本款|本项)")     # (投资该项不动产: no)
# A paragraph after a list that opens by speaking of the whole list: its parent's, not the last item's.
SUMS_UP = _Deferred(r"^(?:上述|以上)(?![^，。；]{0,6}?[)）])")
# The document's closing words after its last item (its effect, who interprets it, the call to carry it
# out, page furniture): the document's own text, not the last item's.
_DOCUMENT = r"(?:本|以上|上述)《?(?:通知|意见|实施意见|办法|措施|若干措施|方案|规定|细则|政策|文件|公告|决定|指引|规划|计划|条例)》?"
# The labels of a page's furniture after the text: links, downloads, related articles.
_FURNITURE = r"相关链接|文件链接|原文下载|附件下载|相关附件|相关新闻|相关文章|关联稿件|相关阅读|相关推荐|热点推荐|推荐阅读"
CLOSING_PARAGRAPH = _Deferred(
    r"^(?:" + _DOCUMENT +                             # 本通知规定的…不得同时享受, 上述政策适用于…: the document's own words
    r"|" + _DOCUMENT + r"[^。]{0,40}?(?:自|从)[^。]{0,30}?(?:起|之日)[^。]{0,6}?(?:施行|执行|实施|生效)"
    r"|各(?:地区?|有关地区|级|区|县|市|镇|单位|(?:有关|相关)?部门)[^。]{0,30}?要[^。]{0,16}?"
    r"(?:贯彻|落实|执行|结合|按照|抓好|认真|制定|研究|组织|充分认识|高度重视|切实)"
    r"|各[^。]{0,40}?(?:根据|按照)本《?(?:通知|意见|方案|办法|措施)"
    r"|各(?:地区?|区|县|市|级|地方)[^。，]{0,30}?负(?:主体|总体|首要|属地)?责任(?!务)"     # 各区市县政府…负主体责任
    r"|(?:衷心|非常|再次)?(?:感谢|谢谢)(?:你们|您|各位)?[^。]{0,40}?(?:关心|支持|理解|建议)"   # a reply's thanks
    # ... or says what the whole document means (…是…的重要举措，对于…具有重要意义。各有关部门要…)
    r"|[^。]{0,200}?(?:重要举措|重大举措|重要抓手)[^。]{0,120}?具有(?:十分)?重(?:要|大)(?:的?现实)?意义"
    r"|[^，。；]{2,40}?(?:牵头)?负责(?:[^。]{0,30}?督促指导)?本(?:意见|通知|方案|办法|措施)"
    r"|特此(?:通知|公告|通告|函复|批复|报告)|请(?:认真|遵照|结合|各地)[^。]{0,20}?(?:贯彻|执行|落实)"
    # the document's terms against others' (上级文件另有规定…按照有关规定执行, 国家和省另有规定的，从其规定)
    r"|(?:国家|上级|中央|省|市)[^。，]{0,12}?另有规定|[(（]注[:：]"
    r"|(?:以上|上述)(?:意见|报告|请示)[^。]{0,6}?如无不妥|请批转"
    r"|(?:" + _FURNITURE + r"|责任编辑|记者[:：]|扫一扫)"
    r"|本作品(?:是|在|属于)|Public domain)")      # a wiki's licence notice under the text
# A news article's subhead between its passages (飘窗最大尺寸放宽至0.8米): a short line, four Han characters at
# least, no punctuation.
NEWS_SUBHEAD = _Deferred(r"^(?=(?:[^\p{Han}]*\p{Han}){4})[^，。；：！？,;:!?、（）()《》]{4,20}$")
# A speech turning to its audience again (各位代表！, 同志们！): the passage it opens belongs to the top-level
# part, outside the numbered items before it (a work report's 政府自身建设, 国防, 外交 after its tasks).
SALUTATION = _Deferred(r"^(?:各位代表|各位委员|同志们|代表们|女士们[、，,]?先生们|朋友们)[！!]")
# The label of the page's furniture after the text (相关附件, 相关链接：《…》), with or without its first link on
# the line: closing, no text, and every paragraph after it is links.
FURNITURE_START = _Deferred(r"^(?:" + _FURNITURE + r"|推荐阅读|延伸阅读)")
# A closing paragraph that says so only in a later sentence (各部门应…。本意见自印发之日起施行。), and one that
# closes a notice whose items are 第X条 (本通知自…起施行 after 第十条; a law's own 本条例自… stays its article's).
CLOSING_EFFECT = _Deferred(
    r"(?:^|[。；;])\s*(?P<doc>" + _DOCUMENT + r")[^。]{0,40}?(?:自|从)[^。]{0,30}?(?:起|之日)[^。]{0,6}?(?:施行|执行|实施|生效)")
NOTICE_DOCUMENT = _Deferred(r"通知|意见|措施|方案|公告|决定|指引|计划|政策|文件")
# A sentence anywhere in a paragraph after the last item that calls for the document to be carried out or
# followed (应急部要按照…本通知精神，认真组织实施; 其他地区可参照本方案推进…), or a reply's closing (现将…报送您).
CLOSING_CALL = _Deferred(
    r"(?:^|[。；;])\s*[^。；;]{0,40}?(?:按照|根据|参照|结合)[^。；;]{0,30}?本《?(?:通知|意见|方案|办法|决定|措施)》?"
    r"(?:精神|要求|规定)?[^。；;]{0,20}?(?:组织实施|贯彻|落实|执行|推进)|^现将[^。]{0,40}?(?:报送|呈报|转送)"
    # ... or calls on the whole province or city to unite and strive (全省人民要更加紧密地团结…, 全市广大党员干部群众要…)
    r"|(?:^|[。；;！!])\s*全[省市区县州国党][^。，；]{0,20}?(?:人民|干部|党员|群众|各族|上下)[^。，；]{0,6}?要"
    # ... or says how long the document's measures run (…上述政策凡未注明具体期限的，执行期限为2019年1月1日至…)
    r"|(?:^|[。；;])\s*(?:除[^。]{0,30}?外[，,])?" + _DOCUMENT + r"[^。]{0,30}?(?:执行期限|有效期限?)为")
# A text that is one pair of brackets and nothing more: （负责部门：住房城乡建设部）.
ONLY_BRACKETS = _Deferred(r"[(（](?:[^()（）]|[(（][^()（）]*[)）])*[)）][。；;]?")    # (one bracket inside: 各县(市、区))
# An item that only names a document or a file (a list of links: 《…》问答, …（图解）, ….pdf): no task.
LINK_ITEM = _Deferred(r"^《[^》]{2,80}》[^。，,；;]{0,12}$|^[^。，,；;]{2,80}[(（](?:图解|视频|全文)[)）]$"
                          r"|\.(?:pdf|docx?|xlsx?|wps|zip)$", regex.I)
# A placeholder for text the publisher left out: （略）.
OMITTED = _Deferred(r"^[(（]?略[)）]?[。.]?$")
# A labelled field of an item, not an item of its own: （三）责任单位：…, 2.完成时限：…, 适用范围：….
FIELD_LABEL = _Deferred(
    r"^[【\[]?(?P<label>\p{Han}{0,4}?(?:单位|部门|时限|时间|期限|节点|范围|流程|主体|内容))[】\]]?\s*[:：]")
# The same labels standing alone as an item's title (（三）责任单位 over its text).
FIELD_TITLES = frozenset(UNIT_LABELS) | frozenset((
    "完成时限", "完成时间", "时间节点", "时限要求", "实施时间", "实施期限", "执行期限", "适用范围", "办理流程"))
# A duty assigned to a unit named first: （一）市卫生健康委：负责…; 市财政局负责….
DUTY_OPENING = _Deferred(
    r"^(?P<unit>[^，。；,;:：()（）\s]{2,30}?)(?:[:：]\s*(?=负责|牵头)|(?:要|应当|应)?(?:负责(?![人解同])|牵头(?!解释)))")
DUTY_CLAUSE = _Deferred(r"负责|牵头")
# Goal sections: 主要目标, 工作目标, 目标任务, 主要指标 …, not work done on a goal (认真落实房价控制目标).
# A paragraph that opens by stating goals (今年发展主要预期目标是：…, 完成如下工作目标：) in a section that is no
# goal section by its title (a work report's 总体要求和政策取向): the label before the colon.
GOAL_STATEMENT = _Deferred(r"^(?P<label>[^。：:；;，,]{0,24}?目标(?:任务)?)(?:是|为|如下)?[：:]")
# A heading that names more than one thing (总体要求和主要目标, 指导思想、基本原则和发展目标): where an item
# under it is titled as the goal (6.主要目标), that item is the goal section, not the whole group.
COMPOSITE_TITLE = _Deferred(r"[和与及、，,](?:[^和与及、，,]{0,4})?(?:目标|指标)(?:任务)?$")
GOAL_SECTIONS = _Deferred(r"(?<!实现[^，。]{0,12})(?<!落实[^，。]{0,12})(?<!完成[^，。]{0,12})(?<!确保[^，。]{0,12})目标|主要指标")
# --- deadlines (deadlines.py) ----------------------------------------------------------------------
# A date that may close a time limit: 2024年6月30日前, 2023年底前, 6月底前, 二季度前, 上半年, 2025年内, 年底前完成,
# 年内 and 今年内, 今年开工 (the year the document is issued in; never 3年内, 两年内: a span).
DEADLINE_DATE = _Deferred(
    # (the first class lets the engine skip to where a date can start: 7x faster than the lookahead alone)
    r"(?=[0-9第一二三四五六七八九十上下年今本])"
    r"(?=(?:19|20)\d\d\s*年|[一二][〇零○一二三四五六七八九]{3}\s*年|(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
    r"|第?[一二三四1-4]\s*季度|[上下]半年|年[底末]|[今本]年|(?<![\d〇零○一二两三四五六七八九十几多半近当去])年内)"
    r"(?:(?P<year>(?:19|20)\d\d|[一二][〇零○一二三四五六七八九]{3})\s*年\s*)?"
    r"(?:(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月\s*"        # 6月, 六月 (a 1981 notice's)
    r"(?:(?P<day>3[01]|[12]\d|0?[1-9]|三十一?|二?十[一二三四五六七八九]?|[一二三四五六七八九])\s*日|(?P<mend>[底末]))?"
    r"|第?(?P<quarter>[一二三四1-4])\s*季度\s*(?P<qend>[末底])?|(?P<half>[上下])半年|(?P<yend>年?[底末]|[今本]?年内"
    r"|[今本]年度?(?=\s*(?:开工|完成|建成|实现|启动|上线|出台|投用|竣工|全面|基本))))?"
    r"\s*(?P<before>以前|之前|前|内)?\s*(?:(?P<done>完成)|(?=(?P<result>取得|实现|建成|上线|开工|竣工|投用|投产)))?")
# Work a deadline's sentence sets (within DEADLINE_REACH characters after the date).
DEADLINE_WORK = _Deferred(
    r"完成|实现|建成|建立|出台|制定|印发|落实|开展|启动|上线|覆盖|报送|提交|形成|达到|推广|完善|取得|组建|实施|全面"
    r"|基本|力争|确保|到位|发放|拨付|办结|整改|清理|部署|召开|公布|发布|修订|编制|投用|投入使用|竣工|开工"
    r"|上报|备案|审核|发出|签订|移交|清偿|取消|退还|纳入|报(?![名销价道])|扩大到|提高到|提升到|推出")
DEADLINE_REACH = 40
# An option the date opens, not work it closes: 2023年12月31日前，房地产企业可申请降低配建面积.
DEADLINE_OPTION = _Deferred(r"(?:可以?|均可|即可)(?:申请|享受|按|选择|继续|办理|自愿|提出|申报|参加|使用|不再)|阶段性")
# 自本通知印发之日起30日内: a limit counted from the document's own day.
DEADLINE_RELATIVE = _Deferred(
    r"(?:自|从)?(?:本(?:通知|意见|方案|办法|规定|决定|措施|文件))?(?:印发|发布|公布|施行|实施|下发)之日起\s*"
    r"(?P<count>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?P<unit>个工作日|日|天|个月|年)内"
    # ... and a span of years or months in running text before the work it limits (确保1年内完成, 争取三年内实现,
    # 在2—3年内调整到位), counted from the document's day; not a condition's (毕业2年内) nor a sanction's (5年内不得)
    r"|(?<=(?:确保|力争|争取|要|在|于|^|[，,；;])\s*)(?:\d{1,2}\s*[—\-－~至]\s*)?(?P<count>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*"
    r"(?P<unit>个月|年)内(?=\s*(?:全面|基本|逐步|全部)?(?:完成|实现|建成|调整到位|到位|覆盖|推广|落实|出台|建立|取消"
    r"|认定|培育|创建|打造|形成|达到|新增|引进))"
    # ... or after 力争/确保/争取, whatever follows (力争三年内市本级住宅土地供应量…增加20%以上)
    r"|(?<=(?:确保|力争|争取)\s*)(?P<count>\d{1,2}|[一二两三四五六七八九十]{1,3})\s*(?P<unit>个月|年)内")
# 每年7月31日前, 每季度报送一次, 每年调整1次: recurring; 每月1000元 is an amount, not a time limit.
DEADLINE_RECURRING = _Deferred(
    r"每(?:年|季度|半年|月)(?:\s*(?:(?:1[0-2]|0?[1-9])\s*月)?\s*(?:3[01]|[12]\d|0?[1-9])\s*日(?:前|以前|之前)|[底末]前"
    r"|[^。；，,\d元]{0,6}?(?:报送|开展|组织|调整|公布|评估|更新|发布|召开|通报|考核|检查|发放|进行|调查|审核|核定|申报)"
    r"(?:[^。；，,]{0,4}?(?:一次|\d{1,2}次))?(?!的))")
# (how often a benefit is had, 每人每年只享受一次, is no time limit: work must be done at that rhythm; nor what is
# done at a rhythm, named: 按每年公布的成本差价)
DEADLINE_RECURRING_CELL = _Deferred(r"^(?:每(?:年|季度|半年|月|周)|定期)")
# A time limit labelled inside a task's text: …。完成时限：2025年12月底前; （责任单位：…；完成时间：2024年6月）.
TIME_FIELD = _Deferred(r"(?:完成时限|完成时间|完成期限|办结时限|时间节点|时限要求|时间要求)[ \t]*(?:[:：]\s*|\n)"
                       r"(?P<value>[^；;。，,()（）\n]{2,30})")
DEADLINE_ONGOING = _Deferred(r"长期坚持|持续推进|长期推进|持续开展|常态化|长期|持续")
# （持续推进，牵头单位：…）: an ongoing time limit written in brackets beside the units.
DEADLINE_ONGOING_MARK = _Deferred(r"[（(](?P<raw>长期坚持|持续推进|长期推进|持续开展|常态化推进)[，,；;）)]")
TARGET_RE = _Deferred(
    r"(?:(?P<verb>新增|达到|达|超过|不低于|不少于|提高到|提高至|提升到|提升至|增长|控制在|突破|累计|新建|培育|建成|保持在|占比达)"
    r"\s*+)?(?<![\d.\s])(?P<low>\d++(?:\.\d++)?)(?:\s*+[-—~～至到]\s*+(?P<high>\d++(?:\.\d++)?))?\s*+"
    r"(?P<unit>%|个百分点|万亿元|亿元|万元|元|万人次|万人|万户|万吨|万千瓦|平方公里|平方米|公里|千米|家|个|件|项|人|次|所|座|户|台|套|批|名|条|处|张|倍|吨|亩)"
)
DIGIT = _Deferred(r"\d")      # ASCII and full-width digits alike
YEAR_RE = _Deferred(r"(?:到|至|截至|截止)?\s*(?P<year>20\d\d)\s*年(?:底|末)?")
INDICATOR_UNIT_RE = _Deferred(r"[(（](?P<unit>[^()（）]{1,8})[)）]\s*$")
INDICATOR_NATURE = _Deferred(r"(预期性|约束性)")
# --- task-division tables (任务分工表) ----------------------------------------------------------------
# Header cell -> column role. A table with a task column and a unit column gives one task per row.
TASK_TABLE_COLUMNS = (
    ("task", regex.compile(r"^(?:重点|主要|具体|工作|改革|细化)?(?:任务|事项|工作任务|工作事项|工作内容|任务内容|"
                           r"措施|举措|工作措施|政策措施|任务措施|目标任务|目标与任务|任务目标|工作目标|工作)(?:名称|内容|及要求)?$"
                           r"|^(?:主要|具体)内容$")),
    ("lead", regex.compile(r"^(?:牵头|主责|主办|主要责任)(?:责任)?(?:单位|部门)$")),
    ("support", regex.compile(r"^(?:协同)?(?:配合|协办|参与|协同|协助)(?:责任)?(?:单位|部门)$")),
    ("units", regex.compile(r"^(?:责任|实施|承办|指导|主管|负责)(?:单位|部门|主体|处室|科室|股室|机构)(?:[(（](?:单位|部门)[)）])?$")),
    ("deadline", regex.compile(r"^(?:完成|办结)?(?:时限|时间|期限)(?:要求|安排|节点)?$|^进度安排$")),
    ("group", regex.compile(r"^(?:任务|工作|重点)?(?:类别|领域|分类|方面|板块|类型)$")),   # a group's column (一、…), merged down
)

TASK_INDEX_LABEL = _Deferred(r"^(?:序号|编号|序)$")
# A cell that opens like an item of the document (一、, （一）, 1.): a group's, never a column's label.
GROUP_CELL_START = _Deferred(r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．])")
YEAR_MONTH = _Deferred(r"(?P<year>(?:19|20)\d\d)\s*年(?:\s*(?P<month>1[0-2]|0?[1-9])\s*月)?")
# A year in a column label: 2025年, 2025年目标值, 2020年（基期）, 目标值 2025.
YEAR_IN_HEADER = _Deferred(r"(?<!\d)(?P<year>(?:19|20)\d\d)(?!\d)\s*年?")
YEAR_HEADER = _Deferred(r"^(?P<year>(?:19|20)\d\d)\s*年?(?:目标|目标值)?$")

# --- shared pieces of unit lists, enclosed titles and exports (units.py, metadata, read) ---------------------
# 教育、卫生、医保、人社部门: a field before a shared 部门, not a place
SHARED_FIELD = _Deferred(r"(?!各|有关|相关|其他|其它)\p{Han}{2,6}(?<![区市县省镇乡州旗盟村])")    # a field, not a place
SCOPE_PREFIX = _Deferred(r"^(?P<scope>各(?:区市县|市区县|区县|县区|市县|县市|区|县|市(?!场)|地区?|乡镇|街道))(?!级)"
                             r"\p{Han}{2,12}部门$")      # (各区市场监管部门: 各区, not 各区市)
BARE_DEPARTMENT = _Deferred(r"^(?!各|市|区|县|省|州|国家|中央|有关|相关|其他)\p{Han}{2,12}部门$")
# An enclosed title's note: （试行）, （征求意见稿）
DRAFT_NOTE = _Deferred(r"(?:[(（](?:试行|暂行|征求意见稿|送审稿|讨论稿|草案|修订|修订稿|修订版|\d{4}年修订)[)）])+")   # （试行）
# A page saved by a reader service as markdown: its title and address in a header above the content.
EXPORT_HEADER = _Deferred(r"\ATitle:[ \t]*(?P<title>[^\n]*)\n\s*URL Source:[ \t]*(?P<url>\S*)[^\n]*\n"
                              r"(?:\s*Published Time:[^\n]*\n)?\s*Markdown Content:[ \t]*\n")


# --- compiled on first use ------------------------------------------------------------------------
_DEFERRED = {name: value for name, value in globals().items() if isinstance(value, _Deferred)}
for _name in _DEFERRED:
    del globals()[_name]


def __getattr__(name: str):
    """A deferred pattern, compiled and kept as the module's attribute, so that later lookups find it directly."""
    deferred = _DEFERRED.get(name)
    if deferred is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    compiled = globals()[name] = regex.compile(deferred.source, deferred.flags)
    return compiled


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_DEFERRED))
