"""Local stand-ins for services that misbehave: one that hangs, one that refuses, one that answers.

Each runs in a thread on 127.0.0.1 and is closed by the test that opened it (use `with`).
"""

import json
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class HangingServer:
    """Accepts connections and reads nothing, answers nothing: a hung service."""

    def __init__(self):
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.connections = []
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def _accept(self):
        while True:
            try:
                connection, _address = self.socket.accept()
            except OSError:  # closed
                return
            self.connections.append(connection)

    def close(self):
        self.socket.close()
        for connection in self.connections:
            connection.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class FullBacklogServer:
    """Listens but never accepts, its queue already full: new connections are never completed."""

    def __init__(self):
        self.socket = socket.socket()
        self.socket.bind(("127.0.0.1", 0))
        self.socket.listen(0)
        self.port = self.socket.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}"
        # Linux queues one connection beyond a backlog of 0; this one fills the queue.
        self.filler = socket.create_connection(("127.0.0.1", self.port), timeout=1)

    def close(self):
        self.filler.close()
        self.socket.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def refused_url():
    """An address where nothing listens: connections are refused at once."""
    with socket.create_server(("127.0.0.1", 0)) as probe:
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}"


class JSONServer(ThreadingHTTPServer):
    """Answers every GET or POST with `payload` as JSON (`status`, `headers`), or hangs while `hanging`."""

    daemon_threads = True

    def __init__(self, payload, headers=None, status=200):
        super().__init__(("127.0.0.1", 0), _JSONHandler)
        self.payload = payload
        self.status = status
        self.response_headers = headers or {}
        self.hanging = False
        self.released = threading.Event()
        self.requests = []
        self.url = f"http://127.0.0.1:{self.server_address[1]}"
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()

    def close(self):
        self.released.set()
        self.shutdown()
        self.server_close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _JSONHandler(BaseHTTPRequestHandler):
    def _answer(self):
        length = int(self.headers.get("Content-Length") or 0)
        self.server.requests.append((self.command, self.path, self.rfile.read(length)))
        if self.server.hanging:
            self.server.released.wait(30)
            return
        body = json.dumps(self.server.payload).encode()
        self.send_response(self.server.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        for name, value in self.server.response_headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = _answer

    def log_message(self, *args):
        pass
