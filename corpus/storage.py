"""One index file: a JSON header, then numpy arrays laid end to end, each aligned to 64 bytes.

Loading reads the header and maps the rest of the file into memory, so a large index opens in
milliseconds and pages in only what queries touch; nothing is parsed or analysed again.

    MAGIC | u32 format version | u64 header length | header JSON | arrays...
"""
from __future__ import annotations

import json
import os
import struct
import tempfile
from pathlib import Path

import numpy as np

from .errors import IndexFileError

MAGIC = b"CORPUSBOTIDX"
FORMAT_VERSION = 10
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


def write(path: str | Path, header: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write atomically: a reader never sees half a file, and a failed save keeps the old one.

    Only an index is ever replaced: IndexFileError when `path` is a folder or another file."""
    path = Path(path)
    if path.is_dir():
        raise IndexFileError("index_is_folder", path=path)
    if path.exists() and not is_index(path):
        raise IndexFileError("index_not_ours", path=path)
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = {name: np.ascontiguousarray(a) for name, a in arrays.items()}
    layout, offset = {}, 0
    for name, a in arrays.items():
        layout[name] = {"dtype": a.dtype.str, "shape": list(a.shape), "offset": offset}
        offset = _aligned(offset + a.nbytes)
    head = json.dumps({**header, "arrays": layout}, ensure_ascii=False).encode("utf-8")
    start = _aligned(_PREFIX.size + len(head))
    # A temporary file of its own beside the target (two processes saving at once never write
    # into the same one), renamed over it only once complete.
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(_PREFIX.pack(MAGIC, FORMAT_VERSION, len(head)))
            f.write(head)
            for name, a in arrays.items():
                f.seek(start + layout[name]["offset"])
                f.write(a.tobytes())
            f.truncate(start + offset)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
