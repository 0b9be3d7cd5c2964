"""One module per stage; each exposes `def <name>(state) -> None`."""
