/*
 * What the GDB stub's two halves share: the session state and the transport
 * (gdb_transport.c: the listening socket, one client, packet framing, acknowledgements,
 * Ctrl-C while the guest runs) that the protocol (gdbstub.c) is built on.
 */
#ifndef RVSCOPE_GDB_INTERNAL_H
#define RVSCOPE_GDB_INTERNAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "dbg.h"
#include "gdbstub.h"

#define GDB_PACKET_MAX 0x4000      /* what qSupported announces (PacketSize, hex) */
#define GDB_MAX_POINTS 64
#define GDB_ACK_TIMEOUT_MS 3000
#define GDB_BYTE_TIMEOUT_MS 5000   /* inside a packet: a client that stops mid-way */
#define GDB_EINVAL "E22"
#define GDB_EFAULT "E14"           /* memory that cannot be read or written (EFAULT) */

enum { SIGNAL_INT = 2, SIGNAL_TRAP = 5, SIGNAL_KILL = 9 };

/* A breakpoint or watchpoint gdb inserted (Z): its core point. */
struct gdb_point {
    bool used;
    int type;           /* Z type: 0 software, 1 hardware break, 2 write, 3 read, 4 access */
    uint64_t addr, kind;
    int id;
};

/* What a packet asks of the session loop. */
enum action { ACT_NONE, ACT_CONTINUE, ACT_STEP, ACT_DETACH, ACT_KILL };

struct gdb {
    struct machine *m;
    struct dbg *d;
    struct repl *r;
    const struct gdb_reboot *reboot;   /* NULL: a guest reset ends the session */
    int listen_fd;
    int fd;                         /* the client; -1 when there is none */
    bool ack;                       /* '+'/'-' acknowledgements (until QStartNoAckMode) */
    bool ack_ends;                  /* QStartNoAckMode: after this reply's acknowledgement */
    bool lost;                      /* the client went away while the machine ran */
    int g_hart;                     /* Hg: registers and memory; the current thread */
    int c_hart;                     /* Hc and the hart to step; -1: all / the current */
    struct dbg_stop last;           /* the last stop, for '?' */
    uint8_t rx[4096];               /* bytes received, not parsed yet: rx[rx_pos..rx_len) */
    size_t rx_pos, rx_len;
    char pkt[GDB_PACKET_MAX + 1];   /* the packet being handled (NUL-terminated) */
    size_t pkt_len;
    char reply[GDB_PACKET_MAX + 8];
    size_t reply_len;
    struct gdb_point points[GDB_MAX_POINTS];
};

/* Is fd readable within timeout_ms? */
bool gdb_readable(int fd, int timeout_ms);
/* Accept a waiting client (replacing none); false if accept failed. */
bool gdb_accept_client(struct gdb *g);
/* A listening TCP socket for a, with the port actually bound in *port; -1 on error. */
int gdb_open_listener(const struct gdb_address *a, int *port);
/* The next byte from the client, waiting up to timeout_ms; -1 on timeout or loss. */
int gdb_next_byte(struct gdb *g, int timeout_ms);
/* The value of hex digit c, or -1. */
int gdb_hexval(int c);
/* Start a new reply; append text or bytes as hex; send it framed ($...#cs), waiting for
 * the acknowledgement while acknowledgements are on. */
void gdb_reply_reset(struct gdb *g);
void gdb_out(struct gdb *g, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void gdb_out_hex(struct gdb *g, const void *buf, size_t n);
bool gdb_send_reply(struct gdb *g);
/* The next packet into g->pkt; false when the client is gone. */
bool gdb_read_packet(struct gdb *g);
/* The dbg poller while the machine runs: accept a client, catch Ctrl-C, notice a loss. */
void gdb_poll_socket(void *ctx);

#endif
