"""Rules on a web page's own fields: its <meta> tags and its label/value info table."""
from __future__ import annotations


from ... import patterns as P
from ...state import Block, State
from ...readers.html import page_title
from ...text import fold
from .common import HEAD_BLOCKS
from .matter import Matter


PAGE_META_FIELDS = {"ArticleTitle": "info_title", "PubDate": "publish_date", "ContentSource": "source_name",
                    "Keywords": "keywords", "Author": "author", "TitleTag": "info_title"}


def page_meta(state: State, matter: Matter) -> None:
    """<meta> tags of a web page: kept as page fields; they fill only what the body lacks."""
    for name, value in state.page_meta.items():
        state.meta.setdefault("page_fields", {})[name] = value
    for name, field in PAGE_META_FIELDS.items():
        value = state.page_meta.get(name)
        if value and field == "info_title":
            value = page_title(value)           # the document's title without the site's name
        if value:
            state.meta.setdefault(field, value)


def web_fields(state: State, matter: Matter) -> None:
    for index, block in enumerate(state.blocks):
        if block.kind == "table" and index < HEAD_BLOCKS:
            pairs = list(_table_labels(block))      # an info table exported as rows of cells: 文件编号：… | …
        elif block.kind == "meta":
            pairs = _split_labels(block.role, _meta_value(block))
        else:
            continue
        fields = state.meta.setdefault("page_fields", {})
        if block.kind == "meta" and len(pairs) == 1 and pairs[0][1] and fields.get(pairs[0][0]) \
                and fields[pairs[0][0]] != pairs[0][1]:
            block.kind = "boilerplate"          # a template's variants of a field (有效性：有效 / 失效 / 废止)
            continue
        for label, value in pairs:
            field = P.META_LABELS[label]
            fields.setdefault(label, value)     # "" for a label left empty
            if value and (field not in state.meta or field in PAGE_META_FIELDS.values()):
                state.meta[field] = value


def byline(state: State, matter: Matter) -> None:
    """A news page's byline in its head (责编 王海春 2022-12-08 18:53, …2023-07-03 08:40:21 来源：中房网): its
    date and time are the page's 发布日期 where no field gave one; a labelled value that ran on into the
    byline's date (作者：李丹2022-12-08 17:13) ends before it."""
    for block in state.blocks[:HEAD_BLOCKS]:       # (meta blocks too: 来源：…作者：…2022-12-08 17:13)
        text = block.fold
        if len(text) > P.BYLINE_MAX or block.kind not in ("para", "meta") or block.kind == "para" and block.role:
            continue
        found = P.BYLINE_DATETIME.search(text)
        if not found or not (found.group("time") or P.BYLINE_WORDS.search(text)) or P.NOT_BYLINE.search(text):
            continue
        stamp = block.text[found.start():found.end()].strip()
        if state.meta.get("publish_date") in (None, state.page_meta.get("PubDate")):
            state.meta["publish_date"] = stamp      # the page's visible byline, before its <meta> tag (w150:
                                                    # PubDate is the time the page was last generated)
        for field in ("author", "source_name", "editor"):
            value = state.meta.get(field)
            if value and stamp in value:
                state.meta[field] = value[:value.index(stamp)].strip() or None
        return


def _table_labels(block: Block):
    """(label, value) of a page's info table in cells: cells that read 'label：value', or a label's cell and
    the value's cell after it (索引号 | 001008003015081/2022-00489 | 发布机构 | 温州市市场监督管理局 |)."""
    for row in block.cells or []:
        cells = [cell.strip() for cell in row]
        k = 0
        while k < len(cells):
            match = P.META_LABEL_RE.match(fold(cells[k]))
            label = "".join(match.group("label").split()) if match else None
            if match and match.group("value") and match.group("value").strip():
                yield from _split_labels(label, cells[k][match.start("value"):].strip())
            elif match and k + 1 < len(cells) and cells[k + 1] and not P.META_LABEL_RE.match(fold(cells[k + 1])):
                yield from _split_labels(label, cells[k + 1])
                k += 1
            k += 1


def _split_labels(label: str, value: str | None) -> list[tuple[str, str]]:
    """(label, value) pairs of one metadata line, which may hold further labelled fields."""
    if not value:
        return [(label, "")]
    pairs, start = [], 0
    for inner in P.INLINE_META_LABEL.finditer(value):     # one pass, no copies of the rest
        pairs.append((label, value[start:inner.start()].strip()))
        label, start = "".join(inner.group("label").split()), inner.end()
    pairs.append((label, value[start:].strip()))
    return pairs


def _meta_value(block: Block) -> str | None:
    if len(block.lines) > 1:
        return _without_cells(block.lines[1].text) or None
    match = P.META_LABEL_RE.match(block.fold)
    if not match or not match.group("value") or not match.group("value").strip():
        return None
    return _without_cells(block.text[match.start("value"):]) or None


def _without_cells(value: str) -> str:
    """A value exported in a row of table cells ('关于…的通知 | | | |'): the value without the empty cells."""
    return " ".join(cell.strip() for cell in value.replace("｜", "|").split("|") if cell.strip())
