/* The build's inversion loops in C (`inversion.py` says when they are used, README "Speed and
 * scale" what they save): the word sequences turned around into positions grouped by term, and
 * these into postings and places, each a single pass where numpy took a sort or a dozen passes.
 *
 * The arrays are read through the buffer protocol (no numpy headers needed to build), of the
 * exact types `inversion.py` hands over; results come back as bytearrays, viewed there as
 * arrays. Every index read from an array is checked against the length of the array it
 * indexes: a malformed input raises ValueError, never reads or writes out of bounds. The loops
 * run without the GIL, on the buffers held for the call. They give the numpy path's arrays
 * exactly (`inversion.positions`, `inversion.postings`, `places.encode`).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <string.h>

typedef struct {
    Py_buffer view;
    Py_ssize_t n; /* items */
    int held;
} Arr;

static void release(Arr *a) {
    if (a->held) {
        PyBuffer_Release(&a->view);
        a->held = 0;
    }
}

/* A one-dimensional C-contiguous array of `obj` whose items are `size`-byte signed integers
 * (format `code`), writable if asked. */
static int acquire(PyObject *obj, Arr *a, char code, int size, int writable, const char *name) {
    a->held = 0;
    if (PyObject_GetBuffer(obj, &a->view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0)) < 0) {
        return -1;
    }
    a->held = 1;
    const char *f = a->view.format ? a->view.format : "B";
    if (*f == '@' || *f == '=' || *f == '<') {
        f++;
    }
    /* int64 is 'l' or 'q' depending on the platform's C types. */
    int same = f[0] && !f[1] && (f[0] == code || (size == 8 && (f[0] == 'l' || f[0] == 'q')) ||
                                 (size == 4 && (f[0] == 'i' || (f[0] == 'l' && sizeof(long) == 4))));
    if (!same || a->view.itemsize != size || a->view.ndim > 1) {
        PyErr_Format(PyExc_ValueError, "%s: an array of %d-byte signed integers expected", name, size);
        release(a);
        return -1;
    }
    a->n = a->view.len / size;
    return 0;
}

static PyObject *malformed(const char *what) {
    PyErr_Format(PyExc_ValueError, "malformed inversion arrays: %s", what);
    return NULL;
}

/* ---- positions grouped by term (`inversion.positions`) -------------------------------- */

PyDoc_STRVAR(place_doc,
"place(chunk, at, first, last, free, out)\n\n"
"Where terms first to last - 1 stand in a chunk of word sequences (int32 term ids, the chunk\n"
"starting at position `at`): each such word's position written to out[free[t - first]] (int32),\n"
"that slot then moved on by one (free: int64, one a term, updated in place). A counting sort:\n"
"each term's positions come out in order.");

static PyObject *place(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *chunk_o, *free_o, *out_o;
    long long at, first, last;
    Arr chunk, free_, out;
    if (!PyArg_ParseTuple(args, "OLLLOO", &chunk_o, &at, &first, &last, &free_o, &out_o)) {
        return NULL;
    }
    if (acquire(chunk_o, &chunk, 'i', 4, 0, "chunk") < 0) {
        return NULL;
    }
    if (acquire(free_o, &free_, 'q', 8, 1, "free") < 0) {
        release(&chunk);
        return NULL;
    }
    if (acquire(out_o, &out, 'i', 4, 1, "out") < 0) {
        release(&chunk);
        release(&free_);
        return NULL;
    }
    int bad = last - first != free_.n || at < 0 || at + chunk.n > INT32_MAX;
    /* The words of the terms placed are picked first without a branch (which words they are
     * is unpredictable: most of a span's terms are rare), then put in place. */
    int32_t *picked = bad ? NULL : PyMem_Malloc((chunk.n + 1) * sizeof(int32_t));
    if (!bad && !picked) {
        release(&chunk);
        release(&free_);
        release(&out);
        return PyErr_NoMemory();
    }
    if (!bad) {
        const int32_t *ids = chunk.view.buf;
        int64_t *slot = free_.view.buf;
        int32_t *where = out.view.buf;
        Py_ssize_t n = chunk.n, room = out.n, m = 0;
        uint64_t span = (uint64_t)(last - first);
        Py_BEGIN_ALLOW_THREADS
        for (Py_ssize_t i = 0; i < n; i++) {
            picked[m] = (int32_t)i;
            m += (uint64_t)((int64_t)ids[i] - first) < span;
        }
        for (Py_ssize_t j = 0; j < m; j++) {
            Py_ssize_t i = picked[j];
            int64_t t = (int64_t)ids[i] - first;
            int64_t k = slot[t];
            if (k < 0 || k >= room) {
                bad = 1;
                break;
            }
            where[k] = (int32_t)(at + i);
            slot[t] = k + 1;
        }
        Py_END_ALLOW_THREADS
    }
    PyMem_Free(picked);
    release(&chunk);
    release(&free_);
    release(&out);
    if (bad) {
        return malformed("a position beyond its term's room");
    }
    Py_RETURN_NONE;
}

/* ---- which passage a position is in (`inversion.Passages`) ---------------------------- */

PyDoc_STRVAR(passage_table_doc,
"passage_table(bounds, step_bits) -> table\n\n"
"The passage of every 2**step_bits-th word (int32): for each such position, the last p with\n"
"bounds[p] <= position (bounds int64, non-decreasing from 0: the passages' first positions,\n"
"then the end), as np.searchsorted(bounds, steps, side=\"right\") - 1 finds it, in one walk.");

static PyObject *passage_table(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *bounds_o;
    int step_bits;
    Arr bounds;
    if (!PyArg_ParseTuple(args, "Oi", &bounds_o, &step_bits)) {
        return NULL;
    }
    if (step_bits < 0 || step_bits > 30) {
        PyErr_SetString(PyExc_ValueError, "step_bits out of range");
        return NULL;
    }
    if (acquire(bounds_o, &bounds, 'q', 8, 0, "bounds") < 0) {
        return NULL;
    }
    const int64_t *bd = bounds.view.buf;
    Py_ssize_t n = bounds.n;
    int64_t end = n ? bd[n - 1] : 0;
    if (n < 1 || bd[0] != 0 || n - 1 > INT32_MAX) {
        release(&bounds);
        return malformed("passage bounds not from 0");
    }
    int64_t steps = (end + ((int64_t)1 << step_bits) - 1) >> step_bits;
    PyObject *out = PyByteArray_FromStringAndSize(NULL, steps * 4);
    if (out) {
        int32_t *table = (int32_t *)PyByteArray_AS_STRING(out);
        int bad = 0;
        Py_BEGIN_ALLOW_THREADS
        Py_ssize_t p = 0;
        for (int64_t k = 0; k < steps; k++) {
            int64_t at = k << step_bits;
            while (p + 1 < n && bd[p + 1] <= at) {
                if (bd[p + 1] < bd[p]) {
                    bad = 1;
                }
                p++;
            }
            table[k] = (int32_t)p;
        }
        Py_END_ALLOW_THREADS
        if (bad) {
            Py_CLEAR(out);
            malformed("passage bounds out of order");
        }
    }
    release(&bounds);
    return out;
}

/* ---- postings and places (`inversion.postings`, `places.encode`) ------------------------ */

PyDoc_STRVAR(postings_doc,
"postings(positions, starts, table, bounds, step_bits, place_size, tf_most)\n"
"    -> (df, passages, tf, places)\n\n"
"The postings of a run of whole terms from their positions (int32, grouped by term, in order\n"
"within each: term j's are positions[starts[j]:starts[j + 1]], starts int64 from 0 to the\n"
"end): each position's passage (the last p with bounds[p] <= position, bounds int64: the\n"
"passages' first positions, then the end; found from table[position >> step_bits], int32, the\n"
"passage of every 2**step_bits-th word), each term's runs of equal passages its postings:\n"
"df (int64, postings a term), passages (int32) and tf (uint16, the run's length, at most\n"
"tf_most); and each position's place in its passage as `place_size` bytes unsigned, its top bit\n"
"set where it opens a posting.");

static PyObject *postings(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *pos_o, *starts_o, *table_o, *bounds_o;
    int step_bits, place_size;
    long long tf_most;
    Arr pos, starts, table, bounds;
    if (!PyArg_ParseTuple(args, "OOOOiiL", &pos_o, &starts_o, &table_o, &bounds_o, &step_bits, &place_size,
                          &tf_most)) {
        return NULL;
    }
    if (place_size != 1 && place_size != 2 && place_size != 4) {
        PyErr_SetString(PyExc_ValueError, "place_size: 1, 2 or 4");
        return NULL;
    }
    if (step_bits < 0 || step_bits > 30 || tf_most < 1 || tf_most > UINT16_MAX) {
        PyErr_SetString(PyExc_ValueError, "step_bits or tf_most out of range");
        return NULL;
    }
    if (acquire(pos_o, &pos, 'i', 4, 0, "positions") < 0) {
        return NULL;
    }
    PyObject *out = NULL, *df_b = NULL, *pass_b = NULL, *tf_b = NULL, *place_b = NULL;
    Arr *held[] = {&starts, &table, &bounds};
    starts.held = table.held = bounds.held = 0;
    if (acquire(starts_o, &starts, 'q', 8, 0, "starts") < 0 || acquire(table_o, &table, 'i', 4, 0, "table") < 0 ||
        acquire(bounds_o, &bounds, 'q', 8, 0, "bounds") < 0) {
        goto done;
    }
    Py_ssize_t n_terms = starts.n - 1, n = pos.n;
    if (n_terms < 0 || bounds.n < 2) {
        malformed("no terms or no passages");
        goto done;
    }
    df_b = PyByteArray_FromStringAndSize(NULL, n_terms * 8);
    pass_b = PyByteArray_FromStringAndSize(NULL, n * 4);
    tf_b = PyByteArray_FromStringAndSize(NULL, n * 2);
    place_b = PyByteArray_FromStringAndSize(NULL, n * place_size);
    if (!df_b || !pass_b || !tf_b || !place_b) {
        goto done;
    }
    const int32_t *p = pos.view.buf, *tab = table.view.buf;
    const int64_t *st = starts.view.buf, *bd = bounds.view.buf;
    int64_t *df = (int64_t *)PyByteArray_AS_STRING(df_b);
    int32_t *passages = (int32_t *)PyByteArray_AS_STRING(pass_b);
    uint16_t *tf = (uint16_t *)PyByteArray_AS_STRING(tf_b);
    char *places = PyByteArray_AS_STRING(place_b);
    uint32_t top = (uint32_t)1 << (8 * place_size - 1);
    int64_t end = bd[bounds.n - 1];
    Py_ssize_t m = 0;
    const char *bad = NULL;
    Py_BEGIN_ALLOW_THREADS
    if (st[0] != 0 || st[n_terms] != n) {
        bad = "term starts do not cover the positions";
    }
    for (Py_ssize_t j = 0; j < n_terms && !bad; j++) {
        Py_ssize_t lo = st[j], hi = st[j + 1];
        if (lo > hi || hi > n) {
            bad = "term starts out of order";
            break;
        }
        int64_t previous = -1, postings_before = m;
        for (Py_ssize_t k = lo; k < hi; k++) {
            int64_t x = p[k];
            if (x < 0 || x >= end || (x >> step_bits) >= table.n) {
                bad = "a position beyond the passages";
                break;
            }
            int64_t s = tab[x >> step_bits];
            if (s < 0 || s >= bounds.n - 1 || bd[s] > x) {
                bad = "a passage table that does not match the bounds";
                break;
            }
            while (bd[s + 1] <= x) { /* s + 1 < bounds.n - 1 here: x < end */
                s++;
            }
            uint32_t at = (uint32_t)(x - bd[s]);
            if (at >= top) {
                bad = "a place beyond its type";
                break;
            }
            if (s != previous) {
                passages[m] = (int32_t)s;
                tf[m] = 1;
                m++;
                at |= top;
                previous = s;
            } else if (tf[m - 1] < tf_most) {
                tf[m - 1]++;
            }
            if (place_size == 1) {
                ((uint8_t *)places)[k] = (uint8_t)at;
            } else if (place_size == 2) {
                ((uint16_t *)places)[k] = (uint16_t)at;
            } else {
                ((uint32_t *)places)[k] = at;
            }
        }
        df[j] = m - postings_before;
    }
    Py_END_ALLOW_THREADS
    if (bad) {
        malformed(bad);
        goto done;
    }
    if (PyByteArray_Resize(pass_b, m * 4) < 0 || PyByteArray_Resize(tf_b, m * 2) < 0) {
        goto done;
    }
    out = PyTuple_Pack(4, df_b, pass_b, tf_b, place_b);
done:
    Py_XDECREF(df_b);
    Py_XDECREF(pass_b);
    Py_XDECREF(tf_b);
    Py_XDECREF(place_b);
    release(&pos);
    for (int i = 0; i < 3; i++) {
        release(held[i]);
    }
    return out;
}

/* ---- pairs of words side by side (`acronyms._common_pairs`) ----------------------------- */

PyDoc_STRVAR(pairs_doc,
"pairs(words, first, last) -> codes\n\n"
"The pairs of words side by side whose first word is one of first to last - 1 (words: int32,\n"
"non-negative), in order, each as one 64-bit number: the first word's id in the high 32 bits,\n"
"the second's in the low (uint64), as `acronyms._pairs` makes them.");

static PyObject *pairs(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *words_o;
    long long first, last;
    Arr words;
    if (!PyArg_ParseTuple(args, "OLL", &words_o, &first, &last)) {
        return NULL;
    }
    if (acquire(words_o, &words, 'i', 4, 0, "words") < 0) {
        return NULL;
    }
    const int32_t *w = words.view.buf;
    Py_ssize_t n = words.n, found = 0;
    /* Without branches (which words lead a run's pairs is unpredictable): one unsigned
     * comparison a word, and every pair written, the slot moved on only for those kept. */
    uint64_t span = (uint64_t)(last - first);
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i + 1 < n; i++) {
        found += (uint64_t)((int64_t)w[i] - first) < span;
    }
    Py_END_ALLOW_THREADS
    PyObject *out = PyByteArray_FromStringAndSize(NULL, (found + 1) * 8);
    if (out) {
        uint64_t *code = (uint64_t *)PyByteArray_AS_STRING(out);
        Py_BEGIN_ALLOW_THREADS
        Py_ssize_t k = 0;
        for (Py_ssize_t i = 0; i + 1 < n; i++) {
            /* as numpy's astype(uint64) of an int32: a negative id wraps (none is given) */
            code[k] = ((uint64_t)(int64_t)w[i] << 32) | (uint64_t)(int64_t)w[i + 1];
            k += (uint64_t)((int64_t)w[i] - first) < span;
        }
        Py_END_ALLOW_THREADS
        if (PyByteArray_Resize(out, found * 8) < 0) {
            Py_CLEAR(out);
        }
    }
    release(&words);
    return out;
}

static PyMethodDef methods[] = {
    {"place", place, METH_VARARGS, place_doc},
    {"passage_table", passage_table, METH_VARARGS, passage_table_doc},
    {"postings", postings, METH_VARARGS, postings_doc},
    {"pairs", pairs, METH_VARARGS, pairs_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "corpus._inverting",
    "The build's inversion loops in C (see inversion.py).", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__inverting(void) {
    return PyModule_Create(&module);
}
