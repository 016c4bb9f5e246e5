/*
 * fp: floating point in double (and a little single) precision.
 *
 * Part 1, n-body: NB_N bodies under softened gravity, all pairs per step, advanced
 * by kick-then-drift (semi-implicit Euler) for NB_STEPS steps.
 * Part 2, vectors: repeated y = a*x + y with a dot product, normalisation by the
 * Euclidean norm, a single-precision sum, a maximum and a float-to-integer
 * conversion.
 * Exercises: fadd/fsub/fmul/fdiv/fsqrt.d, fmadd/fnmsub.d, fcvt between integer,
 * single and double, fsgnjx (fabs), flt/fle.
 *
 * Every operation is IEEE 754 with round-to-nearest-even, and the fused multiply-adds
 * are written explicitly (the build uses -ffp-contract=off so the compiler adds no
 * others), so a correct machine reproduces the result bit for bit. The n-body run is
 * chaotic: one wrongly rounded result anywhere changes the checksum completely.
 *
 * Self-checks: 1 = n-body total energy drifted by more than 1%,
 *              2 = a vector norm is not finite and positive.
 */
#include "kernels.h"

#define NB_N     16
#define NB_STEPS 44000
#define NB_DT    0.0005
#define NB_EPS2  0.01  /* softening: squared distance added to every pair */

#define VEC_N      1024
#define VEC_ROUNDS 2500

#define fma(a, b, c) __builtin_fma(a, b, c)
#define sqrt(x)      __builtin_sqrt(x)
#define fabs(x)      __builtin_fabs(x)

struct body {
    double x[3], v[3], m;
};

static struct body bodies[NB_N];
static double vx[VEC_N], vy[VEC_N];

static uint64_t bits(double d)
{
    union { double d; uint64_t u; } pun = {.d = d};
    return pun.u;
}

/* A double in [lo, hi) from the generator (integer-to-double conversion). */
static double rand_range(uint64_t *rng, double lo, double hi)
{
    double unit = (double)(int64_t)(bench_rand(rng) >> 11) * 0x1p-53;
    return fma(unit, hi - lo, lo);
}

static void nbody_init(uint64_t *rng)
{
    double p[3] = {0, 0, 0}, mass = 0;

    for (int i = 0; i < NB_N; i++) {
        struct body *b = &bodies[i];
        for (int k = 0; k < 3; k++) {
            b->x[k] = rand_range(rng, -1.0, 1.0);
            b->v[k] = rand_range(rng, -0.5, 0.5);
        }
        b->m = rand_range(rng, 0.5, 1.5);
        for (int k = 0; k < 3; k++)
            p[k] = fma(b->m, b->v[k], p[k]);
        mass += b->m;
    }
    /* Remove the net momentum, so the system as a whole stays put. */
    for (int i = 0; i < NB_N; i++)
        for (int k = 0; k < 3; k++)
            bodies[i].v[k] -= p[k] / mass;
}

static double nbody_energy(void)
{
    double e = 0;

    for (int i = 0; i < NB_N; i++) {
        const struct body *a = &bodies[i];
        double v2 = fma(a->v[0], a->v[0], fma(a->v[1], a->v[1], a->v[2] * a->v[2]));
        e = fma(0.5 * a->m, v2, e);
        for (int j = i + 1; j < NB_N; j++) {
            const struct body *b = &bodies[j];
            double dx = a->x[0] - b->x[0], dy = a->x[1] - b->x[1], dz = a->x[2] - b->x[2];
            double r2 = fma(dx, dx, fma(dy, dy, fma(dz, dz, NB_EPS2)));
            e -= a->m * b->m / sqrt(r2);
        }
    }
    return e;
}

static void nbody_step(void)
{
    for (int i = 0; i < NB_N; i++) {
        struct body *a = &bodies[i];
        for (int j = i + 1; j < NB_N; j++) {
            struct body *b = &bodies[j];
            double d[3];
            for (int k = 0; k < 3; k++)
                d[k] = a->x[k] - b->x[k];
            double r2 = fma(d[0], d[0], fma(d[1], d[1], fma(d[2], d[2], NB_EPS2)));
            double kick = NB_DT / (r2 * sqrt(r2));
            double ka = b->m * kick, kb = a->m * kick;
            for (int k = 0; k < 3; k++) {
                a->v[k] = fma(-d[k], ka, a->v[k]);
                b->v[k] = fma(d[k], kb, b->v[k]);
            }
        }
    }
    for (int i = 0; i < NB_N; i++)
        for (int k = 0; k < 3; k++)
            bodies[i].x[k] = fma(NB_DT, bodies[i].v[k], bodies[i].x[k]);
}

static int nbody(uint64_t *rng, uint64_t *sum)
{
    nbody_init(rng);
    double e0 = nbody_energy();
    for (int s = 0; s < NB_STEPS; s++)
        nbody_step();
    double e1 = nbody_energy();

    if (!(fabs(e1 - e0) <= 0.01 * fabs(e0)))
        return 1;
    *sum = bench_fold(*sum, bits(e0));
    *sum = bench_fold(*sum, bits(e1));
    for (int i = 0; i < NB_N; i++)
        for (int k = 0; k < 3; k++)
            *sum = bench_fold(*sum, bits(bodies[i].x[k]));
    return 0;
}

static int vectors(uint64_t *rng, uint64_t *sum)
{
    for (int i = 0; i < VEC_N; i++) {
        vx[i] = rand_range(rng, -1.0, 1.0);
        vy[i] = rand_range(rng, -1.0, 1.0);
    }

    for (int round = 0; round < VEC_ROUNDS; round++) {
        double a = 1.0 / (double)(round + 3);
        double dot = 0, norm2 = 0;
        for (int i = 0; i < VEC_N; i++) {
            vy[i] = fma(a, vx[i], vy[i]);
            dot = fma(vx[i], vy[i], dot);
            norm2 = fma(vy[i], vy[i], norm2);
        }
        double norm = sqrt(norm2);
        if (!(norm > 0 && norm < 1e300))
            return 2;

        /* Scale y back to norm 32; also its largest magnitude and a float sum. */
        double scale = 32.0 / norm, biggest = 0;
        float fsum = 0;
        for (int i = 0; i < VEC_N; i++) {
            vy[i] *= scale;
            double mag = fabs(vy[i]);
            biggest = mag > biggest ? mag : biggest;
            fsum += (float)vy[i] * (float)vx[i];
        }
        *sum = bench_fold(*sum, bits(dot));
        *sum = bench_fold(*sum, bits(biggest));
        *sum = bench_fold(*sum, (uint64_t)(int64_t)(fsum * 4096.0f));
        *sum = bench_fold(*sum, (uint64_t)(int64_t)(dot * 0x1p40));
    }
    return 0;
}

int kernel_fp(uint64_t *checksum)
{
    uint64_t rng = 0xf10a7;
    uint64_t sum = 0;
    int rc;

    if ((rc = nbody(&rng, &sum)) != 0)
        return rc;
    if ((rc = vectors(&rng, &sum)) != 0)
        return rc;
    *checksum = sum;
    return 0;
}
