#!/usr/bin/env python3
"""Esc against other keys in the reader: milliseconds from a key written to the reader's pty to
the first byte of its repaint, median of 7 each, for the jar and ESCDELAY given.

Usage: bench/esc-delay.py [JAR] [RESULT_FILE]
  (defaults: target/brief.jar, bench/results/esc-delay.txt; ESCDELAY is passed through)
"""
import fcntl, os, pty, select, statistics, struct, sys, termios, time

repo = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
jar = sys.argv[1] if len(sys.argv) > 1 else os.path.join(repo, "target/brief.jar")
result = sys.argv[2] if len(sys.argv) > 2 else os.path.join(repo, "bench/results/esc-delay.txt")
library = os.path.join(repo, "src/test/resources/frozen")

pid, fd = pty.fork()
if pid == 0:
    os.environ.update(LANG="C.UTF-8", TERM="xterm-256color")
    os.execvp("java", ["java", "-jar", jar, "read", "--library", library])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))


def drain(seconds):
    end = time.time() + seconds
    while time.time() < end:
        if select.select([fd], [], [], 0.05)[0]:
            os.read(fd, 65536)


def until_repaint(key):
    start = time.time()
    os.write(fd, key)
    if not select.select([fd], [], [], 3)[0]:
        sys.exit(f"bench/esc-delay.py: no repaint within 3 s of {key!r}")
    return (time.time() - start) * 1000


drain(3)
moves = []
escapes = []
for _ in range(7):
    moves.append(until_repaint(b"j"))
    drain(0.4)
    os.write(fd, b"l")  # open a point, so that Esc has somewhere to go back to
    drain(0.5)
    escapes.append(until_repaint(b"\x1b"))
    drain(0.4)
os.write(fd, b"q")
time.sleep(1)
line = (
    f"ESCDELAY={os.environ.get('ESCDELAY', '(unset)')}  j: median {statistics.median(moves):.0f} ms"
    f"  Esc: median {statistics.median(escapes):.0f} ms  (7 each, 100x30, {os.path.basename(jar)})"
)
print(line)
with open(result, "a", encoding="utf-8") as out:
    out.write(line + "\n")
