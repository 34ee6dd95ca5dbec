"""Writing output files safely: one atomic writer, and checks made before any write.

Every output (HTML, PNG, GeoJSON, GeoPackage, KML, CSV, JSONL) goes to a
hidden temporary file beside its target, is flushed to disk (file and
directory), and is renamed over the target only when complete. Whatever
stops the write (an error, Ctrl-C, SIGTERM turned into an exception by the
CLI) removes the temporary file, so no half-written file and no stray
``.name.*.tmp`` is ever left.
"""
from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .errors import OutputError


def printable(text: str) -> str:
    """``text`` with undecodable bytes (surrogate escapes of file names) shown as U+FFFD.

    >>> printable("caf\\udce9.txt")
    'caf\\ufffd.txt'
    """
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:  # e.g. platforms that cannot open directories
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _fail(target: Path, exc: OSError) -> OutputError:
    return OutputError(f"cannot write {printable(str(target))}: {exc.strerror or exc}")


@contextmanager
def atomic_path(path: str | Path, keep_fd: bool = False, suffix: str = ".tmp"):
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    With ``keep_fd`` the temporary file exists and ``(fd, tmp)`` is yielded;
    otherwise only the name is reserved (GDAL drivers create the file
    themselves; ``suffix`` keeps the extension they check). Any exception, ``KeyboardInterrupt`` and ``SystemExit``
    included, removes the temporary file and propagates (``OSError`` as
    :class:`OutputError`).
    """
    target = Path(path)
    if target.is_dir():
        raise OutputError(f"{printable(str(target))} is a directory")
    directory = target.parent
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=directory)
    except OSError as exc:
        raise _fail(target, exc) from None
    if not keep_fd:
        os.close(fd)
        os.unlink(tmp)
    try:
        yield (fd, tmp) if keep_fd else Path(tmp)
        _commit(tmp, target, directory)
    except BaseException as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        if isinstance(exc, OSError) and not isinstance(exc, OutputError):
            raise _fail(target, exc) from None
        raise


def _commit(tmp: str, target: Path, directory: Path) -> None:
    if not os.path.exists(tmp):
        raise OutputError(f"{printable(str(target))}: nothing was written")
    with open(tmp, "rb+") as fh:
        os.fsync(fh.fileno())
    os.chmod(tmp, 0o644)
    os.replace(tmp, target)
    _fsync_dir(directory)


def write_atomic(path: str | Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file, fsync and a rename.

    An existing file is replaced only once the new one is complete; on any
    error, or an interruption, nothing is left behind.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    with atomic_path(path, keep_fd=True) as (fd, _):
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # one of them does not exist (yet)
        return a.resolve() == b.resolve()


def check_outputs(outputs: list, inputs: list, create: tuple = ()) -> None:
    """Refuse, before anything is written, outputs that cannot or must not be written.

    ``outputs`` and ``inputs`` are paths (None and '-' are skipped). An output
    may not be an input (compared as files, so another spelling or a symlink
    is caught too), nor a directory, nor in a directory that is missing or not
    writable; directories in ``create`` (the default ``maps/``) may be missing.
    Raises :class:`OutputError`.
    """
    ins = [Path(p) for p in inputs if p and str(p) != "-"]
    outs = [Path(p) for p in outputs if p and str(p) != "-"]
    for i, out in enumerate(outs):
        shown = printable(str(out))
        for src in ins:
            if _same_file(out, src):
                raise OutputError(f"refusing to write {shown}: it is an input file ({printable(str(src))})")
        if any(_same_file(out, other) for other in outs[:i]):
            raise OutputError(f"{shown} is given as two outputs")
        if out.is_dir():
            raise OutputError(f"{shown} is a directory")
        directory = out.parent
        if not directory.is_dir():
            if not directory.exists() and directory in [Path(c) for c in create]:
                continue
            problem = "is not a directory" if directory.exists() else "does not exist"
            raise OutputError(f"cannot write {shown}: {printable(str(directory))} {problem}")
        if not os.access(directory, os.W_OK | os.X_OK):
            raise OutputError(f"cannot write {shown}: directory {printable(str(directory))} is not writable")


def write_stdout(data: str | bytes) -> None:
    """Write to standard output and flush, so that a failure is an error, not lost output.

    A closed standard output or a full disk raise :class:`OutputError`
    (``BrokenPipeError`` propagates: a reader that stops early is not an error).
    """
    import sys

    if sys.stdout is None:
        raise OutputError("standard output is closed: nothing could be written")
    try:
        if isinstance(data, bytes):
            sys.stdout.flush()
            sys.stdout.buffer.write(data)
        else:
            sys.stdout.write(data)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # ValueError: the stream was closed
        raise OutputError(f"cannot write standard output: {getattr(exc, 'strerror', None) or exc}") from None
