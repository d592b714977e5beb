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
 * changes a word's id once given. */
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
   always the dictionary's own key, so its characters are not stored twice; NULL: the slot is
   empty), its hash, its id. */
typedef struct {
    PyObject *word;
    uint32_t hash;  /* its lowest bit: whether the word is in number_words */
    int32_t id;
} Slot;

typedef struct {
    PyObject_HEAD
    PyObject *known;  /* the dictionary whose words it holds (a strong reference) */
    Slot *slots;
    size_t capacity;  /* a power of two */
    size_t count;
} WordCache;

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
    self->slots = PyMem_Calloc(self->capacity, sizeof(Slot));
    if (self->slots == NULL) {
        PyErr_NoMemory();
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
    PyMem_Free(self->slots);
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

/* The slot of text[first:end] (hashed `hash`): the one holding it, else the empty one where it
   would go. */
static inline Slot *find_slot(WordCache *cache, uint32_t hash, int kind, const void *data,
                              Py_ssize_t first, Py_ssize_t end) {
    size_t mask = cache->capacity - 1;
    for (size_t at = hash & mask;; at = (at + 1) & mask) {
        Slot *slot = &cache->slots[at];
        if (slot->word == NULL ||
            ((slot->hash & ~1u) == hash && same_chars(slot->word, kind, data, first, end))) {
            return slot;
        }
    }
}

static int grow_slots(WordCache *cache) {
    size_t capacity = cache->capacity * 2;
    Slot *slots = PyMem_Calloc(capacity, sizeof(Slot));
    if (slots == NULL) {
        PyErr_NoMemory();
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
    PyMem_Free(cache->slots);
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
        *slot = (Slot){word, hash | (spells != 0), id};
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

static PyObject *word_ids(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *text, *spans, *known, *new_word, *number_words, *cache_arg = Py_None;
    if (!PyArg_ParseTuple(args, "UOO!OO|O:word_ids", &text, &spans, &PyDict_Type, &known, &new_word,
                          &number_words, &cache_arg)) {
        return NULL;
    }
    WordCache *cache = NULL;
    if (cache_arg != Py_None) {
        if (!PyObject_TypeCheck(cache_arg, &WordCacheType) || ((WordCache *)cache_arg)->known != known) {
            PyErr_SetString(PyExc_ValueError, "word_ids: cache must be a WordCache of the same dictionary");
            return NULL;
        }
        cache = (WordCache *)cache_arg;
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
    Py_ssize_t n_spans = PySequence_Fast_GET_SIZE(seq);
    Py_ssize_t length = PyUnicode_GET_LENGTH(text);
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    int32_t *ids = NULL;
    Py_ssize_t n_ids = 0, capacity = 0;
    int spells = 0;
    PyObject *counts = PyList_New(n_spans);
    if (counts == NULL) {
        goto fail;
    }
    for (Py_ssize_t s = 0; s < n_spans; s++) {
        PyObject *span = PySequence_Fast_GET_ITEM(seq, s);
        Py_ssize_t start, end;
        if (!PyTuple_Check(span) || PyTuple_GET_SIZE(span) != 2) {
            PyErr_SetString(PyExc_TypeError, "word_ids: each span is a (start, end) tuple");
            goto fail;
        }
        start = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 0));
        if (start == -1 && PyErr_Occurred()) {
            goto fail;
        }
        end = PyLong_AsSsize_t(PyTuple_GET_ITEM(span, 1));
        if (end == -1 && PyErr_Occurred()) {
            goto fail;
        }
        /* As str slicing and re's pos/endpos do: clipped to the text. */
        start = start < 0 ? 0 : start > length ? length : start;
        end = end < start ? start : end > length ? length : end;
        /* No more words than every other character. */
        Py_ssize_t most = (end - start + 1) / 2;
        if (n_ids + most > capacity) {
            Py_ssize_t grown = capacity * 2 > n_ids + most ? capacity * 2 : n_ids + most;
            int32_t *more = PyMem_Realloc(ids, (size_t)(grown > 0 ? grown : 1) * sizeof(int32_t));
            if (more == NULL) {
                PyErr_NoMemory();
                goto fail;
            }
            ids = more;
            capacity = grown;
        }
        Py_ssize_t before = n_ids, i = start;
        while (i < end) {
            if (!is_alnum(PyUnicode_READ(kind, data, i))) {
                i++;
                continue;
            }
            Py_ssize_t first = i;
            while (i < end && is_alnum(PyUnicode_READ(kind, data, i))) {
                i++;
            }
            uint32_t hash = 0;
            if (cache != NULL) {
                hash = hash_chars(kind, data, first, i);
                const Slot *slot = find_slot(cache, hash, kind, data, first, i);
                if (slot->word != NULL) {
                    spells |= slot->hash & 1u;
                    ids[n_ids++] = slot->id;
                    continue;
                }
            }
            PyObject *word = PyUnicode_Substring(text, first, i);
            if (word == NULL) {
                goto fail;
            }
            int32_t id;
            if (id_of(word, known, new_word, &id) < 0) {
                Py_DECREF(word);
                goto fail;
            }
            if (!spells || cache != NULL) {
                int in = PySet_Contains(number_words, word);
                if (in < 0) {
                    Py_DECREF(word);
                    goto fail;
                }
                spells |= in;
                /* Known now, for good: the id, and whether it is a number word (told when the
                   word was first analysed, `builder._Builder._new_word`) */
                if (cache != NULL && remember(cache, word, hash, kind, data, first, i, id, in) < 0) {
                    Py_DECREF(word);
                    goto fail;
                }
            }
            Py_DECREF(word);
            ids[n_ids++] = id;  /* within capacity: a word is at least one character, then a gap */
        }
        PyObject *count = PyLong_FromSsize_t(n_ids - before);
        if (count == NULL) {
            goto fail;
        }
        PyList_SET_ITEM(counts, s, count);
    }
    Py_DECREF(seq);
    PyObject *bytes = PyBytes_FromStringAndSize((const char *)ids, n_ids * (Py_ssize_t)sizeof(int32_t));
    PyMem_Free(ids);
    if (bytes == NULL) {
        Py_DECREF(counts);
        return NULL;
    }
    int joined = joins(kind, data, length);
    return Py_BuildValue("(NNOO)", bytes, counts, spells ? Py_True : Py_False, joined ? Py_True : Py_False);
fail:
    Py_DECREF(seq);
    Py_XDECREF(counts);
    PyMem_Free(ids);
    return NULL;
}

PyDoc_STRVAR(most_words_doc,
"most_words(text) -> int\n\n"
"How many of text's characters are spaces or marks that may end a sentence (\" .\\n!?\u2026\"),\n"
"plus one: no fewer than its words as written (builder._most_words).");

static PyObject *most_words(PyObject *Py_UNUSED(self), PyObject *arg) {
    if (!PyUnicode_Check(arg)) {
        PyErr_SetString(PyExc_TypeError, "most_words: a str expected");
        return NULL;
    }
    Py_ssize_t length = PyUnicode_GET_LENGTH(arg), found = 1;
    int kind = PyUnicode_KIND(arg);
    const void *data = PyUnicode_DATA(arg);
    for (Py_ssize_t i = 0; i < length; i++) {
        Py_UCS4 ch = PyUnicode_READ(kind, data, i);
        found += ch == ' ' || ch == '.' || ch == '\n' || ch == '!' || ch == '?' || ch == 0x2026;
    }
    return PyLong_FromSsize_t(found);
}

static PyMethodDef methods[] = {
    {"word_ids", word_ids, METH_VARARGS, word_ids_doc},
    {"most_words", most_words, METH_O, most_words_doc},
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
    if (PyType_Ready(&WordCacheType) < 0) {
        return NULL;
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
    return made;
}
