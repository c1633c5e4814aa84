#!/usr/bin/env python3
"""A slow link on loopback, for bench/slowlink.sh: a TCP proxy that delays each direction by
DELAY seconds and lets bytes towards the client leave at RATE bytes a second, in order.

Usage: bench/slowlink-proxy.py TARGET_PORT PORT_FILE LOG [DELAY] [RATE]

Listens on 127.0.0.1 on a free port (written to PORT_FILE once listening), and for each
connection (one at a time) connects to 127.0.0.1:TARGET_PORT. The link towards the client is
modelled as a queue in front of a RATE B/s line with DELAY of propagation: a byte is forwarded
when the line has carried it plus DELAY (the queue is not bounded, as a deep modem buffer).
Towards the server there is only the delay. Bytes are cut in pieces of at most 100 (12.5 ms
at 8,000 B/s) so that the client sees them arrive as they would.

LOG gets a line per event, times from the wall clock (as bash's EPOCHREALTIME):
  TIME recv up|down BYTES   a chunk read from the client (up) or from the server (down)
  TIME send up|down BYTES   a piece forwarded to the server (up) or to the client (down)
  TIME close up|down 0      that direction ended
"""
import os
import queue
import socket
import sys
import threading
import time

PIECE = 100


class Log:
    def __init__(self, path):
        self.file = open(path, "a", buffering=1, encoding="ascii")
        self.lock = threading.Lock()

    def write(self, event, direction, size):
        with self.lock:
            self.file.write(f"{time.time():.6f} {event} {direction} {size}\n")


def pump(source, target, direction, delay, rate, log):
    """Reads from source, forwards to target on the link's schedule; ends with source."""
    pending = queue.Queue()

    def forward():
        while True:
            due, piece = pending.get()
            wait = due - time.time()
            if wait > 0:
                time.sleep(wait)
            if piece is None:
                log.write("close", direction, 0)
                try:
                    target.shutdown(socket.SHUT_WR)
                except OSError:
                    pass
                return
            try:
                target.sendall(piece)
            except OSError:
                log.write("close", direction, 0)
                return
            log.write("send", direction, len(piece))

    writer = threading.Thread(target=forward, daemon=True)
    writer.start()
    line_free = 0.0  # when the rate-limited line has carried everything queued so far
    while True:
        try:
            data = source.recv(65536)
        except OSError:
            data = b""
        now = time.time()
        if not data:
            pending.put((max(now, line_free) + delay, None))
            break
        log.write("recv", direction, len(data))
        for start in range(0, len(data), PIECE):
            piece = data[start:start + PIECE]
            if rate:
                line_free = max(now, line_free) + len(piece) / rate
                pending.put((line_free + delay, piece))
            else:
                pending.put((now + delay, piece))
    writer.join()


def main():
    if len(sys.argv) not in (4, 5, 6):
        sys.exit(__doc__.split("\n\n")[1])
    target_port, port_file, log_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    delay = float(sys.argv[4]) if len(sys.argv) > 4 else 0.075
    rate = float(sys.argv[5]) if len(sys.argv) > 5 else 8000.0
    log = Log(log_path)
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    with open(port_file + ".tmp", "w", encoding="ascii") as f:
        f.write(f"{listener.getsockname()[1]}\n")
    os.replace(port_file + ".tmp", port_file)
    while True:
        client, _ = listener.accept()
        server = socket.create_connection(("127.0.0.1", target_port), timeout=10)
        server.settimeout(None)
        for s in (client, server):
            s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        up = threading.Thread(target=pump, args=(client, server, "up", delay, 0, log), daemon=True)
        up.start()
        pump(server, client, "down", delay, rate, log)
        up.join(timeout=5)
        client.close()
        server.close()


if __name__ == "__main__":
    main()
