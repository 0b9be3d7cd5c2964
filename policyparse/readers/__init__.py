"""Readers turn a file's bytes into the text the pipeline parses: plain text or HTML."""
