/*
 * test_virtio_opts: -drive, -device and -global parsing (accepted spellings, one-line
 * errors), the slot plan (command-line order, bus=, QEMU's if=none + -device pairs,
 * conflicts), and building slots from a plan.
 */
#include "test_virtio.h"

#include "devices/virtio_opts.h"

static char err[512];

static void expect_err(bool ok, const char *want)
{
    if (!ok && strstr(err, want)) {
        tv_passed++;
        return;
    }
    tv_failed++;
    printf("FAIL [%s]: %s; wanted an error containing \"%s\", got \"%s\"\n", tv_case,
           ok ? "accepted" : "refused", want, ok ? "" : err);
}

static void test_drive(void)
{
    struct virtio_opt o;
    tv_case = "-drive accepted";
    CHECK(virtio_parse_drive("file=a.img", &o, err, sizeof(err)));
    CHECK(!strcmp(o.file, "a.img") && !o.readonly && !o.if_none && !o.id);
    virtio_opt_free(&o);
    CHECK(virtio_parse_drive("file=my,,disk.img,format=raw,readonly=on,if=none,id=d0,serial=S1",
                             &o, err, sizeof(err)));
    CHECK(!strcmp(o.file, "my,disk.img") && o.readonly && o.if_none && !strcmp(o.id, "d0"));
    CHECK(!strcmp(o.serial, "S1"));
    virtio_opt_free(&o);
    CHECK(virtio_parse_drive("if=virtio,readonly=off,media=disk,file=b", &o, err, sizeof(err)));
    CHECK(!o.readonly && !o.if_none);
    virtio_opt_free(&o);

    tv_case = "-drive refused";
    expect_err(virtio_parse_drive("file=a.img,format=qcow2", &o, err, sizeof(err)),
               "-drive file=a.img,format=qcow2: format qcow2 is not supported (only raw)");
    expect_err(virtio_parse_drive("format=raw", &o, err, sizeof(err)), "needs file=IMAGE");
    expect_err(virtio_parse_drive("file=", &o, err, sizeof(err)), "needs file=IMAGE");
    expect_err(virtio_parse_drive("a.img", &o, err, sizeof(err)), "unknown option 'a.img'");
    expect_err(virtio_parse_drive("file=a,cache=none", &o, err, sizeof(err)),
               "unknown option 'cache' (known: file, format, readonly, if, id, serial, media)");
    expect_err(virtio_parse_drive("file=a,readonly", &o, err, sizeof(err)), "'readonly' needs a value");
    expect_err(virtio_parse_drive("file=a,readonly=maybe", &o, err, sizeof(err)), "use on or off");
    expect_err(virtio_parse_drive("file=a,file=b", &o, err, sizeof(err)), "'file' is given twice");
    expect_err(virtio_parse_drive("file=a,if=ide", &o, err, sizeof(err)), "if=ide is not supported");
    expect_err(virtio_parse_drive("file=a,if=none", &o, err, sizeof(err)), "if=none needs an id=");
    expect_err(virtio_parse_drive("file=a,media=cdrom", &o, err, sizeof(err)), "media cdrom");
}

static void test_device_global(void)
{
    struct virtio_opt o;
    tv_case = "-device accepted";
    CHECK(virtio_parse_device("virtio-blk-device,drive=d0", &o, err, sizeof(err)));
    CHECK(o.kind == VIRTIO_SLOT_BLK && !strcmp(o.id, "d0") && o.slot == -1);
    virtio_opt_free(&o);
    CHECK(virtio_parse_device("virtio-blk-device,serial=x,drive=d0,bus=virtio-mmio-bus.7", &o,
                              err, sizeof(err)));
    CHECK(o.slot == 7 && !strcmp(o.serial, "x"));
    virtio_opt_free(&o);
    CHECK(virtio_parse_device("virtio-rng-device", &o, err, sizeof(err)) && o.kind == VIRTIO_SLOT_RNG);
    virtio_opt_free(&o);
    CHECK(virtio_parse_device("driver=virtio-rng-device,bus=virtio-mmio-bus.0", &o, err,
                              sizeof(err)) && o.slot == 0);
    virtio_opt_free(&o);

    tv_case = "-device refused";
    expect_err(virtio_parse_device("virtio-blk-pci,drive=d0", &o, err, sizeof(err)),
               "-device virtio-blk-pci,drive=d0: the board has no PCI bus (use virtio-blk-device");
    expect_err(virtio_parse_device("virtio-net-device", &o, err, sizeof(err)),
               "-device virtio-net-device: unknown device 'virtio-net-device' (rvscope has "
               "virtio-blk-device and virtio-rng-device)");
    expect_err(virtio_parse_device("e1000", &o, err, sizeof(err)), "unknown device 'e1000'");
    expect_err(virtio_parse_device("", &o, err, sizeof(err)), "needs a device name");
    expect_err(virtio_parse_device("virtio-blk-device", &o, err, sizeof(err)), "needs drive=ID");
    expect_err(virtio_parse_device("virtio-rng-device,drive=x", &o, err, sizeof(err)),
               "unknown option 'drive' (known: bus)");
    expect_err(virtio_parse_device("virtio-rng-device,bus=virtio-mmio-bus.8", &o, err, sizeof(err)),
               "bus=virtio-mmio-bus.8: use virtio-mmio-bus.0 to virtio-mmio-bus.7");
    expect_err(virtio_parse_device("virtio-rng-device,bus=pcie.0", &o, err, sizeof(err)), "bus=pcie.0");

    tv_case = "-global";
    bool legacy = false;
    CHECK(virtio_parse_global("virtio-mmio.force-legacy=true", &legacy, err, sizeof(err)) && legacy);
    CHECK(virtio_parse_global("virtio-mmio.force-legacy=off", &legacy, err, sizeof(err)) && !legacy);
    expect_err(virtio_parse_global("virtio-mmio.force-legacy=2", &legacy, err, sizeof(err)),
               "-global virtio-mmio.force-legacy=2: use on or off");
    expect_err(virtio_parse_global("cfi.pflash01.secure=on", &legacy, err, sizeof(err)),
               "unsupported (rvscope knows virtio-mmio.force-legacy=on|off)");
}

/* Parse a NULL-terminated list of {flag, value} and plan it. */
static bool plan_of(const char *const *args, struct virtio_slot_plan *plan, bool *legacy)
{
    struct virtio_options o = {0};
    bool ok = true;
    for (int i = 0; ok && args[i]; i += 2)
        ok = virtio_options_add(&o, args[i], args[i + 1], err, sizeof(err));
    ok = ok && virtio_options_plan(&o, plan, err, sizeof(err));
    static char files[VIRTIO_SLOTS][64], serials[VIRTIO_SLOTS][64];
    for (int s = 0; ok && s < VIRTIO_SLOTS; s++) {   /* keep the strings past the free */
        snprintf(files[s], 64, "%s", plan[s].file ? plan[s].file : "");
        snprintf(serials[s], 64, "%s", plan[s].serial ? plan[s].serial : "");
        plan[s].file = files[s];
        plan[s].serial = serials[s];
    }
    if (legacy)
        *legacy = o.legacy;
    virtio_options_free(&o);
    return ok;
}

#define ARGS(...) (const char *const[]){__VA_ARGS__, NULL}

static void test_plan(void)
{
    struct virtio_slot_plan p[VIRTIO_SLOTS];
    bool legacy;
    tv_case = "plan: in order";
    CHECK(plan_of(ARGS("drive", "file=a.img", "device", "virtio-rng-device",
                       "drive", "file=b.img,readonly=on"), p, &legacy));
    CHECK(p[0].kind == VIRTIO_SLOT_BLK && !strcmp(p[0].file, "a.img") && !p[0].readonly);
    CHECK(p[1].kind == VIRTIO_SLOT_BLK && !strcmp(p[1].file, "b.img") && p[1].readonly);
    CHECK(p[7].kind == VIRTIO_SLOT_RNG);          /* -device without bus=: QEMU's top-down */
    for (int s = 2; s < 7; s++)
        CHECK(p[s].kind == VIRTIO_SLOT_EMPTY);
    CHECK(!legacy);

    tv_case = "plan: QEMU spelling and bus=";
    CHECK(plan_of(ARGS("global", "virtio-mmio.force-legacy=on",
                       "drive", "file=fs.img,if=none,format=raw,id=x0,serial=drv",
                       "drive", "file=b.img",
                       "device", "virtio-blk-device,drive=x0,bus=virtio-mmio-bus.0,serial=dev",
                       "device", "virtio-rng-device,bus=virtio-mmio-bus.5"), p, &legacy));
    CHECK(legacy);
    CHECK(p[0].kind == VIRTIO_SLOT_BLK && !strcmp(p[0].file, "fs.img") && !strcmp(p[0].serial, "dev"));
    CHECK(p[1].kind == VIRTIO_SLOT_BLK && !strcmp(p[1].file, "b.img"));
    CHECK(p[5].kind == VIRTIO_SLOT_RNG);
    CHECK(p[2].kind == VIRTIO_SLOT_EMPTY);

    tv_case = "plan: explicit slots first";
    CHECK(plan_of(ARGS("drive", "file=a", "device", "virtio-rng-device,bus=virtio-mmio-bus.0"),
                  p, NULL));
    CHECK(p[0].kind == VIRTIO_SLOT_RNG && p[1].kind == VIRTIO_SLOT_BLK);

    tv_case = "plan: -device without bus= like QEMU (7, 6, ...)";
    CHECK(plan_of(ARGS("drive", "file=a,if=none,id=a", "drive", "file=b,if=none,id=b",
                       "device", "virtio-blk-device,drive=a", "device", "virtio-rng-device",
                       "device", "virtio-blk-device,drive=b,bus=virtio-mmio-bus.7"), p, NULL));
    CHECK(p[7].kind == VIRTIO_SLOT_BLK && !strcmp(p[7].file, "b"));
    CHECK(p[6].kind == VIRTIO_SLOT_BLK && !strcmp(p[6].file, "a"));
    CHECK(p[5].kind == VIRTIO_SLOT_RNG && p[0].kind == VIRTIO_SLOT_EMPTY);

    tv_case = "plan: -device serial falls back to the drive's";
    CHECK(plan_of(ARGS("drive", "file=a,if=none,id=q,serial=from-drive",
                       "device", "virtio-blk-device,drive=q"), p, NULL));
    CHECK(!strcmp(p[7].serial, "from-drive"));

}

static void test_plan_errors(void)
{
    struct virtio_slot_plan p[VIRTIO_SLOTS];
    tv_case = "plan: refused";
    expect_err(plan_of(ARGS("device", "virtio-blk-device,drive=nope"), p, NULL),
               "-device virtio-blk-device,drive=nope: no -drive has id=nope");
    expect_err(plan_of(ARGS("drive", "file=a,if=none,id=d", "device", "virtio-blk-device,drive=d",
                            "device", "virtio-blk-device,drive=d"), p, NULL),
               "drive d is attached twice");
    expect_err(plan_of(ARGS("drive", "file=a,if=none,id=d"), p, NULL),
               "-drive file=a,if=none,id=d: no -device virtio-blk-device,drive=d uses it");
    expect_err(plan_of(ARGS("drive", "file=a,id=d", "device", "virtio-blk-device,drive=d"), p, NULL),
               "drive d already has a slot of its own (give it if=none)");
    expect_err(plan_of(ARGS("drive", "file=a,id=d", "drive", "file=b,id=d"), p, NULL),
               "-drive file=b,id=d: id=d is used by an earlier -drive");
    expect_err(plan_of(ARGS("device", "virtio-rng-device,bus=virtio-mmio-bus.2",
                            "device", "virtio-rng-device,bus=virtio-mmio-bus.2"), p, NULL),
               "virtio-mmio-bus.2 already has a device");
    expect_err(plan_of(ARGS("drive", "file=1", "drive", "file=2", "drive", "file=3",
                            "drive", "file=4", "drive", "file=5", "drive", "file=6",
                            "drive", "file=7", "drive", "file=8", "drive", "file=9"), p, NULL),
               "-drive file=9: all 8 virtio-mmio slots are taken");
    expect_err(plan_of(ARGS("drive", "file=1", "drive", "file=2", "drive", "file=3",
                            "drive", "file=4", "drive", "file=5", "drive", "file=6",
                            "drive", "file=7", "drive", "file=8",
                            "device", "virtio-rng-device"), p, NULL),
               "-device virtio-rng-device: all 8 virtio-mmio slots are taken");
    expect_err(plan_of(ARGS("netdev", "user"), p, NULL), "not a virtio option");
}

static void test_slots(void)
{
    struct bus bus;
    struct virtio_slot s;
    struct irq_line none = {0};
    uint64_t v;
    tv_case = "slot init";
    if (!bus_init(&bus, TV_RAM_BASE, 1 << 20, NULL))
        abort();
    struct virtio_slot_plan empty = {.kind = VIRTIO_SLOT_EMPTY}, rng = {.kind = VIRTIO_SLOT_RNG};
    CHECK(virtio_slot_init(&s, &empty, false, &bus, none, err, sizeof(err)));
    CHECK(s.mmio.dev.read(&s.mmio, 0x008, 4, &v) && v == 0);
    virtio_slot_free(&s);
    CHECK(virtio_slot_init(&s, &rng, true, &bus, none, err, sizeof(err)));
    CHECK(s.mmio.dev.read(&s.mmio, 0x008, 4, &v) && v == 4);
    CHECK(s.mmio.dev.read(&s.mmio, 0x004, 4, &v) && v == 1);
    virtio_slot_free(&s);
    struct virtio_slot_plan disk = {.kind = VIRTIO_SLOT_BLK, .file = "/nonexistent/disk.img"};
    expect_err(virtio_slot_init(&s, &disk, false, &bus, none, err, sizeof(err)),
               "/nonexistent/disk.img: No such file or directory");
    bus_free(&bus);
}

int main(void)
{
    test_drive();
    test_device_global();
    test_plan();
    test_plan_errors();
    test_slots();
    return tv_summary();
}
