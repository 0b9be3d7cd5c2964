"""Stage `tasks`: the actionable items of the body, with their responsible units and deadlines.

A task is a leaf item of the outline in an action section (not under 总体要求, 主要目标 … see
patterns.NON_TASK_SECTIONS), or an unnumbered paragraph that carries a unit list. Articles of a law
yield a task only where they assign work to named units in a unit list.
"""
from __future__ import annotations

import datetime as dt
import re

from .. import patterns as P
from ..deadlines import deadline_cell, find_deadline
from ..state import Node, State
from ..text import fold
from ..columns import column_roles, task_columns
from ..units import combine, find_unit_lists, is_unit, is_unit_list, may_hold_own_list, parse_group, split_units


def tasks(state: State) -> None:
    title = fold(state.meta.get("title") or "")
    # A cover that transmits an enclosed document (印发/转发/批转) holds no tasks of its own; a document
    # that merely has attachments (附件: tables, forms) keeps its tasks in its main text.
    transmits = bool(state.meta.get("relation") or state.meta.get("attached_title"))
    # A law's articles, an interpretation's answers and the items of an announcement to the public (公告,
    # 通告) or of a guide for applicants (操作指引, 申领详解: amounts, periods, conditions, steps) are tasks
    # only where a unit list names who acts.
    to_public = not transmits and (state.meta.get("doc_type") in P.PUBLIC_NOTICE_TYPES
                                   or P.GUIDE_TITLE.search(title) is not None) \
        and P.CONSULTATION_TITLE.search(title) is None     # (a draft put out for comment holds its own measures)
    is_law = state.meta.get("kind") == "law" or P.INTERPRETATION_TITLE.match(title) or to_public
    # a notice that prints a regulation (印发…办法的通知) whose 第X条 stand with no part title above them
    encloses_regulation = P.LAW_TITLE_END.search(fold(state.meta.get("attached_title") or "")) is not None
    out: list[dict] = []
    fields_of: dict[int, list[Node]] = {}       # an item's labelled sub-items (责任单位：…, 完成时限：…)
    group_units: dict[int, dict] = {}           # a group's own unit list, for its items that name none
    excluded: dict[int, bool] = {}
    procedure: dict[int, bool] = {}
    stated: dict[int, bool] = {}
    listed: set[int] = set()                    # items whose sub-items are the conditions of a lead-in
    has_main = any(r.kind == "main" for r in state.roots)      # a document with attachments of its own
    goal_ids = {goal["section_id"] for goal in state.goals}     # (the goals stage decides what a goal section is)

    def not_goal(node: Node) -> bool:
        return _not_goal_after_all(node, goal_ids)
    sections = [list(root.walk()) for root in state.roots]     # (each root walked once for both loops)
    field_ids = {id(node) for nodes in sections for node in nodes if _is_field(node)}   # asked once each
    for root, nodes in zip(state.roots, sections):
        if root.kind == "cover" and transmits or root.kind == "interpretation":
            continue                    # an interpretation (政策解读) explains the tasks, it sets none
        # a regulation's articles, and the items of a document's attachments (标准, 条件, 表), are tasks only
        # where units are named (a 任务分工表 in an attachment names them)
        regulation = is_law or _law_part(root) \
            or (encloses_regulation and root.kind in P.LAW_KINDS - {"part"} and _has_articles(root))
        law_part = regulation or (root.kind == "part" and has_main)
        state.meta["_provisions"] = bool(regulation)    # (their unit lists: only lists of their own, see _unit_lists)
        for node in nodes:
            if id(node) in field_ids:
                fields_of.setdefault(id(node.parent), []).append(node)
                continue
            if id(node.parent) in listed:
                listed.add(id(node))            # a condition of a list that its item's task holds
                continue
            if _under(node, NON_TASK_TITLE, excluded, veto=not_goal) \
                    and not _goal_item_assigned(node) \
                    or _under(node, P.PROCEDURE_SECTIONS, procedure, PROCEDURE_WORD) and not _organ_acts(node) \
                    or _under(node, P.STATED_SECTIONS, stated, STATED_WORD) and not _opens_with_work(node):
                continue
            table_tasks, header = [], None
            for b in node.blocks:       # a table split over several tables (pages) keeps its header
                if b.kind == "table":
                    found, header = _table_tasks(node, b, header, _issued(state))
                    table_tasks += found
            fields = fields_of.get(id(node.parent), []) if node.parent is not None else []
            if node.children:
                found_units = _group_unit_list(state, node)
                if found_units:
                    group_units[id(node)] = found_units
            if table_tasks:             # the item's own text counts too when it names its units
                own = _task(state, node, node.text or node.title or "", node.fold if node.text else None) \
                    if node.marker is not None and not node.children else None
                out += ([own] if own and own["units"] else []) + table_tasks
            elif node.marker is not None and ((item := _is_item(node, field_ids)) | (lead_in := _lists_conditions(node))):
                # (both asked once: `|`, not `or`, so that the lead-in is known when the item is one too)
                conditions = [n for child in node.children for n in child.walk()] if lead_in else []
                if node.children and not item:
                    listed.add(id(node))
                own_fields = [child for child in node.children if id(child) in field_ids] if node.children else []
                # (a provision is kept only where it names units: one that cannot is passed over early)
                units_only = law_part and _group_above(node, group_units) is None
                found = _item_tasks(state, node, own_fields or conditions, fields, units_only)
                if found and not found[0]["units"]:
                    _inherit(found[0], node, group_units)
                if found and (not law_part or found[0]["units"]):
                    out += found
            elif node.text_parts:
                out += _paragraph_tasks(state, node)
    _units_below_note(out)
    for n, task in enumerate(out, 1):
        task["id"] = f"t{n}"
    for task in out:
        task.pop("_ambiguous", None)
        task.pop("_lists", None)
        parent = task.pop("_parent", None)
        if parent is not None:
            task["parent_id"] = parent["id"]
    state.tasks = out


def _law_part(root: Node) -> bool:
    """An enclosed regulation (a part titled …办法, …实施细则, …条例 made of 第X条): its articles are
    provisions, as a law's are, even when the notice around it is no law."""
    return root.kind == "part" and bool(root.title) and P.LAW_TITLE_END.search(fold(root.title)) is not None \
        and _has_articles(root)


def _has_articles(root: Node) -> bool:
    return any(n.kind == "article" for n in root.walk())


def _is_field(node: Node) -> bool:
    """A labelled sub-item of an item (（三）责任单位：…, 2.完成时限：…): a field of the item above it."""
    if node.marker is None or node.children or node.parent is None or node.parent.marker is None:
        return False
    if node.title:
        title = node.title.strip()
        if title in P.FIELD_TITLES or _field_label(title):
            return True
        # 1.政策内容：… split at its colon: the title is the label
        line = node.heading_block.fold if node.heading_block is not None else ""
        folded = fold(node.title)
        labelled = f"{folded}：" in line or f"{folded}:" in line
        return labelled and P.FIELD_LABEL.match(f"{node.title}：") is not None
    head = node.text_parts[0].strip() if node.text_parts else ""
    return _field_label(head) is not None


def _field_label(text: str):
    """patterns.FIELD_LABEL's match (责任单位：), asked only of a text with a colon: every label ends in one."""
    return P.FIELD_LABEL.match(text) if ":" in text or "：" in text else None


def _lists_conditions(node: Node) -> bool:
    """An item whose text leads in to a list of conditions, cases or papers (（二）符合下列要求的社会团体
    予以保留：1.… 2.…, a condition with its own list: 10.法人社会团体还应具备：（1）…): one task, its sub-items
    the list (see patterns.CONDITIONS_LEAD_IN)."""
    if not node.children or not (node.fold_parts or node.title) \
            or any(grandchild.children for child in node.children for grandchild in child.children):
        return False
    parts = node.fold_parts or [fold(node.title)]     # (the lead-in, and a paragraph summing the list up after it)
    return any(_may_list_conditions(part)
               and (P.CONDITIONS_LEAD_IN.search(part.rstrip()) or P.CONDITIONS_NAMED.search(part)) for part in parts)


def _may_list_conditions(part: str) -> bool:
    """What every form of patterns.CONDITIONS_LEAD_IN and CONDITIONS_NAMED needs: 下 (下列, 以下, 如下, 下述) or
    之一 (情形之一): most texts fail this without the patterns being run."""
    return "下" in part or "之一" in part


ALL_BELOW_WORDS = "均需"      # what patterns.ALL_BELOW_NOTE cannot do without (folding changes none of its characters)


def _units_below_note(tasks: list[dict]) -> None:
    """（…。以下均需各区政府负责，不再列出）: those units share every task after the one that says so."""
    shared: list[str] = []
    for task in tasks:
        if shared and task["units"]:
            task["units"] += [u for u in shared if u not in task["units"]]
        found = P.ALL_BELOW_NOTE.search(fold(task["text"])) if not shared and ALL_BELOW_WORDS in task["text"] else None
        if found:
            shared = [u for u in split_units(found.group("units")) if is_unit(u)]


def _is_item(node: Node, field_ids: set[int]) -> bool:
    """A numbered item that is a task: no sub-items, or only labelled fields below it (`field_ids`)."""
    return not node.children or all(id(child) in field_ids for child in node.children)


def _item_tasks(state: State, node: Node, own_fields: list[Node], sibling_fields: list[Node],
                units_only: bool = False) -> list[dict]:
    """The task of an item; when stretches of its text are each closed by a unit list (…。（A牵头，B参与）
    …。（C负责）), that task and one part a stretch after it, each part with its own units. With `units_only` (a
    provision, kept by the caller only where it names units, under no group whose list it would take), an item
    whose text names none and that has no field around it to take them from gives none."""
    parts, fold_parts = node.text_parts, node.fold_parts
    if parts and node.sentence_title is not None and node.title is not None:
        # a run-in title (1.推进《商标法》修改。完成…) is the first sentence of the task: it stays in its text
        parts = [node.sentence_title] + parts[1:]
        fold_parts = [fold(node.sentence_title)] + fold_parts[1:]
    own_text = "\n".join(parts) or None
    text = own_text or node.title or ""
    folded = "\n".join(fold_parts) if own_text else None
    kept = len(fold_parts)
    while kept > 1 and P.CONTACT_LINE.search(fold_parts[kept - 1]):
        kept -= 1                       # …，可拨打房地产交易行业服务热线“962269”具体咨询: who answers, no work
    if kept < len(fold_parts):
        text, folded = "\n".join(parts[:kept]), "\n".join(fold_parts[:kept])
    if node.text_parts and _omitted(node.text.strip()):
        return []                       # 五、关于大连新机场建设项目问题。（略）: left out of what was published
    if len(node.fold_parts) == 1 and P.DEFINITION.match(node.fold_parts[0]):
        return []                       # 四、以上所称“二孩及以上家庭”是指…: what a word means, no work
    if node.title and own_text and (P.ONLY_BRACKETS.fullmatch(own_text.strip()) or _only_label_lines(own_text)):
        text, folded = f"{node.title}。{own_text}", None     # 将…下放至自贸试验区。（负责部门：…）: the title is the task
    fields = own_fields or []
    if fields:                          # the fields' text is the item's: units and time limits included
        text = "\n".join(_in_document_order(node, fields) or [text] + [_field_text(f) for f in fields]).strip()
        folded = None
    task = _task(state, node, text, folded, warn_roles=False, units_only=units_only and not sibling_fields)
    if task is None or _effective_clause(task["_lists"][0]) or (node.title and _effective_clause(node.title)):
        return []                       # 七、本通知自2024年3月4日起施行: when, not what
    is_law = state.meta.get("kind") == "law"
    if not task["units"] or _only_acts(task):         # (a field's units or a duty's opener beat 由X依法处理)
        _units_from(task, sibling_fields) or (not is_law and _duty_units(task, node))
    if task["deadline"] is None:
        task["deadline"] = next((deadline_cell(_field_value(f), _issued(state)) for f in fields + sibling_fields
                                 if _is_time_field(f) and _field_value(f)), None)
    parts = _stretches(state, node, task) or ([] if is_law else _duty_parts(state, node, task["text"]))
    if len(parts) < 2:
        if task.pop("_ambiguous", False):
            state.warn("unit_roles_ambiguous", f"lead/support differ between the unit lists of {node.id}", node.span)
        return [task]
    task.pop("_ambiguous", None)
    for part in parts:
        part["_parent"] = task
    # the item's units: every part's; its roles only where the parts agree (as combine decides)
    task["units"] = list(dict.fromkeys([u for part in parts for u in part["units"]] + task["units"]))
    if any(not part["lead_units"] for part in parts):
        task["lead_units"], task["support_units"] = [], []
    return [task] + parts


def _only_label_lines(text: str) -> bool:
    """An item's own text that is only labelled lines, one of units at least (责任单位：区发展和改革局 / 完成时限：…):
    its heading says the work."""
    lines = [fold(line.strip()).lstrip("【[") for line in text.split("\n") if line.strip()]
    return bool(lines) and all(P.ANY_LABEL.match(line) for line in lines) \
        and any(P.UNIT_LABEL_RE.match(line) for line in lines)


OMITTED_MAX_CHARS = 5      # patterns.OMITTED: （略）。 at most, and a line break before its end ($)


def _omitted(text: str) -> bool:
    """patterns.OMITTED (（略）), asked only of a text short enough to be one."""
    return len(text) <= OMITTED_MAX_CHARS and P.OMITTED.match(text) is not None


def _effective_clause(text: str) -> bool:
    """patterns.EFFECTIVE_CLAUSE (本通知自…起施行) on a text width-folded (folding again changes nothing), asked only
    of a text that opens with or holds what it needs; width folding changes none of those characters, so the test
    is made before folding."""
    return P.may_be_effective_clause(text) and P.EFFECTIVE_CLAUSE.match(fold(text)) is not None


def _in_document_order(node: Node, fields: list[Node]) -> list[str] | None:
    """The item's own paragraphs and its fields' texts in the order the document has them (a paragraph that sums
    up a list comes after it), or None where a paragraph's place is not known."""
    if not node.text_parts or node.title and P.ONLY_BRACKETS.fullmatch((node.text or "").strip()):
        return None                     # (the item's text is its title: it comes first)
    starts: list[tuple[int, str]] = []
    blocks = [b for b in node.blocks if b.span is not None]
    for part in node.text_parts:
        block = next((b for b in blocks if part in b.text), None)
        if block is None:
            return None
        blocks.remove(block)
        starts.append((block.span[0], part))
    for field in fields:
        if field.span is None:
            return None
        starts.append((field.span[0], _field_text(field)))
    return [text for _, text in sorted(starts, key=lambda pair: pair[0])]


def _field_text(node: Node) -> str:
    return "：".join(t for t in (node.title, node.text) if t) if node.title else node.text or ""


def _field_value(node: Node) -> str:
    """A field's value without its label: 完成时限：2022年12月底前 -> 2022年12月底前."""
    text = fold(_field_text(node)).strip()
    label = _field_label(text)
    return text[label.end():].strip() if label else text


def _is_time_field(node: Node) -> bool:
    head = _field_label(fold(_field_text(node)).strip())
    label = head.group("label") if head else (node.title or "")
    return label.endswith(("时限", "时间", "期限", "节点"))


def _units_from(task: dict, fields: list[Node]) -> bool:
    """Units of the enclosing item's labelled field (（三）责任单位：…) for a task that names none."""
    for field in fields:
        lists = find_unit_lists(fold(_field_text(field)))
        if lists:
            units, lead, support, _ = combine(lists)
            task["units"], task["lead_units"], task["support_units"] = units, lead, support
            return True
    return False


def _duty_units(task: dict, node: Node) -> bool:
    """A duty given to the unit that opens the item: （一）市卫生健康委：负责…, 市财政局负责…: that unit leads."""
    folded = task["_lists"][0]
    if not _names_duty(folded):
        return False                    # most items: no duty word at all
    body = folded.lstrip()
    title = fold(node.title or "")
    if title and body.startswith(title):            # (a run-in title stays in the task's text)
        body = body[len(title):].lstrip("。.:：，, ")
    if node.title and task["text"] != node.title and P.DUTY_CLAUSE.match(body) and is_unit(title):
        owners = ([node.title], [])                     # （一）市卫生健康委：负责…
    else:
        owners = _duty_opener(task["text"], folded)
    if not owners:
        return False
    lead, support = owners
    _give_owners(task, lead, support)
    return True


def _give_owners(task: dict, lead: list[str], support: list[str]) -> None:
    """A duty's owners as the task's units: the lead, then those it works with."""
    task["units"], task["lead_units"], task["support_units"] = lead + support, list(lead), list(support)


def _duty_opener(text: str, folded: str | None = None) -> tuple[list[str], list[str]] | None:
    """The units that open a duty (市财政局负责…, 发改部门：负责…, 铁道部、交通部负责…), as written: the lead,
    and those it works with (A会同B负责…: A leads, B supports)."""
    folded = folded if folded is not None else fold(text)
    if not _names_duty(folded):
        return None                     # (every form of patterns.DUTY_OPENING ends in one of the two)
    found = P.DUTY_OPENING.match(folded)
    if found is None:
        return None
    opener = text[:len(found.group("unit"))]
    lead_text, _, with_text = opener.partition("会同")
    lead, support = split_units(lead_text), split_units(with_text) if with_text else []
    if not lead or not all(is_unit(fold(n)) for n in lead + support):
        return None
    return lead, support


DUTY_ROSTER_SHARE = 0.75   # at least three lines (or sentences) in four name the unit that opens them


def _duty_parts(state: State, node: Node, text: str) -> list[dict]:
    """Lines, or the sentences of one line, that each give a duty to another unit (发改部门：负责…\n财政部门：
    负责…; 审计部门负责…。纪检监察部门负责…。): one part each."""
    if not _names_duty(text):
        return []
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) == 1:
        lines = [sentence for sentence in P.SENTENCE_BREAK.split(text) if sentence.strip()]
    owners = [_duty_opener(line.strip()) for line in lines]
    named = [o for o in owners if o]
    # (a roster where a line names a unit the rules do not know, 县市国有企业：负责…, still is one)
    if len(lines) < 2 or len(named) < DUTY_ROSTER_SHARE * len(lines) \
            or len({tuple(lead + support) for lead, support in named}) < 2:
        return []
    parts = []
    for line, owner in zip(lines, owners):
        lead, support = owner or ([], [])
        part = _task(state, node, line, warn_roles=False)
        if part is None:
            continue
        part.pop("_ambiguous", None)
        if not part["units"]:
            _give_owners(part, lead, support)
        part["title"], part["span"] = None, _span_of(state, node, line.strip())
        parts.append(part)
    return parts


def _stretches(state: State, node: Node, task: dict) -> list[dict]:
    """Parts of a text that unit lists close, one task each, when two or more lists close stretches of
    their own (a list at a sentence's end with text after it); else []."""
    text, (folded, lists) = task["text"], task["_lists"]
    if sum(1 for found in lists if not found.prose) < 2:
        return []                       # most items: one list or none, no parts
    closing = [found for found in lists if not found.prose and _closes_stretch(folded, found)]
    if len(closing) < 2:
        return []
    parts, start = [], 0
    for found in closing:
        end = found.span[1]
        piece = text[start:end].strip()
        if piece:
            part = _task(state, node, piece, warn_roles=False)
            if part is not None:
                part.pop("_ambiguous", None)
                part["title"] = None
                part["span"] = _span_of(state, node, piece)
                parts.append(part)
        start = end
    rest = text[start:].strip(" \n。；;")
    if len(rest) >= STRETCH_MIN_CHARS and parts:            # text after the last list: the last part's
        parts[-1]["text"] = (parts[-1]["text"] + text[start:]).strip()
    return parts if len(parts) >= 2 else []


STRETCH_MIN_CHARS = 6


def _closes_stretch(folded: str, found) -> bool:
    """A list in brackets right after a sentence's end (…加强衔接。（A牵头）) or ending the text."""
    start = found.span[0]
    before = folded[:start].rstrip()
    return folded[start:start + 1] in "(（[【" and (not before or before[-1] in "。；;！!？?")


def _extent(node: Node) -> tuple[int, int] | None:
    """Where an item's task stands in the source: from its heading to the end of its own text."""
    if node.span is None:
        return None
    start, end = node.span
    for b in node.blocks:
        if b.lines and b.kind in EXTENT_KINDS and b.role not in P.FRONT_ROLES:    # (not the signature under it)
            end = max(end, b.lines[-1].end)        # (the block's span ends where its last line does)
    return start, end


EXTENT_KINDS = ("para", "table")


def _span_of(state: State, node: Node, piece: str) -> tuple[int, int] | None:
    """Where a part's text stands in the source, found inside its item's extent; else the item's extent."""
    extent = _extent(node)
    if extent is None:
        return None
    lo, hi = extent
    at = state.source.find(piece[:24], lo, hi)
    if at < 0:
        return extent
    return at, min(hi, at + len(piece))


def _under(node: Node, titles, seen: dict[int, bool], needs: re.Pattern | None = None, veto=None) -> bool:
    """Whether a section or one above it has a title of `titles`: patterns.NON_TASK_SECTIONS (it states rather
    than assigns) or patterns.PROCEDURE_SECTIONS (an applicant's steps); `needs`, the words one of which every title
    of `titles` holds (the pattern is run only where one is); `veto`, a section whose title matches but which is
    none after all; `seen` holds the answers for sections already asked (the walk asks parents first). A section
    below one that is found is found without its own title asked."""
    key = id(node)
    found = seen.get(key)
    if found is None:
        title, parent = node.title, node.parent
        if parent is not None:
            above = seen.get(id(parent))        # (known, but for a parent the walk passed over)
            found = above if above is not None else _under(parent, titles, seen, needs)
        found = found or bool(title) and (needs is None or needs.search(title) is not None) \
            and titles.search(title) is not None and (veto is None or not veto(node))
        seen[key] = found
    return found


GOAL_TITLE_WORD = re.compile(P.GOAL_TITLE_WORDS)


def _not_goal_after_all(node: Node, goal_ids: set) -> bool:
    """A title that patterns.NON_TASK_SECTIONS matches by its goal words alone, in a section the goals stage did
    not find a goal (确保完成全年主要预期目标: work done on goals; 落实主要目标和下一阶段工作总体部署, whose goal is
    an item below it): its items are work."""
    title = node.title or ""
    return GOAL_TITLE_WORD.search(title) is not None and node.id not in goal_ids \
        and NON_TASK_TITLE.search(GOAL_TITLE_WORD.sub("", title)) is None


def _goal_item_assigned(node: Node) -> bool:
    """An item of a goal section that names who answers for it in a list of its own (（一）地区生产总值增长7%以上 /
    责任单位：区发展和改革局): a target handed to units is work. Only goal words keep it out, alone or beside
    others (总体要求和主要预期目标), not 指导思想 or 总体要求 alone."""
    if node.marker is None or node.children or not node.text_parts or not may_hold_own_list(node.fold):
        return False
    goal_above, n = False, node
    while n is not None:
        if n.title and NON_TASK_TITLE.search(n.title):
            if not GOAL_TITLE_WORD.search(n.title):
                return False
            goal_above = True
        n = n.parent
    return goal_above and any(not found.prose for found in find_unit_lists(node.fold, own_only=True))


NEVER = r"(?!)"      # a pattern that matches nothing


class _StartAndAnywhere:
    """A pattern without flags searched as two: its alternatives that open with ^ (which can match at the start
    alone) asked once at the start, the others searched. The same answer, found or not (the match found may be
    another): the search no longer tries every ^ alternative at every character."""

    def __init__(self, pattern: str):
        alternatives = P.alternatives(pattern)
        # (a side with no alternative matches nothing: an empty pattern would match any text)
        self.at_start = re.compile("|".join(a for a in alternatives if a.startswith("^")) or NEVER)
        self.anywhere = re.compile("|".join(a for a in alternatives if not a.startswith("^")) or NEVER)

    def search(self, text: str):
        return self.anywhere.search(text) or self.at_start.match(text)


# patterns.NON_TASK_SECTIONS run by the standard engine, about 3x faster on a title: the pattern is made of literal
# characters, classes of them, ^ and $, lazy repeats and negative lookaheads alone (no escape, no flag), which
# mean the same to both engines (a construct of the regex engine's own would not compile here); and its ^
# alternatives asked at the start alone, about twice as fast again
NON_TASK_TITLE = _StartAndAnywhere(P.NON_TASK_SECTIONS.pattern)
# The words without which a title is not one of patterns.PROCEDURE_SECTIONS (流程, 程序, 步骤, 申请评审, 入学方式)
# nor one of patterns.STATED_SECTIONS (标准, 额度, 范围, 对象)
PROCEDURE_WORDS = ("流程", "程序", "步骤", "评审", "方式")
STATED_WORDS = ("标准", "额度", "范围", "对象")
PROCEDURE_WORD, STATED_WORD = (re.compile("|".join(map(re.escape, words))) for words in (PROCEDURE_WORDS, STATED_WORDS))


def _only_acts(task: dict) -> bool:
    """Whether a task's units come only from organs named by their acts (由X依法处理)."""
    lists = task["_lists"][1]
    return bool(lists) and all(found.acts for found in lists)


def _opens_with_work(node: Node) -> bool:
    """An item whose heading or text opens with work (（一）建立健全…机制, 支持…升级改造): a measure wherever it stands."""
    heads = ([fold(node.title)] if node.title else []) + ([node.fold_parts[0].lstrip()] if node.fold_parts else [])
    return any(P.MEASURE_OPENING.match(head) for head in heads)


def _organ_acts(node: Node) -> bool:
    """A step of a procedure that an organ takes (市住房公积金管理部门自…作出审批意见): a task; the applicant's
    own steps (借款人向受委托银行递交申请资料) are none."""
    found = P.ORGAN_ACTS.match(node.fold_parts[0].lstrip()) if node.fold_parts else None
    return found is not None and is_unit_list(found.group("unit"))


def _task(state: State, node: Node, text: str, folded: str | None = None, warn_roles: bool = True,
          units_only: bool = False) -> dict | None:
    """A task from a text; `folded` is the same text width-folded when the caller has it. With
    `warn_roles` False, lists that disagree on roles are marked (`_ambiguous`) for the caller to warn. With
    `units_only`, None for a text that names no unit in a list nor opens a duty (负责, 牵头: see _duty_units and
    _duty_parts), whose task would have no units."""
    text = text.strip()
    if not text or _omitted(text) or _names_a_link(text):
        return None
    folded = folded.strip() if folded is not None else None
    if folded is None or len(folded) != len(text):
        folded = fold(text)
    lists = _unit_lists(state, folded)
    if units_only and not lists and not _names_duty(folded) and not _names_duty(text):
        return None
    units, lead, support, ambiguous = combine(lists)
    if len(lists) == 1 and units and not lead and not support and not lists[0].prose and _lead_first(state):
        lead, support = units[:1], units[1:]          # 列第一位者为牵头单位，下同
    for found in lists:
        if found.unclosed:
            state.warn("unclosed_unit_bracket", f"unit list in {node.id} has no closing bracket", node.span)
    if ambiguous and warn_roles:
        state.warn("unit_roles_ambiguous", f"lead/support differ between the unit lists of {node.id}", node.span)
    return {
        "_ambiguous": ambiguous,
        "section_id": node.id if node.marker is not None else (node.id or None),
        "section_path": node.path_titles(),
        "title": node.title if node.marker is not None else None,
        "text": text,
        "units": _original(text, folded, units), "lead_units": _original(text, folded, lead),
        "support_units": _original(text, folded, support),
        "deadline": _deadline(state, folded, lists),
        "span": _extent(node),
        "_lists": (folded, lists),
    }


def _deadline(state: State, folded: str, lists: list) -> dict | None:
    """A task's time limit: one labelled (完成时限：…), else one written among its units (（市发展改革委，2023年12月
    底前）), else the first its sentences set (deadlines.find_deadline)."""
    issued = _issued(state)
    field = P.TIME_FIELD.search(folded) if "时" in folded else None
    if field:
        return deadline_cell(field.group("value"), issued)
    limit = next((found.time_limit for found in lists if found.time_limit), None)
    return deadline_cell(limit, issued) if limit else find_deadline(folded, issued)


def _issued(state: State) -> dt.date | None:
    """The document's date, which completes a deadline that gives no year (6月底前)."""
    if "_issued" not in state.meta:
        try:
            state.meta["_issued"] = dt.date.fromisoformat(state.meta["date"]) if state.meta.get("date") else None
        except ValueError:
            state.meta["_issued"] = None
    return state.meta["_issued"]


def _lead_first(state: State) -> bool:
    """Whether the document says that the first unit of each list leads (once, for every list)."""
    if "_lead_first" not in state.meta:
        state.meta["_lead_first"] = any(P.LEAD_FIRST_NOTE.search(b.fold) for b in state.blocks if b.kind == "para")
    return state.meta["_lead_first"]


def _names_a_link(text: str) -> bool:
    """A short text that only names a document or a file (a list of links), not a sentence of work."""
    return len(text) <= LINK_MAX_CHARS and "。" not in text[:-1] and _may_name_link(text) \
        and P.LINK_ITEM.search(text) is not None


def _may_name_link(text: str) -> bool:
    """What every form of patterns.LINK_ITEM needs (《 first, a closing bracket last, or a file's dot): most
    texts fail this without the pattern being run."""
    return text[:1] == "《" or text.rstrip("\n")[-1:] in ")）" or "." in text


LINK_MAX_CHARS = 120


def _unit_lists(state: State, folded: str):
    """The unit lists of a text; where items are provisions (a law, an interpretation, an announcement),
    only lists of their own: a law's 由主管机关会同…定之 names who makes a rule, a notice's 由税务机关负责征收
    who collects, not who does a task."""
    return find_unit_lists(folded, own_only=bool(state.meta.get("_provisions")))


def _original(text: str, folded: str, names: list[str]) -> list[str]:
    """Unit names were found in folded text; give them back as the text writes them."""
    out = []
    for name in names:
        at = folded.find(name)
        out.append(text[at:at + len(name)] if at >= 0 else name)
    return out


def _group_unit_list(state: State, node: Node) -> dict | None:
    """The unit list of a group of items, on a line of its own: after the items (（责任部门：市税务局）
    under 四、 once its one-line items end), or closing the last item's text; else closing the group's heading."""
    lines = [t for t in node.text_parts if P.ONLY_BRACKETS.fullmatch(t.strip())]
    last = node.children[-1]
    if not lines and not last.children:         # (lines the signature left under it aside)
        lines = [t for t in last.text_parts[1:] if P.ONLY_BRACKETS.fullmatch(t.strip())][-1:]
    title = fold(node.title or "").rstrip("。. ")
    if not lines and title[-1:] in ")）]】":     # 一、强化科技创新（区科技局牵头）: the heading names the group's units
        lines = [title[found.span[0]:] for found in find_unit_lists(title, own_only=True)
                 if not found.prose and found.span[1] == len(title)]
    for line in lines:
        lists = _unit_lists(state, fold(line))
        if lists:
            units, lead, support, _ = combine(lists)
            return {"units": units, "lead_units": lead, "support_units": support}
    return None


def _inherit(task: dict, node: Node, group_units: dict[int, dict]) -> None:
    """A task that names no units takes those of the nearest group above it that has a list of its own."""
    found = _group_above(node, group_units)
    if found:
        task.update({role: list(names) for role, names in found.items()})


def _group_above(node: Node, group_units: dict[int, dict]) -> dict | None:
    """The unit list of the nearest group above a node that has a list of its own, or None."""
    parent = node.parent if group_units else None       # (most documents: no group has a list)
    while parent is not None:
        found = group_units.get(id(parent))
        if found:
            return found
        parent = parent.parent
    return None


def _names_duty(text: str) -> bool:
    """Whether a text holds a duty word (负责, 牵头), without which no duty gives a task its units."""
    return "负责" in text or "牵头" in text


def _paragraph_tasks(state: State, node: Node) -> list[dict]:
    """Paragraphs of an inner section (or of an unnumbered one) that carry a unit list; a group's own
    unit list on its line (（责任部门：…）after its items) is its items' units, not a task."""
    found = []
    paragraphs = [b for b in node.blocks if b.kind == "para" and not b.role and b is not node.heading_block]
    owners = [_duty_opener(b.text, b.fold) for b in paragraphs]     # (None where no duty word stands)
    roster = sum(1 for o in owners if o) >= ROSTER_MIN      # 市委宣传部负责…\n市公安局负责…\n市司法局负责…
    for block, owner in zip(paragraphs, owners):
        if node.children and P.ONLY_BRACKETS.fullmatch(block.text.strip()):
            continue
        if not any(not found.acts for found in _unit_lists(state, block.fold)) and not (roster and owner):
            continue                    # (an organ named by its act alone makes no task of a paragraph)
        task = _task(state, node, block.text, block.fold)
        if task:
            if (not task["units"] or _only_acts(task)) and owner:
                lead, support = owner
                _give_owners(task, lead, support)
            task["span"] = block.span
            task["title"] = None
            found.append(task)
    return found


ROSTER_MIN = 3      # unnumbered paragraphs that each give a duty to the unit opening them: a roster of duties


def _table_tasks(node: Node, block, inherited: tuple | None = None,
                 issued: dt.date | None = None) -> tuple[list[dict], tuple | None]:
    """A task-division table: one task per row, units from its 牵头/配合/责任单位 columns. Header rows
    (up to three, 责任单位 over 牵头单位 | 配合单位) give each column the role of its lowest label; of
    two task columns (重点任务 | 具体措施) the second is the task's text and the first its title; a
    row that only names a group (一、优化政务服务) heads the rows below it."""
    rows = block.cells or []
    starts = None                               # each row's first line, where the rows are not the lines
    if len(rows) > STREAM_MIN_CELLS and all(len(r) <= 1 for r in rows):
        rows, starts = _stream_rows(rows)       # a table flattened one cell a line
    header_at = next((i for i, row in enumerate(rows[:3]) if task_columns(row)), None)
    if header_at is not None:
        columns, tasks_at, body_at = _header(rows, header_at)
        width = max(len(r) for r in rows)
    elif inherited is not None and rows and max(len(r) for r in rows) == inherited[2]:
        (columns, tasks_at, width), body_at = inherited, 0      # the rest of the table above
    else:
        return [], None
    out, group = [], None
    for r, row in enumerate(rows[body_at:], body_at):
        if task_columns(row):
            continue                            # the header again (a table split over pages)
        named = _group_row(row)
        if named:
            group = named
            continue
        cell = {role: row[i].strip() for role, i in columns.items() if i < len(row)}
        texts = [row[i].strip() for i in tasks_at if i < len(row) and row[i].strip()]
        group = cell.get("group") or group          # a group column's cell (一、优化营商环境), merged down the rows
        if not texts:
            continue
        text, title = texts[-1], (texts[0] if len(texts) > 1 and texts[0] != texts[-1] else None)
        lead, support, units = _column_units(cell)
        limit = cell.get("deadline", "")
        path = node.path_titles() + [t for t in (group, title) if t]
        out.append({
            "section_id": node.id or None, "section_path": path, "title": title, "text": text,
            "units": units, "lead_units": lead, "support_units": support,
            "deadline": deadline_cell(fold(limit), issued) if limit else None,
            "span": _row_span(block, r if starts is None else starts[r]),
        })
    return out, (columns, tasks_at, width)


STREAM_MIN_CELLS = 4
STREAM_HEADER_MAX = 12      # cells of a flattened table's header at most
ROW_INDEX = re.compile(r"^\d{1,3}$")


def _stream_rows(rows: list[list[str]]) -> tuple[list[list[str]], list[int]]:
    """A task table flattened one cell a line (序号 | / 重点任务 | / 牵头单位 | / 1 | / … |), cut into rows: the header
    is the labels before the first index cell and names a task column and a unit column (columns.task_columns); a row runs
    from its index to the next index in sequence (1, 2, 3 … or 80, 81 …). Columns before the index (类别) are a
    group's cells, written once above its first row (a merged cell): the rows below take them. A row that does not
    fit the header is left out. With each row, the line it starts on. A stream with no such header is left as it was."""
    cells = [row[0].strip() if row else "" for row in rows]
    first = next((k for k in range(2, min(len(cells), STREAM_HEADER_MAX + 2)) if ROW_INDEX.match(cells[k])), None)
    header_end = next((k for k in range(first, 1, -1) if task_columns(cells[:k])
                       and all(_is_column_label(c) for c in cells[:k])), None) if first else None
    if header_end is None:
        return rows, list(range(len(rows)))
    header = cells[:header_end]
    index = next((c for c, label in enumerate(header) if P.TASK_INDEX_LABEL.match(label)), 0)
    width, lead = len(header), cells[header_end:first]
    group = lead if len(lead) == index else [""] * index
    out, starts, at, number = [header], [0], first, int(cells[first])
    while at < len(cells):
        end = next((e for e in range(at + max(1, width - index - 1), len(cells)) if cells[e] == str(number + 1)),
                   len(cells))
        segment = cells[at:end]
        core, extra = segment[:width - index], segment[width - index:]
        if len(core) == width - index and len(extra) in (0, index):
            out.append(group + core)
            starts.append(at)
            group = extra or group          # the next group's cells, written before its first row
        at, number = end, number + 1
    return out, starts


def _is_column_label(cell: str) -> bool:
    """A header cell of a flattened task table: a column's label (重点任务, 牵头单位, 序号, 分管县领导), short and no
    item of its own (一、优化营商环境 is a group's cell)."""
    return bool(cell) and len(cell) <= COLUMN_LABEL_MAX and not P.GROUP_CELL_START.match(cell) \
        and not ROW_INDEX.match(cell)


COLUMN_LABEL_MAX = 10


def _row_span(block, line: int) -> tuple[int, int]:
    return (block.lines[line].start, block.lines[line].end) if line < len(block.lines) else block.span


HEADER_ROWS = 3


def _header(rows: list[list[str]], at: int) -> tuple[dict[str, int], list[int], int]:
    """(role -> column, the task columns in order, the first body row) from the header rows from `at`:
    a lower row's label wins over the one above it (责任单位 over 牵头单位 | 配合单位)."""
    roles_of: dict[int, str] = {}
    end = at
    for r in range(at, min(len(rows), at + HEADER_ROWS)):
        found = column_roles(rows[r])
        if r > at and not found:
            break
        for i, role in found.items():
            roles_of[i] = role
        end = r + 1
    columns: dict[str, int] = {}
    for i, role in sorted(roles_of.items()):
        if role != "task":
            columns.setdefault(role, i)
    tasks_at = [i for i, role in sorted(roles_of.items()) if role == "task"]
    columns["task"] = tasks_at[-1]
    return columns, tasks_at, end


def _group_row(row: list[str]) -> str | None:
    """A row that names a group of the rows below it: one text across the row (a colspan)."""
    texts = {c.strip() for c in row if c.strip()}
    if len(texts) == 1 and len(row) > 2:
        text = texts.pop()
        return text if not text.isdigit() else None
    return None


def _column_units(cell: dict[str, str]) -> tuple[list[str], list[str], list[str]]:
    """(lead, support, all units) from the unit columns; a 责任单位 cell may itself say who leads."""
    lead, support, plain = [], [], []
    for role, bucket in (("lead", lead), ("support", support), ("units", plain)):
        if not cell.get(role):
            continue
        parsed = parse_group(cell[role])
        if parsed is not None and (parsed.lead or parsed.support):    # '市城管委牵头，市水务局配合'
            lead += parsed.lead
            support += parsed.support
            plain += parsed.units
        else:
            bucket += split_units(cell[role])
    units = list(dict.fromkeys(lead + support + plain))
    if lead and cell.get("units") and not cell.get("support"):
        support += plain            # 牵头单位 | 责任单位: beside the lead, the 责任单位 support (as on labelled lines)
    return lead, list(dict.fromkeys(u for u in support if u not in lead)), units
