/*
 * rvscope's command line: QEMU-style flags (-kernel, -bios, -m, -smp, -nographic) plus
 * rvscope's own (--trace, --stats, --max-insns). Builds the machine, loads the guest,
 * runs it, and exits with the guest's exit code.
 */
#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "boot.h"
#include "debugger/insn_trace.h"
#include "debugger/gdbstub.h"
#include "debugger/session.h"
#include "debugger/trace_export.h"
#include "debugger/viewer.h"
#include "machine.h"

#define EXIT_BAD_INPUT 2
#define EXIT_INSN_LIMIT 3
#define EXIT_DEADLOCK 4
#define EXIT_RESET 5
#define EXIT_STUCK 6

struct options {
    struct boot_config boot;
    const char *dumpdtb;
    uint64_t ram_size;
    int harts;
    bool trace_insn;
    unsigned trace_kinds;           /* --trace LIST (trace_export.h) */
    const char *trace_out;          /* --trace-out FILE: event lines there, not stderr */
    const char *trace_file;         /* --trace-file FILE.json: Chrome trace events */
    struct viewer_options viewer;   /* --viewer, --viewer-snapshot FILE.bmp */
    bool stats;
    bool debug;                     /* --debug or -x: the debugger's prompt first */
    const char *script;             /* -x FILE */
    const char *gdb;                /* -s, -gdb tcp::PORT: the GDB stub listens */
    bool gdb_halt;                  /* -S: wait for gdb before the first instruction */
    uint64_t max_insns;
    enum clock_mode clock;
    enum mmu_ad_mode ad_mode;
    struct virtio_options virtio;   /* -drive, -device, -global */
};

static void usage(FILE *out)
{
    fprintf(out,
        "Usage: rvscope [options] [PROGRAM.elf]\n"
        "rvscope runs a RISC-V RV64GC machine (QEMU's 'virt' board) and shows what it does.\n"
        "With no program, it boots its bundled kernel and file system (fs.img).\n"
        "\n"
        "Machine:\n"
        "  -kernel FILE     the program or kernel to run: an ELF, or a raw binary (loaded at\n"
        "                   0x80000000, or 0x80200000 after firmware); a PROGRAM argument\n"
        "                   is the same but must be an ELF\n"
        "  -bios none       enter the kernel directly in M-mode (the default)\n"
        "  -bios FILE       run firmware (e.g. OpenSBI fw_dynamic/fw_jump) at 0x80000000\n"
        "                   first; -bios default uses Debian's OpenSBI\n"
        "  -initrd FILE     load an initial ramdisk and describe it in /chosen\n"
        "  -append STRING   kernel command line (/chosen/bootargs)\n"
        "  -dtb FILE        give the guest this device tree instead of rvscope's\n"
        "  -dumpdtb FILE    write rvscope's device tree to FILE and exit\n"
        "  -m SIZE          RAM size in MiB, or with a suffix K, M or G (default 128M)\n"
        "  -drive file=IMG[,format=raw][,readonly=on][,if=none,id=ID][,serial=S]\n"
        "                   a virtio-blk disk; repeated, drives fill virtio slots in order\n"
        "  -device virtio-blk-device,drive=ID[,serial=S][,bus=virtio-mmio-bus.N]\n"
        "  -device virtio-rng-device[,bus=virtio-mmio-bus.N]\n"
        "                   QEMU's spelling of the same; virtio-rng gives host entropy\n"
        "  -global virtio-mmio.force-legacy=on|off\n"
        "                   the legacy (version 1) virtio-mmio transport; default off\n"
        "  -smp N           number of harts, 1 to %d (default 1)\n"
        "  -rtc clock=host  mtime follows the host clock (default: clock=vm, mtime\n"
        "                   advances with retired instructions, so runs repeat exactly)\n"
        "  --mmu-ad MODE    how page-table A/D bits get set: update (the default: the\n"
        "                   hardware walk sets them, as on QEMU) or fault (a page fault\n"
        "                   lets the kernel set them)\n"
        "  -M virt, -machine virt, -nographic\n"
        "                   accepted for QEMU compatibility (there is one board and the\n"
        "                   console is always this terminal)\n"
        "\n"
        "Observing:\n"
        "  --trace LIST     trace, comma-separated (the flag may be repeated):\n"
        "                   insn: each instruction: hart, privilege, pc, raw bits,\n"
        "                   disassembly, and the register written or the trap raised;\n"
        "                   satp, ecall, trap, interrupt, xret, mmio, pagewalk: one line\n"
        "                   per event, as the debugger's `trace on` prints it (stderr)\n"
        "  --trace-out FILE the event lines (not insn) go to FILE instead of stderr\n"
        "  --trace-file FILE.json\n"
        "                   write a Chrome trace-event file (Perfetto, chrome://tracing):\n"
        "                   per hart, U/S/M slices and process (satp) slices; ecalls\n"
        "                   and traps as instant events; time in us of guest time\n"
        "  --viewer         show the harts in a window while the guest runs (SDL2):\n"
        "                   per hart U/S/M, the process (satp), ecalls and traps over\n"
        "                   retired instructions; q closes it (the guest runs on),\n"
        "                   +/- or the wheel zoom, arrows pan, f follows, a shows all\n"
        "  --viewer-snapshot FILE.bmp\n"
        "                   draw the whole run into FILE.bmp when it ends (no display\n"
        "                   needed)\n"
        "  --stats          print instructions, host time and MIPS to stderr at exit\n"
        "  --debug          stop at the debugger's prompt before the first instruction\n"
        "                   (help lists its commands; Ctrl-A c enters it while running)\n"
        "  -x FILE          run the debugger commands in FILE first (implies --debug)\n"
        "  -gdb tcp::PORT   let gdb connect (target remote :PORT) on 127.0.0.1, or on\n"
        "                   tcp:HOST:PORT; the guest stops when gdb attaches\n"
        "  -s               the same as -gdb tcp::1234\n"
        "  -S               wait for gdb before the first instruction (implies -s\n"
        "                   unless -gdb is given)\n"
        "  --max-insns N    stop after about N instructions (exit status 3)\n"
        "\n"
        "  -h, --help       this text\n"
        "  --version        print the version\n"
        "\n"
        "Exit status: the guest's (test finisher at 0x100000 or HTIF tohost); 2 for bad\n"
        "input; 3 when --max-insns stopped the run; 4 when every hart waits for an\n"
        "interrupt that cannot come; 5 when booting again after a guest reset failed;\n"
        "6 when a trap handler's own address traps again forever.\n",
        HART_MAX);
}

static void die(const char *fmt, const char *arg)
{
    fprintf(stderr, "rvscope: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n");
    exit(EXIT_BAD_INPUT);
}

/* "-m" accepts MiB as a bare number, like QEMU, or a K/M/G suffix. */
static uint64_t parse_size(const char *s)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || s[0] == '-')
        die("-m %s: not a size (try 256M or 1G)", s);
    uint64_t shift = 20;
    if (*end) {
        switch (*end) {
        case 'k': case 'K': shift = 10; break;
        case 'm': case 'M': shift = 20; break;
        case 'g': case 'G': shift = 30; break;
        default: die("-m %s: unknown size suffix (use K, M or G)", s);
        }
        if (end[1] && strcmp(end + 1, "B") && strcmp(end + 1, "iB"))
            die("-m %s: not a size (try 256M or 1G)", s);
    }
    uint64_t bytes = (uint64_t)v << shift;
    if (v == 0 || bytes >> shift != v || bytes % 4096 || bytes > (64ull << 30))
        die("-m %s: RAM must be a whole number of 4 KiB pages, at most 64G", s);
    return bytes;
}

static uint64_t parse_count(const char *flag, const char *s)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 0);
    if (errno || end == s || *end || s[0] == '-') {
        fprintf(stderr, "rvscope: %s %s: not a number\n", flag, s);
        exit(EXIT_BAD_INPUT);
    }
    return v;
}

/* -rtc [base=utc][,clock=host|vm] (QEMU's spelling; rt counts as host). */
static enum clock_mode parse_rtc(const char *spec)
{
    enum clock_mode mode = CLOCK_INSNS;
    char buf[128];
    snprintf(buf, sizeof(buf), "%s", spec);
    for (char *save = NULL, *opt = strtok_r(buf, ",", &save); opt;
         opt = strtok_r(NULL, ",", &save)) {
        if (strcmp(opt, "clock=host") == 0 || strcmp(opt, "clock=rt") == 0)
            mode = CLOCK_HOST;
        else if (strcmp(opt, "clock=vm") == 0)
            mode = CLOCK_INSNS;
        else if (strncmp(opt, "base=", 5) != 0)
            die("-rtc %s: unknown option (use clock=host or clock=vm)", spec);
    }
    return mode;
}

static const char *next_arg(int argc, char **argv, int *i)
{
    if (*i + 1 >= argc)
        die("%s needs a value (see --help)", argv[*i]);
    return argv[++*i];
}

/* Accept both -flag and --flag for long options, as QEMU does. */
static bool is_flag(const char *arg, const char *name)
{
    if (arg[0] != '-')
        return false;
    arg += arg[1] == '-' ? 2 : 1;
    return strcmp(arg, name) == 0;
}

/* With no program, boot the bundled kernel and its file system, found next to the
 * rvscope binary where the build puts them (build/cross/guest/kernel/kernel.elf and
 * build/fs.img); a -drive given on the command line replaces fs.img. */
static void use_bundled_kernel(struct options *o)
{
    static char kernel[4200], drive[4200];
    char exe[4096];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    if (n <= 0)
        die("%s", "no program given (try: rvscope PROGRAM.elf, or --help)");
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    *slash = 0;
    snprintf(kernel, sizeof(kernel), "%s/cross/guest/kernel/kernel.elf", exe);
    if (access(kernel, R_OK) != 0)
        die("%s", "no program given, and the bundled kernel is not built "
                  "(build it: cmake --build build; or run: rvscope PROGRAM.elf)");
    o->boot.kernel = kernel;
    o->boot.kernel_elf_only = true;
    if (o->virtio.count == 0) {
        char err[512];
        snprintf(drive, sizeof(drive), "file=%s/fs.img,format=raw", exe);
        if (!virtio_options_add(&o->virtio, "drive", drive, err, sizeof(err)))
            die("%s", err);
    }
}

static void parse_args(int argc, char **argv, struct options *o)
{
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (is_flag(a, "h") || is_flag(a, "help")) {
            usage(stdout);
            exit(0);
        } else if (is_flag(a, "version")) {
            printf("rvscope 0.1\n");
            exit(0);
        } else if (is_flag(a, "kernel")) {
            o->boot.kernel = next_arg(argc, argv, &i);
            o->boot.kernel_elf_only = false;
        } else if (is_flag(a, "bios")) {
            o->boot.bios = next_arg(argc, argv, &i);
        } else if (is_flag(a, "initrd")) {
            o->boot.initrd = next_arg(argc, argv, &i);
        } else if (is_flag(a, "append")) {
            o->boot.append = next_arg(argc, argv, &i);
        } else if (is_flag(a, "dtb")) {
            o->boot.dtb = next_arg(argc, argv, &i);
        } else if (is_flag(a, "dumpdtb")) {
            o->dumpdtb = next_arg(argc, argv, &i);
        } else if (is_flag(a, "m")) {
            o->ram_size = parse_size(next_arg(argc, argv, &i));
        } else if (is_flag(a, "smp")) {
            const char *v = next_arg(argc, argv, &i);
            uint64_t n = parse_count("-smp", v);
            if (n < 1 || n > HART_MAX)
                die("-smp %s: rvscope supports 1 to 8 harts", v);
            o->harts = (int)n;
        } else if (is_flag(a, "M") || is_flag(a, "machine")) {
            const char *v = next_arg(argc, argv, &i);
            if (strcmp(v, "virt") != 0)
                die("-M %s: the only machine is 'virt'", v);
        } else if (is_flag(a, "drive") || is_flag(a, "device") || is_flag(a, "global")) {
            const char *flag = a + (a[1] == '-' ? 2 : 1);
            char err[512];
            if (!virtio_options_add(&o->virtio, flag, next_arg(argc, argv, &i), err, sizeof(err)))
                die("%s", err);
        } else if (is_flag(a, "nographic")) {
            continue;
        } else if (is_flag(a, "rtc")) {
            o->clock = parse_rtc(next_arg(argc, argv, &i));
        } else if (is_flag(a, "trace")) {
            char err[256];
            if (!trace_parse_kinds(next_arg(argc, argv, &i), &o->trace_kinds, err, sizeof(err)))
                die("%s", err);
            o->trace_insn = o->trace_kinds & TRACE_KIND_INSN;
        } else if (is_flag(a, "trace-out")) {
            o->trace_out = next_arg(argc, argv, &i);
        } else if (is_flag(a, "trace-file")) {
            o->trace_file = next_arg(argc, argv, &i);
        } else if (is_flag(a, "viewer")) {
            o->viewer.window = true;
        } else if (is_flag(a, "viewer-snapshot")) {
            o->viewer.snapshot = next_arg(argc, argv, &i);
        } else if (is_flag(a, "stats")) {
            o->stats = true;
        } else if (is_flag(a, "debug")) {
            o->debug = true;
        } else if (is_flag(a, "x")) {
            o->script = next_arg(argc, argv, &i);
            o->debug = true;
            if (access(o->script, R_OK) != 0)
                die("-x %s: cannot read this file of debugger commands", o->script);
        } else if (is_flag(a, "s")) {
            o->gdb = "tcp::1234";
        } else if (is_flag(a, "gdb")) {
            o->gdb = next_arg(argc, argv, &i);
        } else if (is_flag(a, "S")) {
            o->gdb_halt = true;
        } else if (is_flag(a, "mmu-ad")) {
            const char *v = next_arg(argc, argv, &i);
            if (strcmp(v, "update") == 0)
                o->ad_mode = MMU_AD_HARDWARE;
            else if (strcmp(v, "fault") == 0)
                o->ad_mode = MMU_AD_FAULT;
            else
                die("--mmu-ad %s: use update or fault", v);
        } else if (is_flag(a, "max-insns")) {
            o->max_insns = parse_count("--max-insns", next_arg(argc, argv, &i));
        } else if (a[0] == '-') {
            die("%s: unknown option (see --help)", a);
        } else if (!o->boot.kernel) {
            o->boot.kernel = a;
            o->boot.kernel_elf_only = true;
        } else {
            die("%s: only one program can be given", a);
        }
    }
}

/* HTIF: programs written for Spike name their mailboxes tohost/fromhost. */
static bool find_htif(struct machine *m, const struct image *img, const char *path)
{
    uint64_t tohost, fromhost = 0;
    if (!symtab_lookup(&img->symbols, "tohost", &tohost))
        return true;
    symtab_lookup(&img->symbols, "fromhost", &fromhost);
    if (!bus_is_ram(&m->bus, tohost, 8) || (fromhost && !bus_is_ram(&m->bus, fromhost, 8))) {
        fprintf(stderr, "rvscope: %s: tohost/fromhost are outside RAM\n", path);
        return false;
    }
    machine_set_htif(m, tohost, fromhost);
    return true;
}

/* -dumpdtb: the device tree exactly as the guest would get it (with -append, -initrd). */
static int dump_dtb(struct machine *m, const struct options *o, const struct boot_info *boot)
{
    const uint8_t *blob = bus_ram_ptr(&m->bus, boot->dtb_addr, boot->dtb_size);
    FILE *f = blob ? fopen(o->dumpdtb, "wb") : NULL;
    bool ok = f && fwrite(blob, 1, boot->dtb_size, f) == boot->dtb_size;
    if (f && fclose(f) != 0)
        ok = false;
    if (!ok) {
        fprintf(stderr, "rvscope: %s: cannot write the device tree\n", o->dumpdtb);
        return EXIT_BAD_INPUT;
    }
    return 0;
}

static int report_stuck(const struct machine *m)
{
    for (int i = 0; i < m->cfg.harts; i++) {
        const struct hart *h = &m->harts[i];
        if (!h->stuck)
            continue;
        bool in_m = h->priv == PRIV_M;
        uint64_t cause = in_m ? h->csr.mcause : h->csr.scause;
        fprintf(stderr,
                "rvscope: hart %d is stuck: %s at 0x%" PRIx64 " (tval=0x%" PRIx64 ") traps to "
                "%s=0x%" PRIx64 ", which raises it again\n",
                i, trap_cause_name(cause), h->pc, in_m ? h->csr.mtval : h->csr.stval,
                in_m ? "mtvec" : "stvec", in_m ? h->csr.mtvec : h->csr.stvec);
    }
    return EXIT_STUCK;
}

static int exit_status(const struct machine *m, enum machine_stop why)
{
    switch (why) {
    case STOP_FINISHER: case STOP_HTIF: return m->exit_code;
    case STOP_QUIT: return 0;   /* Ctrl-A x */
    case STOP_INSN_LIMIT:
        fprintf(stderr, "rvscope: stopped after %" PRIu64 " instructions (--max-insns)\n",
                m->retired);
        return EXIT_INSN_LIMIT;
    case STOP_DEADLOCK:
        fprintf(stderr, "rvscope: every hart waits in WFI and no timer is armed: "
                        "nothing can wake them\n");
        return EXIT_DEADLOCK;
    case STOP_RESET:   /* only when booting again failed */
        return EXIT_RESET;
    case STOP_STUCK:
        return report_stuck(m);
    default: return 1;
    }
}

/* The guest reset the machine (finisher 0x7777): devices back to their reset state,
 * images loaded again, every hart at the reset ROM — as when rvscope started. */
static bool reboot(struct machine *m, const struct options *o, struct boot_info *boot)
{
    char err[512];
    machine_reset(m);
    boot_free(boot);
    if (!boot_prepare(m, &o->boot, boot, err, sizeof(err))) {
        fprintf(stderr, "rvscope: reset: %s\n", err);
        return false;
    }
    return find_htif(m, &boot->kernel, o->boot.kernel);
}

/* The GDB stub boots again itself after a guest reset, so that gdb stays connected. */
struct reboot_args {
    struct machine *m;
    const struct options *o;
    struct boot_info *boot;
};

static bool reboot_for_gdb(void *ctx)
{
    struct reboot_args *a = ctx;
    return reboot(a->m, a->o, a->boot);
}

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
    struct options o = {.ram_size = MACHINE_DEFAULT_RAM, .harts = 1};
    parse_args(argc, argv, &o);
    struct gdb_address gdb_at;
    char gdb_err[512];
    if (o.gdb_halt && !o.gdb)
        o.gdb = "tcp::1234";
    if (o.gdb && o.debug)
        die("%s", "-gdb/-s and --debug/-x: use one debugger at a time (in gdb, "
                  "monitor CMD runs the prompt's commands)");
    if (o.gdb && !gdb_parse_address(o.gdb, &gdb_at, gdb_err, sizeof(gdb_err)))
        die("%s", gdb_err);
    bool firmware = o.boot.bios && strcmp(o.boot.bios, "none") != 0;
    if (!o.boot.kernel && !firmware && !o.dumpdtb)
        use_bundled_kernel(&o);

    struct machine *m = malloc(sizeof(*m));
    char err[256];
    struct virtio_slot_plan plan[VIRTIO_SLOTS];
    if (!virtio_options_plan(&o.virtio, plan, err, sizeof(err)))
        die("%s", err);
    struct machine_config cfg = {.ram_size = o.ram_size, .harts = o.harts,
                                 .max_insns = o.max_insns, .clock = o.clock,
                                 .virtio = plan, .virtio_legacy = o.virtio.legacy};
    bool built = m && machine_init(m, &cfg, err, sizeof(err));
    virtio_options_free(&o.virtio);   /* the slots keep what they need */
    if (!built) {   /* a disk image that cannot be used, or RAM that cannot be had */
        fprintf(stderr, "rvscope: %s\n", m ? err : "out of memory");
        return EXIT_BAD_INPUT;
    }
    for (int i = 0; i < o.harts; i++)
        mmu_set_ad_mode(&m->harts[i], o.ad_mode);
    struct boot_info boot;
    bool ok = boot_prepare(m, &o.boot, &boot, err, sizeof(err));
    if (!ok)
        fprintf(stderr, "rvscope: %s\n", err);
    else
        ok = find_htif(m, &boot.kernel, o.boot.kernel);
    if (!ok || o.dumpdtb) {
        int status = ok ? dump_dtb(m, &o, &boot) : EXIT_BAD_INPUT;
        boot_free(&boot);
        machine_free(m);
        free(m);
        return status;
    }
    struct insn_trace trace = {.out = stderr, .symbols = &boot.kernel.symbols};
    if (o.trace_insn)
        for (int i = 0; i < o.harts; i++)
            insn_trace_attach(&m->harts[i], &trace);
    struct trace_export *events = NULL;   /* --trace KINDS, --trace-file */
    if ((o.trace_kinds & ~TRACE_KIND_INSN) || o.trace_file) {
        events = trace_export_start(m, &boot, o.trace_kinds, o.trace_out, o.trace_file, err,
                                    sizeof(err));
        if (!events) {
            fprintf(stderr, "rvscope: %s\n", err);
            boot_free(&boot);
            machine_free(m);
            free(m);
            return EXIT_BAD_INPUT;
        }
    }
    struct viewer *viewer = NULL;   /* --viewer, --viewer-snapshot */
    if (o.viewer.window || o.viewer.snapshot) {
        viewer = viewer_start(m, &boot, &o.viewer, err, sizeof(err));
        if (!viewer) {
            fprintf(stderr, "rvscope: %s\n", err);
            trace_export_finish(events);
            boot_free(&boot);
            machine_free(m);
            free(m);
            return EXIT_BAD_INPUT;
        }
    }

    double start = now_seconds();
    /* Under the debugger, piped input is the prompt's, not the guest's. */
    int console_in = o.debug && !isatty(STDIN_FILENO) ? -1 : STDIN_FILENO;
    if (!machine_attach_console(m, console_in, err, sizeof(err))) {
        fprintf(stderr, "rvscope: %s\n", err);
        viewer_free(viewer);
        trace_export_finish(events);
        boot_free(&boot);
        machine_free(m);
        free(m);
        return 1;
    }
    bool gdb_failed = false;
    struct reboot_args reboot_args = {m, &o, &boot};
    struct gdb_reboot gdb_reboot = {reboot_for_gdb, &reboot_args};
    enum machine_stop why =
        o.debug ? STOP_DEBUG
        : o.gdb ? gdb_serve(m, &boot, &gdb_at, o.gdb_halt, &gdb_reboot, &gdb_failed)
                : machine_run(m);
    if (gdb_failed) {   /* the port is taken (said on stderr) */
        viewer_free(viewer);
        boot_free(&boot);
        machine_free(m);
        free(m);
        return 1;
    }
    for (;;) {
        if (why == STOP_DEBUG)   /* --debug, -x FILE, or Ctrl-A c */
            why = dbg_session(m, &boot, o.script, o.debug);
        if (why != STOP_RESET || o.gdb || !reboot(m, &o, &boot))   /* gdb: it failed */
            break;
        why = machine_run(m);
    }
    double secs = now_seconds() - start;
    if (o.stats)
        fprintf(stderr, "rvscope: stats: %" PRIu64 " instructions in %.3f s (%.1f MIPS)\n",
                m->retired, secs, secs > 0 ? (double)m->retired / secs / 1e6 : 0.0);
    int status = why == STOP_NONE ? 0 : exit_status(m, why);   /* NONE: quit at the prompt */
    if (!viewer_finish(viewer, err, sizeof(err))) {   /* before the tracer: its dbg came first */
        fprintf(stderr, "rvscope: %s\n", err);
        status = EXIT_BAD_INPUT;
    }
    trace_export_finish(events);
    boot_free(&boot);
    machine_free(m);
    free(m);
    return status;
}
