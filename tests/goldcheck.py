"""Compare a Document with a hand-checked expected file (the fields ../shared/gold/README.md names).

Marker paths are computed from the output's markers, as the gold files write them
(`cn:3/paren_cn:1/arabic:2`), so the expected files stay readable by hand.
"""
from __future__ import annotations

import unicodedata

import regex

CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uff0d\ufe63"})
KIND_KEYS = {"part": "part", "chapter": "chapter", "section": "section", "article": "article",
             "cn": "cn", "paren_cn": "paren_cn", "arabic": "arabic", "paren_arabic": "paren_arabic",
             "circled": "circled"}


def norm(text) -> str:
    if text is None:
        return ""
    text = unicodedata.normalize("NFKC", str(text)).translate(DASHES)
    return "".join(text.split()).rstrip("。.;;,,:")


def key(section: dict) -> str | None:
    kind = KIND_KEYS.get(section["kind"])
    if kind is None or section.get("marker") is None:
        return None
    return f"{kind}:{section['number']}"


def paths(sections: list[dict]) -> dict[str, tuple[str, str | None]]:
    """section id -> (marker path, title); parts become part:N when there are several."""
    out: dict[str, tuple[str, str | None]] = {}
    parts = [s for s in sections if s["kind"] == "part"]

    def walk(secs, prefix):
        for sec in secs:
            k = key(sec)
            if sec["kind"] == "part" and len(parts) > 1:
                k = f"part:{parts.index(sec) + 1}"
            path = f"{prefix}/{k}".strip("/") if k else prefix
            out[sec["id"]] = (path, sec.get("title"), bool(key(sec)))
            walk(sec["children"], path)

    walk(sections, "")
    return out


def compare(doc: dict, gold: dict) -> list[str]:
    problems = []
    for field, want in (gold.get("meta") or {}).items():
        got = doc["meta"].get(field)
        if field in ("recipients", "cc", "issuers"):
            ok = [norm(x) for x in want or []] == [norm(x) for x in got or []]
        else:
            ok = norm(want) == norm(got)
        if not ok:
            problems.append(f"meta.{field}: want {want!r} got {got!r}")
    secs = paths(doc["sections"])
    got_paths = {p: t for p, t, marked in secs.values() if marked}
    want_paths = {s["path"]: s.get("title") for s in gold.get("sections", [])}
    for p in sorted(set(want_paths) ^ set(got_paths)):
        problems.append(f"section {'missing' if p in want_paths else 'extra'}: {p}")
    for p, title in want_paths.items():
        if title and p in got_paths and norm(title) != norm(got_paths[p]):
            problems.append(f"title {p}: want {title!r} got {got_paths[p]!r}")
    problems += _compare_tasks(doc, gold, secs)
    problems += _compare_rest(doc, gold, secs)
    return problems


def _compare_tasks(doc, gold, secs) -> list[str]:
    problems = []
    want = [t for t in gold.get("tasks", []) if not t.get("optional")]
    optional = {t["path"] for t in gold.get("tasks", []) if t.get("optional")}
    got = [(secs.get(t["section_id"], ("",))[0], t) for t in doc["tasks"]]
    got = [(p, t) for p, t in got if p not in optional]
    if not want and gold.get("tasks") is None:
        return problems
    for w in want:
        match = [t for p, t in got if p == w["path"] and (not w.get("key") or norm(w["key"]) in norm(t["text"]))]
        if not match:
            problems.append(f"task missing: {w['path']}")
            continue
        # a key names one stretch: the most specific task holding it (a part, not the item around it)
        t = min(match, key=lambda task: len(task["text"])) if w.get("key") else match[0]
        if sorted(map(norm, w["units"])) != sorted(map(norm, t["units"])):
            problems.append(f"units {w['path']}: want {w['units']} got {t['units']}")
        for role in ("lead_units", "support_units"):
            if role in w and sorted(map(norm, w[role])) != sorted(map(norm, t[role])):
                problems.append(f"{role} {w['path']}: want {w[role]} got {t[role]}")
        if "contains" in w and norm(w["contains"]) not in norm(t["text"]):
            problems.append(f"text {w['path']}: lacks {w['contains']!r}")
    want_paths = {(w["path"], w.get("key")) for w in want}
    if len(got) > len(want_paths):
        problems.append(f"tasks: {len(got)} found, {len(want_paths)} expected")
    return problems


def _compare_rest(doc, gold, secs) -> list[str]:
    problems = []
    goal_paths = {secs.get(g["section_id"], (None,))[0] for g in doc["goals"]}
    for p in gold.get("goal_sections", []):
        if p not in goal_paths:
            problems.append(f"goal section not found: {p}")
    for w in gold.get("indicators", []):
        match = [i for i in doc["indicators"] if norm(i["name"]) == norm(w["name"])]
        if not match:
            problems.append(f"indicator missing: {w['name']}")
        elif norm(match[0]["unit"]) != norm(w["unit"]) or \
                {k: float(v) for k, v in match[0]["targets"].items()} != {k: float(v) for k, v in w["targets"].items()}:
            problems.append(f"indicator {w['name']}: got {match[0]}")
    if len(doc["indicators"]) != len(gold.get("indicators", [])):
        problems.append(f"indicators: {len(doc['indicators'])} found, {len(gold.get('indicators', []))} expected")
    return problems


def strip_markdown(text: str) -> str:
    return regex.sub(r"^#+\s*", "", text, flags=regex.M)
