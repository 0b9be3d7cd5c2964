"""A progress bar for batches on a terminal (rich, which Typer brings); silent otherwise."""
from __future__ import annotations

from contextlib import contextmanager
from typing import Callable, Iterator, Optional


@contextmanager
def progress_bar(total: Optional[int], enabled: bool) -> Iterator[Optional[Callable[[dict], None]]]:
    """Yields a callback to call once per finished record, or None when not enabled."""
    if not enabled:
        yield None
        return
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn,
                               TimeRemainingColumn)

    columns = (TextColumn("[progress.description]{task.description}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[failed]} failed"), TimeElapsedColumn(), TimeRemainingColumn())
    with Progress(*columns, transient=True) as bar:
        task = bar.add_task("parsing", total=total, failed=0)
        failed = 0

        def advance(record: dict) -> None:
            nonlocal failed
            failed += record["status"] == "error"
            bar.update(task, advance=1, failed=failed)

        yield advance
