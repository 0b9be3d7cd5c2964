"""The DOCX reader: a Word document's body to text, one paragraph a line.

python-docx reads the body in order (paragraphs and tables; headers and footers are never read).
Numbering that Word generates is rendered as if typed: a list level whose text is "第%1条" or
"（%1）" with a chineseCounting or decimal format gives "第一条" or "（1）" before the paragraph,
counted per list, with deeper levels restarting. Tables become one line per row, cells separated
by " | " as the HTML reader writes them; a cell merged across columns is written once.
"""
from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field, replace

import regex

from ..errors import InputError

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
LEVEL_REF = regex.compile(r"%([1-9])")    # %1 is the first level's number, %2 the second's …
SUFFIXES = {"tab": "\t", "space": " ", "nothing": ""}
CN_DIGITS = "〇一二三四五六七八九"
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
PAREN_DIGITS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇"
STEMS = "甲乙丙丁戊己庚辛壬癸"
MAX_COLUMNS = 200           # a row of a table is at most this wide (gridSpan=10^8 cannot blow it up)
LIST_START_MAX = 1_000_000  # a list numbered from more than this starts there
FORMATTED_MAX = 10_000      # numbers past this are written in digits whatever the list's format
UNPACKED_MAX = 512 * 1024 * 1024
ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
         (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def chinese_number(n: int) -> str:
    """1 -> 一, 10 -> 十, 12 -> 十二, 20 -> 二十, 105 -> 一百零五 (as Word's chineseCounting writes them)."""
    if n < 10:
        return CN_DIGITS[n]
    if n < 20:
        return "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 100:
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    if n < 1000:
        rest = n % 100
        tail = "" if not rest else ("零" + CN_DIGITS[rest] if rest < 10 else
                                    (CN_DIGITS[rest // 10] + "十" + (CN_DIGITS[rest % 10] if rest % 10 else "")))
        return CN_DIGITS[n // 100] + "百" + tail
    return str(n)


def _roman(n: int) -> str:
    if n > FORMATTED_MAX:
        return str(n)
    out = []
    for value, letters in ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letter(n: int) -> str:
    if n > FORMATTED_MAX:
        return str(n)                   # AAAA… of a list numbered from 999999999 would be 38 million letters
    return chr(ord("A") + (n - 1) % 26) * ((n - 1) // 26 + 1)


FORMATS = {
    "decimal": str,
    "decimalZero": lambda n: f"{n:02d}",
    "chineseCounting": chinese_number,
    "chineseCountingThousand": chinese_number,
    "chineseLegalSimplified": chinese_number,
    "japaneseCounting": chinese_number,
    "taiwaneseCounting": chinese_number,
    "ideographTraditional": lambda n: STEMS[(n - 1) % 10],
    "decimalEnclosedCircle": lambda n: CIRCLED[n - 1] if n <= len(CIRCLED) else str(n),
    "decimalEnclosedCircleChinese": lambda n: CIRCLED[n - 1] if n <= len(CIRCLED) else str(n),
    "decimalEnclosedParen": lambda n: PAREN_DIGITS[n - 1] if n <= len(PAREN_DIGITS) else f"({n})",
    "upperLetter": _letter,
    "lowerLetter": lambda n: _letter(n).lower(),
    "upperRoman": _roman,
    "lowerRoman": lambda n: _roman(n).lower(),
}


@dataclass
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False      # isLgl: all levels written as decimals
    suffix: str = "\t"       # what Word puts between the number and the text: tab, space or nothing


@dataclass
class Numbering:
    """Word's numbering definitions and the running counters of each list (numId)."""
    levels: dict[str, dict[int, Level]] = field(default_factory=dict)    # numId -> ilvl -> Level
    counters: dict[str, dict[int, int]] = field(default_factory=dict)

    def label(self, num_id: str, ilvl: int) -> str:
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        level = levels[ilvl]
        if level.fmt in ("bullet", "none"):
            return ""
        label = LEVEL_REF.sub(lambda m: self._format(levels, counts, int(m.group(1)) - 1, level.legal), level.text)
        return label + level.suffix

    @staticmethod
    def _format(levels: dict[int, Level], counts: dict[int, int], ilvl: int, legal: bool) -> str:
        value = counts.get(ilvl, levels[ilvl].start if ilvl in levels else 1)
        fmt = "decimal" if legal else (levels[ilvl].fmt if ilvl in levels else "decimal")
        return FORMATS.get(fmt, str)(value)


def docx_to_text(data: bytes) -> str:
    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
    except ImportError:
        raise InputError("reading DOCX needs python-docx: pip install 'policyparse[docx]'", "missing_extra") from None
    _check_unpacked_size(data)
    try:
        return _read(docx.Document(io.BytesIO(data)))
    except PackageNotFoundError as exc:
        raise InputError(f"not a readable DOCX file ({exc})", "bad_docx") from None
    except Exception as exc:     # zipfile, lxml and python-docx raise many kinds for a damaged package
        raise InputError(f"not a readable DOCX file ({type(exc).__name__}: {exc})", "bad_docx") from None


def _check_unpacked_size(data: bytes) -> None:
    """A DOCX is a zip: one whose parts unpack to more than UNPACKED_MAX (a zip bomb) is refused before
    anything is unpacked."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            unpacked = sum(info.file_size for info in package.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return                          # python-docx says what is wrong with it
    if unpacked > UNPACKED_MAX:
        raise InputError(f"the DOCX unpacks to {unpacked} bytes, over the limit of {UNPACKED_MAX}", "too_large")


def _read(document) -> str:
    numbering = _numbering(document)
    styles = _style_numbering(document)
    lines = []
    for child in document.element.body.iterchildren():
        if child.tag == W + "p":
            lines.append(_paragraph(child, numbering, styles))
        elif child.tag == W + "tbl":
            lines += _table(child)
    return "\n".join(lines)


def _val(element, name: str) -> str | None:
    found = element.find(W + name) if element is not None else None
    return found.get(W + "val") if found is not None else None


def _numbering(document) -> Numbering:
    try:
        root = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return Numbering()
    abstract = {a.get(W + "abstractNumId"): _levels(a) for a in root.iter(W + "abstractNum")}
    numbering = Numbering()
    for num in root.iter(W + "num"):
        levels = dict(abstract.get(_val(num, "abstractNumId"), {}))
        for override in num.iter(W + "lvlOverride"):
            ilvl, start = int(override.get(W + "ilvl", "0")), _val(override, "startOverride")
            if start is not None and start.isdigit() and ilvl in levels:
                levels[ilvl] = replace(levels[ilvl], start=min(int(start), LIST_START_MAX))
        numbering.levels[num.get(W + "numId")] = levels
    return numbering


def _levels(abstract) -> dict[int, Level]:
    levels = {}
    for lvl in abstract.iter(W + "lvl"):
        start = _val(lvl, "start")
        levels[int(lvl.get(W + "ilvl", "0"))] = Level(
            start=min(int(start), LIST_START_MAX) if start and start.isdigit() else 1,
            fmt=_val(lvl, "numFmt") or "decimal",
            text=_val(lvl, "lvlText") or "", legal=lvl.find(W + "isLgl") is not None,
            suffix=SUFFIXES.get(_val(lvl, "suff") or "tab", "\t"))
    return levels


def _style_numbering(document) -> dict[str, tuple[str, int]]:
    """Paragraph styles that carry numbering (a heading style linked to a list): styleId -> (numId, ilvl)."""
    out = {}
    for style in document.styles.element.iter(W + "style"):
        num_pr = style.find(f"{W}pPr/{W}numPr")
        if num_pr is not None and _val(num_pr, "numId"):
            out[style.get(W + "styleId")] = (_val(num_pr, "numId"), int(_val(num_pr, "ilvl") or 0))
    return out


def _paragraph(p, numbering: Numbering, styles: dict[str, tuple[str, int]]) -> str:
    text = "".join(_run_text(node) for node in p.iter(W + "t", W + "tab", W + "br", W + "cr"))
    num_pr = p.find(f"{W}pPr/{W}numPr")
    style = _val(p.find(W + "pPr"), "pStyle")
    if num_pr is not None and _val(num_pr, "numId"):
        num_id, ilvl = _val(num_pr, "numId"), int(_val(num_pr, "ilvl") or 0)
    elif style in styles:
        num_id, ilvl = styles[style]
    else:
        return text
    if num_id == "0" or not text.strip():
        return text
    return numbering.label(num_id, ilvl) + text


def _run_text(node) -> str:
    if node.tag == W + "t":
        return node.text or ""
    return "\t" if node.tag == W + "tab" else "\n"


def _table(tbl) -> list[str]:
    """Rows of a table, merged cells resolved as the HTML reader resolves them: a cell spanning columns
    (gridSpan) is written once, then blanks; a cell merged down (vMerge) repeats its text in each row."""
    lines = []
    above: dict[int, str] = {}
    for tr in tbl.iter(W + "tr"):
        if _enclosing_table(tr) is not tbl:
            continue
        cells: list[str] = []
        for tc in tr.iterchildren(W + "tc"):
            props = tc.find(W + "tcPr")
            text = " ".join("".join(t.text or "" for t in p.iter(W + "t")) for p in tc.iterchildren(W + "p"))
            text = text.replace("|", "｜").strip()
            merge = props.find(W + "vMerge") if props is not None else None
            if merge is not None and merge.get(W + "val") != "restart":
                text = above.get(len(cells), text)
            above[len(cells)] = text
            span = _val(props, "gridSpan")
            cells.append(text)
            cells += [""] * min(int(span) - 1 if span and span.isdigit() else 0, max(0, MAX_COLUMNS - len(cells)))
        if any(cells):
            lines.append(" | ".join(cells) + " |")
    return lines


def _enclosing_table(element):
    node = element.getparent()
    while node is not None and node.tag != W + "tbl":
        node = node.getparent()
    return node
