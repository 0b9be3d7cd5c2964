"""Safe file output: atomic writes and names that cannot escape an output folder."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePosixPath

TEMP_SUFFIX = ".tmp"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


FILE_MODE = 0o666 & ~_umask()     # what open() would give; mkstemp's 0600 would hide outputs from others


def publish(tmp: str | os.PathLike, path: str | os.PathLike) -> None:
    """Give a finished temporary file the usual permissions and rename it into place."""
    os.chmod(tmp, FILE_MODE)
    os.replace(tmp, path)


def write_atomic(path: Path, text: str) -> None:
    """Write to a temporary file beside `path`, then rename: never a half-written output."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        publish(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def unsafe_name(name: str) -> str | None:
    """Why a relative name (an archive member, say) may not be used under an output folder, or None."""
    if not name or "\x00" in name:
        return "empty name"
    posix = name.replace("\\", "/")
    if posix.startswith("/") or (len(posix) > 1 and posix[1] == ":"):
        return "absolute path"
    if ".." in PurePosixPath(posix).parts:
        return "path climbs out with '..'"
    return None


def inside(root: Path, target: Path) -> bool:
    """True when `target` (resolving any symlinks on the way) stays under `root`."""
    real_root = os.path.realpath(root)
    real = os.path.realpath(target)
    return os.path.commonpath([real_root, real]) == real_root


def display(name: str) -> str:
    """A path as records show it: a name whose bytes are not UTF-8 (GBK from an old archive, kept by
    Python as surrogate escapes that no UTF-8 file can hold) is read as GB18030, else with U+FFFD."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        raw = name.encode("utf-8", "surrogateescape")
    try:
        return raw.decode("gb18030")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "replace")
