"""Units as data: the name as written, its canonical name, the jurisdiction it belongs to, collective or not.

A unit is read as a jurisdiction (上海市, 上海市普陀区: its own place prefix) or a level word (市, 区, 县, 省:
the document's place at that level) or a central organ (国家…, …部, any unit of a central document), then a
body. Only the body is rewritten, by the alias table (data/unit_aliases.yaml, extended with `--units FILE`),
so an alias never crosses a jurisdiction: 市发改委 in a 上海市 document is (上海市, 市发展和改革委员会), in a
北京市 document (北京市, 市发展和改革委员会). The document's place comes from its issuer, else its title.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

from . import patterns as P
from .units import is_collective

CENTRAL = "中央"
# Level words a unit can open with, and the level each names (市 of a 直辖市 is its province too).
LEVEL_WORDS = (("自治区", "province"), ("省", "province"), ("市", "city"), ("州", "city"), ("区", "county"),
               ("县", "county"), ("旗", "county"), ("街道", "town"), ("镇", "town"), ("乡", "town"))
NOT_LEVEL = ("市场", "区域", "县域", "市县", "省市", "区县", "县区", "县市", "市区")


@dataclass
class Aliases:
    """The alias table: stems, organ words and whole bodies, each alias -> its full form."""
    stems: dict[str, str] = field(default_factory=dict)
    organs: dict[str, str] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)

    def extended(self, table: dict) -> "Aliases":
        """A copy with a user's table added (its entries win)."""
        out = Aliases(dict(self.stems), dict(self.organs), dict(self.names))
        for section in ("stems", "organs", "names"):
            target = getattr(out, section)
            for full, aliases in ((table or {}).get(section) or {}).items():
                target[str(full)] = str(full)
                for alias in aliases or []:
                    target[str(alias)] = str(full)
        return out

    def is_office(self, body: str) -> bool:
        """A generic office's name (财政局, 商务厅, 发改委): a stem of the table, or a whole name in it."""
        return body in self.names or self._stem(body) is not None

    def body(self, body: str) -> str:
        """A body written in full: 发改委 -> 发展和改革委员会, 医保局 -> 医疗保障局, 财政局 -> 财政局."""
        if body in self.names:
            return self.names[body]
        stem = self._stem(body)
        if stem is not None:
            rest = body[len(stem):]
            return self.stems[stem] + self.organs.get(rest, rest)
        organ = self._organ(body)
        if organ is not None:
            return body[:-len(organ)] + self.organs[organ]     # …开发区管委会: an organ word of two or more
        return body

    # (a name has one opening and one ending of each length: the longest found in the table is looked up
    # length by length, longest first, not searched for among all the table's entries)
    def _stem(self, body: str) -> str | None:
        """The longest stem of the table that `body` opens with, or None."""
        return next((body[:n] for n in range(len(body), -1, -1) if body[:n] in self.stems), None)

    def _organ(self, body: str) -> str | None:
        """The longest organ word of two characters or more that `body` ends with, or None."""
        return next((body[-n:] for n in range(len(body), 1, -1) if body[-n:] in self.organs), None)


def load_aliases(path: str | Path | None = None) -> Aliases:
    """The package's table, extended with the YAML file at `path` (an InputError when it cannot be read)."""
    table = _package_aliases()
    if path is None:
        return table
    import yaml

    from .errors import InputError

    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise InputError(f"{path}: cannot read the unit table ({type(exc).__name__})", "bad_units_file") from None
    if data is not None and not (isinstance(data, dict)
                                 and all(isinstance(v, (dict, type(None))) for v in data.values())):
        raise InputError(f"{path}: a unit table has sections stems, organs and names, each full: [aliases]",
                         "bad_units_file")
    return table.extended(data or {})


@functools.lru_cache(maxsize=1)
def _package_aliases() -> Aliases:
    import yaml

    text = resources.files("policyparse").joinpath("data/unit_aliases.yaml").read_text(encoding="utf-8")
    return Aliases().extended(yaml.safe_load(text))


def places(text: str) -> list[tuple[str, str]]:
    """The places a name opens with, with their levels: 上海市普陀区… -> [(上海市, province), (普陀区, county)]."""
    out = []
    at = 0
    while (found := P.PLACE.match(text, at)) and not P.NOT_PLACE.search(found.group(0)):
        name = found.group(0)
        out.append((name, _place_level(name)))
        at = found.end()
    return out


def _place_level(name: str) -> str:
    """A place's level, by the level word it ends with (LEVEL_WORDS); a 直辖市 is a province."""
    if name in P.MUNICIPALITIES:
        return "province"
    return dict(LEVEL_WORDS).get(_level_word(name), "county")


def document_places(meta: dict) -> list[tuple[str, str]] | None:
    """The document's own place (from its issuer, else its title), [] for a central document, None unknown."""
    for text in (meta.get("issuer"), *(meta.get("issuers") or ()), meta.get("title"), meta.get("attached_title")):
        if not text:
            continue
        text = text.removeprefix("中共").removeprefix("中国共产党")
        found = places(text)
        if found:
            return found
        if P.CENTRAL_ORGAN.match(text):
            return []
    return None


def _cut(chain: list[tuple[str, str]], level: str) -> str | None:
    """The jurisdiction at `level` of a document's place: 区 in 上海市普陀区 -> 上海市普陀区, 市 -> 上海市."""
    for i, (name, own) in enumerate(chain):
        if own == level or (level == "city" and name in P.MUNICIPALITIES):
            return "".join(n for n, _ in chain[:i + 1])
    return None


def unit_ref(name: str, doc_places: list[tuple[str, str]] | None, aliases: Aliases) -> dict:
    """{name, canonical, jurisdiction, collective} for one unit of a document whose place is `doc_places`."""
    collective = is_collective(name)
    rest = P.COLLECTIVE_OPENER.sub("", name) if collective else name
    jurisdiction = None
    level_word = ""
    own = places(rest)
    if collective:                      # 各区政府, 有关部门: the units of the document's place (or of the centre)
        central = P.CENTRAL_ORGAN.match(name) or doc_places == []
        jurisdiction = CENTRAL if central else "".join(n for n, _ in own or doc_places or ()) or None
        return {"name": name, "canonical": name, "jurisdiction": jurisdiction, "collective": True}
    if own and len("".join(n for n, _ in own)) < len(rest):
        prefix = "".join(n for n, _ in own)
        jurisdiction = _completed(own, doc_places)
        level_word = _level_word(own[-1][0])
        rest = rest[len(prefix):]
    elif (word := _opening_level(rest)) is not None:
        level_word = word
        level = dict(LEVEL_WORDS)[word]
        jurisdiction = _cut(doc_places, level) if doc_places else None
        rest = rest[len(word):]
    elif P.CENTRAL_ORGAN.match(rest) or doc_places == []:
        jurisdiction = CENTRAL
        rest = rest.removeprefix("国家") if len(rest) > 4 else rest
    elif doc_places and aliases.is_office(rest):
        # 商务厅, 发展改革委 in a 广东省 document: an office of the document's own place, which writes no prefix
        jurisdiction = "".join(n for n, _ in doc_places)
        level_word = _level_word(doc_places[-1][0])
    return {"name": name, "canonical": level_word + aliases.body(rest), "jurisdiction": jurisdiction,
            "collective": False}


def _completed(own: list[tuple[str, str]], doc_places: list[tuple[str, str]] | None) -> str:
    """A unit's own place; a district or county is led by the document's higher places (普陀区 in a 上海市
    document -> 上海市普陀区). A city or province named in full stands as written (another city's office)."""
    names = "".join(n for n, _ in own)
    doc_names = [n for n, _ in doc_places or ()]
    if own[0][0] in doc_names:          # 普陀区财政局 in a 上海市普陀区 document
        return "".join(doc_names[:doc_names.index(own[0][0])]) + names
    if own[0][1] != "county" or not doc_places:
        return names
    return "".join(n for n, level in doc_places if _rank(level) < _rank("county")) + names


def _rank(level: str) -> int:
    return ("province", "city", "county", "town").index(level)


def _level_word(place: str) -> str:
    """The level word a place's office is written with inside it: 上海市 -> 市, 普陀区 -> 区, 广东省 -> 省."""
    for word, _ in LEVEL_WORDS:
        if place.endswith(word):
            return word
    return ""


def _opening_level(name: str) -> str | None:
    if name.startswith(NOT_LEVEL):
        return None
    for word, _ in LEVEL_WORDS:
        if name.startswith(word) and len(name) > len(word) + 1:
            return word
    return None


def unit_refs(units: list[str], meta: dict, aliases: Aliases | None = None) -> list[dict]:
    """Every unit of a task as data, in the order written."""
    aliases = aliases or _package_aliases()
    doc_places = document_places(meta)
    return [unit_ref(u, doc_places, aliases) for u in units]
