/* The postings stages' inner loops in C (`kernels.py` says when they are used, README "Speed
 * and scale" why C and what they save).
 *
 * Each function reads numpy arrays through the buffer protocol (no numpy headers needed to
 * build) and returns its results as bytearrays, which `kernels.py` views as arrays. Every
 * index read from an array is checked against the length of the array it indexes: a
 * malformed index raises ValueError, never reads out of bounds. The loops run without the
 * GIL, on the buffers held for the call; the values they index by are read once and checked
 * where they are used.
 *
 * The float32 arithmetic is the numpy path's, operation for operation and in the same order
 * (built with -ffp-contract=off: no fused multiply-add), so the scores are the same to the bit.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* ---- arrays through the buffer protocol ------------------------------------------------- */

typedef struct {
    Py_buffer view;
    const char *data;
    Py_ssize_t n;  /* items */
    char kind;     /* 'i' signed integer, 'u' unsigned integer, 'f' float */
    int size;      /* bytes an item */
    int held;
} Arr;

static void release(Arr *a) {
    if (a->held) {
        PyBuffer_Release(&a->view);
        a->held = 0;
    }
}

/* A one-dimensional C-contiguous array of `obj`, of kind `want` ('i': any integer type,
 * 'f': float32, 'd': float64), writable if asked. */
static int acquire(PyObject *obj, Arr *a, char want, int writable, const char *name) {
    int flags = PyBUF_C_CONTIGUOUS | PyBUF_FORMAT | (writable ? PyBUF_WRITABLE : 0);
    a->held = 0;
    if (PyObject_GetBuffer(obj, &a->view, flags) < 0) {
        return -1;
    }
    a->held = 1;
    const char *f = a->view.format ? a->view.format : "B";
    if (*f == '@' || *f == '=' || (PY_LITTLE_ENDIAN && *f == '<') || (!PY_LITTLE_ENDIAN && (*f == '>' || *f == '!'))) {
        f++;
    }
    a->size = (int)a->view.itemsize;
    a->kind = 0;
    if (f[0] && !f[1]) {
        if (strchr("bhilqn", f[0])) a->kind = 'i';
        else if (strchr("BHILQN?", f[0])) a->kind = 'u';
        else if (f[0] == 'f' && a->size == 4) a->kind = 'f';
        else if (f[0] == 'd' && a->size == 8) a->kind = 'd';
    }
    int sized = a->size == 1 || a->size == 2 || a->size == 4 || a->size == 8;
    if (a->view.ndim > 1 || !sized || (want == 'i' ? (a->kind != 'i' && a->kind != 'u') : a->kind != want)) {
        PyErr_Format(PyExc_ValueError, "%s: an array of %s expected (format %s, %zd-byte items, %d dimensions)",
                     name, want == 'f' ? "float32" : want == 'd' ? "float64" : "integers", f, a->view.itemsize, a->view.ndim);
        release(a);
        return -1;
    }
    a->data = (const char *)a->view.buf;
    a->n = a->view.len / a->size;
    return 0;
}

/* Item i (0 <= i < a->n, the caller's check) of an integer array, as a signed 64-bit number
 * (an unsigned 64-bit value past INT64_MAX reads negative, and is refused where it indexes). */
static inline int64_t item(const Arr *a, Py_ssize_t i) {
    switch (a->size) {
    case 1: return a->kind == 'u' ? (int64_t)((const uint8_t *)a->data)[i] : (int64_t)((const int8_t *)a->data)[i];
    case 2: return a->kind == 'u' ? (int64_t)((const uint16_t *)a->data)[i] : (int64_t)((const int16_t *)a->data)[i];
    case 4: return a->kind == 'u' ? (int64_t)((const uint32_t *)a->data)[i] : (int64_t)((const int32_t *)a->data)[i];
    default: return ((const int64_t *)a->data)[i];
    }
}

/* Items from to to - 1 (within the array: the caller's check) as 64-bit numbers: the type
 * chosen once, not an item at a time (a loop the compiler vectorises). */
static void copy_items(const Arr *a, Py_ssize_t from, Py_ssize_t to, int64_t *out) {
    Py_ssize_t n = to - from;
#define COPY(type) do { const type *x = (const type *)a->data + from; for (Py_ssize_t i = 0; i < n; i++) out[i] = (int64_t)x[i]; } while (0)
    switch (a->size * (a->kind == 'u' ? -1 : 1)) {
    case 1: COPY(int8_t); break;
    case -1: COPY(uint8_t); break;
    case 2: COPY(int16_t); break;
    case -2: COPY(uint16_t); break;
    case 4: COPY(int32_t); break;
    case -4: COPY(uint32_t); break;
    default: COPY(int64_t); break;
    }
#undef COPY
}

static PyObject *bytes_of(Py_ssize_t items, Py_ssize_t size, char **data) {
    if (items > PY_SSIZE_T_MAX / (size ? size : 1)) {
        return PyErr_NoMemory();
    }
    PyObject *b = PyByteArray_FromStringAndSize(NULL, items * size);
    if (b) {
        *data = PyByteArray_AS_STRING(b);
    }
    return b;
}

static PyObject *malformed(const char *what) {
    PyErr_Format(PyExc_ValueError, "malformed index arrays: %s", what);
    return NULL;
}

/* ---- a term's runs (`splitids.py`) ------------------------------------------------------- */

/* The runs' offsets of terms[i] (ptr[t*H] .. ptr[t*H + H]: H + 1 values, absolute), checked:
 * non-decreasing, from 0, within the postings. Written to runs[i*(H+1) ...]. */
static int term_runs(const Arr *ptr, int64_t highs, const Arr *terms, Py_ssize_t postings, int64_t *runs) {
    int64_t n_terms = (ptr->n - 1) / highs;
    for (Py_ssize_t i = 0; i < terms->n; i++) {
        int64_t t = item(terms, i);
        if (t < 0 || t >= n_terms) {
            return -1;
        }
        int64_t prev = 0;
        for (int64_t h = 0; h <= highs; h++) {
            int64_t r = item(ptr, (Py_ssize_t)(t * highs + h));
            if (r < prev || r > postings) {
                return -1;
            }
            runs[i * (highs + 1) + h] = prev = r;
        }
    }
    return 0;
}

/* Parsed and checked: the split ids' layout shared by the postings' kernels. */
typedef struct {
    Arr ptr, terms, low, impact;
    int64_t highs, width;
    int64_t *runs;
} Postings;

static void postings_release(Postings *p) {
    release(&p->ptr);
    release(&p->terms);
    release(&p->low);
    release(&p->impact);
    PyMem_Free(p->runs);
    p->runs = NULL;
}

/* `impact` may be NULL: the ids alone are read. */
static int postings_acquire(Postings *p, PyObject *ptr, PyObject *terms, PyObject *low, PyObject *impact,
                            long long highs, long long width) {
    memset(p, 0, sizeof(*p));
    if (acquire(ptr, &p->ptr, 'i', 0, "ptr") < 0 || acquire(terms, &p->terms, 'i', 0, "terms") < 0
        || acquire(low, &p->low, 'i', 0, "post_low") < 0
        || (impact && acquire(impact, &p->impact, 'i', 0, "post_impact") < 0)) {
        postings_release(p);
        return -1;
    }
    if (p->low.size != 2 || p->low.kind != 'u' || (impact && (p->impact.size != 1 || p->impact.kind != 'u'))) {
        postings_release(p);
        malformed("post_low must be uint16 and post_impact uint8");
        return -1;
    }
    /* ids are int32: the highest high part, shifted, and a low part must fit */
    if (highs < 1 || width < 0 || width > 16 || p->ptr.n < 1
        || ((int64_t)(highs - 1) << width) > (int64_t)INT32_MAX - 65535) {
        postings_release(p);
        malformed("the ids' split");
        return -1;
    }
    p->highs = highs;
    p->width = width;
    p->runs = PyMem_Malloc(sizeof(int64_t) * (size_t)(p->terms.n * (highs + 1) + 1));
    if (!p->runs) {
        postings_release(p);
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t postings = impact && p->impact.n < p->low.n ? p->impact.n : p->low.n;
    if (term_runs(&p->ptr, highs, &p->terms, postings, p->runs) < 0) {
        postings_release(p);
        malformed("a term's postings out of range");
        return -1;
    }
    return 0;
}

/* ---- reading postings whole -------------------------------------------------------------- */

PyDoc_STRVAR(read_terms_doc,
"read_terms(ptr, highs, width, terms, post_low, post_impact, scale, share, scores=None, keep=True)\n"
"-> (ids int32, impacts float32, offsets int64)\n\n"
"The terms' postings laid end to end: ids whole, each impact level * scale[i] + share[i];\n"
"each impact added to scores[id] too when scores is given (term after term, in order). With\n"
"keep false (and scores given), only added: ids and impacts come back empty.");

static PyObject *read_terms(PyObject *self, PyObject *args) {
    PyObject *ptr_o, *terms_o, *low_o, *impact_o, *scale_o, *share_o, *scores_o = Py_None;
    long long highs, width;
    int keep = 1;
    if (!PyArg_ParseTuple(args, "OLLOOOOO|Op", &ptr_o, &highs, &width, &terms_o, &low_o, &impact_o,
                          &scale_o, &share_o, &scores_o, &keep)) {
        return NULL;
    }
    keep = keep || scores_o == Py_None;
    Postings p;
    if (postings_acquire(&p, ptr_o, terms_o, low_o, impact_o, highs, width) < 0) {
        return NULL;
    }
    Arr scale = {0}, share = {0}, scores = {0};
    PyObject *ids_b = NULL, *vals_b = NULL, *offs_b = NULL, *result = NULL;
    if (acquire(scale_o, &scale, 'f', 0, "scale") < 0 || acquire(share_o, &share, 'f', 0, "share") < 0
        || (scores_o != Py_None && acquire(scores_o, &scores, 'f', 1, "scores") < 0)) {
        goto done;
    }
    Py_ssize_t n_terms = p.terms.n;
    if (scale.n < n_terms || share.n < n_terms) {
        malformed("a scale and a share a term");
        goto done;
    }
    int64_t H = p.highs, total = 0;
    for (Py_ssize_t i = 0; i < n_terms; i++) {
        total += p.runs[i * (H + 1) + H] - p.runs[i * (H + 1)];
    }
    char *ids_c = NULL, *vals_c = NULL, *offs_c = NULL;
    Py_ssize_t kept = keep ? total : 0;  /* not kept: nothing written but the sums */
    if (!(ids_b = bytes_of(kept, 4, &ids_c)) || !(vals_b = bytes_of(kept, 4, &vals_c))
        || !(offs_b = bytes_of(n_terms + 1, 8, &offs_c))) {
        goto done;
    }
    int32_t *ids = (int32_t *)ids_c;
    float *vals = (float *)vals_c;
    int64_t *offsets = (int64_t *)offs_c;
    const uint16_t *low = (const uint16_t *)p.low.data;
    const uint8_t *level = (const uint8_t *)p.impact.data;
    const float *sc = (const float *)scale.data, *sh = (const float *)share.data;
    float *sum = scores.held ? (float *)scores.data : NULL;
    Py_ssize_t n_scores = scores.held ? scores.n : 0;
    int bad = 0;
    Py_BEGIN_ALLOW_THREADS
    int64_t o = 0;
    for (Py_ssize_t i = 0; i < n_terms && !bad; i++) {
        const int64_t *r = p.runs + i * (H + 1);
        float s = sc[i], f = sh[i];
        offsets[i] = o;
        for (int64_t h = 0; h < H; h++) {
            int32_t high = (int32_t)(h << p.width);
            for (int64_t k = r[h]; k < r[h + 1]; k++, o++) {
                float v = (float)level[k] * s;
                v = v + f;
                int32_t id = high + (int32_t)low[k];
                if (keep) {
                    ids[o] = id;
                    vals[o] = v;
                }
                if (sum) {
                    if (id >= n_scores) {
                        bad = 1;
                        break;
                    }
                    sum[id] = sum[id] + v;
                }
            }
        }
    }
    offsets[n_terms] = o;
    Py_END_ALLOW_THREADS
    if (bad) {
        malformed("a passage id past the scores");
        goto done;
    }
    result = PyTuple_Pack(3, ids_b, vals_b, offs_b);
done:
    Py_XDECREF(ids_b);
    Py_XDECREF(vals_b);
    Py_XDECREF(offs_b);
    release(&scale);
    release(&share);
    release(&scores);
    postings_release(&p);
    return result;
}

/* ---- which terms a passage holds, as bits --------------------------------------------- */

/* The bit of each of `n` terms (bits[i], 0 to 63) as a one-bit mask, checked; NULL with an
 * exception set when one is out of range or memory runs out. */
static uint64_t *term_bits(const Arr *bits, Py_ssize_t n) {
    if (bits->n < n) {
        malformed("a bit a term");
        return NULL;
    }
    uint64_t *one = PyMem_Malloc(sizeof(uint64_t) * (size_t)(n + 1));
    if (!one) {
        PyErr_NoMemory();
        return NULL;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t b = item(bits, i);
        if (b < 0 || b > 63) {
            PyMem_Free(one);
            malformed("a term's bit out of range");
            return NULL;
        }
        one[i] = (uint64_t)1 << b;
    }
    return one;
}

/* A writable array of uint64 masks, `n` of them at least. */
static int acquire_masks(PyObject *obj, Arr *a, Py_ssize_t n) {
    if (acquire(obj, a, 'i', 1, "masks") < 0) {
        return -1;
    }
    if (a->size != 8 || a->kind != 'u' || a->n < n) {
        release(a);
        malformed("a uint64 mask a passage");
        return -1;
    }
    return 0;
}

/* ---- summing by passage ------------------------------------------------------------------ */

PyDoc_STRVAR(sum_by_id_doc,
"sum_by_id(ids, values, offsets=None, bits=None) -> (distinct ids int32 sorted, sums float32, masks)\n\n"
"Each distinct id's values added from 0 in the order they come (a stable sort by id):\n"
"what numpy's stable argsort and add.at over the groups give. With `offsets` (where each\n"
"term's ids start in `ids`, then the end) and `bits` (a bit a term, 0 to 63), masks holds for\n"
"each distinct id the bits of the terms it came from (uint64); else masks is None.");

static PyObject *sum_by_id(PyObject *self, PyObject *args) {
    PyObject *ids_o, *vals_o, *offs_o = Py_None, *bits_o = Py_None;
    if (!PyArg_ParseTuple(args, "OO|OO", &ids_o, &vals_o, &offs_o, &bits_o)) {
        return NULL;
    }
    Arr ids = {0}, vals = {0}, offs = {0}, bits = {0};
    PyObject *out_ids = NULL, *out_sums = NULL, *out_masks = NULL, *result = NULL;
    uint32_t *key = NULL, *order = NULL, *spare = NULL;
    uint64_t *one = NULL, *from = NULL;  /* each term's bit; each id's, in the order they come */
    if (acquire(ids_o, &ids, 'i', 0, "ids") < 0 || acquire(vals_o, &vals, 'f', 0, "values") < 0
        || (offs_o != Py_None && (acquire(offs_o, &offs, 'i', 0, "offsets") < 0 || acquire(bits_o, &bits, 'i', 0, "bits") < 0))) {
        goto done;
    }
    Py_ssize_t n = ids.n;
    if (vals.n != n || n > (Py_ssize_t)UINT32_MAX) {
        malformed("as many values as ids");
        goto done;
    }
    if (offs.held) {  /* each id's term's bit, the offsets checked: from 0 to n, in order */
        Py_ssize_t n_terms = offs.n - 1;
        if (n_terms < 0 || item(&offs, 0) != 0 || item(&offs, n_terms) != n) {
            malformed("offsets from 0 to the ids' end");
            goto done;
        }
        if (!(one = term_bits(&bits, n_terms))) goto done;
        if (!(from = PyMem_Malloc(sizeof(uint64_t) * (size_t)(n + 1)))) {
            PyErr_NoMemory();
            goto done;
        }
        for (Py_ssize_t t = 0; t < n_terms; t++) {
            int64_t a = item(&offs, t), b = item(&offs, t + 1);
            if (a > b) {
                malformed("offsets in order");
                goto done;
            }
            for (int64_t k = a; k < b; k++) from[k] = one[t];
        }
    }
    key = PyMem_Malloc(sizeof(uint32_t) * (size_t)(n + 1));
    order = PyMem_Malloc(sizeof(uint32_t) * (size_t)(n + 1));
    spare = PyMem_Malloc(sizeof(uint32_t) * (size_t)(n + 1));
    if (!key || !order || !spare) {
        PyErr_NoMemory();
        goto done;
    }
    uint32_t most = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t v = item(&ids, i);
        if (v < 0 || v > (int64_t)INT32_MAX) {
            malformed("an id out of range");
            goto done;
        }
        key[i] = (uint32_t)v;
        order[i] = (uint32_t)i;
        if (key[i] > most) most = key[i];
    }
    Py_ssize_t groups = 0;
    Py_BEGIN_ALLOW_THREADS
    /* A stable LSD radix sort of the places by id, 11 bits a pass, as many passes as the
     * largest id needs. */
    enum { BITS = 11, BINS = 1 << BITS };
    size_t count[BINS];
    for (int shift = 0; shift < 32 && (most >> shift); shift += BITS) {
        memset(count, 0, sizeof(count));
        for (Py_ssize_t i = 0; i < n; i++) count[(key[order[i]] >> shift) & (BINS - 1)]++;
        size_t at = 0;
        for (int b = 0; b < BINS; b++) {
            size_t c = count[b];
            count[b] = at;
            at += c;
        }
        for (Py_ssize_t i = 0; i < n; i++) spare[count[(key[order[i]] >> shift) & (BINS - 1)]++] = order[i];
        uint32_t *t = order;
        order = spare;
        spare = t;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i == 0 || key[order[i]] != key[order[i - 1]]) groups++;
    }
    Py_END_ALLOW_THREADS
    char *ic = NULL, *sc = NULL, *mc = NULL;
    if (!(out_ids = bytes_of(groups, 4, &ic)) || !(out_sums = bytes_of(groups, 4, &sc))) {
        goto done;
    }
    if (from) {
        if (!(out_masks = bytes_of(groups, 8, &mc))) goto done;
    } else {
        Py_INCREF(Py_None);
        out_masks = Py_None;
    }
    int32_t *gid = (int32_t *)ic;
    float *gsum = (float *)sc;
    uint64_t *gmask = (uint64_t *)mc;
    const float *v = (const float *)vals.data;
    Py_BEGIN_ALLOW_THREADS
    Py_ssize_t g = -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        uint32_t at = order[i];
        if (i == 0 || key[at] != key[order[i - 1]]) {
            g++;
            gid[g] = (int32_t)key[at];
            gsum[g] = 0.0f;
            if (from) gmask[g] = 0;
        }
        gsum[g] = gsum[g] + v[at];
        if (from) gmask[g] |= from[at];
    }
    Py_END_ALLOW_THREADS
    result = PyTuple_Pack(3, out_ids, out_sums, out_masks);
done:
    PyMem_Free(key);
    PyMem_Free(order);
    PyMem_Free(spare);
    PyMem_Free(one);
    PyMem_Free(from);
    Py_XDECREF(out_ids);
    Py_XDECREF(out_sums);
    Py_XDECREF(out_masks);
    release(&ids);
    release(&vals);
    release(&offs);
    release(&bits);
    return result;
}

/* ---- finding passages in a term's postings ----------------------------------------------- */

/* The first place in low[lo:hi] whose value is >= key (hi if none): galloping from lo, then a
 * binary search in the last step's span. Sorted keys sought in turn, each from where the
 * previous landed, read few values. */
static inline int64_t gallop(const uint16_t *low, int64_t lo, int64_t hi, uint16_t key) {
    int64_t step = 1, base = lo;
    while (base + step < hi && low[base + step] < key) {
        base += step;
        step <<= 1;
    }
    if (base < hi && low[base] >= key) {
        return base;
    }
    int64_t a = base + 1, b = base + step < hi ? base + step : hi;  /* low[a-1] < key */
    if (a >= b) {
        return a;
    }
    /* the first of low[a:b] >= key (b if none), without a branch on what is read: the
     * comparison picks the half, the processor need not guess it */
    const uint16_t *at = low + a;
    for (int64_t n = b - a; n > 1; ) {
        int64_t half = n >> 1;
        at = at[half] < key ? at + half : at;
        n -= half;
    }
    return (at - low) + (*at < key);
}

/* For sorted `passages` (as int64 in `wanted`): where each is, or would be, in term runs `r`
 * (absolute offsets, H runs): the first place of its run at or past it, clipped to the run's
 * last (a run's first place for an empty run, the list's end for an id past every run); and
 * whether it is there. */
static void locate(const uint16_t *low, const int64_t *r, int64_t H, int64_t width, const int64_t *wanted,
                   Py_ssize_t n, int64_t *where, uint8_t *found) {
    int64_t mask = ((int64_t)1 << width) - 1, h_at = -1, lo = 0, prev = -1;
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t p = wanted[i];
        int64_t h = p >> width;
        if (p < 0 || h >= H) {
            where[i] = p < 0 ? r[0] : r[H];
            found[i] = 0;
            continue;
        }
        if (h != h_at || p < prev) {
            h_at = h;
            lo = r[h];
        }
        prev = p;
        int64_t end = r[h + 1];
        uint16_t key = (uint16_t)(p & mask);
        lo = gallop(low, lo, end, key);
        found[i] = lo < end && low[lo] == key;
        where[i] = lo < end ? lo : (end > r[h] ? end - 1 : end);
    }
}

static int64_t *sorted_ids(const Arr *a) {
    int64_t *w = PyMem_Malloc(sizeof(int64_t) * (size_t)(a->n + 1));
    if (!w) {
        PyErr_NoMemory();
        return NULL;
    }
    copy_items(a, 0, a->n, w);
    return w;
}

PyDoc_STRVAR(scores_of_doc,
"scores_of(ptr, highs, width, terms, post_low, post_impact, passages, scale, share, weight,\n"
"          bits=None, masks=None) -> float32 bytes, one a passage\n\n"
"What the terms add to each of the sorted passages: weight[i] * (level * scale[i] + share[i])\n"
"where the passage holds term i, added term after term. With `bits` (a bit a term, 0 to 63)\n"
"and `masks` (uint64, one a passage, written in place), the bit of each term a passage holds\n"
"is set in its mask.");

static PyObject *scores_of(PyObject *self, PyObject *args) {
    PyObject *ptr_o, *terms_o, *low_o, *impact_o, *pass_o, *scale_o, *share_o, *weight_o;
    PyObject *bits_o = Py_None, *masks_o = Py_None;
    long long highs, width;
    if (!PyArg_ParseTuple(args, "OLLOOOOOOO|OO", &ptr_o, &highs, &width, &terms_o, &low_o, &impact_o, &pass_o,
                          &scale_o, &share_o, &weight_o, &bits_o, &masks_o)) {
        return NULL;
    }
    Postings p;
    if (postings_acquire(&p, ptr_o, terms_o, low_o, impact_o, highs, width) < 0) {
        return NULL;
    }
    Arr passages = {0}, scale = {0}, share = {0}, weight = {0}, bits = {0}, masks = {0};
    PyObject *out = NULL;
    int64_t *wanted = NULL, *where = NULL;
    uint8_t *held = NULL;
    uint64_t *one = NULL;
    if (acquire(pass_o, &passages, 'i', 0, "passages") < 0 || acquire(scale_o, &scale, 'f', 0, "scale") < 0
        || acquire(share_o, &share, 'f', 0, "share") < 0 || acquire(weight_o, &weight, 'f', 0, "weight") < 0
        || (masks_o != Py_None && (acquire(bits_o, &bits, 'i', 0, "bits") < 0
                                   || acquire_masks(masks_o, &masks, passages.n) < 0))) {
        goto done;
    }
    Py_ssize_t n = passages.n, n_terms = p.terms.n;
    if (scale.n < n_terms || share.n < n_terms || weight.n < n_terms) {
        malformed("a scale, a share and a weight a term");
        goto done;
    }
    if (masks.held && !(one = term_bits(&bits, n_terms))) {
        goto done;
    }
    uint64_t *mask = masks.held ? (uint64_t *)masks.data : NULL;
    char *oc = NULL;
    if (!(wanted = sorted_ids(&passages)) || !(where = PyMem_Malloc(sizeof(int64_t) * (size_t)(n + 1)))
        || !(held = PyMem_Malloc((size_t)(n + 1))) || !(out = bytes_of(n, 4, &oc))) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    float *scores = (float *)oc;
    const uint16_t *low = (const uint16_t *)p.low.data;
    const uint8_t *level = (const uint8_t *)p.impact.data;
    const float *sc = (const float *)scale.data, *sh = (const float *)share.data, *w = (const float *)weight.data;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t i = 0; i < n; i++) scores[i] = 0.0f;
    for (Py_ssize_t t = 0; t < n_terms; t++) {
        locate(low, p.runs + t * (p.highs + 1), p.highs, p.width, wanted, n, where, held);
        for (Py_ssize_t i = 0; i < n; i++) {
            if (held[i]) {
                float v = (float)level[where[i]] * sc[t];
                v = v + sh[t];
                v = w[t] * v;
                scores[i] = scores[i] + v;
                if (mask) mask[i] |= one[t];
            }
        }
    }
    Py_END_ALLOW_THREADS
done:
    PyMem_Free(wanted);
    PyMem_Free(where);
    PyMem_Free(held);
    PyMem_Free(one);
    release(&passages);
    release(&scale);
    release(&share);
    release(&weight);
    release(&bits);
    release(&masks);
    postings_release(&p);
    return out;
}

PyDoc_STRVAR(find_doc,
"find(ptr, highs, width, terms, post_low, passages) -> (places int64, found bool)\n\n"
"Where each of the sorted passages is in the one term's postings, as a place from its first\n"
"posting (clipped to the list where absent), and whether it is there.");

static PyObject *find(PyObject *self, PyObject *args) {
    PyObject *ptr_o, *terms_o, *low_o, *pass_o;
    long long highs, width;
    if (!PyArg_ParseTuple(args, "OLLOOO", &ptr_o, &highs, &width, &terms_o, &low_o, &pass_o)) {
        return NULL;
    }
    Postings p;
    if (postings_acquire(&p, ptr_o, terms_o, low_o, NULL, highs, width) < 0) {  /* only the ids are read */
        return NULL;
    }
    Arr passages = {0};
    PyObject *at_b = NULL, *found_b = NULL, *result = NULL;
    int64_t *wanted = NULL;
    if (p.terms.n != 1) {
        malformed("find: one term");
        goto done;
    }
    if (acquire(pass_o, &passages, 'i', 0, "passages") < 0) {
        goto done;
    }
    Py_ssize_t n = passages.n;
    char *ac = NULL, *fc = NULL;
    if (!(wanted = sorted_ids(&passages)) || !(at_b = bytes_of(n, 8, &ac)) || !(found_b = bytes_of(n, 1, &fc))) {
        goto done;
    }
    int64_t *at = (int64_t *)ac;
    uint8_t *found = (uint8_t *)fc;
    const uint16_t *low = (const uint16_t *)p.low.data;
    const int64_t *r = p.runs;
    Py_BEGIN_ALLOW_THREADS
    locate(low, r, p.highs, p.width, wanted, n, at, found);
    for (Py_ssize_t i = 0; i < n; i++) {
        at[i] -= r[0];  /* from the term's first posting */
        if (at[i] >= r[p.highs] - r[0] && at[i] > 0) at[i]--;
    }
    Py_END_ALLOW_THREADS
    result = PyTuple_Pack(2, at_b, found_b);
done:
    PyMem_Free(wanted);
    Py_XDECREF(at_b);
    Py_XDECREF(found_b);
    release(&passages);
    postings_release(&p);
    return result;
}

/* ---- a term's positions (`places.py`) ---------------------------------------------------- */

/* A term's places in its postings' passages (`places.py`), checked as they are read. */
typedef struct {
    const void *place;  /* word_place */
    int place_size;
    int64_t w0, w1;     /* the term's: place[w0:w1] */
    const uint8_t *bits;
    const uint16_t *low;
    const int64_t *runs;
    int64_t highs, width, first, n_post;
    const Arr *bounds;  /* pass_ptr */
} Places;

/* The positions of place[w0:w1] into o: each an occurrence's passage's start plus its place,
 * the top bit of a place opening the next posting that holds the term in its text (every
 * posting, unless some hold it in their heading only: then their bits say which, as
 * places.decode reads them). One loop for each type of places and of bounds (an item's type
 * not tested at each), run without the GIL. 1 when the places and postings disagree. */
#define DECODE_PLACES(PT, BOUND) do {                                                           \
    const PT *pl = (const PT *)d->place;                                                        \
    for (int64_t i = d->w0; i < d->w1; i++) {                                                   \
        uint64_t v = pl[i];                                                                     \
        if (v >= top) {                                                                         \
            k++;                                                                                \
            while (filtered && k < d->n_post && !((d->bits[(d->first + k) >> 3] >> ((d->first + k) & 7)) & 1)) k++; \
            if (k >= d->n_post) return 1;                                                       \
            while (h + 1 < d->highs && d->runs[h + 1] - d->first <= k) h++;                     \
            int64_t id = ((int64_t)h << d->width) + d->low[d->first + k];                       \
            if (id + 1 >= d->bounds->n) return 1;                                               \
            start = BOUND(id);                                                                  \
        } else if (k < 0) {                                                                     \
            return 1;                                                                           \
        }                                                                                       \
        o[i - d->w0] = start + (int64_t)(v & (top - 1));                                        \
    }                                                                                           \
} while (0)

#define BOUND32(id) ((int64_t)((const int32_t *)d->bounds->data)[id])
#define BOUND64(id) (((const int64_t *)d->bounds->data)[id])
#define BOUND_ANY(id) item(d->bounds, id)
#define DECODE_BOUNDS(PT) do {                                                                  \
    if (d->bounds->size == 4 && d->bounds->kind == 'i') DECODE_PLACES(PT, BOUND32);             \
    else if (d->bounds->size == 8) DECODE_PLACES(PT, BOUND64);                                  \
    else DECODE_PLACES(PT, BOUND_ANY);                                                          \
} while (0)

static int decode_places(const Places *d, int64_t *o) {
    uint64_t top = (uint64_t)1 << (8 * d->place_size - 1);
    int64_t opens = 0, k = -1, h = 0, start = 0;  /* k: the posting (from the term's first) of the occurrence */
    for (int64_t i = d->w0; i < d->w1; i++) {
        uint64_t v = d->place_size == 1 ? ((const uint8_t *)d->place)[i]
                   : d->place_size == 2 ? ((const uint16_t *)d->place)[i] : ((const uint32_t *)d->place)[i];
        opens += v >= top;
    }
    int filtered = opens != d->n_post;
    switch (d->place_size) {
    case 1: DECODE_BOUNDS(uint8_t); break;
    case 2: DECODE_BOUNDS(uint16_t); break;
    default: DECODE_BOUNDS(uint32_t); break;
    }
    return 0;
}

PyDoc_STRVAR(positions_doc,
"positions(ptr, highs, width, terms, post_low, word_ptr, word_place, post_text, dense_ptr, word_at,\n"
"          pass_ptr) -> int64 bytes\n\n"
"Where the one term stands in the joined word sequences, in order: its positions stored whole,\n"
"or its places in its postings' passages (`places.decode`).");

static PyObject *positions(PyObject *self, PyObject *args) {
    PyObject *ptr_o, *terms_o, *low_o, *wptr_o, *place_o, *text_o, *dense_o, *whole_o, *bounds_o;
    long long highs, width;
    if (!PyArg_ParseTuple(args, "OLLOOOOOOOO", &ptr_o, &highs, &width, &terms_o, &low_o, &wptr_o, &place_o,
                          &text_o, &dense_o, &whole_o, &bounds_o)) {
        return NULL;
    }
    Postings p;
    if (postings_acquire(&p, ptr_o, terms_o, low_o, NULL, highs, width) < 0) {
        return NULL;
    }
    Arr wptr = {0}, place = {0}, text = {0}, dense = {0}, whole = {0}, bounds = {0};
    PyObject *out = NULL;
    if (acquire(wptr_o, &wptr, 'i', 0, "word_ptr") < 0 || acquire(place_o, &place, 'i', 0, "word_place") < 0
        || acquire(text_o, &text, 'i', 0, "post_text") < 0 || acquire(dense_o, &dense, 'i', 0, "dense_ptr") < 0
        || acquire(whole_o, &whole, 'i', 0, "word_at") < 0 || acquire(bounds_o, &bounds, 'i', 0, "pass_ptr") < 0) {
        goto done;
    }
    if (p.terms.n != 1 || place.kind != 'u' || place.size > 4 || text.size != 1) {
        malformed("positions: one term, unsigned places, a byte of bits");
        goto done;
    }
    int64_t t = item(&p.terms, 0);
    if (t + 1 >= wptr.n || t + 1 >= dense.n) {
        malformed("a term past word_ptr or dense_ptr");
        goto done;
    }
    int64_t d0 = item(&dense, t), d1 = item(&dense, t + 1);
    char *oc = NULL;
    if (d1 > d0) {  /* a term found thousands of times: its positions stored whole */
        if (d0 < 0 || d1 > whole.n) {
            malformed("dense_ptr past word_at");
            goto done;
        }
        if (!(out = bytes_of(d1 - d0, 8, &oc))) goto done;
        copy_items(&whole, d0, d1, (int64_t *)oc);
        goto done;
    }
    int64_t w0 = item(&wptr, t) - d0, w1 = item(&wptr, t + 1) - d0;
    int64_t first = p.runs[0], n_post = p.runs[p.highs] - first;
    if (w0 < 0 || w1 < w0 || w1 > place.n || first < 0 || (first + n_post + 7) / 8 > text.n) {
        malformed("a term's places out of range");
        goto done;
    }
    if (!(out = bytes_of(w1 - w0, 8, &oc))) goto done;
    int64_t *o = (int64_t *)oc;
    int bad = 0;
    Places places = {place.data, place.size, w0, w1, (const uint8_t *)text.data, (const uint16_t *)p.low.data,
                     p.runs, p.highs, p.width, first, n_post, &bounds};
    Py_BEGIN_ALLOW_THREADS
    bad = decode_places(&places, o);
    Py_END_ALLOW_THREADS
    if (bad) {
        Py_CLEAR(out);
        malformed("a term's places and postings disagree");
    }
done:
    release(&wptr);
    release(&place);
    release(&text);
    release(&dense);
    release(&whole);
    release(&bounds);
    postings_release(&p);
    return out;
}

/* ---- verbatim runs (`phrases.py`) -------------------------------------------------------- */

typedef struct {
    const Arr *codes, *rare_at, *rare_term;
    const uint16_t *wanted_codes;  /* every word's codes, laid end to end */
    const int64_t *code_ptr;        /* word j's: wanted_codes[code_ptr[j]:code_ptr[j+1]] */
    const int64_t *wanted_rare, *rare_ptr;
} Sequence;

enum { ESCAPE = 65535, AHEAD = 32 };

#if defined(__GNUC__) || defined(__clang__)
#define PREFETCH(address) __builtin_prefetch(address)
#else
#define PREFETCH(address) ((void)0)
#endif

/* Whether the word at `pos` (0 <= pos < codes->n), stored as `code`, is one of word j's ids. */
static inline int holds(const Sequence *s, int64_t j, uint16_t code, int64_t pos) {
    int held = 0;
    for (int64_t c = s->code_ptr[j]; c < s->code_ptr[j + 1]; c++) {
        held |= s->wanted_codes[c] == code;
    }
    if (held || code != ESCAPE || s->rare_ptr[j] == s->rare_ptr[j + 1]) {
        return held;
    }
    /* an escaped word: its id stands apart, at its position's place in rare_at */
    Py_ssize_t a = 0, b = s->rare_at->n;
    while (a < b) {
        Py_ssize_t m = a + (b - a) / 2;
        if (item(s->rare_at, m) < pos) a = m + 1;
        else b = m;
    }
    if (a >= s->rare_at->n || a >= s->rare_term->n) {
        return 0;
    }
    int64_t term = item(s->rare_term, a);
    for (int64_t c = s->rare_ptr[j]; c < s->rare_ptr[j + 1]; c++) {
        if (s->wanted_rare[c] == term) return 1;
    }
    return 0;
}

PyDoc_STRVAR(phrase_runs_doc,
"phrase_runs(at, anchor, codes, rare_at, rare_term, pass_ptr, ids, ids_ptr, term_code, n_terms,\n"
"            before, shortest, content_least)\n"
"-> (passages int64, lengths int64)\n\n"
"From each occurrence `at` of the question's word `anchor`, how far the question's words go\n"
"on in order on either side, cut at the passage's bounds; the runs of `shortest` words or\n"
"more holding `content_least` content words (by `before`), or the whole question. Word j's\n"
"ids are ids[ids_ptr[j]:ids_ptr[j+1]], stored as term_code[id - low] (low = n_terms -\n"
"len(term_code); ESCAPE: stored apart), as `wordcodes.sought` reads them.");

static PyObject *phrase_runs(PyObject *self, PyObject *args) {
    PyObject *at_o, *codes_o, *rare_at_o, *rare_term_o, *bounds_o, *ids_o, *cp_o, *tc_o, *before_o;
    long long anchor, shortest, content_least, n_terms;
    if (!PyArg_ParseTuple(args, "OLOOOOOOOLOLL", &at_o, &anchor, &codes_o, &rare_at_o, &rare_term_o, &bounds_o,
                          &ids_o, &cp_o, &tc_o, &n_terms, &before_o, &shortest, &content_least)) {
        return NULL;
    }
    Arr at = {0}, codes = {0}, rare_at = {0}, rare_term = {0}, bounds = {0}, ids = {0}, cp = {0}, tc = {0},
        before = {0};
    PyObject *own_b = NULL, *len_b = NULL, *result = NULL;
    int64_t *right = NULL, *left = NULL, *cpv = NULL, *wrv = NULL, *rpv = NULL, *bef = NULL;
    int64_t *start_of = NULL;
    uint16_t *wcv = NULL;
    if (acquire(at_o, &at, 'i', 0, "at") < 0 || acquire(codes_o, &codes, 'i', 0, "word_codes") < 0
        || acquire(rare_at_o, &rare_at, 'i', 0, "rare_at") < 0 || acquire(rare_term_o, &rare_term, 'i', 0, "rare_term") < 0
        || acquire(bounds_o, &bounds, 'i', 0, "pass_ptr") < 0 || acquire(ids_o, &ids, 'i', 0, "ids") < 0
        || acquire(cp_o, &cp, 'i', 0, "ids_ptr") < 0 || acquire(tc_o, &tc, 'i', 0, "term_code") < 0
        || acquire(before_o, &before, 'i', 0, "before") < 0) {
        goto done;
    }
    if (codes.size != 2 || codes.kind != 'u') {
        malformed("word_codes must be uint16");
        goto done;
    }
    Py_ssize_t words = cp.n - 1, n = at.n;
    if (words < 1 || before.n != cp.n || anchor < 0 || anchor >= words || bounds.n < 2) {
        malformed("a question's words");
        goto done;
    }
    /* Each word's ids as the sequences store them (`wordcodes.sought`): the codes of those that
     * have one, the ids of those stored apart; an id outside term_code's range, neither. */
    cpv = PyMem_Malloc(sizeof(int64_t) * (size_t)cp.n);
    rpv = PyMem_Malloc(sizeof(int64_t) * (size_t)cp.n);
    bef = PyMem_Malloc(sizeof(int64_t) * (size_t)before.n);
    wcv = PyMem_Malloc(sizeof(uint16_t) * (size_t)(ids.n + 1));
    wrv = PyMem_Malloc(sizeof(int64_t) * (size_t)(ids.n + 1));
    right = PyMem_Malloc(sizeof(int64_t) * (size_t)(n + 1));
    left = PyMem_Malloc(sizeof(int64_t) * (size_t)(n + 1));
    start_of = PyMem_Malloc(sizeof(int64_t) * (size_t)(n + 1));
    if (!cpv || !rpv || !bef || !wcv || !wrv || !right || !left || !start_of) {
        PyErr_NoMemory();
        goto done;
    }
    int64_t low = n_terms - (int64_t)tc.n, n_codes = 0, n_rare = 0;
    cpv[0] = rpv[0] = 0;
    for (Py_ssize_t j = 0; j < cp.n; j++) {
        bef[j] = item(&before, j);
    }
    for (Py_ssize_t j = 0; j < words; j++) {
        int64_t from = item(&cp, j), to = item(&cp, j + 1);
        if (from < 0 || to < from || to > ids.n) {
            malformed("a question's words");
            goto done;
        }
        for (int64_t k = from; k < to; k++) {
            int64_t id = item(&ids, k);
            if (id < low || id >= n_terms) continue;
            int64_t code = item(&tc, id - low);
            if (code == ESCAPE) wrv[n_rare++] = id;
            else wcv[n_codes++] = (uint16_t)code;
        }
        cpv[j + 1] = n_codes;
        rpv[j + 1] = n_rare;
    }
    Sequence seq = {&codes, &rare_at, &rare_term, wcv, cpv, wrv, rpv};
    int64_t total = codes.n, passages = bounds.n - 1;
    Py_ssize_t kept = 0;
    int bad = 0;
    Py_BEGIN_ALLOW_THREADS
    /* From each occurrence, how far the question's words go on rightwards, then leftwards,
     * stopping at the first word missing. The words around an occurrence mostly stand in one
     * cache line, which mostly misses the cache (the sequences are tens of megabytes): the
     * lines of the occurrences AHEAD further on are fetched while this one is walked, so that
     * their misses overlap rather than follow one another. */
    const uint16_t *stored = (const uint16_t *)codes.data;
    int64_t back = anchor, ahead = words - anchor - 1;
    copy_items(&at, 0, n, start_of);
    for (Py_ssize_t i = 0; i < n; i++) {
        if (i + AHEAD < n && start_of[i + AHEAD] >= 0 && start_of[i + AHEAD] < total) {
            int64_t p = start_of[i + AHEAD], lo = p - back, hi = p + ahead;
            PREFETCH(stored + (lo < 0 ? 0 : lo));
            PREFETCH(stored + (hi >= total ? total - 1 : hi));
        }
        int64_t start = start_of[i], r = 0, l = 0;
        int inside = start >= 0 && start < total;  /* else no word there (a damaged index): no run */
        int64_t ahead_here = inside ? ahead : 0, back_here = inside ? back : 0;
        for (int64_t j = 1; j <= ahead_here; j++) {
            int64_t pos = start + j;
            if (pos < 0 || pos >= total || !holds(&seq, anchor + j, stored[pos], pos)) break;
            r = j;
        }
        for (int64_t j = 1; j <= back_here; j++) {
            int64_t pos = start - j;
            if (pos < 0 || pos >= total || !holds(&seq, anchor - j, stored[pos], pos)) break;
            l = j;
        }
        right[i] = r;
        left[i] = l;
    }
    /* Each run cut at its passage's bounds, kept when long enough (written over right, left). */
    for (Py_ssize_t i = 0; i < n; i++) {
        if (left[i] + right[i] + 1 < shortest) continue;
        int64_t start = start_of[i];
        Py_ssize_t a = 0, b = bounds.n;  /* the last bound <= start */
        while (a < b) {
            Py_ssize_t m = a + (b - a) / 2;
            if (item(&bounds, m) <= start) a = m + 1;
            else b = m;
        }
        int64_t passage = (int64_t)a - 1;
        if (passage < 0 || passage >= passages) {
            bad = 1;
            break;
        }
        int64_t lo = item(&bounds, passage), hi = item(&bounds, passage + 1);
        int64_t r = right[i] < hi - 1 - start ? right[i] : hi - 1 - start;
        int64_t l = left[i] < start - lo ? left[i] : start - lo;
        int64_t length = r + l + 1;
        if (r < 0 || l < 0 || anchor + r + 1 >= (int64_t)before.n || anchor - l < 0) {
            bad = 1;
            break;
        }
        int64_t held = bef[anchor + r + 1] - bef[anchor - l];
        if (length >= shortest && (held >= content_least || length == words)) {
            right[kept] = passage;
            left[kept] = length;
            kept++;
        }
    }
    Py_END_ALLOW_THREADS
    if (bad) {
        malformed("a position outside the passages");
        goto done;
    }
    char *oc = NULL, *lc = NULL;
    if (!(own_b = bytes_of(kept, 8, &oc)) || !(len_b = bytes_of(kept, 8, &lc))) {
        goto done;
    }
    memcpy(oc, right, sizeof(int64_t) * (size_t)kept);
    memcpy(lc, left, sizeof(int64_t) * (size_t)kept);
    result = PyTuple_Pack(2, own_b, len_b);
done:
    PyMem_Free(right);
    PyMem_Free(left);
    PyMem_Free(start_of);
    PyMem_Free(cpv);
    PyMem_Free(rpv);
    PyMem_Free(bef);
    PyMem_Free(wcv);
    PyMem_Free(wrv);
    Py_XDECREF(own_b);
    Py_XDECREF(len_b);
    release(&at);
    release(&codes);
    release(&rare_at);
    release(&rare_term);
    release(&bounds);
    release(&ids);
    release(&cp);
    release(&tc);
    release(&before);
    return result;
}

/* ---- the ranking's measures (`scoring.py`) ----------------------------------------------- */

/* ---- the passages quoting the question longest (`candidates.with_phrases`) --------------- */

typedef struct {
    int64_t owner, length;
} Run;

static int by_owner_longest(const void *a, const void *b) {  /* by passage, the longest run first */
    const Run *x = a, *y = b;
    if (x->owner != y->owner) return x->owner < y->owner ? -1 : 1;
    return x->length > y->length ? -1 : x->length < y->length;
}

static int by_longest_owner(const void *a, const void *b) {  /* the longest runs first, then by passage */
    const Run *x = a, *y = b;
    if (x->length != y->length) return x->length > y->length ? -1 : 1;
    return x->owner < y->owner ? -1 : x->owner > y->owner;
}

static int by_owner(const void *a, const void *b) {
    const Run *x = a, *y = b;
    return x->owner < y->owner ? -1 : x->owner > y->owner;
}

PyDoc_STRVAR(phrase_passages_doc,
"phrase_passages(owners, lengths, found, limit) -> (extra int64, found_length int64, extra_length int64, quoting)\n\n"
"`owners` and `lengths`: tuples of int64 arrays alike, each anchor's runs (`phrase_runs`).\n"
"Of every passage holding a run, its longest; of those, the `limit` longest (of equal\n"
"lengths, the first passages), sorted: `extra` are those not among the sorted `found`. The\n"
"longest run of each of `found` and of `extra` (0: none), and how many passages hold a run\n"
"(`phrases.runs` then `candidates.with_phrases`, in one call).");

static PyObject *phrase_passages(PyObject *self, PyObject *args) {
    PyObject *owners_o, *lengths_o, *found_o;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "O!O!On", &PyTuple_Type, &owners_o, &PyTuple_Type, &lengths_o, &found_o, &limit)) {
        return NULL;
    }
    Py_ssize_t parts = PyTuple_GET_SIZE(owners_o);
    if (PyTuple_GET_SIZE(lengths_o) != parts || parts > 8 || limit < 0) {
        return malformed("as many owners as lengths, 8 anchors at most");
    }
    Arr owners[8], lengths[8], found = {0};
    memset(owners, 0, sizeof(owners));
    memset(lengths, 0, sizeof(lengths));
    PyObject *extra_b = NULL, *flen_b = NULL, *elen_b = NULL, *result = NULL;
    Run *runs = NULL, *top = NULL;
    Py_ssize_t m = 0, distinct = 0;
    if (acquire(found_o, &found, 'i', 0, "found") < 0) goto done;
    for (Py_ssize_t k = 0; k < parts; k++) {
        if (acquire(PyTuple_GET_ITEM(owners_o, k), &owners[k], 'i', 0, "owners") < 0
            || acquire(PyTuple_GET_ITEM(lengths_o, k), &lengths[k], 'i', 0, "lengths") < 0) {
            goto done;
        }
        if (owners[k].n != lengths[k].n) {
            malformed("a length a run");
            goto done;
        }
        m += owners[k].n;
    }
    if (!(runs = PyMem_Malloc(sizeof(Run) * (size_t)(m + 1))) || !(top = PyMem_Malloc(sizeof(Run) * (size_t)(m + 1)))) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t r = 0;
    for (Py_ssize_t k = 0; k < parts; k++) {
        for (Py_ssize_t i = 0; i < owners[k].n; i++, r++) {
            runs[r].owner = item(&owners[k], i);
            runs[r].length = item(&lengths[k], i);
        }
    }
    qsort(runs, (size_t)m, sizeof(Run), by_owner_longest);
    for (Py_ssize_t i = 0; i < m; i++) {  /* each passage's longest run, by passage */
        if (i == 0 || runs[i].owner != runs[i - 1].owner) runs[distinct++] = runs[i];
    }
    Py_ssize_t kept = distinct < limit ? distinct : limit;
    memcpy(top, runs, sizeof(Run) * (size_t)distinct);
    qsort(top, (size_t)distinct, sizeof(Run), by_longest_owner);
    qsort(top, (size_t)kept, sizeof(Run), by_owner);
    Py_ssize_t n = found.n, extras = 0, at = 0;
    for (Py_ssize_t i = 0; i < kept; i++) {  /* the best not among `found` (both sorted), moved to the front */
        while (at < n && item(&found, at) < top[i].owner) at++;
        if (!(at < n && item(&found, at) == top[i].owner)) top[extras++] = top[i];
    }
    char *ec = NULL, *fc = NULL, *lc = NULL;
    if (!(extra_b = bytes_of(extras, 8, &ec)) || !(flen_b = bytes_of(n, 8, &fc)) || !(elen_b = bytes_of(extras, 8, &lc))) {
        goto done;
    }
    for (Py_ssize_t i = 0; i < extras; i++) {
        ((int64_t *)ec)[i] = top[i].owner;
        ((int64_t *)lc)[i] = top[i].length;
    }
    at = 0;
    for (Py_ssize_t i = 0; i < n; i++) {  /* each of `found`'s longest run, 0 for none (both sorted) */
        int64_t passage = item(&found, i);
        while (at < distinct && runs[at].owner < passage) at++;
        ((int64_t *)fc)[i] = at < distinct && runs[at].owner == passage ? runs[at].length : 0;
    }
    result = Py_BuildValue("(OOOn)", extra_b, flen_b, elen_b, distinct);
done:
    PyMem_Free(runs);
    PyMem_Free(top);
    Py_XDECREF(extra_b);
    Py_XDECREF(flen_b);
    Py_XDECREF(elen_b);
    for (Py_ssize_t k = 0; k < parts; k++) {
        release(&owners[k]);
        release(&lengths[k]);
    }
    release(&found);
    return result;
}

PyDoc_STRVAR(held_words_doc,
"held_words(ptr, highs, width, terms, post_low, passages, word, share, words, masks=None)\n"
"-> (present float32 bytes, passages x words, held int64 bytes)\n\n"
"For each sorted passage and question word: the largest share[i] of the word's terms i\n"
"(word[i] == the word, in order) the passage holds, 0 when it holds none, computed in float64\n"
"and stored as float32; and for each passage, how many words it holds some term of\n"
"(`scoring.held_shares`). With `masks` (uint64, one a passage: bit i set where it holds\n"
"term i, as the candidates stage found them), the postings are not searched again.");

static PyObject *held_words(PyObject *self, PyObject *args) {
    PyObject *ptr_o, *terms_o, *low_o, *pass_o, *word_o, *share_o, *masks_o = Py_None;
    long long highs, width, words;
    if (!PyArg_ParseTuple(args, "OLLOOOOOL|O", &ptr_o, &highs, &width, &terms_o, &low_o, &pass_o, &word_o, &share_o,
                          &words, &masks_o)) {
        return NULL;
    }
    Postings p;
    if (postings_acquire(&p, ptr_o, terms_o, low_o, NULL, highs, width) < 0) {
        return NULL;
    }
    Arr passages = {0}, word = {0}, share = {0}, masks = {0};
    PyObject *present_b = NULL, *held_b = NULL, *result = NULL;
    int64_t *wanted = NULL, *where = NULL, *words_of = NULL;
    uint8_t *found = NULL, *any = NULL, *begun = NULL;
    double *best = NULL;
    if (acquire(pass_o, &passages, 'i', 0, "passages") < 0 || acquire(word_o, &word, 'i', 0, "word") < 0
        || acquire(share_o, &share, 'd', 0, "share") < 0
        || (masks_o != Py_None && acquire_masks(masks_o, &masks, passages.n) < 0)) {
        goto done;
    }
    Py_ssize_t n = passages.n, n_terms = p.terms.n;
    if (word.n < n_terms || share.n < n_terms || words < 0 || (n && words > PY_SSIZE_T_MAX / 8 / n)) {
        malformed("a word and a share a term");
        goto done;
    }
    if (masks.held && n_terms > 64) {
        malformed("a mask's 64 terms at most");
        goto done;
    }
    const uint64_t *mask = masks.held ? (const uint64_t *)masks.data : NULL;
    words_of = PyMem_Malloc(sizeof(int64_t) * (size_t)(n_terms + 1));
    if (!words_of) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n_terms; i++) {
        words_of[i] = item(&word, i);
        if (words_of[i] < 0 || words_of[i] >= words) {
            malformed("a term's word out of range");
            goto done;
        }
    }
    Py_ssize_t cells = n * (Py_ssize_t)words;
    char *pc = NULL, *hc = NULL;
    if (!(wanted = sorted_ids(&passages)) || !(where = PyMem_Malloc(sizeof(int64_t) * (size_t)(n + 1)))
        || !(found = PyMem_Malloc((size_t)(n + 1))) || !(any = PyMem_Calloc((size_t)cells + 1, 1))
        || !(begun = PyMem_Calloc((size_t)words + 1, 1)) || !(best = PyMem_Calloc((size_t)cells + 1, sizeof(double)))
        || !(present_b = bytes_of(cells, 4, &pc)) || !(held_b = bytes_of(n, 8, &hc))) {
        if (!PyErr_Occurred()) PyErr_NoMemory();
        goto done;
    }
    float *present = (float *)pc;
    int64_t *held = (int64_t *)hc;
    const uint16_t *low = (const uint16_t *)p.low.data;
    const double *sh = (const double *)share.data;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t t = 0; t < n_terms; t++) {
        int64_t j = words_of[t];
        if (mask) {
            for (Py_ssize_t i = 0; i < n; i++) found[i] = (uint8_t)((mask[i] >> t) & 1);
        } else {
            locate(low, p.runs + t * (p.highs + 1), p.highs, p.width, wanted, n, where, found);
        }
        /* numpy's `share * found`, then np.maximum with the word's earlier terms' */
        for (Py_ssize_t i = 0; i < n; i++) {
            double v = found[i] ? sh[t] : 0.0, *b = best + i * words + j;
            *b = !begun[j] || v > *b ? v : *b;
            any[i * words + j] |= found[i];
        }
        begun[j] = 1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t count = 0;
        for (int64_t j = 0; j < words; j++) {
            present[i * words + j] = (float)best[i * words + j];
            count += any[i * words + j];
        }
        held[i] = count;
    }
    Py_END_ALLOW_THREADS
    result = PyTuple_Pack(2, present_b, held_b);
done:
    PyMem_Free(wanted);
    PyMem_Free(where);
    PyMem_Free(words_of);
    PyMem_Free(found);
    PyMem_Free(any);
    PyMem_Free(begun);
    PyMem_Free(best);
    Py_XDECREF(present_b);
    Py_XDECREF(held_b);
    release(&passages);
    release(&word);
    release(&share);
    release(&masks);
    postings_release(&p);
    return result;
}

PyDoc_STRVAR(beside_doc,
"beside(passages, among, held, words, pass_para, para_doc, para_head, reach) -> float32 bytes\n\n"
"For each of `passages`: the most of each question word held (`held`: float32, one row of\n"
"`words` a passage of the sorted `among`) by it or a passage within `reach` of it in the same\n"
"document and under the same heading that is among `among` (`scoring.section_coverage`).");

static PyObject *beside(PyObject *self, PyObject *args) {
    PyObject *pass_o, *among_o, *held_o, *para_o, *doc_o, *head_o;
    long long words, reach;
    if (!PyArg_ParseTuple(args, "OOOLOOOL", &pass_o, &among_o, &held_o, &words, &para_o, &doc_o, &head_o, &reach)) {
        return NULL;
    }
    Arr passages = {0}, among = {0}, held = {0}, para = {0}, doc = {0}, head = {0};
    PyObject *out = NULL;
    int64_t *sorted = NULL;
    if (acquire(pass_o, &passages, 'i', 0, "passages") < 0 || acquire(among_o, &among, 'i', 0, "among") < 0
        || acquire(held_o, &held, 'f', 0, "held") < 0 || acquire(para_o, &para, 'i', 0, "pass_para") < 0
        || acquire(doc_o, &doc, 'i', 0, "para_doc") < 0 || acquire(head_o, &head, 'i', 0, "para_head") < 0) {
        goto done;
    }
    Py_ssize_t n = passages.n, m = among.n;
    if (words < 0 || reach < 0 || reach > 1 << 20 || (m && words > held.n / m) || held.n < m * words
        || (n && words > PY_SSIZE_T_MAX / 4 / n)) {
        malformed("a row of held words a passage");
        goto done;
    }
    char *oc = NULL;
    if (!(sorted = sorted_ids(&among)) || !(out = bytes_of(n * (Py_ssize_t)words, 4, &oc))) {
        goto done;
    }
    float *o = (float *)oc;
    const float *h = (const float *)held.data;
    int bad = 0;
    Py_BEGIN_ALLOW_THREADS
    int64_t last = para.n - 1;
    for (Py_ssize_t i = 0; i < n && !bad; i++) {
        float *row = o + i * words;
        for (int64_t j = 0; j < words; j++) row[j] = 0.0f;
        int64_t p = item(&passages, i);
        if (p < 0 || p > last) {
            bad = 1;
            break;
        }
        int64_t own = item(&para, p);
        if (own < 0 || own >= doc.n || own >= head.n) {
            bad = 1;
            break;
        }
        int64_t own_doc = item(&doc, own), own_head = item(&head, own);
        for (int64_t d = -reach; d <= reach; d++) {
            int64_t q = p + d < 0 ? 0 : p + d > last ? last : p + d;
            Py_ssize_t a = 0, b = m;  /* the first of among >= q */
            while (a < b) {
                Py_ssize_t mid = a + (b - a) / 2;
                if (sorted[mid] < q) a = mid + 1;
                else b = mid;
            }
            if (a >= m || sorted[a] != q) continue;  /* no candidate: holds nothing that counts */
            int64_t near = item(&para, q);
            if (near < 0 || near >= doc.n || near >= head.n) {
                bad = 1;
                break;
            }
            if (item(&doc, near) != own_doc || item(&head, near) != own_head) continue;
            const float *r = h + a * words;
            for (int64_t j = 0; j < words; j++) {
                if (r[j] > row[j]) row[j] = r[j];
            }
        }
    }
    Py_END_ALLOW_THREADS
    if (bad) {
        Py_CLEAR(out);
        malformed("a passage past pass_para, or a paragraph past para_doc");
    }
done:
    PyMem_Free(sorted);
    release(&passages);
    release(&among);
    release(&held);
    release(&para);
    release(&doc);
    release(&head);
    return out;
}

PyDoc_STRVAR(closeness_doc,
"closeness(codes, code_term, rare_at, rare_term, pass_ptr, rare_ptr, passages, owner_terms,\n"
"          owner_words, rarity, total, early_tokens, near_gap, early_weight, pairs) -> float64 bytes\n\n"
"For each passage: how close together and in order the question's words stand in its word\n"
"sequence, and how much of the question it opens with (`scoring.closeness`, the same float64\n"
"operations in the same order). owner_terms: sorted, each the term of question word\n"
"owner_words[i].");

static PyObject *closeness(PyObject *self, PyObject *args) {
    PyObject *codes_o, *ct_o, *ra_o, *rt_o, *pp_o, *rp_o, *pass_o, *ot_o, *ow_o, *rar_o;
    double total, early_weight;
    long long early_tokens, near_gap, pairs;
    if (!PyArg_ParseTuple(args, "OOOOOOOOOOdLLdL", &codes_o, &ct_o, &ra_o, &rt_o, &pp_o, &rp_o, &pass_o, &ot_o,
                          &ow_o, &rar_o, &total, &early_tokens, &near_gap, &early_weight, &pairs)) {
        return NULL;
    }
    Arr codes = {0}, ct = {0}, ra = {0}, rt = {0}, pp = {0}, rp = {0}, passages = {0}, ot = {0}, ow = {0}, rar = {0};
    PyObject *out = NULL;
    int64_t *terms = NULL, *owner = NULL, *first = NULL, *count = NULL, *start = NULL, *places = NULL;
    int64_t *match_word = NULL, *match_at = NULL, *order = NULL;
    if (acquire(codes_o, &codes, 'i', 0, "word_codes") < 0 || acquire(ct_o, &ct, 'i', 0, "code_term") < 0
        || acquire(ra_o, &ra, 'i', 0, "rare_at") < 0 || acquire(rt_o, &rt, 'i', 0, "rare_term") < 0
        || acquire(pp_o, &pp, 'i', 0, "pass_ptr") < 0 || acquire(rp_o, &rp, 'i', 0, "rare_ptr") < 0
        || acquire(pass_o, &passages, 'i', 0, "passages") < 0 || acquire(ot_o, &ot, 'i', 0, "owner_terms") < 0
        || acquire(ow_o, &ow, 'i', 0, "owner_words") < 0 || acquire(rar_o, &rar, 'd', 0, "rarity") < 0) {
        goto done;
    }
    if (codes.size != 2 || codes.kind != 'u' || ct.n <= ESCAPE) {
        malformed("word_codes must be uint16, with a term for every code");
        goto done;
    }
    Py_ssize_t n = passages.n, owners = ot.n, words = rar.n;
    if (ow.n != owners) {
        malformed("a word a term");
        goto done;
    }
    /* the passages' spans checked, the longest sized */
    int64_t longest = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        int64_t p = item(&passages, i);
        if (p < 0 || p + 1 >= pp.n || p + 1 >= rp.n) {
            malformed("a passage past pass_ptr or rare_ptr");
            goto done;
        }
        int64_t s = item(&pp, p), e = item(&pp, p + 1), rs = item(&rp, p), re = item(&rp, p + 1);
        if (s < 0 || e < s || e > codes.n || rs < 0 || re < rs || re > ra.n || re > rt.n) {
            malformed("a passage's words out of range");
            goto done;
        }
        if (e - s > longest) longest = e - s;
    }
    terms = PyMem_Malloc(sizeof(int64_t) * (size_t)(owners + 1));
    owner = PyMem_Malloc(sizeof(int64_t) * (size_t)(owners + 1));
    first = PyMem_Malloc(sizeof(int64_t) * (size_t)(words + 1));
    count = PyMem_Malloc(sizeof(int64_t) * (size_t)(words + 1));
    start = PyMem_Malloc(sizeof(int64_t) * (size_t)(words + 2));
    order = PyMem_Malloc(sizeof(int64_t) * (size_t)(words + 1));
    places = PyMem_Malloc(sizeof(int64_t) * (size_t)(longest + 1));
    match_word = PyMem_Malloc(sizeof(int64_t) * (size_t)(longest + 1));
    match_at = PyMem_Malloc(sizeof(int64_t) * (size_t)(longest + 1));
    if (!terms || !owner || !first || !count || !start || !order || !places || !match_word || !match_at) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t k = 0; k < owners; k++) {
        terms[k] = item(&ot, k);
        owner[k] = item(&ow, k);
        if ((k && terms[k] <= terms[k - 1]) || owner[k] < 0 || owner[k] >= words) {
            malformed("the question's terms: sorted, each a word's");
            goto done;
        }
    }
    char *oc = NULL;
    if (!(out = bytes_of(n, 8, &oc))) {
        goto done;
    }
    double *scores = (double *)oc;
    const double *rarity = (const double *)rar.data;
    const uint16_t *stored = (const uint16_t *)codes.data;
    Py_BEGIN_ALLOW_THREADS
    for (Py_ssize_t c = 0; c < n; c++) {
        int64_t p = item(&passages, c);
        int64_t s = item(&pp, p), e = item(&pp, p + 1), r = item(&rp, p), re = item(&rp, p + 1);
        /* The question's words in the passage, in order: (word, place in the passage). A word
         * stored apart (escaped) is read from rare_term where rare_at names its position. */
        int64_t matched = 0, seen = 0;
        for (int64_t j = 0; j < words; j++) count[j] = 0;
        for (int64_t pos = s; pos < e; pos++) {
            int64_t term = item(&ct, stored[pos]);
            while (r < re && item(&ra, r) < pos) r++;
            if (r < re && item(&ra, r) == pos) term = item(&rt, r);
            Py_ssize_t a = 0, b = owners;
            while (a < b) {
                Py_ssize_t mid = a + (b - a) / 2;
                if (terms[mid] < term) a = mid + 1;
                else b = mid;
            }
            if (a >= owners || terms[a] != term) continue;
            int64_t j = owner[a];
            if (!count[j]) {
                first[j] = pos - s;
                order[seen++] = j;  /* words in the order they first stand */
            }
            count[j]++;
            match_word[matched] = j;
            match_at[matched] = pos - s;
            matched++;
        }
        /* Each word's places, in order, side by side (a counting sort by word). */
        start[0] = 0;
        for (int64_t j = 0; j < words; j++) start[j + 1] = start[j] + count[j];
        for (int64_t j = 0; j < words; j++) count[j] = start[j];
        for (int64_t k = 0; k < matched; k++) places[count[match_word[k]]++] = match_at[k];
        double early = 0.0;
        for (int64_t k = 0; k < seen; k++) {
            if (first[order[k]] < early_tokens) early = early + rarity[order[k]];
        }
        early = early / total;
        double bonus = 0.0;
        /* Each held word with the next one held: the nearest later place of the next after each
         * of this one's, the least such gap. */
        int64_t previous = -1;
        for (int64_t j = 0; j < words; j++) {
            if (start[j + 1] == start[j]) continue;
            if (previous >= 0) {
                int64_t gap = -1, k = start[j];
                for (int64_t i = start[previous]; i < start[previous + 1]; i++) {
                    while (k < start[j + 1] && places[k] <= places[i]) k++;
                    if (k >= start[j + 1]) break;
                    if (gap < 0 || places[k] - places[i] < gap) gap = places[k] - places[i];
                }
                if (gap >= 0 && gap <= near_gap) bonus = bonus + 1.0 / (double)gap;
            }
            previous = j;
        }
        scores[c] = (pairs > 0 ? bonus / (double)pairs : 0.0) + early_weight * early;
    }
    Py_END_ALLOW_THREADS
done:
    PyMem_Free(terms);
    PyMem_Free(owner);
    PyMem_Free(first);
    PyMem_Free(count);
    PyMem_Free(start);
    PyMem_Free(order);
    PyMem_Free(places);
    PyMem_Free(match_word);
    PyMem_Free(match_at);
    release(&codes);
    release(&ct);
    release(&ra);
    release(&rt);
    release(&pp);
    release(&rp);
    release(&passages);
    release(&ot);
    release(&ow);
    release(&rar);
    return out;
}


/* ---- a passage's words, for its excerpt (`index.passage_tokens`) ------------------------- */

PyDoc_STRVAR(word_spans_doc,
"word_spans(text, shift) -> (starts list, ends list)\n\n"
"Where each word of `text` starts and ends, plus `shift`: a word is a run of letters and digits\n"
"(str.isalnum's characters), as the analysis's pattern [^\\W_]+ finds them.");

static PyObject *word_spans(PyObject *self, PyObject *args) {
    PyObject *text;
    Py_ssize_t shift;
    if (!PyArg_ParseTuple(args, "Un", &text, &shift)) {
        return NULL;
    }
    PyObject *starts = PyList_New(0), *ends = PyList_New(0), *result = NULL;
    if (!starts || !ends) {
        goto done;
    }
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), i = 0;
    while (i < n) {
        if (!Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, i))) {
            i++;
            continue;
        }
        Py_ssize_t start = i;
        while (i < n && Py_UNICODE_ISALNUM(PyUnicode_READ(kind, data, i))) i++;
        PyObject *a = PyLong_FromSsize_t(start + shift), *b = PyLong_FromSsize_t(i + shift);
        int failed = !a || !b || PyList_Append(starts, a) < 0 || PyList_Append(ends, b) < 0;
        Py_XDECREF(a);
        Py_XDECREF(b);
        if (failed) {
            goto done;
        }
    }
    result = PyTuple_Pack(2, starts, ends);
done:
    Py_XDECREF(starts);
    Py_XDECREF(ends);
    return result;
}

/* The passages' word sequences (`wordcodes.py`): each word's code, the term of each code, the
 * words stored apart (escaped) and where, each passage's bounds in both. */
typedef struct {
    Arr codes, ct, ra, rt, pp, rp;
} Stored;

static void stored_release(Stored *w) {
    release(&w->codes);
    release(&w->ct);
    release(&w->ra);
    release(&w->rt);
    release(&w->pp);
    release(&w->rp);
}

static int stored_acquire(Stored *w, PyObject *codes, PyObject *ct, PyObject *ra, PyObject *rt, PyObject *pp,
                          PyObject *rp) {
    if (acquire(codes, &w->codes, 'i', 0, "word_codes") < 0 || acquire(ct, &w->ct, 'i', 0, "code_term") < 0
        || acquire(ra, &w->ra, 'i', 0, "rare_at") < 0 || acquire(rt, &w->rt, 'i', 0, "rare_term") < 0
        || acquire(pp, &w->pp, 'i', 0, "pass_ptr") < 0 || acquire(rp, &w->rp, 'i', 0, "rare_ptr") < 0) {
        return -1;
    }
    if (w->codes.size != 2 || w->codes.kind != 'u' || w->ct.n <= ESCAPE) {
        malformed("word_codes must be uint16, with a term for every code");
        return -1;
    }
    return 0;
}

/* A passage's words, [s, e) in codes, and its words stored apart, [r, re) in rare_at and
 * rare_term, checked against the arrays' lengths. */
static int stored_span(const Stored *w, long long passage, int64_t *s, int64_t *e, int64_t *r, int64_t *re) {
    if (passage < 0 || passage + 1 >= w->pp.n || passage + 1 >= w->rp.n) {
        malformed("a passage past pass_ptr or rare_ptr");
        return -1;
    }
    *s = item(&w->pp, passage);
    *e = item(&w->pp, passage + 1);
    *r = item(&w->rp, passage);
    *re = item(&w->rp, passage + 1);
    if (*s < 0 || *e < *s || *e > w->codes.n || *r < 0 || *re < *r || *re > w->ra.n || *re > w->rt.n) {
        malformed("a passage's words out of range");
        return -1;
    }
    return 0;
}

/* The term of the word at `pos` (s <= pos < e), `*r` moved on past the words stored apart
 * before it: decode_span's order, every word stored apart written over its position. */
static inline int64_t stored_term(const Stored *w, int64_t pos, int64_t *r, int64_t re) {
    int64_t term = item(&w->ct, ((const uint16_t *)w->codes.data)[pos]);
    while (*r < re && item(&w->ra, *r) < pos) (*r)++;
    if (*r < re && item(&w->ra, *r) == pos) term = item(&w->rt, *r);
    return term;
}

PyDoc_STRVAR(stored_words_doc,
"stored_words(codes, code_term, rare_at, rare_term, pass_ptr, rare_ptr, passage, floor) -> list\n\n"
"The passage's words in order as term ids (`wordcodes.decode_span`), each at least `floor`.");

static PyObject *stored_words(PyObject *self, PyObject *args) {
    PyObject *codes_o, *ct_o, *ra_o, *rt_o, *pp_o, *rp_o;
    long long passage, floor;
    if (!PyArg_ParseTuple(args, "OOOOOOLL", &codes_o, &ct_o, &ra_o, &rt_o, &pp_o, &rp_o, &passage, &floor)) {
        return NULL;
    }
    Stored w = {0};
    PyObject *out = NULL;
    int64_t s, e, r, re;
    if (stored_acquire(&w, codes_o, ct_o, ra_o, rt_o, pp_o, rp_o) < 0 || stored_span(&w, passage, &s, &e, &r, &re) < 0
        || !(out = PyList_New((Py_ssize_t)(e - s)))) {
        goto done;
    }
    for (int64_t pos = s; pos < e; pos++) {
        int64_t term = stored_term(&w, pos, &r, re);
        PyObject *t = PyLong_FromLongLong(term < floor ? floor : term);
        if (!t) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, (Py_ssize_t)(pos - s), t);
    }
done:
    stored_release(&w);
    return out;
}

PyDoc_STRVAR(first_words_doc,
"first_words(codes, code_term, rare_at, rare_term, pass_ptr, rare_ptr, passages) -> list\n\n"
"The first stored word of each of `passages` (a sequence of ints) as a term id, as\n"
"`stored_words` gives it unfloored; None for a passage of no word.");

static PyObject *first_words(PyObject *self, PyObject *args) {
    PyObject *codes_o, *ct_o, *ra_o, *rt_o, *pp_o, *rp_o, *passages_o;
    if (!PyArg_ParseTuple(args, "OOOOOOO", &codes_o, &ct_o, &ra_o, &rt_o, &pp_o, &rp_o, &passages_o)) {
        return NULL;
    }
    Stored w = {0};
    PyObject *out = NULL, *seq = NULL;
    if (stored_acquire(&w, codes_o, ct_o, ra_o, rt_o, pp_o, rp_o) < 0
        || !(seq = PySequence_Fast(passages_o, "passages: a sequence of ints expected"))) {
        goto done;
    }
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    if (!(out = PyList_New(n))) {
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        long long passage = PyLong_AsLongLong(PySequence_Fast_GET_ITEM(seq, i));
        int64_t s, e, r, re;
        if ((passage == -1 && PyErr_Occurred()) || stored_span(&w, passage, &s, &e, &r, &re) < 0) {
            Py_CLEAR(out);
            goto done;
        }
        PyObject *t = e > s ? PyLong_FromLongLong(stored_term(&w, s, &r, re)) : Py_NewRef(Py_None);
        if (!t) {
            Py_CLEAR(out);
            goto done;
        }
        PyList_SET_ITEM(out, i, t);
    }
done:
    Py_XDECREF(seq);
    stored_release(&w);
    return out;
}

/* ---- the best scores (`candidates.best`) ------------------------------------------------- */

/* The k-th largest of v[0:n] (1 <= k <= n), found by selection in `work` (a copy, reordered):
 * what np.partition(v, -k)[-k] gives for values that are not NaN. */
static float kth_largest(float *work, Py_ssize_t n, Py_ssize_t k) {
    Py_ssize_t lo = 0, hi = n - 1, want = n - k;  /* the value at place `want` in ascending order */
    while (lo < hi) {
        /* the median of three as the pivot, then Hoare's partition */
        Py_ssize_t mid = lo + (hi - lo) / 2;
        float a = work[lo], b = work[mid], c = work[hi];
        float pivot = a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b));
        Py_ssize_t i = lo, j = hi;
        while (i <= j) {
            while (work[i] < pivot) i++;
            while (work[j] > pivot) j--;
            if (i <= j) {
                float t = work[i];
                work[i] = work[j];
                work[j] = t;
                i++;
                j--;
            }
        }
        if (want <= j) hi = j;
        else if (want >= i) lo = i;
        else break;  /* between j and i every value equals the pivot */
    }
    return work[want];
}

/* The k-th largest of v[0:n] (1 <= k <= n, no NaN), as `kth_largest` gives it, for thousands
 * of scores: a pass puts each in one of BINS bins between the least and the most (a
 * non-decreasing map: a larger score never lands in a lower bin), the bin holding the k-th
 * largest is found from the top, and the selection runs on that bin's scores alone, copied to
 * `work`. A few streaming passes, where the selection on all of them mispredicts its way
 * through two or three. */
enum { BINS = 256, BINNED = 512 };

static inline int bin_of(float x, float lo, float scale) {
    float f = (x - lo) * scale;  /* x >= lo: 0 or more */
    return f < (float)(BINS - 1) ? (int)f : BINS - 1;
}

static float kth_largest_binned(const float *v, float *work, Py_ssize_t n, Py_ssize_t k) {
    float lo = v[0], hi = v[0];
    for (Py_ssize_t i = 1; i < n; i++) {
        lo = v[i] < lo ? v[i] : lo;
        hi = v[i] > hi ? v[i] : hi;
    }
    float span = hi - lo;
    if (n < BINNED || !(span > 0.0f) || !(span < HUGE_VALF) || !(lo > -HUGE_VALF)) {
        memcpy(work, v, sizeof(float) * (size_t)n);
        return kth_largest(work, n, k);
    }
    float scale = (float)(BINS - 1) / span;
    if (!(scale < HUGE_VALF)) {  /* a span so narrow that the bins' scale overflows */
        memcpy(work, v, sizeof(float) * (size_t)n);
        return kth_largest(work, n, k);
    }
    Py_ssize_t count[BINS];
    memset(count, 0, sizeof(count));
    for (Py_ssize_t i = 0; i < n; i++) count[bin_of(v[i], lo, scale)]++;
    Py_ssize_t above = 0;  /* scores in the bins above the one sought */
    int bin = BINS - 1;
    while (above + count[bin] < k) above += count[bin--];
    Py_ssize_t m = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (bin_of(v[i], lo, scale) == bin) work[m++] = v[i];
    }
    return kth_largest(work, m, k - above);
}

PyDoc_STRVAR(best_places_doc,
"best_places(scores, limit) -> int64 bytes, or None\n\n"
"Where the `limit` highest of the float32 scores stand, in order of place; of equal scores at\n"
"the cut, the first ones (every place when there are no more than `limit`). None when a score\n"
"is NaN (the caller's numpy path then decides).");

static PyObject *best_places(PyObject *self, PyObject *args) {
    PyObject *scores_o;
    Py_ssize_t limit;
    if (!PyArg_ParseTuple(args, "On", &scores_o, &limit)) {
        return NULL;
    }
    Arr scores = {0};
    PyObject *out = NULL;
    float *work = NULL;
    if (acquire(scores_o, &scores, 'f', 0, "scores") < 0) {
        return NULL;
    }
    const float *v = (const float *)scores.data;
    Py_ssize_t n = scores.n;
    if (limit < 1) {
        malformed("a limit of one at least");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (v[i] != v[i]) {  /* NaN: np.partition's order of NaNs is not this one's */
            Py_INCREF(Py_None);
            out = Py_None;
            goto done;
        }
    }
    char *oc = NULL;
    if (n <= limit) {
        if (!(out = bytes_of(n, 8, &oc))) goto done;
        for (Py_ssize_t i = 0; i < n; i++) ((int64_t *)oc)[i] = i;
        goto done;
    }
    if (!(work = PyMem_Malloc(sizeof(float) * (size_t)n))) {
        PyErr_NoMemory();
        goto done;
    }
    if (!(out = bytes_of(limit, 8, &oc))) goto done;
    int64_t *places = (int64_t *)oc;
    Py_BEGIN_ALLOW_THREADS
    float floor = kth_largest_binned(v, work, n, limit);
    Py_ssize_t above = 0;
    for (Py_ssize_t i = 0; i < n; i++) above += v[i] > floor;
    Py_ssize_t tied = limit - above, k = 0;  /* tied >= 1: the floor itself is among the best */
    for (Py_ssize_t i = 0; i < n && k < limit; i++) {
        if (v[i] > floor || (v[i] == floor && tied-- > 0)) places[k++] = i;
    }
    Py_END_ALLOW_THREADS
done:
    PyMem_Free(work);
    release(&scores);
    return out;
}

/* ---- the rarity-weighted share of each candidate (`scoring.weighted_share`) ------------- */

PyDoc_STRVAR(weighted_rows_doc,
"weighted_rows(present, rarity, total) -> bytearray of float32: for each row of `present`\n"
"(float32, rows of len(rarity) items end to end), the sum of its items times rarity's\n"
"(float32 products, added left to right in float32, as numpy sums fewer than eight), over\n"
"float32(total).");

static PyObject *weighted_rows(PyObject *self, PyObject *args) {
    PyObject *present_o, *rarity_o;
    double total;
    if (!PyArg_ParseTuple(args, "OOd", &present_o, &rarity_o, &total)) {
        return NULL;
    }
    Arr present = {0}, rarity = {0};
    PyObject *out = NULL;
    if (acquire(present_o, &present, 'f', 0, "present") < 0) {
        return NULL;
    }
    if (acquire(rarity_o, &rarity, 'f', 0, "rarity") < 0) {
        goto done;
    }
    Py_ssize_t words = rarity.n;
    if (words < 1 || present.n % words) {
        malformed("rows of as many shares as the question has words");
        goto done;
    }
    Py_ssize_t rows = present.n / words;
    char *oc = NULL;
    if (!(out = bytes_of(rows, 4, &oc))) goto done;
    const float *p = (const float *)present.data, *r = (const float *)rarity.data;
    float *o = (float *)oc, by = (float)total;
    for (Py_ssize_t i = 0; i < rows; i++) {
        const float *row = p + i * words;
        float acc = row[0] * r[0];
        for (Py_ssize_t k = 1; k < words; k++) {
            float term = row[k] * r[k];
            acc = acc + term;
        }
        o[i] = acc / by;
    }
done:
    release(&present);
    release(&rarity);
    return out;
}

/* ---- the share of the question each leading candidate's heading holds ------------------- */

PyDoc_STRVAR(heading_shares_doc,
"heading_shares(heading_ptr, heading_terms, headings, owner_terms, owner_words, rarity, total)\n"
"-> (bytearray of float32, bytearray of float32)\n\n"
"For each heading id (-1: none): the rarity (float64, a question word each) of the question\n"
"words its terms are, summed in the words' order, over total, as float32 (0 when it holds\n"
"none); and 1 when every one of its terms is a question word's and it holds one, else 0:\n"
"`scoring.heading_share`. owner_terms: sorted, each the term of question word owner_words[i].");

static PyObject *heading_shares(PyObject *self, PyObject *args) {
    PyObject *ptr_o, *terms_o, *heads_o, *ot_o, *ow_o, *rarity_o;
    double total;
    if (!PyArg_ParseTuple(args, "OOOOOOd", &ptr_o, &terms_o, &heads_o, &ot_o, &ow_o, &rarity_o, &total)) {
        return NULL;
    }
    Arr ptr = {0}, terms = {0}, heads = {0}, ot = {0}, ow = {0}, rarity = {0};
    PyObject *shares_b = NULL, *focused_b = NULL, *out = NULL;
    uint8_t *held = NULL;
    if (acquire(ptr_o, &ptr, 'i', 0, "heading_ptr") < 0 || acquire(terms_o, &terms, 'i', 0, "heading_terms") < 0
        || acquire(heads_o, &heads, 'i', 0, "headings") < 0 || acquire(ot_o, &ot, 'i', 0, "owner_terms") < 0
        || acquire(ow_o, &ow, 'i', 0, "owner_words") < 0 || acquire(rarity_o, &rarity, 'd', 0, "rarity") < 0) {
        goto done;
    }
    if (ow.n != ot.n) {
        malformed("a word a term");
        goto done;
    }
    for (Py_ssize_t k = 0; k < ot.n; k++) {
        int64_t w = item(&ow, k);
        if ((k && item(&ot, k) <= item(&ot, k - 1)) || w < 0 || w >= rarity.n) {
            malformed("the question's terms: sorted, each a word's");
            goto done;
        }
    }
    if (!(held = PyMem_Calloc((size_t)rarity.n + 1, 1))) {
        PyErr_NoMemory();
        goto done;
    }
    char *sc = NULL, *fc = NULL;
    if (!(shares_b = bytes_of(heads.n, 4, &sc)) || !(focused_b = bytes_of(heads.n, 4, &fc))) {
        goto done;
    }
    const double *r = (const double *)rarity.data;
    float *shares = (float *)sc, *focused = (float *)fc;
    for (Py_ssize_t i = 0; i < heads.n; i++) {
        int64_t h = item(&heads, i);
        shares[i] = 0.0f;
        focused[i] = 0.0f;
        if (h < 0) {
            continue;
        }
        if (h + 1 >= ptr.n) {
            malformed("a heading past heading_ptr");
            goto done;
        }
        int64_t a = item(&ptr, h), b = item(&ptr, h + 1);
        if (a < 0 || b < a || b > terms.n) {
            malformed("a heading's terms out of range");
            goto done;
        }
        memset(held, 0, (size_t)rarity.n);
        int every = 1, any = 0;
        for (int64_t k = a; k < b; k++) {
            int64_t t = item(&terms, k);
            Py_ssize_t lo = 0, hi = ot.n;
            while (lo < hi) {
                Py_ssize_t mid = lo + (hi - lo) / 2;
                if (item(&ot, mid) < t) lo = mid + 1;
                else hi = mid;
            }
            if (lo >= ot.n || item(&ot, lo) != t) {
                every = 0;
                continue;
            }
            held[item(&ow, lo)] = 1;
            any = 1;
        }
        if (!any) {
            continue;
        }
        double sum = 0.0;
        for (Py_ssize_t j = 0; j < rarity.n; j++) {
            if (held[j]) sum += r[j];
        }
        shares[i] = (float)(sum / total);
        focused[i] = every ? 1.0f : 0.0f;
    }
    out = PyTuple_Pack(2, shares_b, focused_b);
done:
    Py_XDECREF(shares_b);
    Py_XDECREF(focused_b);
    PyMem_Free(held);
    release(&ptr);
    release(&terms);
    release(&heads);
    release(&ot);
    release(&ow);
    release(&rarity);
    return out;
}

static PyMethodDef methods[] = {
    {"read_terms", read_terms, METH_VARARGS, read_terms_doc},
    {"sum_by_id", sum_by_id, METH_VARARGS, sum_by_id_doc},
    {"scores_of", scores_of, METH_VARARGS, scores_of_doc},
    {"find", find, METH_VARARGS, find_doc},
    {"positions", positions, METH_VARARGS, positions_doc},
    {"phrase_runs", phrase_runs, METH_VARARGS, phrase_runs_doc},
    {"held_words", held_words, METH_VARARGS, held_words_doc},
    {"beside", beside, METH_VARARGS, beside_doc},
    {"closeness", closeness, METH_VARARGS, closeness_doc},
    {"word_spans", word_spans, METH_VARARGS, word_spans_doc},
    {"stored_words", stored_words, METH_VARARGS, stored_words_doc},
    {"best_places", best_places, METH_VARARGS, best_places_doc},
    {"first_words", first_words, METH_VARARGS, first_words_doc},
    {"weighted_rows", weighted_rows, METH_VARARGS, weighted_rows_doc},
    {"phrase_passages", phrase_passages, METH_VARARGS, phrase_passages_doc},
    {"heading_shares", heading_shares, METH_VARARGS, heading_shares_doc},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "corpus._kernels",
    "The postings stages' inner loops in C (see kernels.py).", -1, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__kernels(void) {
    return PyModule_Create(&module);
}
