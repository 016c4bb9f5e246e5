#include "events.h"

#include <stdio.h>

static void events_recompute_mask(struct event_hub *hub)
{
    hub->mask = 0;
    for (int i = 0; i < hub->count; i++)
        hub->mask |= hub->subs[i].mask;
}

bool events_subscribe(struct event_hub *hub, uint32_t mask, event_fn fn, void *ctx)
{
#ifdef RVSCOPE_NO_EVENTS
    static bool said;
    if (!said)
        fprintf(stderr, "rvscope: built with RVSCOPE_EVENTS=OFF (for benchmarks): no "
                        "events, so no tracing, event breakpoints or explain\n");
    said = true;
#endif
    if (hub->count == EVENTS_MAX_SUBSCRIBERS)
        return false;
    hub->subs[hub->count].mask = mask;
    hub->subs[hub->count].fn = fn;
    hub->subs[hub->count].ctx = ctx;
    hub->count++;
    events_recompute_mask(hub);
    return true;
}

void events_unsubscribe(struct event_hub *hub, event_fn fn, void *ctx)
{
    for (int i = 0; i < hub->count; i++) {
        if (hub->subs[i].fn == fn && hub->subs[i].ctx == ctx) {
            hub->subs[i] = hub->subs[hub->count - 1];
            hub->count--;
            i--;
        }
    }
    events_recompute_mask(hub);
}

void events_deliver(struct event_hub *hub, const struct event *ev)
{
    for (int i = 0; i < hub->count; i++)
        if ((hub->subs[i].mask >> ev->kind) & 1u)
            hub->subs[i].fn(hub->subs[i].ctx, ev);
}
