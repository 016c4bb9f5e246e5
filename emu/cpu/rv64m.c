/* RV64M multiply and divide (unpriv spec 20191213 ch. 7), including the defined results
 * for division by zero and signed overflow (table 7.1). */
#include "exec.h"

EXEC_RR(exec_mul, a * b)
EXEC_RR(exec_mulh, (uint64_t)(((__int128)(int64_t)a * (__int128)(int64_t)b) >> 64))
EXEC_RR(exec_mulhsu, (uint64_t)(((__int128)(int64_t)a * (__int128)(unsigned __int128)b) >> 64))
EXEC_RR(exec_mulhu, (uint64_t)(((unsigned __int128)a * b) >> 64))
EXEC_RR(exec_mulw, sext32((uint32_t)a * (uint32_t)b))

static uint64_t div_s64(int64_t a, int64_t b)
{
    if (b == 0)
        return ~0ull;
    if (a == INT64_MIN && b == -1)
        return (uint64_t)a;
    return (uint64_t)(a / b);
}

static uint64_t rem_s64(int64_t a, int64_t b)
{
    if (b == 0)
        return (uint64_t)a;
    if (a == INT64_MIN && b == -1)
        return 0;
    return (uint64_t)(a % b);
}

static uint64_t div_s32(int32_t a, int32_t b)
{
    if (b == 0)
        return ~0ull;
    if (a == INT32_MIN && b == -1)
        return sext32((uint32_t)a);
    return sext32((uint32_t)(a / b));
}

static uint64_t rem_s32(int32_t a, int32_t b)
{
    if (b == 0)
        return sext32((uint32_t)a);
    if (a == INT32_MIN && b == -1)
        return 0;
    return sext32((uint32_t)(a % b));
}

EXEC_RR(exec_div, div_s64((int64_t)a, (int64_t)b))
EXEC_RR(exec_divu, b ? a / b : ~0ull)
EXEC_RR(exec_rem, rem_s64((int64_t)a, (int64_t)b))
EXEC_RR(exec_remu, b ? a % b : a)
EXEC_RR(exec_divw, div_s32((int32_t)a, (int32_t)b))
EXEC_RR(exec_divuw, (uint32_t)b ? sext32((uint32_t)a / (uint32_t)b) : ~0ull)
EXEC_RR(exec_remw, rem_s32((int32_t)a, (int32_t)b))
EXEC_RR(exec_remuw, sext32((uint32_t)b ? (uint32_t)a % (uint32_t)b : (uint32_t)a))
