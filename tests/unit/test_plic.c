/*
 * test_plic: the PLIC (emu/devices/plic.c) register by register, against the RISC-V PLIC
 * spec 1.0.0 and QEMU virt's layout (plic.h): priorities, pending bits, enables,
 * thresholds, claim/complete, the level-triggered gateway, the MEIP/SEIP outputs of
 * every context, reset, and the accesses that must fault.
 *
 * Prints one line per failure and a final "N passed, M failed"; exit status 0 only when
 * nothing failed.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "devices/plic.h"
#include "check.h"

#define MIP_SEIP (1ull << 9)
#define MIP_MEIP (1ull << 11)
#define PRIORITY(s) (4u * (s))
#define PENDING(w) (0x1000u + 4u * (w))
#define ENABLE(ctx, w) (0x2000u + 0x80u * (ctx) + 4u * (w))
#define THRESHOLD(ctx) (0x200000u + 0x1000u * (ctx))
#define CLAIM(ctx) (THRESHOLD(ctx) + 4)
#define HARTS 2


/* ------------------------------------------------------------------ a board to test on */
static struct plic plic;
static uint64_t lines[PLIC_MAX_HARTS];   /* mip bits the PLIC drives, per hart */
static unsigned line_calls;

static void set_hart_line(void *ctx, int hart, uint64_t bit, bool level)
{
    (void)ctx;
    line_calls++;
    if (level)
        lines[hart] |= bit;
    else
        lines[hart] &= ~bit;
}

static void fresh(const char *name)
{
    current = name;
    memset(lines, 0, sizeof(lines));
    line_calls = 0;
    plic_init(&plic, HARTS, (struct irq_sink){.set_hart_line = set_hart_line});
}

static uint32_t rd(uint32_t off)
{
    uint64_t v = 0xdeadbeef;
    check(plic.dev.read(plic.dev.opaque, off, 4, &v), "read of 0x%06x faulted", off);
    return (uint32_t)v;
}

static void wr(uint32_t off, uint32_t v)
{
    check(plic.dev.write(plic.dev.opaque, off, 4, v), "write of 0x%06x faulted", off);
}

static bool read_ok(uint32_t off, int size)
{
    uint64_t v;
    return plic.dev.read(plic.dev.opaque, off, size, &v);
}

static bool write_ok(uint32_t off, int size, uint32_t v)
{
    return plic.dev.write(plic.dev.opaque, off, size, v);
}

static void expect_eq(uint32_t got, uint32_t want, const char *what)
{
    check(got == want, "%s: got 0x%x, want 0x%x", what, got, want);
}

/* Hart h's MEIP and SEIP as the PLIC drives them. */
static void expect_lines(int hart, bool meip, bool seip)
{
    check(((lines[hart] & MIP_MEIP) != 0) == meip && ((lines[hart] & MIP_SEIP) != 0) == seip,
          "hart %d: MEIP=%d SEIP=%d, want MEIP=%d SEIP=%d", hart,
          (lines[hart] & MIP_MEIP) != 0, (lines[hart] & MIP_SEIP) != 0, meip, seip);
}

/* ------------------------------------------------------------------ tests */
static void test_access_rules(void)
{
    fresh("access_rules");
    check(read_ok(PRIORITY(1), 4) && write_ok(PRIORITY(1), 4, 1), "lw/sw of a priority");
    static const int bad_sizes[] = {1, 2, 8};
    for (int i = 0; i < 3; i++) {
        check(!read_ok(PRIORITY(1), bad_sizes[i]), "read of size %d accepted", bad_sizes[i]);
        check(!write_ok(PRIORITY(1), bad_sizes[i], 1), "write of size %d accepted",
              bad_sizes[i]);
    }
    check(!read_ok(PRIORITY(1) + 2, 4), "misaligned read accepted");
    check(!write_ok(CLAIM(0) + 1, 4, 1), "misaligned write accepted");
    /* Registers that do not exist for 95 sources and 2 * HARTS contexts. */
    static const uint32_t holes[] = {
        PRIORITY(PLIC_NDEV + 1), 0xffc,           /* sources 96..1023 */
        PENDING(PLIC_WORDS), 0x107c, 0x1ffc,      /* pending words past source 95 */
        ENABLE(0, PLIC_WORDS), ENABLE(0, 31),     /* enable words past source 95 */
        ENABLE(2 * HARTS, 0), 0x1ffffc,           /* enables of contexts that do not exist */
        THRESHOLD(0) + 8, THRESHOLD(0) + 0xffc,   /* reserved words of a context block */
        THRESHOLD(2 * HARTS), CLAIM(2 * HARTS), 0x5ffffc,
    };
    for (size_t i = 0; i < sizeof(holes) / sizeof(holes[0]); i++) {
        check(!read_ok(holes[i], 4), "read of 0x%06x accepted", holes[i]);
        check(!write_ok(holes[i], 4, 1), "write of 0x%06x accepted", holes[i]);
    }
    /* The last registers that do exist. */
    check(read_ok(PRIORITY(PLIC_NDEV), 4), "priority of source %d", PLIC_NDEV);
    check(read_ok(PENDING(PLIC_WORDS - 1), 4), "last pending word");
    check(read_ok(ENABLE(2 * HARTS - 1, PLIC_WORDS - 1), 4), "last enable word");
    check(read_ok(THRESHOLD(2 * HARTS - 1), 4), "last threshold");
    check(read_ok(CLAIM(2 * HARTS - 1), 4), "last claim");
}

static void test_priority(void)
{
    fresh("priority");
    for (unsigned s = 1; s <= PLIC_NDEV; s++)
        expect_eq(rd(PRIORITY(s)), 0, "priority after init");
    wr(PRIORITY(10), 5);
    expect_eq(rd(PRIORITY(10)), 5, "priority 5");
    wr(PRIORITY(10), 0xffffffff);
    expect_eq(rd(PRIORITY(10)), PLIC_MAX_PRIORITY, "WARL: only 3 bits");
    wr(PRIORITY(10), 8);
    expect_eq(rd(PRIORITY(10)), 0, "WARL: 8 keeps the low 3 bits");
    wr(PRIORITY(PLIC_NDEV), 3);
    expect_eq(rd(PRIORITY(PLIC_NDEV)), 3, "priority of the last source");
    wr(PRIORITY(0), 7);
    expect_eq(rd(PRIORITY(0)), 0, "source 0 has no priority");
    expect_eq(rd(PRIORITY(11)), 0, "neighbour untouched");
}

static void test_enable_and_threshold(void)
{
    fresh("enable_threshold");
    for (int ctx = 0; ctx < 2 * HARTS; ctx++) {
        wr(ENABLE(ctx, 0), 0xffffffff);
        expect_eq(rd(ENABLE(ctx, 0)), 0xfffffffe, "bit 0 (source 0) is hardwired to 0");
        wr(ENABLE(ctx, 2), 0x80000001u + (uint32_t)ctx);
        expect_eq(rd(ENABLE(ctx, 2)), 0x80000001u + (uint32_t)ctx, "sources 64..95");
        wr(THRESHOLD(ctx), 0xffffffff);
        expect_eq(rd(THRESHOLD(ctx)), PLIC_MAX_PRIORITY, "threshold WARL 3 bits");
        wr(THRESHOLD(ctx), (uint32_t)ctx);
        expect_eq(rd(THRESHOLD(ctx)), (uint32_t)ctx, "threshold");
    }
    expect_eq(rd(ENABLE(1, 0)), 0xfffffffe, "contexts have their own enables");
}

static void test_pending(void)
{
    fresh("pending");
    plic_set_source(&plic, 10, true);
    expect_eq(rd(PENDING(0)), 1u << 10, "a high line is pending");
    plic_set_source(&plic, 95, true);
    expect_eq(rd(PENDING(2)), 1u << 31, "source 95 in word 2, bit 31");
    wr(PENDING(0), 0);
    expect_eq(rd(PENDING(0)), 1u << 10, "pending bits are read-only");
    plic_set_source(&plic, 0, true);
    plic_set_source(&plic, PLIC_NDEV + 1, true);
    expect_eq(rd(PENDING(0)) & 1, 0, "source 0 cannot be raised");
    expect_eq(rd(PENDING(PLIC_WORDS - 1)), 1u << 31, "source 96 does not exist");
    /* Spec "Interrupt Gateways": a request is not retracted when the line drops. */
    plic_set_source(&plic, 10, false);
    expect_eq(rd(PENDING(0)), 1u << 10, "pending stays after the line drops");
    expect_lines(0, false, false);
    check(line_calls == 0, "no output changes without enables (%u calls)", line_calls);
}

static void test_outputs(void)
{
    fresh("outputs");
    plic_set_source(&plic, 10, true);
    wr(ENABLE(0, 0), 1u << 10);
    expect_lines(0, false, false);                 /* priority 0 never interrupts */
    wr(PRIORITY(10), 1);
    expect_lines(0, true, false);                  /* M context of hart 0 -> MEIP */
    wr(THRESHOLD(0), 1);
    expect_lines(0, false, false);                 /* priority must exceed the threshold */
    wr(PRIORITY(10), 2);
    expect_lines(0, true, false);
    wr(ENABLE(0, 0), 0);
    expect_lines(0, false, false);                 /* disabled */
    wr(ENABLE(1, 0), 1u << 10);
    expect_lines(0, false, true);                  /* S context of hart 0 -> SEIP */
    wr(ENABLE(3, 0), 1u << 10);
    expect_lines(1, false, true);                  /* context 3 = hart 1 S */
    wr(ENABLE(2, 0), 1u << 10);
    expect_lines(1, true, true);                   /* context 2 = hart 1 M */
    expect_lines(0, false, true);
    /* A claim by one context takes the request from all of them. */
    expect_eq(rd(CLAIM(2)), 10, "claim by hart 1 M");
    expect_lines(0, false, false);
    expect_lines(1, false, false);
    wr(CLAIM(2), 10);                              /* complete: line still high */
    expect_lines(0, false, true);
    expect_lines(1, true, true);
}

static void test_claim_order(void)
{
    fresh("claim_order");
    wr(ENABLE(0, 0), 0xfffffffe);
    wr(ENABLE(0, 1), 0xffffffff);
    wr(PRIORITY(3), 2);
    wr(PRIORITY(5), 6);
    wr(PRIORITY(7), 6);
    wr(PRIORITY(40), 6);
    wr(PRIORITY(9), 0);
    static const unsigned raised[] = {3, 5, 7, 9, 40};
    for (int i = 0; i < 5; i++)
        plic_set_source(&plic, raised[i], true);
    expect_eq(rd(CLAIM(0)), 5, "highest priority, lowest id among equals");
    expect_eq(rd(CLAIM(0)), 7, "next among priority 6");
    expect_eq(rd(CLAIM(0)), 40, "then the one in word 1");
    expect_eq(rd(CLAIM(0)), 3, "then priority 2");
    expect_eq(rd(CLAIM(0)), 0, "priority 0 is never claimed");
    expect_eq(rd(PENDING(0)), 1u << 9, "only the priority-0 source is left pending");
    expect_lines(0, false, false);
    /* Spec "Interrupt Claim Process": the claim is not affected by the threshold. */
    fresh("claim_ignores_threshold");
    wr(ENABLE(0, 0), 1u << 4);
    wr(PRIORITY(4), 1);
    wr(THRESHOLD(0), 7);
    plic_set_source(&plic, 4, true);
    expect_lines(0, false, false);
    expect_eq(rd(CLAIM(0)), 4, "claim above the threshold");
    /* A context only claims what it has enabled. */
    fresh("claim_needs_enable");
    wr(PRIORITY(4), 1);
    plic_set_source(&plic, 4, true);
    expect_eq(rd(CLAIM(0)), 0, "claim of a source not enabled here");
    expect_eq(rd(PENDING(0)), 1u << 4, "still pending");
}

static void test_gateway(void)
{
    fresh("gateway");
    wr(ENABLE(0, 0), 1u << 10);
    wr(PRIORITY(10), 1);
    plic_set_source(&plic, 10, true);
    expect_eq(rd(CLAIM(0)), 10, "claim");
    expect_eq(rd(PENDING(0)), 0, "claim clears pending");
    plic_set_source(&plic, 10, false);
    plic_set_source(&plic, 10, true);
    expect_eq(rd(PENDING(0)), 0, "no new request while in service");
    expect_eq(rd(CLAIM(0)), 0, "nothing else to claim");
    expect_lines(0, false, false);
    wr(CLAIM(0), 10);
    expect_eq(rd(PENDING(0)), 1u << 10, "completion with the line high: new request");
    expect_lines(0, true, false);
    expect_eq(rd(CLAIM(0)), 10, "claim again");
    plic_set_source(&plic, 10, false);
    wr(CLAIM(0), 10);
    expect_eq(rd(PENDING(0)), 0, "completion with the line low: no request");
    expect_lines(0, false, false);
    plic_set_source(&plic, 10, true);
    expect_eq(rd(PENDING(0)), 1u << 10, "after completion the next rise is a request");

    /* Spec "Interrupt Completion": an id not enabled for the context is ignored. */
    fresh("complete_not_enabled");
    wr(ENABLE(0, 0), 1u << 10);
    wr(PRIORITY(10), 1);
    plic_set_source(&plic, 10, true);
    expect_eq(rd(CLAIM(0)), 10, "claim from context 0");
    wr(CLAIM(1), 10);                              /* context 1 has not enabled 10 */
    expect_eq(rd(PENDING(0)), 0, "completion from another context ignored");
    wr(ENABLE(0, 0), 0);
    wr(CLAIM(0), 10);
    expect_eq(rd(PENDING(0)), 0, "completion after disabling ignored");
    wr(ENABLE(0, 0), 1u << 10);
    wr(CLAIM(0), 0);
    wr(CLAIM(0), PLIC_NDEV + 1);
    wr(CLAIM(0), 0xffffffff);
    expect_eq(rd(PENDING(0)), 0, "completion of ids 0, 96, ~0 ignored");
    wr(CLAIM(0), 10);
    expect_eq(rd(PENDING(0)), 1u << 10, "the real completion");

    /* A completion for a source that was never claimed changes nothing. */
    fresh("complete_unclaimed");
    wr(ENABLE(0, 0), 1u << 10);
    wr(PRIORITY(10), 1);
    plic_set_source(&plic, 10, true);
    wr(CLAIM(0), 10);
    expect_eq(rd(PENDING(0)), 1u << 10, "still exactly one request");
    expect_eq(rd(CLAIM(0)), 10, "claimed once");
    expect_eq(rd(CLAIM(0)), 0, "and only once");
}

static void test_irq_line(void)
{
    fresh("irq_line");
    struct irq_line l = plic_irq_line(&plic, 10);
    wr(ENABLE(1, 0), 1u << 10);
    wr(PRIORITY(10), 7);
    irq_line_set(&l, true);
    expect_lines(0, false, true);
    expect_eq(rd(CLAIM(1)), 10, "claim through the S context");
    irq_line_set(&l, false);
    wr(CLAIM(1), 10);
    expect_lines(0, false, false);
    expect_eq(rd(PENDING(0)), 0, "line low after completion");
}

static void test_reset(void)
{
    fresh("reset");
    wr(PRIORITY(10), 3);
    wr(PRIORITY(11), 3);
    wr(ENABLE(0, 0), (1u << 10) | (1u << 11));
    wr(ENABLE(3, 0), 1u << 11);
    wr(THRESHOLD(0), 1);
    plic_set_source(&plic, 10, true);
    plic_set_source(&plic, 11, true);
    expect_eq(rd(CLAIM(0)), 10, "claim before reset");
    expect_lines(0, true, false);
    expect_lines(1, false, true);
    plic.dev.reset(plic.dev.opaque);
    expect_lines(0, false, false);
    expect_lines(1, false, false);
    expect_eq(rd(PRIORITY(10)), 0, "priority cleared");
    expect_eq(rd(ENABLE(0, 0)), 0, "enables cleared");
    expect_eq(rd(THRESHOLD(0)), 0, "threshold cleared");
    expect_eq(rd(PENDING(0)), (1u << 10) | (1u << 11),
              "lines still high are requests again, the claimed one too");
}

int main(void)
{
    test_access_rules();
    test_priority();
    test_enable_and_threshold();
    test_pending();
    test_outputs();
    test_claim_order();
    test_gateway();
    test_irq_line();
    test_reset();
    printf("%lu passed, %lu failed\n", n_pass, n_fail);
    return n_fail ? 1 : 0;
}
