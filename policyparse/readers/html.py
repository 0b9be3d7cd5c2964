"""The HTML reader: a saved web page to text with its block structure kept.

lxml parses the page; scripts, styles and comments are never text. The article body is the
element holding the most paragraph text (navigation, headers and footers are left out); the
page's metadata table (索引号, 发文字号 …) and <meta> tags (ArticleTitle, PubDate …) become
labelled fields. Tables become one line per row, cells separated by " | ", with merged cells
(rowspan/colspan) resolved into a full grid.
"""
from __future__ import annotations

import functools
import itertools
import re

import regex

from ..patterns import DOC_NUMBER, HEADNOTE, META_LABELS
from ..text import label_match

BLOCK_TAGS = {"p", "div", "section", "article", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
              "blockquote", "pre", "center", "dd", "dt", "dl", "form", "header", "footer", "main",
              "table", "tr", "hr", "address", "figure", "figcaption", "nav", "aside"}
DROP_TAGS = ("script", "style", "noscript", "iframe", "select", "button", "template", "svg", "object")
# <meta name=… / property=…> -> page field. Names are compared in lower case; news sites use many.
META_NAMES = {"articletitle": "ArticleTitle", "og:title": "ArticleTitle", "pubdate": "PubDate",
              "pubtime": "PubDate", "publishdate": "PubDate", "article:published_time": "PubDate",
              "contentsource": "ContentSource", "source": "ContentSource", "author": "Author",
              "keywords": "Keywords", "description": "Description"}
SPACES = regex.compile(r"[ \t\r\n\f]+")
MARKUP_IN_VALUE = regex.compile(r"<[a-zA-Z/][^<>]{0,60}>")     # 关于&lt;br/&gt;进一步…: escaped markup in a meta value
BREAK = "\x00"      # a line break the reader makes (control characters are gone from the page by then)
# The standard library's engine: on one plain character class over a whole page it is ~7x faster.
NOT_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# NOT_XML's characters, asked cheaply: in a page's UTF-8 (lone surrogates passed through) each control character
# is one byte that no other character's UTF-8 holds, and U+D800-U+DFFF start with the byte ED (so does
# U+D000-U+D7FF, Hangul: there the pattern decides); U+FFFE and U+FFFF are looked for in the text itself.
NOT_XML_CONTROL_BYTES = bytes(code for code in range(0x20) if NOT_XML.match(chr(code)))
SURROGATE_LEAD_BYTE = b"\xed"
NOT_XML_NONCHARACTERS = ("\ufffe", "\uffff")
# Between a page title and the site's name: " - ", "——", "_", "|" (a lone "—" inside 2021—2023 is not one),
# or any dash when the piece it cuts off names a site ("天津日报数字报刊平台-…").
TITLE_SEPARATOR = regex.compile(r"(?<!\s)\s++[-—|_]\s++|——|--|_|\|")
ANY_DASH = regex.compile(r"(?<!\s)\s*+[-—–]\s*+")
SITE_NAME = regex.compile(r"(?:网|网站|平台|门户|频道|首页|官网|客户端|数字报|报刊|新闻中心|专题报道|专题|动态|协会|资讯|要闻)$")
HEADING_SLACK = 3
HEAD_CHARS = 3000       # where a body's title and 发文字号 would stand
CHARSET = regex.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", regex.I)
SNIFF = regex.compile(r"<(?:!doctype\s+html|html|head|body|div|p|table)[\s>]", regex.I)
# The labels of a page's metadata block: the one table of them (patterns.META_LABELS), the longest first
# so that a label inside another (文号 in 发文字号) is not counted twice.
META_LABEL_NAMES = tuple(sorted(META_LABELS, key=len, reverse=True))
# Any one of them, asked first: most blocks hold none, and one search is cheaper than a test per label.
ANY_META_LABEL = re.compile("|".join(map(re.escape, META_LABEL_NAMES)))
MAX_INFO_TABLE_CHARS = 600
INFO_BLOCK_TAGS = ("table", "div", "ul", "ol", "dl")     # the elements that may be a page's metadata block
INFO_LABELS_MIN = 3
CHROME_NAMES = regex.compile(r"foot|header|^nav|[\s_-]nav|menu|copyright|banner|breadcrumb|share|sidebar|toolbar")       # label names that make a block the page's metadata block
LAYOUT_CELL_CHARS = 300
MAX_COLUMNS = 200       # a table's grid is at most this wide: colspan=50 on every cell cannot blow it up
CONTENT_SHARE = 0.6   # the body holds at least this share of the page's text outside links
HIDDEN_STYLE = regex.compile(r"(?:display\s*:\s*none|visibility\s*:\s*hidden)", regex.I)
HIDDEN_MIN_WEIGHT = 100  # a hidden element holding less text than this is left alone (asked of big ones only)
HIDDEN_MAX_SHARE = 0.5   # hidden elements holding more of the text than this are the body, shown by a script
SIBLING_SHARE = 0.08  # ... and its siblings less than this share, or the body is their parent
# A paragraph or inline element is never the body of a page whose other paragraphs have text.
PARAGRAPH_TAGS = frozenset({"p", "span", "font", "b", "strong", "em", "i", "u", "a", "h1", "h2", "h3", "h4",
                            "h5", "h6", "li", "pre", "center", "blockquote"})


def looks_like_html(text: str) -> bool:
    return bool(SNIFF.search(text[:2000]))


def declared_charsets(data: bytes) -> list[str]:
    return [m.decode("ascii", "replace").lower() for m in CHARSET.findall(data[:5000])]


def html_to_text(html: str) -> tuple[str, dict[str, str]]:
    """(text, page_meta): the page's text with one block a line, and its <meta> fields."""
    try:
        import lxml.html
        from lxml import etree
    except ImportError:
        from ..errors import InputError

        raise InputError("reading HTML needs lxml: pip install lxml", "missing_extra") from None

    html, encoded = _xml_page(html)
    try:
        # The plain etree parser: lxml.html's element classes cost a Python call per element touched.
        # huge_tree: libxml2 otherwise stops at 256 open elements, and the rest of a page left with
        # hundreds of unclosed <font> tags would vanish
        root = lxml.html.document_fromstring(*_parser_input(html, encoded, huge_tree=True))
    except (etree.ParserError, ValueError):
        return "", {}
    page_meta = _meta_tags(root)
    for element in root.xpath("//comment() | //processing-instruction()"):
        _remove(element)
    _remove_all(root, DROP_TAGS, CHARACTER_REFERENCE in html)
    body, hidden = _content(root)
    for element in hidden:          # never shown: often a second copy of the text, run together
        _remove(element)
    lines = []
    info = _info_table(root, body)
    if info:
        lines.append(info)
    text = _render(body)
    above = _heading_above(body)
    if above and _squash(above.split("\n")[0])[:12] not in _squash(text[:HEAD_CHARS]):
        text = f"{above}\n{text}"      # the page's heading (and its date) just above the body's container
    title_tag = _title_tag(root)
    if title_tag:
        page_meta["TitleTag"] = title_tag
    # A title missing from the body is added above it: the page's ArticleTitle, or a <title> that the
    # page also shows as a heading or that reads as a document's title (关于…); a generic <title>
    # ("…政府信息公开指南") is not.
    strong = page_title(page_meta["ArticleTitle"]) if page_meta.get("ArticleTitle") else None
    title = strong or title_tag
    head = _squash(text[:HEAD_CHARS])
    missing = title and _squash(title)[:12] not in head
    numbered = any(DOC_NUMBER.fullmatch("".join(line.split())) for line in text[:HEAD_CHARS].split("\n"))
    if title and (missing or not numbered):
        # (only a missing title is looked for everywhere; the 发文字号 beside a title, among headings)
        heading, element = _find_heading(root, title, None if missing else HEADING_TAGS)
        if missing and (heading or strong or "关于" in title):
            lines.append(heading or title)
            headnote = _headnote(root, element)
            if headnote and _squash(headnote)[:12] not in head:
                lines.append(headnote)      # its 题注 (（二〇二五年十一月十八日…通过）) in the row under it
        number = _number_after(element) if element is not None else None
        if number and not numbered:
            lines.append(number)            # the 发文字号 printed under the title, outside the body too
    lines.append(text)
    return "\n".join(lines), page_meta


HEADING_ABOVE_MAX = 200     # the heading block above a body holds little more than a title and a date
HEADING_ABOVE_MIN = 8       # ... and its heading is a title, not a button (公报PDF)
HEADING_ABOVE_LEVELS = 3


def _heading_above(body) -> str | None:
    """The blocks right before the body or one of its nearest containers, from a heading on
    (<div class="…tit"><h3>《…》的政策解读</h3><p>2025-10-09</p></div>; <h2>title</h2><div>日期：…</div>;
    <div class="big-title">…</div><div class="second-title">（…通过）</div><div>来源：…</div>): the page's title,
    题注 and date, which the body (the article's text alone) leaves out. None where there is no such run."""
    node = body
    for _ in range(HEADING_ABOVE_LEVELS):
        run, before = [], _previous_element(node)
        while before is not None and len(run) < HEADING_ABOVE_SIBLINGS:
            if _is_chrome(before) or _is_info_block(before):
                break                   # (a page's info block is read apart, once)
            run.insert(0, before)
            if _heading_in(before) is not None:
                break
            before = _previous_element(before)
        if run:
            heading = _heading_in(run[0])
            if heading is None:
                if node is body and len(run) == 1 and _previous_element(run[0]) is None:
                    node = node.getparent()     # a summary beside the body (div.subject): the heading is a level up
                    if node is None:
                        return None
                    continue
                return None
            title = SPACES.sub(" ", text_of(heading)).strip()
            text = "\n".join(_render(element) for element in run)
            if len(title) < HEADING_ABOVE_MIN or not 0 < len(text) <= HEADING_ABOVE_MAX:
                return None
            return text
        if _previous_element(node) is not None:
            return None
        node = node.getparent()
        if node is None:
            return None
    return None


HEADING_ABOVE_SIBLINGS = 3
# The words of a page's info line under its title (来源：… 时间：… 浏览：… 字号): such a block is no heading. (Not
# patterns.BYLINE_WORDS, which tells a byline in the text by its people and sources.)
INFO_LINE_WORDS = regex.compile(r"来源|时间|日期|发布|浏览|作者|字号")


def _heading_in(element):
    """The heading an element is or holds: h1-h4, or a block whose class names it a title (big-title) and
    whose text is no byline (来源：… 时间：…)."""
    if element.tag in HEADING_TAGS:
        return element
    inner = next(element.iter("h1", "h2", "h3"), None)
    if inner is not None:
        return inner
    named = "title" in (element.get("class") or "").lower() or "tit" in (element.get("class") or "").lower().split()
    return element if named and not INFO_LINE_WORDS.search(text_of(element)) else None


def _previous_element(element):
    """The element before this one, comments and empty elements (<div class="repeatX"></div>) passed over."""
    before = element.getprevious()
    while before is not None and (not isinstance(before.tag, str) or not text_of(before).strip()):
        before = before.getprevious()
    return before


def _xml_page(html: str) -> tuple[str, bytes | None]:
    """(text, utf8): the page without what lxml refuses (NOT_XML: control characters, lone surrogates), and its
    UTF-8 where it held none (else None). Most pages hold none, which their UTF-8 tells in C several times
    faster than the pattern's scan of the text."""
    encoded = html.encode("utf-8", "surrogatepass")
    if len(encoded.translate(None, NOT_XML_CONTROL_BYTES)) == len(encoded) and SURROGATE_LEAD_BYTE not in encoded \
            and not any(character in html for character in NOT_XML_NONCHARACTERS):
        return html, encoded
    return NOT_XML.sub("", html), None


# lxml refuses a text (not bytes) that opens with an XML declaration naming an encoding (a ValueError: the page
# is then read as empty); such a page is given to it as text, as it always was.
XML_DECLARATION = "<?xml"


def _parser_input(html: str, encoded: bytes | None, **options) -> tuple:
    """(page, parser) for lxml: the page's UTF-8 where it is at hand, which libxml2 parses as it is (its own
    encoding named, so that no <meta charset> overrides it), else the text, which libxml2 first converts."""
    from lxml import etree

    if encoded is None or html.startswith(XML_DECLARATION):
        return html, etree.HTMLParser(**options)
    return encoded, etree.HTMLParser(encoding="utf-8", **options)


# Where a page holds no character reference (&#1;, &#x1;), the parser makes no NOT_XML character: the page holds
# none by then, and no named entity stands for one.
CHARACTER_REFERENCE = "&#"


def _remove_all(root, tags: tuple, references: bool) -> None:
    """Every element of these tags below the root, its tail kept in its place. Without character
    references no tail holds a NOT_XML character to clean, and lxml does the work in C (a tail it leaves
    beside the text before it reads as one text with it, as _remove makes it)."""
    if not references:
        from lxml import etree

        etree.strip_elements(root, *tags, with_tail=False)
        return
    for element in list(root.iter(*tags)):
        _remove(element)


def _remove(element) -> None:
    parent = element.getparent()
    if parent is None:
        return
    tail = NOT_XML.sub("", element.tail) if element.tail else None     # &#1; decoded after the first clean-up
    if tail:
        prev = element.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)


def _meta_tags(root) -> dict[str, str]:
    out = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = MARKUP_IN_VALUE.sub("", meta.get("content") or "").strip()
        if name in META_NAMES and content:
            out.setdefault(META_NAMES[name], content)      # the first of several aliases wins
    return out


def _title_tag(root) -> str | None:
    titles = root.xpath("//title")     # (xpath, not iter: on a broken tree libxml2's links can hide it from iter)
    if not titles:
        return None
    return page_title(SPACES.sub(" ", text_of(titles[0])).strip())


def page_title(text: str) -> str | None:
    """The document's title in a page title that also names the site: '高阳县人民政府网站——…的意见'."""
    parts = [p.strip() for p in TITLE_SEPARATOR.split(text) if p and p.strip()]
    if not parts:
        return None
    named = [p for p in parts if not SITE_NAME.search(p)] or parts
    title = max(named, key=len)
    pieces = ANY_DASH.split(title)
    while len(pieces) > 1 and SITE_NAME.search(pieces[0]):
        pieces.pop(0)
    while len(pieces) > 1 and SITE_NAME.search(pieces[-1]):
        pieces.pop()
    return title[title.index(pieces[0]):title.rindex(pieces[-1]) + len(pieces[-1])]


HEADING_TAGS = ("h1", "h2", "h3", "h4")


def _find_heading(root, title: str, tags: tuple[str, ...] | None = None):
    """(text, element): the page's own element that shows the title (its real text), or (None, None)."""
    want = _squash(title)
    for element in root.iter(*(tags or ("h1", "h2", "h3", "div", "p", "td", "span"))):
        text = text_of(element)
        if len(text) > HEADING_SLACK * len(want) + 40:    # a container, not the heading
            continue
        text = _squash(text)
        if text and text == want:
            return SPACES.sub(" ", text_of(element)).strip(), element
    return None, None


def _number_after(element) -> str | None:
    """A 发文字号 standing alone in one of the elements right after the title's (<h3>长府发〔2015〕6 号</h3>)."""
    for sibling in list(element.itersiblings())[:3]:
        if not isinstance(sibling.tag, str):
            continue
        text = SPACES.sub(" ", text_of(sibling)).strip()
        if text and DOC_NUMBER.fullmatch("".join(text.split())):
            return text
    return None


def _headnote(root, element) -> str | None:
    """The 题注 of a title the body leaves out (（二〇二五年十一月十八日…全体会议通过）): in an element right after
    the title's, else the first piece of the page's text that is one and nothing more (a layout table's row)."""
    after = [text_of(e) for e in itertools.islice(element.itersiblings(), 3) if isinstance(e.tag, str)] \
        if element is not None else []
    for text in itertools.chain(after, root.itertext()):      # (the page's text pieces: one pass, no subtree strings)
        # (a 题注 holds its year's 年: a substring test passes over the page's other pieces before the pattern)
        if len(text) <= HEADING_ABOVE_MAX and "年" in text and HEADNOTE.match(text.strip()):
            return SPACES.sub(" ", text).strip()
    return None


def _squash(text: str) -> str:
    return "".join(text.split())        # every kind of space, &nbsp; and 全角 included


def _content(root):
    """(body, hidden): the deepest element holding most of the page's text outside links (the article
    body), and the elements the page never shows (style display:none or visibility:hidden, the hidden
    attribute), whose text does not count. When the hidden ones hold most of the text (a body shown
    by a script), they count and stay."""
    bodies = root.xpath("//body")      # (xpath, as for the title)
    top = bodies[0] if bodies else root
    totals, hidden = _text_totals(top, skip_hidden=True)
    if sum(totals[e] for e in hidden) > HIDDEN_MAX_SHARE * (totals[top] + sum(totals[e] for e in hidden)):
        totals, hidden = _text_totals(top, skip_hidden=False)
    whole = totals.get(top, 0)
    unseen = set(hidden)
    node = top
    while True:
        heavy = [c for c in node if c not in unseen and totals.get(c, 0) >= CONTENT_SHARE * whole]
        if not heavy:
            return node, hidden
        others = sum(totals.get(c, 0) for c in node
                     if c is not heavy[0] and c not in unseen and not _is_chrome(c) and not _is_info_block(c))
        if others >= SIBLING_SHARE * whole:   # the notice beside its big attached table
            return node, hidden
        if others and heavy[0].tag in PARAGRAPH_TAGS:
            return node, hidden                # a long paragraph (lines kept by <br>) among the body's others
        node = heavy[0]


def _text_totals(top, skip_hidden: bool) -> tuple[dict, list]:
    """Han characters below each element, not counting link text, and, with `skip_hidden`, the hidden
    elements holding some text, which their parents do not count. One loop over the nodes in reverse
    document order: a node's total is complete before it is added to its parent's (no recursion)."""
    totals: dict = {}
    hidden: list = []
    linked = set()                  # <a> elements and everything below them
    for anchor in top.iter("a"):
        linked.update(anchor.iter())
    get = totals.get
    for node in reversed(list(top.iter())):     # (_han written out: this runs for every node of the page)
        add = 0
        if isinstance(node.tag, str):
            count = get(node, 0)
            text = node.text
            if text and node not in linked:
                count += (len(text.encode("utf-8", "surrogatepass")) - len(text)) >> 1
            totals[node] = count
            if node is top:
                break
            if skip_hidden and count >= HIDDEN_MIN_WEIGHT and _is_hidden(node):
                hidden.append(node)
            else:
                add = count
        parent = node.getparent()
        tail = node.tail
        if tail and parent not in linked:
            add += (len(tail.encode("utf-8", "surrogatepass")) - len(tail)) >> 1
        totals[parent] = get(parent, 0) + add
    return totals, hidden


def _is_hidden(element) -> bool:
    if element.get("hidden") is not None:
        return True
    style = element.get("style")
    if not style or not ("one" in style or "ONE" in style or "idden" in style or "IDDEN" in style):
        return False                # most styles: decided by substring tests, before the pattern
    return HIDDEN_STYLE.search(style) is not None


def text_of(element) -> str:
    """All text below an element (what lxml.html's text_content gives), by one compiled XPath."""
    return str(_string_xpath()(element))


@functools.lru_cache(maxsize=1)
def _string_xpath():
    from lxml import etree

    return etree.XPath("string()")


def _han(text: str | None) -> int:
    """The weight of a text in wide (CJK) characters: each takes 3 UTF-8 bytes where ASCII takes 1.
    Counted in C by the encoder, it tells article text from navigation as well as a Han count does."""
    return (len(text.encode("utf-8", "surrogatepass")) - len(text)) >> 1 if text else 0


def _is_chrome(element) -> bool:
    """A page header, footer, navigation or sharing bar, by its tag or its class/id names."""
    if not isinstance(element.tag, str):
        return True
    names = f"{element.tag} {element.get('class') or ''} {element.get('id') or ''}".lower()
    return bool(CHROME_NAMES.search(names))


def _is_info_block(element) -> bool:
    """A page's metadata block (索引号, 发文字号, 成文日期 … together), read apart from the body."""
    if not isinstance(element.tag, str):
        return False
    text = text_of(element)
    if len(text) > MAX_INFO_TABLE_CHARS * 3:
        return False
    squashed = _squash(text)
    if ANY_META_LABEL.search(squashed) is None:
        return False
    found = 0
    for name in META_LABEL_NAMES:
        if name in squashed:
            found += 1
            squashed = squashed.replace(name, "|")
    return found >= INFO_LABELS_MIN


def _info_table(root, body) -> str | None:
    """The page's metadata block (索引号/发文字号/成文日期 …) when it stands outside the body."""
    around = {body, *body.iterancestors()}      # holding the body
    within = set(body.iter(*INFO_BLOCK_TAGS))   # held by it
    for table in root.iter(*INFO_BLOCK_TAGS):
        if table in around or table in within:
            continue
        if _is_info_block(table):
            rendered = _render(table)
            lines = [l for l in rendered.split("\n") if l.strip()]
            return "\n".join(_label_lines(lines))
    return None


def _label_lines(lines: list[str]) -> list[str]:
    """Rows 'label： | value | label： | value |' become 'label：value' lines."""
    out = []
    for line in lines:
        cells = [c.strip(" |") for c in line.split(" | ")]
        cells = [c for c in cells if c]
        k = 0
        while k < len(cells):
            cell = cells[k]
            match = label_match(cell)
            if match and not match.group("value"):
                value = cells[k + 1] if k + 1 < len(cells) and not label_match(cells[k + 1]) else ""
                out.append(f"{cell.rstrip(':：')}：{value}")
                k += 2 if value else 1
            else:
                out.append(cell)
                k += 1
    return out


def _render(element) -> str:
    parts: list[str] = []
    _walk(element, parts)
    text = SPACES.sub(" ", "".join(parts)).replace(BREAK, "\n")    # the page's own whitespace is spacing
    lines = [line.strip(" ") for line in text.split("\n")]
    return "\n".join(line for line in lines if line.strip())


def _walk(element, parts: list[str]) -> None:
    """Texts as they stand, with BREAK where a block, <br> or table row ends a line (and, inside
    <pre>, where the text breaks its lines)."""
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag == "pre":
        parts.append(BREAK + text_of(element).replace("\r\n", "\n").replace("\n", BREAK) + BREAK)
        if element.tail:
            parts.append(element.tail)
        return
    if tag == "table":
        parts.append(BREAK + _table(element) + BREAK)
        if element.tail:
            parts.append(element.tail)
        return
    if tag == "br":
        parts.append(BREAK)
    block = tag in BLOCK_TAGS
    if block:
        parts.append(BREAK)
    if element.text:
        parts.append(element.text)
    for child in element:
        _walk(child, parts)
    if block:
        parts.append(BREAK)
    if element.tail:
        parts.append(element.tail)


def _is_layout(table) -> bool:
    """A table used for page layout (nested tables, long paragraphs in cells), not data."""
    for cell in table.iter("td", "th"):
        if _nearest_table(cell) is not table:
            continue
        if cell.find(".//table") is not None or len(cell.findall(".//p")) > 2 \
                or _han(text_of(cell)) > LAYOUT_CELL_CHARS:
            return True
    return False


def _table(table) -> str:
    """Rows as 'a | b | c |', with rowspan/colspan cells repeated into the grid."""
    if _is_layout(table):
        parts: list[str] = []
        for child in table:
            _walk(child, parts)
        return "".join(parts)
    grid: dict[tuple[int, int], str] = {}
    rows = [tr for tr in table.iter("tr") if _nearest_table(tr) is table]
    width = 0
    for r, tr in enumerate(rows):
        c = 0
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th"):
                continue
            while (r, c) in grid:
                c += 1
            text = _cell_text(cell)
            # spans bounded by the table itself: no row below its last, no column past MAX_COLUMNS
            rowspan = min(_span(cell.get("rowspan")), len(rows) - r)
            colspan = max(1, min(_span(cell.get("colspan")), MAX_COLUMNS - c))
            for dr in range(rowspan):
                for dc in range(colspan):
                    grid[(r + dr, c + dc)] = text if dc == 0 else ""
            c += colspan
            width = max(width, c)
    lines = []
    for r in range(len(rows)):
        cells = [grid.get((r, c), "") for c in range(width)]
        if sum(1 for c in cells if len(c) <= 12 and label_match(c)) >= 2:
            lines += _label_lines([" | ".join(cells)])
        elif any(cells):
            lines.append(" | ".join(cells) + " |")
    return BREAK.join(lines)


def _nearest_table(element):
    node = element.getparent()
    while node is not None and node.tag != "table":
        node = node.getparent()
    return node


def _cell_text(cell) -> str:
    parts: list[str] = []
    _walk(cell, parts)
    return SPACES.sub(" ", "".join(parts).replace(BREAK, " ").replace("|", "｜")).strip()


def _span(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 50))
    except ValueError:
        return 1
