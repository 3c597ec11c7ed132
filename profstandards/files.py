"""Files on disk: finding the XML files to work on, and writing them atomically."""

from __future__ import annotations

import errno
import os
from collections.abc import Iterable
from pathlib import Path

from profstandards.errors import InputError
from profstandards.i18n import Msg

NO_SUCH = Msg("нет такого файла или каталога", "no such file or directory")
UNREADABLE = Msg("не удалось прочитать файл: {detail}", "cannot read file: {detail}")
NO_XML = Msg("в каталоге нет XML-файлов (*.xml)", "no XML files (*.xml) in the directory")


_OS_ERRORS: dict[int, Msg] = {
    errno.ENOENT: Msg("нет такого файла или каталога", "no such file or directory"),
    errno.EACCES: Msg("нет прав доступа", "permission denied"),
    errno.EPERM: Msg("операция не разрешена", "operation not permitted"),
    errno.EISDIR: Msg("это каталог, а не файл", "is a directory"),
    errno.ENOTDIR: Msg("часть пути — не каталог", "a part of the path is not a directory"),
    errno.ENOSPC: Msg("на диске нет места", "no space left on the device"),
    errno.EROFS: Msg("файловая система только для чтения", "read-only file system"),
    errno.EEXIST: Msg("файл уже существует", "file exists"),
    errno.ENAMETOOLONG: Msg("слишком длинное имя файла", "file name too long"),
    errno.EMFILE: Msg("открыто слишком много файлов", "too many open files"),
    errno.EIO: Msg("ошибка ввода-вывода", "input/output error"),
    errno.EBUSY: Msg("файл занят", "device or resource busy"),
}


def os_error(e: OSError) -> str:
    """What went wrong with a file, in the current language (not the C library's English)."""
    msg = _OS_ERRORS.get(e.errno or -1)
    if msg is not None:
        return msg.render()
    return e.strerror or str(e)


def collect(paths: Iterable[str | Path], exclude: Iterable[str] = ()) -> list[Path]:
    """The files named by ``paths``: files as given, directories searched for ``*.xml``.

    Raises :class:`InputError` for a path that does not exist or a directory without
    XML files.  ``exclude`` holds glob patterns matched against each found path.
    """
    excluded = list(exclude)
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.suffix.lower() == ".xml"
                           and p.is_file())
            files = [p for p in files if not any(p.match(pattern) for pattern in excluded)]
            if not files:
                raise InputError(str(path), NO_XML)
            found += files
        elif path.is_file():
            found.append(path)
        else:
            raise InputError(str(path), NO_SUCH)
    unique: dict[Path, None] = dict.fromkeys(found)
    return list(unique)


def read_bytes(path: str | Path) -> bytes:
    """The bytes of ``path``; a file that cannot be read raises :class:`InputError`."""
    try:
        return Path(path).read_bytes()
    except OSError as e:
        raise InputError(str(path), UNREADABLE, detail=os_error(e)) from None


def write_atomic(path: str | Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` so that a reader sees the old or the new file, whole.

    The bytes go to a temporary file in the same directory, are flushed to disk, and
    the temporary file is renamed over the target (keeping the target's permissions).
    """
    path = Path(path)
    directory = path.parent if str(path.parent) else Path(".")
    import tempfile  # only commands that write pay for importing it

    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        try:
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        except FileNotFoundError:
            os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
