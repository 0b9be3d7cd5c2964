"""Linear time on adversarial shapes: each input shape at n and 4n repetitions, the time ratio.

    python bench/adversarial.py [--n 5000]

A ratio near 4 is linear; one far above it is a quadratic spot to fix. The shapes are what hostile
or broken archives hold: one huge line, thousands of repeated headings, labels, brackets, dates.
"""
from __future__ import annotations

import argparse
import time

from policyparse import parse_text

SHAPES = {
    "unit lists": "推进工作（责任单位：市发改委、市财政局）",
    "open brackets": "（（（（市发改委",
    "labels on one line": "索引号：123 发布机构：某局 ",
    "dates": "2024年3月5日",
    "citations": "《某某条例》（某政〔2023〕5号）",
    "inline roles": "由市发改委牵头，市科委配合，",
    "repeated headings": "一、总体要求\n（一）指导思想\n1.推进工作（区发改委）\n",
    "table rows": "a | b | c |\n",
    "headnotes": "（2020年3月27日北京市会议通过 ",
    "targets": "到2025年新增企业30家，覆盖率达到95%。",
}


def seconds(text: str) -> float:
    started = time.perf_counter()
    parse_text(text)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=5000)
    args = parser.parse_args()
    parse_text("一、预热\n")
    worst = 0.0
    for name, base in SHAPES.items():
        small, large = seconds(base * args.n), seconds(base * args.n * 4)
        ratio = large / max(small, 1e-3)
        worst = max(worst, ratio)
        print(f"{name:20} {small:6.2f} s -> {large:6.2f} s   x{ratio:.1f} for 4x the input")
    print(f"worst ratio: x{worst:.1f} (4 is linear)")


if __name__ == "__main__":
    main()
