/* Register layout from the goldfish virtual platform's RTC: TIME_LOW 0x00 (reading it
 * latches TIME_HIGH), TIME_HIGH 0x04, ALARM_LOW 0x08, ALARM_HIGH 0x0c, IRQ_ENABLED
 * 0x10, CLEAR_ALARM 0x14, ALARM_STATUS 0x18, CLEAR_INTERRUPT 0x1c. */
#include "rtc.h"

#include <time.h>

enum { RTC_TIME_LOW = 0x00, RTC_TIME_HIGH = 0x04, RTC_ALARM_LOW = 0x08,
       RTC_ALARM_HIGH = 0x0c, RTC_IRQ_ENABLED = 0x10, RTC_CLEAR_ALARM = 0x14,
       RTC_ALARM_STATUS = 0x18, RTC_CLEAR_INTERRUPT = 0x1c };

static uint64_t host_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

static bool rtc_read(void *opaque, uint64_t offset, int size, uint64_t *value)
{
    struct rtc *r = opaque;
    if (size != 4)
        return false;
    switch (offset) {
    case RTC_TIME_LOW: {
        uint64_t now = host_ns();
        r->time_high_latch = (uint32_t)(now >> 32);
        *value = (uint32_t)now;
        return true;
    }
    case RTC_TIME_HIGH: *value = r->time_high_latch; return true;
    case RTC_ALARM_LOW: *value = (uint32_t)r->alarm; return true;
    case RTC_ALARM_HIGH: *value = (uint32_t)(r->alarm >> 32); return true;
    case RTC_IRQ_ENABLED: *value = r->irq_enabled; return true;
    case RTC_ALARM_STATUS: *value = 0; return true;
    default: return false;
    }
}

static bool rtc_write(void *opaque, uint64_t offset, int size, uint64_t value)
{
    struct rtc *r = opaque;
    if (size != 4)
        return false;
    switch (offset) {
    case RTC_ALARM_LOW: r->alarm = (r->alarm & ~0xffffffffull) | (uint32_t)value; return true;
    case RTC_ALARM_HIGH: r->alarm = (r->alarm & 0xffffffffull) | (value << 32); return true;
    case RTC_IRQ_ENABLED: r->irq_enabled = (uint32_t)value & 1; return true;
    case RTC_CLEAR_ALARM: case RTC_CLEAR_INTERRUPT: return true;
    case RTC_TIME_LOW: case RTC_TIME_HIGH: return true;   /* setting the clock is ignored */
    default: return false;
    }
}

void rtc_init(struct rtc *r)
{
    *r = (struct rtc){0};
    r->dev = (struct device){.name = "rtc", .opaque = r, .read = rtc_read, .write = rtc_write};
}
