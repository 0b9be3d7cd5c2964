"""policyparse: Chinese government policy documents into structured, validated data."""
from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["parse_text", "parse_file", "parse_bytes", "Document", "PolicyParseError", "InputError",
           "__version__"]


def __getattr__(name: str):
    # Lazy: importing the package stays cheap; heavy modules load on first use.
    if name in ("parse_text", "parse_file", "parse_bytes"):
        from . import api

        return getattr(api, name)
    if name == "Document":
        from .models import Document

        return Document
    if name in ("PolicyParseError", "InputError"):
        from . import errors

        return getattr(errors, name)
    raise AttributeError(f"module 'policyparse' has no attribute {name!r}")
