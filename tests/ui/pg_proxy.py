"""A TCP forwarder standing in for the PostgreSQL server in test_server_down and
test_no_freeze: killing it is the server going away; starting it again, the
server coming back. SIGUSR1 stalls the server (every byte either way is held,
as with a server stuck on a lock or a saturated link) for `stall_seconds` (the
optional 4th argument, default 3), after which it all goes through, in order;
SIGUSR2 ends a stall early. "STALLED" / "FLOWING" are printed on stdout."""

import signal
import socket
import sys
import threading

flowing = threading.Event()  # cleared while the server is stalled
flowing.set()


def pipe(a, b):
    try:
        while True:
            data = a.recv(65536)
            if not data:
                break
            flowing.wait()  # held while stalled, then forwarded in order
            b.sendall(data)
    except OSError:
        pass
    finally:
        for s in (a, b):
            try:
                s.close()
            except OSError:
                pass


def main(listen_port: int, host: str, port: int, stall_seconds: float = 3.0):
    stalls = [0]

    def release(*_):
        if not flowing.is_set():
            flowing.set()
            print("FLOWING", flush=True)

    def stall(*_):
        stalls[0] += 1
        this = stalls[0]
        flowing.clear()
        print("STALLED", flush=True)

        def end():
            if stalls[0] == this:
                release()
        timer = threading.Timer(stall_seconds, end)
        timer.daemon = True
        timer.start()

    signal.signal(signal.SIGUSR1, stall)
    signal.signal(signal.SIGUSR2, release)
    server = socket.socket()
    server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    server.bind(("127.0.0.1", listen_port))
    server.listen(16)
    print("READY", flush=True)
    while True:
        client, _ = server.accept()
        upstream = socket.create_connection((host, port))
        threading.Thread(target=pipe, args=(client, upstream), daemon=True).start()
        threading.Thread(target=pipe, args=(upstream, client), daemon=True).start()


if __name__ == "__main__":
    main(int(sys.argv[1]), sys.argv[2], int(sys.argv[3]),
         float(sys.argv[4]) if len(sys.argv) > 4 else 3.0)
