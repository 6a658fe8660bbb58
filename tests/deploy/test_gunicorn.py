"""With deploy/gunicorn.conf.py, clients that send slowly do not stop the server answering."""

import os
import re
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SLOW_CLIENTS = 6
SECRET_QUERY = "email=someone%40example.org"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def get(port, path, timeout):
    """One plain HTTP/1.1 request; returns the whole answer, or raises on timeout."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as conn:
        conn.sendall(f"GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while chunk := conn.recv(65536):
            answer += chunk
    return answer.decode(errors="replace")


def wait_until_serving(port, server, deadline=60):
    stop = time.monotonic() + deadline
    while time.monotonic() < stop:
        assert server.poll() is None, "gunicorn exited"
        try:
            return get(port, "/health/", timeout=5)
        except OSError:
            time.sleep(0.3)
    raise AssertionError("gunicorn did not answer within a minute")


def trickle(port, stop):
    """A slow client: the request line at once, then one header line a second, never finishing."""
    with socket.create_connection(("127.0.0.1", port), timeout=5) as conn:
        conn.sendall(b"GET /health/ HTTP/1.1\r\n")
        for number in range(30):
            if stop.wait(1):
                return
            conn.sendall(f"X-Slow-{number}: {number}\r\n".encode())


@pytest.fixture
def server(tmp_path):
    port = free_port()
    log = tmp_path / "gunicorn.log"
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "portal.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "GUNICORN_WORKERS": "2",
        "GUNICORN_THREADS": "4",
    }
    command = [sys.executable, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py"]
    with log.open("w") as output:
        process = subprocess.Popen(
            [*command, "--bind", f"127.0.0.1:{port}", "portal.wsgi"],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_until_serving(port, process)
        yield port, log
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_a_request_is_answered_quickly_while_slow_clients_hold_connections(server):
    port, _log = server
    stop = threading.Event()
    clients = [threading.Thread(target=trickle, args=(port, stop)) for _ in range(SLOW_CLIENTS)]
    for client in clients:
        client.start()
    try:
        time.sleep(1.5)  # every slow client is connected and has been read from
        started = time.monotonic()
        answer = get(port, "/health/", timeout=5)
        elapsed = time.monotonic() - started
    finally:
        stop.set()
        for client in clients:
            client.join(timeout=10)
    assert answer.startswith("HTTP/1.1 ") and '"checks"' in answer
    assert elapsed < 2, f"answered in {elapsed:.1f} s"


def test_the_access_log_leaves_out_the_query_string(server):
    port, log = server
    get(port, f"/health/?{SECRET_QUERY}", timeout=5)
    time.sleep(0.5)
    written = log.read_text()
    assert re.search(r'"GET /health/ HTTP/1\.1" (200|503) \d+ \d+ms', written), written
    assert "someone" not in written


def test_the_access_log_scrubs_personal_data_in_a_path(server):
    port, log = server
    get(port, "/ca/no-such-page/joan.garcia@example.cat/", timeout=5)
    time.sleep(0.5)
    written = log.read_text()
    assert "/ca/no-such-page/[email]/" in written and "joan.garcia" not in written, written
