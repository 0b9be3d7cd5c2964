"""Mutations of real documents for property tests and the fuzz run: each takes bytes and a Random."""
from __future__ import annotations

import random

MARKERS = ("一、", "（一）", "(二)", "1.", "（1）", "①", "第一章", "第一条", "附件：", "抄送：", "责任单位：",
           "牵头单位：", "〔2023〕", "|", "《", "》")
BRACKETS = "（）()〔〕[]【】《》"
HALF_TO_FULL = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}
FULL_TO_HALF = {v: k for k, v in HALF_TO_FULL.items()}


def _text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def shuffle_lines(data: bytes, rng: random.Random) -> bytes:
    lines = _text(data).split("\n")
    rng.shuffle(lines)
    return "\n".join(lines).encode("utf-8")


def delete_brackets(data: bytes, rng: random.Random) -> bytes:
    text = _text(data)
    keep = rng.random()
    return "".join(ch for ch in text if ch not in BRACKETS or rng.random() < keep).encode("utf-8")


def duplicate_markers(data: bytes, rng: random.Random) -> bytes:
    lines = _text(data).split("\n")
    for _ in range(rng.randint(1, 30)):
        at = rng.randrange(len(lines))
        lines[at] = rng.choice(MARKERS) * rng.randint(1, 4) + lines[at]
    return "\n".join(lines).encode("utf-8")


def swap_width(data: bytes, rng: random.Random) -> bytes:
    table = HALF_TO_FULL if rng.random() < 0.5 else FULL_TO_HALF
    return "".join(table.get(ch, ch) if rng.random() < 0.7 else ch for ch in _text(data)).encode("utf-8")


def insert_bytes(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        at = rng.randrange(len(out) + 1)
        out[at:at] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 8)))
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    return data[: rng.randrange(len(data) + 1)]


def unclosed_brackets(data: bytes, rng: random.Random) -> bytes:
    return _text(data).replace("）", "", rng.randint(1, 1000)).replace("(", "（" * rng.randint(1, 3)).encode("utf-8")


def reencode(data: bytes, rng: random.Random) -> bytes:
    encoding = rng.choice(("gb18030", "utf-16", "big5", "utf-16-le"))
    return _text(data).encode(encoding, errors="replace")


MUTATORS = (shuffle_lines, delete_brackets, duplicate_markers, swap_width, insert_bytes, truncate,
            unclosed_brackets, reencode)


def mutate(data: bytes, rng: random.Random, rounds: int = 3) -> bytes:
    for _ in range(rng.randint(1, rounds)):
        data = rng.choice(MUTATORS)(data, rng) if data else data
    return data
