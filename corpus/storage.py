"""One index file: a JSON header, then numpy arrays laid end to end, each aligned to 64 bytes.

Loading reads the header and maps the rest of the file into memory, so a large index opens in
milliseconds and pages in only what queries touch; nothing is parsed or analysed again.

    MAGIC | u32 format version | u64 header length | header JSON | arrays...
"""
from __future__ import annotations

import json
import os
import re
import shutil
import struct
import tempfile
from pathlib import Path
from typing import BinaryIO, Callable

import numpy as np

from .errors import IndexFileError

try:
    import fcntl
except ImportError:  # not on a POSIX system: stale build folders are then left alone
    fcntl = None

MAGIC = b"CORPUSBOTIDX"
FORMAT_VERSION = 11
_PREFIX = struct.Struct("<12sIQ")
_ALIGN = 64


def _aligned(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


def is_index(path: Path) -> bool:
    """Whether the file at `path` starts as a corpus-bot index does (whatever its version)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def _writable(path: Path) -> None:
    """Only an index is ever replaced: IndexFileError when `path` is a folder or another file."""
    if path.is_dir():
        raise IndexFileError("index_is_folder", path=path)
    if path.exists() and not is_index(path):
        raise IndexFileError("index_not_ours", path=path)
    path.parent.mkdir(parents=True, exist_ok=True)


def _lay_out(header: dict, arrays: dict[str, tuple[np.dtype, tuple[int, ...]]]) -> tuple[bytes, dict, int, int]:
    """The file's first bytes (prefix and header), where each array goes after `start`, where
    the arrays start and where the file ends."""
    layout, offset = {}, 0
    for name, (dtype, shape) in arrays.items():
        layout[name] = {"dtype": dtype.str, "shape": list(shape), "offset": offset}
        offset = _aligned(offset + int(np.prod(shape)) * dtype.itemsize)
    head = json.dumps({**header, "arrays": layout}, ensure_ascii=False).encode("utf-8")
    start = _aligned(_PREFIX.size + len(head))
    return _PREFIX.pack(MAGIC, FORMAT_VERSION, len(head)) + head, layout, start, start + offset


def _replace(path: Path, fill: Callable[[BinaryIO], None]) -> None:
    """Write `path` anew with `fill`: in a temporary file of its own beside it (two processes
    saving at once never write into the same one), renamed over it only once complete."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            fill(f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write(path: str | Path, header: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write atomically: a reader never sees half a file, and a failed save keeps the old one.

    Only an index is ever replaced: IndexFileError when `path` is a folder or another file."""
    path = Path(path)
    _writable(path)
    arrays = {name: np.ascontiguousarray(a) for name, a in arrays.items()}
    head, layout, start, end = _lay_out(header, {name: (a.dtype, a.shape) for name, a in arrays.items()})

    def fill(f: BinaryIO) -> None:
        f.write(head)
        for name, a in arrays.items():
            f.seek(start + layout[name]["offset"])
            f.write(a.tobytes())
        f.truncate(end)

    _replace(path, fill)


def move(built: Path, path: str | Path) -> None:
    """Put the finished index file `built` (`Spool.finish`) at `path`, by the rules of `write`:
    renamed when both are on one file system, else copied beside `path` and renamed there."""
    path = Path(path)
    _writable(path)
    with open(built, "rb+") as f:
        os.fsync(f.fileno())
    try:
        os.replace(built, path)
    except OSError:  # another file system
        with open(built, "rb") as source:
            _replace(path, lambda f: shutil.copyfileobj(source, f, 1 << 20))


def _copy(source: BinaryIO, out: BinaryIO, at: int) -> None:
    """All of `source` into `out` from offset `at`: by the kernel where it can (no copy through
    this process's memory), else through a buffer."""
    out.flush()  # what was written through the buffer goes first
    size = os.fstat(source.fileno()).st_size
    done = 0
    if hasattr(os, "copy_file_range"):
        try:
            while done < size:
                n = os.copy_file_range(source.fileno(), out.fileno(), size - done, done, at + done)
                if n == 0:
                    break
                done += n
        except OSError:
            pass
    if done < size:
        source.seek(done)
        out.seek(at + done)
        shutil.copyfileobj(source, out, 1 << 20)


BUILD_PREFIX = ".corpus-build."
# A build's folder: BUILD_PREFIX, the building process's id, a random tail (`tempfile.mkdtemp`);
# and what a build puts in it (arrays, the parts of worker processes and their orders, the
# index, its lock).
_BUILD_FOLDER = re.compile(re.escape(BUILD_PREFIX) + r"(\d+)\.\w+")
_BUILD_FILE = re.compile(r"\d+\.array|part-\d+|orders-\d+|index|lock")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # PermissionError: a process of another user holds that id
        return True
    return True


def _lock(path: Path, wait: bool) -> BinaryIO | None:
    """`path` opened and locked for as long as it stays open (the system lets the lock go when
    its process ends, however it ends); None when another process holds it."""
    f = open(path, "a+b")
    try:
        fcntl.flock(f.fileno(), fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except OSError:
        f.close()
        return None
    return f


def remove_stale(folder: Path) -> None:
    """Remove the build folders in `folder` that builds killed before they could clean up left
    behind (`Spool`): only a folder named as a build's is, whose process is gone and whose lock
    no process holds, and which holds nothing but what a build writes. Anything else is left
    as it is."""
    if fcntl is None:
        return
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        named = _BUILD_FOLDER.fullmatch(entry.name)
        if not named or not entry.is_dir(follow_symlinks=False) or _alive(int(named.group(1))):
            continue
        try:
            held = _lock(Path(entry.path, "lock"), wait=False) if os.path.exists(os.path.join(entry.path, "lock")) \
                else None
            if held is None:
                continue
            with held:
                files = list(os.scandir(entry.path))
                if all(_BUILD_FILE.fullmatch(f.name) and f.is_file(follow_symlinks=False) for f in files):
                    for f in files:
                        os.unlink(f.path)
                    os.rmdir(entry.path)
        except OSError:
            continue


class Spool:
    """An index file written while it is built, so that the build need not hold it in memory.

    Each array goes to a file of its own as it is made, whole (`put`) or a piece at a time
    (`extend`), in a private folder (`.corpus-build.*`) inside `folder`; `finish` lays them end
    to end behind the header, as `write` does, into one file there, which `move` then renames
    into place. The build may keep files of its own there too (the parts worker processes
    make: `builder.parts`). `close` removes the folder and all it holds: on every path, done or
    failed. A build killed before it could (SIGKILL, a power cut) leaves its folder behind: the
    next build in `folder` removes it (`remove_stale`), told by the lock it held."""

    def __init__(self, folder: str | Path):
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        remove_stale(folder)
        self.folder = Path(tempfile.mkdtemp(prefix=f"{BUILD_PREFIX}{os.getpid()}.", dir=folder))
        self._lock = _lock(self.folder / "lock", wait=True) if fcntl is not None else None
        self._files: dict[str, tuple[BinaryIO, np.dtype, tuple[int, ...]]] = {}
        self._made = 0  # arrays begun: each file's name, never one in use

    def extend(self, name: str, values: np.ndarray) -> None:
        """Append `values` (one dimension) to array `name`, made with their type."""
        values = np.ascontiguousarray(values)
        known = self._files.get(name)
        if known is None:
            f = open(self.folder / f"{self._made}.array", "w+b")
            self._made += 1
            known = (f, values.dtype, (0,))
        elif values.dtype != known[1]:
            raise ValueError(f"array {name} is {known[1]}, not {values.dtype}")
        f, dtype, shape = known
        f.write(memoryview(values).cast("B"))
        self._files[name] = (f, dtype, (shape[0] + values.size,))

    def put(self, name: str, values: np.ndarray) -> None:
        """Array `name`, whole (of any shape)."""
        if name in self._files:
            raise ValueError(f"array {name} is written already")
        self.extend(name, values.reshape(-1))
        f, dtype, _ = self._files[name]
        self._files[name] = (f, dtype, values.shape)

    def __contains__(self, name: str) -> bool:
        return name in self._files

    def length(self, name: str) -> int:
        return self._files[name][2][0]

    def read(self, name: str, start: int, stop: int) -> np.ndarray:
        """Elements start to stop - 1 of array `name`, read into memory (not mapped: mapped
        pages would stay resident and count against the build)."""
        f, dtype, shape = self._files[name]
        stop = min(stop, shape[0])
        f.flush()
        f.seek(start * dtype.itemsize)
        return np.fromfile(f, dtype=dtype, count=max(stop - start, 0))

    def whole(self, name: str) -> np.ndarray:
        """Array `name` read into memory whole."""
        return self.read(name, 0, self.length(name))

    def rename(self, name: str, new: str) -> None:
        """Array `name` named `new`, now among the arrays begun last (`finish`'s order)."""
        if new in self._files:
            raise ValueError(f"array {new} is written already")
        self._files[new] = self._files.pop(name)

    def drop(self, name: str) -> None:
        """Forget array `name` (one needed only while building)."""
        f, _, _ = self._files.pop(name)
        f.close()
        Path(f.name).unlink(missing_ok=True)

    def finish(self, header: dict) -> Path:
        """The index file, complete: `header`, then every array, in the order they were begun."""
        head, layout, start, end = _lay_out(header, {name: (dtype, shape)
                                                     for name, (_, dtype, shape) in self._files.items()})
        path = self.folder / "index"
        with open(path, "wb") as out:
            out.write(head)
            for name in list(self._files):
                f, _, _ = self._files[name]
                f.flush()
                _copy(f, out, start + layout[name]["offset"])
                self.drop(name)  # each array's file gone once copied: the disk holds it twice at most
            out.truncate(end)
        return path

    def close(self) -> None:
        """Remove the folder and everything in it (the finished file too, unless moved out)."""
        for f, _, _ in self._files.values():
            f.close()
        self._files.clear()
        shutil.rmtree(self.folder, ignore_errors=True)
        if self._lock is not None:
            self._lock.close()
            self._lock = None


def read_header(path: str | Path) -> tuple[dict, int]:
    """The header and where the arrays start; IndexFileError when the file is not a usable index."""
    try:
        with open(path, "rb") as f:
            prefix = f.read(_PREFIX.size)
            if len(prefix) < _PREFIX.size:
                raise IndexFileError("index_not_index", path=path)
            magic, version, length = _PREFIX.unpack(prefix)
            if magic != MAGIC:
                raise IndexFileError("index_not_index", path=path)
            if version != FORMAT_VERSION:
                raise IndexFileError("index_format", path=path, version=version, expected=FORMAT_VERSION)
            # A damaged length must not have us read (or allocate) more than the file holds.
            if length > os.fstat(f.fileno()).st_size - _PREFIX.size:
                raise IndexFileError("index_damaged", path=path, reason="its header is cut short")
            header = json.loads(f.read(length).decode("utf-8"))
            if not isinstance(header, dict):
                raise IndexFileError("index_damaged", path=path, reason="its header is not a table")
    except FileNotFoundError:
        raise IndexFileError("index_missing", path=path) from None
    except IsADirectoryError:
        raise IndexFileError("index_is_folder", path=path) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IndexFileError("index_unreadable", path=path, reason=error) from None
    return header, _aligned(_PREFIX.size + length)


def read(path: str | Path) -> tuple[dict, dict[str, np.ndarray]]:
    header, start = read_header(path)
    try:
        buffer = np.memmap(path, dtype=np.uint8, mode="r")
        arrays = {}
        for name, spec in header.pop("arrays").items():
            dtype = np.dtype(spec["dtype"])
            count = int(np.prod(spec["shape"])) if spec["shape"] else 1
            begin = start + spec["offset"]
            chunk = buffer[begin:begin + count * dtype.itemsize]
            if chunk.size != count * dtype.itemsize:
                raise ValueError(f"array {name} is cut short")
            # A plain ndarray over the mapped bytes: slicing a memmap subclass costs microseconds
            # each time, and queries slice thousands of times.
            arrays[name] = chunk.view(np.ndarray).view(dtype).reshape(spec["shape"])
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise IndexFileError("index_damaged", path=path, reason=error) from None
    return header, arrays
