/*
 * The debugger core's API (emu/debugger/dbg.h), as the GDB stub and the viewer will use
 * it: run control, pc/watch/event breakpoints, stop reasons, memory and translation.
 * Runs the debugger tests' kernel (argv[1]: minikernel.elf).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "boot.h"
#include "debugger/dbg.h"
#include "machine.h"

static int failures;

#define CHECK(cond)                                                           \
    do {                                                                      \
        if (!(cond)) {                                                        \
            fprintf(stderr, "%s:%d: FAIL: %s\n", __FILE__, __LINE__, #cond);  \
            failures++;                                                       \
        }                                                                     \
    } while (0)

/* A front end's poller: it asks for a stop the first time it runs. */
static int polls;
static void poll_and_stop(void *ctx)
{
    polls++;
    dbg_request_stop(ctx);
}

static int other_polls;
static void count_polls(void *ctx)
{
    (*(int *)ctx)++;
}

static uint64_t symbol(const struct boot_info *b, const char *name)
{
    uint64_t v = 0;
    if (!symtab_lookup(&b->kernel.symbols, name, &v)) {
        fprintf(stderr, "no symbol %s in the test kernel\n", name);
        exit(1);
    }
    return v;
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_dbg_api minikernel.elf\n");
        return 2;
    }
    static struct machine m;
    struct machine_config cfg = {.ram_size = 128ull << 20, .harts = 1};
    struct boot_config bc = {.kernel = argv[1], .kernel_elf_only = true};
    struct boot_info boot;
    char err[256];
    if (!machine_init(&m, &cfg, err, sizeof(err)) ||
        !boot_prepare(&m, &bc, &boot, err, sizeof(err))) {
        fprintf(stderr, "test_dbg_api: %s\n", err);
        return 1;
    }
    struct dbg *d = dbg_new(&m);
    dbg_add_symbols(d, "kernel", &boot.kernel.symbols, boot.kernel.low, boot.kernel.high);
    struct dbg_stop s;

    /* A stop requested before running: nothing runs, the answer is REQUEST. */
    dbg_request_stop(d);
    CHECK(dbg_continue(d, &s) == DBG_STOP_REQUEST);
    CHECK(m.harts[0].pc == 0x1000);

    /* A poller runs while the machine runs, and may stop it; another front end's
     * poller (a viewer beside the stub) runs too, and removing one keeps the other. */
    CHECK(machine_add_poller(&m, count_polls, &other_polls));
    CHECK(dbg_add_poller(d, poll_and_stop, d));
    CHECK(dbg_continue(d, &s) == DBG_STOP_REQUEST && polls == 1 && m.retired > 0);
    CHECK(other_polls == 1);
    dbg_remove_poller(d, poll_and_stop, d);
    CHECK(m.npollers == 1 && m.pollers[0].fn == count_polls);
    machine_remove_poller(&m, count_polls, &other_polls);
    CHECK(m.npollers == 0);

    /* A pc breakpoint stops before its instruction; the next continue runs over it. */
    uint64_t strap = symbol(&boot, "strap");
    int bp = dbg_break_insert(d, strap, NULL, 0);
    CHECK(bp == 1);
    CHECK(dbg_continue(d, &s) == DBG_STOP_BREAK);
    CHECK(s.hart == 0 && s.id == bp && s.va == strap && m.harts[0].pc == strap);
    CHECK(m.harts[0].priv == PRIV_S);
    CHECK(dbg_step(d, 0, 1, &s) == DBG_STOP_STEP && m.harts[0].pc == strap + 2);
    CHECK(dbg_point_get(d, 0)->hits == 1);
    CHECK(dbg_delete(d, bp) && !dbg_delete(d, bp));

    /* The user's data page through its satp, and the kernel's own name for it. */
    uint64_t pa, data = symbol(&boot, "user_data_page");
    CHECK(dbg_translate(d, 0, 0x2000, MMU_LOAD, &pa, NULL) && pa == data);
    uint8_t virt[16], phys[16];
    CHECK(dbg_read(d, 0, 0x1000, false, virt, sizeof(virt)));
    CHECK(dbg_read(d, 0, symbol(&boot, "user_image"), true, phys, sizeof(phys)));
    CHECK(memcmp(virt, phys, sizeof(virt)) == 0);
    CHECK(!dbg_read(d, 0, 0x7000, false, virt, 8));

    /* Stopping before the access (as for gdb): the store has not happened, the pc is
     * the store's, and resuming runs it without stopping again on it. */
    dbg_watch_stop_before(d, true);
    int wb = dbg_watch_insert(d, 0x2000, 8, false, DBG_WATCH_WRITE);
    CHECK(dbg_continue(d, &s) == DBG_STOP_WATCH);
    CHECK(s.id == wb && s.before && s.va == 0x2000 && s.write);
    uint64_t store_pc = m.harts[0].pc, before = 1;
    CHECK(dbg_read(d, 0, 0x2000, false, &before, 8) && before == 0);
    CHECK(dbg_step(d, 0, 1, &s) == DBG_STOP_STEP);
    CHECK(m.harts[0].pc == store_pc + 4);
    CHECK(dbg_read(d, 0, 0x2000, false, &before, 8) && before == 42);
    dbg_delete_all(d);
    dbg_watch_stop_before(d, false);
    uint64_t zero = 0;
    CHECK(dbg_write(d, 0, 0x2000, false, &zero, 8));   /* as it was: the store again */
    m.harts[0].pc = store_pc;

    /* A store watchpoint reports the access and stops right after it. */
    int w = dbg_watch_insert(d, 0x2000, 8, false, DBG_WATCH_WRITE);
    CHECK(dbg_continue(d, &s) == DBG_STOP_WATCH);
    uint64_t now = 0;
    CHECK(s.id == w && s.va == 0x2000 && s.pa == data && s.write && s.size == 8);
    CHECK(s.has_old && s.old_value == 0);
    CHECK(dbg_read(d, 0, 0x2000, false, &now, 8) && now == 42);
    dbg_delete_all(d);

    /* An event breakpoint on the store page fault: the event comes back with the stop. */
    int e = dbg_event_insert(d, DBG_EV_TRAP, -1, EXC_STORE_PAGE_FAULT);
    CHECK(dbg_continue(d, &s) == DBG_STOP_EVENT);
    CHECK(s.id == e && s.ev.kind == EV_TRAP && s.ev.u.trap.tval == 0x3000);
    CHECK(s.ev.u.trap.from == PRIV_U && s.ev.u.trap.to == PRIV_S);
    CHECK(m.harts[0].pc == symbol(&boot, "strapvec"));

    /* The end of the machine, and nothing after it. */
    CHECK(dbg_continue(d, &s) == DBG_STOP_MACHINE && s.machine == STOP_FINISHER);
    CHECK(dbg_machine_ended(d) && m.exit_code == 0);
    CHECK(dbg_step(d, 0, 1, &s) == DBG_STOP_MACHINE);

    dbg_free(d);
    boot_free(&boot);
    machine_free(&m);
    if (failures)
        fprintf(stderr, "test_dbg_api: %d failure(s)\n", failures);
    else
        printf("test_dbg_api: ok\n");
    return failures != 0;
}
