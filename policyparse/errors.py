"""Errors a user can act on: each carries a one-line message and a stable code."""
from __future__ import annotations


class PolicyParseError(Exception):
    """Raised for input that cannot be parsed; `code` names the kind of failure."""

    code = "error"

    def __init__(self, message: str, code: str | None = None):
        super().__init__(message)
        if code:
            self.code = code


class InputError(PolicyParseError):
    code = "bad_input"
