"""Stage `goals`: goal sections (主要目标, 工作目标 …) and the quantities (figures with their units) of the body."""
from __future__ import annotations

from .. import patterns as P
from ..numbers import finite
from ..state import Node, State
from ..text import fold


def goals(state: State) -> None:
    sections = list(state.sections())       # (the tree walked once for both loops)
    quantities, has_digit = state.quantities, P.DIGIT.search
    for node in sections:
        for text, folded in zip(node.text_parts, node.fold_parts):
            if has_digit(text):             # (no number, no quantity: most paragraphs; asked here, not in a call)
                quantities += _quantities(text, node.id or None, folded)
    in_goal: dict[int, bool] = {}      # a section, or one above it, is titled as a goal (parents come first)
    for node in sections:
        inside = node.parent is not None and in_goal.get(id(node.parent), False)
        titled = _goal_titled(node) and not (P.COMPOSITE_TITLE.search(node.title)
                                             and any(_goal_titled(n) for n in node.walk() if n is not node))
        in_goal[id(node)] = inside or titled
        if inside:
            continue
        if titled:
            state.goals.append(_section_goal(node, state.quantities))
        elif node.text_parts:
            state.goals += _goal_paragraphs(node, state.quantities)


def _goal_titled(node: Node) -> bool:
    """A section titled as goals; an enclosed document's title (…主要目标任务责任分解方案) names no goal section."""
    title = node.title
    return bool(title) and _may_be_goal_title(title) and not (node.parent is None and node.kind == "part") \
        and P.GOAL_SECTIONS.search(title) is not None


def _may_be_goal_title(title: str) -> bool:
    """What every form of patterns.GOAL_SECTIONS needs (目标, 主要指标): most titles fail this without the pattern."""
    return "目标" in title or "主要指标" in title


GOAL_LABEL_REACH = 26      # patterns.GOAL_STATEMENT's label: at most 24 characters, then 目标


def _goal_paragraphs(node: Node, quantities: list[dict]) -> list[dict]:
    """Goals a section states in a paragraph of its own text (今年发展主要预期目标是：…): one goal each; a
    paragraph that only leads in to the items below it (完成如下工作目标：) makes the section the goal."""
    out = []
    for text, folded in zip(node.text_parts, node.fold_parts):
        # (the label's 目标 ends within its first GOAL_LABEL_REACH characters: most paragraphs fail this cheaply)
        statement = P.GOAL_STATEMENT.match(folded) if "目标" in folded[:GOAL_LABEL_REACH] else None
        if statement is None:
            continue
        if not folded[statement.end():].strip() and node.children:
            return [_section_goal(node, quantities)]
        out.append({"section_id": node.id, "title": text[:statement.end("label")].strip(), "text": text,
                    "quantities": find_quantities(text, node.id or None, folded)})
    return out


def _section_goal(node: Node, quantities: list[dict]) -> dict:
    """A section as a goal: its whole text, sections below it included, and the figures they hold."""
    ids = _ids(node)
    return {"section_id": node.id, "title": node.title, "text": _all_text(node),
            "quantities": [t for t in quantities if t["section_id"] in ids]}


def _ids(node: Node) -> set[str]:
    return {n.id for n in node.walk()}


def _all_text(node: Node) -> str | None:
    return "\n".join(t for n in node.walk() for t in n.text_parts) or None


SENTENCE_WINDOW = 300   # characters looked back for the start of a target's sentence (and its year)


def find_quantities(text: str, section_id: str | None, folded: str | None = None) -> list[dict]:
    """Quantities in prose: '新增3-5家', '达到35家', '覆盖率100%'."""
    if not P.DIGIT.search(text):       # no number, no target: most paragraphs end here
        return []
    return _quantities(text, section_id, folded)


def _quantities(text: str, section_id: str | None, folded: str | None = None) -> list[dict]:
    """find_quantities on a text known to hold a digit."""
    folded = folded if folded is not None and len(folded) == len(text) else fold(text)
    out = []
    for match in P.TARGET_RE.finditer(folded):
        if not match.group("verb") and match.group("unit") not in ("%", "个百分点"):
            continue
        window = max(0, match.start() - SENTENCE_WINDOW)       # bounded: a long line stays linear
        sentence_start = max(max(folded.rfind(ch, window, match.start()) for ch in "。;；\n") + 1, window)
        sentence = folded[sentence_start:match.end()]
        years = list(P.YEAR_RE.finditer(sentence))
        low, high = finite(match.group("low")), match.group("high") and finite(match.group("high"))
        if low is None or (match.group("high") and high is None):
            continue                    # not a number JSON can hold
        out.append({
            "phrase": text[match.start():match.end()].strip(),
            "value": None if high else low,
            "low": low if high else None, "high": high or None,
            "unit": match.group("unit"),
            "year": years[-1].group("year") if years else None,
            "section_id": section_id,
        })
    return out
