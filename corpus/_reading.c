/* The build's reading in C: the words of a text found and turned into term ids in one pass
 * (see reading.py). Python's way costs about 0.5 us a word (a regex's match objects, then a
 * dictionary lookup a word); here a word is a substring made and looked up, the lookups
 * through the same dictionary that Python fills, so the ids are the Python path's exactly.
 *
 * A word is a run of characters for which str.isalnum() is true (Py_UNICODE_ISALNUM), which
 * is what the pattern `[^\W_]+` of analysis._TOKEN matches: Python's `\w` is isalnum() or
 * "_", and the class leaves "_" out.
 *
 * The GIL stays held: a new word is analysed by a Python callable. Every offset is clipped to
 * the text.
 *
 * A `WordCache` keeps, for one dictionary of known words, the ids (and whether each word is a
 * number word) of the words already looked up, in a hash table of its own keyed on the
 * characters themselves: a word met again (nearly every word of a large corpus) is hashed and
 * compared where it stands in the text with the string kept (the dictionary's own key), with
 * no string made, no dictionary and no set looked up. At 10 million words that was some 300 ns
 * a word, 3 s of CPU of a build. The table holds only what the dictionary holds, which never
 * changes a word's id once given.
 *
 * A `Reader` reads a document's paragraphs whole (builder._Builder._paragraph): each one's
 * text, its rows, its sentences (passages.sentences), the windows of sentences that make its
 * passages (passages.windows) and their words' ids, with Python called only for what needs the
 * engine's analysis (a new word, a new heading, the whole words of a sentence that may hold an
 * identifier or a number, and markup.readable for a document that may hold markup). A paragraph
 * NFKC may change is left to Python. At 10 million words the paragraph loop in Python was some 2 s of CPU a
 * reading process. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <stdint.h>
#include <string.h>

/* Whether each of the first 256 code points is alphanumeric (Py_UNICODE_ISALNUM, read once at
 * import): most characters of most texts are among them, and the table is a load where the
 * Unicode database is several calls. */
static unsigned char latin1_alnum[256];

static inline int is_alnum(Py_UCS4 ch) {
    return ch < 256 ? latin1_alnum[ch] : Py_UNICODE_ISALNUM(ch);
}

/* The id of `word`: known[word], else new_word(word) (which adds it to `known`). Sets *id;
 * -1 with an exception set on error. */
static int id_of(PyObject *word, PyObject *known, PyObject *new_word, int32_t *id) {
    PyObject *found = PyDict_GetItemWithError(known, word);  /* borrowed */
    PyObject *made = NULL;
    if (found == NULL) {
        if (PyErr_Occurred()) {
            return -1;
        }
        made = PyObject_CallOneArg(new_word, word);
        if (made == NULL) {
            return -1;
        }
        found = made;
    }
    int overflow = 0;
    long value = PyLong_Check(found) ? PyLong_AsLongAndOverflow(found, &overflow) : 0;
    int bad = !PyLong_Check(found) || overflow || value < INT32_MIN || value > INT32_MAX ||
              (value == -1 && PyErr_Occurred());
    Py_XDECREF(made);
    if (bad) {
        if (!PyErr_Occurred()) {
            PyErr_SetString(PyExc_ValueError, "a term id is a whole number of 32 bits");
        }
        return -1;
    }
    *id = (int32_t)value;
    return 0;
}

/* ---- WordCache: a word's characters -> (id, number word) ---- */

/* A word kept, in its slot of an open-addressing table: the string itself (a reference: nearly
   always the dictionary's own key; NULL: the slot is empty), its hash, its id, and the word's
   characters again when there are at most SLOT_CHARS of them, each below 256 (most words of
   most texts). Read where the slot is, they spare the string's own memory, which a word met
   again found in another cache line than the slot nearly every time: with a table of some
   100,000 words (8 MiB), those two memory reads were some 85% of the words' pass. A slot is a
   half cache line, the table aligned on one. */
#define SLOT_CHARS 15
typedef struct {
    PyObject *word;
    uint32_t hash;  /* its lowest bit: whether the word is in number_words */
    int32_t id;
    uint8_t length;  /* the word's length when `chars` holds it whole, else 0 */
    uint8_t chars[SLOT_CHARS];
} Slot;

#define CACHE_LINE 64

typedef struct {
    PyObject_HEAD
    PyObject *known;  /* the dictionary whose words it holds (a strong reference) */
    Slot *slots;  /* within `memory`, aligned on a cache line */
    void *memory;
    size_t capacity;  /* a power of two */
    size_t count;
} WordCache;

/* Zeroed slots for `capacity` words, aligned on a cache line (*memory: what to free). */
static Slot *new_slots(size_t capacity, void **memory) {
    char *raw = PyMem_Calloc(1, capacity * sizeof(Slot) + CACHE_LINE);
    if (raw == NULL) {
        PyErr_NoMemory();
        return NULL;
    }
    *memory = raw;
    return (Slot *)(raw + (CACHE_LINE - (uintptr_t)raw % CACHE_LINE) % CACHE_LINE);
}

static PyTypeObject WordCacheType;

static int cache_init(WordCache *self, PyObject *args, PyObject *kwargs) {
    PyObject *known;
    static char *names[] = {"known", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O!:WordCache", names, &PyDict_Type, &known)) {
        return -1;
    }
    if (self->known != NULL) {
        PyErr_SetString(PyExc_TypeError, "WordCache: already made");
        return -1;
    }
    self->capacity = 1024;
    self->slots = new_slots(self->capacity, &self->memory);
    if (self->slots == NULL) {
        return -1;
    }
    Py_INCREF(known);
    self->known = known;
    return 0;
}

static void cache_dealloc(WordCache *self) {
    PyObject_GC_UnTrack(self);
    Py_CLEAR(self->known);
    for (size_t i = 0; self->slots != NULL && i < self->capacity; i++) {
        Py_XDECREF(self->slots[i].word);
    }
    PyMem_Free(self->memory);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int cache_traverse(WordCache *self, visitproc visit, void *arg) {
    Py_VISIT(self->known);  /* the words are strings: they hold nothing */
    return 0;
}

static int cache_clear(WordCache *self) {
    Py_CLEAR(self->known);
    return 0;
}

static inline uint32_t hash_chars(int kind, const void *data, Py_ssize_t first, Py_ssize_t end) {
    uint64_t h = 1469598103934665603ULL;  /* FNV-1a, a code point at a time */
    for (Py_ssize_t i = first; i < end; i++) {
        h ^= PyUnicode_READ(kind, data, i);
        h *= 1099511628211ULL;
    }
    return (uint32_t)(h ^ (h >> 32)) & ~1u;
}

/* Whether string `word` is text[first:end]. */
static inline int same_chars(PyObject *word, int kind, const void *data, Py_ssize_t first, Py_ssize_t end) {
    Py_ssize_t length = end - first;
    if (PyUnicode_GET_LENGTH(word) != length) {
        return 0;
    }
    int word_kind = PyUnicode_KIND(word);
    const void *word_data = PyUnicode_DATA(word);
    if (word_kind == kind) {
        return memcmp(word_data, (const char *)data + first * kind, (size_t)(length * kind)) == 0;
    }
    for (Py_ssize_t k = 0; k < length; k++) {
        if (PyUnicode_READ(word_kind, word_data, k) != PyUnicode_READ(kind, data, first + k)) {
            return 0;
        }
    }
    return 1;
}

/* Whether text[first:first + slot->length] is the word the slot keeps in `chars`. */
static inline int kept_chars_match(const Slot *slot, int kind, const void *data, Py_ssize_t first) {
    if (kind == PyUnicode_1BYTE_KIND) {
        return memcmp(slot->chars, (const Py_UCS1 *)data + first, slot->length) == 0;
    }
    for (int k = 0; k < slot->length; k++) {
        if (PyUnicode_READ(kind, data, first + k) != slot->chars[k]) {
            return 0;
        }
    }
    return 1;
}

/* The slot of text[first:end] (hashed `hash`): the one holding it, else the empty one where it
   would go. */
static inline Slot *find_slot(WordCache *cache, uint32_t hash, int kind, const void *data,
                              Py_ssize_t first, Py_ssize_t end) {
    size_t mask = cache->capacity - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
        Slot *slot = &cache->slots[at];
        if (slot->word == NULL) {
            return slot;
        }
        if ((slot->hash & ~1u) != hash) {
            continue;
        }
        if (slot->length == 0) {  /* not kept in the slot: the string's own characters */
            if (same_chars(slot->word, kind, data, first, end)) {
                return slot;
            }
            continue;
        }
        if (slot->length == end - first && kept_chars_match(slot, kind, data, first)) {
            return slot;
        }
    }
}

static int grow_slots(WordCache *cache) {
    size_t capacity = cache->capacity * 2;
    void *memory;
    Slot *slots = new_slots(capacity, &memory);
    if (slots == NULL) {
        return -1;
    }
    for (size_t i = 0; i < cache->capacity; i++) {
        if (cache->slots[i].word != NULL) {
            size_t at = cache->slots[i].hash & (capacity - 1);
            while (slots[at].word != NULL) {
                at = (at + 1) & (capacity - 1);
            }
            slots[at] = cache->slots[i];
        }
    }
    PyMem_Free(cache->memory);
    cache->memory = memory;
    cache->slots = slots;
    cache->capacity = capacity;
    return 0;
}

/* Keeps `word` (text[first:end], hashed `hash`) with its id. */
static int remember(WordCache *cache, PyObject *word, uint32_t hash, int kind, const void *data,
                    Py_ssize_t first, Py_ssize_t end, int32_t id, int spells) {
    if ((cache->count + 1) * 10 > cache->capacity * 7 && grow_slots(cache) < 0) {
        return -1;
    }
    Slot *slot = find_slot(cache, hash, kind, data, first, end);
    if (slot->word == NULL) {
        Py_INCREF(word);
        *slot = (Slot){word, hash | (spells != 0), id, 0, {0}};
        Py_ssize_t length = end - first;
        int kept = length <= SLOT_CHARS;
        for (Py_ssize_t k = 0; kept && k < length; k++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, first + k);
            kept = ch < 256;
            slot->chars[k] = (uint8_t)ch;
        }
        slot->length = kept ? (uint8_t)length : 0;
        cache->count++;
    }
    return 0;
}

PyDoc_STRVAR(cache_doc,
"WordCache(known)\n\n"
"The ids of the words of dictionary `known` that word_ids has looked up, kept for the next\n"
"calls given the same dictionary (which must only ever gain words, never change an id).");

static PyTypeObject WordCacheType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "corpus._reading.WordCache",
    .tp_basicsize = sizeof(WordCache),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_doc = cache_doc,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)cache_init,
    .tp_dealloc = (destructor)cache_dealloc,
    .tp_traverse = (traverseproc)cache_traverse,
    .tp_clear = (inquiry)cache_clear,
};

PyDoc_STRVAR(word_ids_doc,
"word_ids(text, spans, known, new_word, number_words, cache=None) -> (ids, counts, spells, joined)\n\n"
"The words of text[start:end] for each (start, end) of `spans` (offsets clipped to the text),\n"
"as term ids: known[word], or new_word(word) for a word `known` (a dict) does not hold, which\n"
"must add it there. ids: bytes, int32 in machine order, the spans' words end to end; counts:\n"
"each span's number of words; spells: whether some word is in the set `number_words`;\n"
"joined: whether the whole text holds \".\", \"_\" or \"-\" right before an alphanumeric\n"
"character (analysis._JOINER: it may hold an identifier). cache: a WordCache of `known`, or None.");

/* Whether text[0:length] holds ".", "_" or "-" right before an alphanumeric character. */
static int joins(int kind, const void *data, Py_ssize_t length) {
    for (Py_ssize_t i = 0; i + 1 < length; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if ((ch == '.' || ch == '_' || ch == '-') && is_alnum(PyUnicode_READ(kind, data, i + 1))) {
            return 1;
        }
    }
    return 0;
}

/* ---- growable buffers of the values a call hands back ---- */

typedef struct {
    char *data;
    Py_ssize_t size, capacity;  /* in bytes */
} Buffer;

static int reserve(Buffer *buffer, Py_ssize_t more) {
    if (more < 0 || buffer->size > PY_SSIZE_T_MAX - more) {
        PyErr_NoMemory();
        return -1;
    }
    if (buffer->size + more <= buffer->capacity) {
        return 0;
    }
    Py_ssize_t grown = buffer->capacity > PY_SSIZE_T_MAX / 2 ? PY_SSIZE_T_MAX : buffer->capacity * 2;
    if (grown < buffer->size + more) {
        grown = buffer->size + more;
    }
    if (grown < 64) {
        grown = 64;
    }
    char *data = PyMem_Realloc(buffer->data, (size_t)grown);
    if (data == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    buffer->data = data;
    buffer->capacity = grown;
    return 0;
}

static int put(Buffer *buffer, const void *values, Py_ssize_t size) {
    if (reserve(buffer, size) < 0) {
        return -1;
    }
    if (size > 0) {
        memcpy(buffer->data + buffer->size, values, (size_t)size);
    }
    buffer->size += size;
    return 0;
}

static inline int put32(Buffer *buffer, int32_t value) {
    return put(buffer, &value, sizeof value);
}

static inline int put64(Buffer *buffer, int64_t value) {
    return put(buffer, &value, sizeof value);
}

/* The whole number `value` (an int, or what has __index__) as an int32: OverflowError beyond,
   TypeError if not a whole number. */
static int as_int32(PyObject *value, int32_t *out) {
    PyObject *number = PyLong_Check(value) ? (Py_INCREF(value), value) : PyNumber_Index(value);
    if (number == NULL) {
        return -1;
    }
    int overflow = 0;
    long got = PyLong_AsLongAndOverflow(number, &overflow);
    Py_DECREF(number);
    if (got == -1 && PyErr_Occurred()) {
        return -1;
    }
    if (overflow || got < INT32_MIN || got > INT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "a value beyond 32 bits");
        return -1;
    }
    *out = (int32_t)got;
    return 0;
}

/* A (start, end) tuple's offsets, clipped to a text of `length` characters as slicing and re's
   pos/endpos clip them (a negative offset is 0 here). */
static int span_of(PyObject *span, Py_ssize_t length, Py_ssize_t *start, Py_ssize_t *end) {
    if (!PyTuple_Check(span) || PyTuple_GET_SIZE(span) != 2) {
        PyErr_SetString(PyExc_TypeError, "each span is a (start, end) tuple");
        return -1;
    }
    *start = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 0));
    if (*start == -1 && PyErr_Occurred()) {
        return -1;
    }
    *end = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1));
    if (*end == -1 && PyErr_Occurred()) {
        return -1;
    }
    *start = *start < 0 ? 0 : *start > length ? length : *start;
    *end = *end < *start ? *start : *end > length ? length : *end;
    return 0;
}

/* The ids of the words of text[start:end] (offsets within the text), appended to `ids` as
   int32; *spells set when one of them is in `number_words`. */
static int read_words(PyObject *text, int kind, const void *data, Py_ssize_t start, Py_ssize_t end,
                      PyObject *known, PyObject *new_word, PyObject *number_words, WordCache *cache,
                      Buffer *ids, int *spells) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);  /* offsets clipped to the text */
    end = end > length ? length : end;
    start = start < 0 ? 0 : start > end ? end : start;
    /* No more words than every other character, plus one. */
    if (reserve(ids, ((end - start + 1) / 2 + 1) * (Py_ssize_t)sizeof(int32_t)) < 0) {
        return -1;
    }
    Py_ssize_t i = start;
    while (i < end) {
        if (!is_alnum(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t first = i;
        while (i < end && is_alnum(PyUnicode_READ(kind, data, i))) {
            i++;
        }
        int32_t id;
        uint32_t hash = 0;
        if (cache != NULL) {
            hash = hash_chars(kind, data, first, i);
            const Slot *slot = find_slot(cache, hash, kind, data, first, i);
            if (slot->word != NULL) {
                *spells |= slot->hash & 1u;
                id = slot->id;
                memcpy(ids->data + ids->size, &id, sizeof id);  /* within what was reserved */
                ids->size += sizeof id;
                continue;
            }
        }
        PyObject *word = PyUnicode_Substring(text, first, i);
        if (word == NULL) {
            return -1;
        }
        if (id_of(word, known, new_word, &id) < 0) {
            Py_DECREF(word);
            return -1;
        }
        if (!*spells || cache != NULL) {
            int in = PySet_Contains(number_words, word);
            if (in < 0) {
                Py_DECREF(word);
                return -1;
            }
            *spells |= in;
            /* Known now, for good: the id, and whether it is a number word (told when the word
               was first analysed, `builder._Builder._new_word`) */
            if (cache != NULL && remember(cache, word, hash, kind, data, first, i, id, in) < 0) {
                Py_DECREF(word);
                return -1;
            }
        }
        Py_DECREF(word);
        /* Within what was reserved: a word is at least one character, then a gap. */
        memcpy(ids->data + ids->size, &id, sizeof id);
        ids->size += sizeof id;
    }
    return 0;
}

/* The cache argument of a call: None, or a WordCache of `known`. */
static int cache_arg_of(PyObject *arg, PyObject *known, WordCache **cache) {
    *cache = NULL;
    if (arg == Py_None) {
        return 0;
    }
    if (!PyObject_TypeCheck(arg, &WordCacheType) || ((WordCache *)arg)->known != known) {
        PyErr_SetString(PyExc_ValueError, "cache must be a WordCache of the same dictionary");
        return -1;
    }
    *cache = (WordCache *)arg;
    return 0;
}

static PyObject *word_ids(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *text, *spans, *known, *new_word, *number_words, *cache_arg = Py_None;
    if (!PyArg_ParseTuple(args, "UOO!OO|O:word_ids", &text, &spans, &PyDict_Type, &known, &new_word,
                          &number_words, &cache_arg)) {
        return NULL;
    }
    WordCache *cache;
    if (cache_arg_of(cache_arg, known, &cache) < 0) {
        return NULL;
    }
    if (!PyCallable_Check(new_word)) {
        PyErr_SetString(PyExc_TypeError, "word_ids: new_word must be callable");
        return NULL;
    }
    if (!PyAnySet_Check(number_words)) {
        PyErr_SetString(PyExc_TypeError, "word_ids: number_words must be a set");
        return NULL;
    }
    /* A tuple of its own (a list is copied): the new_word callback cannot shorten it under the
       loop below, which read its length once. */
    PyObject *seq = PySequence_Tuple(spans);
    if (seq == NULL) {
        return NULL;
    }
    Py_ssize_t n_spans = PyTuple_GET_SIZE(seq);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Buffer words = {NULL, 0, 0};
    int spells = 0;
    PyObject *counts = PyList_New(n_spans);
    if (counts == NULL) {
        goto fail;
    }
    for (Py_ssize_t s = 0; s < n_spans; s++) {
        PyObject *span = PySequence_Fast_GET_ITEM(seq, s);
        Py_ssize_t start, end;
        if (span_of(span, length, &start, &end) < 0) {
            goto fail;
        }
        Py_ssize_t before = words.size;
        if (read_words(text, kind, data, start, end, known, new_word, number_words, cache, &words,
                       &spells) < 0) {
            goto fail;
        }
        PyObject *count = PyLong_FromSsize_t((words.size - before) / (Py_ssize_t)sizeof(int32_t));
        if (count == NULL) {
            goto fail;
        }
        PyList_SET_ITEM(counts, s, count);
    }
    Py_DECREF(seq);
    PyObject *bytes = PyBytes_FromStringAndSize(words.data, words.size);
    PyMem_Free(words.data);
    if (bytes == NULL) {
        Py_DECREF(counts);
        return NULL;
    }
    int joined = joins(kind, data, length);
    return Py_BuildValue("(NNOO)", bytes, counts, spells ? Py_True : Py_False, joined ? Py_True : Py_False);
fail:
    Py_DECREF(seq);
    Py_XDECREF(counts);
    PyMem_Free(words.data);
    return NULL;
}

/* ---- sentences (passages.sentences) ---- */

/* Python's `\w`, `\s` and `[^\W\d_]` (a letter: alphanumeric, not a decimal digit). */
static inline int is_word(Py_UCS4 ch) {
    return ch == '_' || is_alnum(ch);
}

static inline int is_letter(Py_UCS4 ch) {
    return is_alnum(ch) && !Py_UNICODE_ISDECIMAL(ch);
}

/* What may close a sentence after its mark: ["'»”)\]] */
static inline int closes(Py_UCS4 ch) {
    return ch == '"' || ch == '\'' || ch == 0xBB || ch == 0x201D || ch == ')' || ch == ']';
}

/* Whether a sentence may open at text[at] (at < length): passages._BOUNDARY's look-ahead,
   [«"“'*(\[\-–—\d]|:[^\W\d_]|[^\W\d_](?<=[^\W\d_a-zà-ÿ]) */
static int opens(int kind, const void *data, Py_ssize_t length, Py_ssize_t at) {
    Py_UCS4 ch = PyUnicode_READ(kind, data, at);
    if (ch == 0xAB || ch == '"' || ch == 0x201C || ch == '\'' || ch == '*' || ch == '(' || ch == '[' ||
        ch == '-' || ch == 0x2013 || ch == 0x2014 || Py_UNICODE_ISDECIMAL(ch)) {
        return 1;
    }
    if (ch == ':') {
        return at + 1 < length && is_letter(PyUnicode_READ(kind, data, at + 1));
    }
    return is_letter(ch) && !(ch >= 'a' && ch <= 'z') && !(ch >= 0xE0 && ch <= 0xFF);
}

/* Whether text[start:end] is `word` (ASCII, or "n°"). */
static int spelt(int kind, const void *data, Py_ssize_t start, Py_ssize_t end, const char *word) {
    for (Py_ssize_t i = start; i < end; i++, word++) {
        Py_UCS4 want = (unsigned char)*word;
        if (*word == '\0' || PyUnicode_READ(kind, data, i) != want) {
            return 0;
        }
    }
    return *word == '\0';
}

/* passages._ABBREVIATION searched in text[from:cut + 1]: the period at `cut` ends an
   abbreviation or an initial ("M.", "J."), a word boundary before it (which, as in re, looks at
   the character before `from` too). */
static int abbreviation(int kind, const void *data, Py_ssize_t from, Py_ssize_t cut) {
    static const char *const words[] = {"M", "Mme", "Mlle", "Dr", "Pr", "St", "Ste", "etc", "cf", "vs", "p",
                                        "env", "av", "apr", "Mr", "Mrs", "Ms", "No", "n\xb0", NULL};
    if (PyUnicode_READ(kind, data, cut) != '.') {
        return 0;
    }
    for (Py_ssize_t start = cut - 1; start >= from && start >= cut - 4; start--) {
        if (start > 0 && is_word(PyUnicode_READ(kind, data, start - 1))) {
            continue;  /* every word of the list opens on a letter: no boundary before it */
        }
        Py_UCS4 first = PyUnicode_READ(kind, data, start);
        if (start == cut - 1 && first >= 'A' && first <= 'Z') {
            return 1;
        }
        for (int w = 0; words[w] != NULL; w++) {
            if (spelt(kind, data, start, cut, words[w])) {
                return 1;
            }
        }
    }
    return 0;
}

/* text[start:end] trimmed of white space (str.isspace), kept if anything is left. */
static int add_sentence(Buffer *spans, int kind, const void *data, Py_ssize_t start, Py_ssize_t end) {
    while (start < end && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start))) {
        start++;
    }
    while (end > start && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end - 1))) {
        end--;
    }
    if (end <= start) {
        return 0;
    }
    Py_ssize_t span[2] = {start, end};
    return put(spans, span, sizeof span);
}

/* The sentences of text[0:length] (passages.sentences), as (start, end) pairs of Py_ssize_t
   in `spans`: they end at a line break, or at a mark of passages._BOUNDARY before white space
   and what may open a sentence, but for an abbreviation's period. */
static int cut_sentences(int kind, const void *data, Py_ssize_t length, Buffer *spans) {
    spans->size = 0;
    Py_ssize_t at = 0, p = 0;
    while (p < length) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, p);
        if (ch == '\n') {  /* a line break always ends a sentence, and is not part of it */
            if (add_sentence(spans, kind, data, at, p) < 0) {
                return -1;
            }
            at = ++p;
            continue;
        }
        if (ch == '.' || ch == '!' || ch == '?' || ch == 0x2026) {
            Py_ssize_t q = p + 1;
            while (q < length && closes(PyUnicode_READ(kind, data, q))) {
                q++;
            }
            Py_ssize_t blank = q;
            int line_break = 0;
            while (q < length && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, q))) {
                line_break |= PyUnicode_READ(kind, data, q) == '\n';
                q++;
            }
            if (q > blank && q < length && opens(kind, data, length, q)) {
                /* The longest abbreviation is 5 characters: no further back than that. */
                if (line_break || !abbreviation(kind, data, at > p - 7 ? at : p - 7, p)) {
                    if (add_sentence(spans, kind, data, at, p + 1) < 0) {
                        return -1;
                    }
                    at = q;
                }
                p = q;  /* the search goes on after the match, kept or not */
                continue;
            }
        }
        p++;
    }
    return add_sentence(spans, kind, data, at, length);
}

PyDoc_STRVAR(sentences_doc,
"sentences(text) -> list of (start, end)\n\n"
"passages.sentences(text), in compiled code.");

static PyObject *sentences(PyObject *Py_UNUSED(self), PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "sentences: a str expected");
        return NULL;
    }
    Buffer spans = {NULL, 0, 0};
    if (cut_sentences(PyUnicode_KIND(text), PyUnicode_DATA(text), PyUnicode_GET_LENGTH(text), &spans) < 0) {
        PyMem_Free(spans.data);
        return NULL;
    }
    Py_ssize_t n = spans.size / (Py_ssize_t)(2 * sizeof(Py_ssize_t));
    const Py_ssize_t *pairs = (const Py_ssize_t *)spans.data;
    PyObject *list = PyList_New(n);
    for (Py_ssize_t i = 0; list != NULL && i < n; i++) {
        PyObject *pair = Py_BuildValue("(nn)", pairs[2 * i], pairs[2 * i + 1]);
        if (pair == NULL) {
            Py_CLEAR(list);
            break;
        }
        PyList_SET_ITEM(list, i, pair);
    }
    PyMem_Free(spans.data);
    return list;
}

/* most_words(text): how many of its characters are spaces or marks that may end a sentence,
   plus one. */
static Py_ssize_t count_most_words(PyObject *text) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(text), found = 1;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        found += ch == ' ' || ch == '.' || ch == '\n' || ch == '!' || ch == '?' || ch == 0x2026;
    }
    return found;
}

/* ---- Reader: a document's paragraphs made passages ---- */

/* What `Reader.paragraphs` hands back, in this order: the paragraphs' texts (UTF-8), where
   each ends (int64), then int32 each but the passages' ends in the word sequence (int64). */
enum {
    PARA_TEXT, PARA_PTR, PARA_HEAD, PARA_DOC, PARA_NUMBER, PARA_KIND, PARA_PAGE,
    SEQUENCE, PASS_SEQ, HEAD_TERMS, HEAD_OWNER, PASS_PARA, PASS_START, PASS_END, N_OUT
};

/* Below this code point, whether a character keeps a paragraph in NFKC form is told by a
   table (reading.paragraph_reader makes it): Latin, Greek, Cyrillic, the Indic scripts,
   general punctuation, symbols. */
#define STABLE_BELOW 0x3000
#define TRANSLATED_BELOW 0x10000

typedef struct {
    PyObject_HEAD
    unsigned char replaced[TRANSLATED_BELOW];  /* 0: kept; else the ASCII character it becomes */
    unsigned char stable[STABLE_BELOW];  /* whether the character alone is in NFKC form */
    PyObject *kind_codes;  /* a block's kind -> its code */
    int32_t code_kind;  /* the code of code blocks: no heading terms */
    Py_ssize_t max_words;  /* a passage's most words as written (passages.PASSAGE_MAX_WORDS) */
} Reader;

static int reader_init(Reader *self, PyObject *args, PyObject *kwargs) {
    PyObject *translation, *stable, *kind_codes;
    int code_kind;
    Py_ssize_t max_words;
    static char *names[] = {"translation", "stable", "kind_codes", "code_kind", "max_words", NULL};
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O!SO!in:Reader", names, &PyDict_Type, &translation,
                                     &stable, &PyDict_Type, &kind_codes, &code_kind, &max_words)) {
        return -1;
    }
    if (PyBytes_GET_SIZE(stable) != STABLE_BELOW) {
        PyErr_Format(PyExc_ValueError, "Reader: stable holds one byte for each of the first %d code points",
                     STABLE_BELOW);
        return -1;
    }
    memcpy(self->stable, PyBytes_AS_STRING(stable), STABLE_BELOW);
    memset(self->replaced, 0, sizeof self->replaced);
    PyObject *key, *value;
    Py_ssize_t at = 0;
    while (PyDict_Next(translation, &at, &key, &value)) {
        long code = PyLong_Check(key) ? PyLong_AsLong(key) : -1;
        if (code == -1 && PyErr_Occurred()) {
            return -1;
        }
        if (code < 0 || code >= TRANSLATED_BELOW || !PyUnicode_Check(value) || PyUnicode_GET_LENGTH(value) != 1 ||
            PyUnicode_READ_CHAR(value, 0) == 0 || PyUnicode_READ_CHAR(value, 0) >= 128) {
            PyErr_SetString(PyExc_ValueError,
                            "Reader: the translation maps code points below U+10000 to one ASCII character");
            return -1;
        }
        self->replaced[code] = (unsigned char)PyUnicode_READ_CHAR(value, 0);
    }
    Py_INCREF(kind_codes);
    Py_XSETREF(self->kind_codes, kind_codes);
    self->code_kind = code_kind;
    self->max_words = max_words;
    return 0;
}

static void reader_dealloc(Reader *self) {
    Py_CLEAR(self->kind_codes);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

/* What one call of `Reader.paragraphs` works with. */
typedef struct {
    Reader *reader;
    PyObject *known, *new_word, *number_words, *head_ids, *section_terms;
    PyObject *new_head, *new_heading, *whole_ids;
    PyObject *readable;  /* None, or markup.readable: the document may hold markup */
    WordCache *cache;
    int32_t doc;
    int64_t text_at;  /* the paragraphs' texts so far, in bytes */
    int64_t words;  /* the word sequence so far */
    int64_t passages, paragraphs;  /* so far */
    Buffer out[N_OUT];
    Buffer ids;  /* a long paragraph's words */
    Buffer spans;  /* a paragraph's sentences: (start, end) pairs */
} Batch;

static PyObject *name_start, *name_end, *name_section, *name_kind, *name_number, *name_page;

static int put_small(Buffer *buffer, int64_t value) {
    if (value < INT32_MIN || value > INT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "a value beyond 32 bits");
        return -1;
    }
    return put32(buffer, (int32_t)value);
}

/* The int32 values of list `values` appended to `buffer`; how many in *count. */
static int put_list(Buffer *buffer, PyObject *values, Py_ssize_t *count) {
    if (!PyList_Check(values)) {
        PyErr_SetString(PyExc_TypeError, "a list of term ids expected");
        return -1;
    }
    Py_ssize_t n = PyList_GET_SIZE(values);
    if (reserve(buffer, n * (Py_ssize_t)sizeof(int32_t)) < 0) {
        return -1;
    }
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(values); i++) {
        int32_t value;
        if (as_int32(PyList_GET_ITEM(values, i), &value) < 0 || put32(buffer, value) < 0) {
            return -1;
        }
        (*count)++;
    }
    return 0;
}

/* An attribute of `object` read as an int32. */
static int int_attribute(PyObject *object, PyObject *name, int32_t *value) {
    PyObject *got = PyObject_GetAttr(object, name);
    if (got == NULL) {
        return -1;
    }
    int done = as_int32(got, value);
    Py_DECREF(got);
    return done;
}

/* An offset attribute of `object`, clipped beyond Py_ssize_t as slicing clips it. */
static int offset_attribute(PyObject *object, PyObject *name, Py_ssize_t *value) {
    PyObject *got = PyObject_GetAttr(object, name);
    if (got == NULL) {
        return -1;
    }
    *value = PyNumber_AsSsize_t(got, NULL);
    Py_DECREF(got);
    return *value == -1 && PyErr_Occurred() ? -1 : 0;
}

/* `lookup`[key], else made by `make(key)` (which keeps it there). A new reference. */
static PyObject *found_or_made(PyObject *lookup, PyObject *key, PyObject *make) {
    PyObject *found = PyDict_GetItemWithError(lookup, key);
    if (found != NULL) {
        Py_INCREF(found);
        return found;
    }
    return PyErr_Occurred() ? NULL : PyObject_CallOneArg(make, key);
}

/* The heading path's terms and each sentence's whole words, appended to the head terms of
   passage `passage`, and its owner that many times. `wholes`: the lists of sentences first to
   last (both included) of a tuple, or NULL. */
static int put_extra(Batch *batch, PyObject *heading, PyObject *wholes, Py_ssize_t first, Py_ssize_t last,
                     int64_t passage) {
    Py_ssize_t extra = 0;
    if (heading != NULL && put_list(&batch->out[HEAD_TERMS], heading, &extra) < 0) {
        return -1;
    }
    for (Py_ssize_t s = first; wholes != NULL && s <= last; s++) {
        if (put_list(&batch->out[HEAD_TERMS], PyTuple_GET_ITEM(wholes, s), &extra) < 0) {
            return -1;
        }
    }
    for (Py_ssize_t i = 0; i < extra; i++) {
        if (put_small(&batch->out[HEAD_OWNER], passage) < 0) {
            return -1;
        }
    }
    return 0;
}

/* One passage's rows: where its words end, its paragraph, its offsets. */
static int put_passage(Batch *batch, int64_t para, Py_ssize_t start, Py_ssize_t end) {
    batch->passages++;
    return put64(&batch->out[PASS_SEQ], batch->words) < 0 || put_small(&batch->out[PASS_PARA], para) < 0 ||
        put_small(&batch->out[PASS_START], start) < 0 || put_small(&batch->out[PASS_END], end) < 0 ? -1 : 0;
}

/* whole_ids(norm[start:end]) for each sentence in batch->spans: a tuple of lists (a new
   reference). */
static PyObject *wholes_of(Batch *batch, PyObject *norm) {
    Py_ssize_t n = batch->spans.size / (Py_ssize_t)(2 * sizeof(Py_ssize_t));
    PyObject *wholes = PyTuple_New(n);
    if (wholes == NULL) {
        return NULL;
    }
    for (Py_ssize_t s = 0; s < n; s++) {
        const Py_ssize_t *span = (const Py_ssize_t *)batch->spans.data + 2 * s;
        PyObject *sentence = PyUnicode_Substring(norm, span[0], span[1]);
        PyObject *ids = sentence == NULL ? NULL : PyObject_CallOneArg(batch->whole_ids, sentence);
        Py_XDECREF(sentence);
        if (ids == NULL) {
            Py_DECREF(wholes);
            return NULL;
        }
        PyTuple_SET_ITEM(wholes, s, ids);
    }
    return wholes;
}

/* A paragraph of one passage (builder._Builder._passage): from its first visible character to
   its last, if any. Its words are read in `norm` (its text normalised, markup blanked), its
   sentences and offsets in `plain` (its text as quoted, normalised: the same offsets). */
static int short_paragraph(Batch *batch, PyObject *norm, PyObject *plain, PyObject *heading, int64_t para) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(plain), start = 0, end = length;
    int kind = PyUnicode_KIND(plain);
    const void *data = PyUnicode_DATA(plain);
    while (start < length && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, start))) {
        start++;
    }
    while (end > 0 && Py_UNICODE_ISSPACE(PyUnicode_READ(kind, data, end - 1))) {
        end--;
    }
    if (end <= start) {
        return 0;
    }
    int64_t passage = batch->passages;
    Buffer *sequence = &batch->out[SEQUENCE];
    Py_ssize_t before = sequence->size;
    int spells = 0;
    if (read_words(norm, PyUnicode_KIND(norm), PyUnicode_DATA(norm), start, end, batch->known, batch->new_word,
                   batch->number_words, batch->cache, sequence, &spells) < 0) {
        return -1;
    }
    batch->words += (sequence->size - before) / (Py_ssize_t)sizeof(int32_t);
    PyObject *wholes = NULL;
    Py_ssize_t n_sentences = 0;
    /* Identifiers and numbers: a sentence at a time. */
    if (spells || joins(PyUnicode_KIND(norm), PyUnicode_DATA(norm), PyUnicode_GET_LENGTH(norm))) {
        if (cut_sentences(kind, data, length, &batch->spans) < 0 || (wholes = wholes_of(batch, norm)) == NULL) {
            return -1;
        }
        n_sentences = PyTuple_GET_SIZE(wholes);
    }
    int done = put_extra(batch, heading, wholes, 0, n_sentences - 1, passage) < 0 ||
        put_passage(batch, para, start, end) < 0 ? -1 : 0;
    Py_XDECREF(wholes);
    return done;
}

/* A paragraph cut into sentences, and these into windows of whole sentences (passages.windows);
   `norm` and `plain` as for short_paragraph. */
static int long_paragraph(Batch *batch, PyObject *norm, PyObject *plain, PyObject *heading, int64_t para) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(plain);
    int kind = PyUnicode_KIND(plain);
    const void *data = PyUnicode_DATA(plain);
    if (cut_sentences(kind, data, length, &batch->spans) < 0) {
        return -1;
    }
    Py_ssize_t n = batch->spans.size / (Py_ssize_t)(2 * sizeof(Py_ssize_t));
    /* Per sentence: where its words start among the paragraph's, its words as written (spaces
       plus one). */
    Py_ssize_t *at = PyMem_Malloc((size_t)(2 * n + 1) * sizeof(Py_ssize_t));
    if (at == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t *counts = at + n + 1;
    const Py_ssize_t *spans = (const Py_ssize_t *)batch->spans.data;
    PyObject *wholes = NULL;
    int spells = 0, done = -1;
    batch->ids.size = 0;
    at[0] = 0;
    for (Py_ssize_t s = 0; s < n; s++) {
        Py_ssize_t start = spans[2 * s], end = spans[2 * s + 1];
        if (read_words(norm, PyUnicode_KIND(norm), PyUnicode_DATA(norm), start, end, batch->known,
                       batch->new_word, batch->number_words, batch->cache, &batch->ids, &spells) < 0) {
            goto end;
        }
        at[s + 1] = batch->ids.size / (Py_ssize_t)sizeof(int32_t);
        counts[s] = 1;
        for (Py_ssize_t i = start; i < end; i++) {
            counts[s] += PyUnicode_READ(kind, data, i) == ' ';
        }
    }
    if ((spells || joins(PyUnicode_KIND(norm), PyUnicode_DATA(norm), PyUnicode_GET_LENGTH(norm))) &&
        (wholes = wholes_of(batch, norm)) == NULL) {
        goto end;
    }
    Py_ssize_t total = 0;
    for (Py_ssize_t s = 0; s < n; s++) {
        total += counts[s];
    }
    Py_ssize_t first = 0;
    while (first < n) {
        Py_ssize_t last = n - 1;
        if (total > batch->reader->max_words) {  /* else one window holds the whole paragraph */
            Py_ssize_t words = counts[first];
            last = first;
            while (last + 1 < n && words + counts[last + 1] <= batch->reader->max_words) {
                last++;
                words += counts[last];
            }
        }
        int64_t passage = batch->passages;
        if (put(&batch->out[SEQUENCE], batch->ids.data + at[first] * (Py_ssize_t)sizeof(int32_t),
                (at[last + 1] - at[first]) * (Py_ssize_t)sizeof(int32_t)) < 0) {
            goto end;
        }
        batch->words += at[last + 1] - at[first];
        if (put_extra(batch, heading, wholes, first, last, passage) < 0 ||
            put_passage(batch, para, spans[2 * first], spans[2 * last + 1]) < 0) {
            goto end;
        }
        if (last + 1 >= n) {
            break;
        }
        /* Overlap by one sentence, unless that sentence alone filled the window. */
        first = last > first ? last : last + 1;
    }
    done = 0;
end:
    PyMem_Free(at);
    Py_XDECREF(wholes);
    return done;
}

/* `text` with the one-to-one replacements made (text.translate); when `check`, NULL with no error
   set if some character of it may change under NFKC (the paragraph is then read in Python). A
   new reference. */
static PyObject *normalised(Reader *reader, PyObject *text, int check) {
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int changed = 0;
    Py_UCS4 most = 0;
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        if (ch < TRANSLATED_BELOW && reader->replaced[ch]) {
            changed = 1;
            ch = reader->replaced[ch];
        } else if (check && (ch >= STABLE_BELOW || !reader->stable[ch])) {
            return NULL;
        }
        most = ch > most ? ch : most;
    }
    if (!changed) {
        Py_INCREF(text);
        return text;
    }
    PyObject *norm = PyUnicode_New(length, most);
    if (norm == NULL) {
        return NULL;
    }
    int norm_kind = PyUnicode_KIND(norm);
    void *norm_data = PyUnicode_DATA(norm);
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        PyUnicode_WRITE(norm_kind, norm_data, i, ch < TRANSLATED_BELOW && reader->replaced[ch] ? reader->replaced[ch] : ch);
    }
    return norm;
}

/* Paragraph `paragraph` of document text `text` read into `batch`; *read = 0 when it must be
   read in Python (nothing done then). */
static int one_paragraph(Batch *batch, PyObject *text, PyObject *paragraph, int *read) {
    Py_ssize_t start, end, length = PyUnicode_GET_LENGTH(text);
    *read = 0;
    if (offset_attribute(paragraph, name_start, &start) < 0 || offset_attribute(paragraph, name_end, &end) < 0) {
        return -1;
    }
    /* As text[start:end] slices. */
    if (start < 0) {
        start = start + length < 0 ? 0 : start + length;
    }
    if (end < 0) {
        end = end + length < 0 ? 0 : end + length;
    }
    start = start > length ? length : start;
    end = end > length ? length : end < start ? start : end;
    PyObject *block = NULL, *kind = NULL, *seen = NULL, *norm = NULL, *plain = NULL;
    PyObject *section = NULL, *head = NULL, *heading = NULL;
    int done = -1;
    int32_t kind_code;
    if ((block = PyUnicode_Substring(text, start, end)) == NULL ||
        (kind = PyObject_GetAttr(paragraph, name_kind)) == NULL) {
        goto end;
    }
    PyObject *code = PyDict_GetItemWithError(batch->reader->kind_codes, kind);  /* borrowed */
    if (code == NULL) {
        if (!PyErr_Occurred()) {
            PyErr_SetObject(PyExc_KeyError, kind);
        }
        goto end;
    }
    if (as_int32(code, &kind_code) < 0) {
        goto end;
    }
    /* Words are read from the text with its markup blanked (the same offsets: markup.py),
       sentences from the text as quoted; both normalised. */
    if (batch->readable == Py_None) {
        Py_INCREF(block);
        seen = block;
    } else {
        seen = PyObject_CallFunctionObjArgs(batch->readable, block,
                                            kind_code == batch->reader->code_kind ? Py_True : Py_False, NULL);
        if (seen == NULL) {
            goto end;
        }
        if (!PyUnicode_Check(seen)) {
            PyErr_SetString(PyExc_TypeError, "paragraphs: readable(text, code) gives a str");
            goto end;
        }
    }
    if ((norm = normalised(batch->reader, seen, 1)) == NULL) {
        done = PyErr_Occurred() ? -1 : 0;  /* NFKC may change it: read in Python */
        goto end;
    }
    if (seen == block) {
        Py_INCREF(norm);
        plain = norm;
    } else if ((plain = normalised(batch->reader, block, 0)) == NULL) {
        goto end;
    }
    *read = 1;
    Py_ssize_t size;
    const char *utf8 = PyUnicode_AsUTF8AndSize(block, &size);
    if (utf8 == NULL || put(&batch->out[PARA_TEXT], utf8, size) < 0) {
        goto end;
    }
    batch->text_at += size;
    int64_t para = batch->paragraphs++;
    int32_t head_id, number, page;
    if (put64(&batch->out[PARA_PTR], batch->text_at) < 0 ||
        (section = PyObject_GetAttr(paragraph, name_section)) == NULL ||
        (head = found_or_made(batch->head_ids, section, batch->new_head)) == NULL ||
        as_int32(head, &head_id) < 0 || put32(&batch->out[PARA_HEAD], head_id) < 0 ||
        put32(&batch->out[PARA_DOC], batch->doc) < 0 ||
        int_attribute(paragraph, name_number, &number) < 0 || put32(&batch->out[PARA_NUMBER], number) < 0 ||
        put32(&batch->out[PARA_KIND], kind_code) < 0 ||
        int_attribute(paragraph, name_page, &page) < 0 || put32(&batch->out[PARA_PAGE], page) < 0) {
        goto end;
    }
    /* The heading path's terms: a field of every passage of prose under it. */
    if (kind_code != batch->reader->code_kind &&
        (heading = found_or_made(batch->section_terms, section, batch->new_heading)) == NULL) {
        goto end;
    }
    /* No more sentences than marks that may end one, plus one (builder._most_words). */
    done = count_most_words(plain) <= batch->reader->max_words ? short_paragraph(batch, norm, plain, heading, para)
                                                                : long_paragraph(batch, norm, plain, heading, para);
end:
    Py_XDECREF(block);
    Py_XDECREF(kind);
    Py_XDECREF(seen);
    Py_XDECREF(norm);
    Py_XDECREF(plain);
    Py_XDECREF(section);
    Py_XDECREF(head);
    Py_XDECREF(heading);
    return done;
}

PyDoc_STRVAR(paragraphs_doc,
"paragraphs(text, paragraphs, at, doc, bases, known, cache, number_words, head_ids, section_terms,\n"
"           new_word, new_head, new_heading, whole_ids, readable) -> (stop, arrays)\n\n"
"The paragraphs of a document (text: its text; paragraphs: a list of sources.Paragraph) from\n"
"number `at` made passages as builder._Builder.add makes them, until one that must be read in\n"
"Python (a character NFKC may change): its number `stop` (len(paragraphs) when all were read).\n"
"doc: the document's number; bases: the batch's (text bytes, words, passages, paragraphs) so\n"
"far; known, cache, number_words, new_word as for word_ids; head_ids: heading path -> its id,\n"
"or new_head(path) for a new one; section_terms: path -> its terms, or new_heading(path);\n"
"whole_ids(sentence) -> the ids of its whole words (identifiers, compounds, numbers spelt);\n"
"readable: None, or markup.readable(text, code) for a document that may hold markup.\n"
"arrays: bytes each, in the order PARA_TEXT ... PASS_END (see _reading.c).");

static PyObject *reader_paragraphs(Reader *self, PyObject *args) {
    PyObject *text, *paragraphs, *cache_arg;
    Py_ssize_t at;
    int doc;
    long long text_at, words, passages, paras;
    Batch batch;
    memset(&batch, 0, sizeof batch);
    batch.reader = self;
    if (!PyArg_ParseTuple(args, "UO!ni(LLLL)O!OOO!O!OOOOO:paragraphs", &text, &PyList_Type, &paragraphs, &at,
                          &doc, &text_at, &words, &passages, &paras, &PyDict_Type, &batch.known, &cache_arg,
                          &batch.number_words, &PyDict_Type, &batch.head_ids, &PyDict_Type,
                          &batch.section_terms, &batch.new_word, &batch.new_head, &batch.new_heading,
                          &batch.whole_ids, &batch.readable)) {
        return NULL;
    }
    if (self->kind_codes == NULL) {
        PyErr_SetString(PyExc_TypeError, "paragraphs: a Reader not made");
        return NULL;
    }
    if (cache_arg_of(cache_arg, batch.known, &batch.cache) < 0) {
        return NULL;
    }
    if (!PyAnySet_Check(batch.number_words)) {
        PyErr_SetString(PyExc_TypeError, "paragraphs: number_words must be a set");
        return NULL;
    }
    if (at < 0 || text_at < 0 || words < 0 || passages < 0 || paras < 0) {
        PyErr_SetString(PyExc_ValueError, "paragraphs: offsets and counts are not negative");
        return NULL;
    }
    batch.doc = doc;
    batch.text_at = text_at;
    batch.words = words;
    batch.passages = passages;
    batch.paragraphs = paras;
    PyObject *result = NULL;
    Py_INCREF(text);  /* held, whatever a callback does */
    /* The list's length read each time: a callback may change it. */
    for (; at < PyList_GET_SIZE(paragraphs); at++) {
        PyObject *paragraph = PyList_GET_ITEM(paragraphs, at);
        Py_INCREF(paragraph);
        int read;
        int done = one_paragraph(&batch, text, paragraph, &read);
        Py_DECREF(paragraph);
        if (done < 0) {
            goto end;
        }
        if (!read) {
            break;
        }
    }
    PyObject *arrays = PyTuple_New(N_OUT);
    if (arrays == NULL) {
        goto end;
    }
    for (int i = 0; i < N_OUT; i++) {
        PyObject *bytes = PyBytes_FromStringAndSize(batch.out[i].data, batch.out[i].size);
        if (bytes == NULL) {
            Py_DECREF(arrays);
            goto end;
        }
        PyTuple_SET_ITEM(arrays, i, bytes);
    }
    result = Py_BuildValue("(nN)", at, arrays);
end:
    Py_DECREF(text);
    for (int i = 0; i < N_OUT; i++) {
        PyMem_Free(batch.out[i].data);
    }
    PyMem_Free(batch.ids.data);
    PyMem_Free(batch.spans.data);
    return result;
}

static PyMethodDef reader_methods[] = {
    {"paragraphs", (PyCFunction)reader_paragraphs, METH_VARARGS, paragraphs_doc},
    {NULL, NULL, 0, NULL},
};

PyDoc_STRVAR(reader_doc,
"Reader(translation, stable, kind_codes, code_kind, max_words)\n\n"
"What reading a document's paragraphs needs of the engine's settings: text.ONE_TO_ONE\n"
"(code point -> one ASCII character, below U+10000), whether each of the first 0x3000 code\n"
"points keeps a text in NFKC form (bytes), builder.KIND_CODES, the code of a code block and\n"
"passages.PASSAGE_MAX_WORDS.");

static PyTypeObject ReaderType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "corpus._reading.Reader",
    .tp_basicsize = sizeof(Reader),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = reader_doc,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)reader_init,
    .tp_dealloc = (destructor)reader_dealloc,
    .tp_methods = reader_methods,
};

PyDoc_STRVAR(most_words_doc,
"most_words(text) -> int\n\n"
"How many of text's characters are spaces or marks that may end a sentence (\" .\\n!?\u2026\"),\n"
"plus one: no fewer than its words as written (builder._most_words).");

static PyObject *most_words(PyObject *Py_UNUSED(self), PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "most_words: a str expected");
        return NULL;
    }
    return PyLong_FromSsize_t(count_most_words(arg));
}

static PyMethodDef methods[] = {
    {"word_ids", word_ids, METH_VARARGS, word_ids_doc},
    {"most_words", most_words, METH_O, most_words_doc},
    {"sentences", sentences, METH_O, sentences_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "corpus._reading",
    "The build's reading in C: words found and turned into term ids (see reading.py).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__reading(void) {
    for (Py_UCS4 ch = 0; ch < 256; ch++) {
        latin1_alnum[ch] = Py_UNICODE_ISALNUM(ch) ? 1 : 0;
    }
    if (PyType_Ready(&WordCacheType) < 0 || PyType_Ready(&ReaderType) < 0) {
        return NULL;
    }
    struct { PyObject **name; const char *text; } names[] = {
        {&name_start, "start"}, {&name_end, "end"}, {&name_section, "section"},
        {&name_kind, "kind"}, {&name_number, "number"}, {&name_page, "page"},
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++) {
        if (*names[i].name == NULL && (*names[i].name = PyUnicode_InternFromString(names[i].text)) == NULL) {
            return NULL;
        }
    }
    PyObject *made = PyModule_Create(&module);
    if (made == NULL) {
        return NULL;
    }
    Py_INCREF(&WordCacheType);
    if (PyModule_AddObject(made, "WordCache", (PyObject *)&WordCacheType) < 0) {
        Py_DECREF(&WordCacheType);
        Py_DECREF(made);
        return NULL;
    }
    Py_INCREF(&ReaderType);
    if (PyModule_AddObject(made, "Reader", (PyObject *)&ReaderType) < 0) {
        Py_DECREF(&ReaderType);
        Py_DECREF(made);
        return NULL;
    }
    return made;
}
