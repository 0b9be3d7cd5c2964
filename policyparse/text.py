"""Text helpers every stage may use: width folding, a title's clean form, a part title without its label.

No stage imports another stage; what several of them need lives here (and in patterns.py, headings.py,
units.py, dates.py).
"""
from __future__ import annotations

import functools
import re

import regex

from . import patterns as P

# Indentation: ASCII and ideographic spaces, NBSP, the typographic spaces (EN, EM, thin …), zero widths.
WIDE_SPACES = "\u3000\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f"


def _fold_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)}
    table.update({ord(space): " " for space in WIDE_SPACES})
    table.update({0xFE59: "(", 0xFE5A: ")", 0x2014: "—"})
    return table


FOLD = _fold_table()
FOLD_CHARS = {chr(code): to for code, to in FOLD.items()}
# Which foldable characters a text holds, found by the standard engine in C; each is then replaced
# with str.replace. Far faster than str.translate, which makes an object per character.
FOLDABLE = re.compile("[%s]" % "".join(re.escape(ch) for ch in FOLD_CHARS))


def fold(text: str) -> str:
    """The text with full-width ASCII, the wide spaces and the small parentheses folded (same length).

    Each search goes on from the last character found, and each character found is replaced everywhere
    at once: so the searches are about as many as the kinds of foldable characters the text holds, not
    as many as its foldable characters (every full-width comma of a Chinese text is one). Only the
    characters folded to themselves (the em dash) are found again, and are skipped."""
    search, replaced = FOLDABLE.search, set()
    found = search(text)
    while found is not None:
        ch = found.group()
        if ch not in replaced:
            replaced.add(ch)
            text = text.replace(ch, FOLD_CHARS[ch])
        found = search(text, found.end())
    return text


@functools.lru_cache(maxsize=1)
def converter():
    """OpenCC's traditional-to-simplified converter, made once."""
    import opencc

    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """A text in simplified script (what the pattern tables are written in)."""
    return converter().convert(text)


CN_SPACE = regex.compile(r"(?<=[\p{Han}》》“”])[ \t\u3000]+(?=[\p{Han}《“])")


# What an export leaves around a title: table pipes, rules of dashes, a 标题 label.
# Around a title: pipes, dash rules, a 标题 label, a site's category tag (【稳经济大盘一揽子政策】关于…, 【贷款】…).
TITLE_DEBRIS = regex.compile(r"^(?:[\s|｜]|[-—=_]{3,}|标题\s*[:：]|[【\[](?!已?(?:废止|失效|修改))[^】\]\d]{1,12}[】\]](?=.{6})"
                             r"|[(（](?:转载|转发|转自|原创)[)）](?=.{6})|原标题\s*[:：])+"
                             r"|(?:[\s|｜]|[-—=_]{3,}|\s+来源\s*[:：][^:：]{1,30})+$")


def clean_title(text: str) -> str:
    """A title without the layout spaces between Han characters (关于  印发 -> 关于印发) and without the
    pipes, dashes or 标题 label an export left around it."""
    return TITLE_DEBRIS.sub("", CN_SPACE.sub("", text)).strip()


# What a line that opens with a metadata label (patterns.META_LABEL_RE) starts with, white space aside: the
# pattern's leading bullets, dashes and bars, the bracket of 【索引号】, or a label's first character.
META_LABEL_START = frozenset("•·●-|｜【[" + "".join(label[0] for label in P.META_LABELS))


def may_open_with_label(text: str) -> bool:
    """Whether a line may open with a metadata label (patterns.META_LABEL_RE), by its first character (the
    pattern's white space is white space to str.isspace too): most lines start otherwise."""
    first = text[:1]
    return first in META_LABEL_START or first.isspace()


def label_match(text: str):
    """patterns.META_LABEL_RE's match at the start of a line, asked only of a line that may open with a label."""
    return P.META_LABEL_RE.match(text) if may_open_with_label(text) else None


def without_label(text: str) -> str:
    """'附件1：某区行动方案' -> '某区行动方案'; other titles unchanged."""
    match = P.ATTACHMENT_LABEL.match(fold(text))
    return text[match.start("rest"):].strip() if match and match.group("rest") else text
