/*
 * The viewer's recording (viewer_model.h): per hart, rings of privilege changes, address
 * spaces and marks. It only appends and reads; it never looks at the machine, so a test
 * can feed it made-up events.
 */
#include "viewer_model.h"

#include <stdlib.h>
#include <string.h>

#include "../cpu/hart.h"
#include "../cpu/trap.h"
#include "../mmu/mmu.h"

/* ------------------------------------------------------------------ rings */

static bool ring_init(struct vm_ring *r, size_t elem, size_t cap)
{
    memset(r, 0, sizeof(*r));
    r->items = calloc(cap, elem);
    r->elem = elem;
    r->cap = r->items ? cap : 0;
    return r->items != NULL;
}

static void ring_free(struct vm_ring *r)
{
    free(r->items);
    memset(r, 0, sizeof(*r));
}

/* The i-th entry from the oldest. */
static void *ring_at(const struct vm_ring *r, size_t i)
{
    return r->items + (r->head + i) % r->cap * r->elem;
}

static void *ring_last(const struct vm_ring *r)
{
    return r->count ? ring_at(r, r->count - 1) : NULL;
}

/* A slot for a new entry, cleared; a full ring gives up its oldest one. */
static void *ring_push(struct vm_ring *r)
{
    if (r->count == r->cap) {
        r->head = (r->head + 1) % r->cap;
        r->count--;
        r->dropped++;
    }
    void *slot = ring_at(r, r->count);
    r->count++;
    memset(slot, 0, r->elem);
    return slot;
}

static uint64_t entry_time(const struct vm_ring *r, size_t i)
{
    return *(const uint64_t *)ring_at(r, i);
}

/* ------------------------------------------------------------------ life */

bool vm_init(struct viewer_model *vm, int harts, struct vm_capacity cap, vm_space_namer namer,
             void *namer_ctx)
{
    memset(vm, 0, sizeof(*vm));
    if (harts < 1 || harts > VM_MAX_LANES)
        return false;
    vm->nlanes = harts;
    vm->namer = namer;
    vm->namer_ctx = namer_ctx;
    bool ok = true;
    for (int i = 0; i < harts; i++) {
        struct vm_lane *l = &vm->lanes[i];
        ok &= ring_init(&l->privs, sizeof(struct vm_priv_change), cap.privs);
        ok &= ring_init(&l->spaces, sizeof(struct vm_space), cap.spaces);
        ok &= ring_init(&l->marks, sizeof(struct vm_mark), cap.marks);
    }
    return ok;
}

void vm_free(struct viewer_model *vm)
{
    for (int i = 0; i < vm->nlanes; i++) {
        ring_free(&vm->lanes[i].privs);
        ring_free(&vm->lanes[i].spaces);
        ring_free(&vm->lanes[i].marks);
    }
    vm->nlanes = 0;
}

/* ------------------------------------------------------------------ recording */

/* The lane of `hart` with its present time moved up to `time`, or NULL for a hart the
 * model has no lane for (or a lane whose memory could not be had). */
static struct vm_lane *lane_at(struct viewer_model *vm, int hart, uint64_t *time)
{
    if (hart < 0 || hart >= vm->nlanes || !vm->lanes[hart].privs.cap ||
        !vm->lanes[hart].spaces.cap || !vm->lanes[hart].marks.cap)
        return NULL;
    struct vm_lane *l = &vm->lanes[hart];
    if (*time < l->now)
        *time = l->now;
    l->now = *time;
    return l;
}

void vm_advance(struct viewer_model *vm, int hart, uint64_t time)
{
    lane_at(vm, hart, &time);
}

void vm_set_priv(struct viewer_model *vm, int hart, uint64_t time, int priv)
{
    struct vm_lane *l = lane_at(vm, hart, &time);
    if (!l)
        return;
    const struct vm_priv_change *last = ring_last(&l->privs);
    if (last && last->priv == priv)
        return;
    struct vm_priv_change *c = ring_push(&l->privs);
    c->time = time;
    c->priv = priv;
}

static void name_space(const struct viewer_model *vm, uint64_t satp, struct vm_space *s)
{
    s->satp = satp;
    s->root = (satp & SATP_PPN_MASK) << 12;
    s->kind = VM_SPACE_OTHER;
    if (satp >> SATP_MODE_SHIFT == SATP_MODE_BARE)
        s->kind = VM_SPACE_BARE;
    else if (vm->namer)
        vm->namer(vm->namer_ctx, s);
}

/* A new segment only when the root table changes (an ASID or mode change alone does not
 * make another process), or when translation goes on or off. */
static bool same_space(const struct vm_space *a, uint64_t satp)
{
    bool a_bare = a->kind == VM_SPACE_BARE;
    bool b_bare = satp >> SATP_MODE_SHIFT == SATP_MODE_BARE;
    if (a_bare || b_bare)
        return a_bare == b_bare;
    return a->root == (satp & SATP_PPN_MASK) << 12;
}

void vm_set_satp(struct viewer_model *vm, int hart, uint64_t time, uint64_t satp)
{
    struct vm_lane *l = lane_at(vm, hart, &time);
    if (!l)
        return;
    const struct vm_space *last = ring_last(&l->spaces);
    if (last && same_space(last, satp))
        return;
    struct vm_space named = {0};
    name_space(vm, satp, &named);
    struct vm_space *s = ring_push(&l->spaces);
    *s = named;
    s->time = time;
}

static struct vm_mark *add_mark(struct viewer_model *vm, int hart, uint64_t time,
                               enum vm_mark_kind kind, uint64_t code, int priv)
{
    struct vm_lane *l = lane_at(vm, hart, &time);
    if (!l)
        return NULL;
    struct vm_mark *k = ring_push(&l->marks);
    k->time = time;
    k->code = code;
    k->kind = kind;
    k->priv = priv;
    return k;
}

static bool is_ecall_cause(uint64_t cause)
{
    return cause == EXC_ECALL_U || cause == EXC_ECALL_S || cause == EXC_ECALL_M;
}

void vm_record(struct viewer_model *vm, const struct event *ev, uint64_t time)
{
    switch (ev->kind) {
    case EV_TRAP:
        /* An ecall already has its mark (EV_ECALL comes first, with the arguments). */
        if (ev->u.trap.interrupt)
            add_mark(vm, ev->hart, time, VM_MARK_INTERRUPT, ev->u.trap.cause, ev->u.trap.from);
        else if (!is_ecall_cause(ev->u.trap.cause))
            add_mark(vm, ev->hart, time, VM_MARK_EXCEPTION, ev->u.trap.cause, ev->u.trap.from);
        vm_set_priv(vm, ev->hart, time, ev->u.trap.to);
        break;
    case EV_XRET:
        vm_set_priv(vm, ev->hart, time, ev->u.xret.to);
        break;
    case EV_SATP:
        vm_set_satp(vm, ev->hart, time, ev->u.satp.new_value);
        break;
    case EV_ECALL: {
        struct vm_mark *k = add_mark(vm, ev->hart, time, VM_MARK_ECALL, ev->u.ecall.a[7],
                                     ev->priv);
        if (k)
            k->function = ev->u.ecall.a[6];
        break;
    }
    default:
        break;
    }
}

void vm_name_root(struct viewer_model *vm, uint64_t root, enum vm_space_kind kind)
{
    for (int i = 0; i < vm->nlanes; i++) {
        struct vm_ring *r = &vm->lanes[i].spaces;
        for (size_t k = 0; k < r->count; k++) {
            struct vm_space *s = ring_at(r, k);
            if (s->kind == VM_SPACE_OTHER && s->root == root)
                s->kind = kind;
        }
    }
}

/* ------------------------------------------------------------------ reading */

static const struct vm_lane *lane_of(const struct viewer_model *vm, int hart)
{
    return hart >= 0 && hart < vm->nlanes ? &vm->lanes[hart] : NULL;
}

static void interval_of(const struct vm_lane *l, const struct vm_ring *r, size_t i,
                        struct vm_interval *span)
{
    if (!span)
        return;
    span->start = entry_time(r, i);
    span->end = i + 1 < r->count ? entry_time(r, i + 1) : l->now;
}

size_t vm_priv_count(const struct viewer_model *vm, int hart)
{
    const struct vm_lane *l = lane_of(vm, hart);
    return l ? l->privs.count : 0;
}

const struct vm_priv_change *vm_priv_at(const struct viewer_model *vm, int hart, size_t i,
                                        struct vm_interval *span)
{
    const struct vm_lane *l = lane_of(vm, hart);
    if (!l || i >= l->privs.count)
        return NULL;
    interval_of(l, &l->privs, i, span);
    return ring_at(&l->privs, i);
}

size_t vm_space_count(const struct viewer_model *vm, int hart)
{
    const struct vm_lane *l = lane_of(vm, hart);
    return l ? l->spaces.count : 0;
}

const struct vm_space *vm_space_at(const struct viewer_model *vm, int hart, size_t i,
                                   struct vm_interval *span)
{
    const struct vm_lane *l = lane_of(vm, hart);
    if (!l || i >= l->spaces.count)
        return NULL;
    interval_of(l, &l->spaces, i, span);
    return ring_at(&l->spaces, i);
}

size_t vm_mark_count(const struct viewer_model *vm, int hart)
{
    const struct vm_lane *l = lane_of(vm, hart);
    return l ? l->marks.count : 0;
}

const struct vm_mark *vm_mark_at(const struct viewer_model *vm, int hart, size_t i)
{
    const struct vm_lane *l = lane_of(vm, hart);
    return l && i < l->marks.count ? ring_at(&l->marks, i) : NULL;
}

static void earliest(const struct vm_ring *r, uint64_t *t)
{
    if (r->count && entry_time(r, 0) < *t)
        *t = entry_time(r, 0);
}

uint64_t vm_first_time(const struct viewer_model *vm)
{
    uint64_t t = UINT64_MAX;
    for (int i = 0; i < vm->nlanes; i++) {
        earliest(&vm->lanes[i].privs, &t);
        earliest(&vm->lanes[i].spaces, &t);
        earliest(&vm->lanes[i].marks, &t);
    }
    return t == UINT64_MAX ? vm_last_time(vm) : t;
}

uint64_t vm_last_time(const struct viewer_model *vm)
{
    uint64_t t = 0;
    for (int i = 0; i < vm->nlanes; i++)
        if (vm->lanes[i].now > t)
            t = vm->lanes[i].now;
    return t;
}
