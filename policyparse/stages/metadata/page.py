"""Rules on a web page's own fields: its <meta> tags and its label/value info table."""
from __future__ import annotations


from ... import patterns as P
from ...state import Block, State
from .matter import Matter


PAGE_META_FIELDS = {"ArticleTitle": "info_title", "PubDate": "publish_date", "ContentSource": "source_name",
                    "Keywords": "keywords", "Author": "author", "TitleTag": "info_title"}


def page_meta(state: State, matter: Matter) -> None:
    """<meta> tags of a web page: kept as page fields; they fill only what the body lacks."""
    for name, value in state.page_meta.items():
        state.meta.setdefault("page_fields", {})[name] = value
    for name, field in PAGE_META_FIELDS.items():
        if state.page_meta.get(name):
            state.meta.setdefault(field, state.page_meta[name])


def web_fields(state: State, matter: Matter) -> None:
    for block in state.blocks:
        if block.kind != "meta":
            continue
        for label, value in _split_labels(block.role, _meta_value(block)):
            field = P.META_LABELS[label]
            state.meta.setdefault("page_fields", {}).setdefault(label, value)   # "" for a label left empty
            if value and (field not in state.meta or field in PAGE_META_FIELDS.values()):
                state.meta[field] = value


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
        return block.lines[1].text.strip() or None
    match = P.META_LABEL_RE.match(block.fold)
    if not match or not match.group("value") or not match.group("value").strip():
        return None
    return block.text[match.start("value"):].strip() or None
