/* The goldfish RTC ("google,goldfish-rtc"): nanoseconds since the Unix epoch from the
 * host's clock. Alarms are accepted and never fire (no guest here uses them). */
#ifndef RVSCOPE_RTC_H
#define RVSCOPE_RTC_H

#include "bus.h"

struct rtc {
    struct device dev;
    uint32_t time_high_latch;   /* TIME_HIGH as of the last TIME_LOW read */
    uint64_t alarm;
    uint32_t irq_enabled;
};

void rtc_init(struct rtc *r);

#endif
