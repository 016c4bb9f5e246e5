/* The virtio command-line options and the slots they fill; see virtio_opts.h. */
#include "virtio_opts.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_PAIRS 16

/* One "key=value" of a QEMU-style option string; value is NULL for a bare word. */
struct pair {
    char *key, *value;
};

static void free_pairs(struct pair *p, int n)
{
    for (int i = 0; i < n; i++) {
        free(p[i].key);
        free(p[i].value);
    }
}

/* Copy s[0..n) with ",," turned into ",". */
static char *dup_unescaped(const char *s, size_t n)
{
    char *out = malloc(n + 1), *o = out;
    if (!out)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        *o++ = s[i];
        if (s[i] == ',')
            i++;   /* the second comma of ",," */
    }
    *o = '\0';
    return out;
}

/* Split "k1=v1,k2,k3=v3" into pairs (",," in a value is a literal comma, as in QEMU).
 * Returns the number of pairs, or -1 when there are too many or memory ran out. */
static int split_pairs(const char *arg, struct pair *pairs, int max)
{
    int n = 0;
    const char *p = arg;
    while (*p) {
        if (n == max)
            goto fail;
        size_t klen = strcspn(p, "=,");
        pairs[n] = (struct pair){dup_unescaped(p, klen), NULL};
        p += klen;
        if (*p == '=') {
            const char *v = ++p;
            while (*p && !(p[0] == ',' && p[1] != ','))
                p += p[0] == ',' ? 2 : 1;
            pairs[n].value = dup_unescaped(v, (size_t)(p - v));
            if (!pairs[n].value)
                goto fail_this;
        }
        if (!pairs[n].key)
            goto fail_this;
        n++;
        if (*p == ',')
            p++;
    }
    return n;
fail_this:
    n++;
fail:
    free_pairs(pairs, n);
    return -1;
}

static bool opt_error(char *err, size_t len, const char *flag, const char *arg,
                      const char *fmt, ...) __attribute__((format(printf, 5, 6)));

/* "-drive ARG: message" */
static bool opt_error(char *err, size_t len, const char *flag, const char *arg,
                      const char *fmt, ...)
{
    int n = snprintf(err, len, "-%s %s: ", flag, arg);
    if (n >= 0 && (size_t)n < len) {
        va_list ap;
        va_start(ap, fmt);
        vsnprintf(err + n, len - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return false;
}

static bool parse_bool(const char *v, bool *out)
{
    static const char *const yes[] = {"on", "true", "yes"}, *const no[] = {"off", "false", "no"};
    for (int i = 0; i < 3; i++) {
        if (!strcmp(v, yes[i]) || !strcmp(v, no[i])) {
            *out = !strcmp(v, yes[i]);
            return true;
        }
    }
    return false;
}

/* "virtio-mmio-bus.N" -> N, or -1. */
static int parse_bus(const char *v)
{
    static const char prefix[] = "virtio-mmio-bus.";
    size_t n = sizeof(prefix) - 1;
    if (strncmp(v, prefix, n) || v[n] < '0' || v[n] >= '0' + VIRTIO_SLOTS || v[n + 1])
        return -1;
    return v[n] - '0';
}

/* Index of key in a NULL-terminated table, or -1. */
static int key_index(const char *const *keys, const char *key)
{
    for (int i = 0; keys[i]; i++)
        if (!strcmp(keys[i], key))
            return i;
    return -1;
}

/* Check pairs[from..n) against keys: each known, given once, with a value. */
static bool check_keys(const struct pair *pairs, int from, int n, const char *const *keys,
                       const char *flag, const char *arg, char *err, size_t len)
{
    unsigned seen = 0;
    for (int i = from; i < n; i++) {
        int k = key_index(keys, pairs[i].key);
        if (k < 0) {
            char known[128] = "";
            for (int j = 0; keys[j]; j++)
                snprintf(known + strlen(known), sizeof(known) - strlen(known), "%s%s",
                         j ? ", " : "", keys[j]);
            return opt_error(err, len, flag, arg, "unknown option '%s' (known: %s)",
                             pairs[i].key, known);
        }
        if (!pairs[i].value)
            return opt_error(err, len, flag, arg, "'%s' needs a value (%s=...)", pairs[i].key,
                             pairs[i].key);
        if (seen & 1u << k)
            return opt_error(err, len, flag, arg, "'%s' is given twice", pairs[i].key);
        seen |= 1u << k;
    }
    return true;
}

void virtio_opt_free(struct virtio_opt *o)
{
    free(o->arg);
    free(o->file);
    free(o->id);
    free(o->serial);
    *o = (struct virtio_opt){.slot = -1};
}

static bool take(char **dst, struct pair *p)
{
    *dst = p->value;
    p->value = NULL;
    return true;
}

enum { DRIVE_FILE, DRIVE_FORMAT, DRIVE_READONLY, DRIVE_IF, DRIVE_ID, DRIVE_SERIAL, DRIVE_MEDIA };
static const char *const drive_keys[] = {"file", "format", "readonly", "if", "id", "serial",
                                         "media", NULL};

/* One key of -drive; false (with err) for a value rvscope cannot honour. */
static bool drive_key(struct virtio_opt *d, struct pair *p, const char *arg, char *err, size_t len)
{
    switch (key_index(drive_keys, p->key)) {
    case DRIVE_FILE: return take(&d->file, p);
    case DRIVE_ID: return take(&d->id, p);
    case DRIVE_SERIAL: return take(&d->serial, p);
    case DRIVE_FORMAT:
        return !strcmp(p->value, "raw") ||
               opt_error(err, len, "drive", arg, "format %s is not supported (only raw)", p->value);
    case DRIVE_MEDIA:
        return !strcmp(p->value, "disk") ||
               opt_error(err, len, "drive", arg, "media %s is not supported (only disk)", p->value);
    case DRIVE_READONLY:
        return parse_bool(p->value, &d->readonly) ||
               opt_error(err, len, "drive", arg, "readonly=%s: use on or off", p->value);
    case DRIVE_IF:
        d->if_none = !strcmp(p->value, "none");
        return d->if_none || !strcmp(p->value, "virtio") ||
               opt_error(err, len, "drive", arg, "if=%s is not supported (use virtio, or none "
                         "with -device virtio-blk-device,drive=ID)", p->value);
    default: return false;
    }
}

bool virtio_parse_drive(const char *arg, struct virtio_opt *out, char *err, size_t len)
{
    struct pair pairs[MAX_PAIRS];
    *out = (struct virtio_opt){.opt = VIRTIO_OPT_DRIVE, .kind = VIRTIO_SLOT_BLK, .slot = -1};
    int n = split_pairs(arg, pairs, MAX_PAIRS);
    if (n < 0)
        return opt_error(err, len, "drive", arg, "too many options");
    bool ok = check_keys(pairs, 0, n, drive_keys, "drive", arg, err, len);
    for (int i = 0; ok && i < n; i++)
        ok = drive_key(out, &pairs[i], arg, err, len);
    free_pairs(pairs, n);
    if (ok && (!out->file || !out->file[0]))
        ok = opt_error(err, len, "drive", arg, "needs file=IMAGE");
    else if (ok && out->if_none && !out->id)
        ok = opt_error(err, len, "drive", arg, "if=none needs an id=NAME for "
                       "-device virtio-blk-device,drive=NAME");
    if (ok && !(out->arg = strdup(arg)))
        ok = opt_error(err, len, "drive", arg, "out of memory");
    if (!ok)
        virtio_opt_free(out);
    return ok;
}

static const char *const blk_device_keys[] = {"drive", "serial", "bus", NULL};
static const char *const rng_device_keys[] = {"bus", NULL};

/* The device name (first word, or driver=NAME) -> kind; false with a hint otherwise. */
static bool device_kind(const struct pair *first, struct virtio_opt *d, const char *arg,
                        char *err, size_t len)
{
    const char *name = !first->value ? first->key
                     : !strcmp(first->key, "driver") ? first->value : NULL;
    if (!name)
        return opt_error(err, len, "device", arg, "the device name comes first");
    if (!strcmp(name, "virtio-blk-device"))
        d->kind = VIRTIO_SLOT_BLK;
    else if (!strcmp(name, "virtio-rng-device"))
        d->kind = VIRTIO_SLOT_RNG;
    else if (strlen(name) > 4 && !strcmp(name + strlen(name) - 4, "-pci"))
        return opt_error(err, len, "device", arg, "the board has no PCI bus (use "
                         "virtio-blk-device or virtio-rng-device)");
    else
        return opt_error(err, len, "device", arg, "unknown device '%s' (rvscope has "
                         "virtio-blk-device and virtio-rng-device)", name);
    return true;
}

bool virtio_parse_device(const char *arg, struct virtio_opt *out, char *err, size_t len)
{
    struct pair pairs[MAX_PAIRS];
    *out = (struct virtio_opt){.opt = VIRTIO_OPT_DEVICE, .slot = -1};
    int n = split_pairs(arg, pairs, MAX_PAIRS);
    if (n < 0)
        return opt_error(err, len, "device", arg, "too many options");
    if (n == 0)
        return opt_error(err, len, "device", arg, "needs a device name");
    bool ok = device_kind(&pairs[0], out, arg, err, len) &&
              check_keys(pairs, 1, n, out->kind == VIRTIO_SLOT_BLK ? blk_device_keys
                                                                   : rng_device_keys,
                         "device", arg, err, len);
    for (int i = 1; ok && i < n; i++) {
        struct pair *p = &pairs[i];
        if (!strcmp(p->key, "drive"))
            take(&out->id, p);
        else if (!strcmp(p->key, "serial"))
            take(&out->serial, p);
        else if ((out->slot = parse_bus(p->value)) < 0)
            ok = opt_error(err, len, "device", arg, "bus=%s: use virtio-mmio-bus.0 to "
                           "virtio-mmio-bus.%d", p->value, VIRTIO_SLOTS - 1);
    }
    free_pairs(pairs, n);
    if (ok && out->kind == VIRTIO_SLOT_BLK && !out->id)
        ok = opt_error(err, len, "device", arg, "needs drive=ID of a -drive if=none,id=ID,...");
    if (ok && !(out->arg = strdup(arg)))
        ok = opt_error(err, len, "device", arg, "out of memory");
    if (!ok)
        virtio_opt_free(out);
    return ok;
}

bool virtio_parse_global(const char *arg, bool *legacy, char *err, size_t len)
{
    static const char key[] = "virtio-mmio.force-legacy=";
    if (strncmp(arg, key, sizeof(key) - 1))
        return opt_error(err, len, "global", arg, "unsupported (rvscope knows "
                         "virtio-mmio.force-legacy=on|off)");
    if (!parse_bool(arg + sizeof(key) - 1, legacy))
        return opt_error(err, len, "global", arg, "use on or off");
    return true;
}

bool virtio_options_add(struct virtio_options *o, const char *flag, const char *arg,
                        char *err, size_t len)
{
    if (!strcmp(flag, "global"))
        return virtio_parse_global(arg, &o->legacy, err, len);
    if (o->count == VIRTIO_OPTS_MAX)
        return opt_error(err, len, flag, arg, "too many -drive and -device options");
    struct virtio_opt *v = &o->opts[o->count];
    bool ok = !strcmp(flag, "drive") ? virtio_parse_drive(arg, v, err, len)
            : !strcmp(flag, "device") ? virtio_parse_device(arg, v, err, len)
            : opt_error(err, len, flag, arg, "not a virtio option");
    if (ok)
        o->count++;
    return ok;
}

void virtio_options_free(struct virtio_options *o)
{
    for (int i = 0; i < o->count; i++)
        virtio_opt_free(&o->opts[i]);
    o->count = 0;
}

/* The if=none drive called id, or NULL. */
static const struct virtio_opt *find_drive(const struct virtio_options *o, const char *id)
{
    for (int i = 0; i < o->count; i++)
        if (o->opts[i].opt == VIRTIO_OPT_DRIVE && o->opts[i].id && !strcmp(o->opts[i].id, id))
            return &o->opts[i];
    return NULL;
}

/* Check drive ids; fill what[i] with the drive behind each slot-taking option
 * (itself for a -drive, NULL for an rng), or NULL for an if=none drive. */
static bool resolve_drives(const struct virtio_options *o, const struct virtio_opt **what,
                           char *err, size_t len)
{
    int users[VIRTIO_OPTS_MAX] = {0};
    for (int i = 0; i < o->count; i++) {
        const struct virtio_opt *v = &o->opts[i];
        const char *flag = v->opt == VIRTIO_OPT_DRIVE ? "drive" : "device";
        what[i] = v->opt == VIRTIO_OPT_DRIVE && !v->if_none ? v : NULL;
        if (v->opt == VIRTIO_OPT_DRIVE && v->id && find_drive(o, v->id) != v)
            return opt_error(err, len, flag, v->arg, "id=%s is used by an earlier -drive", v->id);
        if (v->opt != VIRTIO_OPT_DEVICE || v->kind != VIRTIO_SLOT_BLK)
            continue;
        const struct virtio_opt *d = find_drive(o, v->id);
        if (!d)
            return opt_error(err, len, flag, v->arg, "no -drive has id=%s", v->id);
        if (!d->if_none)
            return opt_error(err, len, flag, v->arg, "drive %s already has a slot of its own "
                             "(give it if=none)", v->id);
        if (users[d - o->opts]++)
            return opt_error(err, len, flag, v->arg, "drive %s is attached twice", v->id);
        what[i] = d;
    }
    for (int i = 0; i < o->count; i++)
        if (o->opts[i].opt == VIRTIO_OPT_DRIVE && o->opts[i].if_none && !users[i])
            return opt_error(err, len, "drive", o->opts[i].arg, "no -device virtio-blk-device,"
                             "drive=%s uses it", o->opts[i].id);
    return true;
}

bool virtio_options_plan(const struct virtio_options *o, struct virtio_slot_plan *plan,
                         char *err, size_t len)
{
    const struct virtio_opt *drive[VIRTIO_OPTS_MAX];
    int slot_of[VIRTIO_OPTS_MAX];
    bool taken[VIRTIO_SLOTS] = {false};
    if (!resolve_drives(o, drive, err, len))
        return false;
    /* Explicit bus= first; then -drive from slot 0 up and -device from slot 7 down
     * (where QEMU puts a -device without bus=), each in command-line order. */
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < o->count; i++) {
            const struct virtio_opt *v = &o->opts[i];
            bool places = v->opt == VIRTIO_OPT_DEVICE || drive[i];
            if (!places || (v->slot >= 0) != (pass == 0))
                continue;
            int s = v->slot;
            if (s >= 0 && taken[s])
                return opt_error(err, len, "device", v->arg, "virtio-mmio-bus.%d already has "
                                 "a device", s);
            bool up = v->opt == VIRTIO_OPT_DRIVE;
            for (int k = 0; s < 0 && k < VIRTIO_SLOTS; k++)
                if (!taken[up ? k : VIRTIO_SLOTS - 1 - k])
                    s = up ? k : VIRTIO_SLOTS - 1 - k;
            if (s < 0)
                return opt_error(err, len, up ? "drive" : "device", v->arg,
                                 "all %d virtio-mmio slots are taken", VIRTIO_SLOTS);
            taken[s] = true;
            slot_of[i] = s;
        }
    }
    for (int s = 0; s < VIRTIO_SLOTS; s++)
        plan[s] = (struct virtio_slot_plan){.kind = VIRTIO_SLOT_EMPTY};
    for (int i = 0; i < o->count; i++) {
        const struct virtio_opt *v = &o->opts[i], *d = drive[i];
        if (v->opt == VIRTIO_OPT_DRIVE && !d)
            continue;
        struct virtio_slot_plan *p = &plan[slot_of[i]];
        p->kind = v->kind;
        if (d) {
            p->file = d->file;
            p->readonly = d->readonly;
            p->serial = v->serial ? v->serial : d->serial;   /* -device serial= wins */
        }
    }
    return true;
}

bool virtio_slot_init(struct virtio_slot *s, const struct virtio_slot_plan *p, bool legacy,
                      struct bus *bus, struct irq_line irq, char *err, size_t len)
{
    const struct virtio_device_ops *ops = NULL;
    void *backend = NULL;
    *s = (struct virtio_slot){.kind = p->kind, .blk = {.fd = -1}};
    if (p->kind == VIRTIO_SLOT_BLK) {
        if (!virtio_blk_open(&s->blk, p->file, p->readonly, p->serial, err, len))
            return false;
        ops = &virtio_blk_ops;
        backend = &s->blk;
    } else if (p->kind == VIRTIO_SLOT_RNG) {
        virtio_rng_init(&s->rng);
        ops = &virtio_rng_ops;
        backend = &s->rng;
    }
    if (!virtio_mmio_init(&s->mmio, bus, irq, legacy, ops, backend)) {
        snprintf(err, len, "virtio-mmio: out of memory");
        virtio_slot_free(s);
        return false;
    }
    return true;
}

void virtio_slot_free(struct virtio_slot *s)
{
    virtio_mmio_free(&s->mmio);
    if (s->kind == VIRTIO_SLOT_BLK)
        virtio_blk_close(&s->blk);
}
