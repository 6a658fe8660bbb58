"""Serve this project's site inside the audit command, so CI audits it without a separate server."""

import threading
from contextlib import contextmanager

from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler, get_internal_wsgi_application


class QuietRequestHandler(WSGIRequestHandler):
    def log_message(self, format, *args):  # noqa: A002  (the standard library's name)
        pass


@contextmanager
def serving(host="127.0.0.1"):
    """The site (its WSGI application, with this process's settings) on a free local port."""
    server = ThreadedWSGIServer((host, 0), QuietRequestHandler)
    server.set_app(get_internal_wsgi_application())
    thread = threading.Thread(target=server.serve_forever, name="audit-site", daemon=True)
    thread.start()
    try:
        yield f"http://{host}:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
