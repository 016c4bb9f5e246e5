/* The GDB stub's transport: one TCP client, packet framing and checksums, the '+'/'-'
 * acknowledgements, and gdb's interrupt byte while the guest runs (GDB manual, appendix
 * "Remote Protocol", sections "Overview" and "Interrupts"). */
#define _GNU_SOURCE   /* MSG_NOSIGNAL */
#include "gdb_internal.h"

#include <errno.h>
#include <inttypes.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

/* ------------------------------------------------------------------ the address */

bool gdb_parse_address(const char *spec, struct gdb_address *a, char *err, size_t errlen)
{
    const char *p = spec;
    if (strncmp(p, "tcp:", 4) == 0)
        p += 4;
    const char *colon = strrchr(p, ':');
    const char *port = colon ? colon + 1 : p;
    size_t hostlen = colon ? (size_t)(colon - p) : 0;
    char *end;
    long n = strtol(port, &end, 10);
    if (!*port || *end || n < 0 || n > 65535 || hostlen >= sizeof(a->host)) {
        snprintf(err, errlen, "-gdb %s: expected tcp::PORT or tcp:HOST:PORT (e.g. tcp::1234)",
                 spec);
        return false;
    }
    memcpy(a->host, p, hostlen);
    a->host[hostlen] = '\0';
    a->port = (int)n;
    return true;
}

/* Listen on a (127.0.0.1 when no host is named); the port actually bound in *port. */
int gdb_open_listener(const struct gdb_address *a, int *port)
{
    struct addrinfo hints = {.ai_family = AF_UNSPEC, .ai_socktype = SOCK_STREAM,
                             .ai_flags = AI_PASSIVE};
    char service[16];
    snprintf(service, sizeof(service), "%d", a->port);
    const char *host = a->host[0] ? a->host : "127.0.0.1";
    struct addrinfo *res;
    int rc = getaddrinfo(host, service, &hints, &res);
    if (rc != 0) {
        fprintf(stderr, "rvscope: -gdb tcp:%s:%d: %s\n", a->host, a->port, gai_strerror(rc));
        return -1;
    }
    int fd = -1, saved = 0;
    for (struct addrinfo *ai = res; ai && fd < 0; ai = ai->ai_next) {
        fd = socket(ai->ai_family, ai->ai_socktype, ai->ai_protocol);
        int one = 1;
        if (fd >= 0 && (setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof(one)) != 0 ||
                        bind(fd, ai->ai_addr, ai->ai_addrlen) != 0 || listen(fd, 1) != 0)) {
            saved = errno;
            close(fd);
            fd = -1;
        }
    }
    freeaddrinfo(res);
    if (fd < 0) {
        fprintf(stderr, "rvscope: -gdb tcp:%s:%d: cannot listen there: %s (another "
                        "rvscope or QEMU on that port? try -gdb tcp::PORT)\n",
                a->host, a->port, strerror(saved));
        return -1;
    }
    struct sockaddr_storage ss;
    socklen_t sl = sizeof(ss);
    *port = a->port;
    if (getsockname(fd, (struct sockaddr *)&ss, &sl) == 0)
        *port = ntohs(ss.ss_family == AF_INET6 ? ((struct sockaddr_in6 *)&ss)->sin6_port
                                               : ((struct sockaddr_in *)&ss)->sin_port);
    return fd;
}

bool gdb_readable(int fd, int timeout_ms)
{
    struct pollfd p = {.fd = fd, .events = POLLIN};
    return poll(&p, 1, timeout_ms) > 0;
}

/* A new client: the protocol starts over in acknowledgement mode. */
bool gdb_accept_client(struct gdb *g)
{
    int fd = accept(g->listen_fd, NULL, NULL);
    if (fd < 0)
        return false;
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof(one));   /* small packets */
    g->fd = fd;
    g->ack = true;
    g->ack_ends = false;
    g->lost = false;
    g->rx_pos = g->rx_len = 0;
    g->c_hart = -1;
    g->last = (struct dbg_stop){.kind = DBG_STOP_NONE, .hart = g->g_hart};
    return true;
}

/* ------------------------------------------------------------------ bytes and packets */

/* The next byte from the client: -1 when it is gone, -2 after timeout_ms (-1: wait). */
int gdb_next_byte(struct gdb *g, int timeout_ms)
{
    if (g->rx_pos == g->rx_len) {
        if (!gdb_readable(g->fd, timeout_ms))
            return -2;
        ssize_t n = recv(g->fd, g->rx, sizeof(g->rx), 0);
        if (n < 0 && errno == EINTR)
            return -2;
        if (n <= 0)
            return -1;
        g->rx_pos = 0;
        g->rx_len = (size_t)n;
    }
    return g->rx[g->rx_pos++];
}

static bool send_all(struct gdb *g, const char *buf, size_t n)
{
    while (n) {
        ssize_t k = send(g->fd, buf, n, MSG_NOSIGNAL);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return false;
        buf += k;
        n -= (size_t)k;
    }
    return true;
}

int gdb_hexval(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Send g->reply as a packet; in acknowledgement mode, resend on '-' (a few times).
 * False when the client is gone. */
bool gdb_send_reply(struct gdb *g)
{
    static char frame[sizeof(((struct gdb *)0)->reply) + 4];
    unsigned sum = 0;
    frame[0] = '$';
    for (size_t i = 0; i < g->reply_len; i++) {
        frame[1 + i] = g->reply[i];
        sum += (uint8_t)g->reply[i];
    }
    snprintf(frame + 1 + g->reply_len, 4, "#%02x", sum & 0xff);
    for (int tries = 0; tries < 4; tries++) {
        if (!send_all(g, frame, g->reply_len + 4))
            return false;
        if (!g->ack)
            return true;
        int c;
        do
            c = gdb_next_byte(g, GDB_ACK_TIMEOUT_MS);
        while (c >= 0 && c != '+' && c != '-');
        if (c == -1)
            return false;
        if (c != '-')   /* '+', or no answer: go on */
            return true;
    }
    return true;
}

void gdb_reply_reset(struct gdb *g)
{
    g->reply_len = 0;
}

void gdb_out(struct gdb *g, const char *fmt, ...)
{
    size_t room = sizeof(g->reply) - g->reply_len;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(g->reply + g->reply_len, room, fmt, ap);
    va_end(ap);
    if (n > 0)
        g->reply_len += (size_t)n < room ? (size_t)n : room - 1;
}

void gdb_out_hex(struct gdb *g, const void *buf, size_t n)
{
    const uint8_t *b = buf;
    for (size_t i = 0; i < n && g->reply_len + 2 < sizeof(g->reply); i++) {
        g->reply[g->reply_len++] = "0123456789abcdef"[b[i] >> 4];
        g->reply[g->reply_len++] = "0123456789abcdef"[b[i] & 15];
    }
}

/* Read the next packet into g->pkt, acknowledging it. Bytes outside a packet ('+',
 * '-', a late 0x03, garbage) are skipped. False when the client is gone. */
bool gdb_read_packet(struct gdb *g)
{
    for (;;) {
        int c = gdb_next_byte(g, -1);
        if (c == -1)
            return false;
        if (c != '$')
            continue;
        size_t len = 0;
        unsigned sum = 0;
        bool overflow = false;
        while ((c = gdb_next_byte(g, GDB_BYTE_TIMEOUT_MS)) >= 0 && c != '#') {
            if (c == '$') {   /* a new start: the packet before it was cut short */
                len = sum = 0;
                overflow = false;
                continue;
            }
            sum += (unsigned)c;
            if (len < GDB_PACKET_MAX)
                g->pkt[len++] = (char)c;
            else
                overflow = true;
        }
        if (c == -1)
            return false;
        int h1 = c == '#' ? gdb_hexval(gdb_next_byte(g, GDB_BYTE_TIMEOUT_MS)) : -1;
        int h2 = h1 >= 0 ? gdb_hexval(gdb_next_byte(g, GDB_BYTE_TIMEOUT_MS)) : -1;
        bool good = !overflow && h2 >= 0 && (unsigned)(h1 << 4 | h2) == (sum & 0xff);
        if (g->ack) {
            if (!send_all(g, good ? "+" : "-", 1))
                return false;
            if (!good)
                continue;   /* gdb sends it again */
        } else if (overflow) {
            gdb_reply_reset(g);
            gdb_out(g, "E01");
            if (!gdb_send_reply(g))
                return false;
            continue;
        }
        g->pkt[len] = '\0';
        g->pkt_len = len;
        return true;
    }
}

/* While the machine runs (a dbg poller): accept a client when there is none, or look
 * for gdb's interrupt (0x03) and notice when the client goes away. */
void gdb_poll_socket(void *ctx)
{
    struct gdb *g = ctx;
    if (g->fd < 0) {
        if (g->listen_fd >= 0 && gdb_readable(g->listen_fd, 0) && gdb_accept_client(g))
            dbg_request_stop(g->d);
        return;
    }
    if (g->lost || !gdb_readable(g->fd, 0))
        return;
    if (g->rx_pos > 0) {
        memmove(g->rx, g->rx + g->rx_pos, g->rx_len - g->rx_pos);
        g->rx_len -= g->rx_pos;
        g->rx_pos = 0;
    }
    if (g->rx_len == sizeof(g->rx))
        g->rx_len = 0;   /* a client that talks while the guest runs: drop it */
    ssize_t n = recv(g->fd, g->rx + g->rx_len, sizeof(g->rx) - g->rx_len, MSG_DONTWAIT);
    if (n == 0 || (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)) {
        g->lost = true;
        dbg_request_stop(g->d);
        return;
    }
    bool interrupt = false;
    size_t keep = g->rx_len;
    for (size_t i = g->rx_len; n > 0 && i < g->rx_len + (size_t)n; i++) {
        if (g->rx[i] == 0x03)
            interrupt = true;
        else
            g->rx[keep++] = g->rx[i];
    }
    g->rx_len = keep;
    if (interrupt)
        dbg_request_stop(g->d);
}
