"""Excerpts: the one or two sentences of a passage that answer, quoted as written.

Like SQLite FTS5's snippet(): the sentence holding the most (and rarest) question words, plus a
neighbour when it adds matched words or context and still fits; a longer text is cut at word
boundaries around the densest matches, with an ellipsis. Offsets of matched words come with it
for highlighting. No sentence is quoted twice in one answer, even when windows overlap.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import compress
from typing import NamedTuple

import numpy as np

from . import analysis, answer_kinds
from .answer import Hit
from .passages import Span, sentences
from .params import RankingParams
from .question import AnswerKind
from .readers.blocks import CODE, ITEM, PARAGRAPH, SECTION_SEPARATOR
from .text import translate

EXCERPT_MAX_CHARS = 300
SHORT_CHARS = 120  # a best sentence shorter than this gets a neighbour for context
ELLIPSIS = "…"
_SPACES = re.compile(r"\s+")
_ODD_SPACE = re.compile(r"\s\s|[^\S ]")  # a run, or white space other than a plain space


class _Found(NamedTuple):  # a named tuple: made for every matched word of every passage quoted
    start: int  # offsets in the paragraph's text
    end: int
    word: int  # index of the question word it matches
    share: float = 1.0  # of that word's worth: less for its family or a synonym (`QueryWord.term_weights`)


def _owners(words: list, params: RankingParams | None = None) -> dict[int, tuple[int, float]]:
    """Each term the question's words match: (the word, the share of its worth a match is:
    with `params`, less for a family member or a synonym, as the ranking counts them; else all)."""
    if params is None:
        return {term: (j, 1.0) for j, w in enumerate(words) for term in w.terms}
    # A word's terms reversed: one listed twice (its own and a family member's) keeps its own share.
    return {term: (j, share) for j, w in enumerate(words) for share, term in reversed(w.term_weights(params))}


def _in_passage(index, passage: int, words: list, owner: dict[int, tuple[int, float]] | None = None) -> list[_Found]:
    """Where the question's words stand in a passage (offsets in its paragraph's text); `owner`:
    the words' terms with the share of worth of each (`_owners`), when already made."""
    owner = owner if owner is not None else _owners(words)
    tokens = index.passage_tokens(passage)
    starts, ends, terms = tokens.starts, tokens.ends, tokens.terms
    # The places of the question's terms picked in C (`compress` of the dictionary's own test):
    # a passage's forty to sixty words, of which a handful match, are not stepped through in Python.
    return [_Found(starts[i], ends[i], *owner[terms[i]])
            for i in compress(range(len(terms)), map(owner.__contains__, terms))]


def _in_text(index, text: str, lang: str, words: list) -> list[_Found]:
    """Where the question's words stand in some other text (a heading) in language `lang`."""
    owner = _owners(words)
    found = []
    for token in analysis.tokenize_original(text, lang):
        j = owner.get(index.term_id.get(token.term, -1)) if token.term else None
        if j is not None:
            found.append(_Found(token.start, token.end, *j))
    return found


def _held(found: list[_Found]) -> dict[int, float]:
    """Each question word the matches hold, with the best share of its worth among them."""
    held: dict[int, float] = {}
    for f in found:
        if f.share > held.get(f.word, 0.0):
            held[f.word] = f.share
    return held


def _worth(found: list[_Found], words: list, start: int, end: int) -> float:
    held = _held([f for f in found if f.start >= start and f.end <= end])
    return sum(words[j].weight * words[j].rarity * share for j, share in held.items())


# The kinds of answer whose short form a pattern finds in prose: a number, an amount, an age, a
# date or duration, a version, a place. A window or a sentence that holds one is worth more to a
# question asking for it. ("who" is left out: any capitalised word opening a sentence fits it.)
SHOWN_KINDS = frozenset({"quantity", "money", "age", "when", "version", "where"})


def _answers(kind: AnswerKind | None, text: str, start: int, end: int, found: list[_Found]) -> list[tuple[int, int]]:
    """Spans of text[start:end] holding an answer of `kind`, none of them the question's own words."""
    if kind not in SHOWN_KINDS:
        return []
    pattern = answer_kinds.SHORT_ANSWERS[kind]
    spans = []
    for match in pattern.finditer(text, start, end):
        a, b = match.span("answer" if "answer" in pattern.groupindex else 0)
        if not any(f.start < b and a < f.end for f in found):
            spans.append((a, b))
    return spans


def _snap_start(text: str, at: int, floor: int) -> int:
    """Move `at` back to the start of the word it falls in."""
    while at > floor and not text[at - 1].isspace():
        at -= 1
    return at


def _window_start(text: str, at: int, floor: int, code: bool) -> int:
    """Where a window around `at` starts: the start of its word, or of its line in code (a
    line of code cut in the middle reads as nothing)."""
    if code:
        return max(floor, text.rfind("\n", floor, at) + 1)
    return _snap_start(text, at, floor)


def _snap_end(text: str, at: int, floor: int) -> int:
    """Move `at` back to the end of the last whole word before it."""
    if at >= len(text) or text[at].isspace():
        return at
    while at > floor and not text[at - 1].isspace():
        at -= 1
    while at > floor and text[at - 1].isspace():
        at -= 1
    return at


_INDENT = re.compile(r"\n[ \t]+")


def _reading_length(text: str, start: int, end: int, code: bool) -> int:
    """Characters a reader reads: in code, a line's indentation is layout, not words, and is not
    counted (a listener's body sits 8 or 12 spaces deep; counted, it pushed the line that answers
    out of the window)."""
    if not code:
        return end - start
    return end - start - sum(len(m.group()) - 1 for m in _INDENT.finditer(text, start, end))


def _window_end(text: str, start: int, span_end: int, limit: int, code: bool) -> int:
    """The end of a window from `start` of at most `limit` characters read, at a word boundary."""
    end = min(span_end, start + limit)
    while code:  # indentation is free: move the end on by the indentation inside, until it settles
        later = min(span_end, start + limit + (end - start) - _reading_length(text, start, end, code))
        if later == end:
            break
        end = later
    return _snap_end(text, end, start)


CUT_TRIES = 64  # windows tried in a long span: a word repeated thousands of times needs no more
# The answer follows the question's words ("est fondé à réclamer … un passage suffisant pour…"):
# a matched word closer than this to a window's cut end shows the question, not what is said of
# it, and counts for half in that window (like a search engine's snippet scoring the fragments by
# the terms they hold, with the words after a term as part of its fragment).
ANSWER_ROOM = 60


ANSWER_SHARE = 0.5  # a window holding an answer of the kind asked: worth this share of the best word more


def _window_worth(window: list[_Found], words: list, start: int, end: int, span_end: int,
                  answers: list[tuple[int, int]], bonus: float) -> float:
    """The worth of the distinct question words in a window: full for a word with room after
    one of its occurrences (or the window ends with the span), half for one only at the cut end;
    and `bonus` when it holds one of `answers` whole."""
    room = {f.word for f in window if end >= span_end or end - f.end >= ANSWER_ROOM}
    worth = sum(words[j].weight * words[j].rarity * share * (1.0 if j in room else 0.5)
                for j, share in _held(window).items())
    return worth + (bonus if any(start <= a and b <= end for a, b in answers) else 0.0)


def _cut(text: str, span: Span, found: list[_Found], words: list, limit: int, code: bool,
         kind: AnswerKind | None = None) -> tuple[int, int]:
    """The best window of at most `limit` characters inside `span`, at word boundaries: the one
    holding the most question words, each with room after it for what is said of it, and an
    answer of the kind asked for."""
    inside = sorted((f for f in found if span.start <= f.start and f.end <= span.end), key=lambda f: f.start)
    answers = [] if code else _answers(kind, text, span.start, span.end, inside)
    bonus = ANSWER_SHARE * max((words[f.word].weight * words[f.word].rarity for f in inside), default=0.0)
    firsts = inside[:CUT_TRIES] if len(inside) <= CUT_TRIES else \
        list({f.word: f for f in reversed(inside)}.values()) + inside[:CUT_TRIES]  # each word's first
    starts = {span.start} | {_window_start(text, max(span.start, f.start - 40), span.start, code) for f in firsts}
    if not code:  # windows that end some way after a match, or with the span, or after an answer
        starts |= {_window_start(text, max(span.start, min(f.end + 2 * ANSWER_ROOM, span.end) - limit),
                                 span.start, code) for f in firsts}
        starts |= {_window_start(text, max(span.start, min(b + ANSWER_ROOM, span.end) - limit), span.start, code)
                   for _, b in answers[:CUT_TRIES]}
    at = [f.start for f in inside]
    best, best_worth = (span.start, span.start), -1.0
    for start in sorted(starts):
        end = _window_end(text, start, span.end, limit, code)
        # Only the matches inside the window, found by bisection in the sorted matches.
        window = [f for f in inside[bisect_left(at, start):bisect_right(at, end)] if f.end <= end]
        worth = _window_worth(window, words, start, end, span.end, answers, bonus)
        if worth > best_worth:
            best, best_worth = (start, end), worth
    return best


def _squash(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """Collapse runs of white space (line breaks of the source) and move the spans with them."""
    if not _ODD_SPACE.search(text):  # the common case: nothing to collapse
        return text.strip(), spans if not text[:1].isspace() else [(s - 1, e - 1) for s, e in spans]
    out, where, at = [], [], 0
    for match in _SPACES.finditer(text):
        out.append(text[at:match.start()])
        where.extend(range(at, match.start()))
        out.append(" ")
        where.append(match.start())
        at = match.end()
    out.append(text[at:])
    where.extend(range(at, len(text)))
    squashed = "".join(out)
    new_at = {old: new for new, old in enumerate(where)}
    moved = [(new_at[s], new_at[e - 1] + 1) for s, e in spans if s in new_at and e - 1 in new_at]
    return squashed, moved


def excerpt(index, passage: int, words: list, shown: set, kind: AnswerKind | None = None,
            owner: dict[int, tuple[int, float]] | None = None) -> tuple[str, list[tuple[int, int]]] | None:
    """(excerpt, highlight spans), or None when every matching sentence was already shown.

    The excerpt is the source's own words only: the section it stands under is shown beside
    it (`Hit.section`), never spliced into it."""
    para = index.paragraph_of(passage)
    text = index.paragraph_text(para)
    lo, hi = index.span(passage)
    found = _in_passage(index, passage, words, owner)
    code = index.kind(para) == CODE
    # Code is quoted as a whole window of lines; prose by its best sentences.
    units = [Span(lo, hi)] if code else [Span(u.start + lo, u.end + lo) for u in sentences(translate(text[lo:hi]))]
    units = [u for u in units if (para, u.start) not in shown]
    if not units:
        return None
    worth = [_worth(found, words, u.start, u.end) for u in units]
    best = max(range(len(units)), key=worth.__getitem__)  # the first of the best, as argmax
    # A passage with none of the question's words is shown only for its heading's sake.
    if worth[best] <= 0 and not _in_text(index, " ".join(index.section(para)), index.language_of(para), words):
        return None
    first = last = best
    # A neighbour joins when it adds question words; else the one that holds the kind of answer
    # asked for when the best sentence holds none ("Quand… ?": the date said in the next
    # sentence); else the next sentence, which often says what the best one announces, when
    # there is room for some of it.
    together = {side: _worth(found, words, units[min(side, best)].start, units[max(side, best)].end)
                for side in (best + 1, best - 1) if 0 <= side < len(units)}
    # The one adding more (the next on a tie): a word itself before its synonym.
    adds = sorted((side for side, both in together.items() if both > worth[best]), key=lambda side: -together[side])
    if not adds and not code and not _answers(kind, text, units[best].start, units[best].end, found):
        adds = [side for side in (best + 1, best - 1)
                if 0 <= side < len(units) and _answers(kind, text, units[side].start, units[side].end, found)]
    room = units[best].end - units[best].start < EXCERPT_MAX_CHARS - SHORT_CHARS / 2
    if adds:
        first, last = min(adds[0], best), max(adds[0], best)
    elif room and best + 1 < len(units):
        last = best + 1
    # A short excerpt reads on while whole sentences fit: what follows the best sentence often
    # says what it announces ("…is not guaranteed to be called once. This library implements
    # reconnection logic…").
    while last + 1 < len(units) and units[last].end - units[first].start < EXCERPT_MAX_CHARS - SHORT_CHARS // 2 \
            and _reading_length(text, units[first].start, units[last + 1].end, code) <= EXCERPT_MAX_CHARS:
        last += 1
    span = Span(units[first].start, units[last].end)
    for u in units[first:last + 1]:
        shown.add((para, u.start))
    start, end = span.start, span.end
    if _reading_length(text, start, end, code) > EXCERPT_MAX_CHARS:
        start, end = _cut(text, span, found, words, EXCERPT_MAX_CHARS - 2, code, kind)
    marks = [(f.start - start, f.end - start) for f in found if f.start >= start and f.end <= end]
    body, marks = (text[start:end], marks) if code else _squash(text[start:end], marks)
    prefix = ELLIPSIS if start > span.start else ""
    suffix = ELLIPSIS if end < span.end else ""
    return prefix + body + suffix, [(s + len(prefix), e + len(prefix)) for s, e in marks]


def _code_after(index, passage: int) -> int | None:
    """The first passage of the block right after `passage`'s, when that block is code of the
    same document and section and `passage` ends its own block."""
    para = index.paragraph_of(passage)
    following = _first_passage(index, para + 1)
    if following >= len(index) or index.paragraph_of(following) != para + 1 or \
            (passage + 1 < len(index) and index.paragraph_of(passage + 1) == para):
        return None
    docs = index.arrays.para_doc
    same_place = docs[para] == docs[para + 1] and index.section(para) == index.section(para + 1)
    return following if same_place and index.kind(para + 1) == CODE else None


# A line that only says who said something and when: "- Name (@handle) 24 mars 2024", "— Name,
# March 3, 2024". It names the speaker, so a question naming them finds it, but the words they
# said stand in the block above it.
# A year alone needs the dash ("Rapport annuel 2024" is a title, not a byline).
_BYLINE = re.compile(r"^(?:[-–—]?\s*[^.!?:;\n]{2,60}?\(@\w+\)[^.!?:;\n]{0,30}|[-–—]\s*[^.!?:;\n]{2,60}?,?\s+\d{4})\s*$")
BYLINE_MAX_CHARS = 100
# Between two blocks quoted together: what stands between them in the file (a line break, a list
# marker, markup) is not quoted, and an ellipsis says so; each piece is the file's own characters.
BLOCKS_JOIN = f" {ELLIPSIS} "


def quote_above(index, passage: int) -> int | None:
    """When `passage` is a whole byline block, the first passage of the prose block right above
    it in the same document and section: the words it attributes."""
    para = index.paragraph_of(passage)
    text = index.paragraph_text(para).strip()
    if para == 0 or len(text) > BYLINE_MAX_CHARS or not _BYLINE.match(text) or index.kind(para - 1) == CODE:
        return None
    docs = index.arrays.para_doc
    if docs[para] != docs[para - 1] or index.section(para) != index.section(para - 1):
        return None
    if not _has_passage(index, para - 1):
        return None
    return _first_passage(index, para - 1)


def _with_quote(index, quote: int, byline: tuple[str, list[tuple[int, int]]], words: list,
                kind: AnswerKind | None = None) -> tuple[str, list[tuple[int, int]]]:
    """The quoted words, cut to leave room, then the byline as found. A quote too long for the
    room is cut where the question's words stand in it, as any passage is (`_cut`): a post
    attributed to someone says what the question asks of it in its last sentence as often as
    in its first ("L'objectif final est…" after four sentences of feeling)."""
    para = index.paragraph_of(quote)
    text = index.paragraph_text(para)
    room = EXCERPT_MAX_CHARS - len(byline[0]) - len(BLOCKS_JOIN)
    start, end = 0, len(text)
    if len(" ".join(text.split())) > room:
        found = [f for p in range(quote, _first_passage(index, para + 1))
                 for f in _in_passage(index, p, words)]
        if found:
            start, end = _cut(text, Span(0, len(text)), found, words, room - 2, False, kind)
        else:
            end = _snap_end(text, room - 1, 0)
    cut_after = bool(text[end:].strip())
    said = " ".join(text[start:end].split()).rstrip(" ,;:." if cut_after else " ,;:")
    said = (ELLIPSIS if text[:start].strip() else "") + said + (ELLIPSIS if cut_after else "")
    join = " " if cut_after else BLOCKS_JOIN  # cut short, it says so already: not "… …"
    lead = len(said) + len(join)
    return said + join + byline[0], [(s + lead, e + lead) for s, e in byline[1]]


def _first_passage(index, para: int) -> int:
    return int(np.searchsorted(index.arrays.pass_para, para))


def _has_passage(index, para: int) -> bool:
    """Whether block `para` holds a passage: a block of no word ("\\x1b" alone) holds none."""
    first = _first_passage(index, para)
    return first < len(index.arrays.pass_para) and int(index.arrays.pass_para[first]) == para


# A member of an enumeration: a list item, a block numbered as one ("1°", "2)", "a.", "- "), or
# one that ends with the semicolon that separates members ("Par la mort de l'usufruitier ;").
_NUMBERED = re.compile(r"^\s*(?:\d+\s*°|\d+[.)]|[a-z][.)]|[-•*–])\s")


def _member(index, para: int, text: str, after_member: bool) -> bool:
    """Whether block `para` (its text) continues an enumeration; `after_member`: the block
    before it was a member ending with a semicolon, so a last member may end otherwise."""
    return index.kind(para) == ITEM or bool(_NUMBERED.match(text)) or text.rstrip().endswith(";") or after_member


def _joined(index, made: tuple[str, list[tuple[int, int]]], para: int, words: list,
            join: str, first: int | None = None) -> tuple[str, list[tuple[int, int]]] | None:
    """`made` then block `para`'s words (its question words highlighted), cut at a word to fit
    an excerpt; None when no word of it fits. `first`: the block's first passage, when the
    caller knows it (a search of the passages' blocks saved)."""
    text, marks = made
    first = _first_passage(index, para) if first is None else first
    found = [(f.start, f.end) for f in _in_passage(index, first, words)]
    item, item_marks = _squash(index.paragraph_text(para), found)
    room = EXCERPT_MAX_CHARS - len(text) - len(join)
    if len(item) > room:
        end = _snap_end(item, room - 1, 0)
        if end <= 0:
            return None
        item, item_marks = item[:end].rstrip(" ,;:") + ELLIPSIS, [(a, b) for a, b in item_marks if b <= end]
    lead = len(text) + len(join)
    return text + join + item, marks + [(a + lead, b + lead) for a, b in item_marks]


_TITLE_END = re.compile(r"[.!?:;…»\"')\]]\s*$")
TITLE_MAX_CHARS = 80


MEMBERS_MAX = 20  # members of a list read after the line announcing it, for the full passage


def _ends_block(index, passage: int) -> bool:
    return passage + 1 >= len(index) or index.paragraph_of(passage + 1) != index.paragraph_of(passage)


def _is_title(text: str) -> bool:
    return 0 < len(text) <= TITLE_MAX_CHARS and not _TITLE_END.search(text)


def introduced(index, passage: int) -> list[int]:
    """The blocks that the block of `passage` introduces and says nothing without, when it ends
    there: the members of the list it announces ("L'usufruit s'éteint :", "Le preneur est tenu
    de deux obligations principales :") in the same document and section; or, when it reads as a
    title (a short prose block with no closing punctuation: a plain text's heading line), the
    prose block it heads. Its excerpt and its full passage quote them after it."""
    if not _ends_block(index, passage):
        return []
    para = index.paragraph_of(passage)
    text = " ".join(index.paragraph_text(para).split())
    docs = index.arrays.para_doc
    same = [f for f in range(para + 1, min(para + 1 + MEMBERS_MAX, len(docs)))
            if docs[f] == docs[para] and index.kind(f) != CODE and _has_passage(index, f)]
    same = same[:next((i for i, f in enumerate(same) if f != para + 1 + i), len(same))]  # contiguous
    if text.endswith(":"):
        members, after_member = [], False
        for following in same:
            raw = index.paragraph_text(following)
            if index.section(following) != index.section(para) or not _member(index, following, raw, after_member):
                break
            after_member = raw.rstrip().endswith(";")
            members.append(following)
        return members
    if index.kind(para) == PARAGRAPH and _is_title(text):
        return same[:1]
    return []


def _with_introduced(index, passage: int, made: tuple[str, list[tuple[int, int]]], words: list,
                     shown: set) -> tuple[str, list[tuple[int, int]]]:
    """A short excerpt that ends a block introducing others (a list's announcement, a title),
    with the blocks it introduces, as many as fit, their question words highlighted: the line
    alone says nothing."""
    text, marks = made
    if text.endswith(ELLIPSIS) or not (text.endswith(":") and len(text) <= SHORT_CHARS or _is_title(text)):
        return made
    for following in introduced(index, passage):
        longer = _joined(index, (text, marks), following, words, BLOCKS_JOIN)
        if longer is None:
            break
        text, marks = longer
        shown.add((following, 0))
        if len(text) >= EXCERPT_MAX_CHARS - len(BLOCKS_JOIN):
            break
    return text, marks


def _block_after(index, passage: int) -> int | None:
    """The block right after `passage`'s, when `passage` ends its own block and that block is
    prose of the same document and section that says something itself: not code (which
    `_with_code` shows), not a table's row, not a line announcing what follows it ("Example:")."""
    if not _ends_block(index, passage) or passage + 1 >= len(index):
        return None
    para = index.paragraph_of(passage)
    following = para + 1
    docs = index.arrays.para_doc
    # `passage` ends its block, so the next passage opens the next block that holds one: the
    # block after holds a passage when that is it (no search of the passages' blocks).
    if following >= len(docs) or docs[following] != docs[para] or index.kind(following) not in (PARAGRAPH, ITEM) \
            or index.paragraph_of(passage + 1) != following or index.section(following) != index.section(para) \
            or index.paragraph_text(following).rstrip().endswith(":"):
        return None
    return following


def read_on(index, passage: int) -> int | None:
    """The block a short block reads on into (`_with_next`): the full passage (`Index.context`)
    shows it after the block, as the excerpt does."""
    if len(" ".join(index.paragraph_text(index.paragraph_of(passage)).split())) > EXCERPT_MAX_CHARS - SHORT_CHARS // 2:
        return None
    return _block_after(index, passage)


def _with_next(index, passage: int, made: tuple[str, list[tuple[int, int]]], words: list,
               shown: set) -> tuple[str, list[tuple[int, int]]]:
    """A short excerpt that quotes the end of its short block, then the next block of the same
    section, as much of it as fits: the line that opens an entry or a section ("Called when a
    member leaves a guild.", "Creating a bot account is a pretty straightforward process.")
    often says least, and the block after it what the reader asked. Its sentences quoted whole
    are not quoted again."""
    text, marks = made
    if len(text) > EXCERPT_MAX_CHARS - SHORT_CHARS // 2 or text.endswith(ELLIPSIS) or \
            index.kind(index.paragraph_of(passage)) == CODE:
        return made
    block = " ".join(index.paragraph_text(index.paragraph_of(passage)).split())  # once: read_on's test too
    if len(block) > EXCERPT_MAX_CHARS - SHORT_CHARS // 2 or not block.endswith(text):
        return made
    following = _block_after(index, passage)
    if following is None:
        return made
    longer = _joined(index, made, following, words, BLOCKS_JOIN, first=passage + 1)
    if longer is None:
        return made
    body = index.paragraph_text(following)
    item = longer[0][len(text) + len(BLOCKS_JOIN):]
    kept = len(item) - 1 if item.endswith(ELLIPSIS) and item != " ".join(body.split()) else len(item)
    for unit in sentences(translate(body)):
        if len(" ".join(body[:unit.end].split())) <= kept:
            shown.add((following, unit.start))
    return longer


def announced_code(index, passage: int) -> int | None:
    """The block of code that the block of `passage` announces ("…you can use X:"), when it
    ends there: the full passage (`Index.context`) shows it after the line, as the excerpt does."""
    if not index.paragraph_text(index.paragraph_of(passage)).rstrip().endswith(":"):
        return None
    code = _code_after(index, passage)
    return index.paragraph_of(code) if code is not None else None


def _with_code(index, passage: int, made: tuple[str, list[tuple[int, int]]], words: list,
               shown: set) -> tuple[str, list[tuple[int, int]]]:
    """A line found for its own words that announces code ("…you can use
    :func:`setup_logging`:"), then the code's first whole lines, as many as fit, their line
    breaks kept: the line names what to do, the code shows how (the call with its arguments)."""
    text, marks = made
    code = _code_after(index, passage) if text.endswith(":") and not text.endswith(ELLIPSIS) else None
    if code is None:
        return made
    para = index.paragraph_of(code)
    body = index.paragraph_text(para)
    room = EXCERPT_MAX_CHARS - len(text) - len(BLOCKS_JOIN)
    end = 0
    for line in re.finditer(r"[^\n]*\n?", body):
        if line.end() > room:
            break
        end = line.end()
    end = len(body[:end].rstrip())
    if not body[:end].strip():
        return made
    if not body[end:].strip():  # the whole block is quoted: not again as an excerpt of its own
        shown.update((para, index.span(p)[0]) for p in range(code, _first_passage(index, para + 1)))
    lead = len(text) + len(BLOCKS_JOIN)
    found = [(f.start + lead, f.end + lead) for f in _in_passage(index, code, words) if f.end <= end]
    return text + BLOCKS_JOIN + body[:end], marks + found


def make_hits(index, ranked: list[int], words: list, scores: dict[int, float], k: int, offset: int,
              kind: AnswerKind | None = None, params: RankingParams | None = None) -> list[Hit]:
    """Hits for ranked passages `offset` to `offset + k`, skipping any with nothing new to show."""
    shown: set = set()
    owner = _owners(words, params)  # once for the page
    quoted: set[str] = set()  # the same words twice (a paragraph repeated in a document) show once
    hits: list[Hit] = []
    seen = 0
    for passage in ranked:
        score = scores[passage]
        made = excerpt(index, passage, words, shown, kind, owner)
        if made is not None and not made[1] and made[0].endswith(":"):
            # Found for its heading alone, a line that announces code ("Quick example:"): the
            # code it announces is what to show.
            code = _code_after(index, passage)
            announced = excerpt(index, code, words, shown, kind, owner) if code is not None else None
            if announced is not None:
                passage, made = code, announced
        quote = quote_above(index, passage) if made is not None else None
        if quote is not None:  # a byline alone: the words it attributes, then who said them
            made = _with_quote(index, quote, made, words, kind)
            shown.add((index.paragraph_of(quote), 0))  # their opening is not quoted again
        elif made is not None and made[1]:  # found for its own words: a line announcing a list, a title
            made = _with_introduced(index, passage, made, words, shown)
            made = _with_code(index, passage, made, words, shown)
            made = _with_next(index, passage, made, words, shown)
        if made is None or made[0] in quoted:
            continue
        quoted.add(made[0])
        seen += 1
        if seen <= offset:
            continue
        text, marks = made
        para = index.paragraph_of(passage)
        source = index.sources[int(index.arrays.para_doc[para])]
        number = int(index.arrays.para_number[para])
        page = int(index.arrays.para_page[para]) or None
        hits.append(Hit(
            doc=source.doc, title=source.title, source=source.citation,
            location=f"p. {page} · ¶ {number}" if page else f"¶ {number}",
            excerpt=text, highlights=tuple(marks), score=round(score, 4), url=source.url,
            author=source.author, date=source.date, paragraph=number, passage=passage,
            section=SECTION_SEPARATOR.join(index.section(para)), path=source.path, page=page,
            code=index.kind(para) == CODE,
        ))
        if len(hits) >= k:
            break
    return hits
