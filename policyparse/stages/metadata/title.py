"""The rule for the document's title: the page's named title, a formal title line, a title over several
lines, else a headline."""
from __future__ import annotations

import regex

from ... import patterns as P
from ...columns import column_roles
from ...units import is_unit_list
from ...state import Block, State
from ...text import clean_title, fold
from .common import is_title_like, squash
from .matter import Matter


REPEALED = regex.compile(r"^[\[【(（](已废止|已失效|已修改|失效|废止)[\]】)）]\s*")
SPACES_AND_BRACKETS = regex.compile(r"[\s()（）]")     # what two forms of one title may differ in


def title(state: State, matter: Matter) -> None:
    """The title: the line the page names, else formal title lines before 主送, else a headline."""
    head = _before_recipients(matter.head)
    if _page_named_title(state, head):
        return
    titles = [b for b in head if is_title_like(b) and len(b.fold) >= 6 and b.role != "issuer_mark"
              and P.TITLE_END.search(P.TITLE_DOC_NUMBER.sub("", b.fold) if "号" in b.fold[-4:] else b.fold)]
    formal = [b for b in titles if "关于" in b.fold or any(r in b.fold for r in P.RELATIONS)]
    titles = formal or titles
    joined = _multi_line_title(head)
    if joined and (not titles or head.index(joined[0]) <= head.index(titles[0])):
        for block in joined:
            block.role = "title"
        state.meta["title"] = clean_title("".join(b.text for b in joined))
        return
    if titles:
        first = titles[0]
        for block in titles:
            if _same_text(block.fold, first.fold):
                block.role = "title"
        _set_title(state, first.text)
        return
    _fallback_title(state, head)


BODY_PARAGRAPH = 80     # a paragraph this long that ends a sentence is the body: no title stands below it


def _before_recipients(head: list[Block]) -> list[Block]:
    """The head down to the 主送 line, or to the body's first paragraph (a related link below an article's
    text, 淄博关于优化调整…的通知, is not its title)."""
    for i, block in enumerate(head):
        if block.role == "recipients" or len(block.fold) >= BODY_PARAGRAPH and block.fold.rstrip()[-1:] in "。！!":
            return head[:i]
    return head


def _multi_line_title(head: list[Block]):
    """A title printed over 2-5 lines ('重庆市人民政府' / '关于修改《…' / '…》的决定'): the lines run
    until one ends with a 文种 outside any 《》, and together they say 关于."""
    for i, first in enumerate(head):
        if not (len(first.fold) >= 8 or first.fold.endswith(P.UNIT_SUFFIXES) or "关于" in first.fold):
            continue
        run, depth = [], 0
        window = head[i:i + P.TITLE_MAX_LINES]
        for k, block in enumerate(window):
            if block.role is not None or not is_title_like(block) or P.DOC_NUMBER.search(block.fold):
                break
            if run and QUOTED.sub("", block.fold).find("关于") > 0 and "关于" not in "".join(b.fold for b in run):
                break       # '北京市人民政府' above '北京市人民政府关于…': the title starts on its own line
            run.append(block)
            depth += block.fold.count("《") - block.fold.count("》")
            if depth <= 0 and P.TITLE_END.search(block.fold) and not _goes_on(run, window[k + 1:]):
                break
        if len(run) >= 2 and depth <= 0 and P.TITLE_END.search(run[-1].fold) \
                and ("关于" in "".join(b.fold for b in run) or _organ_over_relation(run)):
            return run
    return None


QUOTED = regex.compile(r"《[^《》]*》")     # a name quoted in a title, whose 关于 is the quoted document's


def _organ_over_relation(run: list[Block]) -> bool:
    """An organ's line over 印发《…》的通知 (温州市洞头区人民政府 / 印发《…》的通知): one title without 关于."""
    return len(run) == 2 and run[0].fold.strip().endswith(P.UNIT_SUFFIXES) \
        and run[1].fold.lstrip().startswith(P.RELATIONS)


def _goes_on(run: list[Block], rest: list[Block]) -> bool:
    """Whether a 关于 title that has reached a 文种 (…管理办法, …记录制度) goes on to its own ending on the
    next lines (实施细则的通知, …的指导意见)."""
    joined = "".join(b.fold for b in run)
    if "关于" not in joined or P.RELATED_TITLE_END.search(joined):
        return False
    for block in rest[:P.TITLE_MAX_LINES - len(run)]:
        if block.role is not None or not is_title_like(block) or P.DOC_NUMBER.search(block.fold):
            return False
        if P.RELATED_TITLE_END.search(block.fold):
            return True
    return False


def _page_named_title(state: State, head: list[Block]) -> bool:
    """The line the page itself names as its title (标题 field, ArticleTitle, <title>): strong evidence."""
    named = squash(state.meta.get("info_title") or "")     # the page's title, where the line is not it
    for block in head:
        if named and block.role is None and squash(block.fold) == named and not _organ_only(block, head):
            block.role = "title"
            _set_title(state, block.text)
            return True
    return False


def _set_title(state: State, text: str) -> None:
    """The title, with a leading [已废止] or （已失效） moved to `validity`."""
    title = clean_title(text)
    repealed = REPEALED.match(title)
    if repealed:
        state.meta["validity"] = repealed.group(1)
        title = title[repealed.end():]
    state.meta["title"] = title


def _organ_only(block: Block, head: list[Block]) -> bool:
    """A page named by its organ (<title>天津市规划和自然资源局</title>) over a line with a 文种: the organ is
    the issuer above the title, not the title."""
    return block.fold.endswith(P.UNIT_SUFFIXES) and not P.TITLE_END.search(block.fold) \
        and any(b is not block and is_title_like(b) and P.TITLE_END.search(b.fold) for b in head)


def _same_text(a: str, b: str) -> bool:
    return SPACES_AND_BRACKETS.sub("", a) == SPACES_AND_BRACKETS.sub("", b)


def _fallback_title(state: State, head: list[Block]) -> None:
    """No block looks like an official title: the page's own title field when it has one (a first short
    line of a page is as likely its chrome: 用户登录), else a news article's headline, or null."""
    named = squash(state.meta.get("info_title") or "")     # the page's title, where the line is not it
    if named.endswith(P.UNIT_SUFFIXES) and not P.TITLE_END.search(named):
        named = ""                      # <title>南京住房公积金管理中心</title>: the site's organ names no document
    for block in head:
        if P.RECIPIENT_LINE.match(block.fold):
            break
        if _may_be_headline(block, named):
            block.role = "title"
            state.meta["title"] = clean_title(P.FILE_EXTENSION.sub("", block.text.strip()))   # (…若干措施.docx)
            if state.meta.get("info_title") is None:
                state.warn("title_guessed", "title taken from the first short line", block.span)
            return
    if named and not P.ISSUER_MARK.match(fold(state.meta["info_title"])):
        title = clean_title(state.meta["info_title"])     # (a page named 市公积金中心文件: none)
        if title.startswith("《") and title.endswith("》") and title.count("《") == 1:
            title = title[1:-1]         # 信息名称：《关于…的通知》: the field names the document, its title is inside
        state.meta["title"] = title


def _may_be_headline(block: Block, named: str) -> bool:
    """A short line that may be a page's headline: title-like, part of the page's own title where it names one
    (`named`), and none of a label's line (牵头单位：…), a page's fields (索  引  号 …), a table's column (具体任务)
    or a task's units (卫健局、文旅局)."""
    fold = block.fold
    return is_title_like(block) and 4 <= len(fold) <= 60 and block.role != "issuer_mark" \
        and (not named or named in squash(fold)) and not P.UNIT_LABEL_RE.match(fold) and not P.INFO_LINE.match(fold) \
        and not column_roles([fold]) and not is_unit_list(fold)


REPEAT_MAX_LINES = 3


def repeated_title(state: State, matter: Matter) -> None:
    """The title printed again in the head, on up to three lines (最高人民法院 / 关于…的规定 under a page's own
    heading): the title's, not a preamble."""
    want = squash(fold(state.meta.get("title") or ""))
    head = matter.head
    for i, block in enumerate(head):
        if not want or block.role is not None:
            continue
        joined = ""
        for k in range(i, min(i + REPEAT_MAX_LINES, len(head))):
            if head[k].role is not None:
                break
            joined += squash(head[k].fold)
            if joined == want:
                for repeated in head[i:k + 1]:
                    repeated.role = "title"
                return
            if len(joined) >= len(want):
                break
