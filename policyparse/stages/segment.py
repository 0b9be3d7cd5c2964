"""Stage `segment`: lines into blocks (paragraphs, tables, metadata fields, boilerplate).

Nothing is dropped: every non-blank line ends up in exactly one block. Web-page chrome becomes a
`boilerplate` block; a paragraph broken across lines by copy-paste is rejoined.
"""
from __future__ import annotations

import functools
from unicodedata import east_asian_width
import re
from collections import Counter

from ..patterns import (ANY_LABEL, BOILERPLATE, BYLINE_DATETIME, BYLINE_MAX, CLOSING, CONTINUATION_START, DATE_LINE, DATE_LINE_START, DATED_EVENT_LINE, DEADLINE_DATE, INNER_PUNCT,
                        OPENING, PAGE_NUMBER_LINE, TERMINAL_PUNCT, TOC_PAGE, TOC_TITLE, UNIT_SUFFIXES)
from ..columns import TARGET_VALUE, column_roles, is_label, task_columns, year_of
from ..headings import is_heading_line, is_title_line
from ..state import Block, Line, State
from ..text import fold, label_match
from ..units import is_unit_list

NAME_LINE_MAX = 25    # an organ's name on a line of its own is at most this long
JOIN_MIN_CHARS = 15   # a line shorter than this is a title, a name or a date: never continued
# A sentence end inside closing quotes ends a line as the sentence end does (a quote's own 。 closes it).
QUOTED_SENTENCE_END = ("。”", "！”", "？”", "。’", '。"')
UNFINISHED_END = frozenset("的和与及或、并")    # a line ending in a particle or a conjunction goes on
WRAP_MIN_CHARS = 16   # lines this long or longer tell a text's wrap width ...
WRAP_MIN_LINES = 3    # ... when at least this many of them share one length
WRAP_SHARE = 0.15     # ... and that many make this share of them


def segment(state: State) -> None:
    lines = [line for line in state.lines if line.text]
    # Page numbers are set aside first, so that a paragraph broken by a page break is joined again.
    is_page = [line.fold[:1] in PAGE_NUMBER_START and PAGE_NUMBER_LINE.match(line.fold) is not None for line in lines]
    pages = [_block("boilerplate", [line]) for line, page in zip(lines, is_page) if page]
    if pages:
        lines = [line for line, page in zip(lines, is_page) if not page]
    blocks: list[Block] = []
    # (a web page's or a Word document's lines are its paragraphs: only a text or a PDF is wrapped at a width)
    wrap = None if state.reader in ("html", "docx") else _Lazy(wrap_width, lines)
    paragraph = functools.partial(_paragraph, wrap=wrap, source=state.source,
                                  headings=_Lazy(_heading_folds, lines))
    text = _Lines(lines)
    readers = (_boilerplate, _meta_field, _table, paragraph)
    i = 0
    while i < len(lines):
        if text.plain[i]:           # (a line the first three readers pass over: most)
            block = None            # (a table whose cells lost their separators opens with 序号, 指标 or 类别)
            if lines[i].fold[:1] in TABLE_START:
                block, i = spaced_table(text, i) if lines[i].fold[:1] == "序" else (None, i)
                if block is None:
                    block, i = indicator_stream(text, i)
            if block is None:
                block, i = paragraph(text, i)
            blocks.append(block)
            continue
        for reader in readers:
            block, i_next = reader(text, i)
            if block is not None:
                blocks.append(block)
                i = i_next
                break
    state.blocks = sorted(blocks + pages, key=lambda b: b.first) if pages else blocks


# What a page number line (patterns.PAGE_NUMBER_LINE) starts with: a dash of "— 3 —" or the 第 of "第3页".
PAGE_NUMBER_START = "-—–－第"


# A line of web chrome (patterns.BOILERPLATE, whose alternatives are all tried at the line's start) starts with
# one of these characters or with a space, or is one of the four alternatives that may start anywhere and then
# holds a CHROME_WORD. A line that does neither cannot match and is not asked (the pattern costs some
# microseconds a line). Keep both in step with the pattern.
CHROME_START = frozenset(
    "正我下手您当首网浏访阅扫主承技原特本免信公已跳政"   # the alternatives' first words: 正文内容…, 我要留言, 跳到主要内容 …
    "微朋腾新豆分打收关字缩放默超大中小返"             # a line of page widgets (微信 微博 …), 【收藏】, 返回顶部
    "|/·•【】[]()（）:：+＋-<>›»"                      # the widgets' separators, 【打印】, [已废止], <!--…-->, > 政务公开 >
    "京沪粤浙苏"                                       # 京ICP备…
    "AaQqNnIiıİ")                                      # A+, QQ, Notice:, ICP备案 (the pattern ignores case)
# …公网安备…, …独家稿件…, 政策解读：https://…, a view counter (12次, -次); the standard engine, as a guard runs in C
CHROME_WORD = re.compile(r"公网安备|独家稿件|://|次$")


def _is_chrome(fold: str) -> bool:
    """Whether a line is web chrome (patterns.BOILERPLATE), the pattern asked only where it can match."""
    head = fold[:1]
    if head not in CHROME_START and not head.isspace() and CHROME_WORD.search(fold) is None:
        return False
    return BOILERPLATE.match(fold) is not None


class _Lines:
    """The lines segment reads, with the questions it asks of a line more than once (is it web chrome,
    patterns.BOILERPLATE; does it open with a metadata label, patterns.META_LABEL_RE; is it a table's row)
    answered once per line, and whether a line is none of them (`plain`: only the paragraph reader takes it)."""
    __slots__ = ("lines", "boilerplate", "labels", "tables", "plain")

    def __init__(self, lines: list[Line]):
        self.lines = lines
        self.boilerplate = [_is_chrome(line.fold) for line in lines]
        self.labels = [label_match(line.fold) for line in lines]
        self.tables = [is_table_line(line.fold) for line in lines]
        self.plain = [not (chrome or label or table)
                      for chrome, label, table in zip(self.boilerplate, self.labels, self.tables)]


def _block(kind: str, lines: list[Line], sep: str = "") -> Block:
    if len(lines) == 1:             # most blocks are one line: nothing to join
        return Block(kind, lines, lines[0].text, lines[0].fold)
    return Block(kind, lines, sep.join([l.text for l in lines]), sep.join([l.fold for l in lines]))


def _boilerplate(text: _Lines, i: int):
    if text.boilerplate[i]:
        return _block("boilerplate", [text.lines[i]]), i + 1
    return None, i


def _meta_field(text: _Lines, i: int):
    match = text.labels[i]
    if not match:
        return None, i
    lines = text.lines
    nxt = lines[i + 1] if i + 1 < len(lines) else None
    # '| 发文机关：' over '| 某市人民政府': an export's label cell over its value cell takes it
    piped = lines[i].fold[:1] in "|｜" and nxt is not None and nxt.fold[:1] in "|｜"
    inline = (match.group("value") or "").strip() or (match.group("colon") and not piped and not _value_below(text, i)) \
        or match.group("bracket")
    alone = inline or nxt is None or text.labels[i + 1] or is_heading_line(nxt.fold) \
        or len(nxt.text) > 120 or text.boilerplate[i + 1]
    taken = [lines[i]] if alone else [lines[i], nxt]
    block = _block("meta", taken, "\n")
    block.role = "".join(match.group("label").split())
    return block, i + len(taken)


VALUE_BELOW_MAX = 60    # a label's value on the line below it is this short


def _value_below(text: _Lines, i: int) -> bool:
    """Whether the empty label at line i ('发布单位:') has its value on the next line, as the info block it
    stands in writes them: label, value, label (the next line but one is a label), or it is the last of
    such pairs (the line two above is an empty label whose value is the line above)."""
    lines, labels = text.lines, text.labels
    if i + 1 >= len(lines) or len(lines[i + 1].text) > VALUE_BELOW_MAX or labels[i + 1] \
            or ANY_LABEL.match(lines[i + 1].fold):
        return False                # (发文字号: over 发文机构:某委: a label of its own, not the value)
    if i + 2 < len(lines) and labels[i + 2]:
        return True
    return i >= 2 and _empty_label(labels[i - 2]) and not labels[i - 1] \
        and len(lines[i - 1].text) <= VALUE_BELOW_MAX


def _empty_label(match) -> bool:
    """Whether a line's label match (META_LABEL_RE) is a label with its colon and no value."""
    return match is not None and bool(match.group("colon")) and not (match.group("value") or "").strip()


def is_table_line(fold: str) -> bool:
    """A table's row: cells between bars (1 | 指标 | 15 |, or | 指标 opening a line), or three cells or more between
    tabs (a table copied from a spreadsheet or a Word document)."""
    return fold.endswith("|") or fold.count("|") >= 2 or fold.startswith("| ") \
        or fold.count("\t") >= 2 and _tab_cells(fold) >= 3


def _tab_cells(text: str) -> int:
    return sum(1 for cell in text.split("\t") if cell.strip())


def _table(text: _Lines, i: int):
    lines, tables = text.lines, text.tables
    j = i
    while j < len(lines) and tables[j]:
        j += 1
    if j - i < 2:
        return None, i
    block = _block("table", lines[i:j], "\n")
    outer = lines[i].text.lstrip().startswith(("|", "｜"))      # | a | b | (markdown), else a | b |
    block.cells = [[cell.strip() for cell in _cells(line.text, outer)] for line in lines[i:j]]
    width = len(block.cells[0])
    for row, line in zip(block.cells, lines[i:j]):
        if len(row) < width and "|" not in line.fold:
            row[:0] = [""] * (width - len(row))     # a tab row's leading empty cells went with its indent
    return block, j


INDEX_LINE = re.compile(r"^(\d{1,3})(?:\s+|$)")
SPACES = re.compile(r"\s+")
SPACED_HEADER_MAX = 12      # cells of a task table's header at most
SPACED_LOOKAHEAD = 3        # a group's line stands at most this many lines above its first row
SPACED_SKIP_MAX = 100      # a row's number may run on from the last by this much (a table published in part)
SPACED_CELL_MAX = 200       # a line longer than this, no row's number opening it, is prose after the table


def spaced_table(text: _Lines, i: int):
    """A task table whose cells stand apart by spaces or one a line, as a PDF or a page copied as text writes it:
    a header of column labels from 序号 (序号 重点工作任务 主要责任单位 协同配合单位, on one line or one a line;
    columns.task_columns names a task and a unit column), then rows, each opening with a number above the last,
    and the lines of a group (一、…) between them. A row's cells: its number, its text (the cells up to the
    first that names units, joined: a wrapped or spaced text cell), its unit cells (the last unit column takes
    the last, the first the others: a column's units wrapped over lines), and a time limit last where the header
    has one. (None, i) where line i opens no such table."""
    lines = text.lines
    header, j = _spaced_header(lines, i)
    if header is None:
        return None, i
    named = task_columns(header)
    roles = named or _loose_roles(header)
    if not named:
        header = [("重点任务" if c == roles["task"] else label) for c, label in enumerate(header)]   # (its role said)
    width, rows, row, number, end = len(header), [header], None, None, j
    while j < len(lines):
        folded, line = lines[j].fold.strip(), lines[j].text.strip()     # (the same length: offsets agree)
        found = INDEX_LINE.match(folded)
        if found and (number is None or number < int(found.group(1)) <= number + SPACED_SKIP_MAX):
            if row is not None:
                rows.append(_fitted_row(row, roles, width))
            number, row = int(found.group(1)), [found.group(1)] + SPACES.split(line[found.end():].strip())
        elif is_heading_line(folded) and _rows_follow(lines, j + 1):
            if row is not None:
                rows.append(_fitted_row(row, roles, width))
            rows.append([lines[j].text.strip()] * width)        # a group's row (a colspan)
            row = None
        elif row is not None and len(folded) <= SPACED_CELL_MAX and not is_heading_line(folded) \
                and not text.boilerplate[j]:
            row += SPACES.split(line)
        else:
            break
        j = end = j + 1
    if row is not None:
        rows.append(_fitted_row(row, roles, width))
    if number is None:
        return None, i
    block = _block("table", lines[i:end], "\n")
    block.cells = rows
    return block, end


TABLE_START = frozenset("序指类類")
STREAM_HEADER_START = frozenset(("序号", "指标", "指标名称", "主要指标", "具体指标", "类别"))
STREAM_CELL_MAX = 40        # characters of an indicator table's cell written one a line; a longer line is prose
FIGURE_LOOKAHEAD = 6        # a group's line stands at most this many lines above a figure


def indicator_stream(text: _Lines, i: int):
    """An indicator table written one cell a line without separators (指  标 / 2020年 / 2025年 / 属性 / 一、发展水平 /
    1.学前教育毛入园率(%) / 99% / 99%以上 / 约束性): from a header of labels with a year among them, the short
    lines down to the first that is prose, each one cell, for the tables stage to cut into rows as any
    flattened table. A group's heading line (一、发展水平) stays a cell only where a figure follows it closely.
    (None, i) where line i opens no such table."""
    lines = text.lines
    cell = _squashed(lines[i].fold)
    if cell not in STREAM_HEADER_START:
        return None, i
    j, years = i + 1, 0
    while j < len(lines) and j - i <= SPACED_HEADER_MAX and is_label(_squashed(lines[j].fold)):
        years += year_of(_squashed(lines[j].fold)) is not None
        j += 1
    if not years or not _figure_follows(lines, j, SPACED_HEADER_MAX):
        return None, i
    while j < len(lines):
        fold = lines[j].fold.strip()
        if len(fold) > STREAM_CELL_MAX or "。" in fold or text.boilerplate[j] or text.tables[j] \
                or is_heading_line(fold) and not _figure_follows(lines, j + 1, FIGURE_LOOKAHEAD):
            break
        j += 1
    block = _block("table", lines[i:j], "\n")
    block.cells = [["".join(line.text.split())] for line in lines[i:j]]
    return block, j


def _squashed(fold: str) -> str:
    return "".join(fold.split())


def _figure_follows(lines: list[Line], k: int, reach: int) -> bool:
    return any(TARGET_VALUE.match(_squashed(lines[n].fold)) for n in range(k, min(len(lines), k + reach)))


def _rows_follow(lines: list[Line], k: int) -> bool:
    """Whether a row opens within a few lines from k, past the lines of further groups (一、… / 二、… / 68)."""
    while k < len(lines) and is_heading_line(lines[k].fold.strip()):
        k += 1
    return any(INDEX_LINE.match(lines[n].fold.strip()) for n in range(k, min(len(lines), k + SPACED_LOOKAHEAD)))


def _spaced_header(lines: list[Line], i: int) -> tuple[list[str] | None, int]:
    """The header cells from line i (序号 …, its labels apart by spaces on one line or one a line) and the line after
    it, or (None, i)."""
    cells = SPACES.split(lines[i].fold.strip())
    j = i + 1
    if len(cells) == 1:             # one label a line, down to the first row's number: short, no sentence, no digit
        while j < len(lines) and j - i < SPACED_HEADER_MAX and HEADER_LABEL.match(lines[j].fold.strip()):
            label = lines[j].fold.strip()
            if label[:1] in "(（" and len(cells) > 1:
                cells[-1] += label          # 责任股室 / (单位): one label wrapped
            else:
                cells.append(label)
            j += 1
        if not _rows_follow(lines, j):
            return None, i                  # (the first row, or a group's line over it, comes next)
        if task_columns(cells) or _loose_roles(cells):
            return cells, j                 # (序号 / 民生实事 / 责任单位 / 完成时限: the task's column named by its matter)
        return None, i
    if len(cells) < 3 or not task_columns(cells) or len(column_roles(cells)) < len(cells) - 2:
        return None, i
    return cells, j


HEADER_LABEL = re.compile(r"^[^\d\s。，,；;：:]{2,10}$")


def _loose_roles(header: list[str]) -> dict[str, int]:
    """The roles of a header that names a unit column but no task column by its usual labels: the first other
    column after the index is the task's (民生实事, 考核内容); {} where no unit column is named."""
    found = {role: c for c, role in sorted(column_roles(header).items(), reverse=True)}
    if not any(r in found for r in ("lead", "support", "units")):
        return {}
    task = next((c for c in range(1, len(header)) if c not in found.values()), None)
    if task is None:
        return {}
    found["task"] = task
    return found


def _fitted_row(cells: list[str], roles: dict[str, int], width: int) -> list[str]:
    """A spaced table's row as wide as its header (see spaced_table)."""
    cells = [c for c in cells if c]
    out = [""] * width
    out[0] = cells[0]
    rest = cells[1:]
    if "deadline" in roles and rest and DEADLINE_DATE.search(rest[-1]) and not _names_units(rest[-1]):
        out[roles["deadline"]] = rest.pop()
    unit_columns = sorted(roles[r] for r in ("lead", "support", "units") if r in roles)
    k = len(rest)
    while k > 1 and _names_units(rest[k - 1]):
        k -= 1
    text, units = rest[:k], rest[k:]
    task_column = max(c for r, c in roles.items() if r == "task")
    out[task_column] = "".join(text)
    rest_columns = len(unit_columns) - 1        # the unit columns after the first take a cell each, from the end
    if len(units) > rest_columns:
        head, tail = units[:len(units) - rest_columns], units[len(units) - rest_columns:]
        units = ["、".join(u.rstrip("。；;") for u in head)] + tail
    for column, value in zip(unit_columns, units):  # (fewer cells than columns: the first columns take them)
        out[column] = value.rstrip("。；;")
    return out


def _names_units(cell: str) -> bool:
    return is_unit_list(fold(cell).rstrip("。；;"))


def _cells(text: str, outer: bool = True) -> list[str]:
    """A row's cells. With `outer` the row's bars enclose it (| a | b |); without, a bar that opens the row
    follows an empty first cell (| b | under a | b |)."""
    if "|" not in text and "｜" not in text:
        return text.split("\t")            # a row of tab-separated cells
    parts = text.replace("｜", "|").split("|")
    if parts and not parts[-1].strip():
        parts = parts[:-1]
    if outer and len(parts) > 1 and not parts[0].strip() and text.lstrip().startswith("|"):
        parts = parts[1:]
    return parts or [""]


def wrap_width(lines: list[Line]) -> int | None:
    """The width a printed or hard-wrapped text breaks its lines at: the display width (a full-width character
    two columns, a half-width one) most long lines share (a PDF's line, a text wrapped at 34 characters), when
    enough of them share it; else None."""
    lengths = Counter(_columns(line.text) for line in lines if len(line.text) >= WRAP_MIN_CHARS)
    if not lengths:
        return None
    width, count = lengths.most_common(1)[0]
    return width if count >= max(WRAP_MIN_LINES, WRAP_SHARE * sum(lengths.values())) else None


class _Lazy:
    """A value computed on first use (the wrap width, needed only where a heading line may end)."""
    __slots__ = ("compute", "args", "done", "value")

    def __init__(self, compute, *args):
        self.compute, self.args, self.done, self.value = compute, args, False, None

    def __call__(self):
        if not self.done:
            self.value, self.done = self.compute(*self.args), True
        return self.value


TOC_LINES = 80       # a 目录 lists its headings in the lines right under it (leader dots, a page number: TOC_PAGE)


def _heading_folds(lines: list[Line]) -> frozenset[str]:
    """The heading lines a 目录 lists, each whole on one line; none where the text has no 目录."""
    # (as the outline asks; TOC_TITLE reads 目 first)
    at = next((k for k, line in enumerate(lines) if line.fold[:1] == "目" and TOC_TITLE.match(line.fold)), None)
    if at is None:
        return frozenset()
    return frozenset(TOC_PAGE.sub("", line.fold) for line in lines[at + 1:at + 1 + TOC_LINES] if is_heading_line(line.fold))


def _paragraph(text: _Lines, i: int, wrap: _Lazy | None = None, source: str = "", headings: _Lazy | None = None):
    lines = text.lines
    j = i + 1
    if j < len(lines) and _completes_heading(lines, i, j, headings):
        return _block("para", lines[i:j + 1]), j + 1       # the heading whole, and nothing after it
    while j < len(lines) and _continues(text, i, j, wrap, source):
        j += 1
    return _block("para", lines[i:j]), j


def _completes_heading(lines: list[Line], i: int, j: int, headings: _Lazy | None) -> bool:
    """Whether line j completes the heading that line i begins, as the 目录 writes that heading whole on one line
    (九、推动绿色低碳转型 / 发展，奋力建设公园城市 under a 目录 line 九、推动绿色低碳转型发展，奋力建设公园城市)."""
    if headings is None or lines[i].fold[-1:] in TERMINAL_PUNCT:
        return False
    whole = headings()
    return bool(whole) and lines[i].fold + lines[j].fold in whole


def _continues(text: _Lines, i: int, j: int, wrap: _Lazy | None = None, source: str = "") -> bool:
    """Whether line j continues the paragraph of lines i to j - 1 (a copy-paste line break). The lines so far
    are read only where a rule asks: no copy of them per line, which made a long wrapped paragraph quadratic."""
    prev, nxt = text.lines[j - 1], text.lines[j]
    if prev.fold[-1] in TERMINAL_PUNCT and (nxt.fold[0] not in CONTINUATION_START or prev.fold.endswith(("。", ":"))):
        return False                             # the common case, decided before any pattern runs
    if prev.fold.endswith(QUOTED_SENTENCE_END):
        return False                             # 修改为“…推进征收管理工作。” / 本决定自公布之日起施行。
    if text.boilerplate[j] or text.labels[j] or is_heading_line(nxt.fold):
        return False
    if text.tables[j]:
        return False
    if nxt.fold[:1] in DATE_LINE_START and (DATE_LINE.match(nxt.fold) or DATED_EVENT_LINE.match(nxt.fold)) \
            or _is_name_line(nxt.fold):
        return False                             # a signature or a law's dated head line, never a wrapped line
    if _is_byline(nxt.fold) or _is_byline(prev.fold):
        return False                             # 政策苏晓 2023-11-01 11:06:38 来源：中房网: a news page's byline
    if nxt.fold[0] in CONTINUATION_START and not prev.fold.endswith(("。", ":")):
        return True
    if prev.fold[-1] not in TERMINAL_PUNCT and _opens_more_than_closes(prev.fold):
        return True                              # a line broken inside （…） or 《…》 (a wrapped title)
    if prev.fold[-1] in TERMINAL_PUNCT or prev.fold.endswith(("。", "”。")):
        return False
    if prev.fold[-1] in UNFINISHED_END:
        return True                              # 广东省进一步提振和扩大消费的 / 若干措施: a line cannot end there
    if j - i == 1 and nxt.index == prev.index + 1 and is_heading_line(prev.fold) and not _indented(source, nxt) \
            and _wrapped(prev, wrap):
        return True     # (五)重点引进…、高等 / 院校和…: an item's line as wide as the text's, its sentence going on
    so_far = "".join([line.fold for line in text.lines[i:j]])
    if len(so_far) < JOIN_MIN_CHARS or not INNER_PUNCT.search(so_far):
        return False
    if j - i == 1 and nxt.index > prev.index + 1 and _indented(source, nxt) and not _indented(source, prev) \
            and is_heading_line(prev.fold):
        return False        # 三、采取有力措施，保证…的完成, a blank line, an indented paragraph (not a hanging indent)
    # 二、深入落实…战略定位，更好服务…大局 is a heading's whole line, unless the text is wrapped at its width
    return j - i > 1 or not is_title_line(prev.fold) or _wrapped(prev, wrap)


INDENT_CHARS = frozenset(" \t\u3000\u00a0\u2002\u2003")


def _indented(source: str, line: Line) -> bool:
    """Whether a line's text stands after indentation in the source (a paragraph's first line)."""
    return 0 < line.start <= len(source) and source[line.start - 1] in INDENT_CHARS


def _wrapped(line: Line, wrap: _Lazy | None) -> bool:
    """Whether a line reaches the width its text is wrapped at (a printed or hard-wrapped text), or falls short of
    it by a paragraph's indent (two full-width characters, lost when the text was copied)."""
    width = wrap() if wrap is not None else None
    return width is not None and _columns(line.text) >= width - INDENT_COLUMNS


INDENT_COLUMNS = 6      # two full-width characters, and the two a heading marker written half-width saves (（五） as (五))


def _columns(text: str) -> int:
    """A text's display width: two columns for a full-width or wide character, one for the others."""
    return len(text) + sum(1 for ch in text if ch >= "\u1100" and east_asian_width(ch) in "FW")


def _is_byline(fold: str) -> bool:
    """A short line with a date and a time of day: a news page's byline."""
    if ":" not in fold or len(fold) > BYLINE_MAX:
        return False
    found = BYLINE_DATETIME.search(fold)
    return found is not None and found.group("time") is not None


def _is_name_line(fold: str) -> bool:
    """A short line naming an organ ('某市应急管理局'): the signature above a date."""
    return len(fold) <= NAME_LINE_MAX and fold.endswith(UNIT_SUFFIXES) and not INNER_PUNCT.search(fold) \
        and fold[-1] not in TERMINAL_PUNCT


def _opens_more_than_closes(fold: str) -> bool:
    return sum(fold.count(ch) for ch in OPENING) > sum(fold.count(ch) for ch in CLOSING)
