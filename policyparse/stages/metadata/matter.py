"""What every metadata rule reads: the document's paragraphs and its front matter."""
from __future__ import annotations

from dataclasses import dataclass

from ...state import Block


@dataclass(frozen=True, slots=True)
class Matter:
    content: list[Block]    # the paragraphs of the document, in order
    head: list[Block]       # those before the first body heading: where the front matter stands
