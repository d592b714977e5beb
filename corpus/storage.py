"""One index file: a JSON header, then numpy arrays laid end to end, each aligned to 64 bytes.

Loading reads the header and maps the rest of the file into memory, so a large index opens in
milliseconds and pages in only what queries touch; nothing is parsed or analysed again.

    MAGIC | u32 format version | u64 header length | header JSON | arrays...
"""
from __future__ import annotations

import json
import os
import struct
from pathlib import Path

import numpy as np

from .errors import IndexFileError

MAGIC = b"CORPUSBOTIDX"
FORMAT_VERSION = 4
_PREFIX = struct.Struct("<12sIQ")
_ALIGN = 64


def _aligned(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN


def write(path: str | Path, header: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write atomically: a reader never sees half a file, and a failed save keeps the old one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    arrays = {name: np.ascontiguousarray(a) for name, a in arrays.items()}
    layout, offset = {}, 0
    for name, a in arrays.items():
        layout[name] = {"dtype": a.dtype.str, "shape": list(a.shape), "offset": offset}
        offset = _aligned(offset + a.nbytes)
    head = json.dumps({**header, "arrays": layout}, ensure_ascii=False).encode("utf-8")
    start = _aligned(_PREFIX.size + len(head))
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "wb") as f:
        f.write(_PREFIX.pack(MAGIC, FORMAT_VERSION, len(head)))
        f.write(head)
        for name, a in arrays.items():
            f.seek(start + layout[name]["offset"])
            f.write(a.tobytes())
        f.truncate(start + offset)
    os.replace(tmp, path)


def read_header(path: str | Path) -> tuple[dict, int]:
    """The header and where the arrays start; IndexFileError when the file is not a usable index."""
    try:
        with open(path, "rb") as f:
            prefix = f.read(_PREFIX.size)
            if len(prefix) < _PREFIX.size:
                raise IndexFileError(f"{path} is not a corpus-bot index file.")
            magic, version, length = _PREFIX.unpack(prefix)
            if magic != MAGIC:
                raise IndexFileError(f"{path} is not a corpus-bot index file.")
            if version != FORMAT_VERSION:
                raise IndexFileError(f"{path} has index format {version}; this version reads {FORMAT_VERSION}.")
            header = json.loads(f.read(length).decode("utf-8"))
    except FileNotFoundError:
        raise IndexFileError(f"No index file at {path}.") from None
    except IsADirectoryError:
        raise IndexFileError(f"{path} is a folder, not an index file.") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise IndexFileError(f"Cannot read the index file {path}: {error}") from None
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
        raise IndexFileError(f"The index file {path} is damaged ({error}); rebuild it with `corpus-bot index build`.") from None
    return header, arrays
