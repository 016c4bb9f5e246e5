/*
 * The decoded-code cache: blocks of decoded instructions keyed by the physical address
 * of their first instruction. A block ends at control flow, at an instruction that may
 * change hart state (OPF_END), at a page boundary, or after ICACHE_BLOCK_MAX
 * instructions. Stores and DMA into a page holding blocks invalidate them (self-modifying
 * code works without fence.i, which is allowed and simpler to keep right).
 */
#ifndef RVSCOPE_ICACHE_H
#define RVSCOPE_ICACHE_H

#include <stdint.h>

#include "hart.h"

#define ICACHE_BLOCK_MAX 64

struct block {
    uint64_t pa;              /* physical address of the first instruction */
    uint64_t pc;              /* the virtual pc it was decoded at */
    struct block *hash_next;
    struct block *page_next;  /* other blocks in the same physical page */
    /* Chaining: the blocks that followed this one last time, for its two exits (branch
     * taken / not taken, or jump / fall through), when they lie in the same physical
     * page. Same page means the same translation and the same invalidation. */
    uint64_t next_pc[2];
    struct block *next[2];
    bool chainable;           /* ends in a branch, jal or fall-through */
    bool dead;                /* its page was written: never run or chain again */
    uint32_t count;           /* instructions, not counting the end marker */
    struct insn insns[];      /* count instructions, then an end marker if needed */
};

struct icache;

struct icache *icache_new(struct bus *bus, struct hart_cluster *cluster);
void icache_free(struct icache *ic);

/* The block to run at h->pc, decoding it if needed. On a fetch fault the trap is taken
 * and NULL returned. */
struct block *icache_block_for_pc(struct hart *h);

/* The block to run after b left with h->pc set (EXEC_RETIRED or EXEC_FALLTHROUGH):
 * its chained successor when there is one, else a normal lookup. */
struct block *icache_next_block(struct hart *h, struct block *b);

static inline struct block *icache_chain(struct hart *h, struct block *b)
{
    if (b->next_pc[0] == h->pc && b->next[0])
        return b->next[0];
    if (b->next_pc[1] == h->pc && b->next[1])
        return b->next[1];
    return icache_next_block(h, b);
}

/* A single decoded instruction at h->pc, uncached (for tracing and stepping). Returns
 * false if the fetch faulted (the trap has been taken). */
bool icache_fetch_one(struct hart *h, struct insn *out);

/* Drop every block (e.g. after a debugger writes guest memory). */
void icache_flush(struct icache *ic);

/* Free blocks invalidated earlier; call when no block is executing. */
void icache_collect(struct icache *ic);

#endif
