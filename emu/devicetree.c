#include "devicetree.h"

#include <libfdt.h>
#include <stdio.h>

#include "machine.h"


/* phandles: 1..harts for the per-hart interrupt controllers, then these. */
#define PHANDLE_PLIC(m) ((uint32_t)(m)->cfg.harts + 1)
#define PHANDLE_TEST(m) ((uint32_t)(m)->cfg.harts + 2)
#define PHANDLE_INTC(h) ((uint32_t)(h) + 1)

static bool present(const struct machine *m, enum virt_region r)
{
    return bus_find_region(&m->bus, virt_memmap[r].base) != NULL;
}

/* reg = <base size> with #address-cells = #size-cells = 2. */
static int prop_reg(void *fdt, uint64_t base, uint64_t size)
{
    fdt64_t cells[2] = {cpu_to_fdt64(base), cpu_to_fdt64(size)};
    return fdt_property(fdt, "reg", cells, sizeof(cells));
}

static int begin_region_node(void *fdt, const char *kind, uint64_t base, uint64_t size)
{
    char name[64];
    snprintf(name, sizeof(name), "%s@%llx", kind, (unsigned long long)base);
    int err = fdt_begin_node(fdt, name);
    return err ? err : prop_reg(fdt, base, size);
}

/* interrupts-extended = <&intc(h) irq_a [&intc(h) irq_b]> for every hart. */
static int prop_hart_irqs(void *fdt, const struct machine *m, uint32_t irq_a, uint32_t irq_b)
{
    fdt32_t cells[HART_MAX * 4];
    int n = 0;
    for (int h = 0; h < m->cfg.harts; h++) {
        cells[n++] = cpu_to_fdt32(PHANDLE_INTC(h));
        cells[n++] = cpu_to_fdt32(irq_a);
        cells[n++] = cpu_to_fdt32(PHANDLE_INTC(h));
        cells[n++] = cpu_to_fdt32(irq_b);
    }
    return fdt_property(fdt, "interrupts-extended", cells, (int)(n * sizeof(fdt32_t)));
}

static int add_cpu(void *fdt, int hart)
{
    static const char isa_exts[] = "i\0m\0a\0f\0d\0c\0zicsr\0zifencei\0zicntr\0sstc";
    char name[32];
    snprintf(name, sizeof(name), "cpu@%d", hart);
    int err = fdt_begin_node(fdt, name);
    err = err ? err : fdt_property_string(fdt, "device_type", "cpu");
    err = err ? err : fdt_property_u32(fdt, "reg", (uint32_t)hart);
    err = err ? err : fdt_property_string(fdt, "status", "okay");
    err = err ? err : fdt_property_string(fdt, "compatible", "riscv");
    err = err ? err : fdt_property_string(fdt, "riscv,isa", "rv64imafdc_zicsr_zifencei_zicntr_sstc");
    err = err ? err : fdt_property_string(fdt, "riscv,isa-base", "rv64i");
    err = err ? err : fdt_property(fdt, "riscv,isa-extensions", isa_exts, sizeof(isa_exts));
    err = err ? err : fdt_property_string(fdt, "mmu-type", "riscv,sv48");
    err = err ? err : fdt_begin_node(fdt, "interrupt-controller");
    err = err ? err : fdt_property_u32(fdt, "#address-cells", 0);
    err = err ? err : fdt_property_u32(fdt, "#interrupt-cells", 1);
    err = err ? err : fdt_property(fdt, "interrupt-controller", NULL, 0);
    err = err ? err : fdt_property_string(fdt, "compatible", "riscv,cpu-intc");
    err = err ? err : fdt_property_u32(fdt, "phandle", PHANDLE_INTC(hart));
    err = err ? err : fdt_end_node(fdt);
    return err ? err : fdt_end_node(fdt);
}

static int add_cpus(void *fdt, const struct machine *m)
{
    int err = fdt_begin_node(fdt, "cpus");
    err = err ? err : fdt_property_u32(fdt, "#address-cells", 1);
    err = err ? err : fdt_property_u32(fdt, "#size-cells", 0);
    err = err ? err : fdt_property_u32(fdt, "timebase-frequency", MACHINE_TIMEBASE_HZ);
    for (int h = 0; h < m->cfg.harts && !err; h++)
        err = add_cpu(fdt, h);
    return err ? err : fdt_end_node(fdt);
}

static int add_memory(void *fdt, const struct machine *m)
{
    int err = begin_region_node(fdt, "memory", m->bus.ram_base, m->bus.ram_size);
    err = err ? err : fdt_property_string(fdt, "device_type", "memory");
    return err ? err : fdt_end_node(fdt);
}

/* A device node on the PLIC: compatible, reg, interrupts. */
static int add_plic_device(void *fdt, const struct machine *m, const char *kind,
                           const char *compatible, uint64_t base, uint64_t size, unsigned irq)
{
    int err = begin_region_node(fdt, kind, base, size);
    err = err ? err : fdt_property_string(fdt, "compatible", compatible);
    if (present(m, VIRT_PLIC) && irq) {
        err = err ? err : fdt_property_u32(fdt, "interrupt-parent", PHANDLE_PLIC(m));
        err = err ? err : fdt_property_u32(fdt, "interrupts", irq);
    }
    return err;
}

static int add_clint(void *fdt, const struct machine *m)
{
    static const char compat[] = "sifive,clint0\0riscv,clint0";
    const struct memmap_entry *e = &virt_memmap[VIRT_CLINT];
    int err = begin_region_node(fdt, "clint", e->base, e->size);
    err = err ? err : fdt_property(fdt, "compatible", compat, sizeof(compat));
    err = err ? err : prop_hart_irqs(fdt, m, 3, 7);   /* MSI, MTI */
    return err ? err : fdt_end_node(fdt);
}

static int add_plic(void *fdt, const struct machine *m)
{
    static const char compat[] = "sifive,plic-1.0.0\0riscv,plic0";
    const struct memmap_entry *e = &virt_memmap[VIRT_PLIC];
    int err = begin_region_node(fdt, "plic", e->base, e->size);
    err = err ? err : fdt_property(fdt, "compatible", compat, sizeof(compat));
    err = err ? err : fdt_property_u32(fdt, "#address-cells", 0);
    err = err ? err : fdt_property_u32(fdt, "#interrupt-cells", 1);
    err = err ? err : fdt_property(fdt, "interrupt-controller", NULL, 0);
    err = err ? err : fdt_property_u32(fdt, "riscv,ndev", PLIC_NDEV);
    err = err ? err : prop_hart_irqs(fdt, m, 11, 9);  /* context 2h: M, 2h+1: S */
    err = err ? err : fdt_property_u32(fdt, "phandle", PHANDLE_PLIC(m));
    return err ? err : fdt_end_node(fdt);
}

static int add_test_finisher(void *fdt, const struct machine *m)
{
    static const char compat[] = "sifive,test1\0sifive,test0\0syscon";
    const struct memmap_entry *e = &virt_memmap[VIRT_TEST];
    int err = begin_region_node(fdt, "test", e->base, e->size);
    err = err ? err : fdt_property(fdt, "compatible", compat, sizeof(compat));
    err = err ? err : fdt_property_u32(fdt, "phandle", PHANDLE_TEST(m));
    return err ? err : fdt_end_node(fdt);
}

static int add_soc(void *fdt, const struct machine *m)
{
    int err = fdt_begin_node(fdt, "soc");
    err = err ? err : fdt_property_u32(fdt, "#address-cells", 2);
    err = err ? err : fdt_property_u32(fdt, "#size-cells", 2);
    err = err ? err : fdt_property_string(fdt, "compatible", "simple-bus");
    err = err ? err : fdt_property(fdt, "ranges", NULL, 0);
    if (!err && present(m, VIRT_TEST))
        err = add_test_finisher(fdt, m);
    if (!err && present(m, VIRT_CLINT))
        err = add_clint(fdt, m);
    if (!err && present(m, VIRT_PLIC))
        err = add_plic(fdt, m);
    const struct memmap_entry *e = &virt_memmap[VIRT_UART0];
    if (!err && present(m, VIRT_UART0)) {
        err = add_plic_device(fdt, m, "serial", "ns16550a", e->base, e->size, e->irq);
        err = err ? err : fdt_property_u32(fdt, "clock-frequency", UART_CLOCK_HZ);
        err = err ? err : fdt_end_node(fdt);
    }
    e = &virt_memmap[VIRT_RTC];
    if (!err && present(m, VIRT_RTC)) {
        err = add_plic_device(fdt, m, "rtc", "google,goldfish-rtc", e->base, e->size, e->irq);
        err = err ? err : fdt_end_node(fdt);
    }
    e = &virt_memmap[VIRT_VIRTIO];
    for (unsigned i = 0; i < e->count && !err; i++) {
        uint64_t base = e->base + i * e->size;
        if (!bus_find_region(&m->bus, base))
            continue;
        err = add_plic_device(fdt, m, "virtio_mmio", "virtio,mmio", base, e->size, e->irq + i);
        err = err ? err : fdt_end_node(fdt);
    }
    return err ? err : fdt_end_node(fdt);
}

/* poweroff and reboot through the test finisher (syscon bindings). */
static int add_syscon_node(void *fdt, const struct machine *m, const char *name,
                           const char *compatible, uint32_t value)
{
    int err = fdt_begin_node(fdt, name);
    err = err ? err : fdt_property_string(fdt, "compatible", compatible);
    err = err ? err : fdt_property_u32(fdt, "regmap", PHANDLE_TEST(m));
    err = err ? err : fdt_property_u32(fdt, "offset", 0);
    err = err ? err : fdt_property_u32(fdt, "value", value);
    return err ? err : fdt_end_node(fdt);
}

static int add_chosen(void *fdt, const struct machine *m, const struct fdt_params *p)
{
    char stdout_path[64];
    snprintf(stdout_path, sizeof(stdout_path), "/soc/serial@%llx",
             (unsigned long long)virt_memmap[VIRT_UART0].base);
    int err = fdt_begin_node(fdt, "chosen");
    if (present(m, VIRT_UART0))
        err = err ? err : fdt_property_string(fdt, "stdout-path", stdout_path);
    if (p->bootargs)
        err = err ? err : fdt_property_string(fdt, "bootargs", p->bootargs);
    if (p->initrd_end > p->initrd_start) {
        err = err ? err : fdt_property_u64(fdt, "linux,initrd-start", p->initrd_start);
        err = err ? err : fdt_property_u64(fdt, "linux,initrd-end", p->initrd_end);
    }
    return err ? err : fdt_end_node(fdt);
}

size_t fdt_build(const struct machine *m, const struct fdt_params *p, void *buf, size_t len)
{
    static const char compat[] = "riscv-virtio";
    int err = fdt_create(buf, (int)len);
    err = err ? err : fdt_finish_reservemap(buf);
    err = err ? err : fdt_begin_node(buf, "");
    err = err ? err : fdt_property_u32(buf, "#address-cells", 2);
    err = err ? err : fdt_property_u32(buf, "#size-cells", 2);
    err = err ? err : fdt_property(buf, "compatible", compat, sizeof(compat));
    err = err ? err : fdt_property_string(buf, "model", "riscv-virtio,qemu (rvscope)");
    err = err ? err : add_chosen(buf, m, p);
    err = err ? err : add_memory(buf, m);
    err = err ? err : add_cpus(buf, m);
    err = err ? err : add_soc(buf, m);
    if (!err && present(m, VIRT_TEST)) {
        err = add_syscon_node(buf, m, "poweroff", "syscon-poweroff", 0x5555);
        err = err ? err : add_syscon_node(buf, m, "reboot", "syscon-reboot", 0x7777);
    }
    err = err ? err : fdt_end_node(buf);
    err = err ? err : fdt_finish(buf);
    return err ? 0 : fdt_totalsize(buf);
}
