"""Stage `refs`: each task's units as data (canonical name, jurisdiction, collective), and its stable id.

A task's id is built from its section path and its own text, so it stays the same when an item is added,
removed or repeated elsewhere in the document (only a task with the very same text in the very same
section takes a suffix, -2, -3 …). Ids are unique within a document; across an archive, a task is
(document sha256, id).
"""
from __future__ import annotations

import hashlib

from ..state import State
from ..unitnames import document_places, load_aliases, unit_ref

ID_HEX = 10


def refs(state: State) -> None:
    _stable_ids(state)
    if not state.tasks:
        return
    aliases = state.aliases or load_aliases()
    doc_places = document_places(state.meta)        # (the document's place: asked once, for all its tasks)
    for task in state.tasks:
        task["unit_refs"] = [unit_ref(u, doc_places, aliases) for u in task.get("units", [])]


def _stable_ids(state: State) -> None:
    seen: dict[str, int] = {}
    renamed: dict[str, str] = {}
    for task in state.tasks:
        path = task.get("section_id") or ""
        digest = hashlib.blake2b(f"{path}\n{task['text']}".encode("utf-8"), digest_size=ID_HEX // 2).hexdigest()
        base = f"t-{digest}"
        seen[base] = seen.get(base, 0) + 1
        new = base if seen[base] == 1 else f"{base}-{seen[base]}"
        renamed[task["id"]] = new
        task["id"] = new
    for task in state.tasks:
        if task.get("parent_id"):
            task["parent_id"] = renamed[task["parent_id"]]
