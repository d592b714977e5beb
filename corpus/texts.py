"""Paragraph texts stored compressed by blocks, and read back a block at a time.

Texts are most of an index's bytes, yet a question reads only the few paragraphs it quotes.
So they are kept as zlib blocks of whole paragraphs, about a KB each: small enough that
decompressing one costs about ten microseconds, large enough to compress well. Each batch of
documents compresses its blocks against a preset dictionary, the opening of its own text (zlib's
`zdict`): the words and phrases a corpus repeats then compress even in a small block.

    blocks: text_z[text_block_ptr[b]:text_block_ptr[b+1]], zlib with dictionary text_block_dict[b]
    paragraph p lies in block b where text_block_para[b] <= p < text_block_para[b+1], at its
    uncompressed offsets para_ptr[p]:para_ptr[p+1] less para_ptr[text_block_para[b]]
"""
from __future__ import annotations

import zlib
from bisect import bisect_left

import numpy as np

# A block closes once it holds this much text (whole paragraphs). An excerpt inflates its
# paragraph's block up to the paragraph: measured on the 1M-word benchmark, a paragraph read
# costs 25 µs from 4 KB blocks, 18 from 2 KB, 14 from 1 KB, for 2% and 5% more compressed
# text (the preset dictionary keeps a small block compressing well).
BLOCK_BYTES = 1024
DICTIONARY_BYTES = 32 * 1024  # zlib's window: a longer dictionary would not be read
# Measured on the 1M-word benchmark's 1 KB blocks (each from a copy of a state primed with the
# dictionary): level 2 compresses in 0.79 of level 3's CPU for 7% more bytes, level 1 in 0.77
# for 11% more. Each reading process compresses its batches' texts: some 1 s of CPU at 10M
# words at level 3.
LEVEL = 2
CACHE_BLOCKS = 256  # decompressed blocks kept: the paragraphs of recent answers
HEADER, DICTIONARY_ID = 2, 4  # the bytes a zlib stream opens with, and those naming its dictionary


def compress(text: bytes | bytearray, para_ptr: np.ndarray) -> tuple[bytes, bytes, np.ndarray, np.ndarray]:
    """(dictionary, blocks joined, block offsets in them, first paragraph of each block) for
    the paragraphs text[para_ptr[i]:para_ptr[i+1]]."""
    dictionary = bytes(text[:DICTIONARY_BYTES])
    view = memoryview(text)
    bounds = para_ptr.tolist()
    blocks, block_ptr, block_para = [], [0], []
    # Primed with the dictionary once and copied for each block: setting a dictionary costs
    # seven times a copy.
    primed = zlib.compressobj(LEVEL, zdict=dictionary) if dictionary else zlib.compressobj(LEVEL)
    first = 0
    while first < len(bounds) - 1:
        # Whole paragraphs, until the block holds BLOCK_BYTES (one longer paragraph alone).
        last = bisect_left(bounds, bounds[first] + BLOCK_BYTES, first)  # a numpy call a block cost more
        last = min(max(last, first + 1), len(bounds) - 1)
        packer = primed.copy()
        block = packer.compress(view[bounds[first]:bounds[last]]) + packer.flush()
        blocks.append(block)
        block_ptr.append(block_ptr[-1] + len(block))
        block_para.append(first)
        first = last
    return (dictionary, b"".join(blocks), np.array(block_ptr, dtype=np.int64),
            np.array(block_para, dtype=np.int64))


class TextBlocks:
    """Reads paragraph texts out of their compressed blocks, keeping the recent blocks."""

    def __init__(self, z: np.ndarray, block_ptr: np.ndarray, block_para: np.ndarray,
                 block_dict: np.ndarray, dicts: np.ndarray, dict_ptr: np.ndarray, para_ptr: np.ndarray):
        self.z, self.block_ptr, self.block_para, self.block_dict = z, block_ptr, block_para, block_dict
        self.dicts, self.dict_ptr, self.para_ptr = dicts, dict_ptr, para_ptr
        self._blocks: dict[int, bytes] = {}  # block -> its text, decompressed up to some point
        # By dictionary, an inflater that has read a block's header and set the dictionary:
        # copied for each block, it spares the setting, a third of inflating a block.
        self._primed: dict[int, tuple] = {}  # (inflater, header bytes it read)
        self._para_most = int(np.iinfo(block_para.dtype).max)
        self._last: tuple[int, str] = (-1, "")  # the paragraph read last

    def _block(self, b: int, end: int) -> bytes:
        """Block b decompressed at least up to byte `end`: inflating stops there (a paragraph
        midway through a block costs half a block), and the part read is kept."""
        found = self._blocks.get(b)
        if found is None or len(found) < end:
            d = int(self.block_dict[b])
            first = int(self.block_ptr[b])
            primed = self._primed.get(d)
            if primed is None:
                dictionary = bytes(self.dicts[self.dict_ptr[d]:self.dict_ptr[d + 1]])
                unpacker = zlib.decompressobj(zdict=dictionary) if dictionary else zlib.decompressobj()
                # The stream's header (and the dictionary's id), the same in every block made
                # with this dictionary: the inflater then waits for the data.
                skip = HEADER + DICTIONARY_ID if dictionary else HEADER
                unpacker.decompress(self.z[first:first + skip])
                primed = self._primed[d] = (unpacker, skip)
            unpacker, skip = primed
            found = unpacker.copy().decompress(self.z[first + skip:self.block_ptr[b + 1]], end)
            if len(self._blocks) >= CACHE_BLOCKS:
                self._blocks.clear()
            self._blocks[b] = found
        return found

    def paragraph(self, para: int) -> str:
        if para == self._last[0]:  # an excerpt reads its paragraph, then its words' offsets in it
            return self._last[1]
        # The paragraph in block_para's own type: a Python int searched in an int32 array
        # copies the array to int64 first (17,000 blocks at 10M words). Past the type's
        # largest value, the largest finds the same last block.
        sought = self.block_para.dtype.type(min(para, self._para_most))
        b = int(np.searchsorted(self.block_para, sought, side="right")) - 1
        base = int(self.para_ptr[self.block_para[b]])
        start, end = int(self.para_ptr[para]) - base, int(self.para_ptr[para + 1]) - base
        text = self._block(b, end)[start:end].decode("utf-8")
        self._last = (para, text)
        return text
