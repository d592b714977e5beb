/* The build's reading in C: the words of a text found and turned into term ids in one pass
 * (see reading.py). Python's way costs about 0.5 us a word (a regex's match objects, then a
 * dictionary lookup a word); here a word is a substring made and looked up, the lookups
 * through the same dictionary that Python fills, so the ids are the Python path's exactly.
 *
 * A word is a run of characters for which str.isalnum() is true (Py_UNICODE_ISALNUM), which
 * is what the pattern `[^\W_]+` of analysis._TOKEN matches: Python's `\w` is isalnum() or
 * "_", and the class leaves "_" out.
 *
 * The GIL stays held: every word looked up is a Python string, and a new word is analysed by
 * a Python callable. Every offset is clipped to the text. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <limits.h>
#include <stdint.h>

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

PyDoc_STRVAR(word_ids_doc,
"word_ids(text, spans, known, new_word, number_words) -> (ids, counts, spells, joined)\n\n"
"The words of text[start:end] for each (start, end) of `spans` (offsets clipped to the text),\n"
"as term ids: known[word], or new_word(word) for a word `known` (a dict) does not hold, which\n"
"must add it there. ids: bytes, int32 in machine order, the spans' words end to end; counts:\n"
"each span's number of words; spells: whether some word is in the set `number_words`;\n"
"joined: whether the whole text holds \".\", \"_\" or \"-\" right before an alphanumeric\n"
"character (analysis._JOINER: it may hold an identifier).");

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
    PyObject *text, *spans, *known, *new_word, *number_words;
    if (!PyArg_ParseTuple(args, "UOO!OO:word_ids", &text, &spans, &PyDict_Type, &known, &new_word,
                          &number_words)) {
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
            PyObject *word = PyUnicode_Substring(text, first, i);
            if (word == NULL) {
                goto fail;
            }
            int32_t id;
            if (id_of(word, known, new_word, &id) < 0) {
                Py_DECREF(word);
                goto fail;
            }
            if (!spells) {
                int in = PySet_Contains(number_words, word);
                if (in < 0) {
                    Py_DECREF(word);
                    goto fail;
                }
                spells = in;
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
    return PyModule_Create(&module);
}
