"""No pattern backtracks catastrophically: every compiled pattern of the package meets adversarial
text (long runs of markers, brackets, digits, labels, half-finished dates) within a time limit.

The regex module's `timeout` stops a runaway match with TimeoutError, so a bad pattern fails here
instead of hanging a batch.
"""
from __future__ import annotations

import importlib
import pkgutil

import pytest
import regex

import policyparse

LIMIT_SECONDS = 0.25   # linear patterns take milliseconds here; quadratic ones seconds
PIECES = ("（", "(", "）", "一、", "（一）", "1.", "1.1", "第一条", "2023年", "12月", "〔2023〕", "号", "、",
          "区教育局", "责任单位：", "牵头", "：", " ", "\u3000", "《", "》", "附件", "0", "a", "，", "\n")


def _patterns():
    modules = [policyparse]
    for info in pkgutil.walk_packages(policyparse.__path__, "policyparse."):
        if info.name.endswith("__main__"):
            continue
        modules.append(importlib.import_module(info.name))
    found = {}
    for module in modules:
        for name in dir(module):        # (dir, not vars: patterns.py compiles its patterns on first use)
            value = getattr(module, name)
            if isinstance(value, regex.Pattern):
                found[f"{module.__name__}.{name}"] = value
    return found


PATTERNS = _patterns()


def _adversarial():
    texts = [piece * 10_000 for piece in PIECES]
    firsts, seconds = ("（", "一、", "2023年", "区教育局", "1."), ("、", " ", "：", "，", "12月")
    texts += [(a + b) * 2000 for a in firsts for b in seconds]
    texts += ["\u3000" * 10_000 + "区", " " * 10_000 + "印发"]
    return texts


ADVERSARIAL = _adversarial()


def test_patterns_are_found():
    assert len(PATTERNS) > 40


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_pattern_is_bounded(name):
    pattern = PATTERNS[name]
    for text in ADVERSARIAL:
        if isinstance(pattern.pattern, bytes):
            text = text.encode("utf-8")
        try:
            pattern.search(text, timeout=LIMIT_SECONDS)
            for _ in pattern.finditer(text, timeout=LIMIT_SECONDS):
                pass
        except TimeoutError:
            pytest.fail(f"{name} runs away on {text[:20]!r}… ({len(text)} characters)")


def test_patterns_compile_on_first_use_and_once():
    """patterns.py compiles a pattern the first time a stage asks for it (a cold `extract` compiles only
    what its document needs): importing it compiles none of them, and a name once asked is kept."""
    import subprocess
    import sys

    code = "import policyparse.patterns as P; print(len(P._DEFERRED), sum(n in vars(P) for n in P._DEFERRED))"
    deferred, compiled = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                        check=True).stdout.split()
    assert int(deferred) > 100 and compiled == "0"
    from policyparse import patterns as P

    assert P.BOILERPLATE is P.BOILERPLATE and isinstance(P.BOILERPLATE, regex.Pattern)
    assert "BOILERPLATE" in dir(P)
    with pytest.raises(AttributeError):
        P.NO_SUCH_PATTERN
